// Lead-in rules, with examples:
// - a lead-in ends in ":" or announces what follows ("... các nội dung sau.");
// - only the last sentence of the block counts: "Thời gian qua, ... . Thực hiện Chỉ thị số
//   25/CT-TTg ..., Bộ Y tế đề nghị UBND các tỉnh ... chỉ đạo triển khai các nội dung sau:";
// - its subject may follow an adverbial opening and its comma ("Thực hiện ..., Bộ Y tế ...");
// - "X giao/yêu cầu/đề nghị Y ...:" and "Giao/Yêu cầu Y ...:" make Y responsible; "Bộ Y tế
//   giao:" with nobody after the verb makes nobody responsible (each item names its body);
// - "Các sở, ngành thực hiện tốt các nội dung sau:" makes its subject responsible.
#include "lead_in.h"

#include "directive_lexicon.h"
#include "role_assigner.h"
#include "text_case.h"

namespace chidao::parse_internal {
namespace {

// The assignment verb at words[i], written as such: "giáo dục" and "giao thông" fold like
// "giao" but assign nothing.
std::size_t AssignVerbAt(const std::vector<Word>& words, std::size_t i) {
  std::size_t n = MatchAssignVerb(words, i);
  if (n == 0) return 0;
  std::string first = LowerCase(words[i].text);
  if (first == "giao" && i + 1 < words.size() && words[i + 1].fold == "thong") return 0;
  return first == "giao" || first == "yêu" || first == "đề" || first == "phân" ? n : 0;
}

}  // namespace

std::optional<LeadIn> ReadLeadIn(const std::vector<Word>& words, std::string_view text) {
  std::size_t end = words.size();
  if (end == 0) return std::nullopt;
  // "... thực hiện các nội dung sau." introduces the items as a colon would.
  if (!(words[end - 1].punct && words[end - 1].text == ":") && !AnnouncesFollowing(words, 0, end))
    return std::nullopt;
  std::size_t s = 0;
  for (std::size_t k = 0; k + 1 < end; ++k)
    if (words[k].punct && words[k].text == "." && !words[k + 1].punct && words[k + 1].upper)
      s = k + 1;
  // Where the subject or the assignment verb may stand: the sentence start and, after an
  // adverbial opening, the words after its commas.
  std::vector<std::size_t> starts = {s};
  for (std::size_t k = s; k + 1 < end && k < s + 60; ++k)
    if (words[k].punct && words[k].text == ",") starts.push_back(k + 1);
  for (std::size_t q : starts) {
    std::size_t verb = q;
    if (AssignVerbAt(words, q) == 0) {
      std::vector<BodyMention> subject = MatchBodyListAt(words, q, text, &verb);
      if (subject.empty() || AssignVerbAt(words, verb) == 0) continue;
    }
    LeadIn lead_in;
    lead_in.speaks = true;
    std::size_t list_end = verb;
    lead_in.bodies =
        MatchBodyListAt(words, verb + AssignVerbAt(words, verb), text, &list_end);
    return lead_in;
  }
  std::vector<BodyMention> subject = SentenceSubject(words, s, end, text);
  if (subject.empty()) return std::nullopt;
  LeadIn lead_in;
  lead_in.bodies = std::move(subject);
  return lead_in;
}

bool AnnouncesFollowing(const std::vector<Word>& words, std::size_t begin, std::size_t end) {
  while (end > begin && words[end - 1].punct) --end;
  static constexpr std::string_view kEnds[] = {
      "noi dung sau", "nhu sau", "sau day", "nhiem vu sau", "viec sau", "giai phap sau",
      "bien phap sau", "yeu cau sau"};
  for (std::string_view e : kEnds) {
    std::size_t n = PhraseLength(e);
    if (end >= begin + n && StartsWithFolded(words, end - n, e) &&
        (words[end - 1].text == "sau" || words[end - 1].text == "đây"))
      return true;
  }
  return false;
}

}  // namespace chidao::parse_internal
