// Word helpers of word_tokenizer.h.
#include <string>

#include "support/test_util.h"
#include "word_tokenizer.h"

namespace {

using chidao::parse_internal::StartsWithDigit;
using chidao::parse_internal::Tokenize;

}  // namespace

TEST_CASE("WordTokenizer: StartsWithDigit tells numbers, dates and codes from words") {
  const std::string text = "tổ dân phố số 5, Ngày 14/8 2026 - 2030 3l/12 l5 COVID-19 Số";
  auto w = Tokenize(text);
  std::vector<std::string> digits;
  for (const auto& word : w)
    if (StartsWithDigit(word)) digits.push_back(std::string(word.text));
  CHECK(digits == std::vector<std::string>{"5", "14/8", "2026", "2030", "3l/12"});
  chidao::parse_internal::Word empty;
  CHECK_FALSE(StartsWithDigit(empty));
}
