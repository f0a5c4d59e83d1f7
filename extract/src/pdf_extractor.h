// Internal to chidao::extract. A PDF's bytes → Document, page by page.
//
// Each page is read from its text layer when that layer is usable (text_layer.h); a layer in
// a legacy TCVN3/VNI font is transcoded; otherwise the page is rendered at 300 dpi and OCRed
// on the worker pool (ocr_runner.h). OcrMode::kNever keeps whatever the layer holds,
// kAlways OCRs every page. Pages are rendered one at a time as workers free up, so memory
// stays bounded whatever the page count. A page that cannot be read or OCRed becomes a
// kFailed page with a diagnostic; only a document-level problem (not a PDF, encrypted, too
// many pages) is an error.
#pragma once

#include <string>
#include <string_view>

#include "chidao/document.h"
#include "chidao/extract.h"
#include "chidao/status.h"
#include "ocr_engine.h"

namespace chidao {

// Resolution pages are rendered at for OCR: Tesseract's models are trained on ~300 dpi text.
inline constexpr int kOcrDpi = 300;

Result<Document> ExtractPdf(std::string_view bytes, const std::string& name,
                            const ExtractOptions& options, const OcrEngineFactory& ocr);

}  // namespace chidao
