// MakeTesseractEngine (ocr_engine.h): loads the Tesseract engine module on the first OCR.
//
// Why a module: libtesseract brings some 30 shared libraries with it (curl, gnutls, krb5,
// libarchive, OpenMP...). Linked into the program, their loading and relocation cost every
// start of chidao about 10 ms, a third of reading a two-page text PDF, though most runs never
// OCR a page. The engine (ocr_tesseract.cpp) is built as chidao_ocr_tesseract.so and looked
// for, in this order:
//   1. <directory of the executable>/../lib/chidao/  (an installed layout; also build/cli)
//   2. the build tree it was built in (CHIDAO_OCR_MODULE_DIR), for tests and benchmarks.
// A module that cannot be found or loaded (libtesseract missing) makes every OCR fail with a
// Status saying why; text files and text PDFs are unaffected. The module stays loaded until the
// process exits: engines made by it may live that long.
#include <dlfcn.h>
#include <unistd.h>

#include <climits>
#include <memory>
#include <string>
#include <vector>

#include "ocr_engine.h"

namespace chidao {
namespace {

constexpr const char* kModuleFile = "chidao_ocr_tesseract.so";
constexpr const char* kEntryPoint = "chidao_make_tesseract_engine";
using EntryPoint = void (*)(Result<std::unique_ptr<OcrEngine>>*);

std::string ExecutableDir() {
  char buffer[PATH_MAX];
  const ssize_t length = ::readlink("/proc/self/exe", buffer, sizeof buffer - 1);
  if (length <= 0) return {};
  const std::string path(buffer, static_cast<std::size_t>(length));
  return path.substr(0, path.rfind('/'));
}

struct Module {
  EntryPoint make = nullptr;
  Status status;  // why `make` is null
};

Module Load() {
  std::vector<std::string> candidates;
  if (const std::string dir = ExecutableDir(); !dir.empty()) {
    candidates.push_back(dir + "/../lib/chidao/" + kModuleFile);
  }
  candidates.push_back(std::string(CHIDAO_OCR_MODULE_DIR) + "/" + kModuleFile);
  for (const std::string& path : candidates) {
    if (::access(path.c_str(), R_OK) != 0) continue;
    void* handle = ::dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (handle == nullptr) {
      // Found but unusable, typically libtesseract or a library it needs is not installed.
      const char* error = ::dlerror();
      return {nullptr, Status::NotFound("", std::string("OCR is unavailable: ") +
                                                (error != nullptr ? error : path))};
    }
    auto make = reinterpret_cast<EntryPoint>(::dlsym(handle, kEntryPoint));
    if (make == nullptr) {
      return {nullptr, Status::Internal(path + " is not chidao's OCR module")};
    }
    return {make, Status::Ok()};
  }
  return {nullptr, Status::NotFound("", std::string("OCR is unavailable: ") + kModuleFile +
                                            " not found (looked in " + candidates.front() +
                                            (candidates.size() > 1 ? " and " + candidates.back()
                                                                   : std::string()) +
                                            ")")};
}

}  // namespace

Result<std::unique_ptr<OcrEngine>> MakeTesseractEngine() {
  static const Module module = Load();  // once per process, thread-safe
  if (module.make == nullptr) return module.status;
  Result<std::unique_ptr<OcrEngine>> engine = Status::Internal("OCR module made no engine");
  module.make(&engine);
  return engine;
}

}  // namespace chidao
