// Internal to chidao::store. The columns the tracking queries read, as SQL fragments and
// readers that turn a row into StoredTask / DocumentSummary, shared by store_tasks.cpp (reads)
// and store_tasks_edit.cpp (which reads a task before changing it).
#pragma once

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>

#include <optional>
#include <string>

#include "chidao/store_records.h"

namespace chidao::store_internal {

// Columns of a task row `t` (15 of them) then of its document `d` (12), in the order
// ReadTaskColumns and ReadDocumentColumns expect.
#define CHIDAO_TRACKED_TASK_COLUMNS                                                         \
  "t.id, t.position, t.section, (SELECT text FROM task_texts WHERE task_texts.id = t.id), " \
  "t.deadline_kind, t.deadline_date, t.deadline_every, t.deadline_time, t.deadline_day, "   \
  "t.deadline_text, t.page, t.span_start, t.span_end, t.origin, t.deleted, "                \
  "d.id, d.sha256, d.file_name, d.source_kind, d.page_count, d.task_count, "                \
  "coalesce(d.code, ''), coalesce(d.type, ''), coalesce(d.issuer, ''), d.date, "            \
  "coalesce(d.subject, ''), d.imported_at"

inline constexpr int kDocumentColumnsStart = 15;

// The task part of a row (bodies are read separately).
StoredTask ReadTaskColumns(SQLite::Statement& q);
DocumentSummary ReadDocumentColumns(SQLite::Statement& q, int first);

// Binds the six deadline columns from `first` on (NULLs when there is no deadline).
void BindDeadline(SQLite::Statement& s, int first, const std::optional<Deadline>& deadline);

// Binds text, or NULL when `value` is none.
void BindOptional(SQLite::Statement& s, int index, const std::optional<std::string>& value);

}  // namespace chidao::store_internal
