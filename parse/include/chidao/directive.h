// Directive: what `parse` recovers from a Document — metadata, cited documents, the section
// tree and the tasks (who must do what, by when). It is what `store` saves and what
// `parse --json` prints (see ToJson in directive_json.h for the exact field names).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "chidao/document.h"

namespace chidao {

// A calendar date (proleptic Gregorian). Vietnamese documents write day-first.
struct Date {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31
  std::string Iso() const;  // "2021-11-26"
  static std::optional<Date> FromIso(std::string_view iso);
  friend bool operator==(const Date&, const Date&) = default;
  friend auto operator<=>(const Date&, const Date&) = default;
};

// Số ký hiệu split into its parts. State: "3279/KH-UBND" (number 3279, type KH, issuer UBND),
// công văn "6325/UBND-KGVX" (no type, issuer UBND-KGVX), normative "30/2020/NĐ-CP" (year 2020).
// Party: "91-CV/TU" (number 91, type CV, issuer TU).
struct DocumentCode {
  std::string text;          // canonical spelling, no spaces: "3279/KH-UBND"
  std::string number;        // "3279"
  std::string type_code;     // "KH"; empty for a công văn
  std::string issuer_code;   // "UBND", "UBND-KGVX", "TU"
  std::optional<int> year;   // normative documents: "30/2020/NĐ-CP" → 2020
  bool party = false;        // number-TYPE/ISSUER form
};

enum class Urgency { kNone, kKhan, kThuongKhan, kHoaToc };
const char* ToString(Urgency u);  // "", "Khẩn", "Thượng khẩn", "Hỏa tốc"

struct Metadata {
  std::optional<DocumentCode> code;
  std::optional<std::string> type;          // "Kế hoạch", "Công văn", ...
  std::optional<std::string> issuer;        // canonical body: "UBND tỉnh Cao Bằng"
  std::optional<std::string> place;         // "Cao Bằng"
  std::optional<Date> date;                 // date of issue
  std::optional<std::string> subject;       // trích yếu, without "V/v"
  Urgency urgency = Urgency::kNone;
  std::optional<std::string> signer;        // "Lê Hải Hòa"
  std::optional<std::string> signer_title;  // "KT. Chủ tịch - Phó Chủ tịch"
  std::vector<std::string> addressees;      // Kính gửi
  std::vector<std::string> recipients;      // Nơi nhận, without "Như trên" and "Lưu"
};

// A document cited in the text: "Nghị quyết số 128/NQ-CP ngày 11/10/2021 của Chính phủ".
struct Reference {
  DocumentCode code;
  std::optional<std::string> type;    // "Nghị quyết"
  std::optional<Date> date;
  std::optional<std::string> issuer;  // "Chính phủ"
};

// A body (cơ quan, đơn vị) as a task names it: its canonical name, and the spelling found.
struct BodyRef {
  std::string name;   // canonical: "UBND các huyện, thành phố", "Sở Y tế"
  std::string alias;  // as written: "Ủy ban nhân dân các huyện, thành phố", "Giám đốc Sở Y tế"
};

enum class DeadlineKind { kDate, kPeriod, kStart, kRecurring, kOngoing, kAsap };
const char* ToString(DeadlineKind kind);  // "date", "period", "start", "recurring", "ongoing", "asap"

enum class Recurrence { kNone, kDay, kWeek, kMonth, kQuarter, kHalfYear, kYear };
const char* ToString(Recurrence r);  // "", "day", "week", "month", "quarter", "half-year", "year"

struct Deadline {
  DeadlineKind kind = DeadlineKind::kDate;
  std::optional<Date> date;            // date/period: due date; start: first day
  Recurrence every = Recurrence::kNone;
  std::optional<std::string> time;     // "20:00"
  std::optional<int> day_of_period;    // "trước ngày 25 hằng tháng" → 25; thứ Sáu → 5 (Mon=1)
  std::string text;                    // the phrase as written: "Hằng ngày, chậm nhất trước 20h00"
};

// Where a task's text sits in the document.
struct Span {
  int page = 1;
  std::size_t start = 0;  // byte offsets within that page's text
  std::size_t end = 0;
};

struct Task {
  int id = 0;                 // 1-based, in document order
  std::string section;        // "III.1", "Điều 2.1.a", "" when unnumbered
  std::string text;           // the measure, whitespace-normalised
  std::vector<BodyRef> lead;
  std::vector<BodyRef> support;
  std::optional<Deadline> deadline;
  Span span;
};

// A node of the section tree: "II. NHIỆM VỤ", "1. Sở Y tế", "a) ...".
struct Section {
  std::string path;    // "III.1"
  std::string label;   // "1."
  std::string title;   // "Sở Y tế" (heading text, may be empty)
  int level = 0;
  Span span;
};

struct Directive {
  Metadata meta;
  std::vector<Reference> references;
  std::vector<Section> sections;
  std::vector<Task> tasks;
  std::vector<Diagnostic> diagnostics;
};

}  // namespace chidao
