// FindBandCut: where the last page is cut so two workers can read it.
#include <catch2/catch.hpp>

#include "image_test_util.h"
#include "page_bands.h"

namespace chidao {
namespace {

// An 8-bit white 600x800 page at 300 dpi with a black bar over each [top, bottom) row range.
PixPtr PageWithBars(std::initializer_list<std::pair<int, int>> bars) {
  PixPtr pix(pixCreate(600, 800, 8));
  pixSetAllArbitrary(pix.get(), 255);
  for (const auto& [top, bottom] : bars) {
    BOX* box = boxCreate(60, top, 480, bottom - top);
    pixClearInRect(pix.get(), box);
    boxDestroy(&box);
  }
  pixSetResolution(pix.get(), 300, 300);
  return pix;
}

TEST_CASE("FindBandCut: cuts in the middle of the white gap between two blocks of text") {
  PixPtr page = PageWithBars({{100, 180}, {500, 580}});
  const int cut = FindBandCut(page.get(), 12);
  CHECK(cut > 180);
  CHECK(cut < 500);
}

TEST_CASE("FindBandCut: the cut balances ink, not height: it skips a gap with little above") {
  // Gaps at 130-150 (a tenth of the ink above) and 300-320 (over half above).
  PixPtr page = PageWithBars({{100, 130}, {150, 300}, {320, 470}});
  const int cut = FindBandCut(page.get(), 12);
  CHECK(cut >= 300);
  CHECK(cut < 320);
}

TEST_CASE("FindBandCut: no cut in one block, on a blank page, or at a gap narrower than asked") {
  PixPtr one = PageWithBars({{100, 700}});
  CHECK(FindBandCut(one.get(), 12) == -1);
  PixPtr blank = PageWithBars({});
  CHECK(FindBandCut(blank.get(), 12) == -1);
  PixPtr narrow = PageWithBars({{100, 395}, {400, 700}});
  CHECK(FindBandCut(narrow.get(), 12) == -1);
  CHECK(FindBandCut(narrow.get(), 4) > 394);
}

}  // namespace
}  // namespace chidao
