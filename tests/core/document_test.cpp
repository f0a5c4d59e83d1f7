#include "chidao/document.h"

#include <catch2/catch.hpp>

using chidao::Document;
using chidao::Page;

TEST_CASE("Document: Text joins pages with one newline and Locate maps offsets back") {
  Document doc;
  doc.pages.push_back(Page{1, "Số: 1/KH", chidao::PageSource::kPdfText, -1});
  doc.pages.push_back(Page{2, "Sở Y tế", chidao::PageSource::kOcr, 91.5});
  REQUIRE(doc.Text() == "Số: 1/KH\nSở Y tế");
  const std::size_t second = doc.Text().find("Sở");
  auto pos = doc.Locate(second);
  CHECK(pos.page == 2);
  CHECK(pos.offset == 0);
  pos = doc.Locate(3);
  CHECK(pos.page == 1);
  CHECK(pos.offset == 3);
  pos = doc.Locate(10'000);
  CHECK(pos.page == 2);
  CHECK(pos.offset == doc.pages[1].text.size());
}

TEST_CASE("Document: FromText makes one plain-text page") {
  Document doc = Document::FromText("abc", "x.txt");
  REQUIRE(doc.pages.size() == 1);
  CHECK(doc.pages[0].source == chidao::PageSource::kPlainText);
  CHECK(doc.path == "x.txt");
  CHECK(std::string(chidao::ToString(doc.kind)) == "text");
}
