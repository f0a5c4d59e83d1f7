// Vietnamese text helpers shared by every stage, built on ICU.
//
// Folding is what makes "tiem vac xin" find "tiêm vắc-xin" and "so y te" find "Sở Y tế":
// case folded, every combining mark removed (tone and vowel marks), and đ/Đ → d, which
// Unicode does not decompose and so SQLite's remove_diacritics leaves alone.
#pragma once

#include <string>
#include <string_view>

namespace chidao {

// NFC form of UTF-8 text. Invalid UTF-8 sequences become U+FFFD.
std::string ToNfc(std::string_view utf8);

// Full Unicode lowercase (Vietnamese capitals with marks included): "ỦY BAN" → "ủy ban".
std::string ToLower(std::string_view utf8);

// Upper case, the inverse of ToLower.
std::string ToUpper(std::string_view utf8);

// Lowercase, marks removed, đ → d, NFC: "Đào tạo Hoà" → "dao tao hoa".
std::string FoldDiacritics(std::string_view utf8);

// True when `utf8` is well-formed UTF-8.
bool IsValidUtf8(std::string_view bytes);

// Without leading and trailing ASCII whitespace.
std::string_view TrimSpace(std::string_view s);

// Trimmed, every run of ASCII whitespace (newlines included) replaced by one space: how task
// texts, names and metadata values are stored, so a typed value compares equal to a parsed one.
std::string CollapseSpace(std::string_view s);

}  // namespace chidao
