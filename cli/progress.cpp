#include "progress.h"

#include <unistd.h>

#include <filesystem>

namespace chidao::cli {
namespace {

constexpr int kBarWidth = 20;
constexpr auto kRedrawInterval = std::chrono::milliseconds(100);

std::string BaseName(const std::string& path) {
  return std::filesystem::path(path).filename().string();
}

}  // namespace

std::string FormatDuration(double seconds) {
  long s = seconds < 0 ? 0 : static_cast<long>(seconds + 0.5);
  char buf[32];
  if (s >= 3600) {
    std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", s / 3600, (s / 60) % 60, s % 60);
  } else {
    std::snprintf(buf, sizeof buf, "%ld:%02ld", s / 60, s % 60);
  }
  return buf;
}

Progress::Mode Progress::DetectMode(std::FILE* out, bool quiet) {
  if (quiet) return Mode::kQuiet;
  const char* term = std::getenv("TERM");
  bool dumb = term != nullptr && std::string(term) == "dumb";
  return ::isatty(::fileno(out)) && !dumb ? Mode::kBar : Mode::kLines;
}

Progress::Progress(std::FILE* out, Mode mode, int total_files)
    : out_(out), mode_(mode), total_files_(total_files) {}

void Progress::FileStarted(int index, const std::string& path) {
  std::lock_guard<std::mutex> lock(mu_);
  current_ = BaseName(path);
  current_pages_ = current_total_ = 0;
  if (mode_ == Mode::kLines) {
    std::fprintf(out_, "[%d/%d] %s\n", index + 1, total_files_, path.c_str());
    std::fflush(out_);
  }
  Draw(false);
}

void Progress::Pages(int index, int done, int total) {
  std::lock_guard<std::mutex> lock(mu_);
  current_pages_ = done;
  current_total_ = total;
  if (mode_ == Mode::kLines && total > 1) {
    std::fprintf(out_, "[%d/%d] %s: page %d/%d\n", index + 1, total_files_, current_.c_str(),
                 done, total);
    std::fflush(out_);
  }
  Draw(false);
}

void Progress::FileDone(int /*index*/, int pages) {
  std::lock_guard<std::mutex> lock(mu_);
  ++files_done_;
  pages_done_ += pages;
  current_pages_ = current_total_ = 0;
  Draw(files_done_ == total_files_);
}

void Progress::Clear() {
  std::lock_guard<std::mutex> lock(mu_);
  if (mode_ == Mode::kBar && drawn_) {
    std::fputs("\r\033[K", out_);
    std::fflush(out_);
    drawn_ = false;
  }
}

void Progress::Finish() {
  Clear();
}

std::string Progress::Eta() const {
  if (files_done_ == 0 || files_done_ >= total_files_) return "";
  double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  return " · ETA " + FormatDuration(elapsed / files_done_ * (total_files_ - files_done_));
}

void Progress::Draw(bool force) {
  if (mode_ != Mode::kBar) return;
  auto now = std::chrono::steady_clock::now();
  if (!force && drawn_ && now - last_draw_ < kRedrawInterval) return;
  last_draw_ = now;
  int filled = total_files_ > 0 ? files_done_ * kBarWidth / total_files_ : kBarWidth;
  std::string bar(static_cast<std::size_t>(filled), '=');
  if (filled < kBarWidth) bar += '>';
  bar.resize(kBarWidth, ' ');
  double elapsed = std::chrono::duration<double>(now - start_).count();
  std::string pages = std::to_string(pages_done_) + " pages";
  if (current_total_ > 1) {
    pages += " (" + std::to_string(current_pages_) + "/" + std::to_string(current_total_) + ")";
  }
  std::fprintf(out_, "\r\033[K[%s] %d/%d files · %s · %s elapsed%s · %s", bar.c_str(),
               files_done_, total_files_, pages.c_str(), FormatDuration(elapsed).c_str(),
               Eta().c_str(), current_.c_str());
  std::fflush(out_);
  drawn_ = true;
}

}  // namespace chidao::cli
