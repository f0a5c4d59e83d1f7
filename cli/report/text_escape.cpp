#include "report/text_escape.h"

#include <unicode/utf8.h>

#include <cstdint>

namespace chidao::report {
namespace {

// Appends the UTF-8 bytes of code point `c`.
void AppendUtf8(std::string& out, UChar32 c) {
  char buf[4];
  int32_t len = 0;
  UBool error = false;
  U8_APPEND(reinterpret_cast<uint8_t*>(buf), len, 4, c, error);
  if (!error) out.append(buf, static_cast<std::size_t>(len));
}

}  // namespace

std::string CleanText(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const auto n = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < n;) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) {
      AppendUtf8(out, 0xFFFD);
    } else if (c == '\r') {
      out.push_back('\n');
      if (i < n && s[i] == '\n') ++i;
    } else if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7F || c == 0xFFFE || c == 0xFFFF) {
      continue;  // not allowed in XML 1.0; meaningless in a checklist
    } else {
      out.append(text.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(i - start)));
    }
  }
  return out;
}

std::string HtmlEscape(std::string_view text) {
  const std::string clean = CleanText(text);
  std::string out;
  out.reserve(clean.size() + clean.size() / 8);
  for (char c : clean) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out.push_back(c);
    }
  }
  return out;
}

std::string MarkdownCell(std::string_view text) {
  const std::string escaped = HtmlEscape(text);
  std::string out;
  out.reserve(escaped.size() + 8);
  for (char c : escaped) {
    switch (c) {
      case '|': case '\\': case '*': case '_': case '`': case '[': case ']': case '#':
        out.push_back('\\');
        out.push_back(c);
        break;
      case '\n': out += "<br>"; break;
      case '\t': out.push_back(' '); break;
      default: out.push_back(c);
    }
  }
  return out;
}

bool LooksLikeFormula(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\n')) ++i;
  if (i == text.size()) return false;
  const char c = text[i];
  return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

std::string CsvField(std::string_view text) {
  std::string value = CleanText(text);
  if (LooksLikeFormula(value)) value.insert(0, 1, '\'');
  const bool quote = value.find_first_of(",\"\n") != std::string::npos;
  if (!quote) return value;
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') {
      out += "\"\"";
    } else if (c == '\n') {
      out += "\r\n";
    } else {
      out.push_back(c);
    }
  }
  out.push_back('"');
  return out;
}

std::string TruncateChars(std::string_view text, std::size_t max_chars) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const auto n = static_cast<int32_t>(text.size());
  int32_t i = 0;
  std::size_t chars = 0;
  while (i < n && chars < max_chars) {
    U8_FWD_1(s, i, n);
    ++chars;
  }
  if (i >= n) return std::string(text);
  std::string out(text.substr(0, static_cast<std::size_t>(i)));
  // Room for the ellipsis: drop the last character kept.
  if (!out.empty()) {
    auto len = static_cast<int32_t>(out.size());
    U8_BACK_1(reinterpret_cast<const uint8_t*>(out.data()), 0, len);
    out.resize(static_cast<std::size_t>(len));
  }
  return out + "…";
}

}  // namespace chidao::report
