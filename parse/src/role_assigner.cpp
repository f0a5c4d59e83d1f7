// Role rules, with examples:
// - lead: a body list at the start of a clause followed by its predicate ("Sở Kế hoạch và Đầu
//   tư chủ trì, ...", "Bộ Chỉ huy Quân sự tỉnh, Công an tỉnh chủ động bố trí ...", "Ban Thường
//   vụ các huyện, thị, thành ủy chỉ đạo ..." after ";"), or after "giao", "yêu cầu", "đề nghị"
//   ("Giao Sở Tài chính chủ trì", "UBND tỉnh yêu cầu Giám đốc các sở, ngành liên quan ...");
// - support: the list after "phối hợp (chặt chẽ) (với)", "cùng (với)": "phối hợp với các sở,
//   ban, ngành liên quan và các địa phương" gives two bodies;
// - any other list is an object and is skipped whole, so "chỉ đạo UBND tỉnh, các sở, ban,
//   ngành" never yields "các sở, ban, ngành" as a subject after its comma; so is the partner of
//   a directed body ("chỉ đạo Sở GDĐT chủ trì, phối hợp với Sở Nội vụ rà soát ...");
// - the issuer as subject ("UBND tỉnh giao ...", "Ban Thường vụ Tỉnh ủy yêu cầu") leads
//   nothing itself: its assignment verb hands the task to the body after it; so does the
//   document speaking for it ("Chỉ thị cũng đề nghị Ủy ban MTTQ ...");
// - a role between a subject and its verb hides neither: "Sở Y tế (cơ quan thường trực ...)
//   chủ trì", "Sở Nội vụ là cơ quan thường trực, chủ trì";
// - a sentence subject may also be the topic fronted by "Đối với" when the verb names nobody
//   ("Đối với UBND các huyện, ..., Chủ tịch UBND tỉnh yêu cầu chỉ đạo ..."), or the body whose
//   role is brought into play ("Phát huy vai trò ... của doanh nghiệp").
#include "role_assigner.h"

#include <algorithm>
#include <unordered_set>

#include "body_gazetteer.h"
#include "directive_lexicon.h"
#include "phrase_set.h"

