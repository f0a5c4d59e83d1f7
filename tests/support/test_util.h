// Helpers shared by the test suites.
#pragma once

#include <fstream>
#include <iterator>
#include <string>

#include <catch2/catch.hpp>

#include "chidao/status.h"

// Fails the test and prints the status when it is not ok.
#define REQUIRE_OK(expr)                                   \
  do {                                                     \
    const ::chidao::Status& _st = (expr);                  \
    INFO("status: " << _st.ToString());                    \
    REQUIRE(_st.ok());                                     \
  } while (0)

namespace chidao::testing {

// Path of a file in the source tree, e.g. SourcePath("corpus/seeds/...").
inline std::string SourcePath(const std::string& relative) {
  return std::string(CHIDAO_SOURCE_DIR) + "/" + relative;
}

inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

}  // namespace chidao::testing
