#include "chidao/search_query.h"

#include <cstring>

#include "store_fixture.h"

namespace chidao {
namespace {

// What remains of an FTS5 expression once its quoted strings are removed: must be only the
// operators the sanitiser writes.
std::string OutsideStrings(const std::string& expr) {
  std::string out;
  bool in_string = false;
  for (std::size_t i = 0; i < expr.size(); ++i) {
    if (expr[i] == '"') {
      if (in_string && i + 1 < expr.size() && expr[i + 1] == '"') {
        ++i;  // doubled quote inside a string
        continue;
      }
      in_string = !in_string;
      out += in_string ? "S" : "";
      continue;
    }
    if (!in_string) out += expr[i];
  }
  return in_string ? "UNTERMINATED" : out;
}

SearchQuery Parse(std::string_view text) {
  Result<SearchQuery> q = ParseSearchQuery(text);
  REQUIRE_OK(testing::StatusOf(q));
  return *q;
}

TEST_CASE("SearchQuery: words are ANDed as quoted strings, diacritic words go to exact") {
  SearchQuery q = Parse("tiêm vắc-xin");
  CHECK(q.fold_match == "\"tiêm\" AND \"vắc-xin\"");
  CHECK(q.exact_match == "\"tiêm\" AND \"vắc\"");
  CHECK_FALSE(q.code);
}

TEST_CASE("SearchQuery: a query without diacritics has no exact expression") {
  SearchQuery q = Parse("dao tao can bo");
  CHECK(q.fold_match == "\"dao\" AND \"tao\" AND \"can\" AND \"bo\"");
  CHECK(q.exact_match.empty());
}

TEST_CASE("SearchQuery: phrases, curly quotes, prefixes and exclusions") {
  CHECK(Parse("\"đào tạo\" cán*").fold_match == "\"đào tạo\" AND \"cán\" *");
  CHECK(Parse("“phòng chống dịch”").fold_match == "\"phòng chống dịch\"");
  CHECK(Parse("covid -\"hà nội\"").fold_match == "(\"covid\") NOT \"hà nội\"");
  CHECK(Parse("\"unclosed phrase").fold_match == "\"unclosed phrase\"");
}

TEST_CASE("SearchQuery: FTS5 syntax typed by a user is only text") {
  for (const char* hostile :
       {"NEAR(a b)", "text:x", "^start", "a*b", "a AND OR NOT b", "(((dịch", "dịch)))",
        "a\"b\"c", "col : value", "x -", "- x", "*tiem", "{a b}", "a + b",
        "'; DROP TABLE documents; --", "a\x01\x02" "b"}) {
    INFO(hostile);
    Result<SearchQuery> q = ParseSearchQuery(hostile);
    REQUIRE_OK(testing::StatusOf(q));
    // Every term is one quoted string: no bare FTS5 operator survives.
    std::string rest = OutsideStrings(q->fold_match);
    for (const char* op : {" AND ", " NOT ", "(", ")", " *"}) {
      for (std::size_t at; (at = rest.find(op)) != std::string::npos;) rest.erase(at, std::strlen(op));
    }
    CHECK(rest.find_first_not_of('S') == std::string::npos);
    CHECK(OutsideStrings(q->exact_match).find_first_not_of("S AND") == std::string::npos);
  }
}

TEST_CASE("SearchQuery: empty, punctuation-only, exclusion-only and huge queries are refused") {
  for (const char* nothing : {"", "   ", "***", "\"\"", "()", ":-^", "NEAR"}) {
    INFO(nothing);
    Result<SearchQuery> q = ParseSearchQuery(nothing);
    if (std::string_view(nothing) == "NEAR") {
      CHECK(q.ok());  // a word like any other
      continue;
    }
    CHECK(q.status().code() == StatusCode::kInvalidArgument);
    CHECK_FALSE(q.status().message().empty());
  }
  CHECK(ParseSearchQuery("-covid").status().code() == StatusCode::kInvalidArgument);
  std::string many;
  for (int i = 0; i < 40; ++i) many += "w" + std::to_string(i) + " ";
  CHECK(ParseSearchQuery(many).status().code() == StatusCode::kInvalidArgument);
  CHECK(ParseSearchQuery(std::string(5000, 'a')).status().code() ==
        StatusCode::kInvalidArgument);
}

TEST_CASE("SearchQuery: số ký hiệu in every form are recognised, dates are not") {
  CHECK(AsDocumentCode("91-CV/TU") == "91-CV/TU");
  CHECK(AsDocumentCode("128/NQ-CP") == "128/NQ-CP");
  CHECK(AsDocumentCode("30/2020/NĐ-CP") == "30/2020/NĐ-CP");
  CHECK(AsDocumentCode("6325/UBND-KGVX") == "6325/UBND-KGVX");
  CHECK(AsDocumentCode("Số: 3279 / KH-UBND") == "3279/KH-UBND");
  CHECK(AsDocumentCode("so 05-NQ/TU") == "05-NQ/TU");
  CHECK_FALSE(AsDocumentCode("11/10/2021"));
  CHECK_FALSE(AsDocumentCode("COVID-19"));
  CHECK_FALSE(AsDocumentCode("tiêm vắc xin"));
  CHECK(Parse("91-CV/TU").code == "91-CV/TU");
}

TEST_CASE("SearchQuery: code keys ignore case and spaces but keep QĐ, QyĐ, HD and HĐ apart") {
  CHECK(DocumentCodeKey("128/nq-cp") == DocumentCodeKey("128/NQ-CP"));
  CHECK(DocumentCodeKey("12/QĐ-UBND") != DocumentCodeKey("12/QyĐ-UBND"));
  CHECK(DocumentCodeKey("12/HD-UBND") != DocumentCodeKey("12/HĐ-UBND"));
  CHECK(DocumentCodeFoldKey("91-CV/ĐU") == DocumentCodeFoldKey("91-CV/DU"));
}

}  // namespace
}  // namespace chidao
