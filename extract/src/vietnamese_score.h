// Internal header of chidao::extract (not part of its API).
//
// How Vietnamese a decoded text looks: the evidence the encoding detectors weigh. Only the
// parts where candidate decodings differ are counted, i.e. words with a non-ASCII letter and
// stray non-ASCII symbols; plain ASCII is identical under every 8-bit decoding and says nothing.
//   good: words with a non-ASCII letter that are well-formed Vietnamese syllables
//         ("nhân", "Việt", "ĐỒNG") — initial consonant + vowel nucleus + final, one tone mark;
//   bad:  such words that are not ("nhÂn", "ViÖt", "Vieät"), plus symbols typical of mojibake
//         ("©", "§", "¸"): the TCVN3 letters decoded as Windows-1252.
#pragma once

#include <string_view>

namespace chidao {

struct VietnameseScore {
  int good = 0;
  int bad = 0;
  // good / (good + bad); 0 when nothing was counted.
  double Ratio() const { return good + bad == 0 ? 0.0 : double(good) / double(good + bad); }
};

// Scores UTF-8 text (any normalisation form).
VietnameseScore ScoreVietnamese(std::string_view utf8);

// True when `word` (UTF-8 letters, any case and form) is a well-formed Vietnamese syllable.
bool IsVietnameseSyllable(std::string_view word);

}  // namespace chidao
