// FakeOcrEngine: an OcrEngine whose answers a test scripts, to test what the OCR pipeline does
// around the engine (timeouts, failures, skipping one page, rotation) without Tesseract.
//
// The script sees the page image (tests tell pages apart by size) and the time limit; a
// timeout can be made realistic by sleeping before returning kTimeout.
#pragma once

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <thread>
#include <utility>

#include "ocr_engine.h"

namespace chidao::testing {

class FakeOcrEngine : public OcrEngine {
 public:
  using Script = std::function<Result<OcrResult>(Pix* image, int timeout_ms)>;

  explicit FakeOcrEngine(Script script, int rotation = 0)
      : script_(std::move(script)), rotation_(rotation) {}

  Result<int> UprightRotation(Pix*) override { return rotation_; }
  Result<OcrResult> Recognize(Pix* image, int timeout_ms) override {
    return script_(image, timeout_ms);
  }

 private:
  Script script_;
  int rotation_;
};

// A factory handing out engines that run `script`; counts how many engines were created.
inline OcrEngineFactory FakeOcrFactory(FakeOcrEngine::Script script,
                                       std::shared_ptr<std::atomic<int>> created = nullptr,
                                       int rotation = 0) {
  return [script = std::move(script), created, rotation]() -> Result<std::unique_ptr<OcrEngine>> {
    if (created) ++*created;
    return std::unique_ptr<OcrEngine>(new FakeOcrEngine(script, rotation));
  };
}

// Sleeps for `timeout_ms` (the engine "works" until its deadline) and reports a timeout.
inline Result<OcrResult> SleepThenTimeOut(int timeout_ms) {
  std::this_thread::sleep_for(std::chrono::milliseconds(timeout_ms));
  return Status::Timeout("", "OCR took longer than the limit; page skipped");
}

}  // namespace chidao::testing
