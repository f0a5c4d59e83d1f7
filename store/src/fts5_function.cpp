#include "fts5_function.h"

#include <string>

namespace chidao::store_internal {

Status RegisterFts5Function(sqlite3* db, const char* name, fts5_extension_function function,
                            const char* what, void* user_data) {
  // FTS5 hands out its API only through this pointer-passing query (sqlite.org/fts5.html §7).
  fts5_api* api = nullptr;
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) == SQLITE_OK) {
    sqlite3_bind_pointer(stmt, 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(stmt);
  }
  sqlite3_finalize(stmt);
  if (api == nullptr || api->xCreateFunction(api, name, user_data, function, nullptr) != SQLITE_OK) {
    return Status::Internal(std::string("cannot register ") + what);
  }
  return Status::Ok();
}

}  // namespace chidao::store_internal
