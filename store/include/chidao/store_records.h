// Rows as the browse commands read them back: `chidao docs`, `chidao show`, `chidao bodies`.
// Plain values, filled by Store; the CLI prints them as text or JSON.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "chidao/directive.h"
#include "chidao/document.h"

namespace chidao {

struct DocumentSummary {
  std::int64_t id = 0;
  std::string sha256;
  std::string file_name;     // the path given to `chidao import`
  std::string source_kind;   // "text", "pdf-text", "pdf-ocr", "pdf-mixed", "image-ocr"
  int page_count = 0;
  int task_count = 0;        // tasks found by parse (at import)
  std::string code;          // số ký hiệu, empty when none was found
  std::string type;
  std::string issuer;
  std::optional<Date> date;
  std::string subject;
  std::string imported_at;   // ISO 8601 UTC
};

struct PageInfo {
  int number = 1;
  std::string source;        // "text", "pdf-text", "ocr", ...
  double ocr_confidence = -1;
  std::size_t bytes = 0;
};

// A task as stored: what parse found, as staff may since have corrected it.
struct StoredTask {
  std::int64_t id = 0;       // store-wide id: what `chidao status TASK` takes
  int position = 0;          // parse's 1-based order in the document
  std::string section;
  std::string text;
  std::vector<BodyRef> lead;
  std::vector<BodyRef> support;
  std::optional<Deadline> deadline;
  Span span;
  std::string origin;        // "parse" or "manual"
  bool deleted = false;      // dropped by staff (soft delete): kept for history
};

struct DocumentRecord {
  DocumentSummary summary;
  Metadata meta;
  std::vector<Reference> references;
  std::vector<PageInfo> pages;
  std::vector<StoredTask> tasks;
  std::vector<Diagnostic> diagnostics;
};

struct BodySummary {
  std::int64_t id = 0;
  std::string name;                  // canonical
  std::vector<std::string> aliases;  // spellings found in documents, other than the name
  int lead_tasks = 0;
  int support_tasks = 0;
  int documents = 0;
};

}  // namespace chidao
