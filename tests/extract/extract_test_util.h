// Helpers for the extract tests: fixture paths and the comparisons the tests state.
#pragma once

#include <string>
#include <string_view>

#include "chidao/document.h"
#include "chidao/vn_text.h"
#include "support/test_util.h"

namespace chidao::testing {

inline std::string Fixture(const std::string& name) {
  return SourcePath("corpus/fixtures/" + name);
}

// NFC, every run of whitespace collapsed to one space, trimmed.
inline std::string Collapsed(std::string_view text) {
  const std::string nfc = ToNfc(text);
  std::string out;
  bool space = false;
  for (char c : nfc) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

// "" when equal, else both texts around the first difference (for INFO on failure).
inline std::string FirstDifference(const std::string& got, const std::string& want) {
  std::size_t i = 0;
  while (i < got.size() && i < want.size() && got[i] == want[i]) ++i;
  if (i == got.size() && i == want.size()) return "";
  const std::size_t from = i > 80 ? i - 80 : 0;
  return "at byte " + std::to_string(i) + "\n  got:  ..." + got.substr(from, 160) +
         "\n  want: ..." + want.substr(from, 160);
}

inline int CountSource(const Document& doc, PageSource source) {
  int n = 0;
  for (const Page& page : doc.pages) n += page.source == source ? 1 : 0;
  return n;
}

}  // namespace chidao::testing
