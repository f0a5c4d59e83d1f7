// Scanning rules shared by every kind of body name, with examples:
// - a name ends at punctuation, a function word ("với", "để", "theo"), a verb opening the next
//   clause ("chủ trì", "tăng cường"), a title, a word that opens another body ("Sở", "UBND"),
//   or "thuộc" before the body a unit belongs to ("Phòng ... thuộc Sở Xây dựng");
// - a level word and its place close a name: "tỉnh", "huyện Bát Xát", "tỉnh Cao Bằng" (a
//   province from the gazetteer, else up to three capitalised words); "tỉnh ủy" is not a level;
// - modifiers may follow a common noun: "liên quan", "có liên quan", "trên địa bàn tỉnh",
//   "trực thuộc", "lực lượng vũ trang", "kinh tế - xã hội", a range "từ Hà Tĩnh đến Quảng Ngãi".
#include "body_rules.h"

#include <algorithm>

#include "body_gazetteer.h"
#include "body_name.h"
#include "directive_lexicon.h"
#include "text_case.h"

namespace chidao::parse_internal::body_rules {

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

namespace {

// A trade that state companies are named after: "Điện lực", "Bưu điện", "Ngân hàng".
bool IsTrade(const Words& w, std::size_t i) {
  return Seq(w, i, "dien luc") || Seq(w, i, "buu dien") || Seq(w, i, "ngan hang");
}

// A police unit's name so far ("Phòng Cảnh sát giao thông", "Đội An ninh"): "cảnh sát" or
// "an ninh" among words[from, to).
bool PoliceUnit(const Words& w, std::size_t from, std::size_t to) {
  for (std::size_t i = from; i + 1 < to; ++i)
    if (Seq(w, i, "canh sat") || Seq(w, i, "an ninh")) return true;
  return false;
}

}  // namespace

// "Phòng" (an office), not the place syllable "Phong" ("Trường THCS Phong Thổ", "huyện Phong
// Điền"), which folds alike; an office's field after it ("Phong Văn hóa - Xã hội") shows OCR
// lost the mark.
bool IsPhongOffice(const Words& w, std::size_t i) {
  if (!Is(w, i, "phong")) return false;
  const std::string_view t = w[i].text;
  if (t == "Phòng" || t == "phòng" || t == "PHÒNG") return true;
  // Any other casing of "phòng" ("PHòng"); an unmarked "Phong" only before an office's field.
  return (!w[i].ascii && LowerCase(t) == "phòng") || MatchPhongField(w, i + 1).has_value();
}

// "Sở", "UBND", "Công an"...: a word that opens a new body, so a name before it has ended.
bool OpensBody(const Words& w, std::size_t i) {
  if (i >= w.size() || w[i].punct) return false;
  const std::string& f = w[i].fold;
  if (f == "ubnd" || f == "hdnd" || f == "ubmttq" || f == "ubmttqvn" || f == "mttq") return true;
  if (!w[i].upper) return false;
  // "Ban Chỉ huy Phòng, chống thiên tai ...": "Phòng, chống" is the board's work, no office.
  if (f == "phong" && (Is(w, i + 1, "chong") || (IsPunct(w, i + 1, ",") && Is(w, i + 2, "chong"))))
    return false;
  if (f == "so" || (f == "phong" && IsPhongOffice(w, i)) || Seq(w, i, "cong an") || Seq(w, i, "uy ban") ||
      Seq(w, i, "bo chi huy") || Seq(w, i, "dang uy") || Seq(w, i, "dang doan") ||
      Seq(w, i, "mat tran"))
    return true;
  return MatchNamedHead(w, i) > 0 || MatchTitle(w, i) > 0;
}

// A place name after a level word: a province from the gazetteer, else up to three capitalised
// words that are neither a new body nor a verb opening the next sentence.
std::size_t ScanPlace(const Words& w, std::size_t k) {
  if (std::size_t n = MatchProvince(w, k)) return k + n;
  // "thành phố Hội An chỉ đạo": a two-word place may start with a word that heads bodies
  // elsewhere ("Hội Nông dân"); it is the place when nothing of a name follows it.
  if (k + 1 < w.size() && w[k].upper && !w[k + 1].punct && w[k + 1].upper &&
      MatchNamedHead(w, k) == 1 && MatchTitle(w, k) == 0 && !OpensBody(w, k + 1)) {
    const std::size_t after = k + 2;
    if (after >= w.size() || w[after].punct || IsFunctionWord(w[after]) ||
        MatchActionWord(w, after) > 0 || MatchLevel(w, after) > 0 || OpensBody(w, after))
      return after;
  }
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
    AppendPiece(*out, LowerCase(std::string(w[k].text)), false);
    for (std::size_t i = k + 1; i < k + n; ++i) AppendPiece(*out, w[i].text, false);
    for (std::size_t i = k + n; i < end; ++i) AppendPiece(*out, w[i].text, w[i].punct);
  }
  return end;
}

