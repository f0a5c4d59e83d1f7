// The armed forces and the police, with examples: "Bộ Chỉ huy Quân sự tỉnh" (also "Bộ CHQS
// tỉnh", "BCH Quân sự tỉnh"), "Ban Chỉ huy Quân sự huyện" (a district has a Ban, not a Bộ),
// "Bộ Chỉ huy Bộ đội Biên phòng tỉnh" ("BCH BĐBP tỉnh"), "Bộ đội Biên phòng tỉnh"; "Công an
// tỉnh", "Công an các huyện, thị xã, thành phố", "Công an" alone (generic, capitalised only).
#include "body_rules.h"

#include "body_gazetteer.h"
#include "body_name.h"
#include "directive_lexicon.h"
#include "text_case.h"

namespace chidao::parse_internal::body_rules {

std::optional<Core> Military(const Words& w, std::size_t k) {
  // "Bộ Tư lệnh Bộ đội Biên phòng", "Bộ Tư lệnh Cảnh sát biển": commands whose force's name
  // opens like a body of its own (other commands, "Bộ Tư lệnh Quân khu 4", are plain names).
  if (Seq(w, k, "bo tu lenh") && w[k].upper) {
    for (std::string_view force : {"bo doi bien phong", "canh sat bien"})
      if (Seq(w, k + 3, force) && w[k + 3].upper) {
        Core c;
        c.end = k + 3 + PhraseLength(force);
        if (Seq(w, c.end, "viet nam") && w[c.end].upper) c.end += 2;  // "... Cảnh sát biển Việt Nam"
        c.canonical = CanonicalWords(w, k, c.end);
        return c;
      }
    return std::nullopt;
  }
  std::size_t j = 0;
  bool ban = false;
  if (Seq(w, k, "bo chi huy")) j = k + 3;
  else if (Seq(w, k, "ban chi huy")) j = k + 3, ban = true;
  else if (Is(w, k, "bch")) j = k + 1;
  else if (Is(w, k, "bo") && Is(w, k + 1, "chqs")) j = k + 1;
  else if (Is(w, k, "ban") && Is(w, k + 1, "chqs")) j = k + 1, ban = true;
  else if (Seq(w, k, "bo doi bien phong") && w[k].upper) j = k;
  else return std::nullopt;
  std::string unit;
  std::size_t e = j;
  if (Is(w, j, "chqs") || Seq(w, j, "quan su")) {
    unit = "Quân sự";
    e = j + (Is(w, j, "chqs") ? 1 : 2);
  } else if (Seq(w, j, "bo doi bien phong")) {
    unit = "Bộ đội Biên phòng";
    e = j + 4;
  } else if (Is(w, j, "bdbp")) {
    unit = "Bộ đội Biên phòng";
    e = j + 1;
  } else {
    return std::nullopt;
  }
  Core c;
  std::string level;
  std::size_t end = ScanLevelPlace(w, e, &level);
  bool district = level.rfind("huyện", 0) == 0 || level.rfind("xã", 0) == 0 ||
                  level.rfind("thị xã", 0) == 0 || level.rfind("quận", 0) == 0;
  if (j == k) c.canonical = unit;  // "Bộ đội Biên phòng tỉnh"
  else c.canonical = std::string(ban || (district && w[k].fold == "bch") ? "Ban" : "Bộ") + " Chỉ huy " + unit;
  if (!level.empty()) c.canonical += " " + level;
  c.end = end;
  return c;
}


std::optional<Core> Police(const Words& w, std::size_t k) {
  if (!Seq(w, k, "cong an")) return std::nullopt;
  Core c;
  c.canonical = "Công an";
  std::size_t j = k + 2;
  if (Is(w, j, "cac")) {
    Core t = Target(w, j, "Công an");
    if (t.end > j) return t;
  }
  c.end = ScanLevelPlace(w, j, &c.canonical);
  if (c.end == j && !w[k].upper) return std::nullopt;
  if (c.end == j) c.generic = true;
  return c;
}

}  // namespace chidao::parse_internal::body_rules
