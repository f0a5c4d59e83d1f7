#include "running_header.h"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <optional>
#include <string_view>

#include <re2/re2.h>

#include "edit_distance.h"

namespace chidao {
namespace {

constexpr int kEdgeLines = 2;     // lines examined at each end of a page
constexpr int kNeighbours = 5;    // pages examined on each side
constexpr double kMaxDifference = 0.08;  // OCR noise: a letter or two in a header line

struct PageLines {
  std::vector<std::string> lines;
  std::vector<int> top;     // indexes of the first kEdgeLines non-blank lines
  std::vector<int> bottom;  // indexes of the last kEdgeLines non-blank lines
  std::vector<bool> drop;
};

bool IsBlank(std::string_view line) {
  return line.find_first_not_of(" \t\r\f\v") == std::string_view::npos;
}

std::string Trimmed(std::string_view line) {
  const std::size_t first = line.find_first_not_of(" \t\r\f\v");
  if (first == std::string_view::npos) return {};
  const std::size_t last = line.find_last_not_of(" \t\r\f\v");
  return std::string(line.substr(first, last - first + 1));
}

// Digits masked and spaces collapsed: "Trang 2" and "Trang 3" share a key.
std::string Key(std::string_view line) {
  std::string key;
  bool space = false;
  for (char c : Trimmed(line)) {
    if (c == ' ' || c == '\t') {
      space = true;
      continue;
    }
    if (space && !key.empty()) key.push_back(' ');
    space = false;
    key.push_back(c >= '0' && c <= '9' ? '#' : c);
  }
  return key;
}

bool Similar(const std::string& a, const std::string& b) {
  if (a.empty() || b.empty()) return false;
  if (a == b) return true;
  const std::u32string ca = ToCodePoints(a);
  const std::u32string cb = ToCodePoints(b);
  const std::size_t longer = std::max(ca.size(), cb.size());
  if (longer < 8) return false;  // short lines must match exactly
  const std::size_t shorter = std::min(ca.size(), cb.size());
  if (static_cast<double>(longer - shorter) > kMaxDifference * longer) return false;
  return static_cast<double>(EditDistance(ca, cb)) <= kMaxDifference * longer;
}

PageLines Split(const std::string& text) {
  PageLines page;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    page.lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  for (int i = 0; i < static_cast<int>(page.lines.size()) &&
                  static_cast<int>(page.top.size()) < kEdgeLines; ++i) {
    if (!IsBlank(page.lines[i])) page.top.push_back(i);
  }
  for (int i = static_cast<int>(page.lines.size()) - 1;
       i >= 0 && static_cast<int>(page.bottom.size()) < kEdgeLines; --i) {
    if (!IsBlank(page.lines[i])) page.bottom.push_back(i);
  }
  page.drop.assign(page.lines.size(), false);
  return page;
}

// True when `key` is similar to a line at the same end of at least half the neighbours.
using EdgeKeys = std::vector<std::vector<std::string>>;  // per page, keys of its edge lines

bool RepeatsOnNeighbours(const EdgeKeys& keys_top, const EdgeKeys& keys_bottom, int page,
                         const std::string& key, bool top) {
  const int n = static_cast<int>(keys_top.size());
  int seen = 0;
  int matched = 0;
  for (int other = std::max(0, page - kNeighbours); other <= std::min(n - 1, page + kNeighbours);
       ++other) {
    if (other == page) continue;
    ++seen;
    const auto& keys = top ? keys_top[other] : keys_bottom[other];
    if (std::any_of(keys.begin(), keys.end(),
                    [&](const std::string& k) { return Similar(key, k); })) {
      ++matched;
    }
  }
  return seen > 0 && 2 * matched >= seen;
}

std::optional<int> PageNumberIn(const std::string& line) {
  static const RE2 kDashed(R"(^[-–—]?\s*(\d{1,4})\s*[-–—]?$)");
  static const RE2 kWord(R"(^(?i:trang|page)\s*(\d{1,4})(?:\s*(?:/|(?i:of|trên))\s*\d{1,4})?$)");
  static const RE2 kFraction(R"(^(\d{1,4})\s*/\s*\d{1,4}$)");
  const std::string trimmed = Trimmed(line);
  int number = 0;
  if (RE2::FullMatch(trimmed, kDashed, &number) || RE2::FullMatch(trimmed, kWord, &number) ||
      RE2::FullMatch(trimmed, kFraction, &number)) {
    return number;
  }
  return std::nullopt;
}

void RemovePageNumbers(std::vector<PageLines>* pages) {
  struct Candidate {
    int page;
    int line;
    int offset;  // printed number minus position
  };
  std::vector<Candidate> candidates;
  for (int p = 0; p < static_cast<int>(pages->size()); ++p) {
    PageLines& page = (*pages)[p];
    // The first and last lines still present after header removal.
    int first = -1;
    int last = -1;
    for (int i = 0; i < static_cast<int>(page.lines.size()); ++i) {
      if (page.drop[i] || IsBlank(page.lines[i])) continue;
      if (first < 0) first = i;
      last = i;
    }
    for (int line : {first, last}) {
      if (line < 0) continue;
      if (std::optional<int> number = PageNumberIn(page.lines[line])) {
        candidates.push_back({p, line, *number - (p + 1)});
      }
      if (first == last) break;
    }
  }
  std::map<int, int> offsets;
  for (const Candidate& c : candidates) ++offsets[c.offset];
  for (const Candidate& c : candidates) {
    if (c.offset == 0 || offsets[c.offset] >= 2) (*pages)[c.page].drop[c.line] = true;
  }
}

}  // namespace

int RemoveRunningHeaders(std::vector<std::string>* texts) {
  std::vector<PageLines> pages;
  pages.reserve(texts->size());
  for (const std::string& text : *texts) pages.push_back(Split(text));

  EdgeKeys keys_top(pages.size());
  EdgeKeys keys_bottom(pages.size());
  for (std::size_t p = 0; p < pages.size(); ++p) {
    for (int i : pages[p].top) keys_top[p].push_back(Key(pages[p].lines[i]));
    for (int i : pages[p].bottom) keys_bottom[p].push_back(Key(pages[p].lines[i]));
  }
  if (pages.size() >= 2) {
    for (int p = 0; p < static_cast<int>(pages.size()); ++p) {
      for (std::size_t k = 0; k < pages[p].top.size(); ++k) {
        if (RepeatsOnNeighbours(keys_top, keys_bottom, p, keys_top[p][k], true)) {
          pages[p].drop[pages[p].top[k]] = true;
        }
      }
      for (std::size_t k = 0; k < pages[p].bottom.size(); ++k) {
        if (RepeatsOnNeighbours(keys_top, keys_bottom, p, keys_bottom[p][k], false)) {
          pages[p].drop[pages[p].bottom[k]] = true;
        }
      }
    }
  }
  RemovePageNumbers(&pages);

  int removed = 0;
  for (std::size_t p = 0; p < pages.size(); ++p) {
    std::string out;
    bool first = true;
    for (std::size_t i = 0; i < pages[p].lines.size(); ++i) {
      if (pages[p].drop[i]) {
        ++removed;
        continue;
      }
      if (!first) out += '\n';
      first = false;
      out += pages[p].lines[i];
    }
    (*texts)[p] = std::move(out);
  }
  return removed;
}

}  // namespace chidao
