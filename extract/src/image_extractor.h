// Internal to chidao::extract. An image file's bytes (PNG, JPEG, TIFF incl. multi-page) →
// Document of OCRed pages (kind image-ocr).
//
// Pages are decoded one at a time as OCR workers free up. A page that fails OCR or times out
// is a kFailed page with a diagnostic; an image too large, damaged, or with too many pages is
// an error. OcrMode::kNever yields empty pages and a diagnostic: an image has no text layer.
#pragma once

#include <string>
#include <string_view>

#include "chidao/document.h"
#include "chidao/extract.h"
#include "chidao/status.h"
#include "image_reader.h"
#include "ocr_engine.h"

namespace chidao {

Result<Document> ExtractImage(std::string_view bytes, ImageFormat format, const std::string& name,
                              const ExtractOptions& options, const OcrEngineFactory& ocr);

}  // namespace chidao
