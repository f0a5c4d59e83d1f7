// Internal header of chidao::extract (not part of its API).
//
// A plain text file as a Document: the reader the dispatcher (extract.cpp) calls for .txt input
// and for any bytes that are not a PDF or an image.
#pragma once

#include <string>
#include <string_view>

#include "chidao/document.h"
#include "chidao/extract.h"
#include "chidao/status.h"

namespace chidao {

// A text file → one-page Document (source kPlainText, kind kText), decoded and normalised;
// sha256 of the raw bytes. Diagnostics note the detected encoding when it was not UTF-8, and
// legacy-font mojibake found inside a UTF-8 file ("nh©n d©n" pasted from an old PDF), which is
// transcoded. Errors: empty input, binary data, unknown encoding — each a Status naming `name`.
Result<Document> ReadTextFile(std::string_view bytes, const std::string& name,
                              const ExtractOptions& options);

}  // namespace chidao
