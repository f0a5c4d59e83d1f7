// Internal to chidao::extract. OcrEngine: the OCR boundary — which way up a page image is, and
// the text on it.
//
// An engine is a heavy, single-threaded handle (Tesseract loads its model in ~0.3 s): create
// one per worker thread and reuse it for every page that worker takes. Errors, including a
// recognition that ran past its time limit (kTimeout), come back as a Status, so a caller can
// skip that one page and go on. Tests substitute a fake engine through OcrEngineFactory.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "chidao/status.h"
#include "ocr_layout.h"
#include "pix_ptr.h"

namespace chidao {

struct OcrResult {
  std::string text;          // UTF-8 as recognised, "\n" line ends, not yet normalised
  double confidence = -1.0;  // mean word confidence 0..100
  // The lines with word positions, when the engine gives them: the caller then lays the text
  // out from them (ocr_layout.h) in place of `text`.
  std::vector<OcrLine> lines;
};

class OcrEngine {
 public:
  virtual ~OcrEngine() = default;

  // Clockwise rotation (0, 90, 180 or 270 degrees) that turns `image` upright; 0 when the
  // engine is not confident enough to turn it.
  virtual Result<int> UprightRotation(Pix* image) = 0;

  // Recognises the text of an upright `image`, giving up after `timeout_ms` (0: no limit).
  virtual Result<OcrResult> Recognize(Pix* image, int timeout_ms) = 0;
};

using OcrEngineFactory = std::function<Result<std::unique_ptr<OcrEngine>>()>;

// Tesseract with the `vie` model (LSTM) and `osd` for orientation, from the module loaded on
// first use (ocr_tesseract_loader.cpp). Fails with a Status naming what is missing: the
// module or libtesseract, or the model when tesseract-ocr-vie is not installed
// (UprightRotation does, for osd). Thread-safe.
Result<std::unique_ptr<OcrEngine>> MakeTesseractEngine();

}  // namespace chidao
