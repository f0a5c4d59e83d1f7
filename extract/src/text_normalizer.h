// Internal header of chidao::extract (not part of its API).
//
// Clean text for parse: every page of every Document goes through NormalizeText, whatever it
// came from (text file, PDF text layer, OCR). The result is NFC with one tone-placement style
// (chidao/vn_normalize.h), "\n" line ends, no control or zero-width characters, no trailing
// spaces, and — the delicate part — lines that a layout or a converter hard-wrapped inside a
// paragraph joined back into one line, while the lines the document structure gives their own
// line (list items, headings, header block, signature block, recipients, table rows) keep it.
// Pure, linear in the input, idempotent: NormalizeText(NormalizeText(x)) == NormalizeText(x).
#pragma once

#include <string>
#include <string_view>

namespace chidao {

struct NormalizeOptions {
  bool rejoin_wrapped_lines = true;
};

// Clean text: NFC; one tone-placement style; stray control chars and zero-width chars removed
// (keep \n and \t→space); CRLF/CR → \n; NBSP → space; trailing spaces trimmed; hard-wrapped
// lines inside a paragraph rejoined, while list items, headings, numbered items, table rows
// (pipes), signature blocks, the header blocks of an administrative document keep their lines.
// Also: leading spaces trimmed (column gaps inside a line are kept; the lines of a task table
// laid out with runs of spaces keep their indentation too), layout lines holding only
// "|" dropped, page numbers and the running header repeated after them dropped, runs of blank
// lines collapsed to one. Invalid UTF-8 becomes U+FFFD.
std::string NormalizeText(std::string_view utf8, const NormalizeOptions& options = {});

}  // namespace chidao
