// Internal to chidao::store: registering chidao's FTS5 auxiliary functions (chidao_rank,
// chidao_snippet) on a connection.
#pragma once

#include <sqlite3.h>

#include "chidao/status.h"

namespace chidao::store_internal {

// Registers `function` as the FTS5 auxiliary function `name` on `db`; `what` names it in the
// error ("chidao's ranking function"). `user_data` (xUserData) must outlive the connection.
Status RegisterFts5Function(sqlite3* db, const char* name, fts5_extension_function function,
                            const char* what, void* user_data = nullptr);

}  // namespace chidao::store_internal
