// Internal to chidao::store. How a document ranks in text search: by its best page, exact
// words as typed first, then words side by side, then BM25 (store_search.cpp, fts_rank.h).
// Also the per-connection scratch that ranking fills, kept between searches.
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

namespace chidao::store_internal {

struct DocScore {
  std::int64_t best_page = 0;
  double rank = 0;
  bool exact = false;   // has the diacritic words as typed
  bool phrase = false;  // has the words side by side

  // Ordering of results: exact first, then phrase, then bm25 (lower is better).
  bool BetterThan(const DocScore& o) const {
    if (exact != o.exact) return exact;
    if (phrase != o.phrase) return phrase;
    return rank < o.rank;
  }
};

// A search's lists of matching pages and documents (up to one entry per page of the
// archive, 300 KiB for 10,000 pages), reused from one search to the next: allocated afresh,
// their memory was given back to the system after each search and faulted in again by the
// next, some 50 page faults a search.
struct SearchScratch {
  std::vector<std::int64_t> exact_pages;                     // ascending page rows
  std::vector<std::pair<std::int64_t, DocScore>> documents;  // (document id, score)
};

}  // namespace chidao::store_internal
