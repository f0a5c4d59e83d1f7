// Store::Import: one document, one transaction.
//
// BEGIN IMMEDIATE takes the write lock before the sha256 check, so two processes importing
// the same file cannot both decide it is new; the unique index on sha256 backs this up. A
// failure anywhere (SQL error, fault hook, exception) leaves the transaction to roll back as
// the scope unwinds: nothing of the document remains. Body ids learned inside the
// transaction are remembered only after it commits, since a rollback forgets the rows.
#include <SQLiteCpp/Transaction.h>

#include <optional>
#include <set>
#include <unordered_map>

#include "chidao/search_query.h"
#include "chidao/store.h"
#include "chidao/vn_text.h"
#include "row_codec.h"
#include "span_text.h"
#include "text_keys.h"
#include "store_impl.h"

namespace chidao {

using store_internal::Guard;
using store_internal::StatementScope;
using store_internal::kMaxPagesPerDocument;
using store_internal::PageRowId;

namespace {

void BindText(SQLite::Statement& s, int index, const std::optional<std::string>& value) {
  if (value) {
    s.bind(index, *value);
  } else {
    s.bind(index);  // NULL
  }
}

void BindDate(SQLite::Statement& s, int index, const std::optional<Date>& date) {
  BindText(s, index, date ? std::optional<std::string>(date->Iso()) : std::nullopt);
}

std::optional<std::string> NonEmpty(const std::string& s) {
  return s.empty() ? std::nullopt : std::optional<std::string>(s);
}

// Inserts the code columns shared by documents and doc_references, from `first` on.
void BindCode(SQLite::Statement& s, int first, const DocumentCode& code) {
  s.bind(first, code.text);
  s.bind(first + 1, DocumentCodeKey(code.text));
  s.bind(first + 2, DocumentCodeFoldKey(code.text));
  BindText(s, first + 3, NonEmpty(code.number));
  BindText(s, first + 4, NonEmpty(code.type_code));
  BindText(s, first + 5, NonEmpty(code.issuer_code));
  if (code.year) {
    s.bind(first + 6, *code.year);
  } else {
    s.bind(first + 6);
  }
  s.bind(first + 7, code.party ? 1 : 0);
}

class Importer {
 public:
  Importer(Store::Impl& impl, std::unordered_map<std::string, std::int64_t>& body_cache)
      : impl_(impl), body_cache_(body_cache) {}

  // One document, one transaction.
  Result<ImportOutcome> Run(const Document& doc, const Directive& directive) {
    SQLite::Transaction tx(impl_.db, SQLite::TransactionBehavior::IMMEDIATE);
    Result<ImportOutcome> out = Write(doc, directive);
    if (!out.ok()) return out;
    tx.commit();
    Committed();
    return out;
  }

  // Several documents, one transaction; empty when any of them failed (all rolled back).
  std::vector<Result<ImportOutcome>> RunAll(const std::vector<ImportItem>& items) {
    std::vector<Result<ImportOutcome>> out;
    SQLite::Transaction tx(impl_.db, SQLite::TransactionBehavior::IMMEDIATE);
    for (const ImportItem& item : items) {
      out.push_back(Write(*item.doc, *item.directive));
      if (!out.back().ok()) return {};
    }
    tx.commit();
    Committed();
    return out;
  }

 private:
  void Committed() { body_cache_.insert(new_bodies_.begin(), new_bodies_.end()); }

  // Writes the rows of one document inside the caller's transaction.
  Result<ImportOutcome> Write(const Document& doc, const Directive& directive) {
    if (doc.sha256.empty()) return Status::Internal("Store::Import: document has no sha256");
    {
      SQLite::Statement& q = impl_.Prepare("SELECT id FROM documents WHERE sha256 = ?");
      StatementScope scope(q);
      q.bind(1, doc.sha256);
      if (q.executeStep()) return ImportOutcome{q.getColumn(0).getInt64(), true};
    }
    std::int64_t id = InsertDocument(doc, directive);
    if (Status s = Fault("document"); !s.ok()) return s;
    if (doc.pages.size() > kMaxPagesPerDocument) {
      return Status::TooLarge(doc.path, "more than " + std::to_string(kMaxPagesPerDocument) +
                                            " pages");
    }
    std::int64_t ordinal = 0;
    for (const Page& page : doc.pages) {
      InsertPage(PageRowId(id, ++ordinal, store_internal::PageTokens(page.text)), id, page);
    }
    if (Status s = Fault("pages"); !s.ok()) return s;
    int position = 0;
    for (const Reference& ref : directive.references) InsertReference(id, ++position, ref);
    if (Status s = Fault("references"); !s.ok()) return s;
    position = 0;
    for (const Section& section : directive.sections) InsertSection(id, ++position, section);
    if (Status s = Fault("sections"); !s.ok()) return s;
    for (const Task& task : directive.tasks) {
      InsertTask(doc, id, task);
      if (Status s = Fault("task"); !s.ok()) return s;
    }
    if (Status s = Fault("tasks"); !s.ok()) return s;
    return ImportOutcome{id, false};
  }

