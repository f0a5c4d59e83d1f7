// TaskRecord: one stored task as the compliance views need it — the task as it stands after
// staff corrections, the directive it comes from, and its status history.
//
// It is the seam between the store and the views: the store's queries fill TaskRecords, and
// BuildChecklist / BuildReport turn them into models that renderers print. Tests build them
// by hand. Body names are canonical (what `chidao bodies` lists), so equality is exact.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "chidao/directive.h"
#include "report/compliance.h"

namespace chidao::report {

// The directive a task belongs to, as the checklist heading shows it.
struct DirectiveInfo {
  std::int64_t id = 0;           // document id in the store
  std::string code;              // số ký hiệu "3279/KH-UBND"; empty when the parser found none
  std::string type;              // "Kế hoạch"
  std::string issuer;            // "UBND tỉnh Cao Bằng"
  std::optional<Date> date;      // date of issue
  std::string subject;           // trích yếu
  std::string file_name;         // what was imported, shown when there is no code
};

// Fields that staff corrected with `chidao edit` (or a task they added by hand).
struct CorrectedFields {
  bool text = false;
  bool lead = false;
  bool support = false;
  bool deadline = false;
  bool added = false;  // the task was added with `chidao add-task`, not found by the parser
  bool any() const { return text || lead || support || deadline || added; }
};

struct TaskRecord {
  std::int64_t task_id = 0;      // store id: what `chidao status TASK` takes
  DirectiveInfo directive;
  std::string section;           // "III.1"
  std::string text;              // the measure
  std::vector<std::string> lead;     // canonical body names, chủ trì
  std::vector<std::string> support;  // canonical body names, phối hợp
  std::optional<Deadline> deadline;
  int page = 0;                  // page the task starts on; 0 when unknown (added by hand)
  std::vector<StatusEntry> history;  // append order
  CorrectedFields corrected;
};

}  // namespace chidao::report
