#include "folded_text.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <limits>

#include "code_point_table.h"

namespace chidao {
namespace {

// Appends the fold of `s` to `out`; with kOrigin, records each output byte's source in
// `origin`. One pass over the bytes, writing into buffers presized for the input: an ASCII byte
// or a marked letter gives at most one output byte per input byte, so only a letter kept as it
// is (Greek, Cyrillic: lowercasing may lengthen it) needs to check for room. Invariant at the
// top of the loop: out.size() - o >= (n - i) + 8.
template <bool kOrigin, typename Origins>
void Fold(std::string_view s, std::string& out, Origins* origin) {
  const CodePointInfo* t = CodePointTable();
  const auto* p = reinterpret_cast<const std::uint8_t*>(s.data());
  const int32_t n = static_cast<int32_t>(s.size());
  std::size_t o = out.size();
  out.resize(o + s.size() + 8);
  char* w = out.data();
  std::uint32_t* ow = nullptr;
  if constexpr (kOrigin) {
    origin->Reserve(out.size());
    ow = origin->data();
  }
  int32_t i = 0;
  while (i < n) {
    const std::uint8_t b = p[i];
    if (b < 0x80) {
      w[o] = static_cast<char>(t[b].fold);
      if constexpr (kOrigin) ow[o] = static_cast<std::uint32_t>(i);
      ++o;
      ++i;
      continue;
    }
    const int32_t start = i;
    UChar32 c = NextCodePoint(p, &i, n);
    // '?' for invalid UTF-8
    std::int8_t f = c >= 0 && c < kCodePointTableSize ? t[c].fold : InfoOf(c).fold;
    if (f == kFoldDrop) continue;
    if (f > 0) {
      w[o] = static_cast<char>(f);
      if constexpr (kOrigin) ow[o] = static_cast<std::uint32_t>(start);
      ++o;
      continue;
    }
    const std::size_t need = static_cast<std::size_t>(n - i) + 4 + 8;
    if (o + need > out.size()) {
      out.resize((o + need) * 2);
      w = out.data();
      if constexpr (kOrigin) {
        origin->set_size(o);  // Reserve keeps the first size() offsets: those written so far
        origin->Reserve(out.size());
        ow = origin->data();
      }
    }
    UChar32 lower = u_tolower(c);
    int32_t len = 0;
    UBool error = false;
    U8_APPEND(reinterpret_cast<std::uint8_t*>(w + o), len, 4, lower, error);
    if (error) continue;
    if constexpr (kOrigin)
      for (int32_t k = 0; k < len; ++k) ow[o + static_cast<std::size_t>(k)] = static_cast<std::uint32_t>(start);
    o += static_cast<std::size_t>(len);
  }
  out.resize(o);
  if constexpr (kOrigin) origin->set_size(o);
}

}  // namespace

FoldedText::FoldedText(std::string_view original) : original_(original) {
  // Offsets are stored in 32 bits; texts beyond 4 GiB are cut (parse never sees such input).
  if (original_.size() >= std::numeric_limits<std::uint32_t>::max()) {
    original_ = original_.substr(0, std::numeric_limits<std::uint32_t>::max() - 1);
  }
  Fold<true>(original_, folded_, &origin_);
  origin_.Reserve(origin_.size() + 1);
  origin_.data()[origin_.size()] = static_cast<std::uint32_t>(original_.size());
  origin_.set_size(origin_.size() + 1);
}

void FoldedText::OriginMap::Reserve(std::size_t n) {
  if (n <= capacity_) return;
  // Not zero-filled: Fold writes every slot below size() before anything reads it, and filling
  // four bytes per byte of text first was a tenth of the folding's cost.
  std::unique_ptr<std::uint32_t[]> grown(new std::uint32_t[n]);
  std::copy(data_.get(), data_.get() + size_, grown.get());
  data_ = std::move(grown);
  capacity_ = n;
}

std::size_t FoldedText::Original(std::size_t pos) const {
  return pos < origin_.size() ? origin_.data()[pos] : original_.size();
}

std::size_t FoldedText::Folded(std::size_t pos) const {
  const std::uint32_t* begin = origin_.data();
  const std::uint32_t* it =
      std::lower_bound(begin, begin + origin_.size() - 1, static_cast<std::uint32_t>(pos));
  return static_cast<std::size_t>(it - begin);
}

std::string_view FoldedText::OriginalText(std::size_t begin, std::size_t end) const {
  std::size_t b = Original(begin), e = Original(end);
  if (e < b) e = b;
  return original_.substr(b, e - b);
}

std::string FoldText(std::string_view text) {
  std::string out;
  Fold<false>(text, out, static_cast<std::vector<std::uint32_t>*>(nullptr));
  return out;
}

}  // namespace chidao
