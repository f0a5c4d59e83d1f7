// TCVN3 / VNI decoding, encoding, and detection of their mojibake.
//
// Rules:
// - Decoding reads the font's table (legacy_tables.cpp); VNI reads a base letter and the mark
//   byte after it as one letter ("e" + "ä" → "ệ", "Vieät" → "Việt"), longest match first. A mark
//   byte of the other case is accepted and takes the base letter's case ("Aø" → "À").
// - Mojibake text maps back to bytes through Latin-1 (Poppler's U+00XX for code XX) or
//   Windows-1252 (curly quotes, "…"), then decodes: "nh©n d©n" → "nhân dân".
// - Detection compares how Vietnamese the text looks as it is and decoded with each table
//   (vietnamese_score.h) and picks a font only on clear evidence: "ViÖt Nam" is TCVN3, "Vieät"
//   is VNI, "Việt Nam" and plain English are none.
#include "legacy_encoding.h"

#include <array>
#include <unicode/uchar.h>
#include <unicode/utf8.h>
#include <unordered_map>

#include "chidao/vn_text.h"
#include "legacy_tables.h"
#include "vietnamese_score.h"

namespace chidao {
namespace {

constexpr std::size_t kDetectSampleBytes = 64 * 1024;

char32_t FirstCodePoint(std::string_view utf8) {
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(utf8.data()), i, static_cast<int32_t>(utf8.size()), c);
  return static_cast<char32_t>(c);
}

void AppendUtf8(std::string& out, char32_t c) {
  char buf[4];
  int32_t len = 0;
  UBool error = false;
  U8_APPEND(reinterpret_cast<uint8_t*>(buf), len, 4, static_cast<UChar32>(c), error);
  if (!error) out.append(buf, static_cast<std::size_t>(len));
}

// The tables of one font, in both directions, built once from legacy_tables.cpp.
struct FontTables {
  std::array<char32_t, 256> single{};                 // byte → character
  std::unordered_map<uint16_t, char32_t> pair;         // (base << 8 | mark) → letter (VNI)
  std::unordered_map<char32_t, std::string> encode;    // character → bytes
};

FontTables Build(std::span<const legacy::Code> codes) {
  FontTables t;
  for (int b = 0; b < 256; ++b) t.single[b] = legacy::Windows1252(static_cast<unsigned char>(b));
  std::array<bool, 256> used{};
  for (const legacy::Code& code : codes) {
    const char32_t letter = FirstCodePoint(code.letter);
    const auto b0 = static_cast<unsigned char>(code.bytes[0]);
    if (code.bytes.size() == 1) {
      t.single[b0] = letter;
      used[b0] = true;
    } else {
      const auto b1 = static_cast<unsigned char>(code.bytes[1]);
      t.pair[static_cast<uint16_t>(b0 << 8 | b1)] = letter;
      used[b1] = true;
    }
    if (!code.decode_only) t.encode[letter] = std::string(code.bytes);
  }
  // Characters outside the table are written with their Windows-1252 byte when it is free.
  for (int b = 0; b < 256; ++b) {
    const char32_t c = legacy::Windows1252(static_cast<unsigned char>(b));
    if (!used[b] && !t.encode.count(c)) t.encode[c] = std::string(1, static_cast<char>(b));
  }
  return t;
}

const FontTables& Tables(LegacyFont font) {
  static const FontTables tcvn3 = Build(legacy::Tcvn3Codes());
  static const FontTables vni = Build(legacy::VniCodes());
  return font == LegacyFont::kVni ? vni : tcvn3;
}

// Byte of a mojibake character: Latin-1 first (Poppler's U+00XX), then Windows-1252.
std::optional<unsigned char> MojibakeByte(char32_t c) {
  if (c < 0x100) return static_cast<unsigned char>(c);
  for (int b = 0x80; b < 0xA0; ++b) {
    if (legacy::Windows1252(static_cast<unsigned char>(b)) == c) return static_cast<unsigned char>(b);
  }
  return std::nullopt;
}

// The bytes behind mojibake text; nullopt if a character has none (real Unicode).
std::optional<std::string> MojibakeBytes(std::string_view utf8) {
  std::string bytes;
  bytes.reserve(utf8.size());
  const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
  const int32_t n = static_cast<int32_t>(utf8.size());
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) return std::nullopt;
    std::optional<unsigned char> b = MojibakeByte(static_cast<char32_t>(c));
    if (!b) return std::nullopt;
    bytes.push_back(static_cast<char>(*b));
  }
  return bytes;
}

bool LooksVietnamese(std::string_view utf8) {
  const VietnameseScore score = ScoreVietnamese(utf8);
  return score.good > 0 && score.bad == 0;
}

bool IsAsciiSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

}  // namespace

const char* ToString(LegacyFont font) {
  switch (font) {
    case LegacyFont::kTcvn3: return "tcvn3";
    case LegacyFont::kVni: return "vni";
    case LegacyFont::kNone: return "none";
  }
  return "none";
}

