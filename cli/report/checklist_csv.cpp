// CSV checklist: UTF-8 with BOM (Excel otherwise guesses a legacy code page and garbles
// Vietnamese), RFC 4180 fields through CsvField, which also guards against formula injection.
#include <string>
#include <vector>

#include "report/calendar.h"
#include "report/checklist_render.h"
#include "report/text_escape.h"

namespace chidao::report {
namespace {

void AppendRecord(std::string& out, const std::vector<std::string>& fields) {
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) out.push_back(',');
    out += CsvField(fields[i]);
  }
  out += "\r\n";
}

}  // namespace

std::string RenderChecklistCsv(const Checklist& c) {
  std::string out = "\xEF\xBB\xBF";  // BOM
  AppendRecord(out, {"Cơ quan", "Văn bản", "Ngày văn bản", "Trích yếu", "STT", "Nhiệm vụ",
                     "Vai trò", "Hạn", "Tiến độ", "Trạng thái", "Ghi chú", "Nguồn", "Mã nhiệm vụ"});
  for (const ChecklistGroup& group : c.groups) {
    const DirectiveInfo& d = group.directive;
    for (const ChecklistRow& row : group.rows) {
      AppendRecord(out, {c.body, d.code.empty() ? d.file_name : d.code,
                         d.date ? FormatVn(*d.date) : "", d.subject, std::to_string(row.stt),
                         row.text, ToLabel(row.role), DueCell(row), ToLabel(row.state),
                         ToLabel(row.status), NoteCell(row), SourceLabel(row),
                         std::to_string(row.task_id)});
    }
  }
  return out;
}

}  // namespace chidao::report
