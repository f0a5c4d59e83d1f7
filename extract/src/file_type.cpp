#include "file_type.h"

#include <algorithm>
#include <cctype>

namespace chidao {
namespace {

bool StartsWith(std::string_view bytes, std::string_view magic) {
  return bytes.substr(0, magic.size()) == magic;
}

std::string LowerExtension(std::string_view name) {
  const std::size_t slash = name.find_last_of('/');
  const std::size_t dot = name.find_last_of('.');
  if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash)) return {};
  std::string ext(name.substr(dot + 1));
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext;
}

SniffResult Unsupported(std::string what) { return {FileType::kUnsupported, std::move(what)}; }

}  // namespace

SniffResult SniffFileType(std::string_view bytes, std::string_view name) {
  using namespace std::string_view_literals;
  if (bytes.substr(0, 1024).find("%PDF-"sv) != std::string_view::npos) return {FileType::kPdf, {}};
  if (StartsWith(bytes, "\x89PNG\r\n\x1a\n"sv)) return {FileType::kPng, {}};
  if (StartsWith(bytes, "\xFF\xD8\xFF"sv)) return {FileType::kJpeg, {}};
  if (StartsWith(bytes, "II*\0"sv) || StartsWith(bytes, "MM\0*"sv)) return {FileType::kTiff, {}};

  if (StartsWith(bytes, "PK\x03\x04"sv)) {
    const std::string ext = LowerExtension(name);
    if (ext == "docx" || ext == "odt") {
      return Unsupported("a word-processor document: save it as PDF first");
    }
    return Unsupported("a ZIP archive (or Office document): unpack it or save it as PDF");
  }
  if (StartsWith(bytes, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"sv)) {
    return Unsupported("an old Office document (.doc/.xls): save it as PDF first");
  }
  if (StartsWith(bytes, "{\\rtf"sv)) return Unsupported("an RTF document: save it as PDF first");
  if (StartsWith(bytes, "GIF8"sv)) return Unsupported("a GIF image: convert it to PNG");
  // BMP: "BM", the file size, then four reserved zero bytes (text never holds NULs).
  if (StartsWith(bytes, "BM"sv) && bytes.substr(6, 4) == "\0\0\0\0"sv) {
    return Unsupported("a BMP image: convert it to PNG");
  }
  if (StartsWith(bytes, "RIFF"sv) && bytes.substr(8, 4) == "WEBP"sv) {
    return Unsupported("a WebP image: convert it to PNG");
  }
  if (StartsWith(bytes, "\x7F" "ELF"sv)) return Unsupported("a program, not a document");
  if (StartsWith(bytes, "\x1F\x8B"sv)) return Unsupported("a gzip archive: unpack it first");
  if (StartsWith(bytes, "Rar!"sv) || StartsWith(bytes, "7z\xBC\xAF"sv)) {
    return Unsupported("an archive: unpack it first");
  }

  // The content is not recognised: trust the name for the formats chidao reads, so a damaged
  // PDF or image gets the reader's precise complaint rather than "not text".
  const std::string ext = LowerExtension(name);
  if (ext == "pdf") return {FileType::kPdf, {}};
  if (ext == "png") return {FileType::kPng, {}};
  if (ext == "jpg" || ext == "jpeg") return {FileType::kJpeg, {}};
  if (ext == "tif" || ext == "tiff") return {FileType::kTiff, {}};
  return {FileType::kText, {}};
}

}  // namespace chidao
