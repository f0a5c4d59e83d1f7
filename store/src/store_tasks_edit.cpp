// What staff write about tasks: status entries, corrections, added and dropped tasks.
//
// Each operation is one IMMEDIATE transaction that first reads the task as it stands (so two
// editors cannot both record the same "old" value), then changes the task's row and appends
// one task_edits row per changed field. The history tables refuse UPDATE and DELETE
// (schema.cpp triggers), so a bug here cannot rewrite the past either. tasks.text set here is
// reindexed by the tasks_*_text triggers: search sees the new text and forgets the old.
// A value equal to the current one is not a change and records nothing, so repeating an edit
// is harmless.
#include <SQLiteCpp/Transaction.h>

#include <algorithm>
#include <array>

#include "chidao/store.h"
#include "chidao/vn_text.h"
#include "row_codec.h"
#include "store_impl.h"
#include "store_tasks_codec.h"
#include "store_tasks_internal.h"

namespace chidao {

using store_internal::Guard;
using store_internal::StatementScope;

namespace {

constexpr std::array<const char*, 4> kStatusWords = {"open", "in-progress", "done", "blocked"};

std::vector<std::string> Names(const std::vector<BodyRef>& refs) {
  std::vector<std::string> out;
  for (const BodyRef& r : refs) out.push_back(r.name);
  return out;
}

// Canonical names cleaned, without blanks and repeats, order kept.
std::vector<std::string> CleanNames(const std::vector<std::string>& names) {
  std::vector<std::string> out;
  for (const std::string& name : names) {
    std::string clean = CollapseSpace(name);
    if (!clean.empty() && std::find(out.begin(), out.end(), clean) == out.end()) {
      out.push_back(std::move(clean));
    }
  }
  return out;
}

class TaskWriter {
 public:
  explicit TaskWriter(Store::Impl& impl) : impl_(impl) {}

  // The task as it stands; NotFound, or InvalidArgument when dropped and `live` is asked.
  Result<TrackedTask> Load(std::int64_t task_id, bool live) {
    TaskQuery query;
    query.task_id = task_id;
    query.include_dropped = true;
    std::vector<TrackedTask> found = store_internal::ReadTrackedTasks(impl_, query);
    const std::string name = "#" + std::to_string(task_id);
    if (found.empty()) {
      return Status::NotFound(name, "no such task in the archive (see 'chidao tasks')");
    }
    if (live && found.front().task.deleted) {
      return Status::InvalidArgument(name + ": the task was dropped (see 'chidao history " +
                                     std::to_string(task_id) + "')");
    }
    return std::move(found.front());
  }

  EditRecord RecordEdit(std::int64_t task_id, const char* field,
                        const std::optional<std::string>& old_value,
                        const std::optional<std::string>& new_value, const Author& author) {
    SQLite::Statement& s = impl_.Prepare(
        "INSERT INTO task_edits (task_id, field, old_value, new_value, note, user, recorded_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)");
    StatementScope scope(s);
    EditRecord r{0, field, old_value, new_value, author.note, author.user,
                 store_internal::NowUtc()};
    s.bind(1, task_id);
    s.bind(2, r.field);
    store_internal::BindOptional(s, 3, r.old_value);
    store_internal::BindOptional(s, 4, r.new_value);
    s.bind(5, r.note);
    s.bind(6, r.user);
    s.bind(7, r.recorded_at);
    s.exec();
    r.id = impl_.db.getLastInsertRowid();
    return r;
  }

  // Replaces the task's bodies in `role` by `names` (canonical, cleaned).
  void SetBodies(std::int64_t task_id, const char* role, const std::vector<std::string>& names) {
    {
      SQLite::Statement& s =
          impl_.Prepare("DELETE FROM task_bodies WHERE task_id = ? AND role = ?");
      StatementScope scope(s);
      s.bind(1, task_id);
      s.bind(2, role);
      s.exec();
    }
    int position = 0;
    for (const std::string& name : names) {
      SQLite::Statement& s = impl_.Prepare(
          "INSERT OR IGNORE INTO task_bodies (task_id, role, body_id, position, alias) "
          "VALUES (?, ?, ?, ?, ?)");
      StatementScope scope(s);
      s.bind(1, task_id);
      s.bind(2, role);
      s.bind(3, BodyId(name));
      s.bind(4, ++position);
      s.bind(5, name);
      s.exec();
    }
  }

