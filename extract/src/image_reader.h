// Internal to chidao::extract. ImageReader: the pages of a PNG, JPEG or TIFF (multi-page
// included) held in memory, decoded one at a time with Leptonica.
//
// Every page's declared size is checked from its header BEFORE it is decoded, so a small file
// declaring 30000 × 30000 pixels (a decompression bomb, or a mistaken 2400 dpi scan) is refused
// with kTooLarge instead of exhausting memory. Leptonica's own error messages are silenced;
// failures come back as a Status naming the file.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "chidao/status.h"
#include "pix_ptr.h"

namespace chidao {

enum class ImageFormat { kPng, kJpeg, kTiff };

class ImageReader {
 public:
  // `bytes` must outlive the reader. Fails on unreadable headers, too many pages or any page
  // over `max_pixels` pixels.
  static Result<ImageReader> Open(std::string_view bytes, ImageFormat format,
                                  const std::string& name, std::size_t max_pixels,
                                  int max_pages);

  int PageCount() const { return pages_; }
  // Decodes page `index` (0-based).
  Result<PixPtr> ReadPage(int index) const;

 private:
  ImageReader(std::string_view bytes, ImageFormat format, std::string name, int pages)
      : bytes_(bytes), format_(format), name_(std::move(name)), pages_(pages) {}

  std::string_view bytes_;
  ImageFormat format_;
  std::string name_;
  int pages_;
};

}  // namespace chidao
