// Tokenising rules, with examples:
// - letters and digits make words: "Sở", "2021", "COVID";
// - "-", "&", "/", "." and ":" join two word characters into one word: "COVID-19", "TT&TT",
//   "LĐ-TB&XH", "5236/UBND-VX", "11/10/2021", "1.000", "16:00", "P.KSTT";
// - anything else that is not a space is a one-character punctuation token: the dash of
//   "kinh tế - xã hội", the "," of a list, the ")" of "a)", quotes.
#include "word_tokenizer.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <unordered_map>

#include "chidao/vn_text.h"

namespace chidao::parse_internal {
namespace {

struct CodePoint {
  UChar32 c = 0;
  std::size_t begin = 0;
  std::size_t end = 0;
};

CodePoint Decode(std::string_view text, std::size_t pos) {
  CodePoint cp;
  cp.begin = pos;
  unsigned char b = static_cast<unsigned char>(text[pos]);
  if (b < 0x80) {  // ASCII: most bytes of Vietnamese text
    cp.c = b;
    cp.end = pos + 1;
    return cp;
  }
  int32_t i = static_cast<int32_t>(pos);
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  U8_NEXT(s, i, static_cast<int32_t>(text.size()), cp.c);
  cp.end = static_cast<std::size_t>(i);
  return cp;
}

bool IsWordChar(UChar32 c) {
  if (c < 0x80) return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  return u_isalnum(c) || u_charType(c) == U_NON_SPACING_MARK;
}

bool IsJoiner(UChar32 c) { return c == '-' || c == '&' || c == '/' || c == '.' || c == ':'; }

bool IsSpace(UChar32 c) {
  if (c < 0x80) return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
  return u_isspace(c);
}

}  // namespace

// Lets the cache be searched with a string_view, without building a std::string per lookup.
struct ViewHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

const std::string& FoldCached(std::string_view word) {
  thread_local std::unordered_map<std::string, std::string, ViewHash, std::equal_to<>> cache;
  auto it = cache.find(word);
  if (it != cache.end()) return it->second;
  if (cache.size() > 200000) cache.clear();  // bounded: the cache is only a speed-up
  std::string folded;
  bool ascii = true;
  for (char ch : word) ascii = ascii && static_cast<unsigned char>(ch) < 0x80;
  if (ascii) {
    folded.reserve(word.size());
    for (char ch : word) folded.push_back(ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch + 32) : ch);
  } else {
    folded = FoldDiacritics(word);
  }
  return cache.emplace(std::string(word), std::move(folded)).first->second;
}

std::vector<Word> Tokenize(std::string_view text) {
  std::vector<Word> words;
  words.reserve(text.size() / 5 + 1);
  std::size_t pos = 0;
  while (pos < text.size()) {
    CodePoint cp = Decode(text, pos);
    if (cp.end <= pos) break;
    if (IsSpace(cp.c)) {
      pos = cp.end;
      continue;
    }
    Word w;
    w.begin = pos;
    if (!IsWordChar(cp.c)) {
      w.end = cp.end;
      w.punct = true;
      w.text = text.substr(w.begin, w.end - w.begin);
      w.fold = std::string(w.text);
      words.push_back(std::move(w));
      pos = cp.end;
      continue;
    }
    bool first = true, any_lower = false;
    int letters = 0;
    std::size_t end = pos;
    while (end < text.size()) {
      CodePoint c = Decode(text, end);
      if (c.end <= end) break;
      if (IsWordChar(c.c)) {
        bool alpha, upper;
        if (c.c < 0x80) {
          alpha = (c.c >= 'a' && c.c <= 'z') || (c.c >= 'A' && c.c <= 'Z');
          upper = c.c >= 'A' && c.c <= 'Z';
        } else {
          alpha = u_isalpha(c.c);
          upper = alpha && u_isupper(c.c);
        }
        if (alpha) {
          ++letters;
          if (first) w.upper = upper;
          first = false;
          if (!upper) any_lower = true;
        }
        end = c.end;
        continue;
      }
      if (IsJoiner(c.c) && c.end < text.size()) {
        CodePoint next = Decode(text, c.end);
        if (IsWordChar(next.c)) {
          end = c.end;
          continue;
        }
      }
      break;
    }
    w.end = end;
    w.text = text.substr(w.begin, w.end - w.begin);
    w.all_upper = letters >= 2 && !any_lower;
    bool ascii = true;
    for (char ch : w.text) ascii = ascii && static_cast<unsigned char>(ch) < 0x80;
    if (ascii) {
      w.fold.assign(w.text);
      for (char& ch : w.fold) ch = (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch + 32) : ch;
    } else {
      w.fold = FoldCached(w.text);
    }
    words.push_back(std::move(w));
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

bool StartsWithFolded(const std::vector<Word>& words, std::size_t i, std::string_view phrase) {
  std::size_t start = 0;
  while (start <= phrase.size()) {
    std::size_t space = phrase.find(' ', start);
    std::string_view part =
        phrase.substr(start, space == std::string_view::npos ? std::string_view::npos : space - start);
    if (i >= words.size() || words[i].punct || words[i].fold != part) return false;
    ++i;
    if (space == std::string_view::npos) break;
    start = space + 1;
  }
  return true;
}

}  // namespace chidao::parse_internal
