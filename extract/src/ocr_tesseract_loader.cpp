// MakeTesseractEngine (ocr_engine.h): loads the Tesseract engine module on the first OCR.
//
// Why a module: libtesseract brings some 30 shared libraries with it (curl, gnutls, krb5,
// libarchive, OpenMP...). Linked into the program, their loading and relocation cost every
// start of chidao about 10 ms, a third of reading a two-page text PDF, though most runs never
// OCR a page. The engine (ocr_tesseract.cpp) is built as chidao_ocr_tesseract.so and found as
// chidao/module_loader.h says. A module that cannot be found or loaded (libtesseract missing)
// makes every OCR fail with a Status saying why; text files and text PDFs are unaffected. The
// module stays loaded until the process exits: engines made by it may live that long.
#include <memory>

#include "chidao/module_loader.h"
#include "ocr_engine.h"

namespace chidao {
namespace {

using EntryPoint = void (*)(Result<std::unique_ptr<OcrEngine>>*);

}  // namespace

Result<std::unique_ptr<OcrEngine>> MakeTesseractEngine() {
  static const Result<void*> entry =  // once per process, thread-safe
      LoadModuleEntry("chidao_ocr_tesseract.so", CHIDAO_OCR_MODULE_DIR,
                      "chidao_make_tesseract_engine", "OCR");
  if (!entry.ok()) return entry.status();
  Result<std::unique_ptr<OcrEngine>> engine = Status::Internal("OCR module made no engine");
  reinterpret_cast<EntryPoint>(*entry)(&engine);
  return engine;
}

}  // namespace chidao
