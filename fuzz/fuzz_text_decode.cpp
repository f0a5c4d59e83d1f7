// Fuzzes what a text file goes through: encoding detection (BOM, UTF-8, UTF-16, TCVN3, VNI,
// Windows-1258), legacy-font decoding, and normalisation. Beyond "no crash, no sanitizer
// report", it checks the contracts the rest of the pipeline relies on: the text handed to
// parse is valid UTF-8, and normalisation is idempotent.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "chidao/extract.h"
#include "chidao/vn_text.h"
#include "text_decoder.h"
#include "text_file.h"
#include "text_normalizer.h"

namespace {

void Require(bool condition) {
  if (!condition) std::abort();
}

constexpr chidao::TextEncoding kForced[] = {
    chidao::TextEncoding::kAuto,   chidao::TextEncoding::kUtf8,  chidao::TextEncoding::kUtf16,
    chidao::TextEncoding::kCp1258, chidao::TextEncoding::kTcvn3, chidao::TextEncoding::kVni};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);

  // The whole text-file reader, with the encoding detected as a user's file would be.
  chidao::ExtractOptions options;
  options.ocr = chidao::OcrMode::kNever;
  auto doc = chidao::ReadTextFile(bytes, "fuzz.txt", options);
  if (doc.ok()) {
    for (const auto& page : doc.value().pages) {
      Require(chidao::IsValidUtf8(page.text));
    }
  }

  // Each forced encoding (the --encoding flag), chosen by the first byte so every run tries one.
  if (size > 0) {
    std::string detected;
    auto decoded = chidao::DecodeText(bytes.substr(1), kForced[data[0] % 6], "fuzz.txt",
                                      &detected);
    if (decoded.ok()) {
      const std::string once = chidao::NormalizeText(decoded.value());
      Require(chidao::IsValidUtf8(once));
      Require(chidao::NormalizeText(once) == once);
    }
  }

  // Normalisation on raw bytes: invalid UTF-8 must come out as U+FFFD, never pass through.
  const std::string raw = chidao::NormalizeText(bytes);
  Require(chidao::IsValidUtf8(raw));
  return 0;
}