// The body a group belongs to, after "thuộc": "UBND thành phố", "Ủy ban nhân dân huyện", "Sở",
// "Sở Y tế", "Bộ", "Tỉnh ủy", "tỉnh Cao Bằng"; returns k when there is none.
std::size_t ScanOwner(const Words& w, std::size_t k) {
  std::size_t j = k;
  if (Is(w, j, "ubnd") || Is(w, j, "hdnd")) {
    j += 1;
  } else if (Seq(w, j, "uy ban nhan dan") || Seq(w, j, "hoi dong nhan dan")) {
    j += 4;
  } else if (j < w.size() && w[j].upper && MatchCommittee(w, j) > 0) {
    return j + 2;
  } else if (j < w.size() && w[j].upper && (Is(w, j, "so") || Is(w, j, "bo"))) {
    // "thuộc Sở" (the issuing one) or "thuộc Sở Y tế".
    return j + 1 < w.size() && w[j + 1].upper && !OpensBody(w, j + 1) ? ScanName(w, j + 1, 6)
                                                                        : j + 1;
  } else if (MatchLevel(w, j) > 0) {
    return ScanLevelPlace(w, j, nullptr);
  } else {
    return k;
  }
  return ScanLevelPlace(w, j, nullptr);
}

// Modifiers after a common noun: "liên quan", "có liên quan", "chức năng", "cấp tỉnh",
// "trong tỉnh", "trực thuộc", "lực lượng vũ trang", "COVID-19 cộng đồng", "viễn thông".
std::size_t ScanModifiers(const Words& w, std::size_t k) {
  std::size_t start = k;
  while (k < w.size() && k - start < 7) {
    const Word& t = w[k];
    if (t.punct) {
      if (t.text == "-" && Is(w, k + 1, "xa") && Is(w, k + 2, "hoi")) { k += 3; continue; }
      // "các xã, phường ven sông, ven biển": the places along one edge, then another.
      if (t.text == "," && k > start && Is(w, k + 1, "ven") && k + 2 < w.size() && !w[k + 2].punct) {
        k += 3;
        continue;
      }
      break;
    }
    // "các xã ven biển", "các hộ ven sông": where the group lives.
    if (t.text == "ven" && k + 1 < w.size() && !w[k + 1].punct && !w[k + 1].upper) {
      k += 2;
      continue;
    }
    if (Seq(w, k, "co lien quan")) { k += 3; continue; }
    // "các công ty khai thác công trình thủy lợi": "công trình" is a noun, not "trình"; but in
    // "các đơn vị sự nghiệp công trình UBND tỉnh" the verb "trình" takes a body after it.
    if (t.fold == "cong" && Is(w, k + 1, "trinh") && k + 2 < w.size() && !w[k + 2].punct &&
        !w[k + 2].upper && !OpensBody(w, k + 2)) {
      k += 2;
      continue;
    }
    // "UBND các tỉnh, thành phố trực thuộc Trung ương": "Trung ương" belongs to the modifier.
    if (Seq(w, k, "truc thuoc trung uong")) { k += 4; continue; }
    // "các đảng ủy trực thuộc Tỉnh ủy": the committee above belongs to the modifier.
    if (Seq(w, k, "truc thuoc") && Is(w, k + 3, "uy") &&
        (Is(w, k + 2, "tinh") || Is(w, k + 2, "huyen") || Is(w, k + 2, "thanh"))) {
      k += 4;
      continue;
    }
    // "các phòng, ban, đơn vị thuộc UBND thành phố", "các đơn vị trực thuộc Sở": the body
    // the group belongs to is part of its name.
    if (t.text == "thuộc") {
      if (std::size_t e = ScanOwner(w, k + 1); e > k + 1) { k = e; continue; }
    }
    // "UBND các tỉnh, thành phố từ Hà Tĩnh đến Quảng Ngãi": a range of places names the group.
    if (t.text == "từ" && k + 1 < w.size() && w[k + 1].upper) {
      std::size_t a = ScanPlace(w, k + 1);
      if (a > k + 1 && Is(w, a, "den") && a + 1 < w.size() && w[a + 1].upper) {
        std::size_t b = ScanPlace(w, a + 1);
        if (b > a + 1) { k = b; continue; }
      }
    }
    // "các cơ quan thông tấn, báo chí tại địa phương".
    if (Seq(w, k, "tai dia phuong")) { k += 3; continue; }
    if (t.text == "các" && Is(w, k + 1, "cap") && MatchLevel(w, k + 1) == 0) { k += 2; continue; }
    if ((t.text == "trong" || t.text == "trên" || t.text == "của") && k + 1 < w.size()) {
      std::size_t j = k + 1;
      if (t.text == "của" && (Seq(w, j, "tinh uy") || Seq(w, j, "huyen uy"))) { k = j + 2; continue; }
      const bool area = Seq(w, j, "dia ban");
      if (area) j += 2;
      if (MatchLevel(w, j) > 0 && !Is(w, j + 1, "uy")) { k = ScanLevelPlace(w, j, nullptr); continue; }
      // "cơ quan hải quan trên địa bàn": the area of the issuer, named no further.
      if (area && t.text == "trên") { k = j; continue; }
      break;
    }
    // "các sở, ban, ngành Thành phố": a city's documents write its level with a capital when
    // it stands for the city itself; a level word still closes the group's name.
    if (t.upper && MatchLevel(w, k) > 0 && !Is(w, k + MatchLevel(w, k), "uy")) {
      k = ScanLevelPlace(w, k, nullptr);
      break;
    }
    if (t.upper && !t.all_upper && t.text.find_first_of("0123456789") == std::string_view::npos)
      break;
    if (t.upper && OpensBody(w, k)) break;
    if (IsFunctionWord(t) || MatchTitle(w, k) > 0) break;
    // "các cơ sở thu gom, tái chế phế liệu": the trade a group is named after, though "thu gom"
    // after a proper name is the clause's verb ("Công ty ... Hạ Long thu gom rác thải").
    if (MatchActionWord(w, k) > 0 && !Seq(w, k, "luc luong") && !Seq(w, k, "thu gom")) break;
    ++k;
  }
  return k;
}

