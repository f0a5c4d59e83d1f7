#include "legacy_encoding.h"

#include <iconv.h>

#include <catch2/catch.hpp>

#include "chidao/vn_text.h"
#include "support/test_util.h"

using namespace chidao;
using chidao::testing::ReadFile;
using chidao::testing::SourcePath;

namespace {

// Every Vietnamese letter, lowercase then capitals.
const std::string kLower =
    "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ";

std::string Crlf(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '\n') out += '\r';
    out += c;
  }
  return out;
}

std::string Lf(std::string s) {
  std::string out;
  for (char c : s) {
    if (c != '\r') out += c;
  }
  return out;
}

// Bytes read as Latin-1, as Poppler reports a legacy font's codes (U+00XX for code XX).
std::string Latin1ToUtf8(const std::string& bytes) {
  std::string out;
  for (unsigned char b : bytes) {
    if (b < 0x80) {
      out += static_cast<char>(b);
    } else {
      out += static_cast<char>(0xC0 | (b >> 6));
      out += static_cast<char>(0x80 | (b & 0x3F));
    }
  }
  return out;
}

std::string Iconv(const std::string& bytes, const char* from) {
  iconv_t cd = iconv_open("UTF-8", from);
  REQUIRE(cd != reinterpret_cast<iconv_t>(-1));
  std::string in = bytes;
  std::string out(bytes.size() * 4 + 16, '\0');
  char* inp = in.data();
  char* outp = out.data();
  std::size_t inleft = in.size(), outleft = out.size();
  REQUIRE(iconv(cd, &inp, &inleft, &outp, &outleft) != static_cast<std::size_t>(-1));
  iconv(cd, nullptr, nullptr, &outp, &outleft);
  iconv_close(cd);
  out.resize(out.size() - outleft);
  return out;
}

}  // namespace

TEST_CASE("TCVN3: decodes the classic .VnTime mojibake bytes") {
  CHECK(DecodeLegacyBytes("nh\xA9n d\xA9n", LegacyFont::kTcvn3) == "nhân dân");
  CHECK(DecodeLegacyBytes("Vi\xD6t Nam", LegacyFont::kTcvn3) == "Việt Nam");
  CHECK(DecodeLegacyBytes("C\xE9ng h\xDF" "a x\xB7 h\xE9i", LegacyFont::kTcvn3) == "Cộng hòa xã hội");
  CHECK(DecodeLegacyBytes("\xA7\xE9\x63 l\xCBp", LegacyFont::kTcvn3) == "Độc lập");
  CHECK(DecodeLegacyBytes("ng\xAD\xEAi", LegacyFont::kTcvn3) == "người");
  // Curly quotes typed in Word with a .VnTime font are Windows-1252 bytes.
  CHECK(DecodeLegacyBytes("\x93th\xDD\x63h \xF8ng\x94", LegacyFont::kTcvn3) == "“thích ứng”");
}

TEST_CASE("VNI: decodes base letters followed by mark bytes") {
  CHECK(DecodeLegacyBytes("Vie\xE4t Nam", LegacyFont::kVni) == "Việt Nam");
  CHECK(DecodeLegacyBytes("Co\xE4ng ho\xF8" "a", LegacyFont::kVni) == "Cộng hòa");
  CHECK(DecodeLegacyBytes("ng\xF6\xF4\xF8i", LegacyFont::kVni) == "người");
  CHECK(DecodeLegacyBytes("ngh\xF3" "a", LegacyFont::kVni) == "nghĩa");
  CHECK(DecodeLegacyBytes("\xD1" "A\xDBNG", LegacyFont::kVni) == "ĐẢNG");
  CHECK(DecodeLegacyBytes("VIE\xC4T NAM", LegacyFont::kVni) == "VIỆT NAM");
  // A mark byte in the other case takes the base letter's case.
  CHECK(DecodeLegacyBytes("A\xF8", LegacyFont::kVni) == "À");
}

TEST_CASE("Legacy tables: every Vietnamese letter round-trips through VNI") {
  const std::string letters = kLower + ToUpper(kLower);
  const std::optional<std::string> bytes = EncodeLegacy(letters, LegacyFont::kVni);
  REQUIRE(bytes.has_value());
  CHECK(DecodeLegacyBytes(*bytes, LegacyFont::kVni) == letters);
}

TEST_CASE("Legacy tables: TCVN3 round-trips lowercase and the seven base capitals") {
  const std::string letters = kLower + "ĂÂÊÔƠƯĐ";
  const std::optional<std::string> bytes = EncodeLegacy(letters, LegacyFont::kTcvn3);
  REQUIRE(bytes.has_value());
  CHECK(bytes->size() == 73 + 7);  // one byte per letter
  CHECK(DecodeLegacyBytes(*bytes, LegacyFont::kTcvn3) == letters);
}

TEST_CASE("Legacy tables: TCVN3 writes toned capitals, absent from VN3, in lowercase") {
  const std::optional<std::string> bytes = EncodeLegacy("VIỆT NAM", LegacyFont::kTcvn3);
  REQUIRE(bytes.has_value());
  CHECK(DecodeLegacyBytes(*bytes, LegacyFont::kTcvn3) == "VIệT NAM");
}

