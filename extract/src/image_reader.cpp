#include "image_reader.h"

#include <mutex>
#include <new>

namespace chidao {
namespace {

void SilenceLeptonicaOnce() {
  static std::once_flag once;
  std::call_once(once, [] { setMsgSeverity(L_SEVERITY_NONE); });
}

const l_uint8* Data(std::string_view bytes) {
  return reinterpret_cast<const l_uint8*>(bytes.data());
}

Status CheckSize(const std::string& name, l_int32 width, l_int32 height, std::size_t max_pixels,
                 int page, int pages) {
  if (width <= 0 || height <= 0) return Status::Corrupt(name, "image has no pixels");
  const double pixels = static_cast<double>(width) * static_cast<double>(height);
  if (pixels > static_cast<double>(max_pixels)) {
    std::string where = pages > 1 ? "page " + std::to_string(page + 1) + " of the image" : "image";
    return Status::TooLarge(name, where + " is " + std::to_string(width) + "x" +
                                      std::to_string(height) + " pixels, over the limit of " +
                                      std::to_string(max_pixels) + " pixels");
  }
  return Status::Ok();
}

}  // namespace

Result<ImageReader> ImageReader::Open(std::string_view bytes, ImageFormat format,
                                      const std::string& name, std::size_t max_pixels,
                                      int max_pages) {
  SilenceLeptonicaOnce();
  if (format != ImageFormat::kTiff) {
    l_int32 file_format = 0, width = 0, height = 0, bps = 0, spp = 0, colormap = 0;
    if (pixReadHeaderMem(Data(bytes), bytes.size(), &file_format, &width, &height, &bps, &spp,
                         &colormap) != 0) {
      return Status::Corrupt(name, "unreadable image header (damaged or truncated file)");
    }
    Status size = CheckSize(name, width, height, max_pixels, 0, 1);
    if (!size.ok()) return size;
    return ImageReader(bytes, format, name, 1);
  }
  // TIFF: every page has its own header (IFD); walk them all before decoding any.
  int pages = 0;
  for (;; ++pages) {
    l_int32 width = 0, height = 0, bps = 0, spp = 0, res = 0, colormap = 0, compression = 0;
    if (readHeaderMemTiff(Data(bytes), bytes.size(), pages, &width, &height, &bps, &spp, &res,
                          &colormap, &compression) != 0) {
      break;
    }
    if (pages >= max_pages) {
      return Status::TooLarge(name, "TIFF has more than " + std::to_string(max_pages) + " pages");
    }
    Status size = CheckSize(name, width, height, max_pixels, pages, 2);
    if (!size.ok()) return size;
  }
  if (pages == 0) return Status::Corrupt(name, "unreadable TIFF (damaged or truncated file)");
  return ImageReader(bytes, format, name, pages);
}

Result<PixPtr> ImageReader::ReadPage(int index) const {
  PixPtr pix;
  try {
    if (format_ == ImageFormat::kTiff) {
      pix.reset(pixReadMemTiff(Data(bytes_), bytes_.size(), index));
    } else {
      pix.reset(pixReadMem(Data(bytes_), bytes_.size()));
    }
  } catch (const std::bad_alloc&) {
    return Status::TooLarge(name_, "not enough memory to decode the image");
  }
  if (!pix) {
    return Status::Corrupt(name_, "cannot decode the image (damaged or truncated file)");
  }
  // Images without a resolution are taken as 300 dpi scans; the OCR engine needs a value.
  if (pixGetXRes(pix.get()) <= 0) pixSetResolution(pix.get(), 300, 300);
  return pix;
}

}  // namespace chidao
