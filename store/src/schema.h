// Internal to chidao::store. The archive's schema and its forward migrations.
//
// `PRAGMA user_version` is the schema version. Migration N (1-based) turns version N-1 into
// N; each runs in its own BEGIN IMMEDIATE transaction that re-reads the version first, so two
// processes opening a new file at once migrate it once. A file whose version is newer than
// this build knows is refused untouched. Migrations are append-only: never edit a released
// one, add the next.
#pragma once

#include <SQLiteCpp/Database.h>

#include "chidao/status.h"

namespace chidao::store_internal {

int LatestSchemaVersion();

// Brings `db` (tokenizer registered, foreign keys on) to LatestSchemaVersion().
Status Migrate(SQLite::Database& db);

}  // namespace chidao::store_internal
