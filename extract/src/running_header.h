// Internal to chidao::extract. Removing running headers, footers and page numbers.
//
// A printed directive repeats a line at the top or bottom of its pages ("Số: 3279/KH-UBND",
// "Công văn số 6325/UBND-KGVX") and numbers its pages ("2", "- 2 -", "Trang 2/7", "2/7"). Those
// lines are layout, not content: left in, they split a sentence that runs across a page break
// and confuse the parser. Rules:
// - A line among the first two or last two non-blank lines of a page is a running header or
//   footer when a similar line (same text with digits ignored, or at most 8% of characters
//   different, for OCR noise) stands at the same end of at least half of the neighbouring pages
//   (up to five on each side). One-page documents have no running headers.
// - The first or last non-blank line is a page number when it is only a number in one of the
//   forms above and the number fits the page: it equals the page's position, or it is offset
//   from the position by the same amount as on at least one other page (a document whose
//   numbering starts at 3).
// Works on text from any source (text layer or OCR), page by page, in place.
#pragma once

#include <string>
#include <vector>

namespace chidao {

// Removes running headers/footers and page numbers from `pages` (one string per page, "\n"
// line ends). Returns the number of lines removed.
int RemoveRunningHeaders(std::vector<std::string>* pages);

}  // namespace chidao
