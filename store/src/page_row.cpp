// Page row ids (encoding in page_row.h) and the migration that brings older archives to it.
//
// Renumbering in place must not trip over the primary key: an old id of one page can equal
// the new id of another (old (257 << 16) | 5 is new (1 << 24) | (1 << 8) | 5). So every id
// is first made negative (new ids are positive, old ones too: no clash), then set to its
// new value. FTS5 indexes key on the rowid, so they are rebuilt from the renumbered pages.
#include "page_row.h"

#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <string>
#include <utility>
#include <vector>

#include "text_keys.h"

namespace chidao::store_internal {

// Length quantisation: 12 steps per doubling, so 255 covers 2^21 tokens.
std::int64_t PageRowId(std::int64_t document_id, std::int64_t ordinal, std::size_t tokens) {
  double code = std::round(12.0 * std::log2(static_cast<double>(tokens) + 1.0));
  std::int64_t length = static_cast<std::int64_t>(std::min(code, 255.0));
  return (document_id << 24) | (ordinal << 8) | length;
}

double TokensOfPageRow(std::int64_t row_id) {
  // Search asks this for every ranked row; exp2 was 2% of a search. The table holds the
  // same values, computed by the same expression.
  static const std::array<double, 256> kTokens = [] {
    std::array<double, 256> tokens{};
    for (std::size_t code = 0; code < tokens.size(); ++code) {
      tokens[code] = std::exp2(static_cast<double>(code) / 12.0) - 1.0;
    }
    return tokens;
  }();
  return kTokens[static_cast<std::size_t>(row_id & 0xff)];
}

std::size_t PageTokens(std::string_view text) {
  // A run of token characters is a token unless its key is empty (only marks): a run that
  // starts with a letter or digit has a key, so only the rare others are keyed.
  std::size_t tokens = 0;
  std::string key;
  ForEachTokenRun(text, [&](std::size_t b, std::size_t e) {
    std::string_view run = text.substr(b, e - b);
    if (static_cast<unsigned char>(run[0]) < 0x80 || detail::FoldKeyFirstByte(run) >= 0) {
      ++tokens;
    } else {
      detail::KeyOf(run, KeyKind::kFold, key);
      tokens += !key.empty();
    }
    return true;
  });
  return tokens;
}

void RenumberPages(SQLite::Database& db) {
  std::vector<std::pair<std::int64_t, std::int64_t>> moves;  // old id → new id
  {
    SQLite::Statement q(db, "SELECT id, document_id, text FROM pages ORDER BY document_id, id");
    std::int64_t document = -1;
    std::int64_t ordinal = 0;
    while (q.executeStep()) {
      std::int64_t id = q.getColumn(0).getInt64();
      std::int64_t doc = q.getColumn(1).getInt64();
      ordinal = doc == document ? ordinal + 1 : 1;
      document = doc;
      SQLite::Column text = q.getColumn(2);
      std::string_view view(static_cast<const char*>(text.getBlob()),
                            static_cast<std::size_t>(text.getBytes()));
      std::int64_t wanted = PageRowId(doc, ordinal, PageTokens(view));
      if (wanted != id) moves.emplace_back(id, wanted);
    }
  }
  if (moves.empty()) return;
  // Only the id changes: the pages triggers (on insert, delete, update of text) stay quiet.
  db.exec("UPDATE pages SET id = -id WHERE id > 0");
  SQLite::Statement set(db, "UPDATE pages SET id = ? WHERE id = ?");
  for (const auto& [old_id, new_id] : moves) {
    set.bind(1, new_id);
    set.bind(2, -old_id);
    set.exec();
    set.reset();
  }
  // Pages whose id was already right were negated too: restore them.
  db.exec("UPDATE pages SET id = -id WHERE id < 0");
  db.exec("INSERT INTO pages_fold(pages_fold) VALUES ('rebuild')");
  db.exec("INSERT INTO pages_exact(pages_exact) VALUES ('rebuild')");
}

}  // namespace chidao::store_internal
