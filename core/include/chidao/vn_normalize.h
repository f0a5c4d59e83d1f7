// The canonical form of Vietnamese text: NFC plus one tone-placement style.
//
// Vietnamese writes the same syllable two ways in open syllables on "oa", "oe", "uy":
// "hòa"/"hoà", "khỏe"/"khoẻ", "thủy"/"thuỷ". Both are correct and both occur, often in one
// document, so search and matching need one form. chidao keeps the one the corpus and most
// administrative documents use, mark on the first vowel of the open syllable: "hòa", "khỏe",
// "thủy", "ủy ban". (Sources disagree on whether to call this style "old" or "new"; the
// examples are what count.)
// Closed syllables ("hoàn", "hoạch", "quỳnh", "thuyền") are the same in both styles and are never
// touched, nor is "qu" + y ("quý", "quỳ": the u belongs to the initial "qu").
//
// Both functions are pure, linear in the input, and idempotent.
#pragma once

#include <string>
#include <string_view>

namespace chidao {

// Moves the tone mark of open "oa"/"oe"/"uy" syllables to the first vowel, on NFC text:
// "hoà" → "hòa", "Thuỷ" → "Thủy", "UỶ BAN" → "ỦY BAN", "khoẻ" → "khỏe"; "quý", "hoàn" unchanged.
// Input that is not NFC is processed as is (use NormalizeVietnamese for arbitrary text).
std::string NormalizeTonePlacement(std::string_view utf8);

// ToNfc + NormalizeTonePlacement: the canonical form of any Vietnamese string. Invalid UTF-8
// becomes U+FFFD.
std::string NormalizeVietnamese(std::string_view utf8);

}  // namespace chidao
