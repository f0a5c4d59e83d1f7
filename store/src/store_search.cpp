// Store::Search: ranking and snippets.
//
// How a text query runs, and why it is fast on a large archive:
//  1. Filters (--type, --since, --until, --body) become a set of allowed document ids first,
//     from ordinary indexes.
//  2. If the user typed diacritics, the detail=none exact index answers which pages contain
//     those words exactly as typed ("thể", not "thế"): doclists only, no positions.
//  3. The folded index ranks every matching page in one pass with chidao_rank (BM25 without
//     a per-row length lookup, and whether plain words stand side by side), see fts_rank.h;
//     no ORDER BY (FTS5 would sort all rows through a temporary b-tree). Page row ids carry
//     their document id (page_row.h): grouping into documents needs no lookups. Once
//     `limit` documents are known, the worst of them is chidao_rank's floor (TopDocuments,
//     RankFloor): rows below it are told so cheaply, without the adjacency walk over their
//     positions (on the bench archive, 94% of the rows of its 20 queries). The rows never
//     leave SQLite: chidao_rank hands each to DocumentRanking, which groups them.
//  4. Documents are ordered by (exact first, then phrase, then best bm25), and only the
//     `limit` shown get the costly parts: metadata, a snippet of their best page, and up to
//     three matching tasks. Those are matched in memory (query_matcher.h) on the page text
//     read once, not asked of FTS5: two index queries per document shown cost more than
//     tokenizing its page, and a task's text is mostly a span of that page, whose tokens
//     and matches are then the page's own.
// A query that is a số ký hiệu is answered from the code columns instead (MatchKind::kCode),
// with documents citing that code after it (kCitation); FTS is the fallback when neither
// exists, since the code may only appear in some text.
#include <algorithm>
#include <iterator>
#include <limits>
#include <optional>
#include <queue>
#include <string>
#include <unordered_set>
#include <vector>

#include "chidao/search_query.h"
#include "chidao/store.h"
#include "chidao/vn_text.h"
#include "doc_score.h"
#include "fts_rank.h"
#include "query_matcher.h"
#include "read_snapshot.h"
#include "span_text.h"
#include "store_impl.h"

namespace chidao {

using store_internal::BaseRank;
using store_internal::DocScore;
using store_internal::DocumentOfPageRow;
using store_internal::IsAdjacentRank;
using store_internal::Guard;
using store_internal::QueryMatcher;
using store_internal::RankFloor;
using store_internal::SpanText;
using store_internal::StatementScope;
using store_internal::TextMatches;

const char* ToString(MatchKind kind) {
  switch (kind) {
    case MatchKind::kCode: return "code";
    case MatchKind::kCitation: return "citation";
    case MatchKind::kText: return "text";
  }
  return "";
}

namespace {

constexpr int kTasksPerHit = 3;
constexpr int kPageSnippetTokens = 24;
constexpr int kTaskSnippetTokens = 32;

// The page a hit's snippet comes from, kept for finding its matching tasks.
struct ShownPage {
  int number = -1;
  std::string text;
  store_internal::TextMatches found;
};

// Turns FTS5 snippet text with \x02...\x03 around matches into text + byte ranges, with
// runs of whitespace (line breaks of the page) collapsed to one space.
Snippet ParseSnippet(const std::string& raw, int page) {
  Snippet out;
  out.page = page;
  std::size_t open = 0;
  bool space = false;
  for (char c : raw) {
    if (c == '\x02') {
      if (space && !out.text.empty()) out.text += ' ';
      space = false;
      open = out.text.size();
      continue;
    }
    if (c == '\x03') {
      out.marks.emplace_back(open, out.text.size());
      continue;
    }
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = true;
      continue;
    }
    if (space && !out.text.empty()) out.text += ' ';
    space = false;
    out.text += c;
  }
  return out;
}

// The best `limit` documents seen while ranking, kept to tell chidao_rank its floor (the
// worst of them) as soon as there are `limit`: no row below it can be shown.
class TopDocuments {
 public:
  TopDocuments(std::size_t limit, RankFloor& floor) : limit_(limit), floor_(floor) {}

  void Add(const DocScore& score) {
    if (heap_.size() == limit_) {
      if (!score.BetterThan(heap_.top())) return;
      heap_.pop();
    }
    heap_.push(score);
    if (heap_.size() == limit_) {
      const DocScore& worst = heap_.top();
      floor_.active = true;
      floor_.exact = worst.exact;
      floor_.adjacent = worst.phrase;
      floor_.rank = worst.rank;
    }
  }

