// The gold scorer: parses every document that has a gold file in tests/gold/ (through extract,
// as `chidao parse` does, so text files are normalised first) and prints task, body and
// deadline precision / recall / F1 and per-field metadata accuracy, for the tune and holdout
// splits separately. The thresholds below apply to the tune split and sit a little under what
// the parser reaches; raise them as it improves. Holdout figures are printed, never tuned on.
// Set CHIDAO_GOLD_VERBOSE=1 to print each tune document's mismatches.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "chidao/directive_json.h"
#include "chidao/extract.h"
#include "chidao/parse.h"
#include "gold_score.h"
#include "support/test_util.h"

namespace {

using chidao::testing::Counts;
using chidao::testing::DocScore;

// Tune-split thresholds, a little under what the parser reaches (measured when set: tasks 0.99,
// bodies 0.99 (P 0.988 R 0.991), deadlines 0.99 on the 21 tune documents). Bodies had fallen to
// 0.947 when the old holdout (012, 014, 019, 021) joined the tune set; the rules their failures
// showed (investors and named kinds of body as collectives, a role or "là cơ quan ..." between
// subject and verb, "Đối với X, ... yêu cầu", the document speaking, "Phát huy vai trò của X",
// offices serving two councils) brought it back.
// 050-055 (written blind; first measured as holdout: tasks .87, bodies .69) joined the tune
// set on 2026-11-23 and took it to tasks .97, bodies .94; the rules their failures showed
// (layout task tables, OCR-joined header columns, names holding provinces, companies,
// fields and places) brought the 33 tune documents to tasks .99, bodies .99 (P .985 R .986),
// deadlines .99.
// 060-065 (written blind; first measured as holdout: tasks .97, bodies .87, deadlines .98,
// metadata 89%) joined the tune set next, taking its bodies to .974; the rules their failures
// showed (fields listed inside a name, places that open like bodies, committees of named
// provinces without a colon, the pointer to an appendix, a site menu's "Xã hội") brought the 39
// tune documents to tasks .99, bodies .99 (P .988 R .989), deadlines .99, metadata 99.6%.
// 070-075 (written blind; first measured as holdout: tasks .94, bodies .84, deadlines .87,
// metadata 80/84 = 95.2%) joined the tune set next, taking its bodies to .971 (P .969 R .973);
// the rules their failures showed (OCR'd Party Thông báo header and signature, aliases of
// provincial departments, directed partners, scope sections, split tab rows, yearly due days)
// brought the 45 tune documents to tasks .99, bodies .99 (P .989 R .990), deadlines .99,
// metadata 627/630.
// 080-085 (written blind after those rules; first measured as holdout: tasks .98 (74/2/1),
// bodies .86 (P .87 R .86, 103/16/17), deadlines .98 (58/2/0), metadata 82/84 = 97.6%) joined
// the tune set next, taking its bodies to .977 (1231/28/28); the rules their failures showed
// ('đặc khu' and capitalised levels, '<br>' in table cells, health-body collectives and their
// scope, 'Phong' places, the 2025 Party organs and cells, pass-down orders with 'được', the
// portal's province, background 'Trước đó', bare 'lực lượng') brought the 51 tune documents to
// tasks .995 (720/4/3), bodies .990 (P .990 R .991, 1248/13/11), deadlines .992 (438/4/3),
// metadata 712/714, and the body floor back to .98.
// 090-095 (written blind after 080-085 had been tuned on; first measured as holdout: tasks .97
// (79/5/0), bodies .94 (136/9/9), deadlines .92 (49/3/5), metadata 81/84 = 96.4%) joined the
// tune set next, on 2026-11-23, with the tune set then at tasks .993 (799/9/3), bodies .986
// (1386/20/18), deadlines .986 (488/7/7), metadata 793/798; the rules their failures showed
// (short names defined in the text, 'kể từ' a case's own event, the day within a recurrence,
// the 2025 Front-and-mass-organisations Party committee, OCR'd 'phường' and '2O26', 'Đội',
// a dash inside a parenthesis cut by a line break, a Party header printed right column first,
// an approval article's summary, a column-number row and year-range cells, a broadcaster's
// masthead, a Thông báo kết luận's subject), with mends for 034's trade cell, 035's
// reproduced header, a remark after a subject and the patrol force, brought the 57 tune
// documents to tasks .996 (799/4/3), bodies .994 (P .993 R .994, 1396/10/8), deadlines .994
// (493/4/2), metadata 798/798.
// 100-105 (written blind after 090-095, measured once with the same parser, not looked into):
// tasks .97 (84/6/0), bodies .92 (159/13/14), deadlines .97 (61/3/1), metadata 81/84 = 96.4%.
// 110-115 (written blind after 100-105 had been measured; measured once before the tuning on
// 090-095, not looked into): tasks .98 (80/2/2), bodies .83 (114/23/24), deadlines .93 (51/5/3),
// metadata 83/84. At the end of that session (090-095 tuned on, review mends, and rules for
// central bodies, 'Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ ...', written from the
// conventions after the hazard list of 110 had been read, so 110 is no longer blind to them):
// 110-115 bodies .90 (121/11/17), deadlines .94 (52/5/2); 100-105 bodies .93 (160/12/13),
// deadlines .98 (61/1/1); tasks and metadata unchanged. Summary lines only, failures unread.
// 120-125 (written blind, weighted to central-government and ministry forms; measured once at
// the end of that session, not looked into): tasks .97 (75/3/1), bodies .76 (P .84 R .69,
// 100/19/44), deadlines 1.00 (41/0/0), metadata 82/84.
// Floors raised to .98 each after 090-095 were tuned on (a rotation that moves a blind set into
// the tune split may lower them until its failures are mended; say so when it does).
constexpr double kTaskF1 = 0.98;
constexpr double kBodyF1 = 0.98;
constexpr double kDeadlineF1 = 0.98;

std::string Prf(const Counts& c) {
  char buf[96];
  std::snprintf(buf, sizeof buf, "P %.2f R %.2f F1 %.2f (tp %d fp %d fn %d)", c.Precision(),
                c.Recall(), c.F1(), c.tp, c.fp, c.fn);
  return buf;
}

void Print(const std::string& name, const DocScore& s) {
  std::cout << name << "\n  tasks     " << Prf(s.tasks) << "\n  bodies    " << Prf(s.bodies)
            << "\n  deadlines " << Prf(s.deadlines) << "\n  meta     ";
  for (const auto& [field, v] : s.meta) std::cout << " " << field << " " << v.first << "/" << v.second;
  std::cout << "\n";
}

chidao::Document Load(const std::string& path) {
  chidao::ExtractOptions options;
  options.ocr = chidao::OcrMode::kNever;
  chidao::Result<chidao::Document> doc = chidao::ExtractFile(path, options);
  if (doc.ok()) return std::move(doc).value();
  return chidao::Document::FromText(chidao::testing::ReadFile(path), path);
}

}  // namespace