  Status Fault(std::string_view point) {
    return impl_.options.fault_hook ? impl_.options.fault_hook(point) : Status::Ok();
  }

  std::int64_t InsertDocument(const Document& doc, const Directive& d) {
    SQLite::Statement& s = impl_.Prepare(R"sql(
      INSERT INTO documents (sha256, file_name, source_kind, page_count, task_count,
        code, code_key, code_fold, code_number, code_type, code_issuer, code_year, code_party,
        type, type_fold, issuer, place, date, subject, urgency, signer, signer_title,
        addressees, recipients, diagnostics, imported_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))sql");
    StatementScope scope(s);
    const Metadata& m = d.meta;
    s.bind(1, doc.sha256);
    s.bind(2, doc.path);
    s.bind(3, ToString(doc.kind));
    s.bind(4, static_cast<int>(doc.pages.size()));
    s.bind(5, static_cast<int>(d.tasks.size()));
    if (m.code) {
      BindCode(s, 6, *m.code);
    } else {
      for (int i = 6; i <= 12; ++i) s.bind(i);
      s.bind(13, 0);
    }
    BindText(s, 14, m.type);
    BindText(s, 15, m.type ? std::optional<std::string>(FoldDiacritics(*m.type)) : std::nullopt);
    BindText(s, 16, m.issuer);
    BindText(s, 17, m.place);
    BindDate(s, 18, m.date);
    BindText(s, 19, m.subject);
    BindText(s, 20, NonEmpty(ToString(m.urgency)));
    BindText(s, 21, m.signer);
    BindText(s, 22, m.signer_title);
    s.bind(23, store_internal::ToJsonArray(m.addressees));
    s.bind(24, store_internal::ToJsonArray(m.recipients));
    std::vector<Diagnostic> diagnostics = doc.diagnostics;
    diagnostics.insert(diagnostics.end(), d.diagnostics.begin(), d.diagnostics.end());
    s.bind(25, store_internal::DiagnosticsToJson(diagnostics));
    s.bind(26, store_internal::NowUtc());
    s.exec();
    return impl_.db.getLastInsertRowid();
  }

  void InsertPage(std::int64_t row_id, std::int64_t document_id, const Page& page) {
    SQLite::Statement& s = impl_.Prepare(
        "INSERT INTO pages (id, document_id, number, source, ocr_confidence, text) "
        "VALUES (?, ?, ?, ?, ?, ?)");
    StatementScope scope(s);
    s.bind(1, row_id);
    s.bind(2, document_id);
    s.bind(3, page.number);
    s.bind(4, ToString(page.source));
    if (page.ocr_confidence >= 0) {
      s.bind(5, page.ocr_confidence);
    } else {
      s.bind(5);
    }
    s.bindNoCopy(6, page.text);
    s.exec();
  }

  void InsertReference(std::int64_t document_id, int position, const Reference& r) {
    SQLite::Statement& s = impl_.Prepare(R"sql(
      INSERT INTO doc_references (document_id, position, code, code_key, code_fold, number,
        type_code, issuer_code, year, party, type, date, issuer)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))sql");
    StatementScope scope(s);
    s.bind(1, document_id);
    s.bind(2, position);
    BindCode(s, 3, r.code);
    BindText(s, 11, r.type);
    BindDate(s, 12, r.date);
    BindText(s, 13, r.issuer);
    s.exec();
  }

  void InsertSection(std::int64_t document_id, int position, const Section& sec) {
    SQLite::Statement& s = impl_.Prepare(R"sql(
      INSERT INTO sections (document_id, position, path, label, title, level, page,
        span_start, span_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?))sql");
    StatementScope scope(s);
    s.bind(1, document_id);
    s.bind(2, position);
    s.bind(3, sec.path);
    s.bind(4, sec.label);
    s.bind(5, sec.title);
    s.bind(6, sec.level);
    s.bind(7, sec.span.page);
    s.bind(8, static_cast<std::int64_t>(sec.span.start));
    s.bind(9, static_cast<std::int64_t>(sec.span.end));
    s.exec();
  }

  static bool SpanMatches(const Document& doc, const Task& t) {
    for (const Page& page : doc.pages) {
      if (page.number != t.span.page) continue;
      if (t.span.end > page.text.size() || t.span.start >= t.span.end) return false;
      return store_internal::SpanText(page.text, t.span.start, t.span.end) == t.text;
    }
    return false;
  }