namespace chidao::parse_internal {
namespace {

// "Đối với ...", "Theo ...", "Khi ...", "Hằng ngày, ...": a sentence opening with an adverbial
// phrase, whose subject comes after the first comma.
bool IsAdverbialOpener(const std::vector<Word>& words, std::size_t begin) {
  static const PhraseSet kAdverbials(
      {"doi voi", "theo", "can cu", "tren co so", "de", "nham", "khi", "trong", "tu", "den",
       "hang", "dinh ky", "dong thoi", "sau khi", "truoc", "ngoai ra", "ben canh do", "cham nhat",
       "tai", "o", "thuc hien", "qua", "truong hop", "neu", "cung voi do", "song song voi do"},
      /*keep_punct=*/false);
  return kAdverbials.Match(words, begin) > 0;
}

bool IsClauseBreak(const Word& w) {
  return w.punct && (w.text == "," || w.text == ";" || w.text == "." || w.text == ":");
}

// A subject list must be followed by its predicate: a verb or an adverb, not "của", "về"...
bool PredicateFollows(const std::vector<Word>& w, std::size_t k, std::size_t end) {
  if (k >= end) return false;
  // "..., các cơ quan chức năng, cùng các địa phương phối hợp chỉ đạo": the support list
  // comes between the subject and its verb.
  if (w[k].punct && w[k].text == "," && k + 1 < end && MatchSupportTrigger(w, k + 1) > 0)
    return true;
  if (w[k].punct) return w[k].text == ":";
  static const std::unordered_set<std::string_view> kNot = {
      "của", "về", "tại", "trên", "trong", "cho", "với", "đến", "từ", "ở", "bằng", "do", "bởi",
      "và", "hoặc", "là", "này", "đó", "nào", "năm", "ngày", "tháng"};
  return !kNot.count(w[k].text);
}

// "Các cấp ủy, ..., Mặt trận Tổ quốc và các tổ chức chính trị - xã hội, trực tiếp là người
// đứng đầu quán triệt ...": an apposition between the subject and its verb.
// "Các cơ sở y tế, kể cả tư nhân, báo cáo ngay ...": a remark on the subject between commas.
bool AppositionThenVerb(const std::vector<Word>& w, std::size_t k, std::size_t end) {
  if (k >= end || !w[k].punct || w[k].text != ",") return false;
  static const PhraseSet kRemarks({"ke ca", "bao gom", "nhat la", "dac biet la", "trong do co"},
                                  /*keep_punct=*/false);
  if (std::size_t r = kRemarks.Match(w, k + 1); r > 0) {
    for (std::size_t j = k + 1 + r; j < end && j <= k + 16; ++j) {
      if (!w[j].punct) continue;
      return w[j].text == "," && j + 1 < end && MatchActionWord(w, j + 1) > 0;
    }
    return false;
  }
  for (std::size_t j = k + 1; j < end && j <= k + 10; ++j) {
    if (w[j].punct) return false;
    if (MatchActionWord(w, j) > 0 && j > k + 2) return true;
  }
  return false;
}

// "Sở Y tế (cơ quan thường trực Ban Chỉ đạo ...) chủ trì", "Sở Nội vụ là cơ quan thường
// trực, chủ trì ...": a role stated between the subject and its verb. Returns where the
// predicate starts, k when there is no such apposition.
std::size_t AfterApposition(const std::vector<Word>& w, std::size_t k, std::size_t end) {
  if (k >= end) return k;
  if (w[k].punct && w[k].text == "(") {
    int depth = 0;
    for (std::size_t j = k; j < end; ++j) {
      if (w[j].punct && w[j].text == "(") ++depth;
      if (w[j].punct && w[j].text == ")" && --depth == 0) return j + 1;
    }
    return k;
  }
  if (w[k].text != "là" || k + 1 >= end) return k;
  if (!StartsWithFolded(w, k + 1, "co quan") && !StartsWithFolded(w, k + 1, "don vi") &&
      !StartsWithFolded(w, k + 1, "dau moi"))
    return k;
  for (std::size_t j = k + 1; j < end && j <= k + 12; ++j) {
    if (!w[j].punct) continue;
    if (w[j].text != ",") return k;
    // "là cơ quan thường trực, giúp UBND tỉnh theo dõi ...": helping the committee is the
    // standing body's own predicate.
    return j + 1 < end && (MatchActionWord(w, j + 1) > 0 || w[j + 1].text == "giúp") ? j + 1 : k;
  }
  return k;
}

// "Chỉ thị cũng đề nghị Ủy ban MTTQ ...", "Kế hoạch này giao Sở ...": the document speaking for
// its issuer. Length of the words before the assignment verb, 0 when the sentence does not open
// so.
std::size_t DocumentSpeaker(const std::vector<Word>& w, std::size_t i, std::size_t end) {
  static const PhraseSet kDocs({"chi thi", "ke hoach", "cong van", "quyet dinh", "thong bao",
                                "cong dien", "nghi quyet", "ket luan", "chuong trinh"},
                               /*keep_punct=*/false);
  if (i >= end || !w[i].upper) return 0;
  if (kDocs.Match(w, i) == 0) return 0;  // every name is two words
  std::size_t j = i + 2;
  if (j < end && w[j].text == "này") ++j;
  if (j < end && w[j].text == "cũng") ++j;
  return MatchAssignVerb(w, j) > 0 ? j - i : 0;
}

// "Phát huy (cao độ) vai trò ... của doanh nghiệp": the body whose role is brought into play
// performs the measure. The bodies after "của", empty when the sentence does not open so.
std::vector<BodyMention> RoleOf(const std::vector<Word>& w, std::size_t i, std::size_t end,
                                std::string_view text) {
  if (!StartsWithFolded(w, i, "phat huy")) return {};
  std::size_t j = i + 2;
  if (StartsWithFolded(w, j, "cao do")) j += 2;
  if (!StartsWithFolded(w, j, "vai tro")) return {};
  for (std::size_t k = j + 2; k < end && k <= j + 16; ++k) {
    if (w[k].punct && (w[k].text == "." || w[k].text == ";" || w[k].text == ":")) break;
    if (w[k].text != "của") continue;
    std::size_t list_end = k + 1;
    return MatchBodyListAt(w, k + 1, text, &list_end);
  }
  return {};
}

// "Đối với UBND các huyện, thành phố, Chủ tịch UBND tỉnh yêu cầu chỉ đạo ...": the topic
// fronted by "Đối với" is the object of an assignment verb that names nobody after it.
std::vector<BodyMention> FrontedTopic(const std::vector<Word>& w, std::size_t i,
                                      std::string_view text) {
  if (!StartsWithFolded(w, i, "doi voi")) return {};
  std::size_t list_end = i + 2;
  std::vector<BodyMention> list = MatchBodyListAt(w, i + 2, text, &list_end);
  // The list read on may take in the speaker after the comma ("..., Chủ tịch UBND tỉnh"): the
  // topic ends at the last comma.
  while (!list.empty()) {
    std::size_t e = list.back().end;
    if (e < w.size() && w[e].punct && w[e].text == ",") break;
    list.pop_back();
  }
  return list;
}

// A named body ("Ban Thường vụ các huyện, thị, thành ủy", "Sở Y tế"), not a common noun group.
bool HasNamedBody(const std::vector<BodyMention>& list) {
  for (const BodyMention& m : list)
    if (!m.generic && m.ref.name.rfind("các ", 0) != 0) return true;
  return false;
}

bool AllIssuer(const std::vector<BodyMention>& list) {
  for (const BodyMention& m : list)
    if (!m.issuer_like) return false;
  return true;
}

// "UBND tỉnh cũng đề nghị ...": the index of the word after an issuer's "cũng", j otherwise.
std::size_t SkipAlso(const std::vector<Word>& words, std::size_t j) {
  return j < words.size() && words[j].text == "cũng" ? j + 1 : j;
}

// "Bộ Y tế đề nghị UBND các tỉnh ...", "Sở Y tế giao Trung tâm ...": a body that assigns,
// requests or demands of another body is the requester; the body after the verb acts. True
// when an assignment verb and a body list follow `list_end`.
bool AssignsToBody(const std::vector<Word>& words, std::size_t list_end, std::string_view text) {
  list_end = SkipAlso(words, list_end);
  std::size_t a = MatchAssignVerb(words, list_end);
  if (a == 0) return false;
  std::size_t e = 0;
  return !MatchBodyListAt(words, list_end + a, text, &e).empty();
}

// "Chỉ đạo Phòng Cảnh sát kinh tế (chủ trì,) phối hợp với Công an các xã ...": the partner of
// a directed body works with it, not with the task's lead, and is neither lead nor support.
// Where the partner list ends when the object list words[i, list_end) follows "chỉ đạo" and a
// "phối hợp" names a partner; list_end otherwise.
std::size_t AfterDirectedPartner(const std::vector<Word>& w, std::size_t i, std::size_t list_end,
                                 std::size_t end, std::string_view text) {
  if (i < 2 || list_end >= end || w[i - 1].fold != "dao" || w[i - 2].fold != "chi") return list_end;
  std::size_t k = list_end;
  if (StartsWithFolded(w, k, "chu tri")) {
    k += 2;
    if (k < end && w[k].punct && w[k].text == ",") ++k;
  }
  std::size_t s = MatchSupportTrigger(w, k);
  if (s == 0) return list_end;
  std::size_t partner_end = k + s;
  if (MatchBodyListAt(w, k + s, text, &partner_end).empty() || partner_end > end) return list_end;
  return partner_end;
}

void AddUnique(std::vector<BodyMention>& to, const std::vector<BodyMention>& from) {
  for (const BodyMention& m : from) {
    bool dup = false;
    for (const BodyMention& t : to) dup = dup || t.ref.name == m.ref.name;
    if (!dup) to.push_back(m);
  }
}

}  // namespace

Roles AssignRoles(const std::vector<Word>& words, std::size_t begin, std::size_t end,
                  std::string_view text) {
  Roles roles;
  bool clause_start = true;
  // Where any body list may be a subject: the start of a sentence, and the first clause after a
  // sentence-opening adverbial ("Khi có dịch bệnh xảy ra, các địa phương phải ..."). After
  // other commas and ";" only a named body may be ("...; Ban Thường vụ các huyện, thị, thành
  // ủy chỉ đạo ..."), not a common noun group ("..., cơ quan chủ trì, cơ quan phối hợp ...").
  // "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương kịp
  // thời phản ánh ...": in an adverbial sentence the subject may follow any of the first commas.
  std::size_t subject_at = begin;
  std::vector<std::size_t> adverbial_at;
  auto note_sentence = [&](std::size_t s) {
    subject_at = s;
    adverbial_at.clear();
    if (!IsAdverbialOpener(words, s)) return;
    for (std::size_t k = s; k < end && k < s + 40; ++k) {
      if (words[k].punct && words[k].text == ".") break;
      if (words[k].punct && words[k].text == ",") adverbial_at.push_back(k + 1);
    }
  };
  note_sentence(begin);
  std::size_t i = begin;
  while (i < end) {
    const Word& w = words[i];
    if (IsClauseBreak(w)) {
      clause_start = true;
      ++i;
      if (w.text == "." && i < end) note_sentence(i);
      continue;
    }
    if (std::size_t d = i == subject_at ? DocumentSpeaker(words, i, end) : 0; d > 0) {
      i += d;
      clause_start = true;
      continue;
    }
    if (std::size_t a = MatchAssignVerb(words, i); a > 0 && (clause_start || i == begin)) {
      std::size_t list_end = i + a;
      std::vector<BodyMention> list = MatchBodyListAt(words, i + a, text, &list_end);
      if (!list.empty() && list_end <= end) {
        AddUnique(roles.lead, list);
        i = list_end;
        clause_start = false;
        continue;
      }
    }
    if (std::size_t s = MatchSupportTrigger(words, i); s > 0) {
      std::size_t list_end = i + s;
      std::vector<BodyMention> list = MatchBodyListAt(words, i + s, text, &list_end);
      if (!list.empty() && list_end <= end) {
        AddUnique(roles.support, list);
        i = list_end;
        clause_start = false;
        continue;
      }
      i += s;
      clause_start = false;
      continue;
    }
    // Most words start no body: the list matcher's own first test, asked inline.
    if (w.punct || !CanStartBody(w)) {
      clause_start = false;
      ++i;
      continue;
    }
    std::size_t list_end = i;
    std::vector<BodyMention> list = MatchBodyListAt(words, i, text, &list_end);
    if (!list.empty() && list_end <= end) {
      bool at_start = i == subject_at ||
                      std::find(adverbial_at.begin(), adverbial_at.end(), i) != adverbial_at.end();
      bool predicate = PredicateFollows(words, AfterApposition(words, list_end, end), end) ||
                       (at_start && AppositionThenVerb(words, list_end, end));
      // "Thủ trưởng các cơ quan, đơn vị; Chủ tịch UBND các xã triển khai ...": subjects set
      // apart by ";" share the verb after the last.
      if (!predicate && at_start && list_end < end && words[list_end].punct && words[list_end].text == ";") {
        std::size_t next_end = list_end + 1;
        if (!MatchBodyListAt(words, list_end + 1, text, &next_end).empty() && next_end <= end)
          predicate = PredicateFollows(words, AfterApposition(words, next_end, end), end);
      }
      if (clause_start && predicate && (at_start || HasNamedBody(list))) {
        // An issuer-like body acting itself ("UBND huyện chỉ đạo các cơ quan ..." in a Party
        // plan) leads; its assignment verb hands the task on, and its news ("UBND tỉnh vừa ban
        // hành ...") is no task of its own.
        const std::size_t verb = SkipAlso(words, list_end);  // "UBND tỉnh cũng chỉ đạo ..."
        const bool acts = MatchAssignVerb(words, verb) == 0 && MatchActionWord(words, verb) > 0 &&
                          !StartsWithFolded(words, verb, "ban hanh") &&
                          !StartsWithFolded(words, verb, "ky ban hanh");
        if ((AllIssuer(list) && !acts) || AssignsToBody(words, list_end, text)) {
          // "UBND tỉnh giao Sở ...": the assignment verb after the issuer starts a role.
          i = SkipAlso(words, list_end);
          clause_start = MatchAssignVerb(words, i) > 0;
          continue;
        }
        // "... Chủ tịch UBND các xã chịu trách nhiệm trước Chủ tịch UBND tỉnh nếu ...": after
        // the measure, whom a body answers to names no lead of it.
        // "Sở Y tế chủ trì ...; Công an tỉnh phối hợp ...", "Giao Sở Y tế chủ trì, Công an
        // tỉnh phối hợp ...": a body whose own verb is to support, once the task has a lead,
        // supports it.
        if (!roles.lead.empty() && MatchSupportTrigger(words, verb) > 0)
          AddUnique(roles.support, list);
        else if (i == begin || !StartsWithFolded(words, list_end, "chiu trach nhiem truoc"))
          AddUnique(roles.lead, list);
        i = list_end;
      } else {
        i = AfterDirectedPartner(words, i, list_end, end, text);
      }
      clause_start = false;
      continue;
    }
    clause_start = false;
    ++i;
  }
  // A body both leading and supporting leads.
  std::vector<BodyMention> support;
  for (const BodyMention& m : roles.support) {
    bool in_lead = false;
    for (const BodyMention& l : roles.lead) in_lead = in_lead || l.ref.name == m.ref.name;
    if (!in_lead) support.push_back(m);
  }
  roles.support = std::move(support);
  return roles;
}

std::vector<BodyMention> SentenceSubject(const std::vector<Word>& words, std::size_t begin,
                                         std::size_t end, std::string_view text) {
  // The subject is at the start, or after one adverbial phrase ending in a comma within the
  // first dozen words ("Đối với tuyển sinh lớp 10 ..., Sở Giáo dục ...").
  std::vector<std::size_t> starts = {begin};
  bool adverbial = IsAdverbialOpener(words, begin);
  for (std::size_t k = begin; adverbial && k < end && k < begin + 40; ++k) {
    if (words[k].punct && words[k].text == ".") break;
    if (!words[k].punct || words[k].text != ",") continue;
    // "Từ tháng 11 năm 2021, chủ trì, phối hợp với Sở TT&TT, Báo Tuyên Quang ...": a clause
    // opening with its verb has no subject of its own, and the commas after it separate its
    // objects, not a subject.
    if (k + 1 < end && (MatchActionWord(words, k + 1) > 0 || MatchSupportTrigger(words, k + 1) > 0))
      break;
    starts.push_back(k + 1);
  }
  std::vector<BodyMention> fronted = FrontedTopic(words, begin, text);
  for (std::size_t s : starts) {
    std::size_t i = s;
    if (std::vector<BodyMention> role_of = RoleOf(words, i, end, text); !role_of.empty())
      return role_of;
    i += DocumentSpeaker(words, i, end);
    if (std::size_t a = MatchAssignVerb(words, i)) {
      std::size_t list_end;
      std::vector<BodyMention> list = MatchBodyListAt(words, i + a, text, &list_end);
      if (!list.empty()) return list;
      continue;
    }
    std::size_t list_end;
    std::vector<BodyMention> list = MatchBodyListAt(words, i, text, &list_end);
    if (list.empty()) continue;
    if (!PredicateFollows(words, AfterApposition(words, list_end, end), end) &&
        !AppositionThenVerb(words, list_end, end))
      continue;
    if (AllIssuer(list) || AssignsToBody(words, list_end, text)) {
      list_end = SkipAlso(words, list_end);
      std::size_t a = MatchAssignVerb(words, list_end);
      if (a == 0) return {};
      std::size_t e2;
      std::vector<BodyMention> assigned = MatchBodyListAt(words, list_end + a, text, &e2);
      if (assigned.empty()) return fronted;
      return assigned;
    }
    bool all_generic = true;
    for (const BodyMention& m : list) all_generic = all_generic && m.generic;
    if (all_generic && s != begin) continue;
    return list;
  }
  return {};
}

}  // namespace chidao::parse_internal
