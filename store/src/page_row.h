// Internal to chidao::store. A page's row id: pages.id, which is also its rowid in both page
// indexes (pages_fold, pages_exact).
//
// The id encodes the page's document, its ordinal (1-based position in the document) and its
// length in tokens quantised to one byte on a log scale:
//     (document_id << 24) | (ordinal << 8) | length
// so search maps an index hit to its document, and ranks it by length (fts_rank.h), without
// a lookup, and the pages of one document are one contiguous rowid range of the index.
//
// Schema 1 archives written before this encoding used (document_id << 16) | ordinal; the
// schema 2 migration (RenumberPages) rewrites their ids and rebuilds the page indexes.
#pragma once

#include <SQLiteCpp/Database.h>

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace chidao::store_internal {

inline constexpr std::size_t kMaxPagesPerDocument = 65535;  // ordinal fits 16 bits

std::int64_t PageRowId(std::int64_t document_id, std::int64_t ordinal, std::size_t tokens);
inline std::int64_t DocumentOfPageRow(std::int64_t row_id) { return row_id >> 24; }
// The page's token count as PageRowId recorded it (within about 6%).
double TokensOfPageRow(std::int64_t row_id);

// Tokens the folded index makes of `text` (what FTS5 counts as the page's length).
std::size_t PageTokens(std::string_view text);

// Migration step: gives every page the id PageRowId computes (ordinal = rank of its old id
// within its document) and, when any id changed, rebuilds both page indexes from the pages.
// A no-op on an archive already in this encoding. Runs inside the caller's transaction, on
// a connection with the chidao tokenizer registered; throws SQLite::Exception on failure.
void RenumberPages(SQLite::Database& db);

}  // namespace chidao::store_internal
