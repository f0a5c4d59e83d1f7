#include "page_bands.h"

#include <vector>

namespace chidao {

int FindBandCut(Pix* image, int min_gap) {
  const l_int32 width = pixGetWidth(image);
  const l_int32 height = pixGetHeight(image);
  if (width < 8 || height < 8 || min_gap < 1) return -1;
  PixPtr binary;
  if (pixGetDepth(image) == 1) {
    binary.reset(pixClone(image));
  } else {
    PixPtr grey(pixConvertTo8(image, 0));
    if (!grey) return -1;
    binary.reset(pixThresholdToBinary(grey.get(), 128));
  }
  if (!binary) return -1;
  // The same speck filter as IsBlankPage: a 2x2 opening keeps every stroke of print.
  PixPtr opened(pixOpenBrick(nullptr, binary.get(), 2, 2));
  if (!opened) return -1;
  NUMA* counts = pixCountPixelsByRow(opened.get(), nullptr);
  if (counts == nullptr) return -1;
  std::vector<double> ink(height, 0.0);
  double total = 0;
  for (l_int32 y = 0; y < height && y < numaGetCount(counts); ++y) {
    l_float32 value = 0;
    numaGetFValue(counts, y, &value);
    ink[y] = value;
    total += value;
  }
  numaDestroy(&counts);
  if (total <= 0) return -1;

  int best_start = -1, best_length = 0;
  double above = 0;
  int run_start = -1;
  for (l_int32 y = 0; y < height; ++y) {
    const bool in_middle = above >= 0.3 * total && above <= 0.7 * total;
    if (ink[y] == 0 && in_middle) {
      if (run_start < 0) run_start = y;
      const int length = y - run_start + 1;
      if (length > best_length) {
        best_length = length;
        best_start = run_start;
      }
    } else {
      run_start = -1;
    }
    above += ink[y];
  }
  if (best_length < min_gap) return -1;
  return best_start + best_length / 2;
}

}  // namespace chidao
