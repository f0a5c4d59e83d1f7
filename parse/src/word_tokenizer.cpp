// Tokenising rules, with examples:
// - letters and digits make words: "Sở", "2021", "COVID";
// - "-", "&", "/", "." and ":" join two word characters into one word: "COVID-19", "TT&TT",
//   "LĐ-TB&XH", "5236/UBND-VX", "11/10/2021", "1.000", "16:00", "P.KSTT";
// - anything else that is not a space is a one-character punctuation token: the dash of
//   "kinh tế - xã hội", the "," of a list, the ")" of "a)", quotes.
#include "word_tokenizer.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>

#include "code_point_table.h"
#include "fold_table.h"

namespace chidao::parse_internal {
namespace {

struct CodePoint {
  UChar32 c = 0;
  std::size_t end = 0;
  CodePointInfo info;
};

// The table's ASCII entries with one rule applied once, not at every byte: only the white-space
// controls separate words; the others (0x1C-0x1F...) are punctuation.
const CodePointInfo* AsciiTable() {
  static const std::array<CodePointInfo, 0x80> kAscii = [] {
    std::array<CodePointInfo, 0x80> t;
    const CodePointInfo* table = CodePointTable();
    for (int b = 0; b < 0x80; ++b) {
      t[static_cast<std::size_t>(b)] = table[b];
      if (b < ' ' && b != '\n' && b != '\t' && b != '\r' && b != '\f' && b != '\v')
        t[static_cast<std::size_t>(b)].flags &= static_cast<std::uint8_t>(~kCpSpace);
    }
    return t;
  }();
  return kAscii.data();
}

// ASCII bytes are most of any Vietnamese text: they never reach UTF-8 decoding. Forced inline:
// it runs once or twice per byte of every block, and GCC at -O2 kept it out of line.
[[gnu::always_inline]] inline CodePoint Decode(const std::uint8_t* s, std::size_t n,
                                               std::size_t pos, const CodePointInfo* table,
                                               const CodePointInfo* ascii) {
  CodePoint cp;
  std::uint8_t b = s[pos];
  if (b < 0x80) {
    cp.c = b;
    cp.end = pos + 1;
    cp.info = ascii[b];
    return cp;
  }
  int32_t i = static_cast<int32_t>(pos);
  cp.c = NextCodePoint(s, &i, static_cast<int32_t>(n));
  cp.end = static_cast<std::size_t>(i);
  if (cp.c >= 0 && cp.c < kCodePointTableSize) {
    cp.info = table[cp.c];
  } else {
    cp.info = ComputeCodePointInfo(cp.c);
    if (cp.c < 0) cp.info.flags = 0;  // invalid UTF-8: a punctuation token of its own
  }
  return cp;
}

bool IsJoiner(UChar32 c) { return c == '-' || c == '&' || c == '/' || c == '.' || c == ':'; }

// Writes a word's fold straight into Word::fold, a byte at a time, hashing as it goes. Folds
// are short: they fit the string's own inline buffer, where push_back is a few inline
// instructions; building them in a buffer and appending it cost a library call and a memcpy
// per word, more than the bytes themselves.
class FoldWriter {
 public:
  explicit FoldWriter(std::string& out) : out_(out) {}
  void Add(const CodePoint& cp) {
    if (cp.info.fold > 0) {
      Put(static_cast<char>(cp.info.fold));
      return;
    }
    if (cp.info.fold == kFoldDrop) return;
    // A letter kept as it is, lowercased (rare: Greek, Cyrillic...).
    char buf[4];
    int32_t len = 0;
    UBool error = false;
    U8_APPEND(reinterpret_cast<std::uint8_t*>(buf), len, 4, u_tolower(cp.c), error);
    for (int32_t k = 0; !error && k < len; ++k) Put(buf[k]);
  }
  void Put(char c) {
    out_.push_back(c);
    hash_ = FoldHashAdd(hash_, c);
  }
  std::uint64_t hash() const { return hash_; }

