// Body-name rules (DOMAIN.md §4), with examples:
// - a title before a body stands for it: "Giám đốc Sở Y tế" → Sở Y tế, "Thủ trưởng các sở, ban,
//   ngành" → các sở, ban, ngành, "Chủ tịch UBND các huyện" → UBND các huyện, "Chánh Văn phòng
//   UBND tỉnh" → Văn phòng UBND tỉnh, "Người đứng đầu cấp ủy" → cấp ủy;
// - "các" governs a comma list of common nouns, which is ONE collective body: "các sở, ban,
//   ngành", "các cơ quan, đơn vị liên quan"; a proper name ("UBND ...", "Mặt trận Tổ quốc"),
//   another "các", ";" or "và" ends it: "các sở, ban, ngành, UBND các huyện" is two bodies;
// - UBND / HĐND take a target: "tỉnh", "huyện Bát Xát", "các huyện, thị xã, thành phố",
//   "cấp huyện, cấp xã", "các xã, phường, thị trấn", "các địa phương";
// - Sở and Phòng take a field from the gazetteer, abbreviations included ("Sở TT&TT");
// - Party bodies are their own: "Đảng ủy Công an tỉnh" ≠ "Công an tỉnh", "Ban cán sự đảng
//   UBND tỉnh", "Ban Thường vụ các huyện, thị, thành ủy", "Ban Tuyên giáo Tỉnh ủy";
// - other names open with a capitalised head word ("Ban", "Trung tâm", "Chi cục", "Đài",
//   "Báo", "Hội"...) and run until punctuation, a function word ("với", "để", "theo"), a verb
//   ("chủ trì", "tăng cường") or a level and its place ("tỉnh Cao Bằng").
#include "body_matcher.h"

#include "body_gazetteer.h"
#include "body_name.h"
#include "chidao/vn_text.h"
#include "directive_lexicon.h"

