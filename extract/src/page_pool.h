// Internal to chidao::extract. PagePool: a fixed set of worker threads fed through a bounded
// queue, so a long document is processed a few pages at a time instead of being rendered
// whole into memory first.
//
// Submit() blocks while `capacity` tasks are already waiting: the producer (which renders or
// decodes the next page) stays at most `capacity` pages ahead of the workers. Each task is
// given the index of the worker running it (0 .. workers-1), so per-worker state such as an
// OCR engine needs no locking. Wait() returns once every submitted task has finished; the
// destructor waits too. Tasks must not throw.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace chidao {

class PagePool {
 public:
  using Task = std::function<void(int worker)>;

  PagePool(int workers, std::size_t capacity);
  PagePool(const PagePool&) = delete;  // owns threads
  PagePool& operator=(const PagePool&) = delete;
  ~PagePool();

  int workers() const { return static_cast<int>(threads_.size()); }

  void Submit(Task task);
  void Wait();

 private:
  void Work(int worker);

  std::mutex mutex_;
  std::condition_variable not_empty_;
  std::condition_variable not_full_;
  std::condition_variable idle_;
  std::deque<Task> queue_;
  std::size_t capacity_;
  int running_ = 0;
  bool stopping_ = false;
  std::vector<std::thread> threads_;
};

// Worker count for `jobs` (0 = one per core), never more than `tasks` nor less than 1.
int WorkerCount(int jobs, int tasks);

}  // namespace chidao
