// Text-layer PDFs end to end (no OCR runs here: a fake engine that fails the test if called).
//
// The text PDFs in corpus/fixtures were made from the seeds (scripts/make-fixtures): one
// paragraph per seed line, plus a running header and a page number on every page. So the
// extraction, once headers and page numbers are removed, must equal the seed after
// whitespace collapsing — with the seed put through the same NormalizeText (one tone-mark
// style: "khoá" → "khóa"), and, for seed 002 only, its "|" cell separators dropped (the fixture
// rebuilt those cells as real tables). One known difference is written into the expectation
// rather than hidden: in 004 the two one-letter buttons "A A" are set 1.8 pt apart and
// Poppler's text output (pdftotext's too) joins them as "AA".
#include <catch2/catch.hpp>

#include "chidao/extract.h"
#include "extract_test_util.h"
#include "extract_with_ocr.h"
#include "support/fake_ocr_engine.h"
#include "text_normalizer.h"

namespace chidao {
namespace {

using testing::Collapsed;
using testing::Fixture;
using testing::ReadFile;
using testing::SourcePath;

OcrEngineFactory NoOcrAllowed() {
  return testing::FakeOcrFactory([](Pix*, int) -> Result<OcrResult> {
    FAIL("a text PDF page was sent to OCR");
    return OcrResult{};
  });
}

std::string ExpectedFromSeed(const std::string& stem) {
  std::string seed = NormalizeText(ReadFile(SourcePath("corpus/seeds/" + stem + ".txt")));
  std::string collapsed = Collapsed(seed);
  if (stem.rfind("002", 0) == 0) {
    std::string out;
    for (std::size_t i = 0; i < collapsed.size(); ++i) {
      if (collapsed.compare(i, 3, " | ") == 0) {
        out += ' ';
        i += 2;
      } else {
        out += collapsed[i];
      }
    }
    collapsed = out;
  }
  if (stem.rfind("004", 0) == 0) {
    const std::size_t at = collapsed.find("[GMT +7] A A ");
    if (at != std::string::npos) collapsed.replace(at, 13, "[GMT +7] AA ");
  }
  return collapsed;
}

Result<Document> Extract(const std::string& file, const ExtractOptions& options = {}) {
  const std::string bytes = ReadFile(file);
  return ExtractWithOcr(bytes, file, options, NoOcrAllowed());
}

TEST_CASE("PdfExtractor: each text PDF fixture reads back as its seed, headers and page numbers removed") {
  const std::string stem = GENERATE(as<std::string>{}, "000-cv-6325-ubnd-kgvx-bao-dien-tu",
                                    "001-cv-91-cv-tu-ocr", "002-kh-3279-kh-ubnd-cao-bang",
                                    "003-kh-267-kh-ubnd-bao-dien-tu",
                                    "004-ct-btv-tinh-uy-quang-ninh-bao-dien-tu");
  INFO(stem);
  Result<Document> doc = Extract(Fixture(stem + ".pdf"));
  REQUIRE_OK(doc.status());
  CHECK(doc->kind == SourceKind::kPdfText);
  CHECK(testing::CountSource(*doc, PageSource::kPdfText) == static_cast<int>(doc->pages.size()));
  CHECK(doc->diagnostics.empty());
  const std::string got = Collapsed(doc->Text());
  const std::string want = ExpectedFromSeed(stem);
  INFO(testing::FirstDifference(got, want));
  CHECK(got == want);
}

TEST_CASE("PdfExtractor: a line ending in '-' keeps its dash (Vietnamese is never hyphenated)") {
  Result<Document> doc = Extract(Fixture("000-cv-6325-ubnd-kgvx-bao-dien-tu.pdf"));
  REQUIRE_OK(doc.status());
  // In the PDF "Covid-" ends a line and "19" starts the next; pdftotext's default mode
  // would print "Covid19".
  CHECK(doc->Text().find("Ban Chỉ đạo Quốc gia phòng, chống dịch Covid-19 trực tuyến") !=
        std::string::npos);
}

TEST_CASE("PdfExtractor: the sha256 and the path of the input are recorded") {
  const std::string file = Fixture("003-kh-267-kh-ubnd-bao-dien-tu.pdf");
  Result<Document> doc = Extract(file);
  REQUIRE_OK(doc.status());
  CHECK(doc->path == file);
  CHECK(doc->sha256.size() == 64);
}

TEST_CASE("PdfExtractor: a page with no text and no image is an empty page, not an error") {
  Result<Document> doc = ExtractFile(SourcePath("tests/data/blank-page.pdf"), {});
  REQUIRE_OK(doc.status());
  REQUIRE(doc->pages.size() == 2);
  CHECK(doc->pages[0].text.find("UY BAN NHAN DAN") != std::string::npos);
  CHECK(doc->pages[1].text.empty());
  CHECK(doc->pages[1].source == PageSource::kPdfText);
  CHECK(doc->kind == SourceKind::kPdfText);
}

TEST_CASE("PdfExtractor: --ocr never keeps an empty layer empty instead of OCRing it") {
  ExtractOptions options;
  options.ocr = OcrMode::kNever;
  Result<Document> doc = Extract(Fixture("002-kh-3279-kh-ubnd-cao-bang.scan.pdf"), options);
  REQUIRE_OK(doc.status());
  REQUIRE(doc->pages.size() == 7);
  for (const Page& page : doc->pages) CHECK(page.text.empty());
}

TEST_CASE("PdfExtractor: an encrypted PDF is refused with a hint to give --password") {
  Result<Document> doc = ExtractFile(SourcePath("tests/data/encrypted.pdf"), {});
  REQUIRE_FALSE(doc.ok());
  CHECK(doc.status().code() == StatusCode::kEncrypted);
  CHECK(doc.status().message().find("--password") != std::string::npos);
  CHECK(doc.status().path() == SourcePath("tests/data/encrypted.pdf"));
}

TEST_CASE("PdfExtractor: an encrypted PDF opens with its password, and a wrong one is named") {
  ExtractOptions options;
  options.password = "mat-khau";
  Result<Document> doc = ExtractFile(SourcePath("tests/data/encrypted.pdf"), options);
  REQUIRE_OK(doc.status());
  CHECK(doc->pages[0].text.find("UY BAN NHAN DAN") != std::string::npos);

  options.password = "sai";
  Result<Document> wrong = ExtractFile(SourcePath("tests/data/encrypted.pdf"), options);
  REQUIRE_FALSE(wrong.ok());
  CHECK(wrong.status().code() == StatusCode::kEncrypted);
  CHECK(wrong.status().message().find("wrong password") != std::string::npos);
}

TEST_CASE("PdfExtractor: a PDF with more pages than the limit is refused before reading them") {
  ExtractOptions options;
  options.max_pages = 3;
  Result<Document> doc = Extract(Fixture("004-ct-btv-tinh-uy-quang-ninh-bao-dien-tu.pdf"), options);
  REQUIRE_FALSE(doc.ok());
  CHECK(doc.status().code() == StatusCode::kTooLarge);
  CHECK(doc.status().message().find("over the limit of 3") != std::string::npos);
}

TEST_CASE("PdfExtractor: legacy TCVN3 and VNI text layers are transcoded to Unicode") {
  const std::string name = GENERATE(as<std::string>{}, "legacy-tcvn3.pdf", "legacy-vni.pdf");
  INFO(name);
  Result<Document> doc = Extract(Fixture(name));
  REQUIRE_OK(doc.status());
  CHECK(testing::CountSource(*doc, PageSource::kPdfLegacy) >= 1);
  CHECK(doc->kind == SourceKind::kPdfText);
  // TCVN3 loses the capitals of toned letters (see the fixture's .expected.txt), so compare
  // case-folded with the reference text.
  const std::string expected =
      Collapsed(ToLower(NormalizeText(ReadFile(Fixture("legacy-excerpt.txt")))));
  CHECK(Collapsed(ToLower(doc->Text())) == expected);
}

}  // namespace
}  // namespace chidao
