// Markdown report: counts with percentages per department, then the overdue tasks.
#include <string>

#include "report/calendar.h"
#include "report/report_render.h"
#include "report/text_escape.h"

namespace chidao::report {
namespace {

std::string TallyRow(const BodyTally& t, bool bold) {
  const std::string mark = bold ? "**" : "";
  std::string out = "| " + mark + MarkdownCell(t.body) + mark + " | " + std::to_string(t.total);
  for (int s = 0; s < kDerivedStateCount; ++s) {
    const auto state = static_cast<DerivedState>(s);
    out += " | " + std::to_string(t.Count(state)) + " (" + FormatPercent(t.Percent(state)) + ")";
  }
  return out + " |\n";
}

std::string Join(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& n : names) out += (out.empty() ? "" : "; ") + n;
  return out;
}

}  // namespace

std::string RenderReportMarkdown(const Report& r) {
  std::string out = "# BÁO CÁO TÌNH HÌNH THỰC HIỆN NHIỆM VỤ\n\n";
  out += "**Ngày báo cáo:** " + FormatVn(r.today) + "  \n";
  out += "**Sắp đến hạn:** hạn trong " + std::to_string(r.due_soon_days) + " ngày tới  \n";
  out += std::string("**Cách tính:** ") +
         (r.include_support ? "mỗi nhiệm vụ tính cho cơ quan chủ trì và cơ quan phối hợp"
                            : "mỗi nhiệm vụ tính cho cơ quan chủ trì") + "\n\n";
  out += "## Tổng hợp theo cơ quan\n\n";
  out += "| Cơ quan | Tổng số";
  for (int s = 0; s < kDerivedStateCount; ++s) {
    out += std::string(" | ") + StateHeading(static_cast<DerivedState>(s));
  }
  out += " |\n|---|---:|---:|---:|---:|---:|---:|---:|\n";
  for (const BodyTally& t : r.bodies) out += TallyRow(t, false);
  out += TallyRow(r.all, true);
  out += "\n## Nhiệm vụ quá hạn (" + std::to_string(r.overdue.size()) + ")\n\n";
  if (r.overdue.empty()) return out + "Không có nhiệm vụ quá hạn.\n";
  out += "| STT | Cơ quan chủ trì | Nhiệm vụ | Hạn | Quá hạn | Trạng thái | Nguồn | Mã |\n";
  out += "|---:|---|---|---|---:|---|---|---:|\n";
  for (std::size_t i = 0; i < r.overdue.size(); ++i) {
    const OverdueTask& t = r.overdue[i];
    std::string source = t.directive + (t.page > 0 ? ", tr. " + std::to_string(t.page) : "");
    out += "| " + std::to_string(i + 1) + " | " + MarkdownCell(Join(t.lead)) + " | " +
           MarkdownCell(t.text) + " | " + FormatVn(t.due) + " | " + std::to_string(t.days_late) +
           " ngày | " + ToLabel(t.status) + " | " + MarkdownCell(source) + " | " +
           std::to_string(t.task_id) + " |\n";
  }
  return out;
}

}  // namespace chidao::report
