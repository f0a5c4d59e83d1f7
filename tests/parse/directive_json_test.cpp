// The `parse --json` shape of issue 4: names fixed, nulls rather than empty strings.
#include "chidao/directive_json.h"
#include "chidao/parse.h"
#include "support/test_util.h"

TEST_CASE("DirectiveJson: prints exactly the documented shape") {
  chidao::Document doc = chidao::Document::FromText(
      "1. Sở Y tế chủ trì, phối hợp với Công an tỉnh báo cáo trước ngày 15/12/2021.\n", "kh.txt");
  nlohmann::json j = chidao::DirectiveToJson(doc, chidao::ParseDirective(doc));
  for (const char* key : {"file", "sha256", "source", "meta", "references", "tasks"})
    CHECK(j.contains(key));
  CHECK(j["file"] == "kh.txt");
  CHECK(j["source"]["kind"] == "text");
  CHECK(j["source"]["pages"] == 1);
  for (const char* key : {"code", "number", "type_code", "issuer_code", "type", "issuer", "place",
                          "date", "subject", "urgency", "signer", "signer_title", "addressees",
                          "recipients"})
    CHECK(j["meta"].contains(key));
  CHECK(j["meta"]["addressees"].is_array());
  REQUIRE(j["tasks"].size() == 1);
  const auto& t = j["tasks"][0];
  CHECK(t["id"] == 1);
  CHECK(t["section"] == "1");
  CHECK(t["lead"] == nlohmann::json::array({"Sở Y tế"}));
  CHECK(t["support"] == nlohmann::json::array({"Công an tỉnh"}));
  CHECK(t["deadline"]["kind"] == "date");
  CHECK(t["deadline"]["date"] == "2021-12-15");
  CHECK(t["deadline"]["every"].is_null());
  CHECK(t["deadline"]["time"].is_null());
  CHECK(t["span"]["page"] == 1);
  CHECK(t["span"]["end"].get<int>() > t["span"]["start"].get<int>());
}
