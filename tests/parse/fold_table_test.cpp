// FoldTable: exact answers (a probe by hash, then the string), growth, insertion order; and the
// invariant the lexicon relies on: every word the tokenizer makes carries FoldHash(fold).
#include "fold_table.h"

#include <string>

#include "support/test_util.h"
#include "word_tokenizer.h"

namespace {

using chidao::parse_internal::FoldHash;
using chidao::parse_internal::FoldTable;
using chidao::parse_internal::Tokenize;

}  // namespace

TEST_CASE("FoldTable: finds what was inserted and nothing else, by the caller's hash") {
  FoldTable<int> t;
  t.Insert("chu tri") = 1;
  t.Insert("phoi hop") = 2;
  REQUIRE(t.Find("chu tri") != nullptr);
  CHECK(*t.Find("chu tri") == 1);
  CHECK(*t.Find("phoi hop", FoldHash("phoi hop")) == 2);
  CHECK(t.Find("chu") == nullptr);
  CHECK(t.Find("") == nullptr);
  // A wrong hash never finds the key: callers must pass the key's own hash.
  CHECK(t.Find("chu tri", FoldHash("chu tri") + 1) == nullptr);
}

TEST_CASE("FoldTable: inserting a key twice returns the same value; growth keeps every key") {
  FoldTable<int> t;
  for (int i = 0; i < 1000; ++i) t.Insert("so " + std::to_string(i)) = i;
  t.Insert("so 7") += 100;
  CHECK(t.Entries().size() == 1000);
  CHECK(t.Entries().front().first == "so 0");
  for (int i = 0; i < 1000; ++i) {
    const int* v = t.Find("so " + std::to_string(i));
    REQUIRE(v != nullptr);
    CHECK(*v == (i == 7 ? 107 : i));
  }
  CHECK(t.Find("so 1000") == nullptr);
}

TEST_CASE("FoldTable: every token carries the hash of its fold, punctuation included") {
  for (const auto& w : Tokenize("Sở TT&TT, UBND tỉnh (Cao Bằng) - COVID-19; 5236/UBND-VX “hoà”"))
    CHECK(w.fold_hash == FoldHash(w.fold));
}
