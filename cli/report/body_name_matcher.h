// BodyNameMatcher: finds the body (cơ quan) a user means by a name typed in a hurry.
//
// "so y te", "Sở Y tế", "SỞ Y TẾ" and "y te" all find "Sở Y tế"; so does an alias ("Giám
// đốc Sở Y tế"). Names are compared after folding (case, tone and vowel marks, đ → d),
// treating punctuation as spaces, and writing "Ủy ban nhân dân" / "Hội đồng nhân dân" as
// "UBND" / "HĐND" on both sides. Each body gets the best tier any of its names reaches:
//   1. exact         the whole name:                 "so y te"        = "Sở Y tế"
//   2. designation   the name without its head noun: "y te"           = "Sở [Y tế]"
//   3. word prefix   its first whole words:          "so giao duc"    → "Sở Giáo dục và Đào tạo"
//   4. word substring whole words, in order:         "y te"           → "Trung tâm Y tế huyện"
//   5. all words     every word, any order:          "cao bang ubnd"  → "UBND tỉnh Cao Bằng"
//   6. substring     any part of a word:             "giao d"         → "Sở Giáo dục và Đào tạo"
// The best tier reached by any body wins; when it holds several bodies the name is ambiguous
// and all of them are returned (shorter names first), so the CLI can list them. Staff name a
// department by its field ("y tế", "tư pháp"), as documents do in lists ("các Sở: Y tế, Tư
// pháp"): so "y te" is Sở Y tế even with "Trung tâm Y tế huyện" stored, but is ambiguous when
// both "Sở Y tế" and "Bộ Y tế" are, and "y te huyen" finds only the Trung tâm.
// One exception: a generic designation, which documents write in lower case ("ngành Y tế",
// "các sở, ban, ngành", "lực lượng Công an"), is a sector or a group, not a department with a
// checklist of its own; when the best tier holds both named bodies (capitalised: "Sở Y tế")
// and generic ones, the generic ones give way, so "y te" finds Sở Y tế beside "ngành Y tế".
// A generic name is still found when it is the only match or typed in full.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "chidao/status.h"

namespace chidao::report {

struct BodyNames {
  std::string canonical;             // "Sở Y tế"
  std::vector<std::string> aliases;  // spellings seen in documents
};

enum class MatchTier {
  kNone, kSubstring, kAllWords, kWordSubstring, kWordPrefix, kDesignation, kExact
};
const char* ToString(MatchTier tier);  // "none", "substring", ..., "designation", "exact"

struct BodyMatch {
  MatchTier tier = MatchTier::kNone;
  std::vector<std::string> candidates;  // canonical names in the best tier
  bool found() const { return !candidates.empty(); }
  bool ambiguous() const { return candidates.size() > 1; }
};

class BodyNameMatcher {
 public:
  explicit BodyNameMatcher(std::vector<BodyNames> bodies);

  BodyMatch Match(std::string_view name) const;

  // The one canonical name meant, or InvalidArgument listing the candidates when ambiguous,
  // or NotFound when nothing matches.
  Result<std::string> Resolve(std::string_view name) const;

  // The normalised form names are compared in: "Ủy ban nhân dân tỉnh" → "ubnd tinh".
  static std::string Key(std::string_view name);

 private:
  struct Entry {
    std::string canonical;
    std::vector<std::vector<std::string>> names;  // words of the canonical name and aliases
  };
  std::vector<Entry> entries_;
};

}  // namespace chidao::report
