// Số ký hiệu (document number and symbol, DOMAIN.md §1–2, §6). Internal to chidao::parse.
//
// Forms: state "3279/KH-UBND" (number / type - issuer), công văn "6325/UBND-KGVX" (no type: the
// whole symbol is the issuer and its unit), normative "30/2020/NĐ-CP" (with the year), Party
// "91-CV/TU", "05-NQ/TU", "20-KL/TW" (number - type / issuer). OCR noise is repaired where the
// reading is certain: spaces ("Số 91 -CV/TU"), "Ð" for "Đ", and "D" for "Đ" where no code has a
// plain D ("QD" → "QĐ", "ND" → "NĐ", "CD" → "CĐ", Party issuers "DU" → "ĐU", "BCSD" → "BCSĐ").
// Type abbreviations follow Phụ lục III of Nghị định 30/2020/NĐ-CP and keep their mixed case
// (QyĐ, CTr, TTr); QĐ/QyĐ, HD/HĐ, CT/CTr, ĐA/DA are different types.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "chidao/directive.h"

namespace chidao {

// A code written alone, possibly with its "Số:" label: "Số: 3279/KH-UBND", "Số 91 -CV/TU".
std::optional<DocumentCode> ParseDocumentCode(std::string_view code_text);

// All codes in running text with their byte positions, in order.
struct CodeMatch {
  DocumentCode code;
  std::size_t begin = 0, end = 0;
};
std::vector<CodeMatch> FindDocumentCodes(std::string_view text);

// "KH" → "Kế hoạch", "QĐ" → "Quyết định", "CV" → "Công văn", "NĐ" → "Nghị định", ...
std::optional<std::string> TypeNameForCode(std::string_view type_code);

// The document type a whole code implies: its type letters ("TT" in a Party code is a Thông
// tri), "Công văn" for a state code without type letters and without a year, else nothing
// ("01/2011/QH13" is a law, which the code does not say).
std::optional<std::string> TypeNameFor(const DocumentCode& code);

// True when every pattern of this file compiled (checked by a test).
bool DocumentCodePatternsOk();

// For tests: the code grammar as read by hand (which most codes are) gives what its patterns give
// on `text`, as running text from its start and as a whole code, or leaves the answer to them.
bool CodeGrammarAgreesWithPatterns(std::string_view text);

}  // namespace chidao
