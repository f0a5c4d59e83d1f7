// Metadata of a directive from its whole text (DOMAIN.md §1), and where its body lies.
// Internal to chidao::parse; ParseDirective calls it first and hands the body to the task side.
//
// Read from the header of a state or Party document in any flattened order (issuer lines, Quốc
// hiệu, "Số: ...", "Place, ngày ...", type line and subject, "V/v ...", urgency, "Kính gửi"), from
// the signature block and "Nơi nhận", or, for a web article that reports a directive, from its
// wording ("Ngày 14/8, UBND tỉnh ban hành Kế hoạch hỏa tốc số 267/KH-UBND về ...", the year from
// the article's dateline). A received stamp ("ĐẾN ... Ngày: 07/5/2021") and an article's
// publication date are never the date of issue. Values follow tests/gold/README.md.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "chidao/directive.h"

namespace chidao {

struct TextRange {
  std::size_t begin = 0, end = 0;
};

struct MetadataResult {
  Metadata meta;
  std::size_t body_begin = 0;  // first byte of the body (after header / Kính gửi / subject)
  std::size_t header_end = 0;  // body_begin when the document has a formal header, else 0
  std::size_t body_end = 0;    // first byte after the body (signature block or Nơi nhận or EOF)
  // Content after the signature block that still carries tasks: an appendix ("PHỤ LỤC" with its
  // task table) or a document issued with this one ("KẾ HOẠCH ... (Ban hành kèm theo Quyết định
  // số ...)"), each without its own header lines and signature block. In document order.
  std::vector<TextRange> attachments;
};

MetadataResult ParseMetadata(std::string_view text);

// True when every pattern of the metadata files compiled (checked by a test).
bool MetadataPatternsOk();

}  // namespace chidao
