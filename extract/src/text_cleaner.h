// Internal header of chidao::extract (not part of its API).
//
// Character-level cleaning of raw text bytes, before NFC and line work (text_normalizer.cpp):
// one line-end convention, one space character, no controls or invisible characters.
#pragma once

#include <string>
#include <string_view>

namespace chidao {

// Cleans `in` (any bytes): CRLF/CR, form feed, U+2028/2029 → "\n"; tab and Unicode spaces →
// " "; C0/C1 controls, zero-width characters, soft hyphen, bidi marks, BOM removed; invalid
// UTF-8 sequences → U+FFFD. Everything else is copied unchanged. Linear, never fails.
std::string CleanCharacters(std::string_view in);

}  // namespace chidao
