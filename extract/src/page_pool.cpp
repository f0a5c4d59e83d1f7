#include "page_pool.h"

#include <algorithm>
#include <utility>

namespace chidao {

PagePool::PagePool(int workers, std::size_t capacity) : capacity_(std::max<std::size_t>(capacity, 1)) {
  workers = std::max(workers, 1);
  threads_.reserve(workers);
  for (int i = 0; i < workers; ++i) threads_.emplace_back([this, i] { Work(i); });
}

PagePool::~PagePool() {
  Wait();
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stopping_ = true;
  }
  not_empty_.notify_all();
  for (std::thread& thread : threads_) thread.join();
}

void PagePool::Submit(Task task) {
  std::unique_lock<std::mutex> lock(mutex_);
  not_full_.wait(lock, [this] { return queue_.size() < capacity_; });
  queue_.push_back(std::move(task));
  lock.unlock();
  not_empty_.notify_one();
}

void PagePool::Wait() {
  std::unique_lock<std::mutex> lock(mutex_);
  idle_.wait(lock, [this] { return queue_.empty() && running_ == 0; });
}

void PagePool::Work(int worker) {
  for (;;) {
    Task task;
    {
      std::unique_lock<std::mutex> lock(mutex_);
      not_empty_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
      if (queue_.empty()) return;  // stopping and drained
      task = std::move(queue_.front());
      queue_.pop_front();
      ++running_;
    }
    not_full_.notify_one();
    task(worker);
    {
      std::lock_guard<std::mutex> lock(mutex_);
      --running_;
    }
    idle_.notify_all();
  }
}

int WorkerCount(int jobs, int tasks) {
  int workers = jobs > 0 ? jobs : static_cast<int>(std::thread::hardware_concurrency());
  workers = std::min(workers, tasks);
  return std::max(workers, 1);
}

}  // namespace chidao
