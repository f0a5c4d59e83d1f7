// Internal to chidao::extract. OcrRunner: OCR of page images on a PagePool, one engine per
// worker, shared by the PDF and the image readers.
//
// For each page image: a blank page (no ink once specks are ignored) is reported as blank
// without running the engine; otherwise Leptonica cleans it (image_preprocess.h) and the
// engine recognises it. A page read with low confidence may be sideways or upside down: the
// engine's orientation detection (OSD) is asked, and if it says to turn the page, the turned
// page is recognised again and kept when it reads better. Both attempts share the per-page
// time limit. Engines
// are created the first time their worker needs one (loading a model takes ~0.3 s), so a text
// PDF never pays for OCR. Outcomes are kept by slot until Wait().
//
// The last pages of a document would often be read by some workers while the others idle
// (the 7th page of 7 on 2 workers, the shorter of 2 pages): each page of the final round
// (fewer pages left than workers) is cleaned at once, cut between two text lines into bands of
// about equal ink (page_bands.h), and the bands are read by any free worker and joined.
// A joined page that reads badly is read again whole, with the orientation check.
#pragma once

#include <chrono>
#include <memory>
#include <mutex>
#include <vector>

#include "chidao/extract.h"
#include "chidao/status.h"
#include "image_preprocess.h"
#include "ocr_engine.h"
#include "page_pool.h"

namespace chidao {

struct OcrOutcome {
  Status status;          // not ok: the page failed (timeout, engine error)
  bool blank = false;     // nothing to read on the page; the engine did not run
  int rotation = 0;       // clockwise degrees the page was turned to read it
  OcrResult result;
};

class OcrRunner {
 public:
  // `options` and `factory` must outlive the runner. `slots` is the number of outcomes kept.
  OcrRunner(const ExtractOptions& options, const OcrEngineFactory& factory, int workers,
            int slots);
  OcrRunner(const OcrRunner&) = delete;  // owns threads and engines
  OcrRunner& operator=(const OcrRunner&) = delete;

  // Queues `image` for OCR into `slot`; blocks while the queue is full. `done` (may be empty)
  // is called from the worker thread once the slot is filled. `pages_after`: how many pages
  // the caller will still submit; in the final round the page is read in two bands (above).
  void Submit(int slot, PixPtr image, std::function<void()> done = {}, int pages_after = 1 << 30);
  // Waits for every queued page; outcomes are then final.
  void Wait();
  OcrOutcome& outcome(int slot) { return outcomes_[slot]; }

 private:
  // Below this mean confidence a page is checked for orientation. Upright office scans read
  // at 85-95; a sideways or upside-down page reads as garbage, far below.
  static constexpr double kCheckOrientationBelow = 70.0;

  // A band is taller than this many rows of white between text lines at 300 dpi: a gap
  // between two lines of 13 pt text is 20 rows and more.
  static constexpr int kMinBandGap = 12;

  struct Bands;

  // `band`: `image` is a band of a page already cleaned; it is neither cleaned nor checked
  // for orientation, and its lines are left for JoinBands to lay out.
  OcrOutcome Run(int worker, Pix* image, bool band = false);
  Result<OcrResult> Recognize(OcrEngine& engine, Pix* image, bool clean,
                              std::chrono::steady_clock::time_point deadline);
  // Queues the page as two bands; false (and `image` untouched) when it has no cut.
  bool SubmitBands(int slot, PixPtr& image, std::function<void()>& done);
  OcrOutcome JoinBands(int worker, Bands& bands);

  const ExtractOptions& options_;
  const OcrEngineFactory& factory_;
  PreprocessOptions preprocess_;
  std::vector<std::unique_ptr<OcrEngine>> engines_;  // one per worker, touched by it only
  std::vector<Status> engine_errors_;                // why a worker has no engine
  std::vector<OcrOutcome> outcomes_;                 // one per slot, each written by one task
  PagePool pool_;  // last: its threads stop before the engines they use are destroyed
};

// True when a page image carries no ink worth reading (blank page, scanner noise only).
bool IsBlankPage(Pix* image);

}  // namespace chidao
