#include "report/report_render.h"

#include "chidao/vn_text.h"

namespace chidao::report {

Result<ReportFormat> ParseReportFormat(std::string_view text) {
  const std::string key = ToLower(text);
  if (key == "md" || key == "markdown") return ReportFormat::kMarkdown;
  if (key == "html" || key == "htm") return ReportFormat::kHtml;
  if (key == "json") return ReportFormat::kJson;
  return Status::InvalidArgument("unknown format '" + std::string(text) +
                                 "': expected md, html or json");
}

const char* StateHeading(DerivedState state) {
  switch (state) {
    case DerivedState::kDoneOnTime: return "Hoàn thành đúng hạn";
    case DerivedState::kDoneLate: return "Hoàn thành quá hạn";
    case DerivedState::kOnTrack: return "Trong hạn";
    case DerivedState::kDueSoon: return "Sắp đến hạn";
    case DerivedState::kOverdue: return "Quá hạn";
    case DerivedState::kNoDeadline: return "Không có hạn";
  }
  return "";
}

const char* StateColour(DerivedState state) {
  switch (state) {
    case DerivedState::kDoneOnTime: return "#2e7d32";
    case DerivedState::kDoneLate: return "#9ccc65";
    case DerivedState::kOnTrack: return "#1e88e5";
    case DerivedState::kDueSoon: return "#ffb300";
    case DerivedState::kOverdue: return "#c62828";
    case DerivedState::kNoDeadline: return "#bdbdbd";
  }
  return "#bdbdbd";
}

}  // namespace chidao::report
