#include "report/checklist_render.h"

#include <cstdio>
#include <filesystem>
#include <random>

#include <unistd.h>

#include <nlohmann/json.hpp>

#include "chidao/vn_text.h"
#include "html_check.h"
#include "report/text_escape.h"
#include "sample_model.h"
#include "support/test_util.h"

using chidao::Result;
using namespace chidao::report;
using namespace chidao::report::testing;

namespace {

using Record = std::vector<std::string>;

// A strict RFC 4180 reader: quoted fields, doubled quotes, CR LF record ends.
std::vector<Record> ReadCsv(const std::string& text) {
  std::vector<Record> records;
  Record record;
  std::string field;
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field.push_back('"');
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field.push_back(c);
      }
    } else if (c == '"' && field.empty()) {
      quoted = true;
    } else if (c == ',') {
      record.push_back(std::move(field));
      field.clear();
    } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      record.push_back(std::move(field));
      field.clear();
      records.push_back(std::move(record));
      record.clear();
      ++i;
    } else {
      REQUIRE(c != '"');   // a quote inside an unquoted field breaks RFC 4180
      REQUIRE(c != '\n');  // a bare LF outside quotes too
      field.push_back(c);
    }
  }
  REQUIRE_FALSE(quoted);
  REQUIRE(field.empty());
  REQUIRE(record.empty());  // the last record ends with CR LF
  return records;
}

std::size_t Count(const std::string& hay, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t pos = hay.find(needle); pos != std::string::npos; pos = hay.find(needle, pos + 1)) ++n;
  return n;
}

std::string HostileText() {
  for (const TaskRecord& t : SampleTasks()) {
    if (t.task_id == 3) return t.text;
  }
  return "";
}

}  // namespace

TEST_CASE("ChecklistMarkdown: prints a heading per directive and escapes hostile text") {
  const std::string md = RenderChecklistMarkdown(SampleChecklist());
  CHECK(md.rfind("# DANH SÁCH KIỂM TRA NHIỆM VỤ\n", 0) == 0);
  CHECK(md.find("**Cơ quan:** Sở Y tế") != std::string::npos);
  CHECK(md.find("## II. Kế hoạch số 3279/KH-UBND ngày 26/11/2021 của UBND tỉnh Cao Bằng") !=
        std::string::npos);
  CHECK(md.find("| STT | Nhiệm vụ | Vai trò | Hạn | Trạng thái | Ghi chú | Nguồn |") !=
        std::string::npos);
  CHECK(md.find("☑ Hoàn thành") != std::string::npos);
  CHECK(md.find("☐ Vướng mắc") != std::string::npos);
  CHECK(md.find("<script") == std::string::npos);
  CHECK(md.find("<img") == std::string::npos);
  CHECK(md.find("<b>") == std::string::npos);
  CHECK(md.find("&lt;script&gt;") != std::string::npos);
  CHECK(md.find('\x01') == std::string::npos);
  // Every table row has exactly 8 unescaped pipes: the hostile text cannot add a column.
  std::size_t start = 0;
  while (start < md.size()) {
    std::size_t end = md.find('\n', start);
    if (end == std::string::npos) end = md.size();
    const std::string line = md.substr(start, end - start);
    if (!line.empty() && line[0] == '|') {
      int pipes = 0;
      for (std::size_t i = 0; i < line.size(); ++i) {
        if (line[i] == '|' && (i == 0 || line[i - 1] != '\\')) ++pipes;
      }
      INFO(line);
      CHECK(pipes == 8);
    }
    start = end + 1;
  }
}

TEST_CASE("ChecklistCsv: starts with a BOM and parses back field for field") {
  const Checklist checklist = SampleChecklist();
  const std::string csv = RenderChecklistCsv(checklist);
  REQUIRE(csv.rfind("\xEF\xBB\xBF", 0) == 0);
  const std::vector<Record> records = ReadCsv(csv.substr(3));
  REQUIRE(records.size() == 1 + checklist.TaskCount());
  CHECK(records[0][0] == "Cơ quan");
  CHECK(records[0][5] == "Nhiệm vụ");
  for (const Record& r : records) {
    REQUIRE(r.size() == 13);
    for (const std::string& field : r) {
      INFO(field);
      CHECK_FALSE(LooksLikeFormula(field));  // every formula-looking cell is guarded
    }
  }
  // Task 3 (hostile) is in the second directive, third row: its text survives verbatim,
  // with newlines as CR LF inside the quoted field and control bytes removed.
  std::string expected = CleanText(HostileText());
  std::string with_crlf;
  for (char c : expected) with_crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  bool found = false;
  for (const Record& r : records) {
    if (r[12] == "3") {
      found = true;
      CHECK(r[5] == with_crlf);
      CHECK(r[10] == "'=HYPERLINK(\"http://x\",\"bấm\") thiếu kinh phí");
      CHECK(r[8] == "quá hạn");
      CHECK(r[9] == "Vướng mắc");
      CHECK(r[11] == "3279/KH-UBND, tr. 4");
    }
    if (r[12] == "4") CHECK(r[5] == "'-2+3 trường học tổ chức dạy học trực tiếp, báo cáo kết quả");
    if (r[12] == "6") CHECK(r[3] == "'@SUM(A1) <b>tăng cường</b> phòng, chống dịch");
  }
  CHECK(found);
}

