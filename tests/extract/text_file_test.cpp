#include "text_file.h"

#include <catch2/catch.hpp>

#include "chidao/sha256.h"
#include "legacy_encoding.h"
#include "support/test_util.h"

using namespace chidao;
using chidao::testing::ReadFile;
using chidao::testing::SourcePath;

TEST_CASE("ReadTextFile: a UTF-8 seed becomes a one-page text document") {
  const std::string bytes = ReadFile(SourcePath("corpus/seeds/002-kh-3279-kh-ubnd-cao-bang.txt"));
  Result<Document> doc = ReadTextFile(bytes, "002.txt", ExtractOptions{});
  REQUIRE_OK(doc.status());
  CHECK(doc->path == "002.txt");
  CHECK(doc->kind == SourceKind::kText);
  CHECK(doc->sha256 == Sha256Hex(bytes));
  REQUIRE(doc->pages.size() == 1);
  CHECK(doc->pages[0].number == 1);
  CHECK(doc->pages[0].source == PageSource::kPlainText);
  CHECK(doc->pages[0].text.rfind("ỦY BAN NHÂN DÂN\nTỈNH CAO BẰNG\n", 0) == 0);
  CHECK(doc->diagnostics.empty());
}

TEST_CASE("ReadTextFile: notes a detected encoding other than UTF-8") {
  const std::string bytes = ReadFile(SourcePath("corpus/fixtures/legacy-vni.txt"));
  if (bytes.empty()) {
    WARN("fixtures not generated yet; run scripts/make-fixtures");
    return;
  }
  Result<Document> doc = ReadTextFile(bytes, "legacy-vni.txt", ExtractOptions{});
  REQUIRE_OK(doc.status());
  REQUIRE_FALSE(doc->diagnostics.empty());
  CHECK(doc->diagnostics[0].message == "text encoding: vni");
  CHECK(doc->pages[0].text.find("Ủy ban nhân dân tỉnh chỉ đạo như sau:") != std::string::npos);
}

TEST_CASE("ReadTextFile: transcodes legacy mojibake pasted into a UTF-8 file") {
  Result<Document> doc = ReadTextFile(
      "Céng hßa x· héi chñ nghÜa ViÖt Nam.\nSë Y tÕ chñ tr×.\n", "pasted.txt", ExtractOptions{});
  REQUIRE_OK(doc.status());
  CHECK(doc->pages[0].text == "Cộng hòa xã hội chủ nghĩa Việt Nam.\nSở Y tế chủ trì.");
  REQUIRE(doc->diagnostics.size() == 1);
  CHECK(doc->diagnostics[0].message.find("tcvn3") != std::string::npos);
}

TEST_CASE("ReadTextFile: --encoding forces the decoding") {
  ExtractOptions options;
  options.encoding = TextEncoding::kVni;
  Result<Document> doc = ReadTextFile("Vie\xE4t Nam", "short.txt", options);
  REQUIRE_OK(doc.status());
  CHECK(doc->pages[0].text == "Việt Nam");
}

TEST_CASE("ReadTextFile: empty, binary and oversized input are errors naming the file") {
  Result<Document> empty = ReadTextFile("", "empty.txt", ExtractOptions{});
  REQUIRE_FALSE(empty.ok());
  CHECK(empty.status().code() == StatusCode::kCorrupt);
  CHECK(empty.status().path() == "empty.txt");
  Result<Document> binary =
      ReadTextFile(std::string("\x7F" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0>\0", 20), "a.out",
                   ExtractOptions{});
  REQUIRE_FALSE(binary.ok());
  CHECK(binary.status().path() == "a.out");
  ExtractOptions small;
  small.max_file_bytes = 4;
  Result<Document> big = ReadTextFile("Kế hoạch", "big.txt", small);
  REQUIRE_FALSE(big.ok());
  CHECK(big.status().code() == StatusCode::kTooLarge);
  Result<Document> blank = ReadTextFile(" \r\n\r\n", "blank.txt", ExtractOptions{});
  REQUIRE_FALSE(blank.ok());
  CHECK(blank.status().code() == StatusCode::kCorrupt);
}
