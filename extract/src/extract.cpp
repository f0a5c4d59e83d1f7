// Dispatch: decide what kind of file the bytes are (by content first, then by name, see
// file_type.h) and hand them to the reader for that kind: PDF (pdf_extractor.h), image
// (image_extractor.h) or text (text_file.h). Limits that apply to every kind (file size, empty
// input) are checked here, once.
#include "chidao/extract.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>
#include <new>
#include <sys/stat.h>

#include "chidao/sha256.h"
#include "extract_with_ocr.h"
#include "file_type.h"
#include "image_extractor.h"
#include "ocr_engine.h"
#include "pdf_extractor.h"
#include "readable_text.h"
#include "text_file.h"

namespace chidao {

std::optional<TextEncoding> ParseTextEncoding(std::string_view name) {
  if (name == "auto") return TextEncoding::kAuto;
  if (name == "utf-8" || name == "utf8") return TextEncoding::kUtf8;
  if (name == "utf-16" || name == "utf16") return TextEncoding::kUtf16;
  if (name == "cp1258" || name == "windows-1258") return TextEncoding::kCp1258;
  if (name == "tcvn3" || name == "abc") return TextEncoding::kTcvn3;
  if (name == "vni") return TextEncoding::kVni;
  return std::nullopt;
}

std::optional<OcrMode> ParseOcrMode(std::string_view name) {
  if (name == "auto") return OcrMode::kAuto;
  if (name == "always") return OcrMode::kAlways;
  if (name == "never") return OcrMode::kNever;
  return std::nullopt;
}

Result<Document> ExtractFile(const std::string& path, const ExtractOptions& options) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    if (errno == ENOENT) return Status::NotFound(path, "no such file");
    return Status::IoError(path, std::string("cannot read: ") + std::strerror(errno));
  }
  if (S_ISDIR(st.st_mode)) return Status::Unsupported(path, "is a directory");
  // Opening a FIFO blocks until a writer comes; a device may never end.
  if (!S_ISREG(st.st_mode)) return Status::Unsupported(path, "not a regular file (a pipe, socket or device)");
  if (static_cast<std::size_t>(st.st_size) > options.max_file_bytes) {
    return Status::TooLarge(path, "file is " + std::to_string(st.st_size >> 20) +
                                      " MiB, over the limit of " +
                                      std::to_string(options.max_file_bytes >> 20) + " MiB");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(path, "cannot open for reading (permission denied?)");
  std::string bytes;
  try {
    bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  } catch (const std::bad_alloc&) {
    return Status::TooLarge(path, "not enough memory to read the file");
  }
  if (in.bad()) return Status::IoError(path, "read error");
  return ExtractBytes(bytes, path, options);
}

Result<Document> ExtractWithOcr(std::string_view bytes, const std::string& name,
                                const ExtractOptions& options, const OcrEngineFactory& ocr) {
  if (bytes.empty()) return Status::Corrupt(name, "empty file (0 bytes)");
  if (bytes.size() > options.max_file_bytes) {
    return Status::TooLarge(name, "file is over the limit of " +
                                      std::to_string(options.max_file_bytes >> 20) + " MiB");
  }
  const SniffResult sniff = SniffFileType(bytes, name);
  Result<Document> doc = Status::Internal("unreachable");
  switch (sniff.type) {
    case FileType::kPdf:
      doc = ExtractPdf(bytes, name, options, ocr);
      break;
    case FileType::kPng:
      doc = ExtractImage(bytes, ImageFormat::kPng, name, options, ocr);
      break;
    case FileType::kJpeg:
      doc = ExtractImage(bytes, ImageFormat::kJpeg, name, options, ocr);
      break;
    case FileType::kTiff:
      doc = ExtractImage(bytes, ImageFormat::kTiff, name, options, ocr);
      break;
    case FileType::kText:
      doc = ReadTextFile(bytes, name, options);
      break;
    case FileType::kUnsupported:
      return Status::Unsupported(name, "unsupported file type: " + sniff.what);
  }
  if (!doc.ok()) return doc.status().WithPath(name);
  if (options.require != ExtractOptions::Require::kAnything) {
    const bool vietnamese = options.require == ExtractOptions::Require::kVietnamese;
    if (Status readable = CheckReadableText(*doc, vietnamese); !readable.ok()) {
      return readable.WithPath(name);
    }
  }
  doc->path = name;
  doc->sha256 = Sha256Hex(bytes);
  return doc;
}

Result<Document> ExtractBytes(std::string_view bytes, const std::string& name,
                              const ExtractOptions& options) {
  return ExtractWithOcr(bytes, name, options, MakeTesseractEngine);
}

}  // namespace chidao
