// Collective bodies, with examples:
// - "các" governs a comma list of common nouns, which is ONE body: "các sở, ban, ngành", "các
//   cơ quan, đơn vị liên quan", "các cơ sở sản xuất, kinh doanh, dịch vụ", "các chủ đầu tư";
//   a proper name ("UBND ...", "Mặt trận Tổ quốc"), another "các", ";" or "và" ends it, so
//   "các sở, ban, ngành, UBND các huyện" is two bodies; "các Sở Y tế, ..." names Sở, not a
//   collective, and "các Ban Quản lý dự án" keeps its name (body_matcher.cpp);
//   Party organs keep their committee: "các ban xây dựng Đảng Tỉnh ủy";
// - some common nouns name a group of bodies without "các": "chính quyền địa phương", "ngành
//   Y tế", "lực lượng Công an", "doanh nghiệp", "tổ COVID-19 cộng đồng", "cấp ủy".
#include "body_rules.h"

#include "body_gazetteer.h"
#include "body_name.h"
#include "directive_lexicon.h"
#include "phrase_set.h"
#include "text_case.h"

namespace chidao::parse_internal::body_rules {
namespace {

// "tổ chức" is a noun in "các cơ quan, tổ chức, doanh nghiệp" and "tổ chức đảng", a verb in
// "các cơ quan, đơn vị tổ chức thực hiện".
bool NounNotVerb(const Words& w, std::size_t j) {
  std::size_t noun = MatchCollectiveNoun(w, j), verb = MatchActionWord(w, j);
  if (verb == 0) return true;
  if (noun > verb) return true;
  return noun == verb && (IsPunct(w, j + noun, ",") || IsPunct(w, j + noun, ";") ||
                          Is(w, j + noun, "va"));
}

// "các cơ quan, tổ chức, cá nhân có liên quan": people and households close a list of bodies
// (the addressees of a Quyết định's last article) but never open one.
std::size_t MatchListMember(const Words& w, std::size_t j) {
  static const PhraseSet kMembers({"cá nhân", "hộ gia đình", "hộ kinh doanh"}, false);
  return kMembers.Match(w, j);
}

// A noun that may stand at position j of a list that already holds `items` nouns.
std::size_t MatchListNoun(const Words& w, std::size_t j, std::size_t items) {
  if (std::size_t n = MatchCollectiveNoun(w, j)) return n;
  return items > 0 ? MatchListMember(w, j) : 0;
}

// words[from, end) is one or two plain words and the scope of a group after them ("tiểu học
// trên địa bàn", "mầm non có liên quan", "tiểu học trong huyện", "chuyên khoa tuyến tỉnh": the
// tier of hospitals and schools), as ScanModifiers read it.
bool ScopedShortModifier(const Words& w, std::size_t from, std::size_t end) {
  std::size_t p = from;
  while (p < end && p < from + 2 && !w[p].punct && !w[p].upper && !IsFunctionWord(w[p])) ++p;
  if (p == from || p >= end) return false;
  return Seq(w, p, "tren dia ban") || Seq(w, p, "co lien quan") || Seq(w, p, "lien quan") ||
         Seq(w, p, "truc thuoc") ||
         ((Is(w, p, "trong") || Is(w, p, "tren") || Is(w, p, "tuyen")) && MatchLevel(w, p + 1) > 0) ||
         Seq(w, p, "tuyen trung uong");
}

}  // namespace

std::optional<Core> Collective(const Words& w, std::size_t k) {
  // k is the word after "các" / "những".
  std::size_t j = k, items = 0;
  while (j < w.size()) {
    std::size_t n = MatchListNoun(w, j, items);
    if (n == 0) break;
    // "các Sở Y tế, ..." is not a collective; "các Sở, Ban, ngành" is.
    if (w[j].upper && (MatchSoField(w, j + 1) || MatchPhongField(w, j + 1)) &&
        (w[j].fold == "so" || w[j].fold == "phong"))
      break;
    if (SeqP(w, j, {"huyen", ",", "thi", ",", "thanh", "uy"})) n = 6;
    bool party_organ = w[j + n - 1].fold == "dang" || (n == 1 && w[j].fold == "ban");
    j = ScanModifiers(w, j + n);
    // "các ban xây dựng Đảng Tỉnh ủy": a Party organ is named with the committee it serves.
    if (party_organ && j + 1 < w.size() && w[j].upper && Is(w, j + 1, "uy") &&
        (Is(w, j, "tinh") || Is(w, j, "huyen") || Is(w, j, "thanh") || Is(w, j, "thi") ||
         Is(w, j, "quan")))
      j += 2;
    ++items;
    // "các cơ sở sản xuất, kinh doanh, dịch vụ": modifiers shared by the noun before them, as
    // many as the list holds; the last may carry their object ("các doanh nghiệp thu mua, chế
    // biến thủy sản xuất khẩu phải ...").
    // "Các doanh nghiệp, đặc biệt trên địa bàn ...": a remark after the comma, no modifier.
    while (IsPunct(w, j, ",") && j + 1 < w.size() && MatchListNoun(w, j + 1, items) == 0 &&
           !Seq(w, j + 1, "dac biet") && !Seq(w, j + 1, "nhat la") && !Seq(w, j + 1, "chu yeu") &&
           !w[j + 1].punct && !w[j + 1].upper && !IsFunctionWord(w[j + 1]) &&
           MatchActionWord(w, j + 1) == 0 && MatchLevel(w, j + 1) == 0) {
      std::size_t m = ScanModifiers(w, j + 1);
      const bool ends = m >= w.size() || w[m].punct || MatchActionWord(w, m) > 0 || IsFunctionWord(w[m]);
      // A longer one only before a function word ("phải", "cần", "được"): before a verb it may
      // have taken in the predicate's own first words ("..., truyền thông tăng thời lượng").
      // Or when it is a short one and the group's scope ("các trường mầm non, tiểu học trên
      // địa bàn kiểm tra ..."): the scope is no predicate. Or when the text ends with it (a
      // table cell "Các đơn vị thu gom, vận chuyển chất thải rắn sinh hoạt"): no predicate.
      if (!(m > j + 1 && ends &&
            (m <= j + 3 || m >= w.size() || (m <= j + 7 && IsFunctionWord(w[m])) ||
             ScopedShortModifier(w, j + 1, m))))
        break;
      j = m;
    }
    if (IsPunct(w, j, ",") && j + 1 < w.size() && !Is(w, j + 1, "cac") &&
        (!OpensBody(w, j + 1) || GenericUse(w, j + 1)) && MatchListNoun(w, j + 1, items) > 0 &&
        NounNotVerb(w, j + 1) && !Is(w, j + 1 + MatchListNoun(w, j + 1, items), "cac")) {
      ++j;
      continue;
    }
    break;
  }
  if (items == 0) return std::nullopt;
  Core c;
  c.end = j;
  c.collective = true;
  std::string rest = CommonNounWords(w, k, j);
  c.canonical = "các " + LowercaseFirst(rest);
  // "Các Sở, Ban, ngành" → "các sở, ban, ngành": generic nouns take no capital.
  for (std::string_view from : {", Ban,", ", Ban ", ", Ngành", ", Sở", ", Huyện ủy", ", Thị ủy",
                                 ", Thành ủy", ", Quận ủy", ", Đảng ủy"}) {
    std::size_t pos;
    while ((pos = c.canonical.find(from)) != std::string::npos) {
      std::string lowered = LowerCase(from);
      c.canonical.replace(pos, from.size(), lowered);
    }
  }
  return c;
}


// Common nouns that name a group of bodies without a determiner: "chính quyền địa phương",
// "ngành Y tế", "lực lượng Công an", "doanh nghiệp", "tổ COVID-19 cộng đồng", "cấp ủy".
std::optional<Core> Generic(const Words& w, std::size_t k) {
  static constexpr std::string_view kHeads[] = {
      "chinh quyen", "nganh", "luc luong", "doanh nghiep", "to", "cap uy", "dia phuong",
      "doan the", "co quan", "don vi", "cac cap chinh quyen", "thanh tra"};
  if (MatchActionWord(w, k) > 0) return std::nullopt;  // "Tổ chức quán triệt ...": a verb
  for (std::string_view h : kHeads) {
    if (!Seq(w, k, h)) continue;
    std::size_t j = k + PhraseLength(h);
    if (Seq(w, j, "cac dia phuong")) j += 3;
    else if (Seq(w, j, "dia phuong")) j += 2;
    else if (Seq(w, j, "cac cap")) j += 2;
    else if (Seq(w, j, "cong an") && h == "luc luong") j += 2;
    // "lực lượng tại chỗ": the on-site force of the "bốn tại chỗ" motto, a kind of its own.
    else if (Seq(w, j, "tai cho") && h == "luc luong") j += 2;
    // "lực lượng tuần tra kiểm soát" (the traffic police's patrol and control force), "lực
    // lượng tuần tra": a force named by its duty, though the duty's words are verbs.
    else if (Seq(w, j, "tuan tra") && h == "luc luong") {
      j += 2;
      if (Seq(w, j, "kiem soat")) j += 2;
      else if (IsPunct(w, j, ",") && Seq(w, j + 1, "kiem soat")) j += 3;
    }
    std::size_t end = ScanModifiers(w, j);
    // "ngành Y tế", "lực lượng Công an": one capitalised name may follow the noun.
    if (end == j && j < w.size() && !w[j].punct && w[j].upper && !OpensBody(w, j) &&
        (h == "nganh" || h == "luc luong"))
      end = ScanName(w, j, 4);
    // "bố trí biển báo, lực lượng hướng dẫn giao thông": a force is a body only as the kind
    // it is ("lực lượng chức năng", "lực lượng Công an"); bare, it is what is deployed.
    if (h == "luc luong" && end == k + PhraseLength(h)) return std::nullopt;
    // "tổ COVID-19 cộng đồng": a "tổ" is a body only with a name ("tổ an toàn" is not one).
    if (h == "to" && (end == j || !(w[j].all_upper || w[j].text.find_first_of("0123456789") !=
                                                          std::string_view::npos)))
      return std::nullopt;
    Core c;
    c.end = end;
    c.canonical = LowercaseFirst(CommonNounWords(w, k, end));
    c.generic = true;
    return c;
  }
  return std::nullopt;
}

}  // namespace chidao::parse_internal::body_rules
