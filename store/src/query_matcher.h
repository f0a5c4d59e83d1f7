// Internal to chidao::store. Matching a search query against one text in memory, the way the
// folded FTS5 index would: search shows 20 documents, and asking FTS5 for each one's snippet
// and matching tasks cost a query each (parse the expression, look every word up in the
// index, seek to the row): 40 index queries, a third of a search. The page text is at hand
// once read, and a few kilobytes are tokenized faster than the index is searched.
//
// The rules are FTS5's for the expressions ParseSearchQuery writes: each term is a phrase
// (its tokens consecutive, the last one a prefix for word*), phrases are numbered as they
// appear in fold_match (terms to find first, then excluded ones); a text matches when every
// term to find occurs and no excluded term does. Tokens and keys come from text_keys.h, as
// the index's do, so the positions are the ones the index holds.
//   query: tiem "vac xin" -"ha noi"   text: "Tiêm vắc-xin tại Hà Nam"
//   hits:  phrase 0 at token 0, phrase 1 at tokens 1-2; matches (no "ha noi").
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "chidao/search_query.h"
#include "snippet_passage.h"

namespace chidao::store_internal {

// A text cut into tokens, with the query's matches in it.
struct TextMatches {
  std::vector<std::pair<int, int>> tokens;  // byte range [begin, end) of each token
  std::vector<SnippetHit> hits;             // by phrase, then by position (FTS5's order)
  bool matches = false;                     // the query's expression is true for the text
};

class QueryMatcher {
 public:
  explicit QueryMatcher(const SearchQuery& query);

  int phrase_count() const { return static_cast<int>(phrases_.size()); }

  TextMatches Find(std::string_view text) const;

  // Whether hits (of a text, or of a token range of it) satisfy the expression.
  bool Satisfied(const std::vector<SnippetHit>& hits) const;

  // The text and matches of the span [start, end) of a text Find has read, as SpanText
  // (span_text.h) writes it and Find would read it, the text left empty when the span does
  // not match; nullopt when an end of the span falls inside a token (the span's first or
  // last token is then not one of the text's).
  std::optional<std::pair<std::string, TextMatches>> Span(std::string_view text,
                                                          const TextMatches& found,
                                                          std::size_t start, std::size_t end) const;

  // The snippet of a text Find has read, `window` tokens long (snippet_passage.h).
  static std::string Snippet(std::string_view text, const TextMatches& found, int phrases,
                             int window);

 private:
  struct QueryKey {
    std::string key;      // a fold key
    bool prefix = false;  // matches the keys starting with it (the last word of word*)
    bool operator==(const QueryKey& o) const { return key == o.key && prefix == o.prefix; }
  };
  struct Phrase {
    std::vector<int> keys;  // its tokens, as indexes into keys_
    bool negated = false;
  };
  std::vector<QueryKey> keys_;  // the distinct keys of all phrases
  std::vector<Phrase> phrases_;
  std::size_t words_ = 0;                // 64-bit words per token for one bit per key
  std::array<bool, 256> first_bytes_{};  // first bytes of keys_, ASCII letters lowered
};

}  // namespace chidao::store_internal
