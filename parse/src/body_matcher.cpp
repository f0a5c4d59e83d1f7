// Body matching (DOMAIN.md §4): the rules of body_rules.h tried in turn at a word, with the
// title before a body and the lists of bodies handled here. Examples:
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

#include <cstdint>
#include <initializer_list>
#include <memory>

#include "body_gazetteer.h"
#include "body_rules.h"
#include "directive_lexicon.h"
#include "fold_table.h"
#include "text_case.h"

namespace chidao::parse_internal {
namespace {

using namespace body_rules;

// The families of rules a word may open, by its fold: "uy" may open a Front or a Party body,
// "ban" a Party or a military one, "so" a department.
enum RuleFamily : std::uint8_t {
  kFront = 1,
  kParty = 2,
  kMilitary = 4,
  kDepartment = 8,
  kGeneric = 16,
  kPartyCell = 32,  // "chi": "Chi bộ", apart from "chỉ đạo" and the other "chi"s
};

std::uint8_t FamiliesOf(const Word& word) {
  static const FoldTable<std::uint8_t> kFamilies = [] {
    FoldTable<std::uint8_t> t;
    auto add = [&t](RuleFamily family, std::initializer_list<std::string_view> folds) {
      for (std::string_view f : folds) t.Insert(f) |= family;
    };
    add(kFront, {"uy", "ubmttq", "ubmttqvn", "mat", "mttq"});
    add(kParty, {"tinh", "huyen", "thanh", "thi", "dang", "ban", "btv", "thuong", "uy"});
    add(kPartyCell, {"chi"});
    add(kMilitary, {"bo", "ban", "bch"});
    add(kDepartment, {"so", "phong", "bo"});
    add(kGeneric, {"chinh", "nganh", "luc", "doanh", "to", "cap", "dia", "doan", "co", "don",
                   "cac", "thanh"});
    return t;
  }();
  const std::uint8_t* f = kFamilies.Find(word.fold, word.fold_hash);
  return f ? *f : 0;
}

// A group the ministers head beside other heads ("Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ
// quan thuộc Chính phủ"): the ministries join it, "các bộ, cơ quan ngang bộ, ...", unless it
// names them already ("các bộ, ngành").
std::string WithMinistries(std::string group) {
  constexpr std::string_view kThe = "các ";
  if (group.compare(0, kThe.size(), kThe) == 0) group.erase(0, kThe.size());
  if (group == "bộ" || group.rfind("bộ,", 0) == 0 || group.rfind("bộ ", 0) == 0) return "các " + group;
  return "các bộ, " + group;
}

std::optional<Core> CoreAt(const Words& w, std::size_t k) {
  if (k >= w.size() || w[k].punct) return std::nullopt;
  // Each rule below opens with one of a few words: test those first, so that the common words
  // that merely may open a body ("công tác", "tổ chức", "chủ động") fail fast.
  const std::uint8_t families = FamiliesOf(w[k]);
  const bool front = families & kFront;
  const bool party = families & kParty;
  const bool military = families & kMilitary;
  const bool department = families & kDepartment;
  const bool police = w[k].fold == "cong";
  const bool generic = families & kGeneric;
  if (Is(w, k, "cac") || Is(w, k, "nhung")) {
    // "Các Bộ trưởng": the ministers stand for their ministries; with the heads of other
    // agencies after them, one group: "Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan
    // thuộc Chính phủ" → "các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ".
    if (Seq(w, k + 1, "bo truong")) {
      const std::size_t after = k + 3;
      if (IsPunct(w, after, ",") && Seq(w, after + 1, "thu truong")) {
        const std::size_t from = after + 3 + (Is(w, after + 3, "cac") ? 1 : 0);
        if (std::optional<Core> group = Collective(w, from)) {
          group->canonical = WithMinistries(group->canonical);
          return group;
        }
      }
      Core c;
      c.end = after;
      c.canonical = "các bộ";
      c.collective = true;
      return c;
    }
    std::optional<Core> c = Collective(w, k + 1);
    // "các Ban Quản lý dự án", "các Trung tâm Y tế huyện": named bodies of one kind, which a
    // collective noun alone ("các ban") would cut short.
    if (k + 1 < w.size() && w[k + 1].upper && MatchNamedHead(w, k + 1) > 0)
      if (std::optional<Core> named = Named(w, k + 1); named && named->end > (c ? c->end : k + 1)) {
        named->canonical = "các " + named->canonical;
        named->collective = true;
        return named;
      }
    if (c) return c;
    if (Seq(w, k + 1, "cap chinh quyen")) return Generic(w, k);
    // "các Sở: Nội vụ, ..." is a field list: left to MatchBodyListAt.
    return std::nullopt;
  }
  if (Is(w, k, "ubnd") || Is(w, k, "hdnd")) {
    Core c = Target(w, k + 1, Is(w, k, "ubnd") ? "UBND" : "HĐND");
    c.end = std::max(c.end, k + 1);
    return c;
  }
  // "cơ quan ngang bộ, cơ quan thuộc Chính phủ" without "các" (after "Thủ trưởng"): the
  // group, not the generic "cơ quan" cut at "thuộc".
  if (Seq(w, k, "co quan ngang bo") || Seq(w, k, "co quan thuoc chinh phu")) return Collective(w, k);
  if (Seq(w, k, "uy ban nhan dan") || Seq(w, k, "hoi dong nhan dan")) {
    Core c = Target(w, k + 4, w[k].fold == "uy" ? "UBND" : "HĐND");
    c.end = std::max(c.end, k + 4);
    return c;
  }
  if (front)
    if (auto c = Front(w, k)) return c;
  if (party)
    if (auto c = Party(w, k)) return c;
  if (families & kPartyCell)
    if (auto c = PartyCell(w, k)) return c;
  if (military)
    if (auto c = Military(w, k)) return c;
  if (department)
    if (auto c = Department(w, k)) return c;
  if (police)
    if (auto c = Police(w, k)) return c;
  if (w[k].upper)
    if (auto c = Named(w, k)) return c;
  return generic ? Generic(w, k) : std::nullopt;
}

}  // namespace

namespace {

// The body at words[i], memoised on the word (Word::body), nullptr when none: list matching
// asks about the same words again and again, and reads the memo in place instead of copying
// the mention's strings each time. The pointer lives as long as `words`.
const BodyMention* BodyAt(const std::vector<Word>& words, std::size_t i, std::string_view text) {
  if (i >= words.size() || words[i].punct || words[i].no_body) return nullptr;
  if (words[i].body) return words[i].body.get();
  if (!CanStartBody(words[i])) {
    words[i].no_body = true;
    return nullptr;
  }
  std::size_t k = i + MatchTitle(words, i);
  // "Chánh Văn phòng UBND tỉnh": the title is "Chánh" alone.
  std::optional<Core> core = CoreAt(words, k);
  if (!core || core->end <= k) {
    words[i].no_body = true;
    return nullptr;
  }
  if (core->collective)
    for (std::size_t t = i; t + 1 < k; ++t)
      if (body_rules::Seq(words, t, "bo truong")) {
        core->canonical = WithMinistries(core->canonical);
        break;
      }
  auto m = std::make_shared<BodyMention>();
  m->first = i;
  m->end = core->end;
  m->ref.name = std::move(core->canonical);
  m->ref.alias = std::string(text.substr(words[i].begin, words[m->end - 1].end - words[i].begin));
  m->collective = core->collective;
  m->generic = core->generic;
  m->issuer_like = core->issuer && k == i;
  if (k > i && core->issuer) m->issuer_like = true;  // "Chủ tịch UBND tỉnh"
  words[i].body = std::move(m);
  return words[i].body.get();
}

// "UBND các huyện: Mộc Châu, Vân Hồ", "UBND các tỉnh Bến Tre, Trà Vinh": a committee level
// followed by its places names one committee per place ("UBND huyện Mộc Châu", "UBND huyện
// Vân Hồ"); empty when the words at k do not read so.
std::vector<BodyMention> CommitteePlaces(const std::vector<Word>& w, std::size_t k,
                                         std::string_view text) {
  using body_rules::Is;
  using body_rules::IsPunct;
  using body_rules::Seq;
  std::size_t c = k + MatchTitle(w, k);
  if (Is(w, c, "ubnd")) c += 1;
  else if (Seq(w, c, "uy ban nhan dan")) c += 4;
  else return {};
  if (!Is(w, c, "cac")) return {};
  const std::size_t lv = MatchLevel(w, c + 1);
  if (lv == 0) return {};
  // "UBND các tỉnh Bến Tre, Trà Vinh" lists its places without the colon; then the first
  // place must be a province the gazetteer knows, since "các tỉnh Tây Nguyên", "các tỉnh Đồng
  // bằng sông Cửu Long" name a region, one collective body.
  const std::size_t after = c + 1 + lv;
  const bool colon = IsPunct(w, after, ":");
  if (!colon && (!Is(w, c + 1, "tinh") || MatchProvince(w, after) == 0)) return {};
  std::string level;
  for (std::size_t i = c + 1; i < c + 1 + lv; ++i) level += (level.empty() ? "" : " ") + LowerCase(w[i].text);
  std::vector<BodyMention> out;
  std::size_t j = colon ? after + 1 : after;
  while (j < w.size() && !w[j].punct && w[j].upper) {
    const std::size_t e = body_rules::ScanPlace(w, j);
    if (e == j) break;
    BodyMention m;
    m.first = out.empty() ? k : j;
    m.end = e;
    m.ref.name = "UBND " + level + " " + std::string(text.substr(w[j].begin, w[e - 1].end - w[j].begin));
    m.ref.alias = std::string(text.substr(w[m.first].begin, w[e - 1].end - w[m.first].begin));
    out.push_back(std::move(m));
    if (!IsPunct(w, e, ",") && !Is(w, e, "va")) break;
    j = e + 1;
  }
  return out;
}

// `short_name` stands for one body, not for the list before it: "các đơn vị", "những cơ quan
// này" name a group ("...; UBND các huyện (sau đây gọi tắt là các đơn vị)"); "Ban Quản lý",
// "Ban Chỉ đạo tỉnh", "BQL KKT" name one body.
bool NamesOneBody(std::string_view short_name) {
  const std::string f = FoldPhrase(short_name);
  return f.rfind("cac ", 0) != 0 && f.rfind("nhung ", 0) != 0;
}

// "(sau đây gọi tắt là Ban Quản lý)" at words[k]: the short name a body is given from here on
// is stored in `*name`; returns the index after ")", k when there is no such definition. Only
// "gọi tắt" (a short name) counts: "(sau đây gọi chung là UBND cấp tỉnh)" names a collective
// that is a body in its own right.
std::size_t ShortNameDefinition(const std::vector<Word>& w, std::size_t k, std::string_view text,
                                std::string* name) {
  using body_rules::Is;
  using body_rules::IsPunct;
  using body_rules::Seq;
  if (!IsPunct(w, k, "(")) return k;
  std::size_t j = k + 1;
  if (Seq(w, j, "sau day")) j += 2;
  if (Is(w, j, "duoc")) ++j;
  if (!Seq(w, j, "goi tat la") && !Seq(w, j, "viet tat la")) return k;
  j += 3;
  const std::size_t first = j;
  while (j < w.size() && j < first + 12 && !IsPunct(w, j, ")")) {
    if (w[j].punct && w[j].text != "-") return k;
    ++j;
  }
  if (j == first || !IsPunct(w, j, ")")) return k;
  *name = std::string(text.substr(w[first].begin, w[j - 1].end - w[first].begin));
  return j + 1;
}

}  // namespace

std::optional<BodyMention> MatchBodyAt(const std::vector<Word>& words, std::size_t i,
                                       std::string_view text) {
  const BodyMention* m = BodyAt(words, i, text);
  if (m == nullptr) return std::nullopt;
  return *m;
}

std::vector<BodyMention> MatchBodyListAt(const std::vector<Word>& words, std::size_t i,
                                         std::string_view text, std::size_t* end) {
  std::vector<BodyMention> out;
  std::size_t k = i;
  bool field_mode = false;
  bool ministries = false;  // "Bộ trưởng các Bộ: Quốc phòng, Công an" names Bộ, not Sở
  bool prev_ministry = false;
  std::size_t list_end = i;  // after the last body, or after its short name's definition
  while (k < words.size()) {
    if (!field_mode && (words[k].punct || !CanStartBody(words[k]))) break;
    // "Giám đốc các Sở:", "Thủ trưởng các đơn vị:", "các Sở:" open a list of bare fields.
    std::size_t t = k + MatchTitle(words, k);
    if (Is(words, t, "cac") && t + 2 < words.size() && IsPunct(words, t + 2, ":") &&
        (Is(words, t + 1, "so") || Is(words, t + 1, "nganh") || Seq(words, t + 1, "don vi") ||
         (Is(words, t + 1, "bo") && words[t + 1].upper))) {
      field_mode = true;
      ministries = Is(words, t + 1, "bo");
      k = t + 3;
      continue;
    }
    if (Is(words, t, "cac") && Seq(words, t + 1, "don vi") && IsPunct(words, t + 3, ":")) {
      field_mode = true;
      k = t + 4;
      continue;
    }
    std::optional<BodyMention> built;  // a bare field completed here
    const BodyMention* m = nullptr;
    if (std::vector<BodyMention> places = CommitteePlaces(words, k, text); !places.empty()) {
      out.insert(out.end(), places.begin(), places.end() - 1);
      built = places.back();
      m = &*built;
    }
    // A bare ministry after "các Bộ:" or after "Bộ X,": "Công an" there is Bộ Công an.
    if (!m && (ministries || prev_ministry)) {
      std::size_t f0 = k + MatchTitle(words, k);
      if (std::optional<FieldMatch> f = MatchBoField(words, f0); f && words[f0].upper) {
        BodyMention bm;
        bm.first = k;
        bm.end = f->end;
        bm.ref.name = "Bộ " + f->canonical;
        bm.ref.alias = std::string(text.substr(words[k].begin, words[f->end - 1].end - words[k].begin));
        built = std::move(bm);
        m = &*built;
      }
    }
    if (!m) m = BodyAt(words, k, text);
    // A ministry named in full ("Bộ Quốc phòng, Công an") lets bare ministries follow it; "Bộ
    // Chỉ huy Quân sự tỉnh, Công an tỉnh" does not.
    std::size_t head = m ? m->first + MatchTitle(words, m->first) : k;
    prev_ministry = m && m->ref.name.rfind("Bộ ", 0) == 0 && Is(words, head, "bo") &&
                    MatchBoField(words, head + 1).has_value();
    if (!m && !ministries && (field_mode || (!out.empty() && out.back().ref.name.rfind("Sở ", 0) == 0))) {
      std::size_t f0 = k + MatchTitle(words, k);
      if (std::optional<FieldMatch> f = MatchSoField(words, f0)) {
        BodyMention bm;
        bm.first = k;
        bm.end = f->end;
        bm.ref.name = "Sở " + f->canonical;
        bm.ref.alias = std::string(text.substr(words[k].begin, words[f->end - 1].end - words[k].begin));
        built = std::move(bm);
        m = &*built;
      }
    }
    if (!m) break;
    out.push_back(*m);
    k = m->end;
    k = ShortNameDefinition(words, k, text, &out.back().short_name);
    // "Các sở, ban, ngành; UBND các huyện (sau đây gọi tắt là các đơn vị)": a name for the whole
    // list, not the last body's short name.
    if (!out.back().short_name.empty() && !NamesOneBody(out.back().short_name)) out.back().short_name.clear();
    list_end = k;
    std::size_t next = k;
    if (IsPunct(words, k, ",") || IsPunct(words, k, ";")) next = k + 1;
    else if (Is(words, k, "va")) next = k + 1;
    else break;
    if (Is(words, next, "va")) ++next;
    if (Is(words, next, "cung") || Seq(words, next, "phoi hop")) break;
    const BodyMention* peek = BodyAt(words, next, text);
    bool body_next = peek != nullptr;
    // After ";" a body followed by its verb opens the next clause: "chỉ đạo UBND tỉnh ...; Ban
    // Thường vụ các huyện, thị, thành ủy chỉ đạo ..." is not one list.
    if (peek && IsPunct(words, k, ";") && MatchActionWord(words, peek->end) > 0) break;
    if (!body_next && field_mode)
      body_next = (ministries ? MatchBoField(words, next + MatchTitle(words, next))
                              : MatchSoField(words, next + MatchTitle(words, next))).has_value();
    if (!body_next && prev_ministry) {
      std::size_t f0 = next + MatchTitle(words, next);
      body_next = f0 < words.size() && words[f0].upper && MatchBoField(words, f0).has_value();
    }
    if (!body_next) {
      std::size_t t2 = next + MatchTitle(words, next);
      body_next = Is(words, t2, "cac") && (IsPunct(words, t2 + 2, ":") || IsPunct(words, t2 + 3, ":"));
    }
    if (!body_next) break;
    k = next;
  }
  *end = list_end;
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
