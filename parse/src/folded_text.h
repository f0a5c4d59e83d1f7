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
#include <memory>
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
  // Original offsets of the folded bytes, in a buffer that grows without zero-filling.
  class OriginMap {
   public:
    void Reserve(std::size_t n);  // capacity for n offsets, keeping the first size()
    std::uint32_t* data() { return data_.get(); }
    const std::uint32_t* data() const { return data_.get(); }
    std::size_t size() const { return size_; }
    void set_size(std::size_t n) { size_ = n; }  // n <= capacity; slots below n written

   private:
    std::unique_ptr<std::uint32_t[]> data_;
    std::size_t size_ = 0;
    std::size_t capacity_ = 0;
  };
  std::string_view original_;
  std::string folded_;
  OriginMap origin_;  // origin_[i] = original offset of folded byte i; +1 sentinel
};

// Folds a short string (no offset map): "Nơi nhận" → "noi nhan". Same rules as FoldedText.
std::string FoldText(std::string_view text);

}  // namespace chidao
