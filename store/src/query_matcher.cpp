// Matching in memory (rules in query_matcher.h). Speed: a page is tokenized without keys
// where possible, since a key starts with its token's first letter, folded: only tokens
// starting like one of the query's keys are keyed and compared, and only those that have
// one of the keys are kept for matching phrases.
#include "query_matcher.h"

#include <algorithm>
#include <cstdint>

#include "span_text.h"
#include "text_keys.h"

namespace chidao::store_internal {

QueryMatcher::QueryMatcher(const SearchQuery& query) {
  // fold_match lists the terms to find first, then the excluded ones (search_query.cpp).
  for (bool negated : {false, true}) {
    for (const QueryTerm& term : query.terms) {
      if (term.negated != negated) continue;
      Phrase phrase;
      phrase.negated = negated;
      std::vector<std::string> keys;
      ForEachToken(term.text, KeyKind::kFold, [&](std::string_view key, std::size_t, std::size_t) {
        keys.emplace_back(key);
        return true;
      });
      for (std::size_t k = 0; k < keys.size(); ++k) {
        QueryKey wanted{keys[k], term.prefix && k + 1 == keys.size()};
        auto it = std::find(keys_.begin(), keys_.end(), wanted);
        phrase.keys.push_back(static_cast<int>(it - keys_.begin()));
        if (it == keys_.end()) keys_.push_back(std::move(wanted));
      }
      if (!phrase.keys.empty()) phrases_.push_back(std::move(phrase));
    }
  }
  words_ = (keys_.size() + 63) / 64;
  for (const QueryKey& k : keys_) {
    // An empty prefix key cannot come from the tokenizer; be safe and test every token.
    if (k.key.empty())
      first_bytes_.fill(true);
    else
      first_bytes_[static_cast<unsigned char>(k.key[0]) | 0x20] = true;
  }
}

TextMatches QueryMatcher::Find(std::string_view text) const {
  TextMatches out;
  out.tokens.reserve(text.size() / 4);
  // The tokens having one of the query's keys (most have none), ascending, with which keys
  // they have as bits: phrases are then matched on bits, without keeping any token's key.
  std::vector<int> marked;
  std::vector<std::uint64_t> bits;  // words_ per marked token
  std::string key;
  ForEachTokenRun(text, [&](std::size_t b, std::size_t e) {
    unsigned char first = static_cast<unsigned char>(text[b]);
    // A key starts with its token's first character, lowered when it is ASCII, folded
    // otherwise (text_keys.h), and is then not empty: most tokens are told apart from the
    // query's keys without one.
    int known = first < 0x80 ? (first | 0x20) : detail::FoldKeyFirstByte(text.substr(b, e - b));
    if (known >= 0 && !first_bytes_[static_cast<unsigned char>(known)]) {
      out.tokens.emplace_back(static_cast<int>(b), static_cast<int>(e));
      return true;
    }
    detail::KeyOf(text.substr(b, e - b), KeyKind::kFold, key);
    if (key.empty()) return true;  // only marks: not a token (ForEachToken)
    out.tokens.emplace_back(static_cast<int>(b), static_cast<int>(e));
    std::string_view have(key);
    std::uint64_t* mine = nullptr;
    for (std::size_t k = 0; k < keys_.size(); ++k) {
      const QueryKey& q = keys_[k];
      if (q.prefix ? have.substr(0, q.key.size()) == q.key : have == q.key) {
        if (mine == nullptr) {
          marked.push_back(static_cast<int>(out.tokens.size() - 1));
          bits.insert(bits.end(), words_, 0);
          mine = bits.data() + bits.size() - words_;
        }
        mine[k / 64] |= std::uint64_t{1} << (k % 64);
      }
    }
    return true;
  });
  // Whether marked token j has key `key`.
  auto has = [&](std::size_t j, int key) {
    std::size_t k = static_cast<std::size_t>(key);
    return (bits[j * words_ + k / 64] >> (k % 64)) & 1;
  };
  const std::size_t n = marked.size();
  for (std::size_t p = 0; p < phrases_.size(); ++p) {
    const std::vector<int>& keys = phrases_[p].keys;
    const std::size_t size = keys.size();
    // A phrase's tokens are consecutive tokens, each marked: consecutive marked entries.
    for (std::size_t j = 0; j + size <= n; ++j) {
      bool match = true;
      for (std::size_t k = 0; k < size && match; ++k) {
        match = marked[j + k] == marked[j] + static_cast<int>(k) && has(j + k, keys[k]);
      }
      if (match) out.hits.push_back({marked[j], static_cast<int>(p), static_cast<int>(size)});
    }
  }
  out.matches = Satisfied(out.hits);
  return out;
}

bool QueryMatcher::Satisfied(const std::vector<SnippetHit>& hits) const {
  std::vector<bool> seen(phrases_.size(), false);
  for (const SnippetHit& h : hits) seen[static_cast<std::size_t>(h.phrase)] = true;
  for (std::size_t p = 0; p < phrases_.size(); ++p) {
    if (seen[p] == phrases_[p].negated) return false;
  }
  return !phrases_.empty();
}

std::optional<std::pair<std::string, TextMatches>> QueryMatcher::Span(std::string_view text,
                                                                      const TextMatches& found,
                                                                      std::size_t start,
                                                                      std::size_t end) const {
  start = std::min(start, text.size());
  end = std::min(std::max(end, start), text.size());
  const auto& tokens = found.tokens;
  auto first = std::lower_bound(tokens.begin(), tokens.end(), start,
                                [](const std::pair<int, int>& t, std::size_t b) {
                                  return static_cast<std::size_t>(t.second) <= b;
                                });
  // first: the first token ending after start. Inside a token at either end: give up.
  if (first != tokens.end() && static_cast<std::size_t>(first->first) < start) return std::nullopt;
  auto last = first;
  while (last != tokens.end() && static_cast<std::size_t>(last->second) <= end) ++last;
  if (last != tokens.end() && static_cast<std::size_t>(last->first) < end) return std::nullopt;
  const int from = static_cast<int>(first - tokens.begin());
  const int to = static_cast<int>(last - tokens.begin());  // tokens [from, to) are the span's
  std::pair<std::string, TextMatches> out;
  std::string& span = out.first;
  TextMatches& matches = out.second;
  for (const SnippetHit& h : found.hits) {
    if (h.token >= from && h.token + h.size <= to) {
      matches.hits.push_back({h.token - from, h.phrase, h.size});
    }
  }
  matches.matches = Satisfied(matches.hits);
  if (!matches.matches) return out;  // not shown: its text is not needed
  span.reserve(end - start);
  matches.tokens.reserve(static_cast<std::size_t>(to - from));
  // SpanText's loop (whitespace runs made one space, trimmed), noting where tokens land.
  auto next = first;
  bool space = false;
  for (std::size_t i = start; i < end; ++i) {
    char c = text[i];
    if (IsSpanSpace(c)) {
      space = true;
      continue;
    }
    if (space && !span.empty()) span += ' ';
    space = false;
    if (next != last && static_cast<std::size_t>(next->first) == i) {
      matches.tokens.emplace_back(static_cast<int>(span.size()), -1);
    }
    span += c;
    if (next != last && static_cast<std::size_t>(next->second) == i + 1) {
      matches.tokens.back().second = static_cast<int>(span.size());
      ++next;
    }
  }
  return out;
}

std::string QueryMatcher::Snippet(std::string_view text, const TextMatches& found, int phrases,
                                  int window) {
  SnippetBuilder passage(text, found.hits, phrases, window, static_cast<int>(found.tokens.size()));
  for (const auto& [begin, end] : found.tokens) {
    if (!passage.OnToken(begin, end)) break;
  }
  return passage.Finish();
}

}  // namespace chidao::store_internal
