// Internal header of chidao::parse (not part of its API).
//
// FoldTable: strings (folded words, as a rule) mapped to values, looked up by a hash the caller
// already has. The tokenizer hashes every word's fold once (Word::fold_hash); the lexicon and
// gazetteer tables are asked about the same word many times each, and with std::unordered_map
// every one of those questions hashed the word again. Here a question is one probe of an
// open-addressed array of hashes and, only when a hash matches, one string comparison, so the
// answers stay exact. Tables are filled once (static, at first use) and then only read.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace chidao::parse_internal {

// FNV-1a (64 bits): short keys, cheap to compute a byte at a time while a word is folded.
inline constexpr std::uint64_t kFoldHashSeed = 14695981039346656037ull;
inline std::uint64_t FoldHashAdd(std::uint64_t h, char c) {
  return (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
}
inline std::uint64_t FoldHash(std::string_view s) {
  std::uint64_t h = kFoldHashSeed;
  for (char c : s) h = FoldHashAdd(h, c);
  return h;
}

// Equality of two short byte strings (folded words are a few letters): compared inline, where
// a call to memcmp for every hit of the hash cost more than the comparison.
inline bool SameBytes(const char* a, const char* b, std::size_t n) {
  if (n > 16) return std::memcmp(a, b, n) == 0;
  for (std::size_t i = 0; i < n; ++i)
    if (a[i] != b[i]) return false;
  return true;
}

template <typename V>
class FoldTable {
 public:
  // The value under `key`, default-constructed when the key is new.
  V& Insert(std::string_view key) {
    std::uint64_t h = FoldHash(key);
    if (V* v = Lookup(key, h)) return *v;
    if ((entries_.size() + 1) * 2 > slots_.size()) Grow();
    entries_.emplace_back(std::string(key), V{});
    Place(h, static_cast<std::uint32_t>(entries_.size()));
    return entries_.back().second;
  }

  // The value under `key` (whose FoldHash is `hash`), nullptr when absent.
  const V* Find(std::string_view key, std::uint64_t hash) const {
    return const_cast<FoldTable*>(this)->Lookup(key, hash);
  }
  const V* Find(std::string_view key) const { return Find(key, FoldHash(key)); }
  // False when no key has FoldHash `hash` (Find would return nullptr): the filter's answer,
  // cheap enough to ask inline before a call to Find.
  bool MayHave(std::uint64_t hash) const { return (filter_[FilterWord(hash)] & FilterBit(hash)) != 0; }

  // Entries in insertion order.
  const std::vector<std::pair<std::string, V>>& Entries() const { return entries_; }

 private:
  struct Slot {
    std::uint64_t hash = 0;
    std::uint32_t entry = 0;  // index + 1 into entries_; 0 = empty
  };

  V* Lookup(std::string_view key, std::uint64_t hash) {
    // Most words asked are in no table: a bit of the filter, which stays in the L1 cache when
    // the slots do not, answers most of those questions without reading a slot.
    if (!(filter_[FilterWord(hash)] & FilterBit(hash))) return nullptr;
    if (slots_.empty()) return nullptr;
    std::size_t mask = slots_.size() - 1;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (s.entry == 0) return nullptr;
      if (s.hash != hash) continue;
      auto& [k, v] = entries_[s.entry - 1];
      if (k.size() == key.size() && SameBytes(k.data(), key.data(), key.size())) return &v;
    }
  }
  // A 1024-bit filter of the keys' hashes, by bits of the hash that the slot index (its low
  // bits) does not use.
  static std::size_t FilterWord(std::uint64_t hash) { return (hash >> 40) & 15; }
  static std::uint64_t FilterBit(std::uint64_t hash) { return std::uint64_t{1} << ((hash >> 48) & 63); }

  void Place(std::uint64_t hash, std::uint32_t entry) {
    filter_[FilterWord(hash)] |= FilterBit(hash);
    std::size_t mask = slots_.size() - 1;
    std::size_t i = hash & mask;
    while (slots_[i].entry != 0) i = (i + 1) & mask;
    slots_[i] = Slot{hash, entry};
  }
  void Grow() {
    slots_.assign(slots_.empty() ? 16 : slots_.size() * 2, Slot{});
    for (std::size_t e = 0; e < entries_.size(); ++e)
      Place(FoldHash(entries_[e].first), static_cast<std::uint32_t>(e + 1));
  }

  std::uint64_t filter_[16] = {};
  std::vector<Slot> slots_;  // size a power of two, at most half full
  std::vector<std::pair<std::string, V>> entries_;
};

}  // namespace chidao::parse_internal
