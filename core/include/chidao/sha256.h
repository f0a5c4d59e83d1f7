// SHA-256 of bytes as lowercase hex: the identity of an imported file (re-import detection).
#pragma once

#include <string>
#include <string_view>

namespace chidao {

std::string Sha256Hex(std::string_view bytes);

}  // namespace chidao
