// Tone placement, the one hand-written Unicode rule in chidao (a small closed set).
//
// Rule: a syllable (maximal run of letters) that is exactly
//     initial consonant(s)? + o + a|e + tone      or      initial? + u + y + tone
// with the tone on the second vowel is rewritten with the tone on the first vowel:
//     "hoà" → "hòa", "khoẻ" → "khỏe", "thuỷ" → "thủy", "uỷ" → "ủy", "HOÁ" → "HÓA".
// Not rewritten:
//   - closed syllables, where both styles agree: "hoàn", "hoạch", "toán", "quỳnh", "thuyền";
//   - "qu" + y: "quý", "quỹ" (u is part of the initial "qu", y is the only vowel);
//   - shaped second vowels: "thuế", "khoăn" (the mark always sits on ê, ă);
//   - runs whose leading letters are not a Vietnamese initial ("Zoë", "Joé"), so foreign words
//     and names are left alone.
// Tone marks are found with ICU's canonical decomposition, so no letter table is needed.
#include "chidao/vn_normalize.h"

#include <array>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include "chidao/vn_text.h"

namespace chidao {
namespace {

const icu::Normalizer2* Nfc() {
  UErrorCode status = U_ZERO_ERROR;
  return icu::Normalizer2::getNFCInstance(status);
}

bool IsToneMark(UChar32 c) {
  return c == 0x0300 || c == 0x0301 || c == 0x0303 || c == 0x0309 || c == 0x0323;
}

bool IsLetterOrMark(UChar32 c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  return u_isalpha(c) || u_charType(c) == U_NON_SPACING_MARK;
}

// Vietnamese initial consonants, lowercase ASCII with "đ" written as "dd" (see InitialKey).
bool IsInitial(std::string_view key) {
  static constexpr std::array<std::string_view, 28> kInitials = {
      "",  "b",   "c",  "ch", "d", "dd", "g", "gh", "gi", "h",  "k",  "kh", "l", "m",
      "n", "ng", "ngh", "nh", "p", "ph", "q", "r",  "s",  "t",  "th", "tr", "v", "x"};
  for (std::string_view initial : kInitials) {
    if (initial == key) return true;
  }
  return false;
}

// Lowercase ASCII spelling of the letters before the vowels, or "?" when one is not a
// consonant letter Vietnamese uses.
std::string InitialKey(const UChar32* cps, int count) {
  std::string key;
  for (int i = 0; i < count; ++i) {
    UChar32 c = cps[i];
    if (c == 0x0110 || c == 0x0111) {
      key += "dd";
    } else if (c < 0x80 && u_isalpha(c)) {
      key += static_cast<char>(c | 0x20);
    } else {
      return "?";
    }
  }
  return key;
}

// If the run `cps[0..n)` is an open oa/oe/uy syllable in the other style, the rewritten
// syllable as UTF-8; empty otherwise.
std::string Rewrite(const UChar32* cps, int n) {
  if (n < 2 || n > 5) return {};
  const UChar32 second = cps[n - 1];
  const UChar32 first = cps[n - 2];
  const UChar32 first_lower = first | 0x20;
  if (first >= 0x80 || (first_lower != 'o' && first_lower != 'u')) return {};
  icu::UnicodeString decomposition;
  if (!Nfc()->getDecomposition(second, decomposition) || decomposition.length() != 2) return {};
  const UChar32 base = decomposition.charAt(0);
  const UChar32 tone = decomposition.charAt(1);
  if (!IsToneMark(tone) || base >= 0x80) return {};
  const UChar32 base_lower = base | 0x20;
  const bool pairs = first_lower == 'o' ? (base_lower == 'a' || base_lower == 'e')
                                        : base_lower == 'y';
  if (!pairs) return {};
  const std::string initial = InitialKey(cps, n - 2);
  if (!IsInitial(initial)) return {};
  if (first_lower == 'u' && initial == "q") return {};  // "quý": u belongs to "qu"
  const UChar32 toned_first = Nfc()->composePair(first, tone);
  if (toned_first < 0) return {};
  icu::UnicodeString out;
  for (int i = 0; i < n - 2; ++i) out.append(cps[i]);
  out.append(toned_first);
  out.append(base);
  std::string utf8;
  out.toUTF8String(utf8);
  return utf8;
}

}  // namespace

std::string NormalizeTonePlacement(std::string_view utf8) {
  // A candidate ends in a toned a/e/y (non-ASCII) right after an ASCII o/u, so only those
  // spots are examined; everything else is copied untouched.
  const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
  const int32_t n = static_cast<int32_t>(utf8.size());
  std::string out;
  std::size_t copied = 0;  // bytes of `utf8` already appended to `out`
  for (int32_t i = 1; i < n; ++i) {
    if (s[i] < 0xC0) continue;  // ASCII or a continuation byte: no letter starts here
    const uint8_t vowel = s[i - 1] | 0x20;
    if (vowel != 'o' && vowel != 'u') continue;
    int32_t end = i;
    UChar32 second;
    U8_NEXT(s, end, n, second);
    if (second < 0) continue;
    if (end < n) {  // the syllable must end after the second vowel
      int32_t k = end;
      UChar32 after;
      U8_NEXT(s, k, n, after);
      if (after >= 0 && IsLetterOrMark(after)) continue;
    }
    // Initial consonants: up to three ASCII letters or đ/Đ before the first vowel.
    std::array<UChar32, 5> run{};
    int32_t start = i - 1;
    int count = 0;
    std::array<UChar32, 3> initial{};
    while (count < 3 && start > 0) {
      int32_t k = start;
      UChar32 c;
      U8_PREV(s, 0, k, c);
      if (c < 0 || !IsLetterOrMark(c)) break;
      initial[count++] = c;
      start = k;
    }
    if (start > 0) {  // a longer run of letters is no syllable of this shape
      int32_t k = start;
      UChar32 c;
      U8_PREV(s, 0, k, c);
      if (c >= 0 && IsLetterOrMark(c)) continue;
    }
    int len = 0;
    for (int k = count - 1; k >= 0; --k) run[len++] = initial[k];
    run[len++] = s[i - 1];
    run[len++] = second;
    const std::string rewritten = Rewrite(run.data(), len);
    if (rewritten.empty()) continue;
    out.append(utf8.substr(copied, static_cast<std::size_t>(start) - copied));
    out += rewritten;
    copied = static_cast<std::size_t>(end);
    i = end - 1;
  }
  if (copied == 0) return std::string(utf8);
  out.append(utf8.substr(copied));
  return out;
}

std::string NormalizeVietnamese(std::string_view utf8) {
  return NormalizeTonePlacement(ToNfc(utf8));
}

}  // namespace chidao
