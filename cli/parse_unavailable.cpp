// Stand-in for ParseDirective, compiled only while parse/src/parse.cpp does not exist (see
// cli/CMakeLists.txt), so `chidao import` links and stores documents' text during the
// parser's development. It finds nothing and says so on every document: no task, no
// metadata is ever invented. Delete this file once the parser has landed.
#include "chidao/parse.h"

namespace chidao {

Directive ParseDirective(const Document& /*doc*/) {
  Directive d;
  d.diagnostics.push_back(
      Diagnostic{0, "this chidao build has no parser yet: text stored, no metadata or tasks"});
  return d;
}

Directive ParseDirectiveText(std::string_view text) {
  return ParseDirective(Document::FromText(std::string(text)));
}

}  // namespace chidao
