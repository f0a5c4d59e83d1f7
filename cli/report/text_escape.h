// Escaping document text for each output format. Document text is hostile by default: a PDF
// can hold "<script>", "=HYPERLINK(...)" or a lone control byte, and a checklist is opened in
// browsers and spreadsheets that would act on them.
//
// Formula injection (CSV): a cell that begins with = + - @, a tab or a CR, after any leading
// spaces or newlines, is prefixed with an apostrophe ('), the guard OWASP recommends and spreadsheet users
// recognise. Directive bullets begin with "-", so this is visible on such cells; but task
// texts are stored without their list marker, so in practice it appears only where a cell
// really starts with a sign ("-2+3", "+84 ..."), and text that starts otherwise is untouched.
// XLSX needs no prefix: cells are written as strings, which a spreadsheet never evaluates.
#pragma once

#include <string>
#include <string_view>

namespace chidao::report {

// Valid UTF-8 (bad bytes become U+FFFD), no C0 controls other than tab and newline, no DEL:
// what every format here can carry. Also turns CR LF and lone CR into LF.
std::string CleanText(std::string_view text);

// HTML/XML text and attribute escaping of CleanText(text): & < > " '.
std::string HtmlEscape(std::string_view text);

// A Markdown table cell: HTML-escaped (Markdown passes raw HTML through), | \ * _ ` [ ] #
// backslash-escaped, newlines as <br>.
std::string MarkdownCell(std::string_view text);

// True when a spreadsheet would read `text` as a formula (see above).
bool LooksLikeFormula(std::string_view text);

// One RFC 4180 field: CleanText, formula guard, then quoted when it holds a comma, quote, CR
// or LF (quotes doubled). Newlines inside a field are written as CR LF.
std::string CsvField(std::string_view text);

// At most `max_chars` code points of `text`, ending in "…" when cut.
std::string TruncateChars(std::string_view text, std::size_t max_chars);

}  // namespace chidao::report
