// HTML report: an A4 page with an inline SVG chart — one stacked horizontal bar per department,
// bars scaled to the largest total so both size and make-up are visible — then the table of
// counts and the overdue list. SVG text is escaped like HTML (same five entities); long body
// names are shortened in the chart and kept whole in a <title> tooltip and in the table.
#include <algorithm>
#include <cstdio>
#include <string>

#include "report/calendar.h"
#include "report/html_page.h"
#include "report/report_render.h"
#include "report/text_escape.h"

namespace chidao::report {
namespace {

constexpr std::string_view kReportCss = R"css(
.chart { width: 100%; height: auto; margin: 2mm 0 4mm; }
.chart text { font-family: "Liberation Sans", "DejaVu Sans", sans-serif; font-size: 11px; }
.counts { font-size: 9.5pt; }
.counts td.n { text-align: right; white-space: nowrap; }
.counts tr.total td { font-weight: bold; background: #f3f3f3; }
.counts th .dot { display: inline-block; width: 8pt; height: 8pt; margin-right: 2pt; }
.overdue { font-size: 10pt; }
.overdue td.n { text-align: right; white-space: nowrap; }
.none { font-style: italic; }
)css";

constexpr int kWidth = 680;
constexpr int kLabelWidth = 210;
constexpr int kBarWidth = 400;
constexpr int kRowHeight = 24;
constexpr int kLegendHeight = 46;

std::string Num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  return buf;
}

std::string Legend() {
  std::string out;
  for (int s = 0; s < kDerivedStateCount; ++s) {
    const auto state = static_cast<DerivedState>(s);
    const int x = (s % 3) * 226;
    const int y = (s / 3) * 18;
    out += "<rect x=\"" + std::to_string(x) + "\" y=\"" + std::to_string(y) +
           "\" width=\"12\" height=\"12\" fill=\"" + StateColour(state) + "\"/>";
    out += "<text x=\"" + std::to_string(x + 17) + "\" y=\"" + std::to_string(y + 10) + "\">" +
           ToLabel(state) + "</text>\n";
  }
  return out;
}

std::string Chart(const Report& r) {
  int max_total = 1;
  for (const BodyTally& t : r.bodies) max_total = std::max(max_total, t.total);
  const int height = kLegendHeight + static_cast<int>(r.bodies.size()) * kRowHeight + 4;
  std::string out = "<svg class=\"chart\" role=\"img\" "
                    "viewBox=\"0 0 " + std::to_string(kWidth) + " " + std::to_string(height) +
                    "\" aria-label=\"Số nhiệm vụ theo tiến độ của từng cơ quan\">\n";
  out += Legend();
  for (std::size_t i = 0; i < r.bodies.size(); ++i) {
    const BodyTally& t = r.bodies[i];
    const int y = kLegendHeight + static_cast<int>(i) * kRowHeight;
    out += "<g><title>" + HtmlEscape(t.body) + "</title>";
    out += "<text x=\"" + std::to_string(kLabelWidth - 6) + "\" y=\"" + std::to_string(y + 15) +
           "\" text-anchor=\"end\">" + HtmlEscape(TruncateChars(t.body, 34)) + "</text></g>\n";
    double x = kLabelWidth;
    for (int s = 0; s < kDerivedStateCount; ++s) {
      const auto state = static_cast<DerivedState>(s);
      if (t.Count(state) == 0) continue;
      const double w = static_cast<double>(kBarWidth) * t.Count(state) / max_total;
      out += "<rect x=\"" + Num(x) + "\" y=\"" + std::to_string(y + 3) + "\" width=\"" + Num(w) +
             "\" height=\"16\" fill=\"" + StateColour(state) + "\"><title>" + HtmlEscape(t.body) +
             " – " + ToLabel(state) + ": " + std::to_string(t.Count(state)) + " (" +
             FormatPercent(t.Percent(state)) + ")</title></rect>";
      x += w;
    }
    out += "<text x=\"" + Num(x + 5) + "\" y=\"" + std::to_string(y + 15) + "\">" +
           std::to_string(t.total) + "</text>\n";
  }
  out += "</svg>\n";
  return out;
}

std::string TallyRow(const BodyTally& t, const char* css_class) {
  std::string out = std::string("<tr class=\"") + css_class + "\"><td>" + HtmlEscape(t.body) +
                    "</td><td class=\"n\">" + std::to_string(t.total) + "</td>";
  for (int s = 0; s < kDerivedStateCount; ++s) {
    const auto state = static_cast<DerivedState>(s);
    out += "<td class=\"n\">" + std::to_string(t.Count(state)) + "<br>" +
           FormatPercent(t.Percent(state)) + "</td>";
  }
  return out + "</tr>\n";
}

std::string Join(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& n : names) out += (out.empty() ? "" : "; ") + n;
  return out;
}

}  // namespace

