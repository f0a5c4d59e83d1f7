#include "limit_flags.h"

#include <cstddef>

namespace chidao::cli {

void AddLimitFlags(CLI::App& command, LimitFlags* flags) {
  const auto group = "Limits for untrusted files";
  command.add_option("--max-file-mb", flags->max_file_mb, "Refuse files over this size in MiB")
      ->check(CLI::Range(1, 1 << 20))
      ->capture_default_str()
      ->group(group);
  command.add_option("--max-pages", flags->max_pages, "Refuse documents with more pages")
      ->check(CLI::Range(1, 1'000'000))
      ->capture_default_str()
      ->group(group);
  command.add_option("--max-megapixels", flags->max_megapixels,
                     "Refuse images or pages over this many million pixels")
      ->check(CLI::Range(1, 10'000))
      ->capture_default_str()
      ->group(group);
  command.add_option("--ocr-timeout", flags->ocr_timeout_seconds,
                     "Seconds of OCR per page before the page is skipped and reported")
      ->check(CLI::Range(1, 86'400))
      ->capture_default_str()
      ->group(group);
}

void ApplyLimitFlags(const LimitFlags& flags, ExtractOptions* options) {
  options->max_file_bytes = static_cast<std::size_t>(flags.max_file_mb) << 20;
  options->max_pages = flags.max_pages;
  options->max_image_pixels = static_cast<std::size_t>(flags.max_megapixels) * 1'000'000;
  options->ocr_page_timeout_seconds = flags.ocr_timeout_seconds;
}

}  // namespace chidao::cli