 private:
  struct Better {
    bool operator()(const DocScore& a, const DocScore& b) const { return a.BetterThan(b); }
  };
  std::size_t limit_;
  RankFloor& floor_;  // borrowed: the caller's, bound to the ranking statement
  std::priority_queue<DocScore, std::vector<DocScore>, Better> heap_;  // top(): the worst
};

// The ranked rows of the folded index grouped into documents (a document's pages are
// consecutive row ids, and rows come in ascending order), each scored by its best page; as
// each document is complete, TopDocuments learns it and moves chidao_rank's floor.
class DocumentRanking final : public store_internal::RankSink {
 public:
  // All borrowed, for the ranking statement's run: `allowed` (nullptr: every document),
  // `exact_pages` (ascending), `top`, and `ranked`, which receives the documents.
  DocumentRanking(const std::unordered_set<std::int64_t>* allowed,
                  const std::vector<std::int64_t>& exact_pages, TopDocuments& top,
                  std::vector<std::pair<std::int64_t, DocScore>>& ranked)
      : allowed_(allowed),
        exact_(exact_pages.begin()),
        exact_end_(exact_pages.end()),
        top_(top),
        ranked_(ranked) {}

  bool Wanted(std::int64_t page) override {
    return allowed_ == nullptr || allowed_->count(DocumentOfPageRow(page)) > 0;
  }

  void Add(std::int64_t page, bool below_floor, double rank) override {
    std::int64_t doc = DocumentOfPageRow(page);
    DocScore score{page, std::numeric_limits<double>::infinity(), false, false};
    if (!below_floor) {  // below: cannot be shown, but its document counts as a match
      while (exact_ != exact_end_ && *exact_ < page) ++exact_;
      score = {page, BaseRank(rank), exact_ != exact_end_ && *exact_ == page,
               IsAdjacentRank(rank)};
    }
    if (!ranked_.empty() && ranked_.back().first == doc) {
      if (score.BetterThan(ranked_.back().second)) ranked_.back().second = score;
    } else {
      if (!ranked_.empty()) top_.Add(ranked_.back().second);  // that document is complete
      ranked_.emplace_back(doc, score);
    }
  }

 private:
  const std::unordered_set<std::int64_t>* allowed_;
  std::vector<std::int64_t>::const_iterator exact_, exact_end_;
  TopDocuments& top_;
  std::vector<std::pair<std::int64_t, DocScore>>& ranked_;
};

// Pages with the words of `match` (exact keys) as typed, into `rows`, ascending; none for
// an empty match.
void ExactPages(Store::Impl& impl, const std::string& match, std::vector<std::int64_t>& rows) {
  rows.clear();
  if (match.empty()) return;
  SQLite::Statement& q = impl.Prepare(
      "SELECT rowid FROM pages_exact "
      "WHERE pages_exact MATCH ? AND chidao_row(pages_exact) ORDER BY rowid");
  StatementScope scope(q);
  q.bind(1, match);
  store_internal::RowListScope list(impl.rank_context, rows);
  while (q.executeStep()) continue;  // no row passes the WHERE: chidao_row lists them
}

class Searcher {
 public:
  Searcher(Store::Impl& impl, const SearchFilters& filters) : impl_(impl), filters_(filters) {}

  Result<SearchResults> Run(const SearchQuery& query) {
    if (Status s = LoadFilters(); !s.ok()) return s;
    SearchResults results;
    if (query.code) {
      results = CodeSearch(*query.code);
      if (!results.hits.empty()) return results;
    }
    return TextSearch(query);
  }

 private:
  bool Allowed(std::int64_t document_id) const {
    return !allowed_ || allowed_->count(document_id) > 0;
  }

  void Restrict(std::unordered_set<std::int64_t> ids) {
    if (!allowed_) {
      allowed_ = std::move(ids);
      return;
    }
    std::unordered_set<std::int64_t> both;
    for (std::int64_t id : ids) {
      if (allowed_->count(id)) both.insert(id);
    }
    allowed_ = std::move(both);
  }

