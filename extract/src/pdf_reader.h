// Internal to chidao::extract. PdfReader: the PDF boundary — page count, the text layer of a
// page and a page rendered to a grey image for OCR.
//
// The text layer comes in the order the producer wrote it (Poppler's "raw order"), which for
// documents made by Word or LibreOffice is the logical order: a two-cell header table (issuer |
// Quốc hiệu) reads cell by cell, not as two interleaved columns, and a "-" at a line end stays
// (Vietnamese is never hyphenated). A reader is used from one thread at a time.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "chidao/status.h"
#include "pix_ptr.h"

namespace chidao {

class PdfReader {
 public:
  virtual ~PdfReader() = default;

  virtual int PageCount() const = 0;
  // Page size in PDF points (1/72 inch), after the page's /Rotate.
  virtual double PageWidth(int index) const = 0;
  virtual double PageHeight(int index) const = 0;
  // UTF-8 text layer of page `index` (0-based), lines separated by "\n"; empty when none.
  virtual Result<std::string> PageText(int index) = 0;
  // Page `index` rendered as an 8-bit grey image at `dpi`.
  virtual Result<PixPtr> RenderPage(int index, int dpi) = 0;
};

// Opens a PDF held in `bytes`, which must outlive the reader. `name` is used in messages.
// Fails with kEncrypted when a password is needed (or the given one is wrong), kCorrupt when
// the file is not a readable PDF.
Result<std::unique_ptr<PdfReader>> OpenPdfWithPoppler(std::string_view bytes,
                                                      const std::string& name,
                                                      const std::string& password);

}  // namespace chidao
