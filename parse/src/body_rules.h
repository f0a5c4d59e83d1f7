// Internal header of chidao::parse (not part of its API).
//
// The body-name rules behind body_matcher.h, one file per family of bodies:
//   body_scan.cpp        words, places and modifiers that make up any name;
//   body_state.cpp       UBND/HĐND and their targets, Sở and Phòng, named agencies ("Ban ...");
//   body_collective.cpp  collective bodies ("các sở, ban, ngành") and generic nouns;
//   body_party.cpp       Party committees and their organs;
//   body_forces.cpp      the army and the police;
//   body_front.cpp       the Fatherland Front.
// Each rule looks at words[k] and returns the body found there (its end and canonical name),
// or nothing; body_matcher.cpp tries them in turn.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "word_tokenizer.h"

namespace chidao::parse_internal::body_rules {

using Words = std::vector<Word>;

// A body found at words[k, end): its canonical name and what kind of body it is.
struct Core {
  std::size_t end = 0;
  std::string canonical;
  bool collective = false;
  bool generic = false;
  bool issuer = false;
};

// Word tests. The first three are inline: the rules ask them of nearly every word they read,
// and a call each cost more than the test.
inline bool Is(const Words& w, std::size_t i, std::string_view fold) {
  return i < w.size() && !w[i].punct && w[i].fold == fold;
}
inline bool IsPunct(const Words& w, std::size_t i, std::string_view p) {
  return i < w.size() && w[i].punct && w[i].text == p;
}
inline bool Seq(const Words& w, std::size_t i, std::string_view phrase) {
  return StartsWithFolded(w, i, phrase);
}
// (body_scan.cpp)
bool SeqP(const Words& w, std::size_t i, std::initializer_list<std::string_view> parts);
bool GenericUse(const Words& w, std::size_t j);
bool OpensBody(const Words& w, std::size_t i);
bool IsPhongOffice(const Words& w, std::size_t i);

// Scans (body_scan.cpp): each returns the index after what it read, k when nothing.
std::size_t ScanPlace(const Words& w, std::size_t k);
std::size_t ScanLevelPlace(const Words& w, std::size_t k, std::string* out);
std::size_t ScanModifiers(const Words& w, std::size_t k);
// `company`: the name follows "Công ty", "Tổng công ty" or "Tập đoàn" and may hold a trade.
std::size_t ScanName(const Words& w, std::size_t k, std::size_t max_words, bool company = false);

// The rules. `k` is the first word of the body, after any title.
Core Target(const Words& w, std::size_t k, std::string prefix);  // after "UBND"/"HĐND"
std::optional<Core> Department(const Words& w, std::size_t k);
std::optional<Core> Named(const Words& w, std::size_t k);
std::optional<Core> Collective(const Words& w, std::size_t k);  // after "các"/"những"
std::optional<Core> Generic(const Words& w, std::size_t k);
std::optional<Core> Party(const Words& w, std::size_t k);
std::optional<Core> PartyCell(const Words& w, std::size_t k);  // "Chi bộ ..."
std::optional<Core> Military(const Words& w, std::size_t k);
std::optional<Core> Police(const Words& w, std::size_t k);
std::optional<Core> Front(const Words& w, std::size_t k);

}  // namespace chidao::parse_internal::body_rules
