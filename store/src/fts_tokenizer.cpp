// The `chidao` FTS5 tokenizer: a thin C adapter over ForEachToken.
#include "fts_tokenizer.h"

#include <cstring>
#include <new>
#include <string_view>

#include "text_keys.h"

namespace chidao::store_internal {
namespace {

// The Fts5Tokenizer handle FTS5 keeps per table: just the key kind from the argument.
struct Tokenizer {
  KeyKind kind = KeyKind::kFold;
};

int Create(void* /*context*/, const char** args, int arg_count, Fts5Tokenizer** out) {
  KeyKind kind = KeyKind::kFold;
  if (arg_count > 1) return SQLITE_ERROR;
  if (arg_count == 1) {
    if (std::strcmp(args[0], "exact") == 0) {
      kind = KeyKind::kExact;
    } else if (std::strcmp(args[0], "fold") != 0) {
      return SQLITE_ERROR;
    }
  }
  auto* t = new (std::nothrow) Tokenizer{kind};
  if (t == nullptr) return SQLITE_NOMEM;
  *out = reinterpret_cast<Fts5Tokenizer*>(t);
  return SQLITE_OK;
}

void Delete(Fts5Tokenizer* t) { delete reinterpret_cast<Tokenizer*>(t); }

int Tokenize(Fts5Tokenizer* handle, void* ctx, int /*flags*/, const char* text, int length,
             int (*token)(void*, int, const char*, int, int, int)) {
  const auto* t = reinterpret_cast<const Tokenizer*>(handle);
  if (length <= 0 || text == nullptr) return SQLITE_OK;
  int rc = SQLITE_OK;
  // No C++ exception may cross into SQLite's C frames.
  try {
    ForEachToken(std::string_view(text, static_cast<std::size_t>(length)), t->kind,
                 [&](std::string_view key, std::size_t begin, std::size_t end) {
                   rc = token(ctx, 0, key.data(), static_cast<int>(key.size()),
                              static_cast<int>(begin), static_cast<int>(end));
                   return rc == SQLITE_OK;
                 });
  } catch (const std::bad_alloc&) {
    return SQLITE_NOMEM;
  } catch (...) {
    return SQLITE_ERROR;
  }
  // SQLITE_DONE from the callback means "stop, all is well" (FTS5's convention).
  return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

fts5_api* Fts5Api(sqlite3* db) {
  fts5_api* api = nullptr;
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) != SQLITE_OK) return nullptr;
  sqlite3_bind_pointer(stmt, 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
  sqlite3_step(stmt);
  sqlite3_finalize(stmt);
  return api;
}

}  // namespace

Status RegisterTokenizer(sqlite3* db) {
  fts5_api* api = Fts5Api(db);
  if (api == nullptr) return Status::Internal("SQLite has no FTS5: cannot index text");
  static fts5_tokenizer tokenizer = {Create, Delete, Tokenize};
  if (api->xCreateTokenizer(api, "chidao", nullptr, &tokenizer, nullptr) != SQLITE_OK) {
    return Status::Internal("cannot register the chidao FTS5 tokenizer");
  }
  return Status::Ok();
}

}  // namespace chidao::store_internal
