// Document: what `extract` hands to `parse` — pages of clean NFC UTF-8 text with provenance.
//
// Every character of the document belongs to exactly one page. Parse works on Text(), the
// pages joined by a single "\n"; Locate() maps a byte offset in Text() back to (page, offset in
// that page's text). Offsets are UTF-8 byte offsets, 0-based; page numbers are 1-based.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace chidao {

// Where a page's text came from.
enum class PageSource {
  kPlainText,   // a text file
  kPdfText,     // a PDF text layer, already Unicode
  kPdfLegacy,   // a PDF text layer in a legacy font encoding (TCVN3/VNI), transcoded
  kOcr,         // recognised by Tesseract from an image or a page without usable text
  kFailed,      // OCR failed or timed out; text is empty, a diagnostic says why
};

// What the whole input was, as `parse --json` reports it in "source.kind".
enum class SourceKind { kText, kPdfText, kPdfOcr, kPdfMixed, kImageOcr };

const char* ToString(PageSource source);
const char* ToString(SourceKind kind);  // "text", "pdf-text", "pdf-ocr", "pdf-mixed", "image-ocr"

struct Page {
  int number = 1;                 // 1-based, as printed on paper
  std::string text;               // NFC, normalised, "\n" line ends
  PageSource source = PageSource::kPlainText;
  double ocr_confidence = -1.0;   // Tesseract mean confidence 0..100; -1 when not OCRed
};

// A warning about one page (low OCR confidence, page skipped after a timeout...).
struct Diagnostic {
  int page = 0;  // 0 = the document as a whole
  std::string message;
};

// Position of a character in the original pages.
struct PagePosition {
  int page = 1;
  std::size_t offset = 0;  // byte offset within that page's text
};

class Document {
 public:
  std::string path;     // as given by the user, for messages
  std::string sha256;   // of the input bytes, lowercase hex
  SourceKind kind = SourceKind::kText;
  std::vector<Page> pages;
  std::vector<Diagnostic> diagnostics;

  // The pages joined with "\n". Built on first use and cached.
  const std::string& Text() const;
  // Page and in-page offset of byte `offset` of Text(); offsets past the end map to the end.
  PagePosition Locate(std::size_t offset) const;

  // A one-page text document, for tests and for parse's string entry point.
  static Document FromText(std::string text, std::string path = "<text>");

 private:
  void BuildIndex() const;
  mutable std::string text_;
  mutable std::vector<std::size_t> page_starts_;  // offset in text_ of each page
  mutable bool built_ = false;
};

}  // namespace chidao
