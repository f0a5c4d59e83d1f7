// Internal to chidao::extract. What kind of file some bytes are, by content first.
//
// Magic numbers decide: "%PDF-" (within the first KiB, as readers allow), PNG, JPEG, TIFF
// (both byte orders). Formats chidao does not read but users do try (Word, Excel, ZIP, GIF,
// BMP, WebP...) are named so the refusal can say what the file is. Only when the content says
// nothing is the file name's extension used (a PDF or image with a damaged start); everything
// else is offered to the text reader, which refuses what is not text.
#pragma once

#include <string>
#include <string_view>

namespace chidao {

enum class FileType { kPdf, kPng, kJpeg, kTiff, kText, kUnsupported };

struct SniffResult {
  FileType type = FileType::kText;
  std::string what;  // for kUnsupported: what the file looks like ("a Word .doc file")
};

SniffResult SniffFileType(std::string_view bytes, std::string_view name);

}  // namespace chidao
