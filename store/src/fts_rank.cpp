#include "fts_rank.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <new>
#include <string>
#include <vector>

#include "fts5_function.h"
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
  std::vector<int> run, next, tf;
};

// Counts the rows of a phrase for its idf, up to half the rows: from there on the idf is at
// most 0 and floored (Stats), whatever the exact count, so the rest of a common word's list
// ("phong" is on 95% of pages) need not be read. SQLITE_DONE ends xQueryPhrase early.
struct RowCount {
  std::int64_t hits = 0;
  std::int64_t enough = 0;
};

int CountRow(const Fts5ExtensionApi*, Fts5Context*, void* data) {
  auto* count = static_cast<RowCount*>(data);
  return ++count->hits >= count->enough ? SQLITE_DONE : SQLITE_OK;
}

int PhraseArg(const Fts5ExtensionApi* api, Fts5Context* fts, int argc, sqlite3_value** argv) {
  int n = api->xPhraseCount(fts);
  if (argc < 1) return n;
  int wanted = sqlite3_value_int(argv[0]);
  return wanted < 0 || wanted > n ? n : wanted;
}

QueryStats* Stats(const Fts5ExtensionApi* api, Fts5Context* fts, int phrases,
                  RankContext* context, int* rc) {
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
  const std::string* match = context != nullptr ? context->match : nullptr;
  for (int i = 0; i < phrases && *rc == SQLITE_OK; ++i) {
    std::int64_t hits = 0;
    if (match == nullptr || !context->phrase_rows.Find(*match, i, rows, total, &hits)) {
      // 2 * hits >= rows gives (rows - hits + 0.5) / (hits + 0.5) <= 1: idf <= 0.
      RowCount count{0, (rows + 1) / 2};
      if (count.enough < 1) count.enough = 1;
      *rc = api->xQueryPhrase(fts, i, &count, CountRow);
      hits = count.hits;
      if (match != nullptr && *rc == SQLITE_OK) {
        context->phrase_rows.Put(*match, i, rows, total, hits);
      }
    }
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

// The positions of phrase i on the current row, read from FTS5's position list directly.
// xPhraseNext is a call through the API plus a varint call per position, about 60
// instructions: a third of ranking a dense query (206,000 positions for "phòng chống dịch"
// on the bench archive). After xPhraseFirst, the Fts5PhraseIter of fts5.h spans the rest of
// the list: SQLite varints, each the offset's distance from the previous one plus 2, with a
// 0x01 marker before a change of column. Only for one-column indexes (all of chidao's);
// otherwise, and whenever a column marker shows up, the API walks the rest.
class PositionList {
 public:
  PositionList(const Fts5ExtensionApi* api, Fts5Context* fts, int phrase, bool direct)
      : api_(api), fts_(fts), direct_(direct) {
    api_->xPhraseFirst(fts_, phrase, &it_, &column_, &offset_);
  }

  bool Done() const { return column_ < 0; }
  int Offset() const { return offset_; }

  void Next() {
    if (!direct_) {
      api_->xPhraseNext(fts_, &it_, &column_, &offset_);
      return;
    }
    if (it_.a >= it_.b) {
      column_ = -1;
      return;
    }
    const unsigned char* p = it_.a;
    unsigned value = 0;
    for (int n = 0; p < it_.b && n < 5; ++n) {
      unsigned char byte = *p++;
      value = (value << 7) | (byte & 0x7f);
      if ((byte & 0x80) == 0) break;
    }
    if (value == 1) {  // a column marker: not ours to parse
      direct_ = false;
      api_->xPhraseNext(fts_, &it_, &column_, &offset_);
      return;
    }
    it_.a = p;
    offset_ += static_cast<int>(value) - 2;
  }

  // Positions left after the current one (the current one not counted): each varint ends
  // on a byte below 0x80, so counting those bytes counts them.
  int CountRest() {
    if (!direct_) {
      int n = 0;
      for (Next(); !Done(); Next()) ++n;
      return n;
    }
    int n = 0;
    for (const unsigned char* p = it_.a; p < it_.b; ++p) {
      if (*p == 0x01 && (p == it_.a || (p[-1] & 0x80) == 0)) {  // column marker: use the API
        it_.a = p;  // positions before p are counted; the API walks the rest
        direct_ = false;
        for (api_->xPhraseNext(fts_, &it_, &column_, &offset_); !Done(); Next()) ++n;
        return n;
      }
      n += (*p & 0x80) == 0;
    }
    it_.a = it_.b;
    column_ = -1;
    return n;
  }

 private:
  const Fts5ExtensionApi* api_;
  Fts5Context* fts_;
  bool direct_;
  Fts5PhraseIter it_{};
  int column_ = -1, offset_ = -1;
};

// One phrase's share of the BM25 score. One function for both of Rank's paths, so that a
// row's score is the same bits whichever path computed it (the floor test compares them).
double TermScore(double idf, int tf, double norm) { return idf * tf * (kK1 + 1) / (tf + norm); }

// Whether a row with (exact, adjacent, rank) is strictly worse than the floor's document:
// the ordering of store_search.cpp (exact, then phrase, then rank, lower is better).
bool BelowFloor(const RankFloor& floor, bool exact, bool adjacent, double rank) {
  if (floor.exact != exact) return floor.exact;
  if (floor.adjacent != adjacent) return floor.adjacent;
  return floor.rank < rank;
}

// One pass over the phrases' positions counts each phrase's frequency (for BM25) and, when
// asked, follows the offsets where phrases 0..i stand in a row (for adjacency): `run` holds
// where phrase i must start, both lists are in offset order.
//
// Once the caller knows `limit` documents (RankFloor), a row that cannot beat the worst of
// them gets NULL instead of its rank, as cheaply as can be told: without reading positions
// when it lacks the exact words the floor has, and without following adjacency when even
// adjacent words would not lift its BM25 above the floor. On a dense query most rows end
// there, and the adjacency walk over every position was most of ranking them.
struct RankOut {
  bool below_floor = false;  // the row cannot beat the floor (rank not computed)
  double rank = 0;
};

// Ranks the current row into `out`; false on an error, which is then set on ctx.
bool RankRow(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* ctx, int argc,
             sqlite3_value** argv, const RankFloor* floor, sqlite3_int64 row, RankOut& out) {
  int phrases = PhraseArg(api, fts, argc, argv);
  bool want_adjacent = argc >= 2 && sqlite3_value_int(argv[1]) != 0 && phrases >= 2;
  int rc = SQLITE_OK;
  QueryStats* stats =
      Stats(api, fts, phrases, static_cast<RankContext*>(api->xUserData(fts)), &rc);
  if (stats == nullptr) {
    sqlite3_result_error_code(ctx, rc == SQLITE_OK ? SQLITE_ERROR : rc);
    return false;
  }
  try {
    bool direct = api->xColumnCount(fts) == 1;
    double tokens = TokensOfPageRow(row);
    double norm = kK1 * (1 - kB + kB * tokens / stats->average_tokens);
    std::vector<int>& tf = stats->tf;
    tf.assign(static_cast<std::size_t>(phrases), 0);
    auto score_of = [&] {
      double score = 0;
      for (int i = 0; i < phrases; ++i) {
        auto at = static_cast<std::size_t>(i);
        score += TermScore(stats->idf[at], tf[at], norm);
      }
      return score;
    };
    if (floor != nullptr && floor->active) {
      bool exact = floor->exact_rows != nullptr &&
                   std::binary_search(floor->exact_rows->begin(), floor->exact_rows->end(), row);
      if (floor->exact && !exact) {
        out.below_floor = true;
        return true;
      }
      for (int i = 0; i < phrases; ++i) {
        PositionList positions(api, fts, i, direct);
        if (!positions.Done()) tf[static_cast<std::size_t>(i)] = 1 + positions.CountRest();
      }
      double score = score_of();
      // Compared as search will see the rank: an adjacent row's rank comes back through
      // BaseRank, rounded by the tier's magnitude. Pruned only if below either way.
      bool below = BelowFloor(*floor, exact, false, -score) &&
                   (!want_adjacent ||
                    BelowFloor(*floor, exact, true, BaseRank(-score - kAdjacentTier)));
      if (below) {
        out.below_floor = true;
        return true;
      }
      if (!want_adjacent) {  // nothing more to learn from the positions
        out.rank = -score;
        return true;
      }
    }
    std::vector<int>& run = stats->run;
    std::vector<int>& next = stats->next;
    run.clear();
    bool adjacent = want_adjacent;
    for (int i = 0; i < phrases; ++i) {
      int size = api->xPhraseSize(fts, i);
      PositionList positions(api, fts, i, direct);
      int& count = tf[static_cast<std::size_t>(i)];
      count = 0;
      if (!adjacent) {
        // Only the frequency is needed (no adjacency asked, or already ruled out).
        if (!positions.Done()) count = 1 + positions.CountRest();
      } else {
        next.clear();
        std::size_t k = 0;
        for (; !positions.Done(); positions.Next()) {
          ++count;
          int offset = positions.Offset();
          if (i == 0) {
            next.push_back(offset + size);
            continue;
          }
          while (k < run.size() && run[k] < offset) ++k;
          if (k < run.size() && run[k] == offset) next.push_back(offset + size);
        }
        run.swap(next);
        adjacent = !run.empty();
      }
    }
    out.rank = -score_of() - (adjacent ? kAdjacentTier : 0.0);
    return true;
  } catch (const std::bad_alloc&) {
    sqlite3_result_error_nomem(ctx);
    return false;
  }
}

// chidao_rank: the row's rank as the function's result, or given to the sink (fts_rank.h).
void Rank(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* ctx, int argc,
          sqlite3_value** argv) {
  int mode = argc >= 3 ? sqlite3_value_int(argv[2]) : 0;
  const auto* context = static_cast<const RankContext*>(api->xUserData(fts));
  const RankFloor* floor = mode != 0 ? context->floor : nullptr;
  RankSink* sink = mode == 2 ? context->sink : nullptr;
  sqlite3_int64 row = api->xRowid(fts);
  if (sink != nullptr && !sink->Wanted(row)) {
    sqlite3_result_int(ctx, 0);
    return;
  }
  RankOut out;
  if (!RankRow(api, fts, ctx, argc, argv, floor, row, out)) return;
  if (sink != nullptr) {
    sink->Add(row, out.below_floor, out.rank);
    sqlite3_result_int(ctx, 0);
  } else if (out.below_floor) {
    sqlite3_result_null(ctx);
  } else {
    sqlite3_result_double(ctx, out.rank);
  }
}

// chidao_row: the row's id onto the context's list (fts_rank.h).
void CollectRow(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* ctx, int,
                sqlite3_value**) {
  auto* context = static_cast<RankContext*>(api->xUserData(fts));
  if (context->rows != nullptr) {
    try {
      context->rows->push_back(api->xRowid(fts));
    } catch (const std::bad_alloc&) {
      sqlite3_result_error_nomem(ctx);
      return;
    }
  }
  sqlite3_result_int(ctx, 0);
}

}  // namespace

void PhraseRowCache::Validate(std::int64_t data_version, std::int64_t own_changes) {
  if (data_version == data_version_ && own_changes == own_changes_) return;
  entries_.clear();
  data_version_ = data_version;
  own_changes_ = own_changes;
}

std::string PhraseRowCache::Key(const std::string& match, int phrase) {
  return std::to_string(phrase) + '\x1f' + match;
}

bool PhraseRowCache::Find(const std::string& match, int phrase, std::int64_t rows,
                          std::int64_t total, std::int64_t* hits) const {
  auto it = entries_.find(Key(match, phrase));
  if (it == entries_.end() || it->second.rows != rows || it->second.total != total) return false;
  *hits = it->second.hits;
  return true;
}

void PhraseRowCache::Put(const std::string& match, int phrase, std::int64_t rows,
                         std::int64_t total, std::int64_t hits) {
  constexpr std::size_t kMaxEntries = 4096;  // a long session's queries, a few hundred KiB
  if (entries_.size() >= kMaxEntries) entries_.clear();
  entries_[Key(match, phrase)] = Entry{rows, total, hits};
}

Status RegisterRankFunctions(sqlite3* db, RankContext* context) {
  if (Status s = RegisterFts5Function(db, "chidao_rank", Rank, "chidao's ranking function", context);
      !s.ok()) {
    return s;
  }
  return RegisterFts5Function(db, "chidao_row", CollectRow, "chidao's row list function", context);
}

}  // namespace chidao::store_internal
