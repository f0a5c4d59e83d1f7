// store_bench: search latency of an archive, as `chidao search` runs it (top N ranked
// documents with snippets and matching tasks), measured in-process so process start-up is
// not counted. Driven by bench/store, which also times `chidao import` and ripgrep.
//
//   store_bench optimize DB          merge index segments (what a quiet night would do)
//   store_bench search DB QUERIES [RUNS] [LIMIT]
// QUERIES is a file with one query per line. Each query runs once to warm the cache, then
// RUNS times; prints one line per query and p50/p99 over every timed run.
#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "chidao/store.h"

namespace {

// CPU time of this thread, in ms: on a shared machine wall time also counts the time other
// processes held the cores; CPU time is what the search itself costs.
double ThreadCpuMs() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

double Percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  std::size_t i = static_cast<std::size_t>(p * static_cast<double>(v.size() - 1) + 0.5);
  return v[std::min(i, v.size() - 1)];
}

int Usage() {
  std::fprintf(stderr, "usage: store_bench optimize DB | store_bench search DB QUERIES [RUNS] [LIMIT]\n");
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) return Usage();
  std::string mode = argv[1];
  auto store = chidao::Store::Open(argv[2]);
  if (!store.ok()) {
    std::fprintf(stderr, "store_bench: %s\n", store.status().ToString().c_str());
    return 1;
  }
  if (mode == "optimize") {
    chidao::Status s = (*store)->Optimize();
    if (!s.ok()) std::fprintf(stderr, "store_bench: %s\n", s.ToString().c_str());
    return s.ok() ? 0 : 1;
  }
  if (mode != "search" || argc < 4) return Usage();
  int runs = argc > 4 ? std::atoi(argv[4]) : 10;
  chidao::SearchFilters filters;
  filters.limit = argc > 5 ? std::atoi(argv[5]) : 20;
  std::ifstream in(argv[3]);
  std::vector<double> all;
  std::vector<double> all_cpu;
  for (std::string query; std::getline(in, query);) {
    if (query.empty()) continue;
    auto warm = (*store)->Search(query, filters);
    if (!warm.ok()) {
      std::fprintf(stderr, "store_bench: %s: %s\n", query.c_str(), warm.status().ToString().c_str());
      return 1;
    }
    std::vector<double> times;
    std::vector<double> cpu;
    for (int r = 0; r < runs; ++r) {
      double cpu_start = ThreadCpuMs();
      auto start = std::chrono::steady_clock::now();
      auto result = (*store)->Search(query, filters);
      times.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
      cpu.push_back(ThreadCpuMs() - cpu_start);
      if (!result.ok()) return 1;
    }
    all.insert(all.end(), times.begin(), times.end());
    all_cpu.insert(all_cpu.end(), cpu.begin(), cpu.end());
    std::printf("  %-32s %6zu docs  p50 %7.2f ms  max %7.2f ms  (cpu p50 %7.2f ms)\n", query.c_str(),
                warm->total_matches, Percentile(times, 0.5), Percentile(times, 1.0),
                Percentile(cpu, 0.5));
  }
  std::printf("search p50 %.2f ms  p99 %.2f ms  (%zu timed runs, top %d with snippets)\n",
              Percentile(all, 0.5), Percentile(all, 0.99), all.size(), filters.limit);
  std::printf("search cpu p50 %.2f ms  p99 %.2f ms  (CPU time of the searching thread)\n",
              Percentile(all_cpu, 0.5), Percentile(all_cpu, 0.99));
  return 0;
}
