// The XLSX writer module, chidao_xlsx.so (loaded by checklist_xlsx.cpp): lays a ChecklistSheet
// out with libxlsxwriter. Every cell of document text is written with worksheet_write_string: a
// string cell is never evaluated, so "=HYPERLINK(...)" or "-2+3" shows exactly as written and
// no formula can run; the visible text is not altered. The status column offers the four
// Vietnamese statuses as a drop-down (data validation) so staff can update a
// printed-and-returned sheet without typos.
#include <xlsxwriter.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "report/checklist_sheet.h"

namespace chidao::report {
namespace {

enum Column : lxw_col_t { kStt, kTask, kRole, kDue, kState, kStatus, kNote, kSource, kColumns };
constexpr double kWidths[kColumns] = {6, 60, 11, 22, 18, 17, 30, 20};
constexpr const char* kHeaders[kColumns] = {"STT",      "Nhiệm vụ",   "Vai trò", "Hạn",
                                            "Tiến độ", "Trạng thái", "Ghi chú", "Nguồn"};

struct WorkbookCloser {
  void operator()(lxw_workbook* wb) const { workbook_close(wb); }
};

struct Formats {
  lxw_format* title;
  lxw_format* meta;
  lxw_format* header;
  lxw_format* group;
  lxw_format* cell;
  lxw_format* center;
  lxw_format* overdue;
};

Formats MakeFormats(lxw_workbook* wb) {
  Formats f{};
  const auto make = [wb](bool bold, bool wrap, bool border) {
    lxw_format* fmt = workbook_add_format(wb);
    format_set_font_name(fmt, "Times New Roman");
    format_set_font_size(fmt, 11);
    format_set_align(fmt, LXW_ALIGN_VERTICAL_TOP);
    if (bold) format_set_bold(fmt);
    if (wrap) format_set_text_wrap(fmt);
    if (border) format_set_border(fmt, LXW_BORDER_THIN);
    return fmt;
  };
  f.title = make(true, false, false);
  format_set_font_size(f.title, 14);
  format_set_align(f.title, LXW_ALIGN_CENTER);
  f.meta = make(false, false, false);
  format_set_align(f.meta, LXW_ALIGN_CENTER);
  f.header = make(true, true, true);
  format_set_align(f.header, LXW_ALIGN_CENTER);
  format_set_bg_color(f.header, 0xE8E8E8);
  f.group = make(true, true, true);
  format_set_bg_color(f.group, 0xF3F3F3);
  f.cell = make(false, true, true);
  f.center = make(false, true, true);
  format_set_align(f.center, LXW_ALIGN_CENTER);
  f.overdue = make(true, true, true);
  format_set_font_color(f.overdue, 0xB00020);
  return f;
}

Status WriteSheet(const ChecklistSheet& c, const std::string& path) {
  // libxlsxwriter only opens the file when closing, and then complains on stderr: find out
  // first, and say why in a Status.
  if (std::FILE* probe = std::fopen(path.c_str(), "wb")) {
    std::fclose(probe);
  } else {
    return Status::IoError(path, std::strerror(errno));
  }
  std::unique_ptr<lxw_workbook, WorkbookCloser> owner(workbook_new(path.c_str()));
  if (!owner) return Status::IoError(path, "cannot create the workbook");
  lxw_workbook* wb = owner.get();
  lxw_worksheet* ws = workbook_add_worksheet(wb, "Danh sách kiểm tra");
  if (ws == nullptr) return Status::Internal("libxlsxwriter refused the worksheet");
  const Formats f = MakeFormats(wb);

  for (lxw_col_t col = 0; col < kColumns; ++col) {
    worksheet_set_column(ws, col, col, kWidths[col], nullptr);
  }
  worksheet_merge_range(ws, 0, 0, 0, kColumns - 1, "DANH SÁCH KIỂM TRA NHIỆM VỤ", f.title);
  worksheet_merge_range(ws, 1, 0, 1, kColumns - 1, c.body_line.c_str(), f.meta);
  worksheet_merge_range(ws, 2, 0, 2, kColumns - 1, c.meta_line.c_str(), f.meta);
  const lxw_row_t header_row = 4;
  for (lxw_col_t col = 0; col < kColumns; ++col) {
    worksheet_write_string(ws, header_row, col, kHeaders[col], f.header);
  }
  worksheet_freeze_panes(ws, header_row + 1, 0);
  worksheet_repeat_rows(ws, header_row, header_row);

  // The four statuses, as the drop-down offers them (libxlsxwriter wants mutable char*).
  std::vector<std::string> labels = c.status_labels;
  std::vector<char*> list;
  for (std::string& l : labels) list.push_back(l.data());
  list.push_back(nullptr);
  lxw_data_validation validation{};
  validation.validate = LXW_VALIDATION_TYPE_LIST;
  validation.value_list = list.data();
  validation.show_error = LXW_VALIDATION_ON;
  validation.error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
  std::string error_title = "Trạng thái";
  std::string error_message = "Chọn một trạng thái trong danh sách.";
  validation.error_title = error_title.data();
  validation.error_message = error_message.data();

  lxw_row_t row_index = header_row + 1;
  for (const ChecklistSheet::Group& group : c.groups) {
    worksheet_merge_range(ws, row_index, 0, row_index, kColumns - 1, group.title.c_str(), f.group);
    worksheet_set_row(ws, row_index, group.has_subject ? 33 : 18, nullptr);
    ++row_index;
    const lxw_row_t first_task_row = row_index;
    for (const ChecklistSheet::Row& row : group.rows) {
      worksheet_write_number(ws, row_index, kStt, row.stt, f.center);
      worksheet_write_string(ws, row_index, kTask, row.task.c_str(), f.cell);
      worksheet_write_string(ws, row_index, kRole, row.role.c_str(), f.cell);
      worksheet_write_string(ws, row_index, kDue, row.due.c_str(), f.cell);
      worksheet_write_string(ws, row_index, kState, row.state.c_str(), row.late ? f.overdue : f.cell);
      worksheet_write_string(ws, row_index, kStatus, row.status.c_str(), f.cell);
      worksheet_write_string(ws, row_index, kNote, row.note.c_str(), f.cell);
      worksheet_write_string(ws, row_index, kSource, row.source.c_str(), f.cell);
      ++row_index;
    }
    if (row_index > first_task_row) {
      worksheet_data_validation_range(ws, first_task_row, kStatus, row_index - 1, kStatus,
                                      &validation);
    }
  }

  worksheet_set_paper(ws, 9);  // A4
  worksheet_set_landscape(ws);
  worksheet_fit_to_pages(ws, 1, 0);
  worksheet_set_margins(ws, 0.5, 0.4, 0.6, 0.6);
  worksheet_set_footer(ws, "&CTrang &P/&N");

  lxw_workbook* raw = owner.release();
  const lxw_error error = workbook_close(raw);
  if (error != LXW_NO_ERROR) return Status::IoError(path, lxw_strerror(error));
  return Status::Ok();
}

}  // namespace
}  // namespace chidao::report

extern "C" void chidao_write_checklist_xlsx(
    const chidao::report::ChecklistSheet* sheet, const std::string* path,
    chidao::Status* status) {
  *status = chidao::report::WriteSheet(*sheet, *path);
}
