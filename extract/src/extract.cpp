// Dispatch: decide what kind of file the bytes are (by content first, then by name) and hand
// them to the reader for that kind.
#include "chidao/extract.h"

#include <fstream>
#include <iterator>
#include <sstream>
#include <sys/stat.h>

#include "chidao/sha256.h"
#include "chidao/vn_text.h"

namespace chidao {

std::optional<TextEncoding> ParseTextEncoding(std::string_view name) {
  if (name == "auto") return TextEncoding::kAuto;
  if (name == "utf-8" || name == "utf8") return TextEncoding::kUtf8;
  if (name == "utf-16" || name == "utf16") return TextEncoding::kUtf16;
  if (name == "cp1258" || name == "windows-1258") return TextEncoding::kCp1258;
  if (name == "tcvn3" || name == "abc") return TextEncoding::kTcvn3;
  if (name == "vni") return TextEncoding::kVni;
  return std::nullopt;
}

Result<Document> ExtractFile(const std::string& path, const ExtractOptions& options) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return Status::NotFound(path, "no such file");
  if (S_ISDIR(st.st_mode)) return Status::Unsupported(path, "is a directory");
  if (static_cast<std::size_t>(st.st_size) > options.max_file_bytes) {
    return Status::TooLarge(path, "file is larger than the limit");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(path, "cannot open for reading");
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) return Status::IoError(path, "read error");
  return ExtractBytes(bytes, path, options);
}

Result<Document> ExtractBytes(std::string_view bytes, const std::string& name,
                              const ExtractOptions& /*options*/) {
  if (bytes.empty()) return Status::Corrupt(name, "empty file (0 bytes)");
  if (!IsValidUtf8(bytes)) return Status::Unsupported(name, "not UTF-8 text");
  Document doc = Document::FromText(ToNfc(bytes), name);
  doc.sha256 = Sha256Hex(bytes);
  return doc;
}

}  // namespace chidao
