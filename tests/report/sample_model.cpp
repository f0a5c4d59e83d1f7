#include "sample_model.h"

namespace chidao::report::testing {
namespace {

Deadline OnDate(DeadlineKind kind, Date date, std::string text) {
  Deadline d;
  d.kind = kind;
  d.date = date;
  d.text = std::move(text);
  return d;
}

Deadline Every(Recurrence every, std::optional<int> day, std::optional<std::string> time,
               std::string text) {
  Deadline d;
  d.kind = DeadlineKind::kRecurring;
  d.every = every;
  d.day_of_period = day;
  d.time = std::move(time);
  d.text = std::move(text);
  return d;
}

Deadline Plain(DeadlineKind kind, std::string text) {
  Deadline d;
  d.kind = kind;
  d.text = std::move(text);
  return d;
}

StatusEntry Entry(TaskStatus status, Date on, std::string note = "") {
  return StatusEntry{status, on, std::move(note), "chuyenvien", on.Iso() + "T09:00:00"};
}

}  // namespace

Date SampleToday() { return Date{2024, 3, 5}; }

std::vector<TaskRecord> SampleTasks() {
  const DirectiveInfo plan{1, "3279/KH-UBND", "Kế hoạch", "UBND tỉnh Cao Bằng", Date{2021, 11, 26},
                           "Triển khai “Thích ứng an toàn, linh hoạt, kiểm soát hiệu quả dịch "
                           "COVID-19” trên địa bàn tỉnh Cao Bằng",
                           "002-kh-3279.pdf"};
  const DirectiveInfo party{2, "91-CV/TU", "Công văn", "Tỉnh ủy", Date{2021, 5, 7},
                            "@SUM(A1) <b>tăng cường</b> phòng, chống dịch", "001-cv-91.pdf"};
  const DirectiveInfo scan{3, "", "", "", std::nullopt, "-2+3 \"bản chụp\", <i>số 7</i>",
                           "cong-van-scan.pdf"};
  const std::string hostile = std::string("<script>console.error(\"") + kInjected +
                              "\")</script><img src=x onerror=console.error(\"" + kInjected +
                              "\")> " + kHyperlink + " \"trích dẫn\", dấu phẩy\nxuống dòng\x01 "
                              "tiêm vắc-xin \xC3\x28";
  std::vector<TaskRecord> tasks;
  const auto add = [&](const DirectiveInfo& d, std::string section, std::string text,
                       std::vector<std::string> lead, std::vector<std::string> support,
                       std::optional<Deadline> deadline, int page,
                       std::vector<StatusEntry> history = {}, CorrectedFields corrected = {}) {
    TaskRecord t;
    t.task_id = static_cast<std::int64_t>(tasks.size() + 1);
    t.directive = d;
    t.section = std::move(section);
    t.text = std::move(text);
    t.lead = std::move(lead);
    t.support = std::move(support);
    t.deadline = std::move(deadline);
    t.page = page;
    t.history = std::move(history);
    t.corrected = corrected;
    tasks.push_back(std::move(t));
  };
  add(plan, "III.1", "Chủ trì, phối hợp các sở, ban, ngành cấp tỉnh tham mưu UBND tỉnh ban hành "
                     "tiêu chí đánh giá cấp độ dịch",
      {kHealth}, {"các sở, ban, ngành cấp tỉnh"},
      OnDate(DeadlineKind::kDate, {2021, 12, 15}, "trước ngày 15/12/2021"), 3,
      {Entry(TaskStatus::kInProgress, {2021, 12, 1}), Entry(TaskStatus::kDone, {2021, 12, 10}, "Đã trình")});
  add(plan, "III.1", "Tổ chức tiêm vắc xin phòng COVID-19 mũi nhắc lại cho người từ 18 tuổi",
      {kHealth}, {}, OnDate(DeadlineKind::kPeriod, {2024, 3, 31}, "trong quý I/2024"), 3,
      {Entry(TaskStatus::kInProgress, {2024, 1, 10})});
  add(plan, "III.1", hostile, {kHealth}, {"Công an tỉnh"},
      OnDate(DeadlineKind::kDate, {2024, 3, 1}, "trước ngày 01/3/2024"), 4,
      {Entry(TaskStatus::kBlocked, {2024, 2, 20}, "=HYPERLINK(\"http://x\",\"bấm\") thiếu kinh phí")});
  add(plan, "III.2", "-2+3 trường học tổ chức dạy học trực tiếp, báo cáo kết quả",
      {"Sở Giáo dục và Đào tạo"}, {kHealth},
      Every(Recurrence::kWeek, 5, "16:00", "trước 16h00 thứ Sáu hằng tuần"), 5);
  add(party, "2", "Báo cáo số ca mắc mới về Thường trực Tỉnh ủy", {kHealth}, {},
      Every(Recurrence::kDay, std::nullopt, "20:00", "Hằng ngày, chậm nhất trước 20h00"), 1);
  add(party, "3", "@SUM(A1) giám sát chặt chẽ người về từ vùng dịch", {kHealth}, {},
      Plain(DeadlineKind::kOngoing, "thường xuyên"), 2, {},
      CorrectedFields{false, false, false, true, false});
  add(party, "4", "Triển khai ngay phương án cách ly tập trung", {kHealth}, {},
      Plain(DeadlineKind::kAsap, "ngay"), 2, {Entry(TaskStatus::kDone, {2024, 3, 1})},
      CorrectedFields{true, false, false, false, true});
  add(scan, "", "Hoàn thành rà soát danh sách đối tượng ưu tiên", {kHealth}, {},
      OnDate(DeadlineKind::kDate, {2024, 2, 20}, "trước ngày 20/02/2024"), 1,
      {Entry(TaskStatus::kDone, {2024, 2, 25}, "Nộp muộn do thiếu số liệu")});
  add(scan, "", "Duy trì tối thiểu 80% người dân thực hiện khai báo y tế", {kHealth}, {},
      OnDate(DeadlineKind::kStart, {2021, 11, 1}, "Từ tháng 11 năm 2021"), 1);
  add(scan, "", "Bảo đảm an ninh trật tự tại các khu cách ly",
      {"Công an tỉnh", "Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh <script>alert(1)</script>"},
      {}, OnDate(DeadlineKind::kDate, {2024, 1, 31}, "trước ngày 31/01/2024"), 2);
  add(scan, "", "Báo cáo tình hình tiêm chủng", {}, {kHealth},
      Every(Recurrence::kMonth, 25, std::nullopt, "trước ngày 25 hằng tháng"), 2);
  return tasks;
}

Checklist SampleChecklist() { return BuildChecklist(kHealth, SampleTasks(), SampleToday()); }

Report SampleReport() { return BuildReport(SampleTasks(), SampleToday()); }

}  // namespace chidao::report::testing
