// The resource-limit flags every command that reads untrusted files shares (import, parse,
// extract): a file from outside the office must not be able to exhaust the machine. Defaults
// are ExtractOptions' (chidao/extract.h); SECURITY.md lists them.
//   --max-file-mb N      refuse files over N MiB                     (default 512)
//   --max-pages N        refuse PDFs / TIFFs with more pages         (default 2000)
//   --max-megapixels N   refuse images or pages over N million px    (default 100)
//   --ocr-timeout S      skip (and report) a page whose OCR takes longer (default 120 s)
#pragma once

#include <CLI/CLI.hpp>

#include "chidao/extract.h"

namespace chidao::cli {

struct LimitFlags {
  int max_file_mb = static_cast<int>(ExtractOptions{}.max_file_bytes >> 20);
  int max_pages = ExtractOptions{}.max_pages;
  int max_megapixels = static_cast<int>(ExtractOptions{}.max_image_pixels / 1'000'000);
  int ocr_timeout_seconds = ExtractOptions{}.ocr_page_timeout_seconds;
};

// Adds the four flags to `command`, writing into `*flags` (which must outlive parsing).
void AddLimitFlags(CLI::App& command, LimitFlags* flags);

// Copies the limits into `options`.
void ApplyLimitFlags(const LimitFlags& flags, ExtractOptions* options);

}  // namespace chidao::cli
