// The pieces ParseMetadata is built from, one file each. Internal to chidao::parse.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "chidao/directive.h"
#include "metadata_parser.h"

namespace chidao {

// header_block.cpp: the formal header of a state or Party document.
struct HeaderInfo {
  bool formal = false;                   // a Quốc hiệu, "ĐẢNG CỘNG SẢN VIỆT NAM" or "Số: code" seen
  std::optional<std::string> issuer;     // canonical
  std::optional<DocumentCode> code;
  std::optional<std::string> type;       // from the type line
  std::optional<std::string> place;
  std::optional<Date> date;
  std::optional<std::string> subject;
  Urgency urgency = Urgency::kNone;
  std::vector<std::string> addressees;
  std::size_t body_begin = 0;            // after the last header item (subject, Kính gửi block)
};
// Reads the header of text[from, to).
HeaderInfo ParseHeader(std::string_view text, std::size_t from, std::size_t to);
bool HeaderPatternsOk();

// signature_block.cpp: "Nơi nhận", the authority/title lines and the signer's name.
struct SignatureInfo {
  bool found = false;
  std::size_t begin = 0;  // first byte of the block (= end of the body)
  std::size_t end = 0;    // first byte after it
  std::optional<std::string> signer;
  std::optional<std::string> signer_title;  // "KT. Chủ tịch - Phó Chủ tịch"
  std::vector<std::string> recipients;
};
// The first signature block in text[from, to).
SignatureInfo ParseSignature(std::string_view text, std::size_t from, std::size_t to);
bool SignaturePatternsOk();

// article_meta.cpp: a web article's report of a directive.
struct ArticleInfo {
  bool found = false;
  std::optional<std::string> issuer, type, subject;
  std::optional<DocumentCode> code;
  std::optional<Date> date;
  Urgency urgency = Urgency::kNone;
  std::size_t sentence_line_end = 0;  // end of the line holding the reporting sentence
};
ArticleInfo ParseArticle(std::string_view text);
// Where an article's trailing boilerplate starts ("Ý kiến bạn đọc", "TIN LIÊN QUAN", the byline
// before them), searching text[from, to); `to` when there is none.
std::size_t ArticleBodyEnd(std::string_view text, std::size_t from, std::size_t to);
// After the headline and dateline of an article: the start of the line after the last dated line
// among its first lines, or 0.
std::size_t ArticleDatelineEnd(std::string_view text);
bool ArticlePatternsOk();

// The issuer as the body's own voice states it: "..., Ban Thường vụ Tỉnh ủy yêu cầu:".
std::optional<std::string> IssuerFromVoice(std::string_view text, std::size_t from, std::size_t to);

}  // namespace chidao
