#include <catch2/catch.hpp>

#include <atomic>
#include <memory>

#include "chidao/extract.h"
#include "extract_test_util.h"
#include "extract_with_ocr.h"
#include "image_reader.h"
#include "image_test_util.h"
#include "support/fake_ocr_engine.h"

namespace chidao {
namespace {

using testing::Fixture;
using testing::ReadFile;

TEST_CASE("ImageReader: an image declaring 30000x30000 pixels is refused before decoding") {
  const std::string png = testing::PngHeaderOnly(30000, 30000);
  Result<Document> doc = ExtractBytes(png, "bom.png", {});
  REQUIRE_FALSE(doc.ok());
  CHECK(doc.status().code() == StatusCode::kTooLarge);
  CHECK(doc.status().ToString() ==
        "bom.png: image is 30000x30000 pixels, over the limit of 100000000 pixels");
}

TEST_CASE("ImageReader: the pixel limit is the caller's option") {
  PixPtr page = testing::InkedPage(200, 300);
  Result<ImageReader> reader =
      ImageReader::Open(testing::PngBytes(page.get()), ImageFormat::kPng, "a.png", 50'000, 10);
  REQUIRE_FALSE(reader.ok());
  CHECK(reader.status().message().find("200x300 pixels") != std::string::npos);
}

TEST_CASE("ImageReader: a 1x1 image gives one empty page without calling the OCR engine") {
  PixPtr dot(pixCreate(1, 1, 8));
  auto created = std::make_shared<std::atomic<int>>(0);
  Result<Document> doc = ExtractWithOcr(
      testing::PngBytes(dot.get()), "cham.png", {},
      testing::FakeOcrFactory([](Pix*, int) { return Result<OcrResult>(OcrResult{"x", 90, {}}); },
                              created));
  REQUIRE_OK(doc.status());
  REQUIRE(doc->pages.size() == 1);
  CHECK(doc->pages[0].text.empty());
  CHECK(doc->kind == SourceKind::kImageOcr);
  CHECK(*created == 0);
}

TEST_CASE("ExtractOptions::require: commands refuse blank and non-Vietnamese results") {
  PixPtr dot(pixCreate(1, 1, 8));
  ExtractOptions options;
  options.require = ExtractOptions::Require::kText;
  Result<Document> blank = ExtractBytes(testing::PngBytes(dot.get()), "cham.png", options);
  REQUIRE_FALSE(blank.ok());
  CHECK(blank.status().ToString() == "cham.png: no text found in the image");

  const std::string english =
      "The provincial people's committee requests all departments to report on the vaccination "
      "campaign before the end of the month and to coordinate with the health department.\n";
  options.require = ExtractOptions::Require::kText;
  CHECK(ExtractBytes(english, "en.txt", options).ok());
  options.require = ExtractOptions::Require::kVietnamese;
  Result<Document> refused = ExtractBytes(english, "en.txt", options);
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.status().ToString().rfind("en.txt: no Vietnamese text found", 0) == 0);
  CHECK(ExtractBytes("Sở Y tế chủ trì, phối hợp với các đơn vị liên quan triển khai tiêm vắc xin.",
                     "vi.txt", options)
            .ok());
}

TEST_CASE("ImageReader: every page of a multi-page TIFF is read, in order") {
  const std::string tiff = ReadFile(Fixture("002-kh-3279-kh-ubnd-cao-bang.tiff"));
  Result<ImageReader> reader = ImageReader::Open(tiff, ImageFormat::kTiff, "x.tiff", 100'000'000, 100);
  REQUIRE_OK(reader.status());
  REQUIRE(reader->PageCount() == 2);
  Result<PixPtr> second = reader->ReadPage(1);
  REQUIRE_OK(second.status());
  CHECK(pixGetWidth(second->get()) > 2000);
}

TEST_CASE("ImageReader: a truncated PNG is an error, not a crash") {
  PixPtr page = testing::InkedPage(400, 500);
  const std::string png = testing::PngBytes(page.get());
  Result<Document> doc = ExtractBytes(png.substr(0, png.size() / 2), "cut.png", {});
  REQUIRE_FALSE(doc.ok());
  CHECK(doc.status().code() == StatusCode::kCorrupt);
}

}  // namespace
}  // namespace chidao
