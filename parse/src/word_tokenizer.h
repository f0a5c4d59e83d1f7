// Internal header of chidao::parse (not part of its API).
//
// Words of a whitespace-normalised span, each with its byte range and its folded form
// ("Sở" → "so", "ĐẢNG" → "dang"), so the body, role and section rules can compare words
// without caring about case, tone marks or tone placement ("hoà"/"hòa"). Punctuation marks are
// tokens of their own ("," ";" ":" "." "(" ")" "-" "&" "/"), except inside words such as
// "COVID-19", "TT&TT", "5236/UBND-VX" or "24/7", which stay one token.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace chidao::parse_internal {

struct BodyMention;  // body_matcher.h

struct Word {
  // User-provided, so that `words.emplace_back()` runs the member initialisers below only:
  // value-initialising an aggregate-like Word first zero-filled all its bytes (a `rep stos`
  // per token, a seventh of the tokeniser's time).
  Word() {}

  std::size_t begin = 0;  // byte range in the tokenised text
  std::size_t end = 0;
  std::string_view text;        // borrowed from the tokenised text
  std::string fold;             // lowercase, marks removed, đ → d
  std::uint64_t fold_hash = 0;  // FoldHash(fold) (fold_table.h): tables look words up by it
  bool punct = false;           // a punctuation token
  bool upper = false;           // first letter is a capital
  bool all_upper = false;       // every letter is a capital (and there are at least two)
  bool ascii = false;           // a word (not punctuation) written in ASCII only
  // Memo of the body matcher: whether a body name starts at this word, and which. The answer
  // depends on the words alone, which never change once tokenised, and the role and task
  // rules ask it of the same word several times.
  mutable bool no_body = false;
  // Memo of the lexicon's tables (phrase_set.h): bit b set = table b has no entry starting here.
  mutable std::uint64_t absent_from = 0;
  mutable std::shared_ptr<const BodyMention> body;
};

// True when the word's text starts with a digit: "5" of "tổ dân phố số 5", "14/8" after "Ngày",
// "2026 - 2030" opening a line. The rules ask it of single words, so it is inline.
inline bool StartsWithDigit(const Word& w) {
  return !w.text.empty() && static_cast<unsigned char>(w.text[0] - '0') < 10;
}

// Splits `text` into words and punctuation. The returned views borrow `text`. With `max_words`,
// stops after that many tokens: they are the first tokens of the whole text (each token depends
// only on the bytes from its start on), for callers that read a line's first words only.
std::vector<Word> Tokenize(std::string_view text, std::size_t max_words = SIZE_MAX);

// The folded words of `phrase` joined by single spaces, punctuation dropped except "-" and "&"
// inside words: "Sở Giáo dục và Đào tạo" → "so giao duc va dao tao".
std::string FoldPhrase(std::string_view phrase);

// True when the folded form of words[i..] starts with the folded words of `phrase`
// (space-separated, e.g. "chu tri"); punctuation tokens in `words` never match. The rules ask
// this at most words of a text, and the first letters differ for nearly every word asked: that
// answer is given inline, the rest by StartsWithFoldedFrom.
bool StartsWithFoldedFrom(const std::vector<Word>& words, std::size_t i, std::string_view phrase);
inline bool StartsWithFolded(const std::vector<Word>& words, std::size_t i, std::string_view phrase) {
  if (i >= words.size() || words[i].punct) return false;
  const std::string& f = words[i].fold;
  if (!f.empty() && !phrase.empty() && phrase[0] != f[0]) return false;
  return StartsWithFoldedFrom(words, i, phrase);
}

// Number of words in a space-separated folded phrase.
std::size_t PhraseLength(std::string_view phrase);

}  // namespace chidao::parse_internal
