// The parse stage: text → Directive. Pure: no files, no database, no global state; safe to call
// from several threads at once. Never throws and never hangs on any input (fuzzed).
#pragma once

#include <string_view>

#include "chidao/directive.h"
#include "chidao/document.h"

namespace chidao {

// Parses an extracted document. Spans refer to doc's pages.
Directive ParseDirective(const Document& doc);

// String entry point for tests: the text as a single page.
Directive ParseDirectiveText(std::string_view text);

}  // namespace chidao
