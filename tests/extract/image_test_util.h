// Builds small images in memory for the image and OCR pipeline tests.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <leptonica/allheaders.h>

#include "pix_ptr.h"

namespace chidao::testing {

// An 8-bit white page `width` x `height` with a black bar (ink, so it is not blank).
inline PixPtr InkedPage(int width, int height) {
  PixPtr pix(pixCreate(width, height, 8));
  pixSetAllArbitrary(pix.get(), 255);
  if (width > 40 && height > 40) {
    BOX* box = boxCreate(width / 8, height / 8, width / 2, height / 10);
    pixClearInRect(pix.get(), box);
    boxDestroy(&box);
  }
  pixSetResolution(pix.get(), 300, 300);
  return pix;
}

inline std::string Take(l_uint8* data, size_t size) {
  std::string out(reinterpret_cast<const char*>(data), size);
  lept_free(data);
  return out;
}

inline std::string PngBytes(Pix* pix) {
  l_uint8* data = nullptr;
  size_t size = 0;
  pixWriteMemPng(&data, &size, pix, 0);
  return Take(data, size);
}

inline std::string MultipageTiffBytes(const std::vector<Pix*>& pages) {
  PIXA* pixa = pixaCreate(static_cast<l_int32>(pages.size()));
  for (Pix* page : pages) pixaAddPix(pixa, page, L_COPY);
  l_uint8* data = nullptr;
  size_t size = 0;
  pixaWriteMemMultipageTiff(&data, &size, pixa);
  pixaDestroy(&pixa);
  return Take(data, size);
}

// A PNG that is only a signature and an IHDR chunk declaring `width` x `height` 8-bit grey
// pixels and no image data: what a decompression bomb looks like before it is decoded.
inline std::string PngHeaderOnly(uint32_t width, uint32_t height) {
  auto be32 = [](uint32_t v) {
    return std::string{static_cast<char>(v >> 24), static_cast<char>(v >> 16),
                       static_cast<char>(v >> 8), static_cast<char>(v)};
  };
  std::string chunk = "IHDR" + be32(width) + be32(height) + std::string("\x08\x00\x00\x00\x00", 5);
  uint32_t crc = 0xFFFFFFFFu;  // CRC-32 of type + data, as PNG requires
  for (unsigned char c : chunk) {
    crc ^= c;
    for (int k = 0; k < 8; ++k) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
  }
  crc ^= 0xFFFFFFFFu;
  const std::string iend("\0\0\0\0IEND\xAE\x42\x60\x82", 12);
  return std::string("\x89PNG\r\n\x1a\n", 8) + be32(13) + chunk + be32(crc) + iend;
}

}  // namespace chidao::testing
