#include "text_decoder.h"

#include <random>
#include <unicode/unistr.h>

#include <catch2/catch.hpp>

#include "chidao/vn_text.h"
#include "legacy_encoding.h"
#include "support/test_util.h"

using namespace chidao;
using chidao::testing::ReadFile;
using chidao::testing::SourcePath;

namespace {

std::string Utf16(const std::string& utf8, bool big_endian) {
  const icu::UnicodeString u = icu::UnicodeString::fromUTF8(utf8);
  std::string out;
  for (int32_t i = 0; i < u.length(); ++i) {
    const UChar c = u.charAt(i);
    const char hi = static_cast<char>(c >> 8), lo = static_cast<char>(c & 0xFF);
    out += big_endian ? hi : lo;
    out += big_endian ? lo : hi;
  }
  return out;
}

std::string Lf(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c != '\r') out += c;
  }
  return out;
}

// The lines of a seed that the legacy encodings can represent (some seeds carry "→", "Σ").
std::string EncodableSeed(const std::string& seed_name, LegacyFont font) {
  const std::string seed = ToNfc(ReadFile(SourcePath("corpus/seeds/" + seed_name)));
  std::string out;
  std::size_t start = 0;
  while (start < seed.size()) {
    std::size_t end = seed.find('\n', start);
    if (end == std::string::npos) end = seed.size();
    const std::string line = seed.substr(start, end - start + 1);
    if (EncodeLegacy(line, font)) out += line;
    start = end + 1;
  }
  return out;
}

Result<std::string> Decode(const std::string& bytes, std::string* detected,
                           TextEncoding forced = TextEncoding::kAuto) {
  return DecodeText(bytes, forced, "input.txt", detected);
}

const char* const kSeeds[] = {"000-cv-6325-ubnd-kgvx-bao-dien-tu.txt",
                              "002-kh-3279-kh-ubnd-cao-bang.txt",
                              "004-ct-btv-tinh-uy-quang-ninh-bao-dien-tu.txt"};

}  // namespace

TEST_CASE("DecodeText: valid UTF-8, with or without BOM, is UTF-8") {
  std::string detected;
  Result<std::string> plain = Decode("Sở Y tế chủ trì", &detected);
  REQUIRE_OK(plain.status());
  CHECK(*plain == "Sở Y tế chủ trì");
  CHECK(detected == "utf-8");
  Result<std::string> bom = Decode("\xEF\xBB\xBFSở Y tế", &detected);
  REQUIRE_OK(bom.status());
  CHECK(*bom == "Sở Y tế");
  CHECK(detected == "utf-8");
}

TEST_CASE("DecodeText: plain ASCII English is UTF-8") {
  std::string detected;
  Result<std::string> text = Decode("Meeting notes\nNothing Vietnamese here.\n", &detected);
  REQUIRE_OK(text.status());
  CHECK(detected == "utf-8");
}

TEST_CASE("DecodeText: UTF-16 with a BOM in both byte orders, and without a BOM") {
  const std::string text = "Kế hoạch số 3279/KH-UBND\nỦy ban nhân dân tỉnh Cao Bằng\n";
  std::string detected;
  Result<std::string> le = Decode("\xFF\xFE" + Utf16(text, false), &detected);
  REQUIRE_OK(le.status());
  CHECK(*le == text);
  CHECK(detected == "utf-16le");
  Result<std::string> be = Decode("\xFE\xFF" + Utf16(text, true), &detected);
  REQUIRE_OK(be.status());
  CHECK(*be == text);
  CHECK(detected == "utf-16be");
  Result<std::string> bare = Decode(Utf16(text, false), &detected);
  REQUIRE_OK(bare.status());
  CHECK(*bare == text);
  CHECK(detected == "utf-16le");
}

TEST_CASE("DecodeText: detects TCVN3 and VNI encodings of whole seed documents") {
  for (const char* seed : kSeeds) {
    for (LegacyFont font : {LegacyFont::kTcvn3, LegacyFont::kVni}) {
      INFO(seed << " in " << ToString(font));
      const std::string text = EncodableSeed(seed, font);
      REQUIRE(text.size() > 1000);
      std::string detected;
      Result<std::string> decoded = Decode(*EncodeLegacy(text, font), &detected);
      REQUIRE_OK(decoded.status());
      CHECK(detected == ToString(font));
      if (font == LegacyFont::kVni) {
        CHECK(ToNfc(*decoded) == text);
      } else {
        CHECK(ToLower(*decoded) == ToLower(text));  // VN3 has no toned capitals
      }
    }
  }
}

TEST_CASE("DecodeText: detects Windows-1258 (combining tone marks) and composes it") {
  for (const char* seed : kSeeds) {
    INFO(seed);
    const std::string text = EncodableSeed(seed, LegacyFont::kVni);
    const std::string bytes = EncodeWindows1258(text);
    REQUIRE(bytes.find('?') == std::string::npos);
    std::string detected;
    Result<std::string> decoded = Decode(bytes, &detected);
    REQUIRE_OK(decoded.status());
    CHECK(detected == "cp1258");
    CHECK(ToNfc(*decoded) == text);
  }
}

