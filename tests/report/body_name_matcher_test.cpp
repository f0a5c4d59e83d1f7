#include "report/body_name_matcher.h"

#include "support/test_util.h"

using chidao::Result;
using namespace chidao::report;

namespace {

BodyNameMatcher Province() {
  return BodyNameMatcher({
      {"Sở Y tế", {"Giám đốc Sở Y tế"}},
      {"Sở Giáo dục và Đào tạo", {"Sở GD&ĐT"}},
      {"Sở Lao động - Thương binh và Xã hội", {}},
      {"UBND các huyện, thành phố", {"Ủy ban nhân dân các huyện, thành phố"}},
      {"UBND tỉnh Cao Bằng", {}},
      {"Công an tỉnh", {}},
      {"Đảng ủy Công an tỉnh", {}},
      {"Bộ Chỉ huy Quân sự tỉnh", {}},
  });
}

}  // namespace

TEST_CASE("BodyNameMatcher: 'so y te', 'Sở Y tế', 'SỞ Y TẾ' and 'y te' all find Sở Y tế") {
  const BodyNameMatcher matcher = Province();
  for (const char* name : {"so y te", "Sở Y tế", "SỞ Y TẾ", "y te", "  sở   y  tế ", "Sở Y tế.",
                           "Giám đốc Sở Y tế", "sơ y tê"}) {
    INFO(name);
    Result<std::string> body = matcher.Resolve(name);
    REQUIRE_OK(body.status());
    CHECK(*body == "Sở Y tế");
  }
}

TEST_CASE("BodyNameMatcher: ranks exact over word prefix over word substring") {
  const BodyNameMatcher matcher = Province();
  BodyMatch m = matcher.Match("so y te");
  CHECK(m.tier == MatchTier::kExact);
  m = matcher.Match("so giao duc");
  CHECK(m.tier == MatchTier::kWordPrefix);
  CHECK(m.candidates == std::vector<std::string>{"Sở Giáo dục và Đào tạo"});
  m = matcher.Match("thuong binh");
  CHECK(m.tier == MatchTier::kWordSubstring);
  CHECK(m.candidates == std::vector<std::string>{"Sở Lao động - Thương binh và Xã hội"});
  // "Công an tỉnh" is exact; "Đảng ủy Công an tỉnh" only contains it: a different body.
  m = matcher.Match("cong an tinh");
  CHECK(m.tier == MatchTier::kExact);
  CHECK(m.candidates == std::vector<std::string>{"Công an tỉnh"});
}

TEST_CASE("BodyNameMatcher: treats Ủy ban nhân dân and UBND as the same words") {
  const BodyNameMatcher matcher = Province();
  CHECK(*matcher.Resolve("uy ban nhan dan tinh cao bang") == "UBND tỉnh Cao Bằng");
  CHECK(*matcher.Resolve("ubnd cac huyen thanh pho") == "UBND các huyện, thành phố");
  CHECK(*matcher.Resolve("Uỷ ban nhân dân các huyện") == "UBND các huyện, thành phố");
}

TEST_CASE("BodyNameMatcher: finds words in any order, then any part of a word") {
  const BodyNameMatcher matcher = Province();
  BodyMatch m = matcher.Match("cao bang ubnd");
  CHECK(m.tier == MatchTier::kAllWords);
  CHECK(m.candidates == std::vector<std::string>{"UBND tỉnh Cao Bằng"});
  m = matcher.Match("quan s");
  CHECK(m.tier == MatchTier::kSubstring);
  CHECK(m.candidates == std::vector<std::string>{"Bộ Chỉ huy Quân sự tỉnh"});
}

TEST_CASE("BodyNameMatcher: a generic designation gives way to a named body of the same tier") {
  const BodyNameMatcher matcher({{"ngành Y tế", {}}, {"Sở Y tế", {}}, {"các sở, ban, ngành", {}}});
  CHECK(matcher.Match("y te").candidates == std::vector<std::string>{"Sở Y tế"});
  CHECK(matcher.Match("nganh y te").candidates == std::vector<std::string>{"ngành Y tế"});
  CHECK(matcher.Match("ban nganh").candidates == std::vector<std::string>{"các sở, ban, ngành"});
  const BodyNameMatcher only_generic({{"ngành Y tế", {}}, {"ngành Giáo dục", {}}});
  CHECK(only_generic.Match("nganh").ambiguous());
}

