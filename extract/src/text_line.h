// Internal header of chidao::extract (not part of its API).
//
// What one line of an administrative document is, as far as the line-rejoining rules of
// text_normalizer.cpp need to know: a list item, a heading in capitals, part of the header
// block, a table row... Classification looks only at the line itself; the rules that weigh
// neighbouring lines live in the normaliser.
#pragma once

#include <string_view>

namespace chidao {

struct TextLine {
  std::string_view text;     // trimmed, never empty unless `blank`
  int length = 0;            // in code points
  bool blank = false;
  bool item = false;         // starts with a list marker: "-", "+", "•", "1.", "a)", "II.", "Điều 2."
  bool numbered = false;     // the marker is a number, letter or article ("1.", "a)", "II.")
  bool lone_marker = false;  // is nothing but a list marker ("-", "1.")
  bool dash_lower = false;   // "- " then a lowercase letter: a dash continuing a phrase
  bool hard = false;         // never joined: table row, separator, the national motto
  bool opens_block = false;  // "Số:", "V/v", "Kính gửi", "Nơi nhận", "Căn cứ", "Hà Nội, ngày ..."
  bool caps = false;         // a heading in capitals ("I. MỤC TIÊU", "KT. CHỦ TỊCH", "KẾ HOẠCH")
  bool type_line = false;    // the document type alone: "KẾ HOẠCH", "CHỈ THỊ", "QUYẾT ĐỊNH"...
  bool authority = false;    // a capitals line naming who acts: "CHỦ TỊCH ...", "TM. ...", "UBND ..."
  bool starts_lower = false; // first letter (after opening quotes/brackets) is lowercase
  bool page_number = false;  // only a page number: "2", "- 3 -", "Trang 4", "2/7"
  char end = 0;              // last punctuation before closing quotes/brackets: . ; : , ! ? -
  bool dash_attached = false;// ends with a dash glued to a letter or digit ("COVID-", "KH-")
  bool ends_connective = false;  // last word cannot end a phrase: "và", "của", "các", "số"...
};

// Classifies a line (already trimmed of spaces, NFC).
TextLine ClassifyLine(std::string_view text);

// True when `text` is nothing but opening quotes and brackets ("«", "“", "("): the first
// characters of the next line, split from it.
bool OnlyOpenings(std::string_view text);

// True when `a` + " " + `b` is still the start of "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
// i.e. the national title wrapped over two lines.
bool ContinuesNationalTitle(std::string_view a, std::string_view b);

}  // namespace chidao
