// Token keys for the search indexes (rules and examples in text_keys.h).
//
// Speed matters here: every imported page is tokenized for two indexes, and again for each
// snippet shown. ICU calls cost about a microsecond each, so the answers for the code points
// Vietnamese text uses (Latin, combining marks, Latin Extended Additional where "ệ" and "ử"
// live) are computed once, through ICU, into a table; a token made only of precomposed
// characters from those ranges is keyed by table lookups alone. Anything else (other
// scripts, decomposed marks) takes the ICU path for that token.
#include "text_keys.h"

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <cstdint>
#include <mutex>
#include <vector>

#include "chidao/vn_text.h"

namespace chidao::store_internal {
namespace {

// The five Vietnamese tone marks as combining characters (NFD): huyền, sắc, ngã, hỏi, nặng.
bool IsToneMark(UChar32 c) {
  return c == 0x0300 || c == 0x0301 || c == 0x0303 || c == 0x0309 || c == 0x0323;
}

bool IsTokenCategory(UChar32 c) {
  return (U_GET_GC_MASK(c) & (U_GC_L_MASK | U_GC_N_MASK | U_GC_M_MASK)) != 0;
}

// Exact key through ICU: lower case, NFD, tone marks taken out and appended, rest NFC.
std::string IcuExactKey(std::string_view token) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return ToLower(token);
  icu::UnicodeString lower = icu::UnicodeString::fromUTF8(
      icu::StringPiece(token.data(), static_cast<int32_t>(token.size())));
  lower.toLower(icu::Locale("vi"));
  icu::UnicodeString decomposed = nfd->normalize(lower, status);
  if (U_FAILURE(status)) return ToLower(token);
  icu::UnicodeString base;
  icu::UnicodeString tones;
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    (IsToneMark(c) ? tones : base).append(c);
  }
  icu::UnicodeString composed = nfc->normalize(base, status);
  if (U_FAILURE(status)) return ToLower(token);
  composed.append(tones);
  std::string out;
  composed.toUTF8String(out);
  return out;
}

struct Entry {
  bool token = false;    // letter, digit or mark
  bool mark = false;     // combining mark: the token needs the ICU path (not NFC)
  std::string fold;      // FoldDiacritics of the character
  std::string base;      // exact key without the tone
  std::string tone;      // the tone mark, UTF-8, or empty
};

struct Range {
  char32_t first;
  char32_t last;  // inclusive
};
constexpr Range kRanges[] = {{0x0000, 0x024F}, {0x0300, 0x036F}, {0x1E00, 0x1EFF}};

class KeyTable {
 public:
  KeyTable() {
    for (const Range& r : kRanges) {
      for (char32_t c = r.first; c <= r.last; ++c) Build(c);
    }
  }
  // nullptr when `c` is outside the table.
  const Entry* Find(char32_t c) const {
    std::size_t offset = 0;
    for (const Range& r : kRanges) {
      if (c >= r.first && c <= r.last) return &entries_[offset + (c - r.first)];
      offset += r.last - r.first + 1;
    }
    return nullptr;
  }

 private:
  void Build(char32_t c) {
    Entry e;
    UChar32 u = static_cast<UChar32>(c);
    e.token = IsTokenCategory(u);
    e.mark = (U_GET_GC_MASK(u) & U_GC_M_MASK) != 0;
    if (e.token && !e.mark) {
      std::string s;
      icu::UnicodeString(u).toUTF8String(s);
      e.fold = FoldDiacritics(s);
      std::string exact = IcuExactKey(s);
      // Split off the trailing tone marks (each 2 bytes in UTF-8, U+03xx).
      std::size_t cut = exact.size();
      while (cut >= 2 && static_cast<unsigned char>(exact[cut - 2]) == 0xCC) cut -= 2;
      e.base = exact.substr(0, cut);
      e.tone = exact.substr(cut);
    }
    entries_.push_back(std::move(e));
  }
  std::vector<Entry> entries_;
};

const KeyTable& Table() {
  static const KeyTable table;  // thread-safe initialisation (C++11 magic statics)
  return table;
}

}  // namespace

namespace detail {

char32_t NextCodePoint(std::string_view text, std::size_t& i) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  int32_t pos = static_cast<int32_t>(i);
  const int32_t n = static_cast<int32_t>(text.size());
  UChar32 c;
  U8_NEXT(s, pos, n, c);
  i = static_cast<std::size_t>(pos);
  return c < 0 ? char32_t{0xFFFD} : static_cast<char32_t>(c);
}

bool IsTokenChar(char32_t c) {
  if (c < 0x80) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
  if (const Entry* e = Table().Find(c)) return e->token;
  return IsTokenCategory(static_cast<UChar32>(c));
}

void KeyOf(std::string_view token, KeyKind kind, std::string& out) {
  out.clear();
  const KeyTable& table = Table();
  std::string tones;
  std::size_t i = 0;
  while (i < token.size()) {
    unsigned char b = static_cast<unsigned char>(token[i]);
    if (b < 0x80) {  // ASCII: the common case
      out.push_back(b >= 'A' && b <= 'Z' ? static_cast<char>(b - 'A' + 'a') : static_cast<char>(b));
      ++i;
      continue;
    }
    const Entry* e = table.Find(NextCodePoint(token, i));
    if (e == nullptr || e->mark) {  // another script, or marks not composed: ask ICU
      out = kind == KeyKind::kFold ? FoldDiacritics(token) : IcuExactKey(token);
      return;
    }
    if (kind == KeyKind::kFold) {
      out += e->fold;
    } else {
      out += e->base;
      tones += e->tone;
    }
  }
  out += tones;
}

int FoldKeyFirstByte(std::string_view token) {
  std::size_t i = 0;
  const Entry* e = token.empty() ? nullptr : Table().Find(NextCodePoint(token, i));
  if (e == nullptr || !e->token || e->mark || e->fold.empty()) return -1;
  return static_cast<unsigned char>(e->fold[0]);
}

}  // namespace detail

std::string TokenKey(std::string_view word, KeyKind kind) {
  std::string key;
  detail::KeyOf(word, kind, key);
  return key;
}

bool HasToken(std::string_view text) {
  return !ForEachToken(text, KeyKind::kFold, [](std::string_view, std::size_t, std::size_t) {
    return false;
  });
}

bool HasDiacritics(std::string_view text) {
  bool found = false;
  ForEachToken(text, KeyKind::kExact, [&](std::string_view exact, std::size_t b, std::size_t e) {
    found = exact != TokenKey(text.substr(b, e - b), KeyKind::kFold);
    return !found;
  });
  return found;
}

}  // namespace chidao::store_internal
