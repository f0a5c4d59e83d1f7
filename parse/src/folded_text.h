// FoldedText: a document's text lowercased with every Vietnamese mark removed ("Ngày 26 THÁNG
// 11" → "ngay 26 thang 11"), with a map from each folded byte back to the original byte.
//
// Internal to chidao::parse. Why: the metadata and deadline rules are written once as plain ASCII
// patterns and then match clean text, OCR text that lost or changed its tone marks ("Noi nhan",
// "Kinh gui") and capitals alike; a match found in the folded text is reported at its original
// offsets through Original(). Folding is one table look-up per code point (the table is built
// once from ICU's case mapping and canonical decomposition), so it is linear and cheap.
//
// What folding loses: "ngày" and "ngay", "hằng" and "hàng" become equal; callers that must tell
// them apart look at the original bytes (OriginalText()).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace chidao {

class FoldedText {
 public:
  // `original` must outlive this object: OriginalText() views it.
  explicit FoldedText(std::string_view original);

  const std::string& text() const { return folded_; }
  std::string_view original() const { return original_; }

  // Original byte offset of folded byte `pos` (pos may equal text().size(): the original end).
  std::size_t Original(std::size_t pos) const;
  // Folded offset of original byte `pos`: the first folded byte at or after it.
  std::size_t Folded(std::size_t pos) const;
  // The original bytes behind folded range [begin, end).
  std::string_view OriginalText(std::size_t begin, std::size_t end) const;

 private:
  std::string_view original_;
  std::string folded_;
  std::vector<std::uint32_t> origin_;  // origin_[i] = original offset of folded byte i; +1 sentinel
};

// Folds a short string (no offset map): "Nơi nhận" → "noi nhan". Same rules as FoldedText.
std::string FoldText(std::string_view text);

}  // namespace chidao
