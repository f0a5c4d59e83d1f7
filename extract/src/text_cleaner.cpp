// Character cleaning, the first step of NormalizeText.
// Rules: CRLF and CR → LF ("a\r\nb" → "a\nb"); the Unicode spaces (NBSP U+00A0, thin space
// U+2009, ideographic space U+3000...) → space ("Sở\u00A0Y tế" → "Sở Y tế"); tabs are kept (a
// table copied from Word separates its cells with them; NormalizeText turns the tabs of prose
// lines into spaces); form feed,
// vertical tab, NEL, U+2028 and U+2029 → LF (a page break is a line break); C0/C1 controls,
// zero-width characters, the soft hyphen, bidi marks and BOMs removed ("tế\u200B" → "tế");
// invalid UTF-8 → U+FFFD. Letters and symbols are copied byte for byte.
#include "text_cleaner.h"

#include <unicode/utf8.h>

namespace chidao {
namespace {

void AppendCodePoint(std::string& out, UChar32 c) {
  char buf[4];
  int32_t len = 0;
  UBool error = false;
  U8_APPEND(reinterpret_cast<uint8_t*>(buf), len, 4, c, error);
  if (!error) out.append(buf, static_cast<std::size_t>(len));
}

bool IsRemoved(UChar32 c) {
  if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) return true;  // controls (\n, \t handled before)
  switch (c) {
    case 0x00AD: case 0x180E: case 0x200B: case 0x200C: case 0x200D: case 0x200E: case 0x200F:
    case 0x2060: case 0xFEFF:
      return true;
    default:
      return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
  }
}

bool IsSpace(UChar32 c) {
  return c == 0x00A0 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F ||
         c == 0x205F || c == 0x3000;
}

}  // namespace

std::string CleanCharacters(std::string_view in) {
  std::string out;
  out.reserve(in.size());
  const auto* s = reinterpret_cast<const uint8_t*>(in.data());
  const int32_t n = static_cast<int32_t>(in.size());
  for (int32_t i = 0; i < n;) {
    int32_t plain = i;  // ASCII fast path: copy printable runs (and line feeds) at once
    while (plain < n && ((s[plain] >= 0x20 && s[plain] < 0x7F) || s[plain] == '\n')) ++plain;
    if (plain > i) {
      out.append(in.data() + i, static_cast<std::size_t>(plain - i));
      i = plain;
      continue;
    }
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    const bool special = c < 0xAE || c == 0x180E || (c >= 0x2000 && c <= 0x206F) || c == 0x3000 ||
                         c == 0xFEFF;
    if (!special) {  // letters and symbols: copy the bytes as they are
      out.append(in.data() + start, static_cast<std::size_t>(i - start));
    } else if (c < 0) {
      AppendCodePoint(out, 0xFFFD);
    } else if (c == '\r') {
      if (i < n && s[i] == '\n') ++i;
      out.push_back('\n');
    } else if (c == '\n' || c == '\f' || c == '\v' || c == 0x85 || c == 0x2028 || c == 0x2029) {
      out.push_back('\n');
    } else if (c == '\t') {
      out.push_back('\t');
    } else if (IsSpace(c)) {
      out.push_back(' ');
    } else if (!IsRemoved(c)) {
      AppendCodePoint(out, c);
    }
  }
  return out;
}


}  // namespace chidao
