// The extract stage: a file (or bytes) → Document, pages of clean NFC text with provenance.
//
// Reads text files (UTF-8, UTF-16 with BOM, Windows-1258, TCVN3, VNI), PDFs (text layer via
// Poppler; pages without usable text are OCRed; legacy-font layers transcoded) and images
// (PNG, JPEG, TIFF incl. multi-page) through Tesseract `vie`. Errors a user can cause
// (unreadable, unsupported, encrypted, truncated, too large) come back as a Status naming the
// file; nothing here prints or exits.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "chidao/document.h"
#include "chidao/status.h"

namespace chidao {

enum class OcrMode { kAuto, kAlways, kNever };

// Forced text encoding for text files; kAuto detects.
enum class TextEncoding { kAuto, kUtf8, kUtf16, kCp1258, kTcvn3, kVni };

// Progress of one document, reported from worker threads (the callback must be thread-safe).
struct ExtractProgress {
  int pages_done = 0;
  int pages_total = 0;
};

struct ExtractOptions {
  OcrMode ocr = OcrMode::kAuto;
  int jobs = 0;                        // OCR worker threads; 0 = number of cores
  TextEncoding encoding = TextEncoding::kAuto;
  std::string password;                // for encrypted PDFs
  int ocr_page_timeout_seconds = 120;  // a page over this is skipped with a diagnostic
  std::size_t max_file_bytes = std::size_t{512} << 20;  // 512 MiB
  std::size_t max_image_pixels = std::size_t{100'000'000};  // ~ A3 at 600 dpi
  int max_pages = 2000;
  // What a result must contain to count as read. The library returns blank pages as they are
  // (a caller may want them); the commands refuse a blank document, and import and parse also
  // refuse text with no Vietnamese in it (a document in another language).
  enum class Require { kAnything, kText, kVietnamese };
  Require require = Require::kAnything;
  std::function<void(const ExtractProgress&)> on_progress;  // may be empty
};

// Reads and extracts the file at `path`. Document::path is set to `path`.
Result<Document> ExtractFile(const std::string& path, const ExtractOptions& options);

// Same, from bytes already in memory; `name` is used for messages and to guess the type
// when the content is ambiguous (plain text).
Result<Document> ExtractBytes(std::string_view bytes, const std::string& name,
                              const ExtractOptions& options);

// Parses a --encoding flag value ("utf-8", "utf-16", "cp1258", "tcvn3", "vni", "auto").
std::optional<TextEncoding> ParseTextEncoding(std::string_view name);

// Parses an --ocr flag value ("auto", "always", "never").
std::optional<OcrMode> ParseOcrMode(std::string_view name);

}  // namespace chidao