  Status LoadFilters() {
    if (!filters_.type.empty() || filters_.since || filters_.until) {
      SQLite::Statement& q = impl_.Prepare(R"sql(
        SELECT id FROM documents
        WHERE (?1 IS NULL OR type_fold = ?1 OR upper(code_type) = ?2)
          AND (?3 IS NULL OR date >= ?3) AND (?4 IS NULL OR date <= ?4))sql");
      StatementScope scope(q);
      if (filters_.type.empty()) {
        q.bind(1);
        q.bind(2);
      } else {
        q.bind(1, FoldDiacritics(filters_.type));
        q.bind(2, DocumentCodeKey(filters_.type));
      }
      if (filters_.since) q.bind(3, filters_.since->Iso()); else q.bind(3);
      if (filters_.until) q.bind(4, filters_.until->Iso()); else q.bind(4);
      std::unordered_set<std::int64_t> ids;
      while (q.executeStep()) ids.insert(q.getColumn(0).getInt64());
      Restrict(std::move(ids));
    }
    if (!filters_.body.empty()) {
      std::string fold = FoldDiacritics(filters_.body);
      SQLite::Statement& q = impl_.Prepare(R"sql(
        SELECT id FROM bodies WHERE name_fold = ?1
        UNION SELECT body_id FROM body_aliases WHERE alias_fold = ?1)sql");
      StatementScope scope(q);
      q.bind(1, fold);
      while (q.executeStep()) body_ids_.insert(q.getColumn(0).getInt64());
      if (body_ids_.empty()) {
        // Not an exact name: accept bodies whose name contains the words typed ("y te").
        SQLite::Statement& like = impl_.Prepare(R"sql(
          SELECT id FROM bodies WHERE instr(name_fold, ?1) > 0
          UNION SELECT body_id FROM body_aliases WHERE instr(alias_fold, ?1) > 0)sql");
        StatementScope like_scope(like);
        like.bind(1, fold);
        while (like.executeStep()) body_ids_.insert(like.getColumn(0).getInt64());
      }
      if (body_ids_.empty()) {
        return Status::NotFound("", "no body named '" + filters_.body +
                                        "' has tasks in the archive (see 'chidao bodies')");
      }
      SQLite::Statement& docs = impl_.Prepare(R"sql(
        SELECT DISTINCT t.document_id FROM task_bodies tb JOIN tasks t ON t.id = tb.task_id
        WHERE tb.body_id = ? AND t.deleted = 0)sql");
      std::unordered_set<std::int64_t> ids;
      for (std::int64_t body : body_ids_) {
        StatementScope docs_scope(docs);
        docs.bind(1, body);
        while (docs.executeStep()) ids.insert(docs.getColumn(0).getInt64());
        docs.tryReset();
      }
      Restrict(std::move(ids));
    }
    return Status::Ok();
  }