TEST_CASE("Legacy tables: TCVN3 bytes 0xA0-0xFF agree with glibc's TCVN5712-1 converter") {
  std::string bytes;
  for (int b = 0xA0; b <= 0xFF; ++b) {
    bytes += static_cast<char>(b);
    bytes += ' ';  // keeps glibc from composing a letter with a following mark
  }
  CHECK(DecodeLegacyBytes(bytes, LegacyFont::kTcvn3) == ToNfc(Iconv(bytes, "TCVN5712-1")));
}

TEST_CASE("Legacy encodings: a seed paragraph round-trips through both fonts") {
  const std::string seed = ToNfc(ReadFile(SourcePath("corpus/seeds/002-kh-3279-kh-ubnd-cao-bang.txt")));
  const std::string paragraph = seed.substr(seed.find("Bảo vệ tối đa"), 900);
  const std::string text = paragraph.substr(0, paragraph.rfind('\n'));
  const std::optional<std::string> vni = EncodeLegacy(text, LegacyFont::kVni);
  REQUIRE(vni.has_value());
  CHECK(DecodeLegacyBytes(*vni, LegacyFont::kVni) == text);
  const std::optional<std::string> tcvn3 = EncodeLegacy(text, LegacyFont::kTcvn3);
  REQUIRE(tcvn3.has_value());
  CHECK(ToLower(DecodeLegacyBytes(*tcvn3, LegacyFont::kTcvn3)) == ToLower(text));
}

TEST_CASE("Legacy encodings: agree with the fixture generator's independent tables") {
  const std::string dir = "corpus/fixtures/";
  const std::string tcvn3 = ReadFile(SourcePath(dir + "legacy-tcvn3.txt"));
  const std::string vni = ReadFile(SourcePath(dir + "legacy-vni.txt"));
  if (tcvn3.empty() || vni.empty()) {
    WARN("legacy fixtures not generated yet; run scripts/make-fixtures");
    return;
  }
  const std::string excerpt = ReadFile(SourcePath(dir + "legacy-excerpt.txt"));
  const std::string expected_tcvn3 = ReadFile(SourcePath(dir + "legacy-tcvn3.expected.txt"));
  // Decoding their bytes gives their reference text...
  CHECK(DecodeLegacyBytes(Lf(tcvn3), LegacyFont::kTcvn3) == expected_tcvn3);
  CHECK(DecodeLegacyBytes(Lf(vni), LegacyFont::kVni) == excerpt);
  // ...and encoding the reference text gives their bytes.
  CHECK(EncodeLegacy(excerpt, LegacyFont::kVni) == Lf(vni));
  CHECK(EncodeLegacy(expected_tcvn3, LegacyFont::kTcvn3) == Lf(tcvn3));
  CHECK(Crlf(Lf(vni)) == vni);
}

TEST_CASE("DetectLegacyFont: recognises each font's mojibake and leaves Unicode alone") {
  CHECK(DetectLegacyFont("ñy ban nh©n d©n tØnh Cao B»ng. Céng hßa x· héi chñ nghÜa ViÖt Nam") ==
        LegacyFont::kTcvn3);
  CHECK(DetectLegacyFont("UÛy ban nhaân daân tænh. Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam") ==
        LegacyFont::kVni);
  CHECK(DetectLegacyFont("Ủy ban nhân dân tỉnh Cao Bằng. Cộng hòa xã hội chủ nghĩa Việt Nam") ==
        LegacyFont::kNone);
  CHECK(DetectLegacyFont("Plain English text, nothing to see here.") == LegacyFont::kNone);
  CHECK(DetectLegacyFont("Un café crème à Paris, déjà vu, naïveté") == LegacyFont::kNone);
  CHECK(DetectLegacyFont("") == LegacyFont::kNone);
}

TEST_CASE("TranscodeLegacy: turns a PDF text layer's mojibake back into Vietnamese") {
  const std::string dir = "corpus/fixtures/";
  const std::string tcvn3 = Lf(ReadFile(SourcePath(dir + "legacy-tcvn3.txt")));
  const std::string vni = Lf(ReadFile(SourcePath(dir + "legacy-vni.txt")));
  if (tcvn3.empty() || vni.empty()) {
    WARN("legacy fixtures not generated yet; run scripts/make-fixtures");
    return;
  }
  const std::string tcvn3_page = Latin1ToUtf8(tcvn3);
  const std::string vni_page = Latin1ToUtf8(vni);
  REQUIRE(DetectLegacyFont(tcvn3_page) == LegacyFont::kTcvn3);
  REQUIRE(DetectLegacyFont(vni_page) == LegacyFont::kVni);
  CHECK(TranscodeLegacy(tcvn3_page, LegacyFont::kTcvn3) ==
        ReadFile(SourcePath(dir + "legacy-tcvn3.expected.txt")));
  CHECK(TranscodeLegacy(vni_page, LegacyFont::kVni) ==
        ReadFile(SourcePath(dir + "legacy-excerpt.txt")));
}

TEST_CASE("TranscodeLegacy: keeps words already in Unicode on a page mixing fonts") {
  CHECK(TranscodeLegacy("ViÖt Nam - Việt Nam", LegacyFont::kTcvn3) == "Việt Nam - Việt Nam");
  CHECK_FALSE(TranscodeLegacy("Việt Nam muôn năm", LegacyFont::kTcvn3).has_value());
  CHECK_FALSE(TranscodeLegacy("nh©n d©n", LegacyFont::kNone).has_value());
}
