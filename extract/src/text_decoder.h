// Internal header of chidao::extract (not part of its API).
//
// Text file bytes → UTF-8. Vietnamese text files come in UTF-8 (with or without BOM), UTF-16
// (Windows "Unicode" .txt), the legacy font encodings TCVN3 and VNI (files from the 1990s-2000s
// era of .VnTime and VNI-Times fonts) and Windows-1258. Bytes that are no text at all (binary
// files, random data) are refused rather than turned into garbage.
#pragma once

#include <string>
#include <string_view>

#include "chidao/extract.h"
#include "chidao/status.h"

namespace chidao {

// Decodes a text file's bytes to UTF-8 (not yet normalised). Detects, in order: BOM (UTF-8,
// UTF-16LE/BE), valid UTF-8, UTF-16 without BOM (many NULs in alternate positions), the legacy
// Vietnamese 8-bit encodings TCVN3 (ABC) and VNI-Windows, then Windows-1258; `forced` overrides.
// `detected` (may be null) receives a short name: "utf-8", "utf-16le", "utf-16be", "tcvn3",
// "vni", "cp1258". Errors (bytes that are no text at all: binary, random bytes; an 8-bit text
// that no candidate decodes into Vietnamese) are a Status naming `name`.
Result<std::string> DecodeText(std::string_view bytes, TextEncoding forced, const std::string& name,
                               std::string* detected);

// Windows-1258 bytes → UTF-8 through ICU (tone marks stay combining: NFC is the caller's job).
std::string DecodeWindows1258(std::string_view bytes);

// UTF-8 → Windows-1258 bytes through ICU, tone marks decomposed as the code page requires
// (used by round-trip tests). Unencodable characters become '?'.
std::string EncodeWindows1258(std::string_view utf8);

}  // namespace chidao
