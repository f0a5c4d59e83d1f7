#include "fts_rank.h"

#include <cmath>
#include <cstdint>
#include <new>
#include <vector>

#include "store_impl.h"

namespace chidao::store_internal {

// Length quantisation for PageRowId: 12 steps per doubling, so 255 covers 2^21 tokens.
std::int64_t PageRowId(std::int64_t document_id, std::int64_t ordinal, std::size_t tokens) {
  double code = std::round(12.0 * std::log2(static_cast<double>(tokens) + 1.0));
  std::int64_t length = static_cast<std::int64_t>(std::min(code, 255.0));
  return (document_id << 24) | (ordinal << 8) | length;
}

double TokensOfPageRow(std::int64_t row_id) {
  return std::exp2(static_cast<double>(row_id & 0xff) / 12.0) - 1.0;
}

namespace {

constexpr double kK1 = 1.2;
constexpr double kB = 0.75;

// Per-query data, computed on the first row and kept by FTS5 for the rest.
struct QueryStats {
  std::vector<double> idf;
  double average_tokens = 1;
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

void Rank(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* ctx, int argc,
          sqlite3_value** argv) {
  int phrases = PhraseArg(api, fts, argc, argv);
  int rc = SQLITE_OK;
  QueryStats* stats = Stats(api, fts, phrases, &rc);
  if (stats == nullptr) {
    sqlite3_result_error_code(ctx, rc == SQLITE_OK ? SQLITE_ERROR : rc);
    return;
  }
  double tokens = TokensOfPageRow(api->xRowid(fts));
  double norm = kK1 * (1 - kB + kB * tokens / stats->average_tokens);
  double score = 0;
  for (int i = 0; i < phrases; ++i) {
    Fts5PhraseIter it;
    int column = 0, offset = 0, tf = 0;
    for (api->xPhraseFirst(fts, i, &it, &column, &offset); column >= 0;
         api->xPhraseNext(fts, &it, &column, &offset)) {
      ++tf;
    }
    score += stats->idf[static_cast<std::size_t>(i)] * tf * (kK1 + 1) / (tf + norm);
  }
  sqlite3_result_double(ctx, -score);
}

void Adjacent(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* ctx, int argc,
              sqlite3_value** argv) {
  int phrases = PhraseArg(api, fts, argc, argv);
  if (phrases < 2) {
    sqlite3_result_int(ctx, 0);
    return;
  }
  try {
    // Offsets where phrase i may start so that phrases 0..i stand in a row.
    std::vector<int> run;
    Fts5PhraseIter it;
    int column = 0, offset = 0;
    for (api->xPhraseFirst(fts, 0, &it, &column, &offset); column >= 0;
         api->xPhraseNext(fts, &it, &column, &offset)) {
      run.push_back(offset + api->xPhraseSize(fts, 0));
    }
    for (int i = 1; i < phrases && !run.empty(); ++i) {
      std::vector<int> next;
      std::size_t k = 0;
      for (api->xPhraseFirst(fts, i, &it, &column, &offset); column >= 0;
           api->xPhraseNext(fts, &it, &column, &offset)) {
        while (k < run.size() && run[k] < offset) ++k;  // both lists are in offset order
        if (k < run.size() && run[k] == offset) next.push_back(offset + api->xPhraseSize(fts, i));
      }
      run = std::move(next);
    }
    sqlite3_result_int(ctx, run.empty() ? 0 : 1);
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
      api->xCreateFunction(api, "chidao_rank", nullptr, Rank, nullptr) != SQLITE_OK ||
      api->xCreateFunction(api, "chidao_adjacent", nullptr, Adjacent, nullptr) != SQLITE_OK) {
    return Status::Internal("cannot register chidao's ranking functions");
  }
  return Status::Ok();
}

}  // namespace chidao::store_internal
