// Internal to chidao::store. How text is cut into index tokens, and the two keys each token
// is indexed under. Both the index and the query go through these functions (the FTS5
// tokenizer calls them for documents and for query strings alike), so they always agree.
//
//  * Tokens are maximal runs of letters, digits and combining marks (Unicode categories L, N,
//    M): "vắc-xin" is "vắc" "xin", "COVID-19" is "COVID" "19", "3279/KH-UBND" is "3279" "KH"
//    "UBND". Vietnamese writes one syllable per token, which is what users type.
//  * Fold key: FoldDiacritics of the token: lower case, every mark removed, đ → d.
//    "Đào" → "dao", "TIÊM" → "tiem", "hoà" → "hoa".
//  * Exact key: lower case with vowel marks kept (â ă ê ô ơ ư) and the tone mark (huyền,
//    sắc, hỏi, ngã, nặng) taken off its vowel and written after the syllable as a combining
//    character: "thể" → "thê"+U+0309, "thế" → "thê"+U+0301, "hoà" and "hòa" → "hoa"+U+0300.
//    So exact keys tell tones apart but not tone placement (old/new style, OCR misplacement).
//    A key without any mark equals the fold key.
// Per-code-point results are computed once through ICU (vn_text.h) for the Latin ranges
// Vietnamese uses and cached; other scripts take a slower per-token ICU path.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace chidao::store_internal {

enum class KeyKind { kFold, kExact };

// Calls `emit(key, begin, end)` for each token of `text`, in order; begin/end are byte offsets
// of the token in `text`. Stops early when emit returns false; returns false then.
template <typename Emit>
bool ForEachToken(std::string_view text, KeyKind kind, Emit&& emit);

// The key of a single word (the text of one token). Used by tests and by the sanitiser.
std::string TokenKey(std::string_view word, KeyKind kind);

// True when `text` has at least one token.
bool HasToken(std::string_view text);

// True when folding changes some token of `text` beyond case (marks, đ).
bool HasDiacritics(std::string_view text);

// --- implementation details of ForEachToken ---
namespace detail {
// Decodes the code point at text[i], advancing i; invalid bytes decode as U+FFFD.
char32_t NextCodePoint(std::string_view text, std::size_t& i);
bool IsTokenChar(char32_t c);
// Appends the key of token `token` to `out` (cleared first).
void KeyOf(std::string_view token, KeyKind kind, std::string& out);
// The first byte of the fold key of `token` (non-empty, starting with a non-ASCII letter),
// from its first character alone, or -1 when that takes keying the whole token. A key starts
// with its first character's fold ("Đào" → 'd', "ấp" → 'a'): callers looking for a few keys
// skip the tokens that cannot be one of them without keying them.
int FoldKeyFirstByte(std::string_view token);

// Whether the code point at text[i] belongs to a token, advancing i past it. ASCII, most of
// Vietnamese text's bytes, is answered inline: this runs for every byte imported or shown.
// So are the letters Vietnamese adds, all in U+00C0-U+027F (Latin-1 letters, Latin
// Extended-A/B, IPA: letters but for × and ÷) and U+1E00-U+1EFF (Latin Extended Additional:
// "ệ", "ử"), when well-formed UTF-8; anything else takes the table and ICU path.
inline bool NextIsTokenChar(std::string_view text, std::size_t& i) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  unsigned char b = s[i];
  if (b < 0x80) {
    ++i;
    return (b >= '0' && b <= '9') || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
  }
  auto continuation = [&](std::size_t at) { return at < text.size() && (s[at] & 0xC0) == 0x80; };
  if (b >= 0xC3 && b <= 0xC9 && continuation(i + 1)) {
    bool sign = b == 0xC3 && (s[i + 1] == 0x97 || s[i + 1] == 0xB7);  // × ÷
    i += 2;
    return !sign;
  }
  if (b == 0xE1 && i + 1 < text.size() && s[i + 1] >= 0xB8 && s[i + 1] <= 0xBB &&
      continuation(i + 2)) {
    i += 3;
    return true;
  }
  return IsTokenChar(NextCodePoint(text, i));
}
}  // namespace detail

// Calls `emit(begin, end)` with the byte range of each run of token characters, in order,
// before any key is computed: a run whose key is empty (only combining marks) is not a
// token. For callers that need the key of only some tokens (search's QueryMatcher).
template <typename Emit>
bool ForEachTokenRun(std::string_view text, Emit&& emit) {
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t start = i;
    if (!detail::NextIsTokenChar(text, i)) continue;
    std::size_t end = i;
    while (end < text.size()) {
      std::size_t next = end;
      if (!detail::NextIsTokenChar(text, next)) break;
      end = next;
    }
    if (!emit(start, end)) return false;
    i = end;
  }
  return true;
}

template <typename Emit>
bool ForEachToken(std::string_view text, KeyKind kind, Emit&& emit) {
  std::string key;
  return ForEachTokenRun(text, [&](std::size_t start, std::size_t end) {
    detail::KeyOf(text.substr(start, end - start), kind, key);
    return key.empty() || emit(std::string_view(key), start, end);
  });
}

}  // namespace chidao::store_internal
