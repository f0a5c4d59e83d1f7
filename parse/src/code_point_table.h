// Internal header of chidao::parse (not part of its API).
//
// What the parser asks about a code point — is it part of a word, a letter, a capital, a space,
// and what does it fold to ("Ệ" → 'e', "đ" → 'd', a combining mark → nothing) — answered by
// one table look-up. The table covers Latin, the combining marks, Vietnamese (U+1E00-U+1EFF)
// and general punctuation, and is built once from ICU (u_charType, u_isalpha, u_isupper,
// u_isspace, canonical decomposition); code points beyond it are asked of ICU directly. It is
// a cache of ICU's answers, not a hand-written table: the parser tokenises and folds every byte
// of a document several times, and an ICU call per code point was most of its cost.
#pragma once

#include <unicode/umachine.h>
#include <unicode/utf8.h>

#include <cstdint>

namespace chidao {

struct CodePointInfo {
  std::uint8_t flags = 0;
  // > 0: the ASCII byte it folds to; kFoldKeep: kept, lowercased; kFoldDrop: dropped (a mark).
  std::int8_t fold = 0;
};

inline constexpr std::uint8_t kCpWord = 1;   // letter, digit or combining mark: inside a word
inline constexpr std::uint8_t kCpAlpha = 2;  // a letter
inline constexpr std::uint8_t kCpUpper = 4;  // an uppercase letter
inline constexpr std::uint8_t kCpLower = 8;  // a lowercase letter
inline constexpr std::uint8_t kCpSpace = 16; // white space (NBSP included)
inline constexpr std::int8_t kFoldKeep = 0;
inline constexpr std::int8_t kFoldDrop = -1;
inline constexpr UChar32 kCodePointTableSize = 0x2100;

// The table, kCodePointTableSize entries; thread-safe, built on first use.
const CodePointInfo* CodePointTable();
// The same facts for a code point outside the table (or invalid: c < 0), from ICU.
CodePointInfo ComputeCodePointInfo(UChar32 c);

// U8_NEXT(s, *i, n, c) with the two- and three-byte sequences Vietnamese letters are made of
// decoded inline: U8_NEXT's checks for overlong, surrogate and four-byte forms cost more than
// the decoding itself on text where every other word has a mark. Lead bytes E0 and ED, whose
// second byte has a narrower valid range, and all else go through U8_NEXT, so the result (and
// the negative value for invalid bytes) is U8_NEXT's. Forced inline: it runs for every other
// code point of a document, and a call costs as much as the decoding.
[[gnu::always_inline]] inline UChar32 NextCodePoint(const std::uint8_t* s, std::int32_t* i, std::int32_t n) {
  const std::int32_t k = *i;
  const std::uint8_t b0 = s[k];
  if (b0 >= 0xC2 && b0 <= 0xDF && k + 1 < n && (s[k + 1] & 0xC0) == 0x80) {
    *i = k + 2;
    return (static_cast<UChar32>(b0 & 0x1F) << 6) | (s[k + 1] & 0x3F);
  }
  if (b0 >= 0xE1 && b0 <= 0xEF && b0 != 0xED && k + 2 < n && (s[k + 1] & 0xC0) == 0x80 &&
      (s[k + 2] & 0xC0) == 0x80) {
    *i = k + 3;
    return (static_cast<UChar32>(b0 & 0x0F) << 12) | (static_cast<UChar32>(s[k + 1] & 0x3F) << 6) |
           (s[k + 2] & 0x3F);
  }
  UChar32 c;
  std::int32_t j = k;
  U8_NEXT(s, j, n, c);
  *i = j;
  return c;
}

inline CodePointInfo InfoOf(UChar32 c) {
  if (c >= 0 && c < kCodePointTableSize) return CodePointTable()[c];
  return ComputeCodePointInfo(c);
}

}  // namespace chidao
