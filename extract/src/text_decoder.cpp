// Encoding detection for text files.
//
// Rules, in order:
// 1. A byte-order mark decides: EF BB BF UTF-8, FF FE UTF-16LE, FE FF UTF-16BE.
// 2. A forced encoding (--encoding) decodes as told, no questions asked.
// 3. UTF-16 without BOM shows as NULs in every other byte (ASCII letters, spaces, digits): at
//    least 30% of the odd bytes NUL and almost no even byte NUL is UTF-16LE ("T\0h\0ự\x1E").
// 4. Binary data is refused: NULs (outside UTF-16) or C0 control bytes other than tab, line
//    feed, carriage return, form feed and DOS end-of-file make up more than 0.1% / 1% of it.
// 5. Valid UTF-8 is UTF-8 (plain ASCII included): legacy 8-bit text is almost never valid UTF-8.
//    UTF-8 damaged in a few places (at least 50 well-formed multi-byte sequences per bad byte)
//    is still UTF-8: the bad bytes become U+FFFD and the user is told how many.
// 6. Otherwise the text is 8-bit: it is decoded as TCVN3, VNI and Windows-1258 and each result
//    scored by how Vietnamese it looks (vietnamese_score.h); the best wins if most of its
//    non-ASCII words are Vietnamese syllables. "ViÖt Nam" is TCVN3, "Vieät Nam" VNI,
//    "Vi\xEA\xF2t" (ê + combining dot below) Windows-1258. A text that is ASCII but for a few stray
//    high bytes is read with the best candidate; anything else is "unknown encoding".
#include "text_decoder.h"

#include <unicode/normalizer2.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>
#include <unicode/utf16.h>

#include "chidao/vn_text.h"
#include "legacy_encoding.h"
#include "vietnamese_score.h"

namespace chidao {
namespace {

constexpr std::size_t kSampleBytes = 64 * 1024;

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

// Decodes UTF-16 code units (little or big endian) to UTF-8; unpaired surrogates and an odd
// trailing byte become U+FFFD. `clean` (may be null) tells whether none had to be replaced.
std::string DecodeUtf16(std::string_view bytes, bool big_endian, bool* clean) {
  icu::UnicodeString u;
  const std::size_t units = bytes.size() / 2;
  bool ok = bytes.size() % 2 == 0;
  for (std::size_t i = 0; i < units; ++i) {
    const auto hi = static_cast<unsigned char>(bytes[2 * i + (big_endian ? 0 : 1)]);
    const auto lo = static_cast<unsigned char>(bytes[2 * i + (big_endian ? 1 : 0)]);
    u.append(static_cast<UChar>(hi << 8 | lo));
  }
  // Replace unpaired surrogates, which UTF-8 cannot carry.
  for (int32_t i = 0; i < u.length(); ++i) {
    const UChar c = u.charAt(i);
    if (U16_IS_LEAD(c) && i + 1 < u.length() && U16_IS_TRAIL(u.charAt(i + 1))) {
      ++i;
    } else if (U16_IS_SURROGATE(c)) {
      u.setCharAt(i, 0xFFFD);
      ok = false;
    }
  }
  if (bytes.size() % 2 != 0) u.append(static_cast<UChar>(0xFFFD));
  if (clean != nullptr) *clean = ok;
  std::string out;
  u.toUTF8String(out);
  return out;
}

// 'l' for UTF-16LE, 'b' for UTF-16BE, 0 when the NUL pattern is not UTF-16's.
char GuessUtf16(std::string_view bytes) {
  const std::string_view sample = bytes.substr(0, kSampleBytes);
  const std::size_t pairs = sample.size() / 2;
  if (pairs < 2) return 0;
  std::size_t even_nul = 0, odd_nul = 0;
  for (std::size_t i = 0; i + 1 < sample.size(); i += 2) {
    even_nul += sample[i] == '\0';
    odd_nul += sample[i + 1] == '\0';
  }
  if (odd_nul * 10 >= pairs * 3 && even_nul * 20 < pairs) return 'l';
  if (even_nul * 10 >= pairs * 3 && odd_nul * 20 < pairs) return 'b';
  return 0;
}

// Why these bytes are not text, or empty when they may be.
std::string BinaryReason(std::string_view bytes) {
  const std::string_view sample = bytes.substr(0, kSampleBytes);
  std::size_t nul = 0, control = 0;
  for (char ch : sample) {
    const auto b = static_cast<unsigned char>(ch);
    if (b == 0) {
      ++nul;
    } else if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1A) ||
               b == 0x7F) {
      ++control;
    }
  }
  if (nul * 1000 > sample.size()) return "not a text file (binary data: NUL bytes)";
  if (control * 100 > sample.size()) return "not a text file (binary data: control bytes)";
  return {};
}

