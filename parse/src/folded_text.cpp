#include "folded_text.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <limits>

#include "code_point_table.h"

namespace chidao {
namespace {

// Appends the fold of `s` to `out`; when `origin` is given, records each output byte's source.
// ASCII, most of any Vietnamese text, takes a branch-light path that writes into presized
// buffers; other code points go through the table.
void Fold(std::string_view s, std::string& out, std::vector<std::uint32_t>* origin) {
  const CodePointInfo* t = CodePointTable();
  const auto* p = reinterpret_cast<const std::uint8_t*>(s.data());
  const int32_t n = static_cast<int32_t>(s.size());
  std::size_t o = out.size();
  out.resize(o + s.size() + 8);
  if (origin) origin->resize(o + s.size() + 8);
  char* w = out.data();
  std::uint32_t* ow = origin ? origin->data() : nullptr;
  // Room for `need` more bytes. Output never outgrows input by more than 2 bytes per code point.
  auto grow = [&](std::size_t need) {
    out.resize((o + need) * 2);
    w = out.data();
    if (origin) {
      origin->resize(out.size());
      ow = origin->data();
    }
  };
  int32_t i = 0;
  while (i < n) {
    int32_t j = i;
    while (j < n && p[j] < 0x80) ++j;
    std::size_t run = static_cast<std::size_t>(j - i);
    if (o + run + 4 > out.size()) grow(run + 4);
    for (std::size_t k = 0; k < run; ++k) w[o + k] = static_cast<char>(t[p[i + k]].fold);
    if (ow)
      for (std::size_t k = 0; k < run; ++k) ow[o + k] = static_cast<std::uint32_t>(i) + static_cast<std::uint32_t>(k);
    o += run;
    i = j;
    if (i >= n) break;
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    std::int8_t f = InfoOf(c).fold;  // '?' for invalid UTF-8
    if (f == kFoldDrop) continue;
    if (o + 4 > out.size()) grow(4);
    if (f > 0) {
      w[o] = static_cast<char>(f);
      if (ow) ow[o] = static_cast<std::uint32_t>(start);
      ++o;
      continue;
    }
    UChar32 lower = u_tolower(c);
    int32_t len = 0;
    UBool error = false;
    U8_APPEND(reinterpret_cast<std::uint8_t*>(w + o), len, 4, lower, error);
    if (error) continue;
    if (ow)
      for (int32_t k = 0; k < len; ++k) ow[o + static_cast<std::size_t>(k)] = static_cast<std::uint32_t>(start);
    o += static_cast<std::size_t>(len);
  }
  out.resize(o);
  if (origin) origin->resize(o);
}

}  // namespace

FoldedText::FoldedText(std::string_view original) : original_(original) {
  // Offsets are stored in 32 bits; texts beyond 4 GiB are cut (parse never sees such input).
  if (original_.size() >= std::numeric_limits<std::uint32_t>::max()) {
    original_ = original_.substr(0, std::numeric_limits<std::uint32_t>::max() - 1);
  }
  Fold(original_, folded_, &origin_);
  origin_.push_back(static_cast<std::uint32_t>(original_.size()));
}

std::size_t FoldedText::Original(std::size_t pos) const {
  return pos < origin_.size() ? origin_[pos] : original_.size();
}

std::size_t FoldedText::Folded(std::size_t pos) const {
  auto it = std::lower_bound(origin_.begin(), origin_.end() - 1, static_cast<std::uint32_t>(pos));
  return static_cast<std::size_t>(it - origin_.begin());
}

std::string_view FoldedText::OriginalText(std::size_t begin, std::size_t end) const {
  std::size_t b = Original(begin), e = Original(end);
  if (e < b) e = b;
  return original_.substr(b, e - b);
}

std::string FoldText(std::string_view text) {
  std::string out;
  Fold(text, out, nullptr);
  return out;
}

}  // namespace chidao
