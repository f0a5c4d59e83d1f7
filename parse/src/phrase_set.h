// Internal header of chidao::parse (not part of its API).
//
// PhraseSet: folded phrases ("chủ trì", "Ban Chỉ đạo", "Lao động - Thương binh") grouped by their
// first word, answering "which phrase of the set, if any, starts at words[i]?" with one probe
// of a FoldTable by the hash the tokenizer computed (fold_table.h). The lexicon and the
// gazetteer are made of such sets, and the rules ask each set about the same word many times
// (every scan of a body name asks whether a word is a verb, a title, a level...). Since most words
// start no phrase of a given set, that negative answer is memoised on the word itself
// (Word::absent_from, one bit per set), so it is computed once per word.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "fold_table.h"
#include "word_tokenizer.h"

namespace chidao::parse_internal {

// A bit of Word::absent_from, reserved for one look-up table for the life of the process; 0
// when all 62 are taken (the table then simply goes without a memo).
std::uint64_t NewMemoBit();

// Two bits of Word::absent_from that NewMemoBit never hands out, fixed at compile time so that
// CanStartBody (body_gazetteer.h) reads its memo inline: no, and yes.
inline constexpr std::uint64_t kCannotStartBodyMemo = std::uint64_t{1} << 63;
inline constexpr std::uint64_t kCanStartBodyMemo = std::uint64_t{1} << 62;

class PhraseSet {
 public:
  // With `keep_punct`, punctuation inside a phrase must match ("chính trị - xã hội"); without,
  // it is dropped from the phrase and the words must follow one another without any.
  PhraseSet(std::initializer_list<std::string_view> phrases, bool keep_punct = true);
  PhraseSet(const PhraseSet&) = delete;  // owns a memo bit
  PhraseSet& operator=(const PhraseSet&) = delete;

  // Length in words (punctuation included) of the longest phrase at words[i], 0 if none. The
  // memo is read inline: most questions are about words already known to start no phrase, and
  // most of the others about words the table's filter already knows it lacks.
  std::size_t Match(const std::vector<Word>& words, std::size_t i) const {
    if (i >= words.size()) return 0;
    const Word& first = words[i];
    if (first.absent_from & memo_bit_) return 0;
    if (!by_first_.MayHave(first.fold_hash)) {
      first.absent_from |= memo_bit_;
      return 0;
    }
    return MatchUnknown(words, i);
  }

  // The first words of the phrases, folded and as written (for CanStartBody).
  void AddFirstWords(std::vector<std::string>& folded, std::vector<std::string>& written) const;

  // True when `lower` (lower case, as written) is one of the one-word phrases as listed.
  bool IsWrittenOneWord(std::string_view lower) const;

 private:
  // A phrase's parts (the first included) and their FoldHash, compared before the strings.
  struct Phrase {
    std::vector<std::string> parts;
    std::vector<std::uint64_t> hashes;
  };
  std::size_t MatchUnknown(const std::vector<Word>& words, std::size_t i) const;

  bool keep_punct_;
  std::uint64_t memo_bit_;
  FoldTable<std::vector<Phrase>> by_first_;
  std::vector<std::string> first_written_;
  std::vector<std::string> one_word_written_;
};

}  // namespace chidao::parse_internal