// A name after a head word: capitalised words, lowercase words that are not verbs or function
// words, "và"/"-" between capitalised words; ends after a level and its place.
std::size_t ScanName(const Words& w, std::size_t k, std::size_t max_words, bool company) {
  std::size_t start = k;
  while (k < w.size() && k - start < max_words) {
    const Word& t = w[k];
    // "Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh": the comma of "phòng, chống" is inside.
    // "Cục Quản lý Khám, chữa bệnh" likewise, and the fire police's "phòng cháy, chữa cháy và
    // cứu nạn, cứu hộ", read whole (the name's word limit is for names without commas).
    if (t.punct && t.text == "," && k > start &&
        ((w[k - 1].fold == "phong" && Is(w, k + 1, "chong")) ||
         (w[k - 1].fold == "kham" && Is(w, k + 1, "chua")))) {
      k += 2;
      continue;
    }
    if (SeqP(w, k, {"phong", "chay", ",", "chua", "chay"})) {
      k += 5;
      if (SeqP(w, k, {"va", "cuu", "nan", ",", "cuu", "ho"})) k += 6;
      continue;
    }
    // "Báo và Phát thanh, Truyền hình Khánh Hòa" (the merged provincial media).
    if (IsPunct(w, k, ",") && k >= start + 2 && Seq(w, k - 2, "phat thanh") &&
        Seq(w, k + 1, "truyen hinh")) {
      k += 3;
      continue;
    }
    // "Trung tâm Văn hóa, Thông tin và Thể thao huyện": fields listed inside one name, the
    // last after "và". Each field is capitalised and opens no body of its own.
    // A department's own field after the comma ("Sở Y tế, Giáo dục và Đào tạo") lists another
    // department instead.
    const auto whole_field = [&](std::size_t i) {
      std::optional<FieldMatch> f = MatchSoField(w, i);
      return f && (f->end >= w.size() || w[f->end].punct || !w[f->end].upper);
    };
    if (IsPunct(w, k, ",") && k > start && !whole_field(k + 1)) {
      std::size_t j = k + 1;
      bool joined = false;
      while (j < w.size() && j - k < 8) {
        if (w[j].punct || !w[j].upper || OpensBody(w, j) || MatchProvince(w, j) > 0) break;
        while (j < w.size() && !w[j].punct && (w[j].upper || !IsFunctionWord(w[j])) &&
               !OpensBody(w, j) && MatchLevel(w, j) == 0 && w[j].fold != "va")
          ++j;
        if (Is(w, j, "va") && j + 1 < w.size() && !w[j + 1].punct && w[j + 1].upper &&
            !OpensBody(w, j + 1)) {
          joined = true;
          break;
        }
        if (!IsPunct(w, j, ",")) break;
        ++j;
      }
      if (joined) {
        k = j;  // at "và": the rule for "và" below reads on
        continue;
      }
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
    // "Liên minh Hợp tác xã tỉnh": "hợp tác xã" (a cooperative) holds no level.
    if (Seq(w, k, "hop tac xa")) {
      k += 3;
      continue;
    }
    if (std::size_t lv = MatchLevel(w, k); lv > 0 && !(t.upper && k == start)) {
      return ScanLevelPlace(w, k, nullptr);
    }
    // "Báo Hải Phòng", "Đài Phát thanh và Truyền hình Hải Phòng": a province is read whole,
    // though "Phòng" alone would open a district office, and closes the name as a place does.
    // A level after it makes it a person's name: "Đoàn TNCS Hồ Chí Minh tỉnh".
    if (t.upper)
      if (std::size_t p = MatchProvince(w, k)) {
        if (MatchLevel(w, k + p) == 0) return k + p;
        k += p;
        continue;
      }
    if (t.upper) {
      // "Phòng Cảnh sát giao thông Công an tỉnh": a police unit is named with its force.
      if (k > start && Seq(w, k, "cong an") && PoliceUnit(w, start, k))
        return ScanLevelPlace(w, k + 2, nullptr);
      // "Công ty TNHH MTV Điện lực Hải Phòng", "Tổng công ty Bưu điện Việt Nam": a trade
      // named inside a company's name does not open a body of its own.
      if (k > start && OpensBody(w, k) && !(company && IsTrade(w, k))) break;
      // A capitalised verb opens the next sentence, but not after the dash inside a name
      // ("Ban Thi đua - Khen thưởng tỉnh").
      // Nor after a "và" joining two capitalised parts ("Cục Quản lý và Xây dựng công trình").
      if (k > start && !w[k - 1].upper && !IsPunct(w, k - 1, "-") &&
          !(w[k - 1].fold == "va" && k - 1 > start) &&
          MatchActionWord(w, k) > 0)
        break;
      // A verb taken into the name is taken whole: "dựng" of "Xây dựng" folds like "dừng".
      k += std::max<std::size_t>(1, MatchActionWord(w, k));
      continue;
    }
    if (t.fold == "va" && k + 1 < w.size() && !w[k + 1].punct && w[k + 1].upper &&
        !OpensBody(w, k + 1)) {
      ++k;
      continue;
    }
    // "Trung tâm Quan trắc tài nguyên và môi trường": a department's field inside a name, its
    // "và" written in lower case.
    if (k > start && !t.upper) {
      if (std::optional<FieldMatch> f = MatchSoField(w, k); f && f->end > k + 2) {
        bool joined = false;
        for (std::size_t i = k + 1; i < f->end; ++i) joined = joined || Is(w, i, "va");
        if (joined) {
          k = f->end;
          continue;
        }
      }
    }
    // "Ban Quản lý các khu công nghiệp tỉnh", "Ban Quản lý các dự án ...": what it manages.
    if (t.text == "các" && k >= 2 && Seq(w, k - 2, "quan ly") && k + 1 < w.size() &&
        !w[k + 1].punct && MatchLevel(w, k + 1) == 0) {
      ++k;
      continue;
    }
    // "Ủy ban bầu cử các cấp", "Ban Chỉ đạo các cấp": one body at every level.
    if (t.text == "các" && k > start && Is(w, k + 1, "cap") && MatchLevel(w, k + 1) == 0)
      return k + 2;
    // "Trung tâm Y tế các huyện, thành phố", "Phòng Văn hóa - Thông tin các huyện, thị xã":
    // the body in each place of the levels listed.
    if (t.text == "các") {
      if (std::size_t lv = MatchLevel(w, k + 1); lv > 0 && !Is(w, k + 1 + lv, "uy")) {
        std::size_t j = k + 1 + lv;
        while ((IsPunct(w, j, ",") || Is(w, j, "va")) && MatchLevel(w, j + 1) > 0 &&
               !Is(w, j + 1 + MatchLevel(w, j + 1), "uy"))
          j += 1 + MatchLevel(w, j + 1);
        return j;
      }
    }
    if (IsFunctionWord(t) || MatchTitle(w, k) > 0) break;
    // "Phòng Quản lý nhà và Thị trường bất động sản thuộc Sở Xây dựng": the body a unit belongs
    // to locates it and is no part of its name.
    if (t.text == "thuộc" && k > start && ScanOwner(w, k + 1) > k + 1) break;
    // "Công ty Điện lực Quảng Bình có phương án ...": "có" opens the predicate.
    if (t.text == "có") break;
    // "Công ty TNHH MTV Khai thác công trình thủy lợi": "công trình" is a noun, not "trình".
    if (t.fold == "cong" && Is(w, k + 1, "trinh")) {
      k += 2;
      continue;
    }
    // "Bộ Y tế giao:", "Sở Y tế đề nghị ...": an assignment verb ends the name ("giao thông",
    // "giao dịch" are nouns).
    if ((t.text == "giao" || t.text == "yêu" || t.text == "đề") && MatchAssignVerb(w, k) > 0 &&
        !Is(w, k + 1, "thong") && !Is(w, k + 1, "dich") && !Is(w, k + 1, "luu"))
      break;
    // "Cục Y tế dự phòng làm đầu mối": "làm" is the verb, except in "việc làm" (a field).
    if (t.fold == "lam" && t.text == "làm" && !(k > start && w[k - 1].fold == "viec")) break;
    // "Cục Nhà giáo và Cán bộ quản lý giáo dục": "cán bộ quản lý" (managers) is a noun.
    if (k >= start + 2 && Seq(w, k - 2, "can bo quan ly")) {
      k += 2;
      continue;
    }
    if (MatchActionWord(w, k) > 0) {
      // "Ban Quản lý dự án đầu tư xây dựng huyện": a verb inside a name that ends in a level.
      bool level_ahead = false;
      // The level must be the name's own: in "Kho bạc Nhà nước Đồng Tháp tham mưu UBND tỉnh"
      // "tỉnh" belongs to the next body.
      for (std::size_t j = k + 1; j < w.size() && j <= k + 3 && !w[j].punct && !OpensBody(w, j);
           ++j)
        if (MatchLevel(w, j) > 0 && !Is(w, j + 1, "uy")) level_ahead = true;
      if (!level_ahead) break;
    }
    ++k;
  }
  return k;
}

}  // namespace chidao::parse_internal::body_rules
