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
#pragma once

#include <sqlite3.h>

#include "chidao/status.h"

namespace chidao::store_internal {

inline constexpr double kAdjacentTier = 1e9;  // far above any BM25 score (≤ 40 terms × ~60)
inline bool IsAdjacentRank(double rank) { return rank <= -kAdjacentTier / 2; }
inline double BaseRank(double rank) { return IsAdjacentRank(rank) ? rank + kAdjacentTier : rank; }

Status RegisterRankFunctions(sqlite3* db);

}  // namespace chidao::store_internal