  void InsertTask(const Document& doc, std::int64_t document_id, const Task& t) {
    SQLite::Statement& s = impl_.Prepare(R"sql(
      INSERT INTO tasks (document_id, position, section, text, deadline_kind, deadline_date,
        deadline_every, deadline_time, deadline_day, deadline_text, page, span_start, span_end)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))sql");
    StatementScope scope(s);
    s.bind(1, document_id);
    s.bind(2, t.id);
    s.bind(3, t.section);
    // Text equal to its span is derived on read (span_text.h), not stored twice.
    if (SpanMatches(doc, t)) {
      s.bind(4);
    } else {
      s.bind(4, t.text);
    }
    if (t.deadline) {
      const Deadline& d = *t.deadline;
      s.bind(5, ToString(d.kind));
      BindDate(s, 6, d.date);
      BindText(s, 7, NonEmpty(ToString(d.every)));
      BindText(s, 8, d.time);
      if (d.day_of_period) {
        s.bind(9, *d.day_of_period);
      } else {
        s.bind(9);
      }
      s.bind(10, d.text);
    } else {
      for (int i = 5; i <= 10; ++i) s.bind(i);
    }
    s.bind(11, t.span.page);
    s.bind(12, static_cast<std::int64_t>(t.span.start));
    s.bind(13, static_cast<std::int64_t>(t.span.end));
    s.exec();
    std::int64_t task_id = impl_.db.getLastInsertRowid();
    int position = 0;
    for (const BodyRef& b : t.lead) LinkBody(task_id, "lead", ++position, b);
    position = 0;
    for (const BodyRef& b : t.support) LinkBody(task_id, "support", ++position, b);
  }

  void LinkBody(std::int64_t task_id, const char* role, int position, const BodyRef& ref) {
    if (ref.name.empty()) return;
    std::int64_t body_id = BodyId(ref.name);
    const std::string& alias = ref.alias.empty() ? ref.name : ref.alias;
    if (alias != ref.name && seen_aliases_.emplace(body_id, alias).second) {
      SQLite::Statement& s = impl_.Prepare(
          "INSERT OR IGNORE INTO body_aliases (body_id, alias, alias_fold) VALUES (?, ?, ?)");
      StatementScope scope(s);
      s.bind(1, body_id);
      s.bind(2, alias);
      s.bind(3, FoldDiacritics(alias));
      s.exec();
    }
    // A body named twice in one role (parse may repeat it) is linked once.
    SQLite::Statement& s = impl_.Prepare(
        "INSERT OR IGNORE INTO task_bodies (task_id, role, body_id, position, alias) "
        "VALUES (?, ?, ?, ?, ?)");
    StatementScope scope(s);
    s.bind(1, task_id);
    s.bind(2, role);
    s.bind(3, body_id);
    s.bind(4, position);
    s.bind(5, alias);
    s.exec();
  }

  std::int64_t BodyId(const std::string& name) {
    if (auto it = body_cache_.find(name); it != body_cache_.end()) return it->second;
    if (auto it = new_bodies_.find(name); it != new_bodies_.end()) return it->second;
    std::int64_t id = 0;
    {
      SQLite::Statement& q = impl_.Prepare("SELECT id FROM bodies WHERE name = ?");
      StatementScope scope(q);
      q.bind(1, name);
      if (q.executeStep()) id = q.getColumn(0).getInt64();
    }
    if (id == 0) {
      SQLite::Statement& s = impl_.Prepare("INSERT INTO bodies (name, name_fold) VALUES (?, ?)");
      StatementScope scope(s);
      s.bind(1, name);
      s.bind(2, FoldDiacritics(name));
      s.exec();
      id = impl_.db.getLastInsertRowid();
    }
    new_bodies_.emplace(name, id);
    return id;
  }

  Store::Impl& impl_;
  std::unordered_map<std::string, std::int64_t>& body_cache_;  // committed bodies only
  std::unordered_map<std::string, std::int64_t> new_bodies_;   // learned in this transaction
  std::set<std::pair<std::int64_t, std::string>> seen_aliases_;
};

}  // namespace

Result<ImportOutcome> Store::Import(const Document& doc, const Directive& directive) {
  return Guard(doc.path, "cannot store the document", [&]() -> Result<ImportOutcome> {
    return Importer(*impl_, impl_->body_cache).Run(doc, directive);
  });
}

std::vector<Result<ImportOutcome>> Store::ImportAll(const std::vector<ImportItem>& items) {
  if (items.size() > 1) {
    Result<std::vector<Result<ImportOutcome>>> together =
        Guard(impl_->db.getFilename(), "cannot store the documents",
              [&]() -> Result<std::vector<Result<ImportOutcome>>> {
                return Importer(*impl_, impl_->body_cache).RunAll(items);
              });
    if (together.ok() && !together->empty()) return std::move(together).value();
  }
  // One at a time: the failure stays with its own document.
  std::vector<Result<ImportOutcome>> out;
  for (const ImportItem& item : items) out.push_back(Import(*item.doc, *item.directive));
  return out;
}

}  // namespace chidao
