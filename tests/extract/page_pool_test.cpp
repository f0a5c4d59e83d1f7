#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <set>
#include <thread>
#include <vector>

#include "page_pool.h"

namespace chidao {
namespace {

TEST_CASE("PagePool: every submitted task runs once, on a worker index in range") {
  std::vector<std::atomic<int>> runs(50);
  std::atomic<int> bad_worker{0};
  PagePool pool(3, 2);
  for (int i = 0; i < 50; ++i) {
    pool.Submit([&, i](int worker) {
      if (worker < 0 || worker >= 3) ++bad_worker;
      ++runs[i];
    });
  }
  pool.Wait();
  for (auto& r : runs) CHECK(r.load() == 1);
  CHECK(bad_worker == 0);
}

TEST_CASE("PagePool: the producer never gets more than the queue capacity ahead") {
  std::atomic<int> submitted{0};
  std::atomic<int> started{0};
  std::atomic<int> max_ahead{0};
  {
    PagePool pool(1, 2);
    for (int i = 0; i < 10; ++i) {
      pool.Submit([&](int) {
        ++started;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
      });
      ++submitted;
      // Waiting = submitted - started; at most capacity (2) + the one just taken.
      max_ahead = std::max(max_ahead.load(), submitted.load() - started.load());
    }
  }
  CHECK(started == 10);
  CHECK(max_ahead <= 3);
}

TEST_CASE("PagePool: WorkerCount uses the cores by default and never exceeds the pages") {
  CHECK(WorkerCount(4, 2) == 2);
  CHECK(WorkerCount(2, 10) == 2);
  CHECK(WorkerCount(0, 1000) >= 1);
  CHECK(WorkerCount(0, 0) == 1);
}

}  // namespace
}  // namespace chidao
