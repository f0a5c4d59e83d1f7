// Real OCR (Tesseract `vie` + `osd`) on a few scanned fixture pages, tagged [ocr]: about 4 s
// of recognition per page on one core.
//
// CER = Levenshtein distance over code points / reference length, both NFC with whitespace
// collapsed. The reference for a scanned page is the text layer of the PDF page it was made
// from (corpus/fixtures/MANIFEST.md: the scans are renders of the text PDFs), extracted by
// chidao; a one-page scan keeps the running header line that a multi-page extraction drops,
// so the reference gets it back. Thresholds leave room above the CER measured when the test
// was written (stated next to each) for Tesseract version drift, not for regressions.
#include <catch2/catch.hpp>

#include <string>

#include "chidao/extract.h"
#include "edit_distance.h"
#include "extract_test_util.h"

namespace chidao {
namespace {

using testing::Fixture;

std::string ReferencePage(const std::string& pdf, int page, const std::string& header) {
  ExtractOptions options;
  options.ocr = OcrMode::kNever;
  Result<Document> doc = ExtractFile(Fixture(pdf), options);
  REQUIRE(doc.ok());
  return header + "\n" + doc->pages.at(page - 1).text;
}

TEST_CASE("Tesseract: a sideways or upside-down scanned page comes out upright", "[ocr]") {
  const std::string name = GENERATE(as<std::string>{}, "rotated-90.scan.pdf", "rotated-180.scan.pdf");
  INFO(name);
  ExtractOptions options;
  options.jobs = 1;
  Result<Document> doc = ExtractFile(Fixture(name), options);
  REQUIRE_OK(doc.status());
  REQUIRE(doc->pages.size() == 1);
  CHECK(doc->kind == SourceKind::kPdfOcr);
  CHECK(doc->pages[0].source == PageSource::kOcr);
  CHECK(doc->pages[0].ocr_confidence > 80);
  CHECK(doc->pages[0].text.find("KẾ HOẠCH") != std::string::npos);
  const std::string reference =
      ReferencePage("002-kh-3279-kh-ubnd-cao-bang.pdf", 1, "Số: 3279/KH-UBND");
  const double cer = CharacterErrorRate(reference, doc->pages[0].text);
  INFO("CER " << cer);
  CHECK(cer < 0.05);
}

TEST_CASE("Tesseract: a scanned page image (PNG) is read with a low character error rate", "[ocr]") {
  Result<Document> doc = ExtractFile(Fixture("000-cv-6325-ubnd-kgvx-bao-dien-tu.page1.png"), {});
  REQUIRE_OK(doc.status());
  REQUIRE(doc->pages.size() == 1);
  CHECK(doc->kind == SourceKind::kImageOcr);
  const std::string reference = ReferencePage("000-cv-6325-ubnd-kgvx-bao-dien-tu.pdf", 1,
                                              "Công văn số 6325/UBND-KGVX");
  const double cer = CharacterErrorRate(reference, doc->pages[0].text);
  INFO("CER " << cer);
  CHECK(cer < 0.03);
}

TEST_CASE("Tesseract: a scanned PDF reads back as the text PDF it was made from", "[ocr]") {
  // Both extractions drop the running header and page numbers, so whole documents compare.
  // Measured: CER 0.0000 (Tesseract 5.3.0, vie).
  ExtractOptions options;
  options.jobs = 2;
  Result<Document> doc = ExtractFile(Fixture("000-cv-6325-ubnd-kgvx-bao-dien-tu.scan.pdf"), options);
  REQUIRE_OK(doc.status());
  REQUIRE(doc->pages.size() == 2);
  CHECK(doc->kind == SourceKind::kPdfOcr);
  CHECK(testing::CountSource(*doc, PageSource::kOcr) == 2);
  ExtractOptions never;
  never.ocr = OcrMode::kNever;
  Result<Document> reference = ExtractFile(Fixture("000-cv-6325-ubnd-kgvx-bao-dien-tu.pdf"), never);
  REQUIRE_OK(reference.status());
  const double cer = CharacterErrorRate(reference->Text(), doc->Text());
  INFO("CER " << cer);
  CHECK(cer < 0.01);
}

TEST_CASE("Tesseract: a JPEG page photo is read with a low character error rate", "[ocr]") {
  // q75 JPEG of the scanned page 1. Measured: CER 0.0000.
  Result<Document> doc = ExtractFile(Fixture("000-cv-6325-ubnd-kgvx-bao-dien-tu.page1.jpg"), {});
  REQUIRE_OK(doc.status());
  REQUIRE(doc->pages.size() == 1);
  CHECK(doc->kind == SourceKind::kImageOcr);
  const std::string reference = ReferencePage("000-cv-6325-ubnd-kgvx-bao-dien-tu.pdf", 1,
                                              "Công văn số 6325/UBND-KGVX");
  const double cer = CharacterErrorRate(reference, doc->pages[0].text);
  INFO("CER " << cer);
  CHECK(cer < 0.03);
}

TEST_CASE("Tesseract: every page of a bilevel multi-page TIFF is read, in order", "[ocr]") {
  // CCITT G4 pages 1-2 of scan 002, thresholded at 55% (thin tone marks break up, no grey
  // edges left for the recogniser). Measured: CER 0.0215 and 0.0018.
  ExtractOptions options;
  options.jobs = 2;
  Result<Document> doc = ExtractFile(Fixture("002-kh-3279-kh-ubnd-cao-bang.tiff"), options);
  REQUIRE_OK(doc.status());
  REQUIRE(doc->pages.size() == 2);
  CHECK(doc->kind == SourceKind::kImageOcr);
  ExtractOptions never;
  never.ocr = OcrMode::kNever;
  Result<Document> reference = ExtractFile(Fixture("002-kh-3279-kh-ubnd-cao-bang.pdf"), never);
  REQUIRE_OK(reference.status());
  for (int i = 0; i < 2; ++i) {
    INFO("page " << i + 1);
    CHECK(doc->pages[i].source == PageSource::kOcr);
    const double cer = CharacterErrorRate(reference->pages[i].text, doc->pages[i].text);
    INFO("CER " << cer);
    CHECK(cer < 0.04);
  }
}

TEST_CASE("Tesseract: CharacterErrorRate counts code points, not bytes, and ignores layout") {
  CHECK(CharacterErrorRate("Sở Y tế", "Sở  Y\ntế") == 0.0);
  CHECK(CharacterErrorRate("khống chế", "không chế") == Approx(1.0 / 9.0));
  CHECK(CharacterErrorRate("abc", "") == 1.0);
}

}  // namespace
}  // namespace chidao