  void SetDeadline(std::int64_t task_id, const std::optional<Deadline>& deadline) {
    SQLite::Statement& s = impl_.Prepare(
        "UPDATE tasks SET deadline_kind = ?, deadline_date = ?, deadline_every = ?, "
        "deadline_time = ?, deadline_day = ?, deadline_text = ? WHERE id = ?");
    StatementScope scope(s);
    store_internal::BindDeadline(s, 1, deadline);
    s.bind(7, task_id);
    s.exec();
  }

  void SetText(std::int64_t task_id, const std::string& text) {
    SQLite::Statement& s = impl_.Prepare("UPDATE tasks SET text = ? WHERE id = ?");
    StatementScope scope(s);
    s.bind(1, text);
    s.bind(2, task_id);
    s.exec();
  }

 private:
  // The id of body `name`, created when the archive does not know it. Not added to
  // Impl::body_cache: the row is only certain once the caller's transaction commits.
  std::int64_t BodyId(const std::string& name) {
    {
      SQLite::Statement& s =
          impl_.Prepare("INSERT OR IGNORE INTO bodies (name, name_fold) VALUES (?, ?)");
      StatementScope scope(s);
      s.bind(1, name);
      s.bind(2, FoldDiacritics(name));
      s.exec();
    }
    SQLite::Statement& q = impl_.Prepare("SELECT id FROM bodies WHERE name = ?");
    StatementScope scope(q);
    q.bind(1, name);
    q.executeStep();
    return q.getColumn(0).getInt64();
  }