// The sample cut at its last line break, so no multi-byte letter is split.
std::string_view Sample(std::string_view bytes) {
  if (bytes.size() <= kSampleBytes) return bytes;
  std::string_view sample = bytes.substr(0, kSampleBytes);
  const std::size_t nl = sample.rfind('\n');
  return nl == std::string_view::npos ? sample : sample.substr(0, nl + 1);
}

std::string DecodeAs(std::string_view bytes, TextEncoding encoding) {
  switch (encoding) {
    case TextEncoding::kTcvn3: return DecodeLegacyBytes(bytes, LegacyFont::kTcvn3);
    case TextEncoding::kVni: return DecodeLegacyBytes(bytes, LegacyFont::kVni);
    case TextEncoding::kCp1258: return DecodeWindows1258(bytes);
    default: return std::string(bytes);
  }
}

const char* Name(TextEncoding encoding) {
  switch (encoding) {
    case TextEncoding::kTcvn3: return "tcvn3";
    case TextEncoding::kVni: return "vni";
    case TextEncoding::kCp1258: return "cp1258";
    case TextEncoding::kUtf16: return "utf-16le";
    default: return "utf-8";
  }
}

Result<std::string> DetectEightBit(std::string_view bytes, const std::string& name,
                                   std::string* detected) {
  const std::string_view sample = Sample(bytes);
  TextEncoding best = TextEncoding::kTcvn3;
  VietnameseScore best_score;
  bool first = true;
  for (TextEncoding candidate : {TextEncoding::kTcvn3, TextEncoding::kVni, TextEncoding::kCp1258}) {
    const VietnameseScore score = ScoreVietnamese(ToNfc(DecodeAs(sample, candidate)));
    if (first || score.Ratio() > best_score.Ratio() ||
        (score.Ratio() == best_score.Ratio() && score.good > best_score.good)) {
      best = candidate;
      best_score = score;
      first = false;
    }
  }
  std::size_t high = 0;
  for (char ch : sample) high += static_cast<unsigned char>(ch) >= 0x80;
  const bool mostly_ascii = high * 50 < sample.size();
  if (best_score.good == 0 && mostly_ascii) best = TextEncoding::kCp1258;
  if ((best_score.good >= 1 && best_score.Ratio() >= 0.6) || mostly_ascii) {
    if (detected != nullptr) *detected = Name(best);
    return DecodeAs(bytes, best);
  }
  return Status::Unsupported(
      name, "unknown text encoding (not UTF-8, UTF-16, TCVN3, VNI or Windows-1258); "
            "name it with --encoding");
}

// Counts the bytes that break UTF-8 and the well-formed multi-byte sequences. A UTF-8 file
// damaged in a few places (a bad copy-paste, a truncated download) has many of the latter and
// few of the former; an 8-bit legacy text is the other way round.
struct Utf8Damage {
  std::size_t invalid_bytes = 0;
  std::size_t multibyte = 0;
};

Utf8Damage MeasureUtf8Damage(std::string_view bytes) {
  Utf8Damage damage;
  std::size_t i = 0;
  while (i < bytes.size()) {
    const auto lead = static_cast<unsigned char>(bytes[i]);
    if (lead < 0x80) {
      ++i;
      continue;
    }
    const std::size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0;
    if (length > 0 && i + length <= bytes.size() &&
        IsValidUtf8(bytes.substr(i, length))) {
      ++damage.multibyte;
      i += length;
    } else {
      ++damage.invalid_bytes;
      ++i;
    }
  }
  return damage;
}

}  // namespace

std::string DecodeWindows1258(std::string_view bytes) {
  UErrorCode status = U_ZERO_ERROR;
  UConverter* cnv = ucnv_open("windows-1258", &status);
  if (U_FAILURE(status)) return std::string(bytes);
  icu::UnicodeString u(bytes.data(), static_cast<int32_t>(bytes.size()), cnv, status);
  ucnv_close(cnv);
  std::string out;
  u.toUTF8String(out);
  return out;
}

