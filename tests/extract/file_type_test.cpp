// Dispatch by content and the errors a user can cause with a bad file: each one is a Status
// naming the file, never a crash, a hang or garbage text.
#include <catch2/catch.hpp>

#include <random>
#include <string>

#include "chidao/extract.h"
#include "extract_test_util.h"
#include "file_type.h"

namespace chidao {
namespace {

using testing::Fixture;
using testing::ReadFile;

std::string RandomBytes(std::size_t n, unsigned seed) {
  std::mt19937 rng(seed);
  std::string out(n, '\0');
  for (char& c : out) c = static_cast<char>(rng() & 0xFF);
  return out;
}

TEST_CASE("FileType: content decides, whatever the name says") {
  CHECK(SniffFileType("%PDF-1.7\n...", "van-ban.txt").type == FileType::kPdf);
  CHECK(SniffFileType("\x89PNG\r\n\x1a\n....", "scan.pdf").type == FileType::kPng);
  CHECK(SniffFileType("\xFF\xD8\xFF\xE0....", "x").type == FileType::kJpeg);
  CHECK(SniffFileType(std::string("II*\0....", 8), "x").type == FileType::kTiff);
  CHECK(SniffFileType(std::string("MM\0*....", 8), "x").type == FileType::kTiff);
  CHECK(SniffFileType("Kính gửi: Sở Y tế", "cong-van.pdf.txt").type == FileType::kText);
}

TEST_CASE("FileType: a PDF header after some leading junk is still a PDF") {
  CHECK(SniffFileType("\r\n\r\n%PDF-1.4\n", "x").type == FileType::kPdf);
}

TEST_CASE("FileType: the extension is used only when the content is not recognised") {
  CHECK(SniffFileType("garbage", "scan.PDF").type == FileType::kPdf);
  CHECK(SniffFileType("garbage", "anh.jpeg").type == FileType::kJpeg);
  CHECK(SniffFileType("garbage", "anh.tif").type == FileType::kTiff);
  CHECK(SniffFileType("BM-01 biểu mẫu", "bieu-mau.txt").type == FileType::kText);
}

TEST_CASE("FileType: Word, ZIP and other known binaries are named when refused") {
  const SniffResult docx = SniffFileType(std::string("PK\3\4\x14\0", 6), "cong-van.docx");
  CHECK(docx.type == FileType::kUnsupported);
  CHECK(docx.what.find("save it as PDF") != std::string::npos);
  CHECK(SniffFileType(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8), "a.doc").type ==
        FileType::kUnsupported);
  CHECK(SniffFileType("GIF89a....", "a.gif").type == FileType::kUnsupported);
}

TEST_CASE("Extract: a zero-byte file is an error naming the file") {
  Result<Document> doc = ExtractBytes("", "rong.pdf", {});
  REQUIRE_FALSE(doc.ok());
  CHECK(doc.status().code() == StatusCode::kCorrupt);
  CHECK(doc.status().ToString() == "rong.pdf: empty file (0 bytes)");
}

TEST_CASE("Extract: a truncated PDF is reported as damaged") {
  const std::string whole = ReadFile(Fixture("003-kh-267-kh-ubnd-bao-dien-tu.pdf"));
  const std::size_t keep = GENERATE(100, 1000);
  Result<Document> doc = ExtractBytes(whole.substr(0, keep), "cut.pdf", {});
  REQUIRE_FALSE(doc.ok());
  CHECK(doc.status().code() == StatusCode::kCorrupt);
  CHECK(doc.status().path() == "cut.pdf");
}

TEST_CASE("Extract: random bytes named .pdf or .png are refused, not decoded") {
  const std::string name = GENERATE(as<std::string>{}, "ngau-nhien.pdf", "ngau-nhien.png",
                                    "ngau-nhien.tiff");
  Result<Document> doc = ExtractBytes(RandomBytes(4096, 7), name, {});
  REQUIRE_FALSE(doc.ok());
  CHECK(doc.status().code() == StatusCode::kCorrupt);
  CHECK(doc.status().path() == name);
}

TEST_CASE("Extract: random bytes without a known extension are refused as not text") {
  Result<Document> doc = ExtractBytes(RandomBytes(4096, 11), "du-lieu.bin", {});
  REQUIRE_FALSE(doc.ok());
  CHECK(doc.status().path() == "du-lieu.bin");
}

TEST_CASE("Extract: a Word document is refused as an unsupported file type") {
  Result<Document> doc = ExtractBytes(std::string("PK\3\4\x14\0\0\0", 8) + RandomBytes(200, 3),
                                      "cong-van.docx", {});
  REQUIRE_FALSE(doc.ok());
  CHECK(doc.status().code() == StatusCode::kUnsupported);
  CHECK(doc.status().message().rfind("unsupported file type", 0) == 0);
}

TEST_CASE("Extract: a file over the size limit is refused before it is read") {
  ExtractOptions options;
  options.max_file_bytes = 1000;
  Result<Document> doc = ExtractFile(Fixture("003-kh-267-kh-ubnd-bao-dien-tu.pdf"), options);
  REQUIRE_FALSE(doc.ok());
  CHECK(doc.status().code() == StatusCode::kTooLarge);
}

TEST_CASE("Extract: a missing file and a directory are named errors") {
  CHECK(ExtractFile("/nonexistent/cong-van.pdf", {}).status().code() == StatusCode::kNotFound);
  CHECK(ExtractFile(testing::SourcePath("corpus"), {}).status().code() ==
        StatusCode::kUnsupported);
}

TEST_CASE("Extract: --ocr and --encoding values parse, unknown ones do not") {
  CHECK(ParseOcrMode("always") == OcrMode::kAlways);
  CHECK(ParseOcrMode("never") == OcrMode::kNever);
  CHECK_FALSE(ParseOcrMode("sometimes").has_value());
  CHECK(ParseTextEncoding("tcvn3") == TextEncoding::kTcvn3);
}

}  // namespace
}  // namespace chidao