std::string RenderReportHtml(const Report& r) {
  std::string out = HtmlPageStart("Báo cáo tình hình thực hiện nhiệm vụ " + FormatVn(r.today),
                                  kReportCss);
  out += "<header class=\"meta\">\n<h1>BÁO CÁO TÌNH HÌNH THỰC HIỆN NHIỆM VỤ</h1>\n";
  out += "<p>Tính đến ngày " + FormatVn(r.today) + " · " + std::to_string(r.all.total) +
         " nhiệm vụ · sắp đến hạn: hạn trong " + std::to_string(r.due_soon_days) + " ngày tới</p>\n";
  out += std::string("<p>") +
         (r.include_support ? "Mỗi nhiệm vụ được tính cho cơ quan chủ trì và cơ quan phối hợp."
                            : "Mỗi nhiệm vụ được tính cho cơ quan chủ trì.") + "</p>\n</header>\n";
  out += "<h2>1. Tiến độ theo cơ quan</h2>\n";
  if (r.bodies.empty()) {
    out += "<p class=\"none\">Chưa có nhiệm vụ nào.</p>\n";
  } else {
    out += Chart(r);
  }
  out += "<table class=\"counts\">\n<colgroup><col style=\"width:28%\"><col style=\"width:9%\">";
  for (int s = 0; s < kDerivedStateCount; ++s) out += "<col style=\"width:10.5%\">";
  out += "</colgroup>\n<thead><tr><th>Cơ quan</th><th>Tổng số</th>";
  for (int s = 0; s < kDerivedStateCount; ++s) {
    const auto state = static_cast<DerivedState>(s);
    out += std::string("<th><span class=\"dot\" style=\"background:") + StateColour(state) +
           "\"></span>" + StateHeading(state) + "</th>";
  }
  out += "</tr></thead>\n<tbody>\n";
  for (const BodyTally& t : r.bodies) out += TallyRow(t, "body");
  out += TallyRow(r.all, "total");
  out += "</tbody>\n</table>\n";

  out += "<h2>2. Nhiệm vụ quá hạn (" + std::to_string(r.overdue.size()) + ")</h2>\n";
  if (r.overdue.empty()) {
    out += "<p class=\"none\">Không có nhiệm vụ quá hạn.</p>\n";
  } else {
    out += "<table class=\"overdue\">\n<colgroup><col style=\"width:6%\"><col style=\"width:20%\">"
           "<col style=\"width:36%\"><col style=\"width:11%\"><col style=\"width:9%\">"
           "<col style=\"width:18%\"></colgroup>\n<thead><tr><th>STT</th><th>Cơ quan chủ trì</th>"
           "<th>Nhiệm vụ</th><th>Hạn</th><th>Quá hạn</th><th>Nguồn</th></tr></thead>\n<tbody>\n";
    for (std::size_t i = 0; i < r.overdue.size(); ++i) {
      const OverdueTask& t = r.overdue[i];
      const std::string source = t.directive + (t.page > 0 ? ", tr. " + std::to_string(t.page) : "") +
                                 " (mã " + std::to_string(t.task_id) + ")";
      out += "<tr><td class=\"num\">" + std::to_string(i + 1) + "</td><td>" +
             HtmlEscape(Join(t.lead)) + "</td><td>" + HtmlEscape(t.text) + "<br><i>" +
             ToLabel(t.status) + "</i></td><td>" + FormatVn(t.due) + "</td><td class=\"n\">" +
             std::to_string(t.days_late) + " ngày</td><td>" + HtmlEscape(source) + "</td></tr>\n";
    }
    out += "</tbody>\n</table>\n";
  }
  out += HtmlPageEnd();
  return out;
}

}  // namespace chidao::report
