// WriteChecklistXlsx: turns the checklist into clean cell text (ChecklistSheet) here, and has
// the XLSX writer module lay it out with libxlsxwriter (checklist_xlsx_module.cpp).
//
// Why a module: libxlsxwriter pulls in libcrypto and minizip, and Debian links all three with
// BIND_NOW. Linked into the program they cost every start of chidao 5,000 symbol lookups, about
// 7 million instructions (4 ms of CPU on a loaded machine), for a format only
// `chidao checklist --format xlsx` writes. The module, chidao_xlsx.so, is loaded on the first
// XLSX checklist (chidao/module_loader.h says where it is looked for); without it that command
// fails with a Status saying why and nothing else changes.
#include <string>

#include "chidao/module_loader.h"
#include "report/calendar.h"
#include "report/checklist_render.h"
#include "report/checklist_sheet.h"
#include "report/roman.h"
#include "report/text_escape.h"

namespace chidao::report {
namespace {

constexpr std::size_t kMaxCellBytes = 32000;  // Excel's limit is 32767 characters

// Document text as a cell can hold it: valid UTF-8, no control bytes, within Excel's limit.
std::string Cell(std::string_view text) {
  std::string clean = CleanText(text);
  if (clean.size() > kMaxCellBytes) clean = TruncateChars(clean, kMaxCellBytes / 4);
  return clean;
}

ChecklistSheet ToSheet(const Checklist& c) {
  ChecklistSheet sheet;
  sheet.body_line = "Cơ quan: " + Cell(c.body);
  sheet.meta_line = "Ngày lập: " + FormatVn(c.today) + " – " + std::to_string(c.TaskCount()) +
                    " nhiệm vụ trong " + std::to_string(c.groups.size()) + " văn bản";
  for (TaskStatus s : {TaskStatus::kOpen, TaskStatus::kInProgress, TaskStatus::kDone,
                       TaskStatus::kBlocked}) {
    sheet.status_labels.emplace_back(ToLabel(s));
  }
  for (std::size_t g = 0; g < c.groups.size(); ++g) {
    const ChecklistGroup& group = c.groups[g];
    ChecklistSheet::Group& out = sheet.groups.emplace_back();
    std::string title = RomanNumeral(static_cast<int>(g + 1)) + ". " + DirectiveTitle(group.directive);
    if (!group.directive.subject.empty()) title += "\nTrích yếu: " + group.directive.subject;
    out.title = Cell(title);
    out.has_subject = !group.directive.subject.empty();
    for (const ChecklistRow& row : group.rows) {
      ChecklistSheet::Row& r = out.rows.emplace_back();
      r.stt = row.stt;
      r.task = Cell(row.text + (row.corrected.any() ? " ✎" : ""));
      r.role = ToLabel(row.role);
      r.due = Cell(DueCell(row));
      r.state = ToLabel(row.state);
      r.late = row.state == DerivedState::kOverdue || row.state == DerivedState::kDoneLate;
      r.status = ToLabel(row.status);
      r.note = Cell(NoteCell(row));
      r.source = Cell(SourceLabel(row));
    }
  }
  return sheet;
}

}  // namespace

Status WriteChecklistXlsx(const Checklist& c, const std::string& path) {
  static const Result<void*> entry =  // once per process, thread-safe
      LoadModuleEntry("chidao_xlsx.so", CHIDAO_XLSX_MODULE_DIR, kChecklistXlsxEntry,
                      "XLSX output");
  if (!entry.ok()) return entry.status();
  const ChecklistSheet sheet = ToSheet(c);
  Status status = Status::Internal("the XLSX module wrote nothing");
  reinterpret_cast<ChecklistXlsxEntry>(*entry)(&sheet, &path, &status);
  return status;
}

}  // namespace chidao::report
