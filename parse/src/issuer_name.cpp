#include "issuer_name.h"

#include <array>
#include <vector>

#include "folded_text.h"
#include "text_case.h"

namespace chidao {
namespace {

struct Word {
  std::string text;    // as written
  std::string folded;  // "ủy" → "uy"
};

std::vector<Word> Words(std::string_view s) {
  std::vector<Word> out;
  std::string collapsed = CollapseSpace(s);
  std::size_t i = 0;
  while (i < collapsed.size()) {
    std::size_t j = collapsed.find(' ', i);
    if (j == std::string::npos) j = collapsed.size();
    std::string w = collapsed.substr(i, j - i);
    out.push_back(Word{w, FoldText(w)});
    i = j + 1;
  }
  return out;
}

bool StartsWithWords(const std::vector<Word>& w, std::size_t at, std::initializer_list<std::string_view> seq) {
  if (at + seq.size() > w.size()) return false;
  std::size_t k = at;
  for (std::string_view s : seq)
    if (w[k++].folded != s) return false;
  return true;
}

// Word i is `marked` as written, or its unmarked spelling (OCR that lost the marks): folding
// alone would make "TĨNH" (of Hà Tĩnh) the level word "tỉnh".
bool WrittenAs(const std::vector<Word>& w, std::size_t i, std::string_view marked) {
  if (i >= w.size()) return false;
  std::string lower = LowerCase(w[i].text);
  return lower == marked || (lower == w[i].folded && lower == FoldText(marked));
}

bool IsLevel(const std::vector<Word>& w, std::size_t i, std::size_t* len) {
  const std::string& f = w[i].folded;
  if ((WrittenAs(w, i, "thành") || WrittenAs(w, i, "thị")) &&
      (WrittenAs(w, i + 1, "phố") || WrittenAs(w, i + 1, "xã") || WrittenAs(w, i + 1, "trấn"))) {
    if (i + 2 < w.size() && w[i + 2].folded == "uy") return false;
    *len = 2;
    return true;
  }
  if (f == "tp." || f == "tp") {
    *len = 1;
    return true;
  }
  if (WrittenAs(w, i, "tỉnh") || WrittenAs(w, i, "huyện") || WrittenAs(w, i, "quận") ||
      WrittenAs(w, i, "xã") || WrittenAs(w, i, "phường")) {
    if (i + 1 < w.size() && (w[i + 1].folded == "uy" || w[i + 1].folded == "hoi")) return false;
    *len = 1;
    return true;
  }
  return false;
}

bool IsCommittee(const std::vector<Word>& w, std::size_t i) {
  if (i + 1 >= w.size() || w[i + 1].folded != "uy") return false;
  const std::string& f = w[i].folded;
  return f == "tinh" || f == "huyen" || f == "thanh" || f == "quan" || f == "thi" || f == "dang";
}

// Heads of a field name whose next word is capitalised: "Sở Y tế", "Ban Tuyên giáo".
bool IsHead(const std::string& f) {
  return f == "so" || f == "bo" || f == "ban" || f == "cuc" || f == "vu" || f == "tong" || f == "vien" ||
         f == "phong" || f == "dai" || f == "bao" || f == "hoi" || f == "truong" || f == "ngan" ||
         f == "tuong";
}

std::string Lower(const std::string& s) { return LowerCase(s); }
std::string Cap(const std::string& s) { return CapitalizeFirst(LowerCase(s)); }

std::string Recase(const std::vector<Word>& w) {
  std::string out;
  auto emit = [&](const std::string& s) {
    if (!out.empty()) out += ' ';
    out += s;
  };
  bool place = false;     // inside a place name: every word capitalised
  bool cap_next = true;   // the first word, after a head ("Sở"), after a part separator
  for (std::size_t i = 0; i < w.size(); ++i) {
    const Word& x = w[i];
    std::size_t len = 0;
    if (x.text == "UBND" || x.text == "HĐND") {
      emit(x.text);
      place = cap_next = false;
    } else if (IsCommittee(w, i)) {
      emit(Cap(x.text) + " " + Lower(w[i + 1].text));
      ++i;
      place = true;
    } else if (IsLevel(w, i, &len)) {
      std::string s = Lower(x.text);
      for (std::size_t k = 1; k < len; ++k) {
        s += ' ';
        s += Lower(w[i + k].text);
      }
      emit(s);
      i += len - 1;
      place = true;
    } else if (place) {
      emit(Cap(x.text));
    } else if (x.folded == "va" || x.folded == "-") {
      emit(Lower(x.text));
      cap_next = true;
    } else {
      emit(cap_next ? Cap(x.text) : Lower(x.text));
      cap_next = IsHead(x.folded) || (!x.text.empty() && x.text.back() == ',');
    }
  }
  return out;
}

}  // namespace

bool IsLevelPlaceLine(std::string_view line) {
  std::vector<Word> w = Words(line);
  std::size_t len = 0;
  return w.size() >= 2 && IsLevel(w, 0, &len) && w.size() > len;
}

bool IsCommitteeDepartment(std::string_view name) {
  std::vector<Word> w = Words(name);
  if (w.size() < 2) return false;
  for (std::size_t i = 0; i < w.size(); ++i) {
    std::size_t len = 0;
    if (IsCommittee(w, i) || (i > 0 && IsLevel(w, i, &len))) return false;
  }
  return StartsWithWords(w, 0, {"so"}) || StartsWithWords(w, 0, {"ban"}) ||
         StartsWithWords(w, 0, {"chi", "cuc"}) || StartsWithWords(w, 0, {"phong"}) ||
         StartsWithWords(w, 0, {"thanh", "tra"}) || StartsWithWords(w, 0, {"trung", "tam"});
}

bool LooksLikeIssuerLine(std::string_view line) {
  std::string f = FoldText(CollapseSpace(line));
  static constexpr std::array<std::string_view, 34> kStarts{
      "uy ban", "ubnd", "hoi dong", "hdnd", "bo ", "so ", "ban ", "van phong", "chinh phu", "thu tuong",
      "tinh uy", "huyen uy", "thanh uy", "quan uy", "thi uy", "dang uy", "dang bo", "dang doan",
      "cong an", "cuc ", "tong cuc", "chi cuc", "trung tam", "truong ", "dai hoc", "quoc hoi",
      "mat tran", "toa an", "vien kiem sat", "kho bac", "bao hiem", "phong ", "btv", "bch "};
  for (std::string_view s : kStarts)
    if (f.compare(0, s.size(), s) == 0) return true;
  return false;
}

bool IsVoiceLine(std::string_view line) {
  std::string f = FoldText(CollapseSpace(line));
  for (std::string_view s : {"uy ban nhan dan", "hoi dong nhan dan", "chu tich", "bo truong", "thu tuong",
                             "ban thuong vu", "ban chap hanh", "giam doc", "chinh phu"})
    if (f.compare(0, s.size(), s) == 0) return true;
  return false;
}

std::string CanonicalIssuer(std::string_view name) {
  std::vector<Word> in = Words(name);
  // Drop a leading title: "Chủ tịch UBND tỉnh", "Giám đốc Sở Y tế", "Bộ trưởng Bộ Nội vụ".
  static constexpr std::array<std::array<std::string_view, 3>, 8> kTitles{{{"chu", "tich", ""},
                                                                           {"pho", "chu", "tich"},
                                                                           {"giam", "doc", ""},
                                                                           {"bo", "truong", ""},
                                                                           {"thu", "truong", ""},
                                                                           {"truong", "ban", ""},
                                                                           {"chanh", "van", "phong"},
                                                                           {"cuc", "truong", ""}}};
  for (const auto& t : kTitles) {
    std::size_t n = t[2].empty() ? 2 : 3;
    if (in.size() > n + 1 && in[0].folded == t[0] && in[1].folded == t[1] && (n == 2 || in[2].folded == t[2])) {
      in.erase(in.begin(), in.begin() + static_cast<long>(n));
      break;
    }
  }
  // Expand and contract abbreviations word by word.
  std::vector<Word> w;
  for (std::size_t i = 0; i < in.size(); ++i) {
    if (StartsWithWords(in, i, {"uy", "ban", "nhan", "dan"})) {
      w.push_back(Word{"UBND", "ubnd"});
      i += 3;
    } else if (StartsWithWords(in, i, {"hoi", "dong", "nhan", "dan"})) {
      w.push_back(Word{"HĐND", "hdnd"});
      i += 3;
    } else if (in[i].folded == "btv") {
      w.push_back(Word{"Ban", "ban"});
      w.push_back(Word{"Thường", "thuong"});
      w.push_back(Word{"vụ", "vu"});
    } else if (in[i].folded == "mttq") {
      for (const char* p : {"Mặt", "trận", "Tổ", "quốc"}) w.push_back(Word{p, FoldText(p)});
    } else {
      w.push_back(in[i]);
    }
  }
  std::string joined;
  for (const Word& x : w) joined += (joined.empty() ? "" : " ") + x.text;
  if (!IsAllCaps(joined)) return joined;
  return Recase(w);
}

}  // namespace chidao
