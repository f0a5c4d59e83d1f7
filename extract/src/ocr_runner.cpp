#include "ocr_runner.h"

#include <algorithm>
#include <new>
#include <utility>

namespace chidao {

bool IsBlankPage(Pix* image) {
  const l_int32 width = pixGetWidth(image);
  const l_int32 height = pixGetHeight(image);
  if (width < 8 || height < 8) return true;  // too small to hold a letter
  PixPtr binary;
  if (pixGetDepth(image) == 1) {
    binary.reset(pixClone(image));
  } else {
    PixPtr grey(pixConvertTo8(image, 0));
    if (!grey) return false;
    binary.reset(pixThresholdToBinary(grey.get(), 128));
  }
  if (!binary) return false;
  // A 2x2 opening erases isolated specks of noise but keeps every stroke of printed text,
  // which is at least 3 pixels thick at 150 dpi and above.
  PixPtr opened(pixOpenBrick(nullptr, binary.get(), 2, 2));
  if (!opened) return false;
  l_int32 ink = 0;
  pixCountPixels(opened.get(), &ink, nullptr);
  // Two short words at 300 dpi are about 0.05% of an A4 page; below 0.01% it is noise.
  return static_cast<double>(ink) < 1e-4 * width * height;
}

OcrRunner::OcrRunner(const ExtractOptions& options, const OcrEngineFactory& factory,
                     int workers, int slots)
    : options_(options),
      factory_(factory),
      preprocess_(DefaultPreprocess()),
      engines_(std::max(workers, 1)),
      engine_errors_(std::max(workers, 1)),
      outcomes_(std::max(slots, 0)),
      pool_(std::max(workers, 1), static_cast<std::size_t>(std::max(workers, 1))) {}

void OcrRunner::Submit(int slot, PixPtr image, std::function<void()> done) {
  // std::function needs a copyable callable: the image travels as a raw pointer owned by the
  // task, released inside it.
  Pix* raw = image.release();
  pool_.Submit([this, slot, raw, done = std::move(done)](int worker) {
    PixPtr owned(raw);
    outcomes_[slot] = Run(worker, owned.get());
    owned.reset();
    if (done) done();
  });
}

void OcrRunner::Wait() { pool_.Wait(); }

Result<OcrResult> OcrRunner::Recognize(OcrEngine& engine, Pix* image,
                                       std::chrono::steady_clock::time_point deadline) {
  int timeout_ms = 0;  // no limit
  if (options_.ocr_page_timeout_seconds > 0) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) {
      return Status::Timeout("", "OCR took longer than " +
                                     std::to_string(options_.ocr_page_timeout_seconds) +
                                     " s; page skipped");
    }
    timeout_ms = static_cast<int>(left.count());
  }
  PixPtr clean = PreprocessForOcr(image, preprocess_);
  Result<OcrResult> result = engine.Recognize(clean.get(), timeout_ms);
  if (result.ok() && !result->lines.empty()) {
    result->text = LayOutOcrLines(result->lines);
    result->lines.clear();
  }
  return result;
}

OcrOutcome OcrRunner::Run(int worker, Pix* image) {
  OcrOutcome outcome;
  try {
    if (IsBlankPage(image)) {
      outcome.blank = true;
      return outcome;
    }
    if (!engines_[worker] && engine_errors_[worker].ok()) {
      Result<std::unique_ptr<OcrEngine>> engine = factory_();
      if (engine.ok()) {
        engines_[worker] = std::move(engine).value();
      } else {
        engine_errors_[worker] = engine.status();
      }
    }
    if (!engines_[worker]) {
      outcome.status = engine_errors_[worker];
      return outcome;
    }
    OcrEngine& engine = *engines_[worker];
    const auto deadline = std::chrono::steady_clock::now() +
                          std::chrono::seconds(std::max(options_.ocr_page_timeout_seconds, 0));
    Result<OcrResult> result = Recognize(engine, image, deadline);
    if (!result.ok()) {
      outcome.status = result.status();
      return outcome;
    }
    // Upright pages read with high confidence; only a page that reads badly is checked for
    // orientation (OSD costs ~1.5 s a page, as much as a third of the recognition).
    if (result->confidence < kCheckOrientationBelow) {
      Result<int> rotation = engine.UprightRotation(image);
      if (rotation.ok() && *rotation != 0) {
        PixPtr turned(pixRotateOrth(image, *rotation / 90));
        if (!turned) return OcrOutcome{Status::TooLarge({}, "not enough memory to turn the page"), false, 0, {}};
        Result<OcrResult> again = Recognize(engine, turned.get(), deadline);
        if (again.ok() && again->confidence > result->confidence) {
          result = std::move(again);
          outcome.rotation = *rotation;
        }
      }
    }
    outcome.result = std::move(result).value();
  } catch (const std::bad_alloc&) {
    outcome.status = Status::TooLarge({}, "not enough memory to OCR the page");
  } catch (const std::exception& e) {
    outcome.status = Status::Internal(std::string("OCR failed: ") + e.what());
  }
  return outcome;
}

}  // namespace chidao
