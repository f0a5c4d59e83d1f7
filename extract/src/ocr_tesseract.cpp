// OcrEngine over Tesseract's C++ API, built as the module chidao_ocr_tesseract.so that
// ocr_tesseract_loader.cpp loads on the first OCR (see there why a module).
//
// Two TessBaseAPI handles per engine: "vie" (LSTM) for text and "osd" (the legacy model, the
// only one that detects orientation, loaded when first asked) for which way up the page is. Both are single-threaded
// per call; page-level parallelism is the caller's. Tesseract's own chatter on stderr
// ("Estimating resolution as ...") is sent to /dev/null: chidao reports through diagnostics.
//
// One thread per page, not Tesseract's own: its LSTM opens OpenMP regions that ask for 4
// threads (a num_threads clause, which omp_set_num_threads cannot lower), so two workers on 2
// cores ran 10 busy threads and a page took 4.7x longer. OpenMP's max-active-levels is a
// per-thread setting: at 0, every region the thread opens is inactive and runs on that thread
// alone. Each call sets it on the calling thread (a thread-local store), so it holds whichever
// worker uses the engine, with no process-wide switch and no re-execution at start-up.
#include <cstdlib>
#include <memory>
#include <new>
#include <string>
#include <vector>

#include <dlfcn.h>
#include <tesseract/baseapi.h>
#include <tesseract/ocrclass.h>
#include <tesseract/resultiterator.h>

#include "ocr_engine.h"
#include "pix_ptr.h"

namespace chidao {
namespace {

// Below this OSD confidence the page is left as it is: a wrong turn ruins a page that was
// readable, a missed one only costs what it would have cost anyway. Tesseract documents 15
// as "reasonably confident"; clearly sideways text pages score far higher.
constexpr float kMinOrientationConfidence = 2.0f;

// Makes the OpenMP regions Tesseract opens on this thread run on it alone (see the top of the
// file). The runtime is looked up, not linked: it is whichever one libtesseract was built with
// (libgomp on Debian), or none, found among libtesseract's own dependencies (this module is
// loaded RTLD_LOCAL, so they are not in the global scope). A user who sets OMP_THREAD_LIMIT
// manages OpenMP themselves (bench/extract does, to measure Tesseract's own threading): then
// nothing is changed.
void KeepOpenMpOnThisThread() {
  using SetMaxActiveLevels = void (*)(int);
  static const SetMaxActiveLevels set_levels = []() -> SetMaxActiveLevels {
    if (std::getenv("OMP_THREAD_LIMIT") != nullptr) return nullptr;
    Dl_info info{};
    if (::dladdr(reinterpret_cast<void*>(&tesseract::TessBaseAPI::Version), &info) == 0 ||
        info.dli_fname == nullptr) {
      return nullptr;
    }
    // A reference to the already-loaded libtesseract, kept for the life of the process.
    void* tesseract = ::dlopen(info.dli_fname, RTLD_NOW | RTLD_NOLOAD);
    if (tesseract == nullptr) return nullptr;
    return reinterpret_cast<SetMaxActiveLevels>(::dlsym(tesseract, "omp_set_max_active_levels"));
  }();
  if (set_levels != nullptr) set_levels(0);
}

class TesseractEngine : public OcrEngine {
 public:
  TesseractEngine() = default;
  TesseractEngine(const TesseractEngine&) = delete;  // owns two Tesseract models
  TesseractEngine& operator=(const TesseractEngine&) = delete;
  ~TesseractEngine() override {
    text_.End();
    osd_.End();
  }

  Status Init() {
    if (text_.Init(nullptr, "vie", tesseract::OEM_LSTM_ONLY) != 0) {
      return Status::NotFound("", "Tesseract model 'vie' is not installed "
                                  "(apt-get install tesseract-ocr-vie)");
    }
    text_.SetVariable("debug_file", "/dev/null");
    // Directives are set in proportional fonts: the fixed-pitch test Tesseract runs on every
    // text row finds nothing. Off, the 9 scanned fixture pages read byte-identically with
    // 3.4% less recognition CPU (3 paired runs). PSM_SINGLE_BLOCK would save 10% more but
    // misreads the larger title lines (CER 0.0067 -> 0.0084 there), so layout stays PSM_AUTO.
    text_.SetVariable("textord_disable_pitch_test", "1");
    text_.SetPageSegMode(tesseract::PSM_AUTO);
    return Status::Ok();
  }

  // The OSD model is loaded on first use: most pages read well and never need it.
  Status InitOsd() {
    if (osd_ready_) return Status::Ok();
    if (osd_.Init(nullptr, "osd", tesseract::OEM_TESSERACT_ONLY) != 0) {
      return Status::NotFound("", "Tesseract model 'osd' is not installed "
                                  "(apt-get install tesseract-ocr-osd)");
    }
    osd_.SetVariable("debug_file", "/dev/null");
    osd_.SetPageSegMode(tesseract::PSM_OSD_ONLY);
    osd_ready_ = true;
    return Status::Ok();
  }

