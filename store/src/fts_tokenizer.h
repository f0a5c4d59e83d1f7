// Internal to chidao::store. Registers chidao's FTS5 tokenizer on a connection.
//
// The indexes are declared `tokenize = 'chidao fold'` and `tokenize = 'chidao exact'`: FTS5
// then cuts documents AND query strings with ForEachToken (text_keys.h), so folding happens
// in the project, identically on both sides, and token offsets point into the original text
// (snippets highlight "Đào tạo" as written, not its folded form).
// Every connection that touches the indexes must register it first (Store::Open does); a
// plain `sqlite3` shell can read the ordinary tables but not the indexes.
#pragma once

#include <sqlite3.h>

#include "chidao/status.h"

namespace chidao::store_internal {

Status RegisterTokenizer(sqlite3* db);

}  // namespace chidao::store_internal
