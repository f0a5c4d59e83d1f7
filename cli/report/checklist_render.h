// Renderers of a Checklist, one file per format (checklist_<format>.cpp). All of them escape
// document text for their format (text_escape.h) and print the same columns:
//   STT | Nhiệm vụ | Vai trò | Hạn | Trạng thái | Ghi chú | Nguồn
// CSV, XLSX and JSON add the derived state (Tiến độ) as its own column so it can be filtered;
// Markdown and HTML show it under the due date.
#pragma once

#include <string>
#include <string_view>

#include "chidao/status.h"
#include "report/checklist.h"

namespace chidao::report {

enum class ChecklistFormat { kMarkdown, kCsv, kHtml, kXlsx, kJson };
Result<ChecklistFormat> ParseChecklistFormat(std::string_view text);  // md, csv, html, xlsx, json

// Markdown: a heading per directive and a pipe table of its tasks.
std::string RenderChecklistMarkdown(const Checklist& checklist);

// CSV: UTF-8 with a byte-order mark (so Excel reads Vietnamese), RFC 4180, CR LF line ends,
// one flat row per task with the directive's columns repeated so it can be sorted and filtered.
std::string RenderChecklistCsv(const Checklist& checklist);

// HTML: one self-contained print-ready A4 document (inline CSS, no scripts, no external
// assets), tick boxes ☐/☑, each directive starting on a new page.
std::string RenderChecklistHtml(const Checklist& checklist);

// JSON: the model with machine keys (status "in-progress", state "overdue") and the labels.
std::string RenderChecklistJson(const Checklist& checklist);

// XLSX through libxlsxwriter, written to `path`: one sheet, frozen header, wrapped text,
// column widths, directive group rows, a drop-down of the four statuses, A4 landscape.
Status WriteChecklistXlsx(const Checklist& checklist, const std::string& path);

}  // namespace chidao::report