  Result<int> UprightRotation(Pix* image) override {
    KeepOpenMpOnThisThread();
    Status ready = InitOsd();
    if (!ready.ok()) return ready;
    // OSD classifies letter shapes, for which 150 dpi is plenty; a 300 dpi page is halved
    // first, which cuts its cost by about 40%.
    PixPtr half;
    if (pixGetXRes(image) >= 250 && pixGetWidth(image) >= 1000) {
      half.reset(pixGetDepth(image) == 1 ? pixScaleToGray2(image) : pixScaleAreaMap2(image));
      if (half) {
        pixSetResolution(half.get(), pixGetXRes(image) / 2, pixGetYRes(image) / 2);
        image = half.get();
      }
    }
    osd_.SetImage(image);
    SetResolution(&osd_, image);
    int degrees = 0;
    float orientation_confidence = 0;
    const char* script = nullptr;
    float script_confidence = 0;
    // Fails on pages with too little text to judge (a blank page, a photo): leave them be.
    const bool ok = osd_.DetectOrientationScript(&degrees, &orientation_confidence, &script,
                                                 &script_confidence);
    osd_.Clear();
    if (!ok || orientation_confidence < kMinOrientationConfidence) return 0;
    // Tesseract reports how far the image is turned clockwise; undo that.
    return (360 - degrees) % 360;
  }

  Result<OcrResult> Recognize(Pix* image, int timeout_ms) override {
    KeepOpenMpOnThisThread();
    text_.SetImage(image);
    SetResolution(&text_, image);
    tesseract::ETEXT_DESC monitor;
    if (timeout_ms > 0) monitor.set_deadline_msecs(timeout_ms);
    const int rc = text_.Recognize(&monitor);
    if (monitor.deadline_exceeded()) {
      text_.Clear();
      return Status::Timeout("", "OCR took longer than " + std::to_string(timeout_ms / 1000) +
                                     " s; page skipped");
    }
    if (rc != 0) {
      text_.Clear();
      return Status::Internal("Tesseract could not recognise the page");
    }
    OcrResult result;
    result.lines = Lines();
    result.confidence = text_.MeanTextConf();
    text_.Clear();
    return result;
  }

 private:
  // Pages rendered by chidao carry their dpi; images without one are taken as 300 dpi scans,
  // which keeps Tesseract from guessing (and warning) from the text height.
  static void SetResolution(tesseract::TessBaseAPI* api, Pix* image) {
    const int dpi = pixGetXRes(image);
    api->SetSourceResolution(dpi >= 70 && dpi <= 2400 ? dpi : 300);
  }

  // The recognised lines with word positions, in Tesseract's reading order (the order
  // GetUTF8Text follows), for the caller's column-aware layout.
  std::vector<OcrLine> Lines() {
    std::vector<OcrLine> lines;
    std::unique_ptr<tesseract::ResultIterator> it(text_.GetIterator());
    if (!it) return lines;
    do {
      if (it->Empty(tesseract::RIL_WORD)) continue;
      if (lines.empty() || it->IsAtBeginningOf(tesseract::RIL_TEXTLINE)) {
        OcrLine& line = lines.emplace_back();
        line.starts_paragraph = it->IsAtBeginningOf(tesseract::RIL_PARA);
        int left = 0, top = 0, right = 0, bottom = 0;
        if (it->BoundingBox(tesseract::RIL_TEXTLINE, &left, &top, &right, &bottom)) {
          line.height = bottom - top;
        }
      }
      std::unique_ptr<char[]> text(it->GetUTF8Text(tesseract::RIL_WORD));
      if (!text) continue;
      OcrWord& word = lines.back().words.emplace_back();
      word.text = text.get();
      int top = 0, bottom = 0;
      it->BoundingBox(tesseract::RIL_WORD, &word.left, &top, &word.right, &bottom);
    } while (it->Next(tesseract::RIL_WORD));
    return lines;
  }

  tesseract::TessBaseAPI text_;
  tesseract::TessBaseAPI osd_;
  bool osd_ready_ = false;
};

}  // namespace
}  // namespace chidao

// The module's entry point, looked up by name (ocr_tesseract_loader.cpp): C linkage for an
// unmangled name, C++ types since both sides are built together from this source tree.
extern "C" void chidao_make_tesseract_engine(
    chidao::Result<std::unique_ptr<chidao::OcrEngine>>* out) {
  using chidao::Status;
  try {
    auto engine = std::make_unique<chidao::TesseractEngine>();
    Status status = engine->Init();
    if (!status.ok()) {
      *out = status;
      return;
    }
    *out = std::unique_ptr<chidao::OcrEngine>(std::move(engine));
  } catch (const std::bad_alloc&) {
    *out = Status::TooLarge("", "not enough memory to load the OCR model");
  }
}
