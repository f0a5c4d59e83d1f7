// Vietnamese syllable check: the structure of a written syllable, not a dictionary.
//   syllable = initial? + rhyme, with at most one tone mark (huyền, sắc, hỏi, ngã, nặng)
//   initial  = ngh | ng | nh | ch | gh | gi | kh | ph | qu | th | tr | one of b c d đ g h k l m
//              n p r s t v x                                     ("nghiêng", "quốc", "đường")
//   rhyme    = nucleus + final?, nucleus from the vowels and vowel clusters of the language
//              (a ă â e ê i o ô ơ u ư y, iê yê ia ya ua uô ưa ươ oa oă oe uâ uê uy uyê uya uơ
//              oo), final from c ch m n ng nh p t i y o u           ("người", "khuỷu", "xoong")
// It over-accepts a little (it does not know which finals go with which nucleus); it only has
// to tell Vietnamese from mojibake, where nearly every word breaks the structure outright
// ("ViÖt", "Vieät", "nh©n").
#include "vietnamese_score.h"

#include <re2/re2.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace chidao {
namespace {

bool IsToneMark(UChar32 c) {
  return c == 0x0300 || c == 0x0301 || c == 0x0303 || c == 0x0309 || c == 0x0323;
}

bool IsWordChar(UChar32 c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  return u_isalpha(c) || u_charType(c) == U_NON_SPACING_MARK;
}

// Non-ASCII symbols that genuine Vietnamese text uses; any other non-letter symbol counts as
// mojibake evidence.
bool IsCommonSymbol(UChar32 c) {
  switch (c) {
    case 0x00A0: case 0x00AB: case 0x00BB: case 0x00B0: case 0x2013: case 0x2014:
    case 0x2018: case 0x2019: case 0x201C: case 0x201D: case 0x2022: case 0x2026:
    case 0x2192: case 0xFEFF: case 0x200B:
      return true;
    default:
      return u_isUWhiteSpace(c);
  }
}

const RE2& SyllablePattern() {
  static const RE2 pattern(
      "(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
      "(?:uyê|uya|iê|yê|ia|ya|ua|uô|ưa|ươ|oa|oă|oe|uâ|uê|uy|uơ|oo|[aăâeêioôơuưy])"
      "(?:ch|nh|ng|[cmnptiyou])?");
  return pattern;
}

}  // namespace

bool IsVietnameseSyllable(std::string_view word) {
  if (word.empty() || word.size() > 32) return false;
  icu::UnicodeString u =
      icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
  u.toLower();
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return false;
  icu::UnicodeString decomposed = nfd->normalize(u, status);
  if (U_FAILURE(status)) return false;
  icu::UnicodeString toneless;
  int tones = 0;
  for (int32_t i = 0; i < decomposed.length();) {
    const UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (IsToneMark(c)) {
      ++tones;
    } else {
      toneless.append(c);
    }
  }
  if (tones > 1) return false;
  icu::UnicodeString shaped = nfc->normalize(toneless, status);
  if (U_FAILURE(status)) return false;
  std::string utf8;
  shaped.toUTF8String(utf8);
  return RE2::FullMatch(utf8, SyllablePattern());
}

VietnameseScore ScoreVietnamese(std::string_view utf8) {
  VietnameseScore score;
  const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
  const int32_t n = static_cast<int32_t>(utf8.size());
  int32_t word_start = -1;
  bool word_non_ascii = false;
  auto end_word = [&](int32_t end) {
    if (word_start >= 0 && word_non_ascii) {
      const std::string_view word = utf8.substr(word_start, end - word_start);
      (IsVietnameseSyllable(word) ? score.good : score.bad) += 1;
    }
    word_start = -1;
    word_non_ascii = false;
  };
  for (int32_t i = 0; i < n;) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c >= 0 && IsWordChar(c)) {
      if (word_start < 0) word_start = start;
      word_non_ascii |= c >= 0x80;
      continue;
    }
    end_word(start);
    if (c < 0 || (c >= 0x80 && !IsCommonSymbol(c))) ++score.bad;
  }
  end_word(n);
  return score;
}

}  // namespace chidao
