// Internal to chidao::store. The ranking function search uses, registered on every
// connection as an FTS5 auxiliary function:
//
//   chidao_rank(pages_fold, n, adjacent)
//     BM25 over the first n phrases of the MATCH expression (the words to find; excluded
//     words come after them), negated so that lower is better, as FTS5's rank is. When
//     `adjacent` is non-zero and those n phrases occur side by side, in order, somewhere on
//     the page ("đào tạo cán bộ" as typed), kAdjacentTier is subtracted: such pages sort
//     before all others, and IsAdjacentRank/BaseRank take the value apart again.
//
//   chidao_row(pages_exact)
//     Appends the row's id to the connection's row list (RankContext::rows) and returns 0:
//     `WHERE pages_exact MATCH ? AND chidao_row(pages_exact)` lists the pages with the exact
//     words without stepping each one out of SQLite and through SQLiteCpp (thousands of
//     rows for common words typed with diacritics).
//
// Adjacency and term frequencies come from one pass over the phrases' positions: a second
// function reading the same positions again cost as much as the whole ranking.
//
// Why not FTS5's bm25(): it looks up each matching row's length in the %_docsize table, one
// SQL lookup per row, which was three quarters of a search on a dense archive (43 ms of 55
// for 9,800 matching pages). chidao_rank reads the length from the row id instead: pages'
// row ids carry their token count, quantised to one byte on a log scale (PageRowId in
// page_row.h), as Lucene keeps one-byte length norms. Term frequencies are counted from
// the position lists (read directly, not through xPhraseNext: see PositionList), idf is
// computed once per query. Same formula as FTS5's bm25 (k1 = 1.2,
// b = 0.75).
//
//   chidao_rank(pages_fold, n, adjacent, 1)
//     The same, against the connection's RankFloor (RankContext), which the caller keeps up
//     to date while it steps through the rows: a row that cannot beat the floor gets NULL
//     (fts_rank.cpp says how that is told cheaply).
//
//   chidao_rank(pages_fold, n, adjacent, 2)
//     The same, but each row's rank (or NULL) goes to the connection's RankSink instead, and
//     the function returns 0: used as `WHERE ... AND chidao_rank(...)`, no row leaves SQLite.
//     A search ranks every matching page (9,000 of 10,000 on the bench archive's common
//     words) to show 20 documents; stepping each row out to C++ and reading its columns
//     through SQLiteCpp cost about a tenth of a search. Rows the sink does not want (filters)
//     are not ranked at all.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "chidao/status.h"

namespace chidao::store_internal {

inline constexpr double kAdjacentTier = 1e9;  // far above any BM25 score (≤ 40 terms × ~60)
inline bool IsAdjacentRank(double rank) { return rank <= -kAdjacentTier / 2; }
inline double BaseRank(double rank) { return IsAdjacentRank(rank) ? rank + kAdjacentTier : rank; }

// The worst of the best `limit` documents found so far, in the order search shows them
// (exact words first, then adjacent words, then BM25): a row strictly worse than it cannot
// be shown, nor make its document shown.
struct RankFloor {
  const std::vector<std::int64_t>* exact_rows = nullptr;  // ascending rows with the exact words
  bool active = false;  // `limit` documents are known; the fields below describe the worst
  bool exact = false;
  bool adjacent = false;
  double rank = 0;  // BaseRank: negated BM25, lower is better
};

// How many rows of the index have each phrase of a query (its idf), remembered per
// connection: counting them walks up to half of each phrase's row list, a tenth of a search,
// and gives the same numbers until the index changes. An entry is used only while the
// archive's generation (Validate) and the index's row count and total size are the ones it
// was counted at.
class PhraseRowCache {
 public:
  // Forgets everything when `generation` (the caller's summary of PRAGMA data_version and
  // this connection's own changes) differs from the last one seen.
  void Validate(std::int64_t data_version, std::int64_t own_changes);
  // Rows of phrase `phrase` of MATCH `match`, when counted on an index of this size.
  bool Find(const std::string& match, int phrase, std::int64_t rows, std::int64_t total,
            std::int64_t* hits) const;
  void Put(const std::string& match, int phrase, std::int64_t rows, std::int64_t total,
           std::int64_t hits);

 private:
  struct Entry {
    std::int64_t rows, total, hits;
  };
  static std::string Key(const std::string& match, int phrase);
  std::int64_t data_version_ = -1, own_changes_ = -1;
  std::unordered_map<std::string, Entry> entries_;
};

// Where chidao_rank(..., 2) sends each matching row, in the index's (ascending rowid) order.
class RankSink {
 public:
  virtual ~RankSink() = default;
  // Whether the row can be shown at all (search filters); a row refused is not ranked.
  virtual bool Wanted(std::int64_t row) = 0;
  // A wanted row's rank, as chidao_rank(..., 1) would return it; below_floor: it would
  // return NULL (the row cannot be shown), and `rank` means nothing.
  virtual void Add(std::int64_t row, bool below_floor, double rank) = 0;
};

// Per connection (Store::Impl owns it, registration borrows it for the connection's life):
// the floor and sink of the ranking statement being stepped and its MATCH expression, set by
// the caller around the stepping (RankFloorScope), nullptr otherwise; and the phrase row
// counts.
struct RankContext {
  const RankFloor* floor = nullptr;
  RankSink* sink = nullptr;
  const std::string* match = nullptr;  // the statement's MATCH string, for phrase_rows
  std::vector<std::int64_t>* rows = nullptr;  // chidao_row's list (RowListScope)
  PhraseRowCache phrase_rows;
};

// Points chidao_row at `rows` while a statement using it is stepped.
class RowListScope {
 public:
  RowListScope(RankContext& context, std::vector<std::int64_t>& rows) : context_(context) {
    context_.rows = &rows;
  }
  ~RowListScope() { context_.rows = nullptr; }
  RowListScope(const RowListScope&) = delete;  // clears the slot exactly once
  RowListScope& operator=(const RowListScope&) = delete;

 private:
  RankContext& context_;
};

class RankFloorScope {
 public:
  RankFloorScope(RankContext& context, const RankFloor& floor, const std::string& match,
                 RankSink* sink = nullptr)
      : context_(context) {
    context_.floor = &floor;
    context_.match = &match;
    context_.sink = sink;
  }
  ~RankFloorScope() {
    context_.floor = nullptr;
    context_.match = nullptr;
    context_.sink = nullptr;
  }
  RankFloorScope(const RankFloorScope&) = delete;  // clears the slot exactly once
  RankFloorScope& operator=(const RankFloorScope&) = delete;

 private:
  RankContext& context_;
};

Status RegisterRankFunctions(sqlite3* db, RankContext* context);

}  // namespace chidao::store_internal
