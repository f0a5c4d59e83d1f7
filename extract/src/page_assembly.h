// Internal to chidao::extract. The steps every multi-page reader (PDF, image) ends with.
//
// Once each page has its raw text and source: OCR outcomes become page text, confidence and
// diagnostics; running headers, footers and page numbers are removed across pages; each page
// is normalised; the document's kind is derived from its pages' sources.
#pragma once

#include "chidao/document.h"
#include "ocr_runner.h"

namespace chidao {

// Below this mean confidence an OCRed page gets a diagnostic asking for a check.
inline constexpr double kLowOcrConfidence = 60.0;

// Fills `page` (whose number is set) from an OCR outcome; appends diagnostics to `doc`.
void ApplyOcrOutcome(const OcrOutcome& outcome, Page* page, Document* doc);

// Header/footer removal and normalisation of every page of `doc`, in place; sorts the
// diagnostics by page.
void CleanPages(Document* doc);

// pdf-text when every page came from a text layer (Unicode or legacy), pdf-ocr when every
// page was OCRed (or failed), pdf-mixed otherwise. Blank pages do not count.
SourceKind PdfKind(const Document& doc);

}  // namespace chidao
