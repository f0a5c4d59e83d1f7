// Internal to chidao::report: a checklist as the XLSX writer module (checklist_xlsx_module.cpp)
// needs it, every cell already turned into clean text. WriteChecklistXlsx builds it in the
// program, where the labels, dates and escaping live; the module only lays it out with
// libxlsxwriter, so it links nothing of chidao's (see checklist_xlsx.cpp for why a module).
// Passed by pointer across the module boundary: both sides are built by the same compiler
// from this header.
#pragma once

#include <string>
#include <vector>

#include "chidao/status.h"

namespace chidao::report {

struct ChecklistSheet {
  struct Row {
    int stt = 0;
    std::string task, role, due, state, status, note, source;
    bool late = false;  // overdue or done late: the state cell is marked
  };
  struct Group {
    std::string title;         // "I. Kế hoạch số ...", with "\nTrích yếu: ..." when there is one
    bool has_subject = false;  // a two-line title row
    std::vector<Row> rows;
  };
  std::string body_line;  // "Cơ quan: ..."
  std::string meta_line;  // "Ngày lập: ... – N nhiệm vụ trong M văn bản"
  std::vector<std::string> status_labels;  // the drop-down of the status column
  std::vector<Group> groups;
};

// The module's entry point, extern "C" so that dlsym finds it by this name.
constexpr const char* kChecklistXlsxEntry = "chidao_write_checklist_xlsx";
using ChecklistXlsxEntry = void (*)(const ChecklistSheet* sheet, const std::string* path,
                                    Status* status);

}  // namespace chidao::report