std::string DecodeLegacyBytes(std::string_view bytes, LegacyFont font) {
  if (font == LegacyFont::kNone) return std::string(bytes);
  const FontTables& t = Tables(font);
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 2);
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    const auto b0 = static_cast<unsigned char>(bytes[i]);
    if (!t.pair.empty() && i + 1 < bytes.size()) {
      const auto b1 = static_cast<unsigned char>(bytes[i + 1]);
      auto it = t.pair.find(static_cast<uint16_t>(b0 << 8 | b1));
      char32_t letter = 0;
      if (it != t.pair.end()) {
        letter = it->second;
      } else if (b1 >= 0xC0 && (it = t.pair.find(static_cast<uint16_t>(b0 << 8 | (b1 ^ 0x20)))) !=
                                   t.pair.end()) {
        // Mark byte in the other case: the base letter decides the case.
        const bool upper = u_isupper(static_cast<UChar32>(t.single[b0]));
        letter = static_cast<char32_t>(upper ? u_toupper(static_cast<UChar32>(it->second))
                                             : u_tolower(static_cast<UChar32>(it->second)));
      }
      if (letter != 0) {
        AppendUtf8(out, letter);
        ++i;
        continue;
      }
    }
    AppendUtf8(out, t.single[b0]);
  }
  return ToNfc(out);
}

std::optional<std::string> EncodeLegacy(std::string_view utf8, LegacyFont font) {
  if (font == LegacyFont::kNone) return std::nullopt;
  const FontTables& t = Tables(font);
  const std::string nfc = ToNfc(utf8);
  std::string out;
  const auto* s = reinterpret_cast<const uint8_t*>(nfc.data());
  const int32_t n = static_cast<int32_t>(nfc.size());
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) return std::nullopt;
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
      continue;
    }
    auto it = t.encode.find(static_cast<char32_t>(c));
    if (it == t.encode.end() && font == LegacyFont::kTcvn3) {
      it = t.encode.find(static_cast<char32_t>(u_tolower(c)));  // VN3 has no toned capitals
    }
    if (it == t.encode.end()) return std::nullopt;
    out += it->second;
  }
  return out;
}

LegacyFont DetectLegacyFont(std::string_view utf8) {
  std::string_view sample = utf8.substr(0, kDetectSampleBytes);
  // Only words that can be mojibake are compared; words in real Unicode are evidence against.
  std::string mojibake;
  std::string as_is;
  std::size_t i = 0;
  while (i < sample.size()) {
    std::size_t j = i;
    while (j < sample.size() && !IsAsciiSpace(sample[j])) ++j;
    const std::string_view word = sample.substr(i, j - i);
    if (std::optional<std::string> bytes = MojibakeBytes(word)) {
      mojibake += *bytes;
      mojibake += ' ';
    }
    as_is += word;
    as_is += ' ';
    i = j + 1;
  }
  const VietnameseScore original = ScoreVietnamese(as_is);
  const VietnameseScore tcvn3 = ScoreVietnamese(DecodeLegacyBytes(mojibake, LegacyFont::kTcvn3));
  const VietnameseScore vni = ScoreVietnamese(DecodeLegacyBytes(mojibake, LegacyFont::kVni));
  const bool vni_better = vni.Ratio() > tcvn3.Ratio() ||
                          (vni.Ratio() == tcvn3.Ratio() && vni.good > tcvn3.good);
  const VietnameseScore& best = vni_better ? vni : tcvn3;
  if (best.good < 2 || best.good <= original.good) return LegacyFont::kNone;
  if (best.Ratio() < 0.7 || best.Ratio() < original.Ratio() + 0.25) return LegacyFont::kNone;
  return vni_better ? LegacyFont::kVni : LegacyFont::kTcvn3;
}

std::optional<std::string> TranscodeLegacy(std::string_view utf8, LegacyFont font) {
  if (font == LegacyFont::kNone) return std::nullopt;
  std::string out;
  out.reserve(utf8.size() + utf8.size() / 4);
  int transcoded = 0;
  int kept = 0;
  std::size_t i = 0;
  while (i < utf8.size()) {
    std::size_t j = i;
    while (j < utf8.size() && !IsAsciiSpace(utf8[j])) ++j;
    const std::string_view word = utf8.substr(i, j - i);
    bool ascii = true;
    for (char c : word) ascii &= static_cast<unsigned char>(c) < 0x80;
    if (ascii) {
      out += word;
    } else if (std::optional<std::string> bytes = MojibakeBytes(word)) {
      std::string decoded = DecodeLegacyBytes(*bytes, font);
      // A real Unicode word on a page mixing fonts stays when its decoding is no word.
      if (LooksVietnamese(word) && !LooksVietnamese(decoded)) {
        out += word;
        ++kept;
      } else {
        out += decoded;
        ++transcoded;
      }
    } else {
      out += word;
      ++kept;
    }
    if (j < utf8.size()) out.push_back(utf8[j]);
    i = j + 1;
  }
  if (kept > transcoded) return std::nullopt;
  return ToNfc(out);
}

}  // namespace chidao
