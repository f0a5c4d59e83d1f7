#include "report/checklist_render.h"

#include "chidao/vn_text.h"

namespace chidao::report {

Result<ChecklistFormat> ParseChecklistFormat(std::string_view text) {
  const std::string key = ToLower(text);
  if (key == "md" || key == "markdown") return ChecklistFormat::kMarkdown;
  if (key == "csv") return ChecklistFormat::kCsv;
  if (key == "html" || key == "htm") return ChecklistFormat::kHtml;
  if (key == "xlsx") return ChecklistFormat::kXlsx;
  if (key == "json") return ChecklistFormat::kJson;
  return Status::InvalidArgument("unknown format '" + std::string(text) +
                                 "': expected md, csv, html, xlsx or json");
}

}  // namespace chidao::report
