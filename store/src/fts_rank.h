// Internal to chidao::store. The ranking functions search uses, registered on every
// connection as FTS5 auxiliary functions:
//
//   chidao_rank(pages_fold, n)      BM25 over the first n phrases of the MATCH expression
//                                   (the words to find; excluded words come after them).
//   chidao_adjacent(pages_fold, n)  1 when those n phrases occur side by side, in order,
//                                   somewhere on the page ("đào tạo cán bộ" as typed), else 0.
//
// Why not FTS5's bm25(): it looks up each matching row's length in the %_docsize table, one
// SQL lookup per row, which was three quarters of a search on a dense archive (43 ms of 55
// for 9,800 matching pages). chidao_rank reads the length from the row id instead: pages'
// row ids carry their token count, quantised to one byte on a log scale (PageRowId in
// store_impl.h), as Lucene keeps one-byte length norms. Term frequencies are counted from
// the position lists, idf is computed once per query. Same formula as FTS5's bm25 (k1 = 1.2,
// b = 0.75), negated so that lower is better, as FTS5's rank is.
#pragma once

#include <sqlite3.h>

#include "chidao/status.h"

namespace chidao::store_internal {

Status RegisterRankFunctions(sqlite3* db);

}  // namespace chidao::store_internal