namespace chidao::parse_internal {
namespace {

using Words = std::vector<Word>;

struct Core {
  std::size_t end = 0;
  std::string canonical;
  bool collective = false;
  bool generic = false;
  bool issuer = false;
};

bool Is(const Words& w, std::size_t i, std::string_view fold) {
  return i < w.size() && !w[i].punct && w[i].fold == fold;
}
bool IsPunct(const Words& w, std::size_t i, std::string_view p) {
  return i < w.size() && w[i].punct && w[i].text == p;
}
bool Seq(const Words& w, std::size_t i, std::string_view phrase) {
  return StartsWithFolded(w, i, phrase);
}
// Like Seq, but the parts may be punctuation: {"cac", "huyen", ",", "thi", ",", "thanh", "uy"}.
bool SeqP(const Words& w, std::size_t i, std::initializer_list<std::string_view> parts) {
  for (std::string_view p : parts) {
    if (i >= w.size()) return false;
    if (w[i].punct ? w[i].text != p : w[i].fold != p) return false;
    ++i;
  }
  return true;
}

// A common noun used generically, as in "các Sở, Ban, ngành": followed by a list separator,
// a modifier-free end or a verb, rather than by a name ("Ban Quản lý ...").
bool GenericUse(const Words& w, std::size_t j) {
  std::size_t n = MatchCollectiveNoun(w, j);
  if (n == 0) return false;
  std::size_t k = j + n;
  return k >= w.size() || IsPunct(w, k, ",") || IsPunct(w, k, ";") || Is(w, k, "va") ||
         MatchActionWord(w, k) > 0;
}

// "Sở", "UBND", "Công an"...: a word that opens a new body, so a name before it has ended.
bool OpensBody(const Words& w, std::size_t i) {
  if (i >= w.size() || w[i].punct) return false;
  const std::string& f = w[i].fold;
  if (f == "ubnd" || f == "hdnd" || f == "ubmttq" || f == "ubmttqvn" || f == "mttq") return true;
  if (!w[i].upper) return false;
  if (f == "so" || f == "phong" || Seq(w, i, "cong an") || Seq(w, i, "uy ban") ||
      Seq(w, i, "bo chi huy") || Seq(w, i, "dang uy") || Seq(w, i, "mat tran"))
    return true;
  return MatchNamedHead(w, i) > 0 || MatchTitle(w, i) > 0;
}

// A place name after a level word: a province from the gazetteer, else up to three capitalised
// words that are neither a new body nor a verb opening the next sentence.
std::size_t ScanPlace(const Words& w, std::size_t k) {
  if (std::size_t n = MatchProvince(w, k)) return k + n;
  std::size_t start = k;
  while (k < w.size() && k - start < 3 && !w[k].punct && w[k].upper && !OpensBody(w, k) &&
         MatchActionWord(w, k) == 0)
    ++k;
  return k;
}

// A level and its place at words[k] ("tỉnh", "huyện Bát Xát", "tỉnh Cao Bằng"), appended to
// `out`; returns the index after it, k when there is no level. "tỉnh ủy" is not a level.
std::size_t ScanLevelPlace(const Words& w, std::size_t k, std::string* out) {
  std::size_t n = MatchLevel(w, k);
  if (n == 0 || Is(w, k + n, "uy")) return k;
  std::size_t end = ScanPlace(w, k + n);
  if (out) {
    AppendPiece(*out, ToLower(std::string(w[k].text)), false);
    for (std::size_t i = k + 1; i < k + n; ++i) AppendPiece(*out, w[i].text, false);
    for (std::size_t i = k + n; i < end; ++i) AppendPiece(*out, w[i].text, w[i].punct);
  }
  return end;
}

// Modifiers after a common noun: "liên quan", "có liên quan", "chức năng", "cấp tỉnh",
// "trong tỉnh", "trực thuộc", "lực lượng vũ trang", "COVID-19 cộng đồng", "viễn thông".
std::size_t ScanModifiers(const Words& w, std::size_t k) {
  std::size_t start = k;
  while (k < w.size() && k - start < 7) {
    const Word& t = w[k];
    if (t.punct) {
      if (t.text == "-" && Is(w, k + 1, "xa") && Is(w, k + 2, "hoi")) { k += 3; continue; }
      break;
    }
    if (Seq(w, k, "co lien quan")) { k += 3; continue; }
    if (t.text == "các" && Is(w, k + 1, "cap") && MatchLevel(w, k + 1) == 0) { k += 2; continue; }
    if ((t.text == "trong" || t.text == "trên" || t.text == "của") && k + 1 < w.size()) {
      std::size_t j = k + 1;
      if (t.text == "của" && (Seq(w, j, "tinh uy") || Seq(w, j, "huyen uy"))) { k = j + 2; continue; }
      if (Seq(w, j, "dia ban")) j += 2;
      if (MatchLevel(w, j) > 0 && !Is(w, j + 1, "uy")) { k = ScanLevelPlace(w, j, nullptr); continue; }
      break;
    }
    if (t.upper && !t.all_upper && t.text.find_first_of("0123456789") == std::string_view::npos)
      break;
    if (t.upper && OpensBody(w, k)) break;
    if (IsFunctionWord(t) || MatchTitle(w, k) > 0) break;
    if (MatchActionWord(w, k) > 0 && !Seq(w, k, "luc luong")) break;
    ++k;
  }
  return k;
}

// A name after a head word: capitalised words, lowercase words that are not verbs or function
// words, "và"/"-" between capitalised words; ends after a level and its place.
std::size_t ScanName(const Words& w, std::size_t k, std::size_t max_words) {
  std::size_t start = k;
  while (k < w.size() && k - start < max_words) {
    const Word& t = w[k];
    // "Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh": the comma of "phòng, chống" is inside.
    if (t.punct && t.text == "," && k > start && w[k - 1].fold == "phong" && Is(w, k + 1, "chong")) {
      k += 2;
      continue;
    }
    if (t.punct) {
      if ((t.text == "-" || t.text == "–") && k + 1 < w.size() && !w[k + 1].punct &&
          w[k + 1].upper && !OpensBody(w, k + 1)) {
        ++k;
        continue;
      }
      break;
    }
    if ((t.fold == "tinh" || t.fold == "huyen" || t.fold == "thanh" || t.fold == "thi") &&
        Is(w, k + 1, "uy")) {
      return k + 2;
    }
    if (std::size_t lv = MatchLevel(w, k); lv > 0 && !(t.upper && k == start)) {
      return ScanLevelPlace(w, k, nullptr);
    }
    if (t.upper) {
      if (k > start && OpensBody(w, k)) break;
      if (k > start && !w[k - 1].upper && MatchActionWord(w, k) > 0) break;  // next sentence
      ++k;
      continue;
    }
    if (t.fold == "va" && k + 1 < w.size() && !w[k + 1].punct && w[k + 1].upper &&
        !OpensBody(w, k + 1)) {
      ++k;
      continue;
    }
    if (IsFunctionWord(t) || MatchTitle(w, k) > 0) break;
    if (MatchActionWord(w, k) > 0) {
      // "Ban Quản lý dự án đầu tư xây dựng huyện": a verb inside a name that ends in a level.
      bool level_ahead = false;
      for (std::size_t j = k + 1; j < w.size() && j <= k + 3 && !w[j].punct; ++j)
        if (MatchLevel(w, j) > 0 && !Is(w, j + 1, "uy")) level_ahead = true;
      if (!level_ahead) break;
    }
    ++k;
  }
  return k;
}

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
        list += ToLower(std::string(w[i].text));
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
    c.canonical += " cấp " + ToLower(std::string(w[k + 1].text));
    while (IsPunct(w, j, ",") && Is(w, j + 1, "cap") && MatchLevel(w, j + 1) == 2) {
      c.canonical += ", cấp " + ToLower(std::string(w[j + 2].text));
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
      for (std::size_t i = j; i < j + m; ++i) list += (i > j ? " " : "") + ToLower(std::string(w[i].text));
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

// "tổ chức" is a noun in "các cơ quan, tổ chức, doanh nghiệp" and "tổ chức đảng", a verb in
// "các cơ quan, đơn vị tổ chức thực hiện".
bool NounNotVerb(const Words& w, std::size_t j) {
  std::size_t noun = MatchCollectiveNoun(w, j), verb = MatchActionWord(w, j);
  if (verb == 0) return true;
  if (noun > verb) return true;
  return noun == verb && (IsPunct(w, j + noun, ",") || IsPunct(w, j + noun, ";") ||
                          Is(w, j + noun, "va"));
}

std::optional<Core> Collective(const Words& w, std::size_t k) {
  // k is the word after "các" / "những".
  std::size_t j = k, items = 0;
  while (j < w.size()) {
    std::size_t n = MatchCollectiveNoun(w, j);
    if (n == 0) break;
    // "các Sở Y tế, ..." is not a collective; "các Sở, Ban, ngành" is.
    if (w[j].upper && (MatchSoField(w, j + 1) || MatchPhongField(w, j + 1)) &&
        (w[j].fold == "so" || w[j].fold == "phong"))
      break;
    if (SeqP(w, j, {"huyen", ",", "thi", ",", "thanh", "uy"})) n = 6;
    j = ScanModifiers(w, j + n);
    ++items;
    // "các cơ sở sản xuất, kinh doanh, dịch vụ": modifiers shared by the noun before them.
    if (IsPunct(w, j, ",") && j + 1 < w.size() && MatchCollectiveNoun(w, j + 1) == 0 &&
        !w[j + 1].punct && !w[j + 1].upper && !IsFunctionWord(w[j + 1]) &&
        MatchActionWord(w, j + 1) == 0 && MatchLevel(w, j + 1) == 0) {
      std::size_t m = ScanModifiers(w, j + 1);
      if (m > j + 1 && m <= j + 3 && (m >= w.size() || w[m].punct || MatchActionWord(w, m) > 0 ||
                                       IsFunctionWord(w[m]))) {
        j = m;
        continue;
      }
    }
    if (IsPunct(w, j, ",") && j + 1 < w.size() && !Is(w, j + 1, "cac") &&
        (!OpensBody(w, j + 1) || GenericUse(w, j + 1)) && MatchCollectiveNoun(w, j + 1) > 0 &&
        NounNotVerb(w, j + 1) && !Is(w, j + 1 + MatchCollectiveNoun(w, j + 1), "cac")) {
      ++j;
      continue;
    }
    break;
  }
  if (items == 0) return std::nullopt;
  Core c;
  c.end = j;
  c.collective = true;
  std::string rest = CanonicalWords(w, k, j);
  c.canonical = "các " + LowercaseFirst(rest);
  // "Các Sở, Ban, ngành" → "các sở, ban, ngành": generic nouns take no capital.
  for (std::string_view from : {", Ban,", ", Ban ", ", Ngành", ", Sở"}) {
    std::size_t pos;
    while ((pos = c.canonical.find(from)) != std::string::npos) {
      std::string lowered = ToLower(from);
      c.canonical.replace(pos, from.size(), lowered);
    }
  }
  return c;
}

// Party bodies and their committees.
std::optional<Core> Party(const Words& w, std::size_t k) {
  Core c;
  auto committee = [&](std::size_t j) -> std::size_t {  // "Tỉnh ủy", "Huyện ủy"... at j
    for (std::string_view s : {"tinh uy", "huyen uy", "thanh uy", "thi uy", "dang uy"})
      if (Seq(w, j, s)) return 2;
    return 0;
  };
  if (std::size_t n = committee(k); n && w[k].fold != "dang") {
    c.end = k + n;
    c.canonical = CanonicalWords(w, k, k + n);
    c.issuer = true;
    return c;
  }
  if (Seq(w, k, "dang uy")) {
    std::size_t j = ScanName(w, k + 2, 8);
    if (j == k + 2) return std::nullopt;
    c.end = j;
    c.canonical = "Đảng ủy " + CanonicalWords(w, k + 2, j);
    return c;
  }
  std::size_t head = 0;
  std::string canonical_head;
  if (Seq(w, k, "ban thuong vu")) head = 3, canonical_head = "Ban Thường vụ";
  else if (Is(w, k, "btv")) head = 1, canonical_head = "Ban Thường vụ";
  else if (Seq(w, k, "thuong truc") && w[k].upper) head = 2, canonical_head = "Thường trực";
  if (head) {
    std::size_t j = k + head;
    if (std::size_t n = committee(j)) {
      c.end = j + n;
      c.canonical = canonical_head + " " + CanonicalWords(w, j, j + n);
      c.issuer = true;
      return c;
    }
    bool short_form = SeqP(w, j, {"cac", "huyen", ",", "thi", ",", "thanh", "uy"});
    if (short_form || SeqP(w, j, {"cac", "huyen", ",", "thi", "xa", ",", "thanh", "uy"})) {
      std::size_t n = short_form ? 7 : 8;
      c.end = j + n;
      c.canonical = canonical_head + " các huyện, thị, thành ủy";
      c.collective = true;
      return c;
    }
    if (Seq(w, j, "cap uy")) {
      std::size_t e = ScanModifiers(w, j + 2);
      if (Seq(w, e, "cac dia phuong")) e += 3;
      c.end = e;
      c.canonical = canonical_head + " " + CanonicalWords(w, j, e);
      c.collective = true;
      return c;
    }
    if (Is(w, j, "hdnd") || Is(w, j, "ubnd") || Seq(w, j, "hoi dong nhan dan")) {
      std::size_t skip = Is(w, j, "hdnd") || Is(w, j, "ubnd") ? 1 : 4;
      Core t = Target(w, j + skip, Is(w, j, "ubnd") ? "UBND" : "HĐND");
      if (t.end > j + skip) {
        t.canonical = canonical_head + " " + t.canonical;
        t.issuer = true;
        return t;
      }
    }
    return std::nullopt;
  }
  if (Seq(w, k, "ban can su dang") || Seq(w, k, "dang doan")) {
    std::size_t n = Seq(w, k, "dang doan") ? 2 : 4;
    std::string name = n == 2 ? "Đảng đoàn" : "Ban cán sự đảng";
    std::size_t j = k + n;
    if (Is(w, j, "ubnd") || Is(w, j, "hdnd") || Seq(w, j, "uy ban nhan dan") ||
        Seq(w, j, "hoi dong nhan dan")) {
      bool hd = Is(w, j, "hdnd") || Seq(w, j, "hoi dong nhan dan");
      std::size_t skip = (Is(w, j, "ubnd") || Is(w, j, "hdnd")) ? 1 : 4;
      Core t = Target(w, j + skip, hd ? "HĐND" : "UBND");
      t.end = std::max(t.end, j + skip);
      t.canonical = name + " " + t.canonical;
      t.issuer = false;
      return t;
    }
    return std::nullopt;
  }
  if (w[k].upper && Is(w, k, "ban")) {
    for (std::string_view unit : {"tuyen giao", "to chuc", "dan van", "noi chinh", "kinh te"}) {
      if (Seq(w, k + 1, unit)) {
        std::size_t j = k + 3;
        if (std::size_t n = committee(j)) {
          c.end = j + n;
          c.canonical = CanonicalWords(w, k, j) + " " + CanonicalWords(w, j, j + n);
          c.canonical = "Ban " + CapitalizeFirst(c.canonical.substr(4));
          return c;
        }
      }
    }
  }
  if (Seq(w, k, "uy ban kiem tra")) {
    std::size_t j = k + 4;
    if (std::size_t n = committee(j)) {
      c.end = j + n;
      c.canonical = "Ủy ban Kiểm tra " + CanonicalWords(w, j, j + n);
      return c;
    }
  }
  return std::nullopt;
}

std::optional<Core> Front(const Words& w, std::size_t k) {
  std::size_t j = 0;
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

std::optional<Core> Military(const Words& w, std::size_t k) {
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

std::optional<Core> Department(const Words& w, std::size_t k) {
  bool so = Is(w, k, "so"), phong = Is(w, k, "phong");
  if (!so && !phong) return std::nullopt;
  std::optional<FieldMatch> f = so ? MatchSoField(w, k + 1) : MatchPhongField(w, k + 1);
  Core c;
  if (f) {
    c.canonical = std::string(so ? "Sở " : "Phòng ") + f->canonical;
    c.end = f->end;
    if (phong) c.end = ScanLevelPlace(w, c.end, &c.canonical);
    return c;
  }
  if (!w[k].upper || k + 1 >= w.size() || !w[k + 1].upper || w[k + 1].punct) return std::nullopt;
  c.end = ScanName(w, k + 1, 8);
  c.canonical = CanonicalWords(w, k, c.end);
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

std::optional<Core> Named(const Words& w, std::size_t k) {
  std::size_t head = MatchNamedHead(w, k);
  if (head == 0) return std::nullopt;
  if (MatchActionWord(w, k) >= head && MatchActionWord(w, k) > 0 && !Seq(w, k, "ban chi dao"))
    return std::nullopt;  // "Ban hành ...", "Đoàn kết ..."
  std::size_t j = k + head;
  // One-word heads need a name after them: "Báo Hà Tĩnh", "Cục Thuế tỉnh", not "Hội nghị".
  if (head == 1 && (j >= w.size() || w[j].punct || !(w[j].upper || MatchLevel(w, j) > 0)))
    return std::nullopt;
  std::size_t end = ScanName(w, j, 10);
  if (end == j && head == 1) return std::nullopt;
  Core c;
  c.end = end;
  c.canonical = CanonicalWords(w, k, end);
  if (!c.canonical.empty()) c.canonical = CapitalizeFirst(c.canonical);
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
    std::size_t end = ScanModifiers(w, j);
    // "ngành Y tế", "lực lượng Công an": one capitalised name may follow the noun.
    if (end == j && j < w.size() && !w[j].punct && w[j].upper && !OpensBody(w, j) &&
        (h == "nganh" || h == "luc luong"))
      end = ScanName(w, j, 4);
    // "tổ COVID-19 cộng đồng": a "tổ" is a body only with a name ("tổ an toàn" is not one).
    if (h == "to" && (end == j || !(w[j].all_upper || w[j].text.find_first_of("0123456789") !=
                                                          std::string_view::npos)))
      return std::nullopt;
    Core c;
    c.end = end;
    c.canonical = LowercaseFirst(CanonicalWords(w, k, end));
    c.generic = true;
    return c;
  }
  return std::nullopt;
}

std::optional<Core> CoreAt(const Words& w, std::size_t k) {
  if (k >= w.size() || w[k].punct) return std::nullopt;
  if (Is(w, k, "cac") || Is(w, k, "nhung")) {
    if (auto c = Collective(w, k + 1)) return c;
    if (Seq(w, k + 1, "cap chinh quyen")) return Generic(w, k);
    // "các Sở: Nội vụ, ..." is a field list: left to MatchBodyListAt.
    return std::nullopt;
  }
  if (Is(w, k, "ubnd") || Is(w, k, "hdnd")) {
    Core c = Target(w, k + 1, Is(w, k, "ubnd") ? "UBND" : "HĐND");
    c.end = std::max(c.end, k + 1);
    return c;
  }
  if (Seq(w, k, "uy ban nhan dan") || Seq(w, k, "hoi dong nhan dan")) {
    Core c = Target(w, k + 4, w[k].fold == "uy" ? "UBND" : "HĐND");
    c.end = std::max(c.end, k + 4);
    return c;
  }
  if (auto c = Front(w, k)) return c;
  if (auto c = Party(w, k)) return c;
  if (auto c = Military(w, k)) return c;
  if (auto c = Department(w, k)) return c;
  if (auto c = Police(w, k)) return c;
  if (auto c = Named(w, k)) return c;
  return Generic(w, k);
}

}  // namespace

std::optional<BodyMention> MatchBodyAt(const std::vector<Word>& words, std::size_t i,
                                       std::string_view text) {
  if (i >= words.size() || words[i].punct || !CanStartBody(words[i])) return std::nullopt;
  std::size_t k = i + MatchTitle(words, i);
  // "Chánh Văn phòng UBND tỉnh": the title is "Chánh" alone.
  std::optional<Core> core = CoreAt(words, k);
  if (!core || core->end <= k) return std::nullopt;
  BodyMention m;
  m.first = i;
  m.end = core->end;
  m.ref.name = core->canonical;
  m.ref.alias = std::string(text.substr(words[i].begin, words[m.end - 1].end - words[i].begin));
  m.collective = core->collective;
  m.generic = core->generic;
  m.issuer_like = core->issuer && k == i;
  if (k > i && core->issuer) m.issuer_like = true;  // "Chủ tịch UBND tỉnh"
  return m;
}

std::vector<BodyMention> MatchBodyListAt(const std::vector<Word>& words, std::size_t i,
                                         std::string_view text, std::size_t* end) {
  std::vector<BodyMention> out;
  std::size_t k = i;
  bool field_mode = false;
  while (k < words.size()) {
    if (!field_mode && (words[k].punct || !CanStartBody(words[k]))) break;
    // "Giám đốc các Sở:", "Thủ trưởng các đơn vị:", "các Sở:" open a list of bare fields.
    std::size_t t = k + MatchTitle(words, k);
    if (Is(words, t, "cac") && t + 2 < words.size() && IsPunct(words, t + 2, ":") &&
        (Is(words, t + 1, "so") || Is(words, t + 1, "nganh") || Seq(words, t + 1, "don vi"))) {
      field_mode = true;
      k = t + 3;
      continue;
    }
    if (Is(words, t, "cac") && Seq(words, t + 1, "don vi") && IsPunct(words, t + 3, ":")) {
      field_mode = true;
      k = t + 4;
      continue;
    }
    std::optional<BodyMention> m = MatchBodyAt(words, k, text);
    if (!m && (field_mode || (!out.empty() && out.back().ref.name.rfind("Sở ", 0) == 0))) {
      std::size_t f0 = k + MatchTitle(words, k);
      if (std::optional<FieldMatch> f = MatchSoField(words, f0)) {
        BodyMention bm;
        bm.first = k;
        bm.end = f->end;
        bm.ref.name = "Sở " + f->canonical;
        bm.ref.alias = std::string(text.substr(words[k].begin, words[f->end - 1].end - words[k].begin));
        m = bm;
      }
    }
    if (!m) break;
    out.push_back(*m);
    k = m->end;
    std::size_t next = k;
    if (IsPunct(words, k, ",") || IsPunct(words, k, ";")) next = k + 1;
    else if (Is(words, k, "va")) next = k + 1;
    else break;
    if (Is(words, next, "va")) ++next;
    if (Is(words, next, "cung") || Seq(words, next, "phoi hop")) break;
    std::optional<BodyMention> peek = MatchBodyAt(words, next, text);
    bool body_next = peek.has_value();
    // After ";" a body followed by its verb opens the next clause: "chỉ đạo UBND tỉnh ...; Ban
    // Thường vụ các huyện, thị, thành ủy chỉ đạo ..." is not one list.
    if (peek && IsPunct(words, k, ";") && MatchActionWord(words, peek->end) > 0) break;
    if (!body_next && field_mode) body_next = MatchSoField(words, next + MatchTitle(words, next)).has_value();
    if (!body_next) {
      std::size_t t2 = next + MatchTitle(words, next);
      body_next = Is(words, t2, "cac") && (IsPunct(words, t2 + 2, ":") || IsPunct(words, t2 + 3, ":"));
    }
    if (!body_next) break;
    k = next;
  }
  *end = out.empty() ? i : out.back().end;
  return out;
}

std::optional<BodyHeading> MatchBodyHeading(const std::vector<Word>& words, std::string_view text) {
  std::size_t k = MatchAssignVerb(words, 0);
  // "Trách nhiệm của Sở Y tế:", "Nhiệm vụ của UBND các huyện", "Đối với các sở, ngành:".
  if (k == 0) {
    for (std::string_view p : {"trach nhiem cua", "nhiem vu cua", "doi voi", "trach nhiem"})
      if (Seq(words, 0, p)) {
        k = PhraseLength(p);
        break;
      }
  }
  std::size_t end = 0;
  std::vector<BodyMention> bodies = MatchBodyListAt(words, k, text, &end);
  if (bodies.empty()) return std::nullopt;
  BodyHeading h;
  h.bodies = std::move(bodies);
  std::size_t j = end;
  if (IsPunct(words, j, "(")) {
    int depth = 0;
    for (; j < words.size(); ++j) {
      if (IsPunct(words, j, "(")) ++depth;
      if (IsPunct(words, j, ")") && --depth == 0) { ++j; break; }
    }
  }
  // "Sở Y tế có trách nhiệm:", "UBND các huyện chịu trách nhiệm:" — a heading when ":" ends it.
  for (std::string_view p : {"co trach nhiem", "chiu trach nhiem", "thuc hien"})
    if (Seq(words, j, p) && IsPunct(words, j + PhraseLength(p), ":")) j += PhraseLength(p);
  if (IsPunct(words, j, ":")) ++j;
  if (IsPunct(words, j, ".")) ++j;
  if (j >= words.size()) {
    h.end_word = words.size();
    return h;
  }
  // An inline measure after the heading: "... Biên phòng tỉnh Tăng cường bảo đảm ...".
  if (!words[j].punct && words[j].upper && j > end) {
    h.end_word = j;  // after ":" or ")"
    return h;
  }
  if (!words[j].punct && words[j].upper && MatchActionWord(words, j) > 0) {
    h.end_word = j;
    return h;
  }
  return std::nullopt;
}

}  // namespace chidao::parse_internal
