// Renderers of a Report, one file per format (report_<format>.cpp). Document text (body
// names, task texts) is escaped for each format. The state columns follow DerivedState's
// order: hoàn thành đúng hạn, hoàn thành quá hạn, trong hạn, sắp đến hạn, quá hạn, không có hạn.
#pragma once

#include <string>
#include <string_view>

#include "chidao/status.h"
#include "report/report.h"

namespace chidao::report {

enum class ReportFormat { kMarkdown, kHtml, kJson };
Result<ReportFormat> ParseReportFormat(std::string_view text);  // md, html, json

// Markdown: a table of counts and percentages per department, then the overdue list.
std::string RenderReportMarkdown(const Report& report);

// HTML: one self-contained print-ready A4 page with an inline SVG chart (a stacked
// horizontal bar per department, coloured by state, with a legend), the table and the list.
std::string RenderReportHtml(const Report& report);

// JSON: counts, percentages and the overdue list with machine keys.
std::string RenderReportJson(const Report& report);

// A state as a column heading: "Hoàn thành đúng hạn", "Quá hạn".
const char* StateHeading(DerivedState state);

// Colour of a state in the chart and legend: green done, blue on track, amber due soon,
// red overdue, grey no deadline; chosen to stay distinct in greyscale print.
const char* StateColour(DerivedState state);

}  // namespace chidao::report