TEST_CASE("GoldScorer: parsed directives match the hand-written gold annotations", "[gold]") {
  namespace fs = std::filesystem;
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(chidao::testing::SourcePath("tests/gold")))
    if (e.path().extension() == ".json") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  REQUIRE(!files.empty());
  bool verbose = std::getenv("CHIDAO_GOLD_VERBOSE") != nullptr;
  DocScore tune, holdout, tune_raw, holdout_raw;
  for (const fs::path& file : files) {
    nlohmann::json gold = nlohmann::json::parse(chidao::testing::ReadFile(file.string()));
    std::string document = chidao::testing::SourcePath(gold["document"].get<std::string>());
    bool is_holdout = gold.value("split", "tune") == "holdout";
    chidao::Document doc = Load(document);
    chidao::Directive directive = chidao::ParseDirective(doc);
    DocScore s = chidao::testing::Score(chidao::DirectiveToJson(doc, directive), gold);
    chidao::Document raw = chidao::Document::FromText(chidao::testing::ReadFile(document), document);
    DocScore r = chidao::testing::Score(chidao::DirectiveToJson(raw, chidao::ParseDirective(raw)), gold);
    (is_holdout ? holdout : tune) += s;
    (is_holdout ? holdout_raw : tune_raw) += r;
    Print((is_holdout ? "[holdout] " : "[tune] ") + file.filename().string(), s);
    if (verbose && !is_holdout)
      for (const std::string& note : s.notes) std::cout << "    - " << note << "\n";
  }
  Print("== TUNE (extract + parse)", tune);
  Print("== HOLDOUT (extract + parse)", holdout);
  Print("== tune, raw text to ParseDirectiveText", tune_raw);
  Print("== holdout, raw text to ParseDirectiveText", holdout_raw);
  CHECK(tune.tasks.F1() >= kTaskF1);
  CHECK(tune.bodies.F1() >= kBodyF1);
  CHECK(tune.deadlines.F1() >= kDeadlineF1);
}
