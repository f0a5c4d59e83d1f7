// Internal to chidao::extract. FindBandCut: where to cut a page image into two horizontal
// bands that hold about the same amount of text, so that two OCR workers can share a page.
//
// Why: a document's pages are read one per worker, so with 2 workers a 7-page scan leaves one
// worker idle while the other reads page 7 alone, an eighth of the document's wall time. The
// last page is instead cut in two and each band read by a worker. A cut must fall between
// text lines: the widest run of ink-free rows (specks ignored) among those where the ink
// above is 30-70% of the page's ink, so each band has a similar share of text to read.
// The image must be upright and deskewed (a 1° skew over an A4 width at 300 dpi shifts a
// line by 40 pixels, more than the gap between two lines).
#pragma once

#include "pix_ptr.h"

namespace chidao {

// The row at which to cut `image`, or -1 when no ink-free gap at least `min_gap` rows tall
// lies in the middle of its ink (a page of a few lines, a picture).
int FindBandCut(Pix* image, int min_gap);

}  // namespace chidao
