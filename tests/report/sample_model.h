// A model for renderer tests: three directives, eleven tasks of every deadline kind and
// status, and hostile text (<script>, =HYPERLINK, -2+3, @SUM, quotes, commas, newlines,
// a control byte, invalid UTF-8) in every place document text can reach.
#pragma once

#include <string>
#include <vector>

#include "report/checklist.h"
#include "report/report.h"
#include "report/task_record.h"

namespace chidao::report::testing {

inline constexpr const char* kHealth = "Sở Y tế";
inline constexpr const char* kInjected = "INJECTED";  // console text if any script ever ran
inline constexpr const char* kHyperlink = "=HYPERLINK(\"http://x\")";

Date SampleToday();                      // Tuesday 05/03/2024
std::vector<TaskRecord> SampleTasks();
Checklist SampleChecklist();             // of Sở Y tế, every role and status
Report SampleReport();

}  // namespace chidao::report::testing
