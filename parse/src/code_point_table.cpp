// The code point table (code_point_table.h): each entry is ICU's answer for that code point,
// with the folding rules of FoldedText: lowercase, then the canonical decomposition stripped of
// its non-spacing marks when what is left is one ASCII letter ("Ầ" → 'a'); đ/Đ → 'd' (Unicode
// gives them no decomposition) and Ð → 'd' (OCR reads Đ as Ð); no-break and typographic spaces
// fold to ' ', hyphens and dashes ("Lao động – Thương binh") to '-'.
#include "code_point_table.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <array>

namespace chidao {
namespace {

std::int8_t FoldOf(UChar32 c, std::uint8_t flags) {
  if (c < 0) return '?';  // invalid UTF-8
  if (c < 0x80) return static_cast<std::int8_t>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  if (u_charType(c) == U_NON_SPACING_MARK) return kFoldDrop;
  if (flags & kCpSpace) return ' ';
  if (c >= 0x2010 && c <= 0x2015) return '-';
  if (c == 0x0110 || c == 0x0111 || c == 0x00D0) return 'd';
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) return kFoldKeep;
  icu::UnicodeString d = nfd->normalize(icu::UnicodeString(u_tolower(c)), status);
  if (U_FAILURE(status) || d.length() == 0) return kFoldKeep;
  UChar32 base = d.char32At(0);
  for (int32_t i = U16_LENGTH(base); i < d.length();) {
    UChar32 m = d.char32At(i);
    if (u_charType(m) != U_NON_SPACING_MARK) return kFoldKeep;
    i += U16_LENGTH(m);
  }
  return base > 0 && base < 0x80 ? static_cast<std::int8_t>(base) : kFoldKeep;
}

}  // namespace

CodePointInfo ComputeCodePointInfo(UChar32 c) {
  CodePointInfo info;
  if (c < 0) {
    info.fold = '?';
    return info;
  }
  bool alpha = u_isalpha(c);
  if (u_isalnum(c) || u_charType(c) == U_NON_SPACING_MARK) info.flags |= kCpWord;
  if (alpha) info.flags |= kCpAlpha;
  if (alpha && u_isupper(c)) info.flags |= kCpUpper;
  if (alpha && u_islower(c)) info.flags |= kCpLower;
  if (u_isspace(c) || c == 0x00A0 || c == 0x202F || (c >= 0x2000 && c <= 0x200A))
    info.flags |= kCpSpace;
  info.fold = FoldOf(c, info.flags);
  return info;
}

const CodePointInfo* CodePointTable() {
  static const std::array<CodePointInfo, kCodePointTableSize> kTable = [] {
    std::array<CodePointInfo, kCodePointTableSize> t{};
    for (UChar32 c = 0; c < kCodePointTableSize; ++c) t[static_cast<std::size_t>(c)] = ComputeCodePointInfo(c);
    return t;
  }();
  return kTable.data();
}

}  // namespace chidao
