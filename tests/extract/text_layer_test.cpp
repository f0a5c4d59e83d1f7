#include <catch2/catch.hpp>

#include <string>

#include "text_layer.h"

namespace chidao {
namespace {

constexpr double kA4 = 595.0 * 842.0;

TEST_CASE("TextLayer: an ordinary Vietnamese page is usable") {
  CHECK(AssessTextLayer("Sở Y tế chủ trì, phối hợp với các sở, ban, ngành triển khai tiêm vắc xin "
                        "cho người dân trên địa bàn tỉnh.",
                        kA4) == TextLayerQuality::kUsable);
}

TEST_CASE("TextLayer: an empty or spaces-only layer is unusable") {
  CHECK(AssessTextLayer("", kA4) == TextLayerQuality::kUnusable);
  CHECK(AssessTextLayer("   \n \n\t  ", kA4) == TextLayerQuality::kUnusable);
}

TEST_CASE("TextLayer: boxes, U+FFFD and private-use glyphs make a layer unusable") {
  std::string boxes;
  for (int i = 0; i < 60; ++i) boxes += i % 5 == 4 ? " " : "\u25A1";
  CHECK(AssessTextLayer(boxes, kA4) == TextLayerQuality::kUnusable);
  std::string pua;
  for (int i = 0; i < 60; ++i) pua += i % 6 == 5 ? " " : "\uF06C\uFFFD";
  CHECK(AssessTextLayer(pua + "abc", kA4) == TextLayerQuality::kUnusable);
}

TEST_CASE("TextLayer: a few letters on a whole page (a stamped page number) is sparse") {
  CHECK(AssessTextLayer("Trang 2", kA4) == TextLayerQuality::kSparse);
}

TEST_CASE("TextLayer: one unmapped bullet among real text is tolerated") {
  CHECK(AssessTextLayer("\u25A1 Sở Y tế chủ trì, phối hợp với các sở, ban, ngành triển khai "
                        "tiêm vắc xin cho người dân.",
                        kA4) == TextLayerQuality::kUsable);
}

}  // namespace
}  // namespace chidao
