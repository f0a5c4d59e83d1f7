// The TCVN3 and VNI-Windows tables. Sources: TCVN 5712:1993 (tables VN1 and VN3) and the
// VNI-Windows font encoding, as charted by the VietUnicode project
// (vietunicode.sourceforge.net/charset) and implemented by Unikey's converter; the TCVN3 bytes
// 0xA0-0xFF also agree with glibc's "TCVN5712-1" iconv module (checked by a test).
#include "legacy_tables.h"

#include <array>
#include <unicode/ucnv.h>

namespace chidao::legacy {
namespace {

// Rows: bare letter, huyền, sắc, hỏi, ngã, nặng. ASCII letters (a, e, i, o, u, y) are
// themselves and have no entry.
constexpr Code kTcvn3[] = {
    {"à", "\xB5"}, {"á", "\xB8"}, {"ả", "\xB6"}, {"ã", "\xB7"}, {"ạ", "\xB9"},
    {"ă", "\xA8"}, {"ằ", "\xBB"}, {"ắ", "\xBE"}, {"ẳ", "\xBC"}, {"ẵ", "\xBD"}, {"ặ", "\xC6"},
    {"â", "\xA9"}, {"ầ", "\xC7"}, {"ấ", "\xCA"}, {"ẩ", "\xC8"}, {"ẫ", "\xC9"}, {"ậ", "\xCB"},
    {"è", "\xCC"}, {"é", "\xD0"}, {"ẻ", "\xCE"}, {"ẽ", "\xCF"}, {"ẹ", "\xD1"},
    {"ê", "\xAA"}, {"ề", "\xD2"}, {"ế", "\xD5"}, {"ể", "\xD3"}, {"ễ", "\xD4"}, {"ệ", "\xD6"},
    {"ì", "\xD7"}, {"í", "\xDD"}, {"ỉ", "\xD8"}, {"ĩ", "\xDC"}, {"ị", "\xDE"},
    {"ò", "\xDF"}, {"ó", "\xE3"}, {"ỏ", "\xE1"}, {"õ", "\xE2"}, {"ọ", "\xE4"},
    {"ô", "\xAB"}, {"ồ", "\xE5"}, {"ố", "\xE8"}, {"ổ", "\xE6"}, {"ỗ", "\xE7"}, {"ộ", "\xE9"},
    {"ơ", "\xAC"}, {"ờ", "\xEA"}, {"ớ", "\xED"}, {"ở", "\xEB"}, {"ỡ", "\xEC"}, {"ợ", "\xEE"},
    {"ù", "\xEF"}, {"ú", "\xF3"}, {"ủ", "\xF1"}, {"ũ", "\xF2"}, {"ụ", "\xF4"},
    {"ư", "\xAD"}, {"ừ", "\xF5"}, {"ứ", "\xF8"}, {"ử", "\xF6"}, {"ữ", "\xF7"}, {"ự", "\xF9"},
    {"ỳ", "\xFA"}, {"ý", "\xFD"}, {"ỷ", "\xFB"}, {"ỹ", "\xFC"}, {"ỵ", "\xFE"},
    {"đ", "\xAE"},
    {"Ă", "\xA1"}, {"Â", "\xA2"}, {"Ê", "\xA3"}, {"Ô", "\xA4"}, {"Ơ", "\xA5"}, {"Ư", "\xA6"},
    {"Đ", "\xA7"},
    // VN1 capitals in the byte positions VN3 leaves free, and VN1's combining tone marks.
    {"Ằ", "\xAF", true}, {"Ẳ", "\xBA", true}, {"Ẵ", "\xBF", true}, {"Ắ", "\xC0", true},
    {"Ầ", "\xC1", true}, {"Ẩ", "\xC2", true}, {"Ẫ", "\xC3", true}, {"Ấ", "\xC4", true},
    {"Ề", "\xC5", true}, {"Ể", "\xCD", true}, {"Ễ", "\xD9", true}, {"Ế", "\xDA", true},
    {"Ồ", "\xDB", true}, {"Ổ", "\xE0", true}, {"Ỗ", "\xF0", true}, {"Ố", "\xFF", true},
    {"\u0300", "\xB0", true}, {"\u0309", "\xB1", true}, {"\u0303", "\xB2", true},
    {"\u0301", "\xB3", true}, {"\u0323", "\xB4", true},
};

// Per letter: lowercase row, then the capital row (mark bytes minus 0x20).
constexpr Code kVni[] = {
    {"à", "a\xF8"}, {"á", "a\xF9"}, {"ả", "a\xFB"}, {"ã", "a\xF5"}, {"ạ", "a\xEF"},
    {"À", "A\xD8"}, {"Á", "A\xD9"}, {"Ả", "A\xDB"}, {"Ã", "A\xD5"}, {"Ạ", "A\xCF"},
    {"ă", "a\xEA"}, {"ằ", "a\xE8"}, {"ắ", "a\xE9"}, {"ẳ", "a\xFA"}, {"ẵ", "a\xFC"}, {"ặ", "a\xEB"},
    {"Ă", "A\xCA"}, {"Ằ", "A\xC8"}, {"Ắ", "A\xC9"}, {"Ẳ", "A\xDA"}, {"Ẵ", "A\xDC"}, {"Ặ", "A\xCB"},
    {"â", "a\xE2"}, {"ầ", "a\xE0"}, {"ấ", "a\xE1"}, {"ẩ", "a\xE5"}, {"ẫ", "a\xE3"}, {"ậ", "a\xE4"},
    {"Â", "A\xC2"}, {"Ầ", "A\xC0"}, {"Ấ", "A\xC1"}, {"Ẩ", "A\xC5"}, {"Ẫ", "A\xC3"}, {"Ậ", "A\xC4"},
    {"è", "e\xF8"}, {"é", "e\xF9"}, {"ẻ", "e\xFB"}, {"ẽ", "e\xF5"}, {"ẹ", "e\xEF"},
    {"È", "E\xD8"}, {"É", "E\xD9"}, {"Ẻ", "E\xDB"}, {"Ẽ", "E\xD5"}, {"Ẹ", "E\xCF"},
    {"ê", "e\xE2"}, {"ề", "e\xE0"}, {"ế", "e\xE1"}, {"ể", "e\xE5"}, {"ễ", "e\xE3"}, {"ệ", "e\xE4"},
    {"Ê", "E\xC2"}, {"Ề", "E\xC0"}, {"Ế", "E\xC1"}, {"Ể", "E\xC5"}, {"Ễ", "E\xC3"}, {"Ệ", "E\xC4"},
    {"ì", "\xEC"}, {"í", "\xED"}, {"ỉ", "\xE6"}, {"ĩ", "\xF3"}, {"ị", "\xF2"},
    {"Ì", "\xCC"}, {"Í", "\xCD"}, {"Ỉ", "\xC6"}, {"Ĩ", "\xD3"}, {"Ị", "\xD2"},
    {"ò", "o\xF8"}, {"ó", "o\xF9"}, {"ỏ", "o\xFB"}, {"õ", "o\xF5"}, {"ọ", "o\xEF"},
    {"Ò", "O\xD8"}, {"Ó", "O\xD9"}, {"Ỏ", "O\xDB"}, {"Õ", "O\xD5"}, {"Ọ", "O\xCF"},
    {"ô", "o\xE2"}, {"ồ", "o\xE0"}, {"ố", "o\xE1"}, {"ổ", "o\xE5"}, {"ỗ", "o\xE3"}, {"ộ", "o\xE4"},
    {"Ô", "O\xC2"}, {"Ồ", "O\xC0"}, {"Ố", "O\xC1"}, {"Ổ", "O\xC5"}, {"Ỗ", "O\xC3"}, {"Ộ", "O\xC4"},
    {"ơ", "\xF4"}, {"ờ", "\xF4\xF8"}, {"ớ", "\xF4\xF9"}, {"ở", "\xF4\xFB"}, {"ỡ", "\xF4\xF5"}, {"ợ", "\xF4\xEF"},
    {"Ơ", "\xD4"}, {"Ờ", "\xD4\xD8"}, {"Ớ", "\xD4\xD9"}, {"Ở", "\xD4\xDB"}, {"Ỡ", "\xD4\xD5"}, {"Ợ", "\xD4\xCF"},
    {"ù", "u\xF8"}, {"ú", "u\xF9"}, {"ủ", "u\xFB"}, {"ũ", "u\xF5"}, {"ụ", "u\xEF"},
    {"Ù", "U\xD8"}, {"Ú", "U\xD9"}, {"Ủ", "U\xDB"}, {"Ũ", "U\xD5"}, {"Ụ", "U\xCF"},
    {"ư", "\xF6"}, {"ừ", "\xF6\xF8"}, {"ứ", "\xF6\xF9"}, {"ử", "\xF6\xFB"}, {"ữ", "\xF6\xF5"}, {"ự", "\xF6\xEF"},
    {"Ư", "\xD6"}, {"Ừ", "\xD6\xD8"}, {"Ứ", "\xD6\xD9"}, {"Ử", "\xD6\xDB"}, {"Ữ", "\xD6\xD5"}, {"Ự", "\xD6\xCF"},
    {"ỳ", "y\xF8"}, {"ý", "y\xF9"}, {"ỷ", "y\xFB"}, {"ỹ", "y\xF5"}, {"ỵ", "\xEE"},
    {"Ỳ", "Y\xD8"}, {"Ý", "Y\xD9"}, {"Ỷ", "Y\xDB"}, {"Ỹ", "Y\xD5"}, {"Ỵ", "\xCE"},
    {"đ", "\xF1"}, {"Đ", "\xD1"},
    // ỵ is one byte (0xEE); some files spell it y + dot like the other vowels.
    {"ỵ", "y\xEF", true}, {"Ỵ", "Y\xCF", true},
};

}  // namespace

std::span<const Code> Tcvn3Codes() { return kTcvn3; }
std::span<const Code> VniCodes() { return kVni; }

char32_t Windows1252(unsigned char byte) {
  static std::array<char32_t, 256> table = [] {
    std::array<char32_t, 256> t{};
    for (int b = 0; b < 256; ++b) t[b] = static_cast<char32_t>(b);  // Latin-1 by default
    UErrorCode status = U_ZERO_ERROR;
    UConverter* cnv = ucnv_open("windows-1252", &status);
    if (U_FAILURE(status)) return t;
    for (int b = 0x80; b < 0xA0; ++b) {
      const char in = static_cast<char>(b);
      UChar out[4];
      UErrorCode s = U_ZERO_ERROR;
      ucnv_reset(cnv);
      const int32_t n = ucnv_toUChars(cnv, out, 4, &in, 1, &s);
      // Undefined bytes come back as U+001A or U+FFFD: keep the Latin-1 C1 control instead.
      if (U_SUCCESS(s) && n == 1 && out[0] != 0xFFFD && out[0] != 0x1A) t[b] = out[0];
    }
    ucnv_close(cnv);
    return t;
  }();
  return table[byte];
}

}  // namespace chidao::legacy
