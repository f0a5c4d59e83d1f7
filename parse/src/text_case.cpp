#include "text_case.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cstdint>


namespace chidao {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Calls f(code_point, begin, end) for each code point until f returns false.
template <typename F>
void ForEachCodePoint(std::string_view s, F f) {
  const auto* p = reinterpret_cast<const std::uint8_t*>(s.data());
  const int32_t n = static_cast<int32_t>(s.size());
  int32_t i = 0;
  while (i < n) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (!f(c, static_cast<std::size_t>(start), static_cast<std::size_t>(i))) return;
  }
}

template <UChar32 (*Map)(UChar32)>
std::string MapCase(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  ForEachCodePoint(s, [&](UChar32 c, std::size_t b, std::size_t e) {
    if (c < 0) {
      out.append(s.substr(b, e - b));  // invalid UTF-8 passes through
      return true;
    }
    UChar32 m = Map(c);
    if (m < 0x80) {
      out.push_back(static_cast<char>(m));
      return true;
    }
    char buf[4];
    int32_t len = 0;
    UBool error = false;
    U8_APPEND(reinterpret_cast<std::uint8_t*>(buf), len, 4, m, error);
    if (error) out.append(s.substr(b, e - b));
    else out.append(buf, static_cast<std::size_t>(len));
    return true;
  });
  return out;
}

UChar32 Lower(UChar32 c) { return u_tolower(c); }
UChar32 Upper(UChar32 c) { return u_toupper(c); }

}  // namespace

std::string LowerCase(std::string_view s) { return MapCase<Lower>(s); }
std::string UpperCase(std::string_view s) { return MapCase<Upper>(s); }

bool IsAllCaps(std::string_view s) {
  bool letter = false, lower = false;
  ForEachCodePoint(s, [&](UChar32 c, std::size_t, std::size_t) {
    if (c >= 0 && u_isalpha(c)) {
      letter = true;
      if (u_isULowercase(c)) lower = true;
    }
    return !lower;
  });
  return letter && !lower;
}

bool StartsUpper(std::string_view s) {
  bool upper = false;
  ForEachCodePoint(s, [&](UChar32 c, std::size_t, std::size_t) {
    if (c >= 0 && u_isalpha(c)) {
      upper = u_isUUppercase(c);
      return false;
    }
    return true;
  });
  return upper;
}

bool StartsLower(std::string_view s) {
  bool lower = false;
  ForEachCodePoint(s, [&](UChar32 c, std::size_t, std::size_t) {
    if (c >= 0 && u_isalpha(c)) {
      lower = u_isULowercase(c);
      return false;
    }
    return true;
  });
  return lower;
}

std::string CapitalizeFirst(std::string_view s) {
  std::string out;
  bool done = false;
  ForEachCodePoint(s, [&](UChar32 c, std::size_t b, std::size_t e) {
    if (!done && c >= 0 && u_isalpha(c)) {
      out += UpperCase(s.substr(b, e - b));
      out += s.substr(e);
      done = true;
      return false;
    }
    out += s.substr(b, e - b);
    return true;
  });
  return out;
}

std::string SentenceCase(std::string_view s) { return CapitalizeFirst(LowerCase(s)); }

std::string CapitalizeWords(std::string_view s) {
  std::string lower = LowerCase(s);
  std::string out;
  std::size_t i = 0;
  while (i < lower.size()) {
    std::size_t j = i;
    while (j < lower.size() && !IsSpace(lower[j])) ++j;
    out += CapitalizeFirst(std::string_view(lower).substr(i, j - i));
    while (j < lower.size() && IsSpace(lower[j])) out.push_back(lower[j++]);
    i = j;
  }
  return out;
}

}  // namespace chidao