  Store::Impl& impl_;
};

}  // namespace

Result<StatusRecord> Store::AppendStatus(std::int64_t task_id, const StatusUpdate& update) {
  if (std::find(kStatusWords.begin(), kStatusWords.end(), update.status) == kStatusWords.end()) {
    return Status::InvalidArgument("unknown status '" + update.status +
                                   "' (open, in-progress, done, blocked)");
  }
  return Guard(impl_->db.getFilename(), "cannot record the status",
               [&]() -> Result<StatusRecord> {
    SQLite::Transaction tx(impl_->db, SQLite::TransactionBehavior::IMMEDIATE);
    TaskWriter writer(*impl_);
    if (Result<TrackedTask> task = writer.Load(task_id, /*live=*/true); !task.ok()) {
      return task.status();
    }
    StatusRecord r{0, update.status, update.effective_on, update.author.note, update.author.user,
                   store_internal::NowUtc()};
    SQLite::Statement& s = impl_->Prepare(
        "INSERT INTO task_status (task_id, status, effective_on, note, user, recorded_at) "
        "VALUES (?, ?, ?, ?, ?, ?)");
    StatementScope scope(s);
    s.bind(1, task_id);
    s.bind(2, r.status);
    s.bind(3, r.effective_on.Iso());
    s.bind(4, r.note);
    s.bind(5, r.user);
    s.bind(6, r.recorded_at);
    s.exec();
    r.id = impl_->db.getLastInsertRowid();
    tx.commit();
    return r;
  });
}

Result<std::vector<EditRecord>> Store::EditTask(std::int64_t task_id, const TaskEdit& edit) {
  std::optional<std::string> text;
  if (edit.text) {
    text = CollapseSpace(*edit.text);
    if (text->empty()) return Status::InvalidArgument("a task's text cannot be empty");
  }
  return Guard(impl_->db.getFilename(), "cannot correct the task",
               [&]() -> Result<std::vector<EditRecord>> {
    SQLite::Transaction tx(impl_->db, SQLite::TransactionBehavior::IMMEDIATE);
    TaskWriter writer(*impl_);
    Result<TrackedTask> loaded = writer.Load(task_id, /*live=*/true);
    if (!loaded.ok()) return loaded.status();
    const StoredTask& now = loaded->task;
    std::vector<EditRecord> changes;
    if (text && *text != now.text) {
      writer.SetText(task_id, *text);
      changes.push_back(writer.RecordEdit(task_id, kEditText, now.text, *text, edit.author));
    }
    struct RoleEdit {
      const std::optional<std::vector<std::string>>& names;
      const std::vector<BodyRef>& current;
      const char* role;
      const char* field;
    };
    for (const RoleEdit& r : {RoleEdit{edit.lead, now.lead, "lead", kEditLead},
                              RoleEdit{edit.support, now.support, "support", kEditSupport}}) {
      if (!r.names) continue;
      std::vector<std::string> before = Names(r.current), after = CleanNames(*r.names);
      if (before == after) continue;
      writer.SetBodies(task_id, r.role, after);
      changes.push_back(writer.RecordEdit(task_id, r.field, store_internal::ToJsonArray(before),
                                          store_internal::ToJsonArray(after), edit.author));
    }
    if (edit.deadline) {
      std::optional<std::string> before = DeadlineToEditValue(now.deadline);
      std::optional<std::string> after = DeadlineToEditValue(*edit.deadline);
      if (before != after) {
        writer.SetDeadline(task_id, *edit.deadline);
        changes.push_back(writer.RecordEdit(task_id, kEditDeadline, before, after, edit.author));
      }
    }
    tx.commit();
    return changes;
  });
}

Result<std::int64_t> Store::AddTask(std::int64_t document_id, const NewTask& task) {
  const std::string text = CollapseSpace(task.text);
  if (text.empty()) return Status::InvalidArgument("a task's text cannot be empty");
  return Guard(impl_->db.getFilename(), "cannot add the task", [&]() -> Result<std::int64_t> {
    SQLite::Transaction tx(impl_->db, SQLite::TransactionBehavior::IMMEDIATE);
    int position = 0;
    {
      SQLite::Statement& q = impl_->Prepare(
          "SELECT d.id, (SELECT coalesce(max(position), 0) FROM tasks WHERE document_id = d.id) "
          "FROM documents d WHERE d.id = ?");
      StatementScope scope(q);
      q.bind(1, document_id);
      if (!q.executeStep()) {
        return Status::NotFound("#" + std::to_string(document_id),
                                "no such document in the archive (see 'chidao docs')");
      }
      position = q.getColumn(1).getInt() + 1;
    }
    std::int64_t id = 0;
    {
      // No page and no span: the text is stored in the row (task_texts reads it from there).
      SQLite::Statement& s = impl_->Prepare(
          "INSERT INTO tasks (document_id, position, section, text, deadline_kind, "
          "deadline_date, deadline_every, deadline_time, deadline_day, deadline_text, origin) "
          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'manual')");
      StatementScope scope(s);
      s.bind(1, document_id);
      s.bind(2, position);
      s.bind(3, CollapseSpace(task.section));
      s.bind(4, text);
      store_internal::BindDeadline(s, 5, task.deadline);
      s.exec();
      id = impl_->db.getLastInsertRowid();
    }
    TaskWriter writer(*impl_);
    writer.SetBodies(id, "lead", CleanNames(task.lead));
    writer.SetBodies(id, "support", CleanNames(task.support));
    writer.RecordEdit(id, kEditAdded, std::nullopt, text, task.author);
    tx.commit();
    return id;
  });
}

Status Store::DropTask(std::int64_t task_id, const Author& author) {
  return Guard(impl_->db.getFilename(), "cannot drop the task", [&]() -> Status {
    SQLite::Transaction tx(impl_->db, SQLite::TransactionBehavior::IMMEDIATE);
    TaskWriter writer(*impl_);
    Result<TrackedTask> loaded = writer.Load(task_id, /*live=*/false);
    if (!loaded.ok()) return loaded.status();
    if (loaded->task.deleted) {
      return Status::AlreadyExists("#" + std::to_string(task_id), "the task was already dropped");
    }
    SQLite::Statement& s = impl_->Prepare("UPDATE tasks SET deleted = 1 WHERE id = ?");
    StatementScope scope(s);
    s.bind(1, task_id);
    s.exec();
    writer.RecordEdit(task_id, kEditDropped, "0", "1", author);
    tx.commit();
    return Status::Ok();
  });
}

}  // namespace chidao