TEST_CASE("DecodeText: short legacy snippets are still recognised") {
  std::string detected;
  Result<std::string> tcvn3 =
      Decode("C\xE9ng h\xDF" "a x\xB7 h\xE9i ch\xF1 ngh\xDC" "a Vi\xD6t Nam", &detected);
  REQUIRE_OK(tcvn3.status());
  CHECK(*tcvn3 == "Cộng hòa xã hội chủ nghĩa Việt Nam");
  CHECK(detected == "tcvn3");
  Result<std::string> vni = Decode("Co\xE4ng ho\xF8" "a xa\xF5 ho\xE4i Vie\xE4t Nam", &detected);
  REQUIRE_OK(vni.status());
  CHECK(*vni == "Cộng hòa xã hội Việt Nam");
  CHECK(detected == "vni");
}

TEST_CASE("DecodeText: the fixture files decode to their reference text") {
  const std::string dir = "corpus/fixtures/";
  const std::string excerpt = ReadFile(SourcePath(dir + "legacy-excerpt.txt"));
  if (excerpt.empty()) {
    WARN("fixtures not generated yet; run scripts/make-fixtures");
    return;
  }
  struct Case {
    const char* file;
    const char* encoding;
    const char* reference;
  };
  for (const Case& c : {Case{"legacy-tcvn3.txt", "tcvn3", "legacy-tcvn3.expected.txt"},
                        Case{"legacy-vni.txt", "vni", "legacy-excerpt.txt"},
                        Case{"cp1258.txt", "cp1258", "legacy-excerpt.txt"},
                        Case{"utf16.txt", "utf-16le", "legacy-excerpt.txt"}}) {
    INFO(c.file);
    std::string detected;
    Result<std::string> decoded = Decode(ReadFile(SourcePath(dir + c.file)), &detected);
    REQUIRE_OK(decoded.status());
    CHECK(detected == c.encoding);
    CHECK(ToNfc(Lf(*decoded)) == ReadFile(SourcePath(dir + c.reference)));
  }
}

TEST_CASE("DecodeText: a forced encoding overrides detection") {
  const std::string vni_bytes = "Vie\xE4t Nam";
  std::string detected;
  Result<std::string> as_tcvn3 = Decode(vni_bytes, &detected, TextEncoding::kTcvn3);
  REQUIRE_OK(as_tcvn3.status());
  CHECK(detected == "tcvn3");
  CHECK(*as_tcvn3 == DecodeLegacyBytes(vni_bytes, LegacyFont::kTcvn3));
  Result<std::string> as_vni = Decode(vni_bytes, &detected, TextEncoding::kVni);
  REQUIRE_OK(as_vni.status());
  CHECK(*as_vni == "Việt Nam");
  // Forced UTF-8 keeps invalid bytes for the normaliser to replace with U+FFFD.
  Result<std::string> as_utf8 = Decode(vni_bytes, &detected, TextEncoding::kUtf8);
  REQUIRE_OK(as_utf8.status());
  CHECK(detected == "utf-8");
  CHECK(ToNfc(*as_utf8).find("\xEF\xBF\xBD") != std::string::npos);
  Result<std::string> as_1258 = Decode("Vi\xEA\xF2t", &detected, TextEncoding::kCp1258);
  REQUIRE_OK(as_1258.status());
  CHECK(ToNfc(*as_1258) == "Việt");
}

TEST_CASE("DecodeText: random bytes are refused, not decoded into garbage") {
  std::mt19937 rng(20211126);
  std::uniform_int_distribution<int> any(0, 255), high(0x80, 0xFF);
  std::string random_bytes(64 * 1024, '\0');
  for (char& c : random_bytes) c = static_cast<char>(any(rng));
  Result<std::string> r1 = Decode(random_bytes, nullptr);
  REQUIRE_FALSE(r1.ok());
  CHECK(r1.status().code() == StatusCode::kUnsupported);
  CHECK(r1.status().path() == "input.txt");
  CHECK(r1.status().message().find("not a text file") != std::string::npos);
  // Only high bytes: no control bytes give it away, but nothing decodes into Vietnamese.
  std::string high_bytes(4096, '\0');
  for (char& c : high_bytes) c = static_cast<char>(high(rng));
  Result<std::string> r2 = Decode(high_bytes, nullptr);
  REQUIRE_FALSE(r2.ok());
  CHECK(r2.status().message().find("unknown text encoding") != std::string::npos);
  // A PNG header is binary.
  Result<std::string> r3 = Decode(std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\0\x10", 20), nullptr);
  CHECK_FALSE(r3.ok());
}

TEST_CASE("DecodeText: mostly ASCII text with a stray Western byte is still read") {
  std::string detected;
  Result<std::string> text =
      Decode("Minutes of the meeting held at the caf\xE9 on Monday, all present.\n", &detected);
  REQUIRE_OK(text.status());
  CHECK(text->find("café") != std::string::npos);
}
