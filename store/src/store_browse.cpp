// Reading documents and bodies back: `chidao docs`, `chidao show`, `chidao bodies`.
#include <algorithm>
#include <charconv>

#include "chidao/search_query.h"
#include "chidao/store.h"
#include "row_codec.h"
#include "store_impl.h"

namespace chidao {

using store_internal::Guard;
using store_internal::StatementScope;

namespace {

// Columns of DocumentSummary, in the order ReadSummary expects them.
#define CHIDAO_SUMMARY_COLUMNS                                                          \
  "id, sha256, file_name, source_kind, page_count, task_count, coalesce(code, ''), " \
  "coalesce(type, ''), coalesce(issuer, ''), date, coalesce(subject, ''), imported_at"

DocumentSummary ReadSummary(SQLite::Statement& q) {
  DocumentSummary d;
  d.id = q.getColumn(0).getInt64();
  d.sha256 = q.getColumn(1).getString();
  d.file_name = q.getColumn(2).getString();
  d.source_kind = q.getColumn(3).getString();
  d.page_count = q.getColumn(4).getInt();
  d.task_count = q.getColumn(5).getInt();
  d.code = q.getColumn(6).getString();
  d.type = q.getColumn(7).getString();
  d.issuer = q.getColumn(8).getString();
  d.date = Date::FromIso(q.getColumn(9).getString());
  d.subject = q.getColumn(10).getString();
  d.imported_at = q.getColumn(11).getString();
  return d;
}

std::optional<std::string> OptText(const SQLite::Column& c) {
  return c.isNull() ? std::nullopt : std::optional<std::string>(c.getString());
}

std::optional<DocumentCode> ReadCode(SQLite::Statement& q, int first) {
  if (q.getColumn(first).isNull()) return std::nullopt;
  DocumentCode code;
  code.text = q.getColumn(first).getString();
  code.number = q.getColumn(first + 1).getString();
  code.type_code = q.getColumn(first + 2).getString();
  code.issuer_code = q.getColumn(first + 3).getString();
  if (!q.getColumn(first + 4).isNull()) code.year = q.getColumn(first + 4).getInt();
  code.party = q.getColumn(first + 5).getInt() != 0;
  return code;
}

// "12" or "#12" → 12.
std::optional<std::int64_t> AsId(std::string_view text) {
  if (!text.empty() && text.front() == '#') text.remove_prefix(1);
  std::int64_t id = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (ec != std::errc() || end != text.data() + text.size() || id <= 0) return std::nullopt;
  return id;
}

}  // namespace

Result<std::vector<DocumentSummary>> Store::ListDocuments() {
  return Guard(impl_->db.getFilename(), "cannot list documents",
               [&]() -> Result<std::vector<DocumentSummary>> {
    SQLite::Statement& q = impl_->Prepare(
        "SELECT " CHIDAO_SUMMARY_COLUMNS " FROM documents "
        "ORDER BY date IS NULL, date DESC, id DESC");
    StatementScope scope(q);
    std::vector<DocumentSummary> out;
    while (q.executeStep()) out.push_back(ReadSummary(q));
    return out;
  });
}

Result<DocumentRecord> Store::GetDocument(std::string_view id_or_code) {
  return Guard(impl_->db.getFilename(), "cannot read the document",
               [&]() -> Result<DocumentRecord> {
    std::vector<std::int64_t> ids;
    if (std::optional<std::int64_t> id = AsId(id_or_code)) {
      ids.push_back(*id);
    } else {
      // Exact code key first; the folded key rescues codes OCR read without Đ.
      struct Lookup {
        const char* sql;
        std::string key;
      };
      for (const Lookup& lookup :
           {Lookup{"SELECT id FROM documents WHERE code_key = ? ORDER BY id",
                   DocumentCodeKey(id_or_code)},
            Lookup{"SELECT id FROM documents WHERE code_fold = ? ORDER BY id",
                   DocumentCodeFoldKey(id_or_code)}}) {
        SQLite::Statement& q = impl_->Prepare(lookup.sql);
        StatementScope scope(q);
        q.bind(1, lookup.key);
        while (q.executeStep()) ids.push_back(q.getColumn(0).getInt64());
        if (!ids.empty()) break;
      }
    }
    if (ids.empty()) {
      return Status::NotFound(std::string(id_or_code), "no such document in the archive "
                                                       "(see 'chidao docs')");
    }
    if (ids.size() > 1) {
      std::string list;
      for (std::int64_t id : ids) list += (list.empty() ? "#" : ", #") + std::to_string(id);
      return Status::InvalidArgument(std::to_string(ids.size()) + " documents have code " +
                                     std::string(id_or_code) + " (" + list +
                                     "): name one by its id");
    }
    DocumentRecord rec;
    {
      SQLite::Statement& q = impl_->Prepare(
          "SELECT " CHIDAO_SUMMARY_COLUMNS ", code, code_number, code_type, code_issuer, "
          "code_year, code_party, type, issuer, place, subject, urgency, signer, signer_title, "
          "addressees, recipients, diagnostics FROM documents WHERE id = ?");
      StatementScope scope(q);
      q.bind(1, ids.front());
      if (!q.executeStep()) {
        return Status::NotFound(std::string(id_or_code), "no such document in the archive "
                                                         "(see 'chidao docs')");
      }
      rec.summary = ReadSummary(q);
      Metadata& m = rec.meta;
      m.code = ReadCode(q, 12);
      m.type = OptText(q.getColumn(18));
      m.issuer = OptText(q.getColumn(19));
      m.place = OptText(q.getColumn(20));
      m.date = rec.summary.date;
      m.subject = OptText(q.getColumn(21));
      m.urgency = store_internal::UrgencyFromString(q.getColumn(22).getString());
      m.signer = OptText(q.getColumn(23));
      m.signer_title = OptText(q.getColumn(24));
      m.addressees = store_internal::FromJsonArray(q.getColumn(25).getString());
      m.recipients = store_internal::FromJsonArray(q.getColumn(26).getString());
      rec.diagnostics = store_internal::DiagnosticsFromJson(q.getColumn(27).getString());
    }
    const std::int64_t id = rec.summary.id;
    {
      SQLite::Statement& q = impl_->Prepare(
          "SELECT number, source, ocr_confidence, length(CAST(text AS BLOB)) FROM pages "
          "WHERE document_id = ? ORDER BY id");
      StatementScope scope(q);
      q.bind(1, id);
      while (q.executeStep()) {
        PageInfo p;
        p.number = q.getColumn(0).getInt();
        p.source = q.getColumn(1).getString();
        p.ocr_confidence = q.getColumn(2).isNull() ? -1 : q.getColumn(2).getDouble();
        p.bytes = static_cast<std::size_t>(q.getColumn(3).getInt64());
        rec.pages.push_back(p);
      }
    }
    {
      SQLite::Statement& q = impl_->Prepare(
          "SELECT code, number, type_code, issuer_code, year, party, type, date, issuer "
          "FROM doc_references WHERE document_id = ? ORDER BY position");
      StatementScope scope(q);
      q.bind(1, id);
      while (q.executeStep()) {
        Reference r;
        r.code = *ReadCode(q, 0);
        r.type = OptText(q.getColumn(6));
        r.date = Date::FromIso(q.getColumn(7).getString());
        r.issuer = OptText(q.getColumn(8));
        rec.references.push_back(std::move(r));
      }
    }
    {
      SQLite::Statement& q = impl_->Prepare(R"sql(
        SELECT id, position, section,
          (SELECT text FROM task_texts WHERE task_texts.id = tasks.id), deadline_kind, deadline_date, deadline_every,
          deadline_time, deadline_day, deadline_text, page, span_start, span_end, origin, deleted
        FROM tasks WHERE document_id = ? ORDER BY position, id)sql");
      StatementScope scope(q);
      q.bind(1, id);
      while (q.executeStep()) {
        StoredTask t;
        t.id = q.getColumn(0).getInt64();
        t.position = q.getColumn(1).getInt();
        t.section = q.getColumn(2).getString();
        t.text = q.getColumn(3).getString();
        if (auto kind = store_internal::DeadlineKindFromString(q.getColumn(4).getString())) {
          Deadline d;
          d.kind = *kind;
          d.date = Date::FromIso(q.getColumn(5).getString());
          d.every = store_internal::RecurrenceFromString(q.getColumn(6).getString());
          d.time = OptText(q.getColumn(7));
          if (!q.getColumn(8).isNull()) d.day_of_period = q.getColumn(8).getInt();
          d.text = q.getColumn(9).getString();
          t.deadline = std::move(d);
        }
        t.span.page = q.getColumn(10).getInt();
        t.span.start = static_cast<std::size_t>(q.getColumn(11).getInt64());
        t.span.end = static_cast<std::size_t>(q.getColumn(12).getInt64());
        t.origin = q.getColumn(13).getString();
        t.deleted = q.getColumn(14).getInt() != 0;
        rec.tasks.push_back(std::move(t));
      }
    }
    SQLite::Statement& q = impl_->Prepare(R"sql(
      SELECT tb.role, b.name, tb.alias FROM task_bodies tb JOIN bodies b ON b.id = tb.body_id
      WHERE tb.task_id = ? ORDER BY tb.role, tb.position)sql");
    for (StoredTask& t : rec.tasks) {
      StatementScope scope(q);
      q.bind(1, t.id);
      while (q.executeStep()) {
        BodyRef ref{q.getColumn(1).getString(), q.getColumn(2).getString()};
        (q.getColumn(0).getString() == "lead" ? t.lead : t.support).push_back(std::move(ref));
      }
      q.tryReset();
    }
    return rec;
  });
}

Result<std::vector<BodySummary>> Store::ListBodies() {
  return Guard(impl_->db.getFilename(), "cannot list bodies",
               [&]() -> Result<std::vector<BodySummary>> {
    SQLite::Statement& q = impl_->Prepare(R"sql(
      SELECT b.id, b.name,
        count(DISTINCT CASE WHEN tb.role = 'lead' THEN t.id END),
        count(DISTINCT CASE WHEN tb.role = 'support' THEN t.id END),
        count(DISTINCT t.document_id)
      FROM bodies b
      LEFT JOIN task_bodies tb ON tb.body_id = b.id
      LEFT JOIN tasks t ON t.id = tb.task_id AND t.deleted = 0
      GROUP BY b.id)sql");
    StatementScope scope(q);
    std::vector<BodySummary> out;
    std::unordered_map<std::int64_t, std::size_t> index;
    while (q.executeStep()) {
      BodySummary b;
      b.id = q.getColumn(0).getInt64();
      b.name = q.getColumn(1).getString();
      b.lead_tasks = q.getColumn(2).getInt();
      b.support_tasks = q.getColumn(3).getInt();
      b.documents = q.getColumn(4).getInt();
      index[b.id] = out.size();
      out.push_back(std::move(b));
    }
    SQLite::Statement& aliases =
        impl_->Prepare("SELECT body_id, alias FROM body_aliases ORDER BY body_id, alias");
    StatementScope alias_scope(aliases);
    while (aliases.executeStep()) {
      auto it = index.find(aliases.getColumn(0).getInt64());
      if (it != index.end()) out[it->second].aliases.push_back(aliases.getColumn(1).getString());
    }
    std::stable_sort(out.begin(), out.end(), [](const BodySummary& a, const BodySummary& b) {
      int ta = a.lead_tasks + a.support_tasks, tb = b.lead_tasks + b.support_tasks;
      return ta != tb ? ta > tb : a.name < b.name;
    });
    return out;
  });
}

}  // namespace chidao
