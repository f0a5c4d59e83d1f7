// Body-name matching (tiers and examples in body_name_matcher.h). Whole-word tiers come before
// raw substrings so that "y te" prefers the bodies where "y tế" is a word pair over one that
// merely contains the letters ("Phòng Quy tế..." would only reach tier 5), and the tiers are
// the only ranking: two bodies in the same tier are ambiguous, whatever their length.
#include "report/body_name_matcher.h"

#include <algorithm>
#include <utility>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "chidao/vn_text.h"

namespace chidao::report {
namespace {

std::vector<std::string> Words(std::string_view key) {
  std::vector<std::string> words;
  std::size_t start = 0;
  while (start < key.size()) {
    std::size_t end = key.find(' ', start);
    if (end == std::string_view::npos) end = key.size();
    if (end > start) words.emplace_back(key.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

std::string Join(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) {
    if (!out.empty()) out.push_back(' ');
    out += w;
  }
  return out;
}

// Replaces the word sequence `long_form` by `short_form` wherever it occurs.
std::vector<std::string> Contract(const std::vector<std::string>& words,
                                  const std::vector<std::string>& long_form,
                                  const std::string& short_form) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < words.size();) {
    if (i + long_form.size() <= words.size() &&
        std::equal(long_form.begin(), long_form.end(), words.begin() + static_cast<long>(i))) {
      out.push_back(short_form);
      i += long_form.size();
    } else {
      out.push_back(words[i++]);
    }
  }
  return out;
}

// True when `needle` occurs in `hay` as consecutive whole words.
bool ContainsWords(const std::vector<std::string>& hay, const std::vector<std::string>& needle) {
  if (needle.empty() || needle.size() > hay.size()) return false;
  for (std::size_t i = 0; i + needle.size() <= hay.size(); ++i) {
    if (std::equal(needle.begin(), needle.end(), hay.begin() + static_cast<long>(i))) return true;
  }
  return false;
}

// The name without the head noun that says what kind of body it is ("Sở", "Trung tâm"...):
// the field it is named after. Empty when the name has no such head.
std::vector<std::string> Designation(const std::vector<std::string>& name) {
  static const std::vector<std::vector<std::string>> kHeads = {
      {"so"},           {"bo"},         {"ban"},         {"phong"},       {"cuc"},
      {"chi", "cuc"},   {"tong", "cuc"}, {"vu"},         {"vien"},        {"nganh"},
      {"trung", "tam"}, {"van", "phong"}, {"thanh", "tra"}, {"ubnd"},     {"hdnd"}};
  for (const auto& head : kHeads) {
    if (name.size() > head.size() && std::equal(head.begin(), head.end(), name.begin())) {
      return {name.begin() + static_cast<long>(head.size()), name.end()};
    }
  }
  return {};
}

MatchTier TierOf(const std::vector<std::string>& name, const std::vector<std::string>& query) {
  if (query.empty() || name.empty()) return MatchTier::kNone;
  if (name == query) return MatchTier::kExact;
  if (Designation(name) == query) return MatchTier::kDesignation;
  if (query.size() <= name.size() && std::equal(query.begin(), query.end(), name.begin())) {
    return MatchTier::kWordPrefix;
  }
  if (ContainsWords(name, query)) return MatchTier::kWordSubstring;
  const bool all_words = std::all_of(query.begin(), query.end(), [&](const std::string& q) {
    return std::find(name.begin(), name.end(), q) != name.end();
  });
  if (all_words) return MatchTier::kAllWords;
  if (Join(name).find(Join(query)) != std::string::npos) return MatchTier::kSubstring;
  return MatchTier::kNone;
}

}  // namespace

const char* ToString(MatchTier tier) {
  switch (tier) {
    case MatchTier::kNone: return "none";
    case MatchTier::kSubstring: return "substring";
    case MatchTier::kAllWords: return "all-words";
    case MatchTier::kWordSubstring: return "word-substring";
    case MatchTier::kWordPrefix: return "word-prefix";
    case MatchTier::kDesignation: return "designation";
    case MatchTier::kExact: return "exact";
  }
  return "none";
}

std::string BodyNameMatcher::Key(std::string_view name) {
  const std::string folded = FoldDiacritics(name);
  // Anything but a letter or digit separates words: "Lao động – Thương binh", "UBND các
  // huyện, thành phố", a no-break space pasted from a PDF.
  std::string spaced;
  const auto* s = reinterpret_cast<const uint8_t*>(folded.data());
  const auto n = static_cast<int32_t>(folded.size());
  for (int32_t i = 0; i < n;) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c >= 0 && u_isalnum(c)) {
      spaced.append(folded, static_cast<std::size_t>(start), static_cast<std::size_t>(i - start));
    } else {
      spaced.push_back(' ');
    }
  }
  std::vector<std::string> words = Words(spaced);
  static const std::vector<std::string> kUbnd = {"uy", "ban", "nhan", "dan"};
  static const std::vector<std::string> kHdnd = {"hoi", "dong", "nhan", "dan"};
  words = Contract(words, kUbnd, "ubnd");
  words = Contract(words, kHdnd, "hdnd");
  return Join(words);
}