TEST_CASE("BodyNameMatcher: a field name is the department named after it, not one containing it") {
  const BodyNameMatcher matcher({{"Sở Y tế", {}}, {"Trung tâm Y tế huyện", {}},
                                 {"Cục Y tế dự phòng", {}}, {"Sở Tư pháp", {}}});
  BodyMatch m = matcher.Match("y te");
  CHECK(m.tier == MatchTier::kDesignation);
  CHECK(m.candidates == std::vector<std::string>{"Sở Y tế"});
  CHECK(*matcher.Resolve("tu phap") == "Sở Tư pháp");
  CHECK(*matcher.Resolve("y te huyen") == "Trung tâm Y tế huyện");
  CHECK(*matcher.Resolve("y te du phong") == "Cục Y tế dự phòng");
}

TEST_CASE("BodyNameMatcher: an ambiguous name returns every candidate of the best tier") {
  const BodyNameMatcher matcher({{"Sở Y tế", {}}, {"Bộ Y tế", {}}, {"Trung tâm Y tế huyện", {}},
                                 {"Trung tâm Kiểm soát bệnh tật", {}}});
  BodyMatch m = matcher.Match("y te");
  CHECK(m.tier == MatchTier::kDesignation);
  CHECK(m.ambiguous());
  CHECK(m.candidates == std::vector<std::string>{"Bộ Y tế", "Sở Y tế"});
  Result<std::string> body = matcher.Resolve("y te");
  REQUIRE_FALSE(body.ok());
  CHECK(body.status().code() == chidao::StatusCode::kInvalidArgument);
  CHECK(body.status().message().find("Bộ Y tế; Sở Y tế") != std::string::npos);
  m = matcher.Match("trung tam");
  CHECK(m.tier == MatchTier::kWordPrefix);
  CHECK(m.candidates ==
        std::vector<std::string>{"Trung tâm Y tế huyện", "Trung tâm Kiểm soát bệnh tật"});
  // Typing more resolves it.
  CHECK(*matcher.Resolve("so y te") == "Sở Y tế");
  CHECK(*matcher.Resolve("trung tam y te") == "Trung tâm Y tế huyện");
}

TEST_CASE("BodyNameMatcher: 'cong an' prefers the body it begins over the Party committee containing it") {
  const BodyNameMatcher matcher = Province();
  const BodyMatch m = matcher.Match("cong an");
  CHECK(m.tier == MatchTier::kWordPrefix);
  CHECK(m.candidates == std::vector<std::string>{"Công an tỉnh"});
  const BodyMatch party = matcher.Match("dang uy");
  CHECK(party.candidates == std::vector<std::string>{"Đảng ủy Công an tỉnh"});
}

TEST_CASE("BodyNameMatcher: a body listed twice is one candidate") {
  const BodyNameMatcher matcher({{"Sở Y tế", {}}, {"Sở Y tế", {"SYT"}}});
  const BodyMatch m = matcher.Match("y te");
  CHECK(m.candidates == std::vector<std::string>{"Sở Y tế"});
  CHECK(*matcher.Resolve("syt") == "Sở Y tế");
}

TEST_CASE("BodyNameMatcher: reports no match and empty names as errors") {
  const BodyNameMatcher matcher = Province();
  Result<std::string> none = matcher.Resolve("so tai chinh");
  REQUIRE_FALSE(none.ok());
  CHECK(none.status().code() == chidao::StatusCode::kNotFound);
  CHECK(none.status().message().find("so tai chinh") != std::string::npos);
  for (const char* empty : {"", "   ", "-,."}) {
    Result<std::string> r = matcher.Resolve(empty);
    CHECK(r.status().code() == chidao::StatusCode::kInvalidArgument);
  }
}

TEST_CASE("BodyNameMatcher: the key folds marks, case, đ and punctuation") {
  CHECK(BodyNameMatcher::Key("Sở Lao động – Thương binh và Xã hội") ==
        "so lao dong thuong binh va xa hoi");
  CHECK(BodyNameMatcher::Key("Hội đồng nhân dân tỉnh") == "hdnd tinh");
  CHECK(BodyNameMatcher::Key("Đài Phát thanh\u00A0- Truyền hình") == "dai phat thanh truyen hinh");
}
