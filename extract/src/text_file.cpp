#include "text_file.h"

#include "chidao/sha256.h"
#include "legacy_encoding.h"
#include "text_decoder.h"
#include "text_normalizer.h"

namespace chidao {

Result<Document> ReadTextFile(std::string_view bytes, const std::string& name,
                              const ExtractOptions& options) {
  if (bytes.empty()) return Status::Corrupt(name, "empty file (0 bytes)");
  if (bytes.size() > options.max_file_bytes) {
    return Status::TooLarge(name, "file is larger than the limit");
  }
  std::string detected;
  Result<std::string> decoded = DecodeText(bytes, options.encoding, name, &detected);
  if (!decoded.ok()) return decoded.status();
  std::string text = std::move(decoded).value();

  Document doc;
  doc.path = name;
  doc.sha256 = Sha256Hex(bytes);
  doc.kind = SourceKind::kText;
  if (detected != "utf-8") {
    doc.diagnostics.push_back({0, "text encoding: " + detected});
  } else if (options.encoding == TextEncoding::kAuto) {
    // UTF-8 that is really legacy-font text copied out of an old document.
    const LegacyFont font = DetectLegacyFont(text);
    if (font != LegacyFont::kNone) {
      if (std::optional<std::string> fixed = TranscodeLegacy(text, font)) {
        text = std::move(*fixed);
        doc.diagnostics.push_back(
            {0, std::string("UTF-8 text in the legacy ") + ToString(font) +
                    " font encoding (mojibake); transcoded to Unicode"});
      }
    }
  }
  if (detected == "tcvn3") {
    doc.diagnostics.push_back(
        {0, "TCVN3 has no toned capital letters: capitals may come out in lowercase"});
  }
  Page page;
  page.number = 1;
  page.source = PageSource::kPlainText;
  page.text = NormalizeText(text);
  if (page.text.empty()) return Status::Corrupt(name, "no text in the file");
  doc.pages.push_back(std::move(page));
  return doc;
}

}  // namespace chidao