BodyNameMatcher::BodyNameMatcher(std::vector<BodyNames> bodies) {
  for (BodyNames& body : bodies) {
    Entry entry;
    entry.names.push_back(Words(Key(body.canonical)));
    for (const std::string& alias : body.aliases) entry.names.push_back(Words(Key(alias)));
    // One entry per canonical body, even when the store lists it twice.
    auto same = std::find_if(entries_.begin(), entries_.end(),
                             [&](const Entry& e) { return e.canonical == body.canonical; });
    if (same != entries_.end()) {
      same->names.insert(same->names.end(), entry.names.begin(), entry.names.end());
      continue;
    }
    entry.canonical = std::move(body.canonical);
    entries_.push_back(std::move(entry));
  }
}

BodyMatch BodyNameMatcher::Match(std::string_view name) const {
  const std::vector<std::string> query = Words(Key(name));
  BodyMatch match;
  if (query.empty()) return match;
  for (const Entry& entry : entries_) {
    MatchTier best = MatchTier::kNone;
    for (const auto& words : entry.names) best = std::max(best, TierOf(words, query));
    if (best == MatchTier::kNone || best < match.tier) continue;
    if (best > match.tier) {
      match.tier = best;
      match.candidates.clear();
    }
    match.candidates.push_back(entry.canonical);
  }
  // Named bodies win over generic designations of the same tier (see the header).
  const auto generic = [](const std::string& canonical) {
    const auto* s = reinterpret_cast<const uint8_t*>(canonical.data());
    int32_t i = 0;
    UChar32 c = 0;
    U8_NEXT(s, i, static_cast<int32_t>(canonical.size()), c);
    return c >= 0 && u_islower(c);
  };
  const bool any_named = std::any_of(match.candidates.begin(), match.candidates.end(),
                                     [&](const std::string& c) { return !generic(c); });
  if (any_named && match.tier != MatchTier::kExact) {
    std::erase_if(match.candidates, generic);
  }
  // Shorter names first: the list a user reads to pick one.
  std::stable_sort(match.candidates.begin(), match.candidates.end(),
                   [](const std::string& a, const std::string& b) {
                     if (a.size() != b.size()) return a.size() < b.size();
                     return Key(a) < Key(b);
                   });
  return match;
}

Result<std::string> BodyNameMatcher::Resolve(std::string_view name) const {
  if (Words(Key(name)).empty()) return Status::InvalidArgument("empty body name");
  BodyMatch match = Match(name);
  if (!match.found()) {
    return Status::NotFound("", "no body matches '" + std::string(name) +
                                    "' (see 'chidao bodies' for the list)");
  }
  if (match.ambiguous()) {
    std::string list;
    for (const std::string& c : match.candidates) list += (list.empty() ? "" : "; ") + c;
    return Status::InvalidArgument("'" + std::string(name) + "' matches several bodies: " + list +
                                   "; type more of the name");
  }
  return std::move(match.candidates.front());
}

}  // namespace chidao::report
