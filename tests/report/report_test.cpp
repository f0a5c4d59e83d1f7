#include "report/report.h"

#include <nlohmann/json.hpp>

#include "html_check.h"
#include "report/report_render.h"
#include "sample_model.h"
#include "support/test_util.h"

using chidao::Date;
using chidao::Result;
using namespace chidao::report;
using namespace chidao::report::testing;

namespace {

const BodyTally* Find(const Report& r, const std::string& body) {
  for (const BodyTally& t : r.bodies) {
    if (t.body == body) return &t;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("BuildReport: counts each department's lead tasks by derived state") {
  const Report r = SampleReport();
  const BodyTally* health = Find(r, kHealth);
  REQUIRE(health != nullptr);
  CHECK(health->total == 8);
  CHECK(health->Count(DerivedState::kDoneOnTime) == 2);
  CHECK(health->Count(DerivedState::kDoneLate) == 1);
  CHECK(health->Count(DerivedState::kOnTrack) == 1);
  CHECK(health->Count(DerivedState::kDueSoon) == 1);
  CHECK(health->Count(DerivedState::kOverdue) == 1);
  CHECK(health->Count(DerivedState::kNoDeadline) == 2);
  CHECK(health->Percent(DerivedState::kOverdue) == Approx(12.5));
  CHECK(health->Percent(DerivedState::kDoneOnTime) == Approx(25.0));
  // Supporting is not leading: Sở Giáo dục leads task 4, Sở Y tế only supports it.
  const BodyTally* education = Find(r, "Sở Giáo dục và Đào tạo");
  REQUIRE(education != nullptr);
  CHECK(education->total == 1);
  CHECK(education->Count(DerivedState::kDueSoon) == 1);
}

TEST_CASE("BuildReport: totals count every task once, including tasks with no lead") {
  const Report r = SampleReport();
  CHECK(r.all.total == 11);
  CHECK(r.all.Count(DerivedState::kOverdue) == 2);
  CHECK(r.all.Count(DerivedState::kOnTrack) == 2);
  const BodyTally* no_lead = Find(r, kNoLeadBody);
  REQUIRE(no_lead != nullptr);
  CHECK(no_lead->total == 1);
  // Task 10 has two leads: each is late for it.
  CHECK(Find(r, "Công an tỉnh")->Count(DerivedState::kOverdue) == 1);
}

TEST_CASE("BuildReport: orders departments by task count, then name") {
  const Report r = SampleReport();
  REQUIRE(r.bodies.size() == 5);
  CHECK(r.bodies[0].body == kHealth);
  CHECK(r.bodies[1].body == kNoLeadBody);
  CHECK(r.bodies[3].body == "Công an tỉnh");
  CHECK(r.bodies[4].body == "Sở Giáo dục và Đào tạo");
}

TEST_CASE("BuildReport: lists overdue tasks, the latest first, with days late") {
  const Report r = SampleReport();
  REQUIRE(r.overdue.size() == 2);
  CHECK(r.overdue[0].task_id == 10);
  CHECK(r.overdue[0].due == Date{2024, 1, 31});
  CHECK(r.overdue[0].days_late == 34);  // through 29/02/2024
  CHECK(r.overdue[0].lead.size() == 2);
  CHECK(r.overdue[1].task_id == 3);
  CHECK(r.overdue[1].days_late == 4);
  CHECK(r.overdue[1].status == TaskStatus::kBlocked);
  CHECK(r.overdue[1].directive == "3279/KH-UBND");
}

TEST_CASE("BuildReport: can count supporting bodies too") {
  ReportOptions options;
  options.include_support = true;
  const Report r = BuildReport(SampleTasks(), SampleToday(), options);
  CHECK(Find(r, kHealth)->total == 10);
  CHECK(Find(r, "Công an tỉnh")->total == 2);  // leads 10, supports 3
  CHECK(r.all.total == 11);
}

TEST_CASE("BuildReport: a later today moves tasks from due soon to overdue") {
  const Report r = BuildReport(SampleTasks(), Date{2024, 4, 2});
  CHECK(Find(r, kHealth)->Count(DerivedState::kOverdue) == 2);  // task 2 (31/03) too
}

TEST_CASE("FormatPercent: one decimal with a decimal comma") {
  CHECK(FormatPercent(12.5) == "12,5%");
  CHECK(FormatPercent(100.0 / 3) == "33,3%");
  CHECK(FormatPercent(0) == "0,0%");
  CHECK(FormatPercent(100) == "100,0%");
}

TEST_CASE("ReportMarkdown: prints counts with percentages and the overdue list, escaped") {
  const std::string md = RenderReportMarkdown(SampleReport());
  CHECK(md.rfind("# BÁO CÁO TÌNH HÌNH THỰC HIỆN NHIỆM VỤ\n", 0) == 0);
  CHECK(md.find("**Ngày báo cáo:** 05/03/2024") != std::string::npos);
  CHECK(md.find("| Sở Y tế | 8 | 2 (25,0%) | 1 (12,5%) | 1 (12,5%) | 1 (12,5%) | 1 (12,5%) | 2 (25,0%) |") !=
        std::string::npos);
  CHECK(md.find("| **Tổng cộng** | 11 |") != std::string::npos);
  CHECK(md.find("## Nhiệm vụ quá hạn (2)") != std::string::npos);
  CHECK(md.find("| 31/01/2024 | 34 ngày |") != std::string::npos);
  CHECK(md.find("<script") == std::string::npos);
  CHECK(md.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
}

TEST_CASE("ReportHtml: draws a stacked bar per department in inline SVG, escaped") {
  const std::string html = RenderReportHtml(SampleReport());
  CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(html.find("@page { size: A4;") != std::string::npos);
  CHECK(html.find("<svg class=\"chart\"") != std::string::npos);
  CHECK(html.find("</svg>") != std::string::npos);
  // Legend: six swatches; bars: one rect per non-zero count (Sở Y tế 6, four others 1 each).
  std::size_t rects = 0;
  for (std::size_t p = html.find("<rect"); p != std::string::npos; p = html.find("<rect", p + 1)) ++rects;
  CHECK(rects == 6 + 6 + 4);
  for (int s = 0; s < kDerivedStateCount; ++s) {
    CHECK(html.find(ToLabel(static_cast<DerivedState>(s))) != std::string::npos);
  }
  CHECK(html.find("Sở Y tế – quá hạn: 1 (12,5%)") != std::string::npos);
  CHECK(html.find("Nhiệm vụ quá hạn (2)") != std::string::npos);
  CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(ForeignMarkup(html) == "");
}

TEST_CASE("ReportHtml: an empty archive prints a page without a chart") {
  const std::string html = RenderReportHtml(BuildReport({}, SampleToday()));
  CHECK(html.find("<svg") == std::string::npos);
  CHECK(html.find("Chưa có nhiệm vụ nào.") != std::string::npos);
  CHECK(html.find("Không có nhiệm vụ quá hạn.") != std::string::npos);
  CHECK(ForeignMarkup(html) == "");
}

TEST_CASE("ReportJson: parses back with state keys") {
  const nlohmann::json j = nlohmann::json::parse(RenderReportJson(SampleReport()));
  CHECK(j["today"] == "2024-03-05");
  CHECK(j["counted_for"] == "lead");
  CHECK(j["bodies"][0]["body"] == "Sở Y tế");
  CHECK(j["bodies"][0]["counts"]["overdue"] == 1);
  CHECK(j["bodies"][0]["percent"]["overdue"] == 12.5);
  CHECK(j["total"]["total"] == 11);
  CHECK(j["overdue"].size() == 2);
  CHECK(j["overdue"][0]["days_late"] == 34);
  CHECK(j["state_labels"]["due-soon"] == "sắp đến hạn");
}

TEST_CASE("ParseReportFormat: knows md, html and json") {
  CHECK(*ParseReportFormat("md") == ReportFormat::kMarkdown);
  CHECK(*ParseReportFormat("HTML") == ReportFormat::kHtml);
  CHECK(*ParseReportFormat("json") == ReportFormat::kJson);
  CHECK_FALSE(ParseReportFormat("xlsx").ok());
}
