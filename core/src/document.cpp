#include "chidao/document.h"

#include <algorithm>

namespace chidao {

const char* ToString(PageSource source) {
  switch (source) {
    case PageSource::kPlainText: return "text";
    case PageSource::kPdfText: return "pdf-text";
    case PageSource::kPdfLegacy: return "pdf-legacy";
    case PageSource::kOcr: return "ocr";
    case PageSource::kFailed: return "failed";
  }
  return "unknown";
}

const char* ToString(SourceKind kind) {
  switch (kind) {
    case SourceKind::kText: return "text";
    case SourceKind::kPdfText: return "pdf-text";
    case SourceKind::kPdfOcr: return "pdf-ocr";
    case SourceKind::kPdfMixed: return "pdf-mixed";
    case SourceKind::kImageOcr: return "image-ocr";
  }
  return "unknown";
}

void Document::BuildIndex() const {
  text_.clear();
  page_starts_.clear();
  for (std::size_t i = 0; i < pages.size(); ++i) {
    if (i > 0) text_ += '\n';
    page_starts_.push_back(text_.size());
    text_ += pages[i].text;
  }
  built_ = true;
}

const std::string& Document::Text() const {
  if (!built_) BuildIndex();
  return text_;
}

PagePosition Document::Locate(std::size_t offset) const {
  if (!built_) BuildIndex();
  if (page_starts_.empty()) return {1, 0};
  auto it = std::upper_bound(page_starts_.begin(), page_starts_.end(), offset);
  std::size_t index = static_cast<std::size_t>(it - page_starts_.begin()) - 1;
  std::size_t local = offset - page_starts_[index];
  local = std::min(local, pages[index].text.size());
  return {pages[index].number, local};
}

Document Document::FromText(std::string text, std::string path) {
  Document doc;
  doc.path = std::move(path);
  doc.kind = SourceKind::kText;
  Page page;
  page.number = 1;
  page.text = std::move(text);
  page.source = PageSource::kPlainText;
  doc.pages.push_back(std::move(page));
  return doc;
}

}  // namespace chidao
