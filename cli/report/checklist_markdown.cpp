// Markdown checklist. Headings and cells are escaped with MarkdownCell: HTML entities for
// < > & (Markdown viewers pass raw HTML through) and backslashes for Markdown's own syntax.
#include <string>

#include "report/calendar.h"
#include "report/checklist_render.h"
#include "report/roman.h"
#include "report/text_escape.h"

namespace chidao::report {

std::string RenderChecklistMarkdown(const Checklist& c) {
  std::string out;
  out += "# DANH SÁCH KIỂM TRA NHIỆM VỤ\n\n";
  out += "**Cơ quan:** " + MarkdownCell(c.body) + "  \n";
  out += "**Ngày lập:** " + FormatVn(c.today) + "  \n";
  out += "**Số nhiệm vụ:** " + std::to_string(c.TaskCount()) + " (chủ trì " +
         std::to_string(c.CountRole(Role::kLead)) + ", phối hợp " +
         std::to_string(c.CountRole(Role::kSupport)) + ")\n";
  if (c.groups.empty()) {
    out += "\n*Không có nhiệm vụ nào.*\n";
    return out;
  }
  for (std::size_t g = 0; g < c.groups.size(); ++g) {
    const ChecklistGroup& group = c.groups[g];
    out += "\n## " + RomanNumeral(static_cast<int>(g + 1)) + ". " +
           MarkdownCell(DirectiveTitle(group.directive)) + "\n\n";
    if (!group.directive.subject.empty()) {
      out += "Trích yếu: " + MarkdownCell(group.directive.subject) + "\n\n";
    }
    out += "| STT | Nhiệm vụ | Vai trò | Hạn | Trạng thái | Ghi chú | Nguồn |\n";
    out += "|---:|---|---|---|---|---|---|\n";
    for (const ChecklistRow& row : group.rows) {
      std::string due = MarkdownCell(DueCell(row));
      if (row.due.date || row.state != DerivedState::kNoDeadline) {
        due += (due.empty() ? "" : "<br>") + std::string("*") + ToLabel(row.state) + "*";
      }
      const char* box = row.status == TaskStatus::kDone ? "☑" : "☐";
      std::string text = MarkdownCell(row.text);
      if (row.corrected.any()) text += " ✎";
      out += "| " + std::to_string(row.stt) + " | " + text + " | " + ToLabel(row.role) + " | " +
             due + " | " + box + " " + ToLabel(row.status) + " | " + MarkdownCell(NoteCell(row)) +
             " | " + MarkdownCell(SourceLabel(row)) + " |\n";
    }
  }
  out += "\n✎ nhiệm vụ đã được cán bộ sửa hoặc bổ sung (chi tiết ở cột Ghi chú).\n";
  return out;
}

}  // namespace chidao::report
