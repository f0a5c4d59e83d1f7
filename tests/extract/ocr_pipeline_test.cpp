// The OCR pipeline around the engine, with a scripted fake engine (no Tesseract): time
// limits, failures, skipping one page, engines reused per worker, page order, mixed PDFs.
#include <catch2/catch.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "chidao/extract.h"
#include "extract_test_util.h"
#include "extract_with_ocr.h"
#include "image_test_util.h"
#include "support/fake_ocr_engine.h"

namespace chidao {
namespace {

using testing::FakeOcrFactory;

// Three pages told apart by width: 600, 601 and 602 pixels.
std::string ThreePageTiff() {
  PixPtr a = testing::InkedPage(600, 800);
  PixPtr b = testing::InkedPage(601, 800);
  PixPtr c = testing::InkedPage(602, 800);
  return testing::MultipageTiffBytes({a.get(), b.get(), c.get()});
}

// Distinct content per page (a repeated line would rightly be removed as a running header),
// chosen by the page's short side: 600, 601 or 602 pixels.
Result<OcrResult> TextNamingWidth(Pix* image) {
  switch (std::min(pixGetWidth(image), pixGetHeight(image))) {
    case 600: return OcrResult{"Sở Y tế chủ trì tiêm vắc xin", 91.0, {}};
    case 602: return OcrResult{"Công an tỉnh bảo đảm an ninh trật tự", 91.0, {}};
    default: return OcrResult{"Ban Chỉ đạo tổng hợp, báo cáo hằng tuần", 91.0, {}};
  }
}

TEST_CASE("OcrPipeline: a page that times out is skipped with a diagnostic; the others are read") {
  ExtractOptions options;
  options.ocr_page_timeout_seconds = 1;
  options.jobs = 2;
  const auto start = std::chrono::steady_clock::now();
  Result<Document> doc = ExtractWithOcr(
      ThreePageTiff(), "ba-trang.tiff", options,
      FakeOcrFactory([](Pix* image, int timeout_ms) -> Result<OcrResult> {
        if (pixGetWidth(image) == 601) return testing::SleepThenTimeOut(timeout_ms);
        return TextNamingWidth(image);
      }));
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  REQUIRE_OK(doc.status());
  REQUIRE(doc->pages.size() == 3);
  CHECK(doc->pages[0].source == PageSource::kOcr);
  CHECK(doc->pages[0].text == "Sở Y tế chủ trì tiêm vắc xin");
  CHECK(doc->pages[0].ocr_confidence == Approx(91.0));
  CHECK(doc->pages[1].source == PageSource::kFailed);
  CHECK(doc->pages[1].text.empty());
  CHECK(doc->pages[2].text == "Công an tỉnh bảo đảm an ninh trật tự");
  REQUIRE(doc->diagnostics.size() == 1);
  CHECK(doc->diagnostics[0].page == 2);
  CHECK(doc->diagnostics[0].message.find("page skipped") != std::string::npos);
  CHECK(seconds < 5.0);  // the limit is per page; nothing waits on the slow page twice
}

TEST_CASE("OcrPipeline: an engine is created once per worker and reused across pages") {
  auto created = std::make_shared<std::atomic<int>>(0);
  PixPtr page = testing::InkedPage(500, 700);
  std::vector<Pix*> pages(6, page.get());
  ExtractOptions options;
  options.jobs = 2;
  Result<Document> doc = ExtractWithOcr(
      testing::MultipageTiffBytes(pages), "sau-trang.tiff", options,
      FakeOcrFactory([](Pix* image, int) { return TextNamingWidth(image); }, created));
  REQUIRE_OK(doc.status());
  CHECK(doc->pages.size() == 6);
  CHECK(*created >= 1);
  CHECK(*created <= 2);
}

TEST_CASE("OcrPipeline: a last page that would be read alone is read in two bands, in order") {
  // One page, two workers: cut in the white between the two blocks (rows 180-500).
  PixPtr page(pixCreate(600, 800, 8));
  pixSetAllArbitrary(page.get(), 255);
  for (int top : {100, 500}) {
    BOX* box = boxCreate(60, top, 480, 80);
    pixClearInRect(page.get(), box);
    boxDestroy(&box);
  }
  pixSetResolution(page.get(), 300, 300);
  auto heights = std::make_shared<std::vector<int>>();
  auto mutex = std::make_shared<std::mutex>();
  ExtractOptions options;
  options.jobs = 2;
  Result<Document> doc = ExtractWithOcr(
      testing::MultipageTiffBytes({page.get()}), "mot-trang.tiff", options,
      FakeOcrFactory([heights, mutex](Pix* image, int) -> Result<OcrResult> {
        const int height = pixGetHeight(image);
        {
          std::lock_guard<std::mutex> lock(*mutex);
          heights->push_back(height);
        }
        if (height == 800) return OcrResult{"cả trang", 91.0, {}};
        return OcrResult{height < 400 ? "Điều 1. Phần trên" : "Điều 2. Phần dưới", 91.0, {}};
      }));
  REQUIRE_OK(doc.status());
  REQUIRE(doc->pages.size() == 1);
  CHECK(doc->pages[0].text.find("Điều 1. Phần trên") < doc->pages[0].text.find("Điều 2. Phần dưới"));
  CHECK(doc->pages[0].text.find("Điều 2. Phần dưới") != std::string::npos);
  CHECK(heights->size() == 2);
}

TEST_CASE("OcrPipeline: when no engine can be made, pages fail with the reason, no abort") {
  Result<Document> doc =
      ExtractWithOcr(ThreePageTiff(), "ba-trang.tiff", {}, []() -> Result<std::unique_ptr<OcrEngine>> {
        return Status::NotFound("", "Tesseract model 'vie' is not installed");
      });
  REQUIRE_OK(doc.status());
  CHECK(testing::CountSource(*doc, PageSource::kFailed) == 3);
  REQUIRE(doc->diagnostics.size() == 3);
  CHECK(doc->diagnostics[0].message.find("'vie' is not installed") != std::string::npos);
}

TEST_CASE("OcrPipeline: a page that reads badly is turned as OSD says, read again, reported") {
  // The fake reads portrait images (as scanned: 600x800) as garbage and landscape ones (after
  // the 90° turn its OSD asks for) well.
  auto script = [](Pix* image, int) -> Result<OcrResult> {
    if (pixGetWidth(image) < pixGetHeight(image)) return OcrResult{"~~ ;: ~~", 12.0, {}};
    Result<OcrResult> text = TextNamingWidth(image);
    text->confidence = 93.0;
    return text;
  };
  const std::string tiff = ThreePageTiff();
  Result<Document> doc =
      ExtractWithOcr(tiff, "nam-ngang.tiff", {}, FakeOcrFactory(script, nullptr, 90));
  REQUIRE_OK(doc.status());
  CHECK(doc->pages[0].text == "Sở Y tế chủ trì tiêm vắc xin");
  CHECK(doc->pages[0].ocr_confidence == Approx(93.0));
  REQUIRE(doc->diagnostics.size() == 3);
  CHECK(doc->diagnostics[0].message.find("turned 90°") != std::string::npos);
}

TEST_CASE("OcrPipeline: a page that reads well is not turned, whatever OSD would say") {
  Result<Document> doc = ExtractWithOcr(
      ThreePageTiff(), "ba-trang.tiff", {},
      FakeOcrFactory([](Pix* image, int) { return TextNamingWidth(image); }, nullptr, 180));
  REQUIRE_OK(doc.status());
  CHECK(doc->diagnostics.empty());
  CHECK(doc->pages[0].text == "Sở Y tế chủ trì tiêm vắc xin");
}

TEST_CASE("OcrPipeline: low confidence is flagged for a check against the original") {
  Result<Document> doc = ExtractWithOcr(
      ThreePageTiff(), "ba-trang.tiff", {}, FakeOcrFactory([](Pix*, int) -> Result<OcrResult> {
        return OcrResult{"chữ mờ khó đọc", 35.0, {}};
      }));
  REQUIRE_OK(doc.status());
  REQUIRE(doc->diagnostics.size() == 3);
  CHECK(doc->diagnostics[0].message.find("low OCR confidence (35%)") != std::string::npos);
}

TEST_CASE("OcrPipeline: progress is reported once per page") {
  std::mutex mutex;
  int calls = 0;
  int last_total = 0;
  ExtractOptions options;
  options.on_progress = [&](const ExtractProgress& p) {
    std::lock_guard<std::mutex> lock(mutex);
    ++calls;
    last_total = p.pages_total;
  };
  Result<Document> doc = ExtractWithOcr(
      ThreePageTiff(), "ba-trang.tiff", options,
      FakeOcrFactory([](Pix* image, int) { return TextNamingWidth(image); }));
  REQUIRE_OK(doc.status());
  CHECK(calls == 3);
  CHECK(last_total == 3);
}

TEST_CASE("OcrPipeline: a mixed PDF reads page 1 from its text layer and OCRs page 2") {
  std::atomic<int> calls{0};
  const std::string bytes = testing::ReadFile(testing::Fixture("mixed.pdf"));
  ExtractOptions options;
  options.jobs = 1;  // one worker reads the page whole (two would share it in bands)
  Result<Document> doc = ExtractWithOcr(
      bytes, "mixed.pdf", options, FakeOcrFactory([&calls](Pix* image, int) -> Result<OcrResult> {
        ++calls;
        CHECK(pixGetWidth(image) > 2000);  // rendered at 300 dpi
        return OcrResult{"Văn bản nhận dạng từ ảnh quét", 88.0, {}};
      }));
  REQUIRE_OK(doc.status());
  REQUIRE(doc->pages.size() == 2);
  CHECK(doc->kind == SourceKind::kPdfMixed);
  CHECK(doc->pages[0].source == PageSource::kPdfText);
  CHECK(doc->pages[0].text.find("KẾ HOẠCH") != std::string::npos);
  CHECK(doc->pages[1].source == PageSource::kOcr);
  CHECK(doc->pages[1].text == "Văn bản nhận dạng từ ảnh quét");
  CHECK(calls == 1);
}

TEST_CASE("OcrPipeline: a scanned page followed only by text pages is read in bands") {
  // Page 1 is the only OCR page of three, not the last: two workers share it in bands.
  auto heights = std::make_shared<std::vector<int>>();
  auto mutex = std::make_shared<std::mutex>();
  const std::string bytes = testing::ReadFile(testing::Fixture("mixed-scan-first.pdf"));
  ExtractOptions options;
  options.jobs = 2;
  Result<Document> doc = ExtractWithOcr(
      bytes, "mixed-scan-first.pdf", options,
      FakeOcrFactory([heights, mutex](Pix* image, int) -> Result<OcrResult> {
        std::lock_guard<std::mutex> lock(*mutex);
        heights->push_back(pixGetHeight(image));
        return OcrResult{"Văn bản nhận dạng từ ảnh quét", 88.0, {}};
      }));
  REQUIRE_OK(doc.status());
  REQUIRE(doc->pages.size() == 3);
  CHECK(doc->kind == SourceKind::kPdfMixed);
  CHECK(doc->pages[0].source == PageSource::kOcr);
  CHECK(doc->pages[1].source == PageSource::kPdfText);
  CHECK(doc->pages[2].source == PageSource::kPdfText);
  REQUIRE(heights->size() == 2);
  CHECK((*heights)[0] + (*heights)[1] <= 3508);  // two bands of one A4 page at 300 dpi
}

TEST_CASE("OcrPipeline: --ocr always OCRs a page even when its text layer is good") {
  ExtractOptions options;
  options.ocr = OcrMode::kAlways;
  const std::string bytes = testing::ReadFile(testing::SourcePath("tests/data/blank-page.pdf"));
  Result<Document> doc = ExtractWithOcr(
      bytes, "blank-page.pdf", options, FakeOcrFactory([](Pix*, int) -> Result<OcrResult> {
        return OcrResult{"UY BAN NHAN DAN (nhận dạng)", 80.0, {}};
      }));
  REQUIRE_OK(doc.status());
  REQUIRE(doc->pages.size() == 2);
  CHECK(doc->pages[0].source == PageSource::kOcr);
  CHECK(doc->pages[0].text == "UY BAN NHAN DAN (nhận dạng)");
  CHECK(doc->pages[1].text.empty());  // blank: the engine is not even asked
}

}  // namespace
}  // namespace chidao
