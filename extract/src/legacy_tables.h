// Internal header of chidao::extract (not part of its API).
//
// The byte tables of the two legacy Vietnamese 8-bit font encodings, as data: each entry pairs
// a Vietnamese letter (UTF-8, NFC) with the byte sequence that encodes it. Both the decoders
// (bytes → Unicode) and the encoders (Unicode → bytes, used by round-trip tests and fixtures)
// are derived from these same entries, so the two directions cannot disagree. Bytes not in a
// table mean what Windows-1252 says they mean (ASCII, curly quotes 0x93/0x94, Latin-1 letters),
// because these fonts were used through Windows' ANSI code page.
#pragma once

#include <span>
#include <string_view>

namespace chidao::legacy {

struct Code {
  std::string_view letter;  // UTF-8, one precomposed letter (or a combining mark)
  std::string_view bytes;   // its code in the legacy encoding
  bool decode_only = false; // read when seen, never written (a second spelling of a letter)
};

// TCVN 5712:1993 VN3 ("ABC", fonts .VnTime/.VnTimeH): lowercase letters and the seven capitals
// Ă Â Ê Ô Ơ Ư Đ; the toned capitals VN3 lacks are written with the lowercase code. The gaps of
// VN3 are read as the capitals of table VN1 (decode only).
std::span<const Code> Tcvn3Codes();

// VNI-Windows (fonts VNI-Times...): an ASCII base letter followed by one mark byte, single
// bytes for đ, ơ, ư, the toned i and ỵ; capitals use the mark bytes minus 0x20.
std::span<const Code> VniCodes();

// The character Windows-1252 assigns to `byte` (0x00..0xFF), from ICU's converter; the five
// undefined bytes map to the C1 control of the same value, as in Latin-1.
char32_t Windows1252(unsigned char byte);

}  // namespace chidao::legacy
