// LayOutOcrLines: the page text from OCRed lines and word positions (ocr_layout.h).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "ocr_layout.h"

namespace chidao {
namespace {

// A line from "word@left-right" items, 50 px high (a 13 pt line at 300 dpi).
OcrLine Line(std::vector<OcrWord> words, bool starts_paragraph = false) {
  OcrLine line;
  line.words = std::move(words);
  line.height = 50;
  line.starts_paragraph = starts_paragraph;
  return line;
}

TEST_CASE("OcrLayout: the two header columns of a directive come out one after the other") {
  const std::vector<OcrLine> lines = {
      Line({{"ỦY", 100, 160}, {"BAN", 180, 280}, {"NHÂN", 300, 420}, {"DÂN", 440, 540},
            {"CỘNG", 1100, 1230}, {"HÒA", 1250, 1340}, {"XÃ", 1360, 1420}}, true),
      Line({{"TỈNH", 150, 250}, {"CAO", 270, 360}, {"BẰNG", 380, 500},
            {"Độc", 1150, 1230}, {"lập", 1250, 1320}}),
      Line({{"Số:", 120, 190}, {"3279/KH-UBND", 210, 500},
            {"Cao", 1200, 1280}, {"Bằng,", 1300, 1400}, {"ngày", 1420, 1520}}),
      Line({{"KẾ", 1000, 1080}, {"HOẠCH", 1100, 1300}}, true),
  };
  CHECK(LayOutOcrLines(lines) ==
        "ỦY BAN NHÂN DÂN\nTỈNH CAO BẰNG\nSố: 3279/KH-UBND\n"
        "CỘNG HÒA XÃ\nĐộc lập\nCao Bằng, ngày\n\nKẾ HOẠCH\n");
}

TEST_CASE("OcrLayout: ordinary lines keep Tesseract's order, a blank line between paragraphs") {
  const std::vector<OcrLine> lines = {
      Line({{"1.", 100, 140}, {"Sở", 160, 220}, {"Y", 240, 260}, {"tế", 280, 330}}, true),
      Line({{"chủ", 100, 180}, {"trì.", 300, 380}}),  // a wide justified space, under 3 heights
      Line({{"2.", 100, 140}, {"Công", 160, 260}, {"an", 280, 330}}, true),
  };
  CHECK(LayOutOcrLines(lines) == "1. Sở Y tế\nchủ trì.\n\n2. Công an\n");
}

TEST_CASE("OcrLayout: a row with several wide gaps is a table row, cells joined by ' | '") {
  const std::vector<OcrLine> lines = {
      Line({{"1", 100, 120}, {"Sở", 400, 460}, {"Y", 480, 500}, {"tế", 520, 570},
            {"30/12/2021", 1400, 1700}}),
  };
  CHECK(LayOutOcrLines(lines) == "1 | Sở Y tế | 30/12/2021\n");
}

TEST_CASE("OcrLayout: no lines or only empty words give no text") {
  CHECK(LayOutOcrLines({}).empty());
  CHECK(LayOutOcrLines({Line({{"", 0, 10}})}).empty());
}

}  // namespace
}  // namespace chidao
