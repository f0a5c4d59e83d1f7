// Thresholds, and why:
// - garbage above 30% of visible characters: a real Vietnamese page has none (a stray "□" from
//   one unmapped bullet glyph is tolerated), a layer from a font without a ToUnicode map is
//   almost all boxes or private-use code points.
// - fewer than 25 letters per A4-sized area: even a signature-only last page ("KT. CHỦ TỊCH /
//   PHÓ CHỦ TỊCH / Lê Hải Hòa") has more; a scanned page with a stamped "Trang 2" has fewer.
#include "text_layer.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace chidao {
namespace {

constexpr double kA4AreaPt2 = 595.0 * 842.0;
constexpr double kMinLettersPerA4 = 25.0;
constexpr double kMaxGarbageShare = 0.30;

bool IsGarbage(UChar32 c) {
  if (c < 0) return true;  // ill-formed UTF-8
  if (c == 0x25A1 || c == 0xFFFD) return true;
  if ((c >= 0xE000 && c <= 0xF8FF) || c >= 0xF0000) return true;  // private use
  return u_iscntrl(c) && c != '\n' && c != '\t' && c != '\r' && c != '\f';
}

}  // namespace

TextLayerStats CountTextLayer(std::string_view utf8) {
  TextLayerStats stats;
  const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
  const int32_t length = static_cast<int32_t>(utf8.size());
  int32_t i = 0;
  while (i < length) {
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c >= 0 && u_isUWhiteSpace(c)) continue;
    ++stats.visible;
    if (IsGarbage(c)) {
      ++stats.garbage;
    } else if (u_isalpha(c)) {
      ++stats.letters;
    }
  }
  return stats;
}

TextLayerQuality AssessTextLayer(std::string_view utf8, double page_area_pt2) {
  const TextLayerStats stats = CountTextLayer(utf8);
  if (stats.visible == 0) return TextLayerQuality::kUnusable;
  if (stats.garbage > kMaxGarbageShare * stats.visible) return TextLayerQuality::kUnusable;
  const double area = page_area_pt2 > 0 ? page_area_pt2 : kA4AreaPt2;
  if (stats.letters < kMinLettersPerA4 * area / kA4AreaPt2) return TextLayerQuality::kSparse;
  return TextLayerQuality::kUsable;
}

}  // namespace chidao
