// extract_ocr_variants SCAN.pdf=TEXT.pdf...: measures what each Leptonica preprocessing step
// does to OCR accuracy, to decide what image_preprocess.h's DefaultPreprocess() runs.
//
// For every scanned PDF, each page is rendered at 300 dpi once, turned upright, then for each
// variant preprocessed and recognised by Tesseract; the document's pages get chidao's usual
// cleanup (running headers, normalisation) and the CER is taken against chidao's extraction of
// the text PDF the scan was made from. Two worker threads, one engine each.
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "chidao/extract.h"
#include "edit_distance.h"
#include "image_preprocess.h"
#include "ocr_engine.h"
#include "pdf_reader.h"
#include "running_header.h"
#include "text_normalizer.h"

namespace {

using namespace chidao;

struct Variant {
  const char* name;
  PreprocessOptions options;
};

std::vector<Variant> Variants() {
  auto make = [](bool deskew, bool background, Binarization b, bool border) {
    PreprocessOptions o;
    o.deskew = deskew;
    o.normalize_background = background;
    o.binarization = b;
    o.remove_border = border;
    return o;
  };
  return {
      {"none", make(false, false, Binarization::kNone, false)},
      {"deskew", make(true, false, Binarization::kNone, false)},
      {"deskew+background", make(true, true, Binarization::kNone, false)},
      {"deskew+otsu", make(true, false, Binarization::kOtsu, false)},
      {"deskew+sauvola", make(true, false, Binarization::kSauvola, false)},
      {"deskew+sauvola+border", make(true, false, Binarization::kSauvola, true)},
      {"sauvola", make(false, false, Binarization::kSauvola, false)},
  };
}

std::string Read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

}  // namespace

int main(int argc, char** argv) {
  const std::vector<Variant> variants = Variants();
  std::vector<double> total_errors(variants.size(), 0), total_seconds(variants.size(), 0);
  double total_chars = 0;
  for (int a = 1; a < argc; ++a) {
    const std::string arg = argv[a];
    const std::size_t eq = arg.find('=');
    if (eq == std::string::npos) {
      std::fprintf(stderr, "usage: extract_ocr_variants SCAN.pdf=TEXT.pdf...\n");
      return 2;
    }
    const std::string scan_path = arg.substr(0, eq);
    ExtractOptions never;
    never.ocr = OcrMode::kNever;
    Result<Document> reference = ExtractFile(arg.substr(eq + 1), never);
    const std::string bytes = Read(scan_path);
    Result<std::unique_ptr<PdfReader>> reader = OpenPdfWithPoppler(bytes, scan_path, "");
    if (!reference.ok() || !reader.ok()) {
      std::fprintf(stderr, "cannot read %s\n", arg.c_str());
      return 1;
    }
    const int pages = (*reader)->PageCount();
    std::vector<PixPtr> images;
    for (int i = 0; i < pages; ++i) images.push_back(std::move((*reader)->RenderPage(i, 300)).value());

    // texts[v][page], seconds[v]
    std::vector<std::vector<std::string>> texts(variants.size(), std::vector<std::string>(pages));
    std::vector<double> seconds(variants.size(), 0);
    std::mutex mutex;
    auto work = [&](int first) {
      std::unique_ptr<OcrEngine> engine = std::move(MakeTesseractEngine()).value();
      for (int i = first; i < pages; i += 2) {
        PixPtr upright(pixClone(images[i].get()));
        Result<int> turn = engine->UprightRotation(images[i].get());
        if (turn.ok() && *turn != 0) upright.reset(pixRotateOrth(images[i].get(), *turn / 90));
        for (std::size_t v = 0; v < variants.size(); ++v) {
          const auto start = std::chrono::steady_clock::now();
          PixPtr clean = PreprocessForOcr(upright.get(), variants[v].options);
          Result<OcrResult> result = engine->Recognize(clean.get(), 0);
          const double s =
              std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
          std::lock_guard<std::mutex> lock(mutex);
          seconds[v] += s;
          if (result.ok()) texts[v][i] = result->text;
        }
      }
    };
    std::thread t0(work, 0), t1(work, 1);
    t0.join();
    t1.join();
    const std::string want = reference->Text();
    total_chars += static_cast<double>(ToCodePoints(want).size());
    std::printf("%s (%d pages)\n", scan_path.c_str(), pages);
    for (std::size_t v = 0; v < variants.size(); ++v) {
      RemoveRunningHeaders(&texts[v]);
      std::string got;
      for (const std::string& t : texts[v]) got += NormalizeText(t) + "\n";
      const double cer = CharacterErrorRate(want, got);
      total_errors[v] += cer * static_cast<double>(ToCodePoints(want).size());
      total_seconds[v] += seconds[v];
      std::printf("  %-24s CER %.4f  %.2f s/page\n", variants[v].name, cer, seconds[v] / pages);
    }
  }
  std::printf("all documents\n");
  for (std::size_t v = 0; v < variants.size(); ++v) {
    std::printf("  %-24s CER %.4f  %.1f s total\n", variants[v].name,
                total_errors[v] / total_chars, total_seconds[v]);
  }
  return 0;
}
