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

bool IsSyllableFold(std::string_view f) {
  // Longer onsets first: "ngh" before "ng" before "n".
  static constexpr std::string_view kOnsets[] = {"ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu",
                                                 "th", "tr", "b", "c", "d", "g", "h", "k", "l",
                                                 "m", "n", "p", "r", "s", "t", "v", "x"};
  static constexpr std::string_view kCodas[] = {"", "c", "ch", "m", "n", "ng", "nh", "p", "t"};
  std::size_t i = 0;
  for (std::string_view o : kOnsets)
    if (f.compare(0, o.size(), o) == 0) {
      i = o.size();
      break;
    }
  if (i == f.size()) return f == "gi";  // "gì"
  std::size_t v = i;
  while (v < f.size() && std::string_view("aeiouy").find(f[v]) != std::string_view::npos) ++v;
  if (v == i || v - i > 3) return false;
  for (std::string_view c : kCodas)
    if (f.substr(v) == c) return true;
  return false;
}

std::string CommonNounWords(const std::vector<Word>& words, std::size_t b, std::size_t e) {
  e = std::min(e, words.size());
  auto emphasised = [](const Word& w) { return !w.punct && w.all_upper && IsSyllableFold(w.fold); };
  bool any = false;
  for (std::size_t i = b; i < e; ++i) any = any || emphasised(words[i]);
  if (!any) return CanonicalWords(words, b, e);
  // The span re-read with those words lower-cased, so that the rules of CanonicalWords ("ỦY BAN
  // NHÂN DÂN" → UBND) still apply. The lowered texts are reserved first: the copies view them.
  std::vector<std::string> lowered;
  lowered.reserve(e - b);
  std::vector<Word> copy(words.begin() + static_cast<std::ptrdiff_t>(b), words.begin() + static_cast<std::ptrdiff_t>(e));
  for (Word& w : copy) {
    if (!emphasised(w)) continue;
    w.text = lowered.emplace_back(LowerCase(w.text));
    w.upper = w.all_upper = false;
  }
  return CanonicalWords(copy, 0, copy.size());
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
