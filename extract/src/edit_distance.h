// Internal to chidao::extract. Levenshtein distance over Unicode code points.
//
// Used to recognise a running header that OCR read slightly differently on each page, and by
// the tests and benchmarks to measure OCR's character error rate (CER).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace chidao {

// Code points of UTF-8 text; ill-formed sequences become U+FFFD.
std::u32string ToCodePoints(std::string_view utf8);

// Insertions + deletions + substitutions turning `a` into `b`. O(|a|·|b|) time, O(|b|) memory.
std::size_t EditDistance(std::u32string_view a, std::u32string_view b);

// Character error rate of `hypothesis` against `reference`: EditDistance / |reference| after
// NFC and collapsing every run of whitespace to one space (layout is not what OCR is judged on).
double CharacterErrorRate(std::string_view reference, std::string_view hypothesis);

}  // namespace chidao
