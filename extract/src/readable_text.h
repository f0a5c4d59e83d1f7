// Internal header of chidao::extract (not part of its API).
//
// The last check on any extracted document: did reading it give text worth handing on? A PDF
// of blank pages, a 1x1 image, or a scan on which every page's OCR failed gives nothing, and
// saying so beats storing an empty record. Callers that only accept Vietnamese (import, parse)
// also refuse text with no Vietnamese in it, such as a document in English.
#pragma once

#include "chidao/document.h"
#include "chidao/status.h"

namespace chidao {

// Ok, or a Status (without path: the caller adds it) saying why the document has no usable text.
Status CheckReadableText(const Document& doc, bool require_vietnamese);

}  // namespace chidao