TEST_CASE("ChecklistHtml: is one self-contained A4 page with escaped text") {
  const std::string html = RenderChecklistHtml(SampleChecklist());
  CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(html.find("<html lang=\"vi\">") != std::string::npos);
  CHECK(html.find("@page { size: A4;") != std::string::npos);
  CHECK(html.find("break-before: page") != std::string::npos);
  CHECK(html.find("<h1>DANH SÁCH KIỂM TRA NHIỆM VỤ</h1>") != std::string::npos);
  CHECK(html.find("Cơ quan: <strong>Sở Y tế</strong>") != std::string::npos);
  CHECK(html.find("Ngày lập: 05/03/2024") != std::string::npos);
  CHECK(Count(html, "<section class=\"directive\">") == 3);
  CHECK(Count(html, "<tr><td class=\"num\">") == 10);
  CHECK(html.find("☑") != std::string::npos);
  CHECK(html.find("☐") != std::string::npos);
  CHECK(html.find("&lt;script&gt;console.error(&quot;INJECTED&quot;)&lt;/script&gt;") !=
        std::string::npos);
  CHECK(ForeignMarkup(html) == "");
}

TEST_CASE("ChecklistHtml: says so when a department has no task") {
  const std::string html = RenderChecklistHtml(BuildChecklist("Sở Tài chính", SampleTasks(), SampleToday()));
  CHECK(html.find("Không có nhiệm vụ nào.") != std::string::npos);
  CHECK(ForeignMarkup(html) == "");
}

TEST_CASE("ChecklistJson: parses back with keys for scripts and labels for people") {
  const std::string text = RenderChecklistJson(SampleChecklist());
  const nlohmann::json j = nlohmann::json::parse(text);
  CHECK(j["body"] == "Sở Y tế");
  CHECK(j["today"] == "2024-03-05");
  CHECK(j["task_count"] == 10);
  REQUIRE(j["groups"].size() == 3);
  const nlohmann::json& plan = j["groups"][1];
  CHECK(plan["directive"]["code"] == "3279/KH-UBND");
  CHECK(plan["directive"]["date"] == "2021-11-26");
  const nlohmann::json& hostile = plan["tasks"][2];
  CHECK(hostile["task_id"] == 3);
  CHECK(hostile["status"] == "blocked");
  CHECK(hostile["status_label"] == "Vướng mắc");
  CHECK(hostile["state"] == "overdue");
  CHECK(hostile["role"] == "lead");
  CHECK(hostile["due"]["date"] == "2024-03-01");
  CHECK(hostile["source"]["label"] == "3279/KH-UBND, tr. 4");
  // JSON carries the text as data; the invalid byte became U+FFFD instead of an exception.
  CHECK(hostile["text"].get<std::string>().find("<script>") != std::string::npos);
  CHECK(hostile["text"].get<std::string>().find("\xEF\xBF\xBD") != std::string::npos);
  const nlohmann::json& daily = j["groups"][0]["tasks"][0];
  CHECK(daily["deadline"]["every"] == "day");
  CHECK(daily["due"]["time"] == "20:00");
  CHECK(daily["due"]["recurring"] == true);
  const nlohmann::json& ongoing = j["groups"][0]["tasks"][1];
  CHECK(ongoing["corrected"] == nlohmann::json::array({"deadline"}));
}

