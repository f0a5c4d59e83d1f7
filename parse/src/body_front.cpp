// The Fatherland Front, with examples: "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Ủy ban MTTQ
// tỉnh", "UBMTTQVN tỉnh" (all the committee), "Ủy ban Trung ương MTTQ Việt Nam", "Mặt trận Tổ
// quốc các cấp", "MTTQ huyện".
#include "body_rules.h"

#include "body_gazetteer.h"
#include "body_name.h"
#include "directive_lexicon.h"
#include "text_case.h"

namespace chidao::parse_internal::body_rules {

std::optional<Core> Front(const Words& w, std::size_t k) {
  std::size_t j = 0;
  // "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam": the national committee.
  if (Seq(w, k, "uy ban trung uong mat tran to quoc") || Seq(w, k, "uy ban trung uong mttq")) {
    j = k + (w[k + 4].fold == "mttq" ? 5 : 8);
    Core c;
    c.canonical = "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam";
    if (Seq(w, j, "viet nam")) j += 2;
    c.end = j;
    return c;
  }
  if (Seq(w, k, "uy ban mat tran to quoc")) j = k + 6;
  else if (Seq(w, k, "uy ban mttq")) j = k + 3;
  else if (Is(w, k, "ubmttq") || Is(w, k, "ubmttqvn")) j = k + 1;
  else if (Seq(w, k, "mat tran to quoc")) j = k + 4;
  else if (Is(w, k, "mttq")) j = k + 1;
  else return std::nullopt;
  Core c;
  bool committee = w[k].fold == "uy" || w[k].fold == "ubmttq" || w[k].fold == "ubmttqvn";
  c.canonical = committee ? "Ủy ban Mặt trận Tổ quốc" : "Mặt trận Tổ quốc";
  if (Seq(w, j, "viet nam")) j += 2, c.canonical += " Việt Nam";
  else if (Is(w, k, "ubmttqvn")) c.canonical += " Việt Nam";
  c.end = ScanLevelPlace(w, j, &c.canonical);
  return c;
}

}  // namespace chidao::parse_internal::body_rules
