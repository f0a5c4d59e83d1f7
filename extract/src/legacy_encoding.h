// Internal header of chidao::extract (not part of its API).
//
// Legacy Vietnamese 8-bit font encodings, TCVN3 (ABC) and VNI-Windows: bytes ↔ Unicode, and
// the mojibake that PDF text layers made with those fonts produce. A PDF made with .VnTime
// (TCVN3) or VNI-Times fonts usually maps each code to the Latin-1/Windows-1252 character of
// the same byte, so Poppler returns "nh©n d©n" (TCVN3) or "Vieät Nam" (VNI) for "nhân dân",
// "Việt Nam". Such text is turned back into bytes and decoded with the font's table.
//
// TCVN3 (VN3) has no toned capitals and its all-caps headings were typed in lowercase codes
// shown with a capitals-only font (.VnTimeH): those capitals are lost in the bytes and come
// back lowercase ("CỘNG HÒA" → "cộng hòa"). Nothing can recover them from the text alone.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace chidao {

enum class LegacyFont { kNone, kTcvn3, kVni };

// "tcvn3", "vni" or "none".
const char* ToString(LegacyFont font);

// Which legacy font, if any, text extracted from one PDF page (or a UTF-8 file pasted from one)
// is in: the font whose decoding looks most like Vietnamese, when it looks much more Vietnamese
// than the text as it is. kNone for ordinary Unicode text, ASCII, or too little evidence.
LegacyFont DetectLegacyFont(std::string_view utf8);

// Transcodes such text to proper Vietnamese Unicode (NFC); nullopt when `font` is kNone or the
// text is mostly not legacy mojibake. Words already in Vietnamese Unicode ("Việt" on a page
// mixing fonts) are kept as they are. Call it before NormalizeText, which would strip the
// soft hyphen U+00AD that is TCVN3's "ư".
std::optional<std::string> TranscodeLegacy(std::string_view utf8, LegacyFont font);

// Decodes legacy bytes to UTF-8 (NFC). Bytes outside the table are read as Windows-1252.
std::string DecodeLegacyBytes(std::string_view bytes, LegacyFont font);

// Encodes UTF-8 text into legacy bytes, the inverse of DecodeLegacyBytes (used for round-trip
// tests). TCVN3 writes toned capitals with the lowercase code. nullopt when a character has no
// code in the font's table nor in Windows-1252.
std::optional<std::string> EncodeLegacy(std::string_view utf8, LegacyFont font);

}  // namespace chidao
