// Spelling rules for canonical names (tests/gold/README.md): "Ủy ban nhân dân" is written
// "UBND" and "Hội đồng nhân dân" "HĐND"; every other abbreviation is expanded; the Party
// committees "Tỉnh ủy", "Huyện ủy", "Thành ủy", "Thị ủy" are proper names and take a capital.
#include "body_name.h"

#include <algorithm>

#include "body_gazetteer.h"
#include "text_case.h"

namespace chidao::parse_internal {
namespace {

std::size_t FirstCodePointLength(std::string_view s) {
  if (s.empty()) return 0;
  unsigned char c = static_cast<unsigned char>(s[0]);
  std::size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 1;
  return std::min(n, s.size());
}

bool FoldIs(const std::vector<Word>& w, std::size_t i, std::string_view fold) {
  return i < w.size() && !w[i].punct && w[i].fold == fold;
}

}  // namespace

void AppendPiece(std::string& out, std::string_view piece, bool punct) {
  if (piece.empty()) return;
  bool hug = punct && (piece == "," || piece == ";" || piece == ":" || piece == ")" ||
                       piece == "." || piece == "”" || piece == "\"");
  if (!out.empty() && !hug && out.back() != '(' &&
      !(out.size() >= 3 && out.compare(out.size() - 3, 3, "“") == 0))
    out.push_back(' ');
  out.append(piece);
}

std::string CanonicalWords(const std::vector<Word>& words, std::size_t b, std::size_t e) {
  std::string out;
  for (std::size_t i = b; i < e && i < words.size(); ++i) {
    const Word& w = words[i];
    if (w.punct) {
      AppendPiece(out, w.text, true);
      continue;
    }
    if (FoldIs(words, i, "uy") && FoldIs(words, i + 1, "ban") && FoldIs(words, i + 2, "nhan") &&
        FoldIs(words, i + 3, "dan") && i + 3 < e) {
      AppendPiece(out, "UBND", false);
      i += 3;
      continue;
    }
    if (FoldIs(words, i, "hoi") && FoldIs(words, i + 1, "dong") && FoldIs(words, i + 2, "nhan") &&
        FoldIs(words, i + 3, "dan") && i + 3 < e) {
      AppendPiece(out, "HĐND", false);
      i += 3;
      continue;
    }
    if (w.fold == "ubnd") { AppendPiece(out, "UBND", false); continue; }
    if (w.fold == "hdnd") { AppendPiece(out, "HĐND", false); continue; }
    if ((w.fold == "tinh" || w.fold == "huyen" || w.fold == "thanh" || w.fold == "thi") &&
        FoldIs(words, i + 1, "uy") && i + 1 < e) {
      AppendPiece(out, CapitalizeFirst(LowerCase(w.text)) + " ủy", false);
      ++i;
      continue;
    }
    if (auto expanded = w.all_upper ? ExpandAbbreviation(w.fold) : std::nullopt; expanded) {
      AppendPiece(out, *expanded, false);
      continue;
    }
    if (w.fold == "cong" && FoldIs(words, i + 1, "an") && i + 1 < e) {
      AppendPiece(out, w.upper ? "Công an" : "công an", false);
      ++i;
      continue;
    }
    AppendPiece(out, w.text, false);
  }
  return out;
}

std::string CapitalizeFirst(std::string_view s) {
  std::size_t n = FirstCodePointLength(s);
  return UpperCase(s.substr(0, n)) + std::string(s.substr(n));
}

std::string LowercaseFirst(std::string_view s) {
  std::size_t n = FirstCodePointLength(s);
  return LowerCase(s.substr(0, n)) + std::string(s.substr(n));
}

}  // namespace chidao::parse_internal
