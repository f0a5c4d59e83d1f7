// PdfReader over Poppler's C++ API (poppler-cpp).
//
// Poppler reports parse problems on stderr through a global hook; chidao silences it once per
// process, since the user gets a Status (or a per-page diagnostic) instead. The document keeps a
// pointer into the caller's bytes (load_from_raw_data does not copy).
#include "pdf_reader.h"

#include <cstring>
#include <limits>
#include <mutex>
#include <new>
#include <vector>

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>

namespace chidao {
namespace {

void SilencePopplerOnce() {
  static std::once_flag once;
  std::call_once(once, [] {
    poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr);
  });
}

// A copy of a rendered page in Leptonica's layout: 32-bit words holding 4 pixels, most
// significant byte first, so rows are copied and then byte-swapped on little-endian machines.
Result<PixPtr> ToPix(const poppler::image& image, int dpi) {
  if (!image.is_valid() || image.format() != poppler::image::format_gray8) {
    return Status::Internal("page rendering produced no grey image");
  }
  PixPtr pix(pixCreate(image.width(), image.height(), 8));
  if (!pix) return Status::TooLarge({}, "not enough memory to render the page");
  const int row_bytes = image.width();
  l_uint32* data = pixGetData(pix.get());
  const int wpl = pixGetWpl(pix.get());
  for (int y = 0; y < image.height(); ++y) {
    std::memcpy(data + static_cast<std::ptrdiff_t>(y) * wpl,
                image.const_data() + static_cast<std::ptrdiff_t>(y) * image.bytes_per_row(),
                row_bytes);
  }
  pixEndianByteSwap(pix.get());
  pixSetResolution(pix.get(), dpi, dpi);
  return pix;
}

class PopplerPdfReader : public PdfReader {
 public:
  explicit PopplerPdfReader(std::unique_ptr<poppler::document> doc) : doc_(std::move(doc)) {
    pages_.resize(doc_->pages());
  }
  PopplerPdfReader(const PopplerPdfReader&) = delete;  // owns the Poppler document
  PopplerPdfReader& operator=(const PopplerPdfReader&) = delete;

  int PageCount() const override { return static_cast<int>(pages_.size()); }

  double PageWidth(int index) const override { return Rect(index).width(); }
  double PageHeight(int index) const override { return Rect(index).height(); }

  Result<std::string> PageText(int index) override {
    poppler::page* page = Page(index);
    if (page == nullptr) return Status::Corrupt({}, "page cannot be read");
    try {
      poppler::byte_array utf8 =
          page->text(poppler::rectf(), poppler::page::raw_order_layout).to_utf8();
      std::string text(utf8.begin(), utf8.end());
      for (char& c : text) {
        if (c == '\f') c = '\n';  // Poppler ends each page with a form feed
      }
      return text;
    } catch (const std::bad_alloc&) {
      return Status::TooLarge({}, "not enough memory to read the page's text");
    }
  }

  Result<PixPtr> RenderPage(int index, int dpi) override {
    poppler::page* page = Page(index);
    if (page == nullptr) return Status::Corrupt({}, "page cannot be read");
    // Refuse absurd page sizes before Poppler allocates the bitmap (a 200-inch page at 300 dpi
    // would need gigabytes).
    const double pixels = Rect(index).width() / 72.0 * dpi * (Rect(index).height() / 72.0 * dpi);
    if (!(pixels < 400e6)) return Status::TooLarge({}, "page is too large to render for OCR");
    try {
      poppler::page_renderer renderer;
      renderer.set_image_format(poppler::image::format_gray8);
      renderer.set_render_hints(poppler::page_renderer::antialiasing |
                                poppler::page_renderer::text_antialiasing);
      poppler::image image = renderer.render_page(page, dpi, dpi);
      return ToPix(image, dpi);
    } catch (const std::bad_alloc&) {
      return Status::TooLarge({}, "not enough memory to render the page");
    }
  }

 private:
  poppler::page* Page(int index) const {
    if (index < 0 || index >= PageCount()) return nullptr;
    if (!pages_[index]) pages_[index].reset(doc_->create_page(index));
    return pages_[index].get();
  }
  poppler::rectf Rect(int index) const {
    const poppler::page* page = Page(index);
    if (page == nullptr) return {};
    poppler::rectf rect = page->page_rect(poppler::media_box);
    if (page->orientation() == poppler::page::landscape ||
        page->orientation() == poppler::page::seascape) {
      return poppler::rectf(0, 0, rect.height(), rect.width());
    }
    return rect;
  }

  std::unique_ptr<poppler::document> doc_;
  // Pages are created on first use (a cache, hence mutable) and kept: a page object is small,
  // its text and bitmap are not stored in it.
  mutable std::vector<std::unique_ptr<poppler::page>> pages_;
};

}  // namespace

Result<std::unique_ptr<PdfReader>> OpenPdfWithPoppler(std::string_view bytes,
                                                      const std::string& name,
                                                      const std::string& password) {
  SilencePopplerOnce();
  if (bytes.size() > static_cast<std::size_t>(std::numeric_limits<int>::max())) {
    return Status::TooLarge(name, "PDF is larger than 2 GiB");
  }
  try {
    std::unique_ptr<poppler::document> doc(poppler::document::load_from_raw_data(
        bytes.data(), static_cast<int>(bytes.size()), password, password));
    if (!doc) {
      return Status::Corrupt(name, "not a readable PDF (damaged or truncated)");
    }
    if (doc->is_locked()) {
      if (password.empty()) {
        return Status::Encrypted(name, "PDF is password-protected; give the password with "
                                       "--password");
      }
      return Status::Encrypted(name, "wrong password for this encrypted PDF");
    }
    if (doc->pages() <= 0) return Status::Corrupt(name, "PDF has no pages (damaged or truncated)");
    return std::unique_ptr<PdfReader>(new PopplerPdfReader(std::move(doc)));
  } catch (const std::bad_alloc&) {
    return Status::TooLarge(name, "not enough memory to open the PDF");
  } catch (const std::exception& e) {
    return Status::Corrupt(name, std::string("cannot read the PDF: ") + e.what());
  }
}

}  // namespace chidao

// LeakSanitizer (CHIDAO_SANITIZE builds) calls this hook, when defined, for its default
// suppressions. Poppler's renderer looks fonts up through fontconfig, whose process-wide
// cache is never freed by design; that is not a chidao leak. Defined here because this file
// is linked into every program that renders a page; ignored by non-sanitized builds.
extern "C" const char* __lsan_default_suppressions();
extern "C" const char* __lsan_default_suppressions() { return "leak:libfontconfig\n"; }
