// Internal to chidao::extract. Cleaning a page image before OCR, with Leptonica.
//
// Each step is a switch so the benchmark can measure what it does to the character error rate
// on the scanned fixtures; DefaultPreprocess() holds the steps that measurably help (the
// figures are in bench/extract's output and the extract report). Any input depth (1, 8, 32
// bpp, colour-mapped) is accepted; the result is 8-bit grey, or 1-bit when binarised.
#pragma once

#include "pix_ptr.h"

namespace chidao {

enum class Binarization {
  kNone,     // leave thresholding to Tesseract (Otsu on the whole page)
  kOtsu,     // Leptonica's tiled adaptive Otsu
  kSauvola,  // local Sauvola threshold, robust to uneven paper and shadows
};

struct PreprocessOptions {
  bool deskew = false;           // find the skew angle (up to ±7°) and rotate it away
  bool normalize_background = false;  // flatten uneven illumination before thresholding
  Binarization binarization = Binarization::kNone;
  bool remove_border = false;    // erase dark components touching the edge (scanner borders)
};

// The steps chidao runs by default.
PreprocessOptions DefaultPreprocess();

// A cleaned copy of `image`; never null for a valid input (a step that fails is skipped).
PixPtr PreprocessForOcr(Pix* image, const PreprocessOptions& options);

}  // namespace chidao
