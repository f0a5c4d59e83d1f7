// HTML checklist: a paper form for one department. Each directive starts on a new A4 page with
// a running line naming the department, so loose pages still say whose they are; the table
// header repeats on every printed page; every piece of document text goes through HtmlEscape.
#include <array>
#include <string>

#include "report/calendar.h"
#include "report/checklist_render.h"
#include "report/html_page.h"
#include "report/roman.h"
#include "report/text_escape.h"

namespace chidao::report {
namespace {

constexpr std::string_view kChecklistCss = R"css(
section.directive + section.directive { break-before: page; page-break-before: always; }
.running { font-size: 9pt; color: #444; margin: 0 0 2mm; font-style: italic; }
@media screen { .running { display: none; } }
.code { white-space: nowrap; }
td.src { font-size: 9pt; }
.subject { margin: 0 0 2mm; font-style: italic; }
.tasks { font-size: 10pt; }
.state { display: block; font-size: 9pt; font-style: italic; }
.state-overdue, .state-done-late { color: #b00020; font-weight: bold; font-style: normal; }
.state-due-soon { color: #8a5a00; font-weight: bold; font-style: normal; }
.box { font-size: 12pt; }
.corrected { font-size: 9pt; }
.summary { font-size: 10pt; }
.sign { display: flex; justify-content: flex-end; margin-top: 10mm; break-inside: avoid; }
.sign div { text-align: center; width: 70mm; }
.sign .hint { font-style: italic; font-size: 9.5pt; margin-bottom: 18mm; }
.empty { text-align: center; font-style: italic; margin-top: 10mm; }
)css";

std::string Row(const ChecklistRow& row) {
  std::string due = HtmlEscape(DueCell(row));
  if (row.due.date || row.state != DerivedState::kNoDeadline) {
    due += "<span class=\"state state-" + std::string(ToKey(row.state)) + "\">" +
           ToLabel(row.state) + "</span>";
  }
  std::string text = HtmlEscape(row.text);
  if (row.corrected.any()) text += " <span class=\"sym corrected\" title=\"đã sửa\">✎</span>";
  const char* box = row.status == TaskStatus::kDone ? "☑" : "☐";
  std::string out = "<tr>";
  out += "<td class=\"num\">" + std::to_string(row.stt) + "</td>";
  out += "<td>" + text + "</td>";
  out += "<td>" + std::string(ToLabel(row.role)) + "</td>";
  out += "<td>" + due + "</td>";
  out += "<td><span class=\"sym box\">" + std::string(box) + "</span> " + ToLabel(row.status) +
         "</td>";
  out += "<td>" + HtmlEscape(NoteCell(row)) + "</td>";
  // A code never breaks at its "-" or "/" ("3279/KH-" over "UBND" reads as two documents);
  // a long file name standing in for a missing code may.
  const char* code_class = row.source_code.size() <= 18 ? "code" : "file";
  out += "<td class=\"src\"><span class=\"" + std::string(code_class) + "\">" + HtmlEscape(row.source_code) +
         "</span>" +
         (row.page > 0 ? ", <span class=\"code\">tr. " + std::to_string(row.page) + "</span>" : "") +
         "</td>";
  out += "</tr>\n";
  return out;
}

std::string Summary(const Checklist& c) {
  std::array<int, kDerivedStateCount> counts{};
  for (const ChecklistGroup& g : c.groups) {
    for (const ChecklistRow& r : g.rows) ++counts[static_cast<std::size_t>(r.state)];
  }
  std::string out;
  for (int s = 0; s < kDerivedStateCount; ++s) {
    if (counts[static_cast<std::size_t>(s)] == 0) continue;
    out += (out.empty() ? "" : " · ") + std::string(ToLabel(static_cast<DerivedState>(s))) + ": " +
           std::to_string(counts[static_cast<std::size_t>(s)]);
  }
  return out;
}

}  // namespace

std::string RenderChecklistHtml(const Checklist& c) {
  const std::string body = HtmlEscape(c.body);
  std::string out = HtmlPageStart("Danh sách kiểm tra nhiệm vụ – " + c.body, kChecklistCss);
  out += "<header class=\"meta\">\n<h1>DANH SÁCH KIỂM TRA NHIỆM VỤ</h1>\n";
  out += "<p>Cơ quan: <strong>" + body + "</strong></p>\n";
  out += "<p>Ngày lập: " + FormatVn(c.today) + " · " + std::to_string(c.TaskCount()) +
         " nhiệm vụ (chủ trì " + std::to_string(c.CountRole(Role::kLead)) + ", phối hợp " +
         std::to_string(c.CountRole(Role::kSupport)) + ") trong " +
         std::to_string(c.groups.size()) + " văn bản</p>\n";
  const std::string summary = Summary(c);
  if (!summary.empty()) out += "<p class=\"summary\">" + summary + "</p>\n";
  out += "</header>\n";
  if (c.groups.empty()) out += "<p class=\"empty\">Không có nhiệm vụ nào.</p>\n";
  for (std::size_t g = 0; g < c.groups.size(); ++g) {
    const ChecklistGroup& group = c.groups[g];
    out += "<section class=\"directive\">\n";
    if (g > 0) out += "<p class=\"running\">" + body + " – Danh sách kiểm tra nhiệm vụ (tiếp theo)</p>\n";
    out += "<h2>" + RomanNumeral(static_cast<int>(g + 1)) + ". " +
           HtmlEscape(DirectiveTitle(group.directive)) + "</h2>\n";
    if (!group.directive.subject.empty()) {
      out += "<p class=\"subject\">Trích yếu: " + HtmlEscape(group.directive.subject) + "</p>\n";
    }
    out += "<table class=\"tasks\">\n<colgroup><col style=\"width:6%\"><col style=\"width:30%\">"
           "<col style=\"width:9%\"><col style=\"width:14%\"><col style=\"width:13%\">"
           "<col style=\"width:13%\"><col style=\"width:15%\"></colgroup>\n";
    out += "<thead><tr><th>STT</th><th>Nhiệm vụ</th><th>Vai trò</th><th>Hạn</th>"
           "<th>Trạng thái</th><th>Ghi chú</th><th>Nguồn</th></tr></thead>\n<tbody>\n";
    for (const ChecklistRow& row : group.rows) out += Row(row);
    out += "</tbody>\n</table>\n</section>\n";
  }
  out += "<p class=\"corrected\"><span class=\"sym\">☑</span> hoàn thành · "
         "<span class=\"sym\">☐</span> chưa hoàn thành · <span class=\"sym\">✎</span> "
         "nhiệm vụ đã được cán bộ sửa hoặc bổ sung (chi tiết ở cột Ghi chú).</p>\n";
  out += "<div class=\"sign\"><div><strong>NGƯỜI KIỂM TRA</strong>"
         "<div class=\"hint\">(Ký, ghi rõ họ tên)</div></div></div>\n";
  out += HtmlPageEnd();
  return out;
}

}  // namespace chidao::report
