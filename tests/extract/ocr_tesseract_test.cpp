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

TEST_CASE("Tesseract: CharacterErrorRate counts code points, not bytes, and ignores layout") {
  CHECK(CharacterErrorRate("Sở Y tế", "Sở  Y\ntế") == 0.0);
  CHECK(CharacterErrorRate("khống chế", "không chế") == Approx(1.0 / 9.0));
  CHECK(CharacterErrorRate("abc", "") == 1.0);
}

}  // namespace
}  // namespace chidao
