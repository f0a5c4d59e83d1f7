// State bodies, with examples:
// - UBND / HĐND take a target: "tỉnh", "huyện Bát Xát", "các huyện, thị xã, thành phố",
//   "cấp huyện, cấp xã", "các xã, phường, thị trấn", "các địa phương"; a single UBND is the
//   issuer or its superior ("UBND tỉnh"), a list of levels is a collective of addressees;
// - Bộ, Sở and Phòng take a field from the gazetteer, abbreviations included ("Sở TT&TT" → Sở
//   Thông tin và Truyền thông, "Phòng TC-KH huyện" → Phòng Tài chính - Kế hoạch huyện);
// - other agencies open with a capitalised head word ("Ban", "Trung tâm", "Chi cục", "Đài",
//   "Báo", "Hội", "Kho bạc"...) followed by a name: "Báo Hà Tĩnh", "Cục Thuế tỉnh"; "Ban hành"
//   and "Hội nghị" are not names.
#include "body_rules.h"
#include "phrase_set.h"

#include "body_gazetteer.h"
#include "body_name.h"
#include "directive_lexicon.h"
#include "text_case.h"

namespace chidao::parse_internal::body_rules {

// "UBND" + target. `k` is the first word after UBND/HĐND.
Core Target(const Words& w, std::size_t k, std::string prefix) {
  Core c;
  c.canonical = std::move(prefix);
  if (IsPunct(w, k, "(") && k + 2 < w.size() && IsPunct(w, k + 2, ")")) k += 3;  // "(UBND)"
  if (Is(w, k, "cac") || Is(w, k, "nhung")) {
    std::size_t j = k + 1, levels = 0;
    std::string list;
    while (j < w.size()) {
      std::size_t n = MatchLevel(w, j);
      std::size_t used = n;
      if (n == 0 && Seq(w, j, "dia phuong")) used = 2;
      if (n == 0 && used == 0) break;
      if (Is(w, j + used, "uy")) break;
      if (levels > 0) list += ", ";
      for (std::size_t i = j; i < j + used; ++i) {
        if (i > j) list += ' ';
        list += LowerCase(std::string(w[i].text));
      }
      ++levels;
      j += used;
      if (IsPunct(w, j, ",") && (MatchLevel(w, j + 1) > 0 && !Is(w, j + 2, "uy"))) { ++j; continue; }
      if (MatchLevel(w, j) > 0 && !Is(w, j + 1, "uy")) continue;  // "các huyện thành phố"
      break;
    }
    if (levels == 0) return c;  // "UBND các cấp" handled below
    std::size_t mod_end = ScanModifiers(w, j);
    c.canonical += " các " + list;
    for (std::size_t i = j; i < mod_end; ++i) AppendPiece(c.canonical, w[i].text, w[i].punct);
    c.end = mod_end;
    c.collective = true;
    return c;
  }
  if (Is(w, k, "cac") && Is(w, k + 1, "cap")) { c.canonical += " các cấp"; c.end = k + 2; return c; }
  if (Is(w, k, "cung") && Is(w, k + 1, "cap")) { c.canonical += " cùng cấp"; c.end = k + 2; return c; }
  if (Is(w, k, "cap") && MatchLevel(w, k) == 2) {
    std::size_t j = k + 2;
    c.canonical += " cấp " + LowerCase(std::string(w[k + 1].text));
    while (IsPunct(w, j, ",") && Is(w, j + 1, "cap") && MatchLevel(w, j + 1) == 2) {
      c.canonical += ", cấp " + LowerCase(std::string(w[j + 2].text));
      j += 3;
    }
    c.end = j;
    c.collective = true;
    return c;
  }
  // "UBND huyện, thị xã, thành phố" (no "các"): a list of levels is a collective too.
  if (std::size_t n = MatchLevel(w, k); n > 0 && IsPunct(w, k + n, ",") &&
      MatchLevel(w, k + n + 1) > 0 && !Is(w, k + n + 1 + MatchLevel(w, k + n + 1), "uy")) {
    std::size_t j = k;
    std::string list;
    while (std::size_t m = MatchLevel(w, j)) {
      if (!list.empty()) list += ", ";
      for (std::size_t i = j; i < j + m; ++i) {
        if (i > j) list += ' ';
        list += LowerCase(std::string(w[i].text));
      }
      j += m;
      if (IsPunct(w, j, ",") && MatchLevel(w, j + 1) > 0) { ++j; continue; }
      break;
    }
    c.canonical += " " + list;
    c.end = j;
    c.collective = true;
    return c;
  }
  std::size_t end = ScanLevelPlace(w, k, &c.canonical);
  if (end == k) {
    c.end = k;  // "UBND" alone
    c.issuer = true;
    return c;
  }
  c.end = end;
  c.issuer = true;  // a single UBND is the issuer or its superior, never a group of addressees
  return c;
}


std::optional<Core> Department(const Words& w, std::size_t k) {
  // "Bộ Xây dựng", "Bộ Giáo dục và Đào tạo": a ministry's field holds words that read as verbs
  // ("xây dựng", "đào tạo"), so it comes from the gazetteer rather than a name scan.
  if (Is(w, k, "bo") && w[k].upper) {
    if (std::optional<FieldMatch> f = MatchBoField(w, k + 1); f && w[k + 1].upper) {
      Core c;
      c.canonical = "Bộ " + f->canonical;
      c.end = f->end;
      return c;
    }
    return std::nullopt;
  }
  bool so = Is(w, k, "so"), phong = IsPhongOffice(w, k);
  if (!so && !phong) return std::nullopt;
  std::optional<FieldMatch> f = so ? MatchSoField(w, k + 1) : MatchPhongField(w, k + 1);
  Core c;
  if (f) {
    c.canonical = std::string(so ? "Sở " : "Phòng ") + f->canonical;
    c.end = f->end;
    if (phong) c.end = ScanLevelPlace(w, c.end, &c.canonical);
    // "Sở Giáo dục và Đào tạo các tỉnh, thành phố": the department of each place listed, one
    // collective body (as "UBND các tỉnh, thành phố").
    if (so && Is(w, c.end, "cac") && c.end + 1 < w.size() && !w[c.end + 1].punct) {
      Core each = Target(w, c.end, "");
      if (each.collective && each.end > c.end) {
        c.canonical += each.canonical;
        c.end = each.end;
        c.collective = true;
      }
    }
    return c;
  }
  if (!w[k].upper || k + 1 >= w.size() || !w[k + 1].upper || w[k + 1].punct) return std::nullopt;
  c.end = ScanName(w, k + 1, 10);
  c.canonical = CanonicalWords(w, k, c.end);
  return c;
}


// "Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào toàn dân bảo vệ an
// ninh Tổ quốc huyện": a steering committee is named after all it steers, its commas and verbs
// included, up to the level that closes the name. Where that level ends, j when there is none
// (a function word other than "và", another body or a sentence mark comes first).
static std::size_t SteeredScope(const Words& w, std::size_t j) {
  // "Ban Chỉ đạo tổ chức tổng kết ...": the committee acting, not its name.
  static const PhraseSet kActs({"to chuc", "kiem tra", "trien khai", "chi dao", "huong dan",
                                "don doc", "theo doi", "bao cao", "tong hop", "ra soat",
                                "tham muu", "phoi hop", "chu tri", "giam sat"},
                               /*keep_punct=*/false);
  if (kActs.Match(w, j) > 0) return j;
  for (std::size_t k = j; k < w.size() && k < j + 24; ++k) {
    if (w[k].punct) {
      if (w[k].text == "," && k > j && k + 1 < w.size() && !w[k + 1].punct && !w[k + 1].upper)
        continue;
      return j;
    }
    if (std::size_t n = MatchLevel(w, k); n > 0 && k > j) {
      if (Is(w, k + n, "uy")) return j;
      const std::size_t e = k + n;
      // "tệ nạn xã hội": a level word inside the name does not close it.
      if (e >= w.size() || w[e].punct || MatchActionWord(w, e) > 0 || IsFunctionWord(w[e])) return e;
      k = e - 1;
      continue;
    }
    if ((IsFunctionWord(w[k]) && w[k].text != "và") || (w[k].upper && OpensBody(w, k))) return j;
  }
  return j;
}

std::optional<Core> Named(const Words& w, std::size_t k) {
  std::size_t head = MatchNamedHead(w, k);
  if (head == 0) return std::nullopt;
  if (MatchActionWord(w, k) >= head && MatchActionWord(w, k) > 0 && !Seq(w, k, "ban chi dao"))
    return std::nullopt;  // "Ban hành ...", "Đoàn kết ..."
  std::size_t j = k + head;
  // One-word heads need a name after them: "Báo Hà Tĩnh", "Cục Thuế tỉnh", not "Hội nghị";
  // "Báo và Phát thanh, Truyền hình Khánh Hòa" names the merged provincial media.
  const bool media = Seq(w, k, "bao va phat thanh");
  // "Vụ Đông Xuân", "vụ Hè Thu": a crop season, not a ministry's department.
  if (Is(w, k, "vu") && (Seq(w, j, "dong xuan") || Seq(w, j, "he thu") || Seq(w, j, "thu dong") ||
                         Is(w, j, "mua") || Is(w, j, "chiem")))
    return std::nullopt;
  if (head == 1 && !media &&
      (j >= w.size() || w[j].punct || !(w[j].upper || MatchLevel(w, j) > 0)))
    return std::nullopt;
  // "Công ty TNHH MTV Điện lực Hải Phòng": a company's name may hold a trade ("Điện lực").
  const bool company = Seq(w, k, "cong ty") || Seq(w, k, "tong cong ty") || Seq(w, k, "tap doan");
  std::size_t end = ScanName(w, j, 14, company);
  if (Seq(w, k, "ban chi dao") && j < w.size() && !w[j].upper) end = std::max(end, SteeredScope(w, j));
  // "Văn phòng thường trực Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh": the
  // office is named after the board it serves.
  if (Seq(w, k, "van phong")) {
    std::size_t b = j;
    if (Seq(w, b, "thuong truc")) b += 2;
    if (end <= b && b < w.size() && w[b].upper && Is(w, b, "ban"))
      if (std::optional<Core> board = Named(w, b); board && board->end > b) end = board->end;
  }
  if (end == j && head == 1) return std::nullopt;
  // "Văn phòng HĐND và UBND tỉnh", "Văn phòng Đoàn ĐBQH và HĐND tỉnh": one office serves both
  // bodies, whose level is written once at the end.
  if ((Seq(w, k, "van phong") || Is(w, k, "vp")) && Is(w, end, "va")) {
    bool level = false;
    for (std::size_t i = j; i < end; ++i) level = level || MatchLevel(w, i) > 0;
    std::size_t p = end + 1, after = 0;
    if (Is(w, p, "ubnd") || Is(w, p, "hdnd")) after = p + 1;
    else if (Seq(w, p, "uy ban nhan dan") || Seq(w, p, "hoi dong nhan dan")) after = p + 4;
    if (!level && after > 0) end = std::max(Target(w, after, "").end, after);
  }
  Core c;
  c.end = end;
  c.canonical = CanonicalWords(w, k, end);
  if (!c.canonical.empty()) c.canonical = CapitalizeFirst(c.canonical);
  return c;
}

}  // namespace chidao::parse_internal::body_rules
