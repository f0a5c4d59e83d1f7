// Fuzzes the parser (text → Directive) and its JSON form. The parser's contract: never throws,
// never hangs, and every span it reports lies inside the text. When the input is valid UTF-8
// (extract guarantees it is), every string it produces is too, so `parse --json` can print it.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "chidao/directive_json.h"
#include "chidao/document.h"
#include "chidao/parse.h"
#include "chidao/vn_text.h"

namespace {

void Require(bool condition) {
  if (!condition) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  const bool valid = chidao::IsValidUtf8(text);
  const chidao::Document doc = chidao::Document::FromText(std::move(text));
  const chidao::Directive directive = chidao::ParseDirective(doc);

  const std::size_t length = doc.pages.front().text.size();
  int previous_id = 0;
  for (const auto& task : directive.tasks) {
    Require(task.id == previous_id + 1);
    previous_id = task.id;
    Require(task.span.page == 1);
    Require(task.span.start <= task.span.end && task.span.end <= length);
  }
  for (const auto& section : directive.sections) {
    Require(section.span.start <= section.span.end && section.span.end <= length);
  }
  if (valid) {
    // dump() throws on invalid UTF-8: that would be a crash of `chidao parse --json`.
    const std::string json = chidao::DirectiveToJson(doc, directive).dump();
    Require(!json.empty());
  }
  return 0;
}
