// Small text helpers for metadata values: whitespace normalisation and Vietnamese casing
// ("TỈNH CAO BẰNG" → "tỉnh Cao Bằng" needs a sentence case and a proper-name case).
// Internal to chidao::parse; all case mapping goes through ICU.
#pragma once

#include <string>
#include <string_view>

#include "chidao/vn_text.h"  // TrimSpace, CollapseSpace

namespace chidao {

// True when `s` has at least one letter and no lowercase letter: "KẾ HOẠCH", "SỐ 12".
bool IsAllCaps(std::string_view s);

// True when the first letter of `s` is uppercase.
bool StartsUpper(std::string_view s);
// True when the first letter of `s` is lowercase.
bool StartsLower(std::string_view s);

// Lowercase / uppercase, code point by code point (ICU's simple case mapping, which for
// Vietnamese is the full mapping: no letter of the language changes length). Unlike
// chidao::ToLower it builds no locale and no UTF-16 copy: the parser lowercases a word at a time.
std::string LowerCase(std::string_view s);
std::string UpperCase(std::string_view s);

// First letter uppercase, the rest unchanged: "chủ động" → "Chủ động".
std::string CapitalizeFirst(std::string_view s);

// Lowercase, then the first letter uppercase: "KẾ HOẠCH TRIỂN KHAI" → "Kế hoạch triển khai".
std::string SentenceCase(std::string_view s);

// Each word lowercase with its first letter uppercase: "CAO BẰNG" → "Cao Bằng".
std::string CapitalizeWords(std::string_view s);

}  // namespace chidao
