// The gazetteer's tables. Sources: the names of provincial departments and district offices
// under Nghị định 107/2020 and 108/2020 (and the 2025 mergers: "Nông nghiệp và Môi trường",
// "Dân tộc và Tôn giáo"), the abbreviations clerks use for them ("Sở TT&TT", "Sở NN&PTNT",
// "Sở LĐ-TB&XH", "Sở GD&ĐT", "Sở KH&ĐT"), and the 63 provinces (plus their pre-merger names).
// A field matches with or without its connectors: "Thông tin Truyền thông" is "Thông tin và
// Truyền thông", "Lao động Thương binh và Xã hội" is "Lao động - Thương binh và Xã hội".
#include "body_gazetteer.h"

#include "text_case.h"
#include "folded_text.h"
#include "fold_table.h"
#include "phrase_set.h"

#include <algorithm>
#include <initializer_list>
#include <utility>

namespace chidao::parse_internal {
namespace {

struct Entry {
  std::string canonical;
  std::vector<std::vector<std::string>> keys;  // folded words, connectors dropped
};

std::vector<std::string> KeyOf(std::string_view phrase) {
  std::vector<std::string> key;
  for (const Word& w : Tokenize(phrase)) {
    if (w.punct || w.fold == "va") continue;
    key.push_back(w.fold);
  }
  return key;
}

// A table of fields, its keys indexed by their first word: a field is looked up at every word
// that may follow "Sở", "Phòng" or "Bộ", and most such words start none of the keys.
struct Fields {
  std::vector<Entry> entries;
  // First word → (entry, key) in table order, which settles ties between keys of one length.
  FoldTable<std::vector<std::pair<std::size_t, std::size_t>>> by_first;
};

Fields MakeEntries(
    std::initializer_list<std::pair<std::string_view, std::initializer_list<std::string_view>>> raw) {
  Fields out;
  for (const auto& [canonical, variants] : raw) {
    Entry e;
    e.canonical = std::string(canonical);
    e.keys.push_back(KeyOf(canonical));
    for (std::string_view v : variants) e.keys.push_back(KeyOf(v));
    out.entries.push_back(std::move(e));
  }
  for (std::size_t e = 0; e < out.entries.size(); ++e)
    for (std::size_t k = 0; k < out.entries[e].keys.size(); ++k)
      if (!out.entries[e].keys[k].empty())
        out.by_first.Insert(out.entries[e].keys[k][0]).emplace_back(e, k);
  return out;
}

bool IsConnector(const Word& w) {
  return (w.punct && (w.text == "-" || w.text == "&" || w.text == "," || w.text == "–")) ||
         w.fold == "va";
}

std::optional<FieldMatch> MatchEntries(const Fields& fields, const std::vector<Word>& words,
                                       std::size_t i) {
  if (i >= words.size() || words[i].punct) return std::nullopt;
  const auto* candidates = fields.by_first.Find(words[i].fold, words[i].fold_hash);
  if (candidates == nullptr) return std::nullopt;
  std::optional<FieldMatch> best;
  std::size_t best_len = 0;
  for (const auto& [entry, key_index] : *candidates) {
    const Entry& e = fields.entries[entry];
    const std::vector<std::string>& key = e.keys[key_index];
    std::size_t j = i, k = 0;
    std::size_t last = i;
    while (k < key.size() && j < words.size()) {
      if (k > 0 && IsConnector(words[j])) {
        ++j;
        continue;
      }
      if (words[j].punct || words[j].fold != key[k]) break;
      ++k;
      last = ++j;
    }
    if (k == key.size() && key.size() > best_len) {
      best_len = key.size();
      best = FieldMatch{e.canonical, last};
    }
  }
  return best;
}

}  // namespace

std::optional<FieldMatch> MatchSoField(const std::vector<Word>& words, std::size_t i) {
  static const Fields kFields = MakeEntries({
      {"Nội vụ", {"NV"}},
      {"Tư pháp", {"TP"}},
      {"Kế hoạch và Đầu tư", {"KH&ĐT", "KHĐT", "KH-ĐT", "KH và ĐT"}},
      {"Tài chính", {"TC"}},
      {"Công Thương", {"CT"}},
      {"Nông nghiệp và Phát triển nông thôn",
       {"Nông nghiệp và PTNT", "NN&PTNT", "NNPTNT", "NN và PTNT", "NN-PTNT"}},
      {"Nông nghiệp và Môi trường", {"NN&MT", "NNMT"}},
      {"Giao thông Vận tải", {"GTVT", "GT-VT"}},
      {"Xây dựng", {"XD"}},
      {"Tài nguyên và Môi trường", {"TN&MT", "TNMT", "TN-MT"}},
      {"Thông tin và Truyền thông", {"TT&TT", "TTTT", "TT-TT", "TT và TT"}},
      {"Lao động - Thương binh và Xã hội", {"LĐ-TB&XH", "LĐTBXH", "LĐ-TBXH", "LĐ,TB&XH", "LĐTB&XH"}},
      {"Văn hóa, Thể thao và Du lịch", {"VH,TT&DL", "VHTTDL", "VH-TT&DL", "VHTT&DL"}},
      {"Văn hóa và Thể thao", {"VH&TT"}},
      {"Du lịch", {}},
      {"Khoa học và Công nghệ", {"KH&CN", "KHCN", "KH-CN"}},
      {"Giáo dục và Đào tạo", {"GD&ĐT", "GDĐT", "GD-ĐT", "Giáo dục - Đào tạo"}},
      {"Y tế", {"YT"}},
      {"Ngoại vụ", {}},
      {"Dân tộc và Tôn giáo", {}},
      {"Quy hoạch - Kiến trúc", {}},
  });
  return MatchEntries(kFields, words, i);
}

std::optional<FieldMatch> MatchBoField(const std::vector<Word>& words, std::size_t i) {
  // The ministries after the 2025 reorganisation (Nghị định 37/2025) and the names they had
  // before it, which older directives cite.
  static const Fields kFields = MakeEntries({
      {"Quốc phòng", {}},
      {"Công an", {}},
      {"Ngoại giao", {}},
      {"Nội vụ", {}},
      {"Tư pháp", {}},
      {"Tài chính", {}},
      {"Công Thương", {}},
      {"Nông nghiệp và Môi trường", {"NN&MT"}},
      {"Xây dựng", {}},
      {"Văn hóa, Thể thao và Du lịch", {"VHTTDL"}},
      {"Khoa học và Công nghệ", {"KH&CN"}},
      {"Giáo dục và Đào tạo", {"GD&ĐT"}},
      {"Y tế", {}},
      {"Dân tộc và Tôn giáo", {}},
      {"Kế hoạch và Đầu tư", {"KH&ĐT"}},
      {"Giao thông vận tải", {"GTVT"}},
      {"Tài nguyên và Môi trường", {"TN&MT"}},
      {"Thông tin và Truyền thông", {"TT&TT"}},
      {"Lao động - Thương binh và Xã hội", {"LĐ-TB&XH"}},
      {"Nông nghiệp và Phát triển nông thôn", {"NN&PTNT"}},
  });
  return MatchEntries(kFields, words, i);
}

std::optional<FieldMatch> MatchPhongField(const std::vector<Word>& words, std::size_t i) {
  static const Fields kFields = MakeEntries({
      {"Nội vụ", {}},
      {"Tư pháp", {}},
      {"Tài chính - Kế hoạch", {"TC-KH", "TCKH"}},
      {"Kinh tế", {}},
      {"Kinh tế và Hạ tầng", {"KT&HT", "KTHT", "KT-HT"}},
      {"Quản lý đô thị", {"QLĐT"}},
      {"Tài nguyên và Môi trường", {"TN&MT", "TNMT"}},
      {"Lao động - Thương binh và Xã hội", {"LĐ-TB&XH", "LĐTBXH"}},
      {"Văn hóa và Thông tin", {"VH&TT", "VHTT", "Văn hóa - Thông tin"}},
      {"Văn hóa, Khoa học và Thông tin", {}},
      {"Giáo dục và Đào tạo", {"GD&ĐT", "GDĐT"}},
      {"Y tế", {}},
      {"Nông nghiệp và Phát triển nông thôn",
       {"Nông nghiệp và PTNT", "NN&PTNT", "NNPTNT", "NN và PTNT"}},
      {"Nông nghiệp và Môi trường", {}},
      {"Dân tộc", {}},
      {"Kinh tế, Hạ tầng và Đô thị", {}},
      {"Văn hóa - Xã hội", {}},
  });
  return MatchEntries(kFields, words, i);
}

const PhraseSet& Titles() {
  static const PhraseSet kTitles = {
      "thủ trưởng", "giám đốc", "phó giám đốc", "tổng giám đốc", "chủ tịch", "phó chủ tịch",
      "chỉ huy trưởng", "tổng biên tập", "người đứng đầu", "bí thư", "phó bí thư",
      "cục trưởng", "chi cục trưởng", "hiệu trưởng", "viện trưởng",
      "trưởng", "lãnh đạo", "đồng chí", "thủ trưởng các", "chánh", "bộ trưởng",
      "thứ trưởng", "thống đốc", "tổng cục trưởng", "chủ nhiệm", "chánh án"};
  return kTitles;
}

// The units residents live in, below the commune: "tổ dân phố", "thôn", "khu phố", "ấp".
static std::size_t MatchResidentialUnit(const std::vector<Word>& words, std::size_t i) {
  static const PhraseSet kUnits = {"tổ dân phố", "thôn", "khu phố", "ấp", "xóm", "khối phố"};
  return kUnits.Match(words, i);
}

// One title, or several joined by commas that share the body after the last: one head with two
// offices ("Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ"), the head and the deputies ("Chủ tịch, Phó
// Chủ tịch UBND các xã"), heads of a group of bodies ("Bộ trưởng, Thủ trưởng các bộ, cơ quan
// ngang bộ"). A title after a comma that is not a head's or deputy's may have a body of its own
// ("Các Bộ trưởng, Chủ tịch UBND các tỉnh"): the list stops before it.
std::size_t MatchOneTitle(const std::vector<Word>& words, std::size_t i);

std::size_t MatchTitle(const std::vector<Word>& words, std::size_t i) {
  std::size_t n = MatchOneTitle(words, i);
  while (n > 0 && i + n + 1 < words.size() && words[i + n].punct && words[i + n].text == "," &&
         (words[i + n + 1].fold == "pho" || StartsWithFolded(words, i + n + 1, "thu truong") ||
          StartsWithFolded(words, i + n + 1, "chu nhiem"))) {
    const std::size_t more = MatchOneTitle(words, i + n + 1);
    if (more == 0) break;
    n += 1 + more;
  }
  return n;
}

std::size_t MatchOneTitle(const std::vector<Word>& words, std::size_t i) {
  // "Tổng Thanh tra Chính phủ", "Tổng Kiểm toán nhà nước": the head of the inspectorate or
  // the audit office is named by "Tổng" before the body's own name.
  if (i + 1 < words.size() && words[i].fold.size() == 4 && words[i].fold == "tong" && words[i + 1].upper &&
      (StartsWithFolded(words, i + 1, "thanh tra") || StartsWithFolded(words, i + 1, "kiem toan")))
    return 1;
  std::size_t n = Titles().Match(words, i);
  if (n == 0) return 0;
  // "thủ trưởng các" is listed only so the longest match keeps "các" out of the title.
  if (words[i + n - 1].fold == "cac") --n;
  // "Trưởng"/"Chánh" alone are titles only before a body name: "Trưởng Ban quản lý ...",
  // "Chánh Văn phòng UBND tỉnh"; "trưởng thành" or "chánh án" are not.
  // "Trường Chính trị tỉnh" is a school, not the title "Trưởng" before a body.
  if (n == 1 && words[i].fold == "truong" && LowerCase(words[i].text) == "trường") return 0;
  if (n == 1 && (words[i].fold == "truong" || words[i].fold == "chanh")) {
    // "Trưởng phòng Giáo dục và Đào tạo", "Trưởng ban Dân tộc": the office is written in
    // lower case after the title; the body is "Phòng ..." / "Ban ...".
    if (words[i].fold == "truong" && i + 2 < words.size() && !words[i + 1].upper &&
        (words[i + 1].fold == "phong" || words[i + 1].fold == "ban") && words[i + 2].upper &&
        !words[i + 2].punct)
      return 1;
    // "Trưởng các tổ dân phố", "Trưởng các thôn": the head of each residential unit.
    if (words[i].fold == "truong" && i + 2 < words.size() && words[i + 1].text == "các" &&
        MatchResidentialUnit(words, i + 2) > 0)
      return 1;
    if (i + 1 >= words.size() || !words[i + 1].upper) return 0;
    if (words[i].fold == "chanh" && words[i + 1].fold != "van" && words[i + 1].fold != "thanh")
      return 0;
  }
  if (words[i].fold == "lanh" && n == 2 && (i + n >= words.size() || words[i + n].fold == "dao"))
    return 0;  // "lãnh đạo, chỉ đạo": a verb here
  return n;
}

const PhraseSet& CollectiveNouns() {
  static const PhraseSet kNouns = {
      "sở", "ban", "ngành", "cơ quan", "đơn vị", "địa phương", "hội", "đoàn thể", "tổ chức",
      "doanh nghiệp", "lực lượng", "cấp ủy", "cấp ủy đảng", "chính quyền", "tổ chức đảng",
      "ban cán sự đảng", "đảng đoàn", "ban đảng", "tổ chức chính trị - xã hội",
      "đoàn thể chính trị - xã hội", "cơ sở", "công sở", "trường", "nhà trường", "cơ quan báo chí",
      "huyện", "thị xã", "thành phố", "xã", "phường", "thị trấn", "quận", "đặc khu", "khu kinh tế",
      "khu công nghiệp", "cụm công nghiệp", "công trường", "trung tâm thương mại", "siêu thị",
      "thành viên", "tổ", "công ty", "hợp tác xã", "bộ", "phòng", "ban ngành", "sở ngành",
      "cơ quan ngang bộ", "cơ quan thuộc Chính phủ",
      "cơ quan chuyên môn", "cơ quan, đơn vị", "cấp chính quyền", "cơ sở giáo dục", "cơ sở y tế",
      "bệnh viện", "trung tâm y tế", "trạm y tế", "cơ sở sản xuất", "nhà máy", "xí nghiệp", "ngân hàng",
      "hội đoàn thể", "mặt trận", "đội", "chốt", "cảng", "chi bộ", "đảng bộ", "cấp", "ngành y tế",
      "huyện, thị, thành ủy", "huyện ủy", "thị ủy", "thành ủy", "quận ủy", "đảng ủy",
      "ban xây dựng đảng", "cơ quan thông tấn", "báo chí", "chủ đầu tư",
      "công trường xây dựng", "tổ dân phố", "thôn", "khu phố", "ấp", "xóm", "khối phố"};
  return kNouns;
}

std::size_t MatchCollectiveNoun(const std::vector<Word>& words, std::size_t i) {
  return CollectiveNouns().Match(words, i);
}

std::size_t MatchLevel(const std::vector<Word>& words, std::size_t i) {
  // "đặc khu": the island units that rank with xã and phường since the 2025 reform ("UBND các
  // xã, phường, đặc khu").
  static const PhraseSet kLevels = {"tỉnh", "huyện", "thành phố", "thị xã", "xã", "phường",
                                    "thị trấn", "đặc khu", "quận", "cấp tỉnh", "cấp huyện",
                                    "cấp xã", "thành phố trực thuộc trung ương"};
  std::size_t n = kLevels.Match(words, i);
  // "Hải quan", "cơ quan", "phương án", "xa": syllables that fold like "quận", "phường", "xã"
  // are levels only when written so.
  if (n == 1) {
    const std::string_view f = words[i].fold;
    if (f == "quan" || f == "phuong" || f == "xa") {
      const std::string lower = LowerCase(words[i].text);
      // OCR moves or swaps the marks of "phường" ("phưòng", "phuờng"); the grave alone tells it
      // from "phương" (no tone), whose OCR forms carry none.
      const bool grave = f == "phuong" && (lower.find("ò") != std::string::npos ||
                                           lower.find("ờ") != std::string::npos ||
                                           lower.find("ù") != std::string::npos ||
                                           lower.find("ừ") != std::string::npos);
      if (lower != "quận" && lower != "phường" && lower != "xã" && !grave) return 0;
    }
    // "xã hội" is society, not a commune ("Ngân hàng Chính sách xã hội tỉnh", "các tổ chức
    // chính trị - xã hội"): a commune's name after "xã" is capitalised ("xã Hội Sơn").
    if (f == "xa" && i + 1 < words.size() && words[i + 1].fold == "hoi" &&
        StartsLower(words[i + 1].text))
      return 0;
  }
  // "thành phố trực thuộc trung ương" is a long description, not a level word.
  return n > 2 ? 2 : n;
}

std::size_t MatchProvince(const std::vector<Word>& words, std::size_t i) {
  static const PhraseSet kProvinces = {
      "An Giang", "Bà Rịa - Vũng Tàu", "Bà Rịa Vũng Tàu", "Bắc Giang", "Bắc Kạn", "Bạc Liêu",
      "Bắc Ninh", "Bến Tre", "Bình Định", "Bình Dương", "Bình Phước", "Bình Thuận", "Cà Mau",
      "Cần Thơ", "Cao Bằng", "Đà Nẵng", "Đắk Lắk", "Đắk Nông", "Điện Biên", "Đồng Nai",
      "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam", "Hà Nội", "Hà Tĩnh", "Hải Dương",
      "Hải Phòng", "Hậu Giang", "Hòa Bình", "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum",
      "Lai Châu", "Lâm Đồng", "Lạng Sơn", "Lào Cai", "Long An", "Nam Định", "Nghệ An",
      "Ninh Bình", "Ninh Thuận", "Phú Thọ", "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi",
      "Quảng Ninh", "Quảng Trị", "Sóc Trăng", "Sơn La", "Tây Ninh", "Thái Bình", "Thái Nguyên",
      "Thanh Hóa", "Thừa Thiên Huế", "Thừa Thiên - Huế", "Huế", "Tiền Giang", "Hồ Chí Minh",
      "Trà Vinh", "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái"};
  return kProvinces.Match(words, i);
}

const PhraseSet& NamedHeads() {
  static const PhraseSet kHeads = {
      "ban", "trung tâm", "chi cục", "cục", "đài", "báo", "hội", "liên đoàn", "kho bạc",
      "ngân hàng", "bưu điện", "thanh tra", "tập đoàn", "tổng công ty", "công ty", "viện",
      "bệnh viện", "trường", "văn phòng", "bảo hiểm xã hội", "bhxh", "ủy ban", "tòa án",
      "viện kiểm sát", "học viện", "đoàn", "tỉnh đoàn", "huyện đoàn", "thành đoàn", "hợp tác xã",
      "cảng vụ", "kbnn", "hạt kiểm lâm", "quỹ", "vườn quốc gia",
      "vp", "cổng thông tin điện tử", "ban chỉ đạo", "bcđ", "ban quản lý", "bql", "cục thuế",
      "phân hiệu", "đại học", "trạm", "tổng cục", "bộ", "văn phòng điều phối", "cảnh sát",
      "bộ đội", "đồn biên phòng", "chi nhánh ngân hàng", "điện lực", "ban dân tộc",
      "thông tấn xã", "liên minh", "viettel", "vnpt", "mobifone", "kiểm toán nhà nước",
      // A ministry's departments ("Vụ Kế hoạch - Tài chính"); a province's tax office since
      // 2025 ("Thuế tỉnh Lạng Sơn", formerly "Cục Thuế tỉnh"); a ward's or a market's team
      // ("Đội Quản lý trật tự đô thị phường", "Đội Quản lý thị trường số 3"), by its duty:
      // "Đội" alone also opens names ("Trường THCS Đội Cấn", "Hội đồng Đội tỉnh").
      "vụ", "thuế", "đội quản lý", "đội cảnh sát", "đội kiểm tra", "đội thanh tra", "đội thuế",
      "đội cứu hộ", "đội cứu nạn", "đội tuần tra", "đội chữa cháy", "đội phòng cháy",
      "đội dân phòng", "đội công tác", "đội kiểm soát", "đội quy tắc", "đội điều tra", "đội cơ động",
      "đội kiểm lâm", "đội trật tự", "đội thi hành án", "đội csgt", "đội pccc", "đội cảnh sát giao thông"};
  return kHeads;
}

std::size_t MatchCommittee(const std::vector<Word>& words, std::size_t i) {
  if (i + 1 >= words.size() || words[i + 1].punct || words[i + 1].fold != "uy") return 0;
  for (std::string_view level : {"tinh", "huyen", "thanh", "thi", "quan", "dang"})
    if (words[i].fold == level) return 2;
  return 0;
}

std::size_t MatchNamedHead(const std::vector<Word>& words, std::size_t i) {
  if (i >= words.size() || !words[i].upper) return 0;
  const std::size_t n = NamedHeads().Match(words, i);
  // A one-word head written with marks must be written as listed: "Bảo Lộc", "Cúc Phương",
  // "Đại Lộc", "Trương" fold like "Báo", "Cục", "Đài", "Trường" but name places and people.
  // Unmarked words (OCR that lost the marks) are still taken by their fold.
  if (n == 1 && words[i].text.size() != words[i].fold.size() &&
      !NamedHeads().IsWrittenOneWord(LowerCase(words[i].text)))
    return 0;
  return n;
}

bool ComputeCanStartBody(const Word& word) {
  // Words with marks are compared as written (lower, Capitalised or UPPER case), so that the
  // many syllables that fold alike ("có"/"cơ", "số"/"sở", "đang"/"đảng") do not all reach the
  // full matcher; unmarked words (OCR that lost the marks, abbreviations) by their fold. A word
  // written as listed folds as its listing does, so the folds of the written forms screen the
  // marked words by the hash already at hand before their text is hashed.
  struct Sets {
    FoldTable<bool> folded;
    FoldTable<bool> written;
    FoldTable<bool> written_folds;
  };
  static const Sets kSets = [] {
    Sets s;
    std::vector<std::string> folded;
    std::vector<std::string> written = {
        "các", "những", "ubnd", "hđnd", "ủy", "uỷ", "hội", "mặt", "mttq", "ubmttq", "ubmttqvn",
        "sở", "phòng", "công", "bộ", "ban", "bch", "btv", "đảng", "thường", "tỉnh", "huyện",
        "thành", "thị", "chính", "ngành", "lực", "doanh", "tổ", "cấp", "địa", "đoàn", "cơ",
        "đơn",
        // OCR reads "Đ" as "D" (DOMAIN.md §6): "Dảng ủy Công an huyện".
        "dảng"};
    for (const std::string& w : written) s.folded.Insert(FoldText(w));
    Titles().AddFirstWords(folded, written);
    CollectiveNouns().AddFirstWords(folded, written);
    NamedHeads().AddFirstWords(folded, written);
    for (const std::string& f : folded) s.folded.Insert(f);
    auto add_written = [&s](const std::string& form) {
      s.written.Insert(form);
      for (const Word& t : Tokenize(form)) s.written_folds.Insert(t.fold);
    };
    for (const std::string& w : written) {
      std::string lower = LowerCase(w);
      // Heads that are common words in lowercase ("nhiệm vụ", "nộp thuế", "đội ngũ") open a body only
      // capitalised; screening them out here spares the matcher every "vụ" of a text.
      if (lower != "vụ" && lower != "thuế" && lower != "đội") add_written(lower);
      add_written(UpperCase(lower));
      std::size_t n = 1;
      while (n < lower.size() && (static_cast<unsigned char>(lower[n]) & 0xC0) == 0x80) ++n;
      add_written(UpperCase(lower.substr(0, n)) + lower.substr(n));
    }
    return s;
  }();
  // (A punctuation token is never `ascii`; no punctuation is listed in either set.)
  bool can = word.ascii ? kSets.folded.Find(word.fold, word.fold_hash) != nullptr
                   : kSets.written_folds.Find(word.fold, word.fold_hash) != nullptr &&
                         kSets.written.Find(word.text) != nullptr;
  word.absent_from |= can ? kCanStartBodyMemo : kCannotStartBodyMemo;
  return can;
}

std::optional<std::string_view> ExpandAbbreviation(std::string_view folded_word) {
  // Asked of every word of every canonical name: looked up without copying the word.
  static const FoldTable<std::string_view> kAbbrev = [] {
    FoldTable<std::string_view> t;
    for (const auto& [abbreviation, expansion] :
         std::initializer_list<std::pair<std::string_view, std::string_view>>{
             {"mttq", "Mặt trận Tổ quốc"},   {"bcd", "Ban Chỉ đạo"},
             {"btv", "Ban Thường vụ"},        {"bch", "Bộ Chỉ huy"},
             {"pt-th", "Phát thanh - Truyền hình"}, {"ptth", "Phát thanh - Truyền hình"},
             {"pt&th", "Phát thanh - Truyền hình"}, {"bhxh", "Bảo hiểm xã hội"},
             {"bdbp", "Bộ đội Biên phòng"},  {"chqs", "Chỉ huy Quân sự"},
             {"qltt", "Quản lý thị trường"}, {"kbnn", "Kho bạc Nhà nước"},
             {"bql", "Ban Quản lý"},          {"atgt", "An toàn giao thông"},
             {"vp", "Văn phòng"},             {"lldt", "Liên đoàn Lao động"},
             {"dbqh", "đại biểu Quốc hội"},
         })
      t.Insert(abbreviation) = expansion;
    return t;
  }();
  const std::string_view* expansion = kAbbrev.Find(folded_word);
  if (expansion == nullptr) return std::nullopt;
  return *expansion;
}

}  // namespace chidao::parse_internal
