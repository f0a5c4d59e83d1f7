#include "readable_text.h"

#include <cctype>
#include <string>
#include <string_view>

#include "chidao/vn_text.h"
#include "vietnamese_score.h"

namespace chidao {
namespace {

bool HasVisibleText(const std::string& text) {
  for (const char c : text) {
    if (!std::isspace(static_cast<unsigned char>(c))) return true;
  }
  return false;
}

// Words of two or more letters, counted roughly (ASCII letters and any UTF-8 lead byte).
int CountWords(std::string_view text) {
  int words = 0;
  bool in_word = false;
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    const bool letter = std::isalpha(u) || u >= 0x80;
    if (letter && !in_word) ++words;
    in_word = letter;
  }
  return words;
}

}  // namespace

Status CheckReadableText(const Document& doc, bool require_vietnamese) {
  bool any_text = false;
  int failed = 0;
  for (const Page& page : doc.pages) {
    if (page.source == PageSource::kFailed) ++failed;
    if (HasVisibleText(page.text)) any_text = true;
  }
  if (!any_text) {
    if (failed > 0 && failed == static_cast<int>(doc.pages.size())) {
      return Status::Corrupt({}, "no page could be read (OCR failed or timed out on every page)");
    }
    return Status::Corrupt({}, doc.kind == SourceKind::kImageOcr
                                   ? "no text found in the image"
                                   : "no text found: the pages are blank");
  }
  // Vietnamese is written with diacritics in every administrative document (Nghị định
  // 30/2020/NĐ-CP); a text of some length without one marked Vietnamese word is in another
  // language. Short texts are let through: too little to judge.
  if (require_vietnamese) {
    const std::string& text = doc.Text();
    if (ScoreVietnamese(text).good == 0 && CountWords(text) >= 20) {
      return Status::Unsupported(
          {}, "no Vietnamese text found: chidao reads Vietnamese administrative documents");
    }
  }
  return Status();
}

}  // namespace chidao