std::string EncodeWindows1258(std::string_view utf8) {
  // Windows-1258 has the shaped letters (â ă ê ô ơ ư đ) precomposed and the five tones as
  // combining marks: each letter becomes its shaped base plus its tone mark ("ệ" → ê + U+0323).
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return {};
  const icu::UnicodeString composed = nfc->normalize(
      icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size()))),
      status);
  icu::UnicodeString split;
  for (int32_t i = 0; i < composed.length();) {
    const UChar32 c = composed.char32At(i);
    i += U16_LENGTH(c);
    icu::UnicodeString decomposition;
    if (!nfd->getDecomposition(c, decomposition)) {
      split.append(c);
      continue;
    }
    icu::UnicodeString shaped, tones;
    for (int32_t j = 0; j < decomposition.length();) {
      const UChar32 d = decomposition.char32At(j);
      j += U16_LENGTH(d);
      const bool tone = d == 0x0300 || d == 0x0301 || d == 0x0303 || d == 0x0309 || d == 0x0323;
      (tone ? tones : shaped).append(d);
    }
    split.append(nfc->normalize(shaped, status)).append(tones);
  }
  UConverter* cnv = ucnv_open("windows-1258", &status);
  if (U_FAILURE(status)) return {};
  std::string out(static_cast<std::size_t>(split.length()) * 2 + 16, '\0');
  const int32_t len = split.extract(out.data(), static_cast<int32_t>(out.size()), cnv, status);
  ucnv_close(cnv);
  if (U_FAILURE(status)) return {};
  out.resize(static_cast<std::size_t>(len));
  return out;
}

Result<std::string> DecodeText(std::string_view bytes, TextEncoding forced, const std::string& name,
                               std::string* detected) {
  auto set = [detected](const char* value) {
    if (detected != nullptr) *detected = value;
  };
  if (StartsWith(bytes, "\xEF\xBB\xBF") && forced == TextEncoding::kAuto) {
    set("utf-8");
    return std::string(bytes.substr(3));
  }
  const bool bom_le = StartsWith(bytes, "\xFF\xFE");
  const bool bom_be = StartsWith(bytes, "\xFE\xFF");
  if ((bom_le || bom_be) && (forced == TextEncoding::kAuto || forced == TextEncoding::kUtf16)) {
    set(bom_le ? "utf-16le" : "utf-16be");
    return DecodeUtf16(bytes.substr(2), bom_be, nullptr);
  }
  if (forced == TextEncoding::kUtf16) {
    const bool big_endian = GuessUtf16(bytes) == 'b';
    set(big_endian ? "utf-16be" : "utf-16le");
    return DecodeUtf16(bytes, big_endian, nullptr);
  }
  if (forced != TextEncoding::kAuto) {
    set(Name(forced));
    std::string_view body = bytes;
    if (forced == TextEncoding::kUtf8 && StartsWith(body, "\xEF\xBB\xBF")) body.remove_prefix(3);
    return DecodeAs(body, forced);  // invalid UTF-8 becomes U+FFFD when normalised
  }
  if (const char guess = GuessUtf16(bytes)) {
    bool clean = false;
    std::string text = DecodeUtf16(bytes, guess == 'b', &clean);
    if (clean && BinaryReason(text).empty()) {
      set(guess == 'b' ? "utf-16be" : "utf-16le");
      return text;
    }
  }
  if (std::string reason = BinaryReason(bytes); !reason.empty()) {
    return Status::Unsupported(name, reason);
  }
  if (IsValidUtf8(bytes)) {
    set("utf-8");
    return std::string(bytes);
  }
  if (const Utf8Damage damage = MeasureUtf8Damage(bytes);
      damage.multibyte >= 20 && damage.multibyte >= 50 * damage.invalid_bytes) {
    // Normalisation turns each invalid byte into U+FFFD; the diagnostic tells the user.
    if (detected != nullptr) {
      *detected = "utf-8 with " + std::to_string(damage.invalid_bytes) +
                  " invalid byte(s) replaced by U+FFFD";
    }
    return std::string(bytes);
  }
  return DetectEightBit(bytes, name, detected);
}

}  // namespace chidao
