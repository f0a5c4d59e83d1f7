// Internal to chidao::extract. ExtractBytes with the OCR engine supplied by the caller: the
// seam through which tests run the whole pipeline with a fake engine (tests/support/).
#pragma once

#include <string>
#include <string_view>

#include "chidao/extract.h"
#include "ocr_engine.h"

namespace chidao {

// `ocr` is called once per worker that needs an engine, from that worker's thread.
Result<Document> ExtractWithOcr(std::string_view bytes, const std::string& name,
                                const ExtractOptions& options, const OcrEngineFactory& ocr);

}  // namespace chidao
