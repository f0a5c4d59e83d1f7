#include "page_assembly.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "chidao/vn_text.h"
#include "running_header.h"
#include "text_normalizer.h"

namespace chidao {

namespace {

// A line that ends in a hyphen attached to a word ("COVID-", "KT-") was broken inside a
// compound by the typesetter: "COVID-\n19." is "COVID-19.", not a dash followed by a numbered
// item "19.". The hyphen stays (Vietnamese is never hyphenated, so it is part of the
// compound); only the line break goes. A spaced dash ("kinh tế -\nxã hội") or a lone list
// marker "-" is left for the normaliser.
std::string JoinCompoundsBrokenAtHyphen(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\n' && out.size() >= 2 && out.back() == '-') {
      const char before = out[out.size() - 2];
      const bool attached = before != ' ' && before != '\t' && before != '\n' && before != '-';
      const bool continues = i + 1 < text.size() && text[i + 1] != ' ' && text[i + 1] != '\n';
      if (attached && continues) continue;
    }
    out.push_back(c);
  }
  return out;
}

}  // namespace

void ApplyOcrOutcome(const OcrOutcome& outcome, Page* page, Document* doc) {
  if (!outcome.status.ok()) {
    page->source = PageSource::kFailed;
    page->text.clear();
    doc->diagnostics.push_back({page->number, outcome.status.message()});
    return;
  }
  page->source = PageSource::kOcr;
  if (outcome.blank) {
    page->text.clear();
    return;
  }
  page->text = outcome.result.text;
  page->ocr_confidence = outcome.result.confidence;
  if (outcome.rotation != 0) {
    doc->diagnostics.push_back(
        {page->number, "page was turned " + std::to_string(outcome.rotation) +
                           "° clockwise to read it (scanned sideways or upside down)"});
  }
  if (outcome.result.confidence >= 0 && outcome.result.confidence < kLowOcrConfidence) {
    doc->diagnostics.push_back(
        {page->number, "low OCR confidence (" +
                           std::to_string(static_cast<int>(std::lround(outcome.result.confidence))) +
                           "%): check this page against the original"});
  }
}

void CleanPages(Document* doc) {
  std::vector<std::string> texts;
  texts.reserve(doc->pages.size());
  for (const Page& page : doc->pages) texts.push_back(ToNfc(page.text));
  RemoveRunningHeaders(&texts);
  for (std::size_t i = 0; i < doc->pages.size(); ++i) {
    doc->pages[i].text = NormalizeText(JoinCompoundsBrokenAtHyphen(texts[i]));
  }
  std::stable_sort(doc->diagnostics.begin(), doc->diagnostics.end(),
                   [](const Diagnostic& a, const Diagnostic& b) { return a.page < b.page; });
}

SourceKind PdfKind(const Document& doc) {
  bool layer = false;
  bool ocr = false;
  for (const Page& page : doc.pages) {
    // A blank page says nothing about how the document was made.
    if (page.text.empty() && page.source != PageSource::kFailed) continue;
    if (page.source == PageSource::kOcr || page.source == PageSource::kFailed) {
      ocr = true;
    } else {
      layer = true;
    }
  }
  if (ocr && layer) return SourceKind::kPdfMixed;
  return ocr ? SourceKind::kPdfOcr : SourceKind::kPdfText;
}

}  // namespace chidao
