// Internal to chidao::extract. PixPtr: sole ownership of a Leptonica image.
//
// Leptonica images are reference-counted C structs released with pixDestroy; every Pix that
// crosses a function boundary in extract travels as a PixPtr so none leaks on an early return.
#pragma once

#include <memory>

#include <leptonica/allheaders.h>

namespace chidao {

struct PixDeleter {
  void operator()(Pix* pix) const { pixDestroy(&pix); }
};
using PixPtr = std::unique_ptr<Pix, PixDeleter>;

}  // namespace chidao
