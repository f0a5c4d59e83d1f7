#include "report/html_page.h"

#include "report/text_escape.h"

namespace chidao::report {
namespace {

// A4 with the margins of an administrative document (Nghị định 30/2020: top/bottom 20 mm,
// left 30 mm, right 15 mm) narrowed a little for wide tables. Times New Roman is the
// decree's font; Liberation Serif has its metrics and DejaVu covers ☐ ☑ everywhere.
constexpr std::string_view kBaseCss = R"css(
@page { size: A4; margin: 15mm 12mm 15mm 20mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; color: #000; background: #fff;
  font-family: "Times New Roman", "Liberation Serif", "DejaVu Serif", serif; font-size: 11pt;
  line-height: 1.35; }
main { max-width: 178mm; margin: 0 auto; padding: 8mm 0; }
/* Collapsed borders straddle the table's edge: keep 1 mm so the printer does not clip them. */
@media print { main { max-width: none; padding: 0 1mm; } }
h1 { font-size: 15pt; text-align: center; margin: 0 0 2mm; letter-spacing: 0.02em; }
h2 { font-size: 12pt; margin: 6mm 0 1.5mm; }
.meta { text-align: center; margin: 0 0 5mm; }
.meta p { margin: 0.5mm 0; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
th, td { border: 0.6pt solid #000; padding: 1.2mm 1.5mm; vertical-align: top; text-align: left;
  overflow-wrap: anywhere; white-space: pre-line; }
th { background: #e8e8e8; font-weight: bold; text-align: center; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
.num { text-align: center; }
.sym { font-family: "DejaVu Sans", sans-serif; }
footer { margin-top: 6mm; font-size: 9pt; color: #444; text-align: right; }
)css";

}  // namespace

std::string HtmlPageStart(std::string_view title, std::string_view extra_css) {
  std::string out;
  out += "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  out += "<title>" + HtmlEscape(title) + "</title>\n<style>";
  out += kBaseCss;
  out += extra_css;
  out += "</style>\n</head>\n<body>\n<main>\n";
  return out;
}

std::string HtmlPageEnd() {
  return "<footer>Lập bằng chidao</footer>\n</main>\n</body>\n</html>\n";
}

}  // namespace chidao::report
