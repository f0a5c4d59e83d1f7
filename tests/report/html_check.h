// Checks on generated HTML for the renderer tests: every tag is one chidao emits on purpose,
// and none loads anything or runs code — so no document text escaped into markup.
#pragma once

#include <set>
#include <string>

namespace chidao::report::testing {

// True when a tag's text has an attribute that loads a resource or runs code: src=, href=,
// on<event>=, url(...), javascript:. (No std::regex: GCC 12 warns inside it under ASan.)
inline bool LoadsOrRuns(std::string tag) {
  for (char& c : tag) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  const auto is_space = [](char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; };
  for (std::size_t i = 0; i < tag.size(); ++i) {
    if (!is_space(tag[i])) continue;
    std::size_t j = i + 1;
    std::string name;
    while (j < tag.size() && tag[j] >= 'a' && tag[j] <= 'z') name.push_back(tag[j++]);
    while (j < tag.size() && is_space(tag[j])) ++j;
    const bool assigned = j < tag.size() && tag[j] == '=';
    if (assigned && (name == "src" || name == "href" || (name.size() > 2 && name.rfind("on", 0) == 0))) {
      return true;
    }
  }
  return tag.find("url(") != std::string::npos || tag.find("javascript:") != std::string::npos;
}

// Returns "" when every tag of `html` is in chidao's own vocabulary and has no src/href/on*
// attribute, else a description of the first offending tag.
inline std::string ForeignMarkup(const std::string& html) {
  static const std::set<std::string> kAllowed = {
      "!doctype", "html", "head", "meta", "title", "style", "body", "main", "header", "footer",
      "h1", "h2", "p", "strong", "i", "br", "section", "table", "colgroup", "col", "thead",
      "tbody", "tr", "th", "td", "span", "div", "svg", "g", "rect", "text"};
  std::size_t pos = 0;
  while ((pos = html.find('<', pos)) != std::string::npos) {
    const std::size_t end = html.find('>', pos);
    if (end == std::string::npos) return "unterminated tag at " + std::to_string(pos);
    std::string tag = html.substr(pos + 1, end - pos - 1);
    pos = end + 1;
    if (!tag.empty() && tag[0] == '/') tag.erase(0, 1);
    std::string name;
    for (char c : tag) {
      if (c == ' ' || c == '/' || c == '\n') break;
      name.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
    }
    if (kAllowed.count(name) == 0) return "tag <" + tag + ">";
    if (LoadsOrRuns(tag)) return "attribute in <" + tag + ">";
  }
  return "";
}

}  // namespace chidao::report::testing