TEST_CASE("ChecklistXlsx: writes a workbook, and reports an unwritable path as a Status") {
  const std::filesystem::path dir = std::filesystem::temp_directory_path() /
                                    ("chidao-report-test-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const std::string path = (dir / "checklist.xlsx").string();
  REQUIRE_OK(WriteChecklistXlsx(SampleChecklist(), path));
  const std::string bytes = chidao::testing::ReadFile(path);
  CHECK(bytes.size() > 4000);
  CHECK(bytes.rfind("PK", 0) == 0);
  std::filesystem::remove_all(dir);

  const chidao::Status bad = WriteChecklistXlsx(SampleChecklist(), "/nonexistent-dir/x.xlsx");
  CHECK(bad.code() == chidao::StatusCode::kIoError);
  CHECK(bad.path() == "/nonexistent-dir/x.xlsx");
}

TEST_CASE("ParseChecklistFormat: knows md, csv, html, xlsx and json") {
  CHECK(*ParseChecklistFormat("md") == ChecklistFormat::kMarkdown);
  CHECK(*ParseChecklistFormat("CSV") == ChecklistFormat::kCsv);
  CHECK(*ParseChecklistFormat("html") == ChecklistFormat::kHtml);
  CHECK(*ParseChecklistFormat("xlsx") == ChecklistFormat::kXlsx);
  CHECK(*ParseChecklistFormat("json") == ChecklistFormat::kJson);
  CHECK_FALSE(ParseChecklistFormat("pdf").ok());
}

TEST_CASE("ForeignMarkup: the HTML check itself catches scripts, handlers and links") {
  CHECK(ForeignMarkup("<p>ok</p><span class=\"x\">ok</span>") == "");
  CHECK(ForeignMarkup("<p>a</p><script>alert(1)</script>") != "");
  CHECK(ForeignMarkup("<span onclick=\"x()\">a</span>") != "");
  CHECK(ForeignMarkup("<div style=\"background:url(http://x)\"></div>") != "");
  CHECK(ForeignMarkup("<span SRC = x>a</span>") != "");
  CHECK(ForeignMarkup("<p>&lt;script&gt;</p>") == "");
}

TEST_CASE("Renderers: random hostile text in every field never breaks a format") {
  // Pieces that matter to some format, plus broken UTF-8 and control bytes.
  static const char* const kPieces[] = {"<", ">", "&", "\"", "'", ",", "\n", "\r", "\r\n", "|",
                                        "=", "+", "-", "@", "\t", "\\", "*", "_", "`", "[",
                                        "#", "ế", "Đ", "\xC3", "\x80", "\x01", "\x7f", "a",
                                        " ", "<script>", "]]>", "-->", "&amp;", "\xEF\xBB\xBF"};
  std::mt19937 rng(20240305);
  const auto random_text = [&] {
    std::string s;
    const int n = static_cast<int>(rng() % 12);
    for (int i = 0; i < n; ++i) s += kPieces[rng() % (sizeof kPieces / sizeof *kPieces)];
    return s;
  };
  for (int round = 0; round < 150; ++round) {
    std::vector<TaskRecord> tasks = SampleTasks();
    for (TaskRecord& t : tasks) {
      t.text = random_text();
      t.directive.code = random_text();
      t.directive.subject = random_text();
      t.directive.issuer = random_text();
      t.directive.file_name = random_text();
      for (StatusEntry& e : t.history) e.note = random_text();
    }
    const std::string body = std::string(kHealth) + random_text();
    for (TaskRecord& t : tasks) {
      for (std::string& l : t.lead) if (l == kHealth) l = body;
      for (std::string& s : t.support) if (s == kHealth) s = body;
    }
    const Checklist c = BuildChecklist(body, tasks, SampleToday());
    REQUIRE(c.TaskCount() == 10);
    const std::string html = RenderChecklistHtml(c);
    INFO("round " << round);
    REQUIRE(ForeignMarkup(html) == "");
    const std::string csv = RenderChecklistCsv(c);
    const std::vector<Record> records = ReadCsv(csv.substr(3));
    REQUIRE(records.size() == 11);
    for (const Record& r : records) {
      REQUIRE(r.size() == 13);
      for (std::string f : r) {
        // What the spreadsheet sees: a CR LF inside a quoted field is one line break.
        for (std::size_t p = f.find("\r\n"); p != std::string::npos; p = f.find("\r\n", p)) f.erase(p, 1);
        INFO("field [" << f << "]");
        REQUIRE_FALSE(LooksLikeFormula(f));
      }
    }
    REQUIRE_NOTHROW(nlohmann::json::parse(RenderChecklistJson(c)));
    const std::string md = RenderChecklistMarkdown(c);
    REQUIRE(md.find("<script") == std::string::npos);
    REQUIRE(chidao::IsValidUtf8(html));
    REQUIRE(chidao::IsValidUtf8(csv));
    REQUIRE(chidao::IsValidUtf8(md));
    if (round % 50 == 0) {
      const std::string path = (std::filesystem::temp_directory_path() /
                                ("chidao-random-" + std::to_string(::getpid()) + ".xlsx")).string();
      REQUIRE_OK(WriteChecklistXlsx(c, path));
      std::filesystem::remove(path);
    }
  }
}
