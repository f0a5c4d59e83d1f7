// Internal to chidao::store. The tracking read shared by the query methods and by the edit
// methods, which read a task inside their own transaction before changing it. Throws
// SQLite::Exception like the rest of the internals: callers run it inside Guard.
#pragma once

#include <vector>

#include "chidao/store.h"

namespace chidao::store_internal {

std::vector<TrackedTask> ReadTrackedTasks(Store::Impl& impl, const TaskQuery& query);

}  // namespace chidao::store_internal
