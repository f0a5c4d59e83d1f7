// parse_bench: single-thread throughput of ParseDirective on the corpus texts, repeated until
// at least 50 MB of text have been parsed, and the process's peak memory. Each document is
// parsed whole, as `chidao parse` does (one Document per file); the first pass over the corpus
// is a warm-up and is not timed. Throughput is given against wall time and against the
// process's CPU time: on a shared machine the second is the one that measures the parser.
//
//   parse_bench [MIN_MB] FILE...
#include <sys/resource.h>

#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "chidao/parse.h"

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: parse_bench MIN_MB FILE...\n");
    return 2;
  }
  double min_mb = std::atof(argv[1]);
  std::vector<chidao::Document> docs;
  std::size_t corpus_bytes = 0;
  for (int i = 2; i < argc; ++i) {
    std::ifstream in(argv[i], std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    corpus_bytes += text.size();
    docs.push_back(chidao::Document::FromText(std::move(text), argv[i]));
  }
  if (corpus_bytes == 0) return 2;
  std::size_t tasks = 0;
  for (const auto& d : docs) tasks += chidao::ParseDirective(d).tasks.size();  // warm-up

  auto cpu_now = [] {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
  };
  std::size_t bytes = 0, passes = 0;
  double cpu_start = cpu_now();
  auto start = std::chrono::steady_clock::now();
  while (bytes < min_mb * 1e6) {
    for (const auto& d : docs) {
      tasks += chidao::ParseDirective(d).tasks.size();
      bytes += d.Text().size();
    }
    ++passes;
  }
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  double cpu_seconds = cpu_now() - cpu_start;
  struct rusage usage {};
  getrusage(RUSAGE_SELF, &usage);
  std::printf("parse: %zu documents (%.1f KB), %zu passes, %.1f MB in %.2f s wall = %.1f MB/s "
              "(%.0f documents/s); %.2f s CPU = %.1f MB/s; peak RSS %.1f MB, %zu tasks\n",
              docs.size(), corpus_bytes / 1e3, passes, bytes / 1e6, seconds, bytes / 1e6 / seconds,
              passes * docs.size() / seconds, cpu_seconds, bytes / 1e6 / cpu_seconds,
              usage.ru_maxrss / 1024.0, tasks);
  return 0;
}
