// Internal to chidao::store. The snippet function search uses, registered on every
// connection as an FTS5 auxiliary function:
//
//   chidao_snippet(index, tokens)
//     About `tokens` tokens of the row's text around its best cluster of matches (the window
//     that holds the most distinct phrases of the query, then the most matches), each match
//     between \x02 and \x03, with "…" where the text goes on before or after. The same
//     output as FTS5's snippet(index, 0, char(2), char(3), '…', tokens).
//
// Why not FTS5's snippet(): it tokenizes the whole text twice (once to find sentence starts,
// once to highlight), which was the largest cost of showing 20 results from long pages.
// Match positions are already known from the index, so chidao_snippet picks the window from
// them and tokenizes the text only up to the window's end, once.
#pragma once

#include <sqlite3.h>

#include "chidao/status.h"

namespace chidao::store_internal {

Status RegisterSnippetFunction(sqlite3* db);

}  // namespace chidao::store_internal
