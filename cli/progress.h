// Progress of a batch import on stderr.
//
// On a terminal: one line redrawn in place, at most ten times a second —
//   [=========>          ] 12/40 files · 37 pages · 0:12 elapsed · ETA 0:30 · scan-003.pdf
// When stderr is not a terminal (a log, a pipe, CI): one plain line per file started, and
// one per OCR page, so a log shows where a long batch is. Quiet mode prints nothing.
// The ETA is elapsed time per finished file times the files left: good for batches of
// similar files, rough for a mix of text files and long scans.
#pragma once

#include <chrono>
#include <cstdio>
#include <mutex>
#include <string>

namespace chidao::cli {

class Progress {
 public:
  enum class Mode { kBar, kLines, kQuiet };
  // Bar when `out` is a terminal, else lines; kQuiet when `quiet`.
  static Mode DetectMode(std::FILE* out, bool quiet);

  Progress(std::FILE* out, Mode mode, int total_files);
  Progress(const Progress&) = delete;  // holds the terminal line
  Progress& operator=(const Progress&) = delete;

  void FileStarted(int index, const std::string& path);
  void Pages(int index, int done, int total);  // thread-safe
  void FileDone(int index, int pages);
  // Erases the bar so a normal line can be printed; the bar is redrawn on the next update.
  void Clear();
  void Finish();

 private:
  void Draw(bool force);  // mu_ held
  std::string Eta() const;

  std::FILE* out_;  // borrowed: stderr, outlives this
  Mode mode_;
  int total_files_;
  int files_done_ = 0;
  int pages_done_ = 0;
  int current_pages_ = 0;
  int current_total_ = 0;
  std::string current_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  std::chrono::steady_clock::time_point last_draw_{};
  std::mutex mu_;
};

// "1:05", "12:00", "1:02:03".
std::string FormatDuration(double seconds);

}  // namespace chidao::cli