 private:
  std::string& out_;
  std::uint64_t hash_ = kFoldHashSeed;
};

}  // namespace

std::vector<Word> Tokenize(std::string_view text, std::size_t max_words) {
  const CodePointInfo* table = CodePointTable();
  const CodePointInfo* ascii = AsciiTable();
  const auto* s = reinterpret_cast<const std::uint8_t*>(text.data());
  const std::size_t n = text.size();
  std::vector<Word> words;
  // Vietnamese syllables are short: about one token per four bytes; growing the vector moves
  // every word already made.
  words.reserve(std::min(n / 3 + 4, max_words));
  std::size_t pos = 0;
  while (pos < n && words.size() < max_words) {
    if (s[pos] == ' ') {
      ++pos;
      continue;
    }
    CodePoint cp = Decode(s, n, pos, table, ascii);
    if (cp.info.flags & kCpSpace) {
      pos = cp.end;
      continue;
    }
    Word& w = words.emplace_back();
    w.begin = pos;
    if (!(cp.info.flags & kCpWord)) {
      w.end = cp.end;
      w.punct = true;
      w.text = std::string_view(text.data() + w.begin, w.end - w.begin);
      FoldWriter fold(w.fold);  // a punctuation token's fold is its text
      for (char c : w.text) fold.Put(c);
      w.fold_hash = fold.hash();
      pos = cp.end;
      continue;
    }
    FoldWriter fold(w.fold);
    bool any_lower = false;
    int letters = 0;
    bool first_letter_seen = false;
    std::size_t chars = 0;  // code points, joiners included: as many as bytes when all ASCII
    std::size_t end = pos;
    for (;;) {
      if (cp.info.flags & kCpAlpha) {
        ++letters;
        if (!first_letter_seen) w.upper = (cp.info.flags & kCpUpper) != 0;
        first_letter_seen = true;
        any_lower = any_lower || !(cp.info.flags & kCpUpper);
      }
      fold.Add(cp);
      ++chars;
      end = cp.end;
      if (end >= n) break;
      CodePoint next = Decode(s, n, end, table, ascii);
      if (next.info.flags & kCpWord) {
        cp = next;
        continue;
      }
      if (IsJoiner(next.c) && next.end < n) {
        CodePoint after = Decode(s, n, next.end, table, ascii);
        if (after.info.flags & kCpWord) {
          fold.Put(static_cast<char>(next.c));
          ++chars;
          cp = after;
          continue;
        }
      }
      break;
    }
    w.fold_hash = fold.hash();
    w.end = end;
    w.text = std::string_view(text.data() + w.begin, w.end - w.begin);
    w.all_upper = letters >= 2 && !any_lower;
    w.ascii = chars == end - w.begin;
    pos = end;
  }
  return words;
}

std::string FoldPhrase(std::string_view phrase) {
  std::string out;
  for (const Word& w : Tokenize(phrase)) {
    if (w.punct) continue;
    if (!out.empty()) out.push_back(' ');
    out += w.fold;
  }
  return out;
}

std::size_t PhraseLength(std::string_view phrase) {
  if (phrase.empty()) return 0;
  std::size_t n = 1;
  for (char c : phrase) n += c == ' ';
  return n;
}

bool StartsWithFoldedFrom(const std::vector<Word>& words, std::size_t i, std::string_view phrase) {
  // The phrase is compared in place, not split.
  std::size_t pos = 0;
  for (;; ++i) {
    if (i >= words.size() || words[i].punct) return false;
    const std::string& f = words[i].fold;
    if (phrase.size() - pos < f.size()) return false;
    // The first letters differ for nearly every word asked: no call to compare then.
    if (!f.empty() && phrase[pos] != f[0]) return false;
    if (phrase.compare(pos, f.size(), f) != 0) return false;
    pos += f.size();
    if (pos == phrase.size()) return true;
    if (phrase[pos] != ' ') return false;
    ++pos;
  }
}

}  // namespace chidao::parse_internal
