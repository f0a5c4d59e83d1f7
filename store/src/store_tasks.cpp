// Store::ListTasks and Store::GetTask: tasks with their directive, bodies and histories.
//
// Four statements share one filter (document, task, body, dropped or not) so a query costs
// four passes whatever the number of tasks, not four lookups per task: the tasks with their
// document, then every body link, status entry and edit of the selected tasks, each in task
// order, distributed by task id.
#include <unordered_map>

#include "chidao/store.h"
#include "store_impl.h"
#include "store_tasks_codec.h"
#include "store_tasks_internal.h"

namespace chidao {

using store_internal::Guard;
using store_internal::StatementScope;

namespace {

// The selected tasks. ?1 document id or NULL, ?2 task id or NULL, ?3 1 to include dropped
// tasks, ?4 canonical body name or NULL.
#define CHIDAO_TASK_FILTER                                                              \
  "(?1 IS NULL OR t.document_id = ?1) AND (?2 IS NULL OR t.id = ?2) "                  \
  "AND (?3 = 1 OR t.deleted = 0) AND (?4 IS NULL OR t.id IN ("                         \
  "SELECT tb.task_id FROM task_bodies tb JOIN bodies b ON b.id = tb.body_id "          \
  "WHERE b.name = ?4))"

void BindFilter(SQLite::Statement& q, const TaskQuery& query) {
  if (query.document_id) {
    q.bind(1, *query.document_id);
  } else {
    q.bind(1);
  }
  if (query.task_id) {
    q.bind(2, *query.task_id);
  } else {
    q.bind(2);
  }
  q.bind(3, query.include_dropped ? 1 : 0);
  store_internal::BindOptional(q, 4, query.body);
}

}  // namespace

namespace store_internal {

std::vector<TrackedTask> ReadTrackedTasks(Store::Impl& impl, const TaskQuery& query) {
  std::vector<TrackedTask> out;
  std::unordered_map<std::int64_t, std::size_t> index;
  {
    SQLite::Statement& q = impl.Prepare(
        "SELECT " CHIDAO_TRACKED_TASK_COLUMNS " FROM tasks t "
        "JOIN documents d ON d.id = t.document_id WHERE " CHIDAO_TASK_FILTER
        " ORDER BY d.date IS NULL, d.date DESC, d.id DESC, t.position, t.id");
    StatementScope scope(q);
    BindFilter(q, query);
    while (q.executeStep()) {
      TrackedTask t;
      t.task = ReadTaskColumns(q);
      t.document = ReadDocumentColumns(q, kDocumentColumnsStart);
      index[t.task.id] = out.size();
      out.push_back(std::move(t));
    }
  }
  if (out.empty()) return out;
  {
    SQLite::Statement& q = impl.Prepare(
        "SELECT tb.task_id, tb.role, b.name, tb.alias FROM task_bodies tb "
        "JOIN bodies b ON b.id = tb.body_id JOIN tasks t ON t.id = tb.task_id "
        "WHERE " CHIDAO_TASK_FILTER " ORDER BY tb.task_id, tb.role, tb.position");
    StatementScope scope(q);
    BindFilter(q, query);
    while (q.executeStep()) {
      auto it = index.find(q.getColumn(0).getInt64());
      if (it == index.end()) continue;
      StoredTask& task = out[it->second].task;
      BodyRef ref{q.getColumn(2).getString(), q.getColumn(3).getString()};
      (q.getColumn(1).getString() == "lead" ? task.lead : task.support).push_back(std::move(ref));
    }
  }
  {
    SQLite::Statement& q = impl.Prepare(
        "SELECT s.task_id, s.id, s.status, s.effective_on, s.note, s.user, s.recorded_at "
        "FROM task_status s JOIN tasks t ON t.id = s.task_id "
        "WHERE " CHIDAO_TASK_FILTER " ORDER BY s.task_id, s.id");
    StatementScope scope(q);
    BindFilter(q, query);
    while (q.executeStep()) {
      auto it = index.find(q.getColumn(0).getInt64());
      if (it == index.end()) continue;
      StatusRecord r;
      r.id = q.getColumn(1).getInt64();
      r.status = q.getColumn(2).getString();
      r.effective_on = Date::FromIso(q.getColumn(3).getString()).value_or(Date{});
      r.note = q.getColumn(4).getString();
      r.user = q.getColumn(5).getString();
      r.recorded_at = q.getColumn(6).getString();
      out[it->second].history.push_back(std::move(r));
    }
  }
  {
    SQLite::Statement& q = impl.Prepare(
        "SELECT e.task_id, e.id, e.field, e.old_value, e.new_value, e.note, e.user, "
        "e.recorded_at FROM task_edits e JOIN tasks t ON t.id = e.task_id "
        "WHERE " CHIDAO_TASK_FILTER " ORDER BY e.task_id, e.id");
    StatementScope scope(q);
    BindFilter(q, query);
    while (q.executeStep()) {
      auto it = index.find(q.getColumn(0).getInt64());
      if (it == index.end()) continue;
      EditRecord r;
      r.id = q.getColumn(1).getInt64();
      r.field = q.getColumn(2).getString();
      if (!q.getColumn(3).isNull()) r.old_value = q.getColumn(3).getString();
      if (!q.getColumn(4).isNull()) r.new_value = q.getColumn(4).getString();
      r.note = q.getColumn(5).getString();
      r.user = q.getColumn(6).getString();
      r.recorded_at = q.getColumn(7).getString();
      out[it->second].edits.push_back(std::move(r));
    }
  }
  return out;
}

}  // namespace store_internal

bool TrackedTask::Corrected(std::string_view field) const {
  for (const EditRecord& e : edits) {
    if (e.field == field) return true;
  }
  return false;
}

Result<std::vector<TrackedTask>> Store::ListTasks(const TaskQuery& query) {
  return Guard(impl_->db.getFilename(), "cannot read the tasks",
               [&]() -> Result<std::vector<TrackedTask>> {
                 return store_internal::ReadTrackedTasks(*impl_, query);
               });
}

Result<TrackedTask> Store::GetTask(std::int64_t task_id) {
  return Guard(impl_->db.getFilename(), "cannot read the task", [&]() -> Result<TrackedTask> {
    TaskQuery query;
    query.task_id = task_id;
    query.include_dropped = true;
    std::vector<TrackedTask> found = store_internal::ReadTrackedTasks(*impl_, query);
    if (found.empty()) {
      return Status::NotFound("#" + std::to_string(task_id),
                              "no such task in the archive (see 'chidao tasks')");
    }
    return std::move(found.front());
  });
}

}  // namespace chidao
