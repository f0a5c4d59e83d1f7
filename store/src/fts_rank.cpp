#include "fts_rank.h"

#include <cmath>
#include <cstdint>
#include <new>
#include <vector>

#include "page_row.h"

namespace chidao::store_internal {

namespace {

constexpr double kK1 = 1.2;
constexpr double kB = 0.75;

// Per-query data, computed on the first row and kept by FTS5 for the rest, with scratch
// buffers reused from row to row (no allocation per row).
struct QueryStats {
  std::vector<double> idf;
  double average_tokens = 1;
  std::vector<int> run, next;
};

int CountRow(const Fts5ExtensionApi*, Fts5Context*, void* count) {
  ++*static_cast<std::int64_t*>(count);
  return SQLITE_OK;
}

int PhraseArg(const Fts5ExtensionApi* api, Fts5Context* fts, int argc, sqlite3_value** argv) {
  int n = api->xPhraseCount(fts);
  if (argc < 1) return n;
  int wanted = sqlite3_value_int(argv[0]);
  return wanted < 0 || wanted > n ? n : wanted;
}

QueryStats* Stats(const Fts5ExtensionApi* api, Fts5Context* fts, int phrases, int* rc) {
  auto* stats = static_cast<QueryStats*>(api->xGetAuxdata(fts, 0));
  if (stats != nullptr) return stats;
  stats = new (std::nothrow) QueryStats;
  if (stats == nullptr) {
    *rc = SQLITE_NOMEM;
    return nullptr;
  }
  sqlite3_int64 rows = 0;
  sqlite3_int64 total = 0;
  *rc = api->xRowCount(fts, &rows);
  if (*rc == SQLITE_OK) *rc = api->xColumnTotalSize(fts, 0, &total);
  if (rows > 0) stats->average_tokens = static_cast<double>(total) / static_cast<double>(rows);
  for (int i = 0; i < phrases && *rc == SQLITE_OK; ++i) {
    std::int64_t hits = 0;
    *rc = api->xQueryPhrase(fts, i, &hits, CountRow);
    // FTS5's bm25 idf, floored so that a word on every page still counts a little.
    double idf = std::log((static_cast<double>(rows - hits) + 0.5) / (static_cast<double>(hits) + 0.5));
    stats->idf.push_back(idf < 1e-6 ? 1e-6 : idf);
  }
  if (*rc != SQLITE_OK) {
    delete stats;
    return nullptr;
  }
  *rc = api->xSetAuxdata(fts, stats, [](void* p) { delete static_cast<QueryStats*>(p); });
  return *rc == SQLITE_OK ? stats : nullptr;
}

// One pass over the phrases' positions counts each phrase's frequency (for BM25) and, when
// asked, follows the offsets where phrases 0..i stand in a row (for adjacency): `run` holds
// where phrase i must start, both lists are in offset order.
void Rank(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* ctx, int argc,
          sqlite3_value** argv) {
  int phrases = PhraseArg(api, fts, argc, argv);
  bool want_adjacent = argc >= 2 && sqlite3_value_int(argv[1]) != 0 && phrases >= 2;
  int rc = SQLITE_OK;
  QueryStats* stats = Stats(api, fts, phrases, &rc);
  if (stats == nullptr) {
    sqlite3_result_error_code(ctx, rc == SQLITE_OK ? SQLITE_ERROR : rc);
    return;
  }
  try {
    double tokens = TokensOfPageRow(api->xRowid(fts));
    double norm = kK1 * (1 - kB + kB * tokens / stats->average_tokens);
    double score = 0;
    std::vector<int>& run = stats->run;
    std::vector<int>& next = stats->next;
    run.clear();
    bool adjacent = want_adjacent;
    for (int i = 0; i < phrases; ++i) {
      Fts5PhraseIter it;
      int column = 0, offset = 0, tf = 0;
      int size = api->xPhraseSize(fts, i);
      bool follow = adjacent;
      next.clear();
      std::size_t k = 0;
      for (api->xPhraseFirst(fts, i, &it, &column, &offset); column >= 0;
           api->xPhraseNext(fts, &it, &column, &offset)) {
        ++tf;
        if (!follow) continue;
        if (i == 0) {
          next.push_back(offset + size);
          continue;
        }
        while (k < run.size() && run[k] < offset) ++k;
        if (k < run.size() && run[k] == offset) next.push_back(offset + size);
      }
      if (follow) {
        run.swap(next);
        adjacent = !run.empty();
      }
      score += stats->idf[static_cast<std::size_t>(i)] * tf * (kK1 + 1) / (tf + norm);
    }
    sqlite3_result_double(ctx, -score - (adjacent ? kAdjacentTier : 0.0));
  } catch (const std::bad_alloc&) {
    sqlite3_result_error_nomem(ctx);
  }
}

}  // namespace

Status RegisterRankFunctions(sqlite3* db) {
  fts5_api* api = nullptr;
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) == SQLITE_OK) {
    sqlite3_bind_pointer(stmt, 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(stmt);
  }
  sqlite3_finalize(stmt);
  if (api == nullptr ||
      api->xCreateFunction(api, "chidao_rank", nullptr, Rank, nullptr) != SQLITE_OK) {
    return Status::Internal("cannot register chidao's ranking functions");
  }
  return Status::Ok();
}

}  // namespace chidao::store_internal
