// PhraseSet (phrase_set.h). A phrase is stored as its parts: folded words, and with keep_punct
// the punctuation tokens as written ("tổ chức chính trị - xã hội" → to chuc chinh tri - xa hoi).
#include "phrase_set.h"

#include <atomic>

#include "text_case.h"

namespace chidao::parse_internal {

std::uint64_t NewMemoBit() {
  static std::atomic<int> next{0};
  int n = next.fetch_add(1);
  return n < 62 ? std::uint64_t{1} << n : 0;  // 62 and 63: CanStartBody's (phrase_set.h)
}

PhraseSet::PhraseSet(std::initializer_list<std::string_view> phrases, bool keep_punct)
    : keep_punct_(keep_punct), memo_bit_(NewMemoBit()) {
  for (std::string_view p : phrases) {
    std::vector<std::string> parts;
    std::vector<Word> words = Tokenize(p);
    for (const Word& w : words) {
      if (w.punct && !keep_punct) continue;
      if (parts.empty()) first_written_.emplace_back(w.text);
      parts.push_back(w.punct ? std::string(w.text) : w.fold);
    }
    if (parts.empty()) continue;
    if (parts.size() == 1) one_word_written_.push_back(LowerCase(words.front().text));
    Phrase phrase;
    for (const std::string& part : parts) phrase.hashes.push_back(FoldHash(part));
    phrase.parts = std::move(parts);
    by_first_.Insert(phrase.parts[0]).push_back(std::move(phrase));
  }
}

std::size_t PhraseSet::MatchUnknown(const std::vector<Word>& words, std::size_t i) const {
  const Word& first = words[i];
  if (first.punct && !keep_punct_) return 0;
  // A punctuation token's fold is its text.
  const std::vector<Phrase>* phrases = by_first_.Find(first.fold, first.fold_hash);
  if (phrases == nullptr) {
    first.absent_from |= memo_bit_;
    return 0;
  }
  std::size_t best = 0;
  for (const Phrase& p : *phrases) {
    const std::size_t n = p.parts.size();
    if (n <= best || i + n > words.size()) continue;
    bool ok = true;
    for (std::size_t k = 1; k < n && ok; ++k) {
      const Word& w = words[i + k];
      ok = (keep_punct_ || !w.punct) && w.fold_hash == p.hashes[k] && w.fold == p.parts[k];
    }
    if (ok) best = n;
  }
  return best;
}

void PhraseSet::AddFirstWords(std::vector<std::string>& folded,
                              std::vector<std::string>& written) const {
  for (const auto& [first, _] : by_first_.Entries()) folded.push_back(first);
  written.insert(written.end(), first_written_.begin(), first_written_.end());
}

bool PhraseSet::IsWrittenOneWord(std::string_view lower) const {
  for (const std::string& w : one_word_written_)
    if (w == lower) return true;
  return false;
}

}  // namespace chidao::parse_internal
