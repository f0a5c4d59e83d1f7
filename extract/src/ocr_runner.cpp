#include "ocr_runner.h"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <new>
#include <utility>

#include "ocr_layout.h"
#include "page_bands.h"

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

namespace {

bool HasLetterOrDigit(const OcrWord& word) {
  // Any byte outside ASCII is part of a Vietnamese letter in practice; ASCII is tested.
  return std::any_of(word.text.begin(), word.text.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return u >= 0x80 || std::isalnum(u) != 0;
  });
}

}  // namespace

// A page read as two bands: what the band tasks share. The last of them to finish joins.
struct OcrRunner::Bands {
  int slot = 0;
  PixPtr page;  // the page as submitted, read again whole if the joined bands read badly
  PixPtr band[2];
  OcrOutcome outcome[2];
  std::atomic<int> left{2};
  std::function<void()> done;
};

void OcrRunner::Submit(int slot, PixPtr image, std::function<void()> done, int pages_after) {
  const bool final_round = pool_.workers() >= 2 && pages_after < pool_.workers();
  if (final_round && SubmitBands(slot, image, done)) return;
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

bool OcrRunner::SubmitBands(int slot, PixPtr& image, std::function<void()>& done) {
  if (IsBlankPage(image.get())) return false;
  PixPtr clean = PreprocessForOcr(image.get(), preprocess_);
  const int cut = FindBandCut(clean.get(), kMinBandGap);
  if (cut < 0) return false;
  auto bands = std::make_shared<Bands>();
  const l_int32 width = pixGetWidth(clean.get());
  const l_int32 height = pixGetHeight(clean.get());
  for (int b = 0; b < 2; ++b) {
    BOX* box = b == 0 ? boxCreate(0, 0, width, cut) : boxCreate(0, cut, width, height - cut);
    if (box == nullptr) return false;
    bands->band[b].reset(pixClipRectangle(clean.get(), box, nullptr));
    boxDestroy(&box);
    if (!bands->band[b]) return false;
    pixSetResolution(bands->band[b].get(), pixGetXRes(clean.get()), pixGetYRes(clean.get()));
  }
  bands->slot = slot;
  bands->page = std::move(image);
  bands->done = std::move(done);
  for (int b = 0; b < 2; ++b) {
    pool_.Submit([this, bands, b](int worker) {
      bands->outcome[b] = Run(worker, bands->band[b].get(), /*band=*/true);
      bands->band[b].reset();
      if (bands->left.fetch_sub(1) != 1) return;
      outcomes_[bands->slot] = JoinBands(worker, *bands);
      bands->page.reset();
      if (bands->done) bands->done();
    });
  }
  return true;
}

OcrOutcome OcrRunner::JoinBands(int worker, Bands& bands) {
  for (const OcrOutcome& part : bands.outcome) {
    if (!part.status.ok()) return part;
  }
  OcrOutcome joined;
  try {
    joined.blank = bands.outcome[0].blank && bands.outcome[1].blank;
    if (joined.blank) return joined;
    double confidence_sum = 0;
    int words = 0;
    bool have_lines = true;  // engines that give no word positions give text only
    for (const OcrOutcome& part : bands.outcome) {
      if (!part.blank && part.result.lines.empty() && !part.result.text.empty()) {
        have_lines = false;
      }
    }
    for (OcrOutcome& part : bands.outcome) {
      if (part.blank) continue;
      int part_words = 0;
      for (const OcrLine& line : part.result.lines) {
        part_words += static_cast<int>(line.words.size());
      }
      part_words = std::max(part_words, 1);
      confidence_sum += part.result.confidence * part_words;
      words += part_words;
      if (have_lines) {
        // The cut fell between two lines, often inside a paragraph: the first line below it
        // is marked only because Tesseract saw nothing above it. Whether the lines join is
        // left to the normaliser, as for any two lines of a page.
        // Lines of specks at the band's edge (no letter) come first and are marked too.
        for (OcrLine& line : part.result.lines) {
          if (joined.result.lines.empty()) break;
          line.starts_paragraph = false;
          if (std::any_of(line.words.begin(), line.words.end(), HasLetterOrDigit)) break;
        }
        for (OcrLine& line : part.result.lines) joined.result.lines.push_back(std::move(line));
      } else {
        if (!joined.result.text.empty()) joined.result.text += "\n";
        joined.result.text += part.result.lines.empty() ? part.result.text
                                                        : LayOutOcrLines(part.result.lines);
      }
    }
    joined.result.confidence = confidence_sum / words;
    // A page that reads badly may be sideways: read it whole, orientation check included.
    if (joined.result.confidence < kCheckOrientationBelow) return Run(worker, bands.page.get());
    if (have_lines) joined.result.text = LayOutOcrLines(joined.result.lines);
    joined.result.lines.clear();
  } catch (const std::bad_alloc&) {
    return OcrOutcome{Status::TooLarge({}, "not enough memory to OCR the page"), false, 0, {}};
  }
  return joined;
}

void OcrRunner::Wait() { pool_.Wait(); }

Result<OcrResult> OcrRunner::Recognize(OcrEngine& engine, Pix* image, bool clean,
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
  if (!clean) return engine.Recognize(image, timeout_ms);
  PixPtr cleaned = PreprocessForOcr(image, preprocess_);
  return engine.Recognize(cleaned.get(), timeout_ms);
}

OcrOutcome OcrRunner::Run(int worker, Pix* image, bool band) {
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
    Result<OcrResult> result = Recognize(engine, image, /*clean=*/!band, deadline);
    if (!result.ok()) {
      outcome.status = result.status();
      return outcome;
    }
    if (band) {
      outcome.result = std::move(result).value();
      return outcome;
    }
    // Upright pages read with high confidence; only a page that reads badly is checked for
    // orientation (OSD costs ~1.5 s a page, as much as a third of the recognition).
    if (result->confidence < kCheckOrientationBelow) {
      Result<int> rotation = engine.UprightRotation(image);
      if (rotation.ok() && *rotation != 0) {
        PixPtr turned(pixRotateOrth(image, *rotation / 90));
        if (!turned) return OcrOutcome{Status::TooLarge({}, "not enough memory to turn the page"), false, 0, {}};
        Result<OcrResult> again = Recognize(engine, turned.get(), /*clean=*/true, deadline);
        if (again.ok() && again->confidence > result->confidence) {
          result = std::move(again);
          outcome.rotation = *rotation;
        }
      }
    }
    outcome.result = std::move(result).value();
    if (!outcome.result.lines.empty()) {
      outcome.result.text = LayOutOcrLines(outcome.result.lines);
      outcome.result.lines.clear();
    }
  } catch (const std::bad_alloc&) {
    outcome.status = Status::TooLarge({}, "not enough memory to OCR the page");
  } catch (const std::exception& e) {
    outcome.status = Status::Internal(std::string("OCR failed: ") + e.what());
  }
  return outcome;
}

}  // namespace chidao
