// What Store::Search takes and returns.
//
// The query language (see search_query.h): words are ANDed; "a phrase" in double quotes;
// a trailing * makes a word a prefix ("tiem*"); -word excludes. Matching ignores case,
// diacritics and đ ("dao tao" finds "đào tạo"), and tone placement ("hoà" = "hòa"); when the
// query carries diacritics, documents that contain the words exactly as typed rank first
// ("thể" before "thế"). A query that is a số ký hiệu ("91-CV/TU") finds the document with
// that code, and separately the documents citing it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "chidao/directive.h"

namespace chidao {

struct SearchFilters {
  std::string body;             // only documents assigning a task to this body (name or alias)
  std::string type;             // document type, e.g. "Kế hoạch" or "ke hoach" or "KH"
  std::optional<Date> since;    // date of issue on or after
  std::optional<Date> until;    // date of issue on or before
  int limit = 20;               // documents returned, 1..1000
};

// A piece of text with the matched words marked: byte ranges into `text`.
struct Snippet {
  std::string text;
  std::vector<std::pair<std::size_t, std::size_t>> marks;  // [begin, end) of each match
  int page = 0;  // page of the document the text comes from; 0 for task text
};

// A task of a hit document whose text matches the query.
struct TaskHit {
  std::int64_t task_id = 0;
  std::string section;
  Snippet text;
  std::vector<std::string> lead;     // canonical body names
  std::vector<std::string> support;
};

enum class MatchKind {
  kCode,      // the query is this document's số ký hiệu
  kCitation,  // this document cites the code the query names
  kText,      // full-text match
};
const char* ToString(MatchKind kind);  // "code", "citation", "text"

struct SearchHit {
  MatchKind match = MatchKind::kText;
  std::int64_t document_id = 0;
  std::string code;        // số ký hiệu, may be empty
  std::string type;        // "Kế hoạch"
  std::string issuer;
  std::optional<Date> date;
  std::string subject;
  std::string file_name;
  bool exact = false;      // every word typed with diacritics occurs as typed
  double score = 0;        // bm25, lower is better (FTS5's convention); 0 for code matches
  Snippet snippet;         // best passage; empty for code matches
  std::vector<TaskHit> tasks;  // at most 3 matching tasks
};

struct SearchResults {
  std::vector<SearchHit> hits;
  std::size_t total_matches = 0;  // documents matching before the limit
  bool code_query = false;        // the query was read as a số ký hiệu
};

}  // namespace chidao
