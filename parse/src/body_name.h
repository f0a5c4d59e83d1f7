// Internal header of chidao::parse (not part of its API).
//
// Spelling helpers for canonical body names: words re-joined with single spaces (punctuation
// attached the way Vietnamese prints it: "huyện, thành phố", "(b/c)", "Phát thanh - Truyền
// hình"), first letters raised or lowered, abbreviations inside names expanded.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "word_tokenizer.h"

namespace chidao::parse_internal {

// Appends `piece` to `out`, with a space before it unless it is punctuation that hugs the
// previous word ("," ";" ":" ")" ".") or `out` ends with "(".
void AppendPiece(std::string& out, std::string_view piece, bool punct);

// words[b, e) re-joined, abbreviations expanded ("Đài PT-TH tỉnh" → "Đài Phát thanh - Truyền
// hình tỉnh", "Ủy ban MTTQ" → "Ủy ban Mặt trận Tổ quốc"), "Ủy ban nhân dân" → "UBND",
// "Hội đồng nhân dân" → "HĐND", "tỉnh ủy" → "Tỉnh ủy".
std::string CanonicalWords(const std::vector<Word>& words, std::size_t b, std::size_t e);

// CanonicalWords for a group named by common nouns ("các tổ chức, cá nhân kinh doanh"): a word
// written in capitals for emphasis ("CÁC TỔ CHỨC, CÁ NHÂN") is lower-cased when it reads as a
// Vietnamese syllable, while an acronym ("THPT", "KCB", "FDI") keeps its capitals.
std::string CommonNounWords(const std::vector<Word>& words, std::size_t b, std::size_t e);

// True when a fold reads as one Vietnamese syllable: an onset, one to three vowels and a coda
// ("to", "chuc", "nghiep", "quy", "gi"), which acronyms do not ("thpt", "ubnd", "fdi", "covid").
bool IsSyllableFold(std::string_view fold);

// First letter upper / lower case: "sở" → "Sở", "Các" → "các".
std::string CapitalizeFirst(std::string_view s);
std::string LowercaseFirst(std::string_view s);

}  // namespace chidao::parse_internal
