// QueryMatcher: the query matched in memory as the folded index would match it, for the few
// texts search shows (their snippets and matching tasks).
#include "query_matcher.h"

#include <string>
#include <vector>

#include "chidao/search_query.h"
#include "span_text.h"
#include "store_fixture.h"

namespace chidao {
namespace {

using store_internal::QueryMatcher;
using store_internal::SpanText;
using store_internal::TextMatches;

QueryMatcher MatcherFor(std::string_view text) {
  Result<SearchQuery> q = ParseSearchQuery(text);
  REQUIRE_OK(testing::StatusOf(q));
  return QueryMatcher(*q);
}

std::vector<std::vector<int>> Hits(const TextMatches& m) {
  std::vector<std::vector<int>> out;
  for (const auto& h : m.hits) out.push_back({h.token, h.phrase, h.size});
  return out;
}

TEST_CASE("QueryMatcher: finds words, phrases and prefixes where the folded index would") {
  QueryMatcher m = MatcherFor("tiem \"vac xin\" ph* -\"ha noi\"");
  REQUIRE(m.phrase_count() == 4);
  TextMatches found = m.Find("Tiêm vắc-xin (phòng COVID) tại Hà Nam; TIÊM nhắc lại.");
  CHECK(found.tokens.size() == 11);
  // Phrases in fold_match's order: tiem, "vac xin", ph*, then the excluded "ha noi".
  CHECK(Hits(found) == std::vector<std::vector<int>>{{0, 0, 1}, {8, 0, 1}, {1, 1, 2}, {3, 2, 1}});
  CHECK(found.matches);
  CHECK_FALSE(m.Find("Tiêm vắc-xin phòng bệnh tại Hà Nội").matches);  // excluded phrase
  CHECK_FALSE(m.Find("Tiêm xin vắc phòng bệnh").matches);             // words not side by side
  CHECK_FALSE(m.Find("").matches);
}

TEST_CASE("QueryMatcher: a phrase of more than 64 distinct words is matched too") {
  std::string words;
  for (int i = 0; i < 70; ++i) words += "từ" + std::to_string(i) + " ";
  QueryMatcher m = MatcherFor("\"" + words + "\" kết");
  TextMatches found = m.Find("Mở đầu. " + words + "Kết thúc.");
  CHECK(Hits(found) == std::vector<std::vector<int>>{{2, 0, 70}, {72, 1, 1}});
  CHECK(found.matches);
  std::string all_but_last = words.substr(0, words.rfind("từ69"));
  CHECK_FALSE(m.Find("Mở đầu. " + all_but_last + "Kết thúc.").matches);
}

TEST_CASE(
    "QueryMatcher: a span of a page has the page's tokens and matches, text as SpanText writes "
    "it") {
  QueryMatcher m = MatcherFor("dao tao can");
  std::string page = "  Kế hoạch\n\n đào   tạo cán bộ;\tĐào tạo lại  cán\r\nbộ y tế.  ";
  TextMatches found = m.Find(page);
  for (std::size_t start = 0; start <= page.size() + 2; ++start) {
    for (std::size_t end = start; end <= page.size() + 2; ++end) {
      auto span = m.Span(page, found, start, end);
      std::string text = SpanText(page, start, end);
      TextMatches direct = m.Find(text);
      if (!span) continue;  // an end falls inside a token: search tokenizes the text itself
      CAPTURE(start, end, text);
      CHECK(span->second.matches == direct.matches);
      CHECK(Hits(span->second) == Hits(direct));
      if (span->second.matches) {
        CHECK(span->first == text);
        CHECK(span->second.tokens == direct.tokens);
        CHECK(QueryMatcher::Snippet(span->first, span->second, m.phrase_count(), 8) ==
              QueryMatcher::Snippet(text, direct, m.phrase_count(), 8));
      }
    }
  }
}

}  // namespace
}  // namespace chidao