  SearchResults CodeSearch(const std::string& code) {
    SearchResults results;
    results.code_query = true;
    std::unordered_set<std::int64_t> seen;
    auto collect = [&](const char* sql_key, const char* sql_fold, MatchKind kind) {
      for (const char* sql : {sql_key, sql_fold}) {
        SQLite::Statement& q = impl_.Prepare(sql);
        StatementScope scope(q);
        q.bind(1, sql == sql_key ? DocumentCodeKey(code) : DocumentCodeFoldKey(code));
        bool any = false;
        while (q.executeStep()) {
          std::int64_t id = q.getColumn(0).getInt64();
          if (!Allowed(id) || !seen.insert(id).second) continue;
          SearchHit hit;
          hit.match = kind;
          hit.document_id = id;
          hit.exact = sql == sql_key;
          results.hits.push_back(std::move(hit));
          any = true;
        }
        if (any) break;  // the folded key is only a fallback for OCR-damaged codes
      }
    };
    collect("SELECT id FROM documents WHERE code_key = ? ORDER BY date DESC, id DESC",
            "SELECT id FROM documents WHERE code_fold = ? ORDER BY date DESC, id DESC",
            MatchKind::kCode);
    collect(R"sql(SELECT DISTINCT r.document_id FROM doc_references r
                  JOIN documents d ON d.id = r.document_id
                  WHERE r.code_key = ? ORDER BY d.date DESC, d.id DESC)sql",
            R"sql(SELECT DISTINCT r.document_id FROM doc_references r
                  JOIN documents d ON d.id = r.document_id
                  WHERE r.code_fold = ? ORDER BY d.date DESC, d.id DESC)sql",
            MatchKind::kCitation);
    results.total_matches = results.hits.size();
    if (results.hits.size() > static_cast<std::size_t>(filters_.limit)) {
      results.hits.resize(static_cast<std::size_t>(filters_.limit));
    }
    for (SearchHit& hit : results.hits) FillDocument(hit);
    return results;
  }

  SearchResults TextSearch(const SearchQuery& query) {
    // Both indexes list rows in rowid order (FTS5 serves ORDER BY rowid without sorting),
    // and a document's pages are consecutive rowids: one merge walk, no hashing.
    std::vector<std::int64_t>& exact_pages = impl_.search_scratch.exact_pages;
    ExactPages(impl_, query.exact_match, exact_pages);
    std::vector<std::pair<std::int64_t, DocScore>>& ranked = impl_.search_scratch.documents;
    ranked.clear();
    {
      // No row comes out: chidao_rank hands each one to `documents` (fts_rank.h).
      SQLite::Statement& q = impl_.Prepare(
          "SELECT rowid FROM pages_fold "
          "WHERE pages_fold MATCH ?1 AND chidao_rank(pages_fold, ?2, ?3, 2) ORDER BY rowid");
      StatementScope scope(q);
      RankFloor floor;
      if (!query.exact_match.empty()) floor.exact_rows = &exact_pages;
      TopDocuments top(static_cast<std::size_t>(filters_.limit), floor);
      DocumentRanking documents(allowed_ ? &*allowed_ : nullptr, exact_pages, top, ranked);
      q.bind(1, query.fold_match);
      q.bind(2, query.positive_terms);
      q.bind(3, query.plain_words ? 1 : 0);
      // Phrase row counts (idf) remembered from earlier searches hold while nothing was
      // written: not by another connection (data_version), not by this one (total changes).
      {
        SQLite::Statement& version = impl_.Prepare("PRAGMA data_version");
        StatementScope version_scope(version);
        std::int64_t data_version = version.executeStep() ? version.getColumn(0).getInt64() : -1;
        impl_.rank_context.phrase_rows.Validate(data_version,
                                                sqlite3_total_changes64(impl_.db.getHandle()));
      }
      store_internal::RankFloorScope floor_scope(impl_.rank_context, floor, query.fold_match,
                                                 &documents);
      while (q.executeStep()) continue;  // no row passes the WHERE: the work is in the sink
    }
    auto better = [](const auto& a, const auto& b) {
      if (a.second.BetterThan(b.second)) return true;
      if (b.second.BetterThan(a.second)) return false;
      return a.first > b.first;  // newer import first among equals: deterministic
    };
    std::size_t shown = std::min(ranked.size(), static_cast<std::size_t>(filters_.limit));
    std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(shown),
                      ranked.end(), better);
    SearchResults results;
    results.total_matches = ranked.size();
    const QueryMatcher matcher(query);
    for (std::size_t i = 0; i < shown; ++i) {
      SearchHit hit;
      hit.match = MatchKind::kText;
      hit.document_id = ranked[i].first;
      hit.exact = ranked[i].second.exact && !query.exact_match.empty();
      hit.score = ranked[i].second.rank;
      FillDocument(hit);
      ShownPage page;
      hit.snippet = PageSnippet(matcher, ranked[i].second.best_page, page);
      hit.tasks = TaskHits(matcher, hit.document_id, page);
      results.hits.push_back(std::move(hit));
    }
    return results;
  }

  void FillDocument(SearchHit& hit) {
    SQLite::Statement& q = impl_.Prepare(
        "SELECT code, type, issuer, date, subject, file_name FROM documents WHERE id = ?");
    StatementScope scope(q);
    q.bind(1, hit.document_id);
    if (!q.executeStep()) return;
    hit.code = q.getColumn(0).getString();
    hit.type = q.getColumn(1).getString();
    hit.issuer = q.getColumn(2).getString();
    hit.date = Date::FromIso(q.getColumn(3).getString());
    hit.subject = q.getColumn(4).getString();
    hit.file_name = q.getColumn(5).getString();
  }

  // The snippet of the hit's best page, and the page as read and matched (tasks use it).
  Snippet PageSnippet(const QueryMatcher& matcher, std::int64_t page_row, ShownPage& page) {
    SQLite::Statement& q = impl_.Prepare("SELECT number, text FROM pages WHERE id = ?");
    StatementScope scope(q);
    q.bind(1, page_row);
    if (!q.executeStep()) return {};
    page.number = q.getColumn(0).getInt();
    page.text = q.getColumn(1).getString();
    page.found = matcher.Find(page.text);
    return ParseSnippet(
        QueryMatcher::Snippet(page.text, page.found, matcher.phrase_count(), kPageSnippetTokens),
        page.number);
  }

  // Up to kTasksPerHit tasks of the document whose text matches, in document order (task id).
  std::vector<TaskHit> TaskHits(const QueryMatcher& matcher, std::int64_t document_id,
                                const ShownPage& page) {
    std::vector<TaskHit> out;
    SQLite::Statement& q = impl_.Prepare(R"sql(
      SELECT id, section, text, page, span_start, span_end FROM tasks
      WHERE document_id = ? AND deleted = 0 ORDER BY id)sql");
    StatementScope scope(q);
    q.bind(1, document_id);
    while (static_cast<int>(out.size()) < kTasksPerHit && q.executeStep()) {
      std::string text;
      TextMatches found;
      if (!q.getColumn(2).isNull()) {
        text = q.getColumn(2).getString();
        found = matcher.Find(text);
      } else {
        // The task's text is its span of a page (task_texts in schema.cpp).
        if (q.getColumn(3).isNull()) continue;
        int number = q.getColumn(3).getInt();
        std::int64_t start = q.getColumn(4).getInt64();
        std::int64_t end = q.getColumn(5).getInt64();
        if (start < 0 || end < start) continue;  // chidao_span_text gives NULL: not indexed
        auto from = static_cast<std::size_t>(start), to = static_cast<std::size_t>(end);
        std::optional<std::pair<std::string, TextMatches>> span;
        if (number == page.number) span = matcher.Span(page.text, page.found, from, to);
        if (span) {  // the shown page's tokens and matches, no second tokenization
          text = std::move(span->first);
          found = std::move(span->second);
        } else {
          std::optional<std::string> other =
              number == page.number ? page.text : PageText(document_id, number);
          if (!other) continue;
          text = SpanText(*other, from, to);
          found = matcher.Find(text);
        }
      }
      if (!found.matches) continue;
      TaskHit hit;
      hit.task_id = q.getColumn(0).getInt64();
      hit.section = q.getColumn(1).getString();
      hit.text = ParseSnippet(
          QueryMatcher::Snippet(text, found, matcher.phrase_count(), kTaskSnippetTokens), 0);
      if (!AddBodies(hit)) continue;
      out.push_back(std::move(hit));
    }
    return out;
  }

  std::optional<std::string> PageText(std::int64_t document_id, int number) {
    SQLite::Statement& q =
        impl_.Prepare("SELECT text FROM pages WHERE document_id = ? AND number = ?");
    StatementScope scope(q);
    q.bind(1, document_id);
    q.bind(2, number);
    if (!q.executeStep()) return std::nullopt;
    return q.getColumn(0).getString();
  }

  // Fills the task's bodies; false when --body is set and the task is not one of its tasks.
  bool AddBodies(TaskHit& hit) {
    SQLite::Statement& q = impl_.Prepare(R"sql(
      SELECT tb.role, b.name, b.id FROM task_bodies tb JOIN bodies b ON b.id = tb.body_id
      WHERE tb.task_id = ? ORDER BY tb.role, tb.position)sql");
    StatementScope scope(q);
    q.bind(1, hit.task_id);
    bool wanted = body_ids_.empty();
    while (q.executeStep()) {
      std::string role = q.getColumn(0).getString();
      (role == "lead" ? hit.lead : hit.support).push_back(q.getColumn(1).getString());
      wanted = wanted || body_ids_.count(q.getColumn(2).getInt64()) > 0;
    }
    return wanted;
  }

  Store::Impl& impl_;
  const SearchFilters& filters_;
  std::optional<std::unordered_set<std::int64_t>> allowed_;  // nullopt: no filter
  std::unordered_set<std::int64_t> body_ids_;
};

}  // namespace

Result<SearchResults> Store::Search(std::string_view query_text, const SearchFilters& filters) {
  if (filters.limit < 1 || filters.limit > 1000) {
    return Status::InvalidArgument("--limit must be between 1 and 1000");
  }
  Result<SearchQuery> query = ParseSearchQuery(query_text);
  if (!query.ok()) return query.status();
  return Guard(impl_->db.getFilename(), "search failed", [&]() -> Result<SearchResults> {
    store_internal::ReadSnapshot snapshot(impl_->db.getHandle());
    return Searcher(*impl_, filters).Run(*query);
  });
}

}  // namespace chidao
