// Internal to the coding stage: a memo of the per-word work AnalyseTokens does for every token (case folding,
// lemmatising, two vocabulary lookups, the loose-name pre-test), keyed by the token's surface bytes.
//
// Why: news repeats its words (Zipf), and that work costs about 900 instructions a token while a memo hit
// costs one hash of the surface and one comparison; on the BBC corpus over 95% of tokens are hits. The memo
// is a pure cache: every value is what the uncached functions return for the same surface and dictionary, so
// coding output does not depend on its state (token_cache_test.cc checks this against the functions).
//
// Bounds: at most kMaxEntries words and kMaxPoolBytes of text; when either would be exceeded the memo is
// emptied (capacity kept) and refills, so memory stays bounded and nothing is allocated per token once the
// buffers have grown. Surfaces longer than kMaxSurfaceBytes bypass the memo.
//
// One TokenCache serves one dictionary at a time: passing a different CompiledDictionary (by address) empties
// it. A caller must not destroy a dictionary and reuse the cache with another one created at the same
// address; the coder owns a shared_ptr to its dictionary for as long as its cache lives.
#ifndef DYAD_CODING_TOKEN_CACHE_H_
#define DYAD_CODING_TOKEN_CACHE_H_

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "dictionary/compiled.h"

namespace dyad {

class TokenCache {
 public:
  static constexpr uint32_t kMaxEntries = 1u << 15;
  static constexpr uint32_t kMaxPoolBytes = 1u << 20;
  static constexpr uint32_t kMaxSurfaceBytes = 64;

  // What AnalyseTokens needs of one token. `folded` views the cache (or a scratch buffer) and stays valid
  // until the next call of Lookup.
  struct Info {
    std::string_view folded;       // FoldCase(surface)
    WordId word = kNoWord;         // dict.words().Find(folded)
    WordId lemma = kNoWord;        // words only: dict.lemmas().Find(Lemmatize(folded))
    bool may_start_loose = false;  // name words only: dict.MayStartLooseName(folded)
    uint8_t classes = 0;           // WordClasses(folded) (sentence.h)
    bool hyphenated = false;       // words only: the surface holds a hyphen ('-', U+2010, U+2011)
  };

  // The analysis of a token with text `surface`. `is_word`: the token is a TokenKind::kWord (only words are
  // lemmatised). `name_word`: the caller wants `may_start_loose` (computed once per entry, on first request).
  // The hit path is inline (forced: with a second caller in its file, GCC stopped inlining it into
  // AnalyseTokens, +3% instructions on bbc-2225); misses go to Insert.
  [[gnu::always_inline]] Info Lookup(const CompiledDictionary& dict, std::string_view surface, bool is_word,
                                     bool name_word) {
    if (surface.size() > kMaxSurfaceBytes) return Uncached(dict, surface, is_word, name_word);
    if (dict_ != &dict) Reset(dict);
    const uint64_t hash = Hash(surface, is_word);
    const uint32_t tag = static_cast<uint32_t>(hash >> 32);
    for (uint32_t i = static_cast<uint32_t>(hash) & kSlotMask;; i = (i + 1) & kSlotMask) {
      const Slot slot = slots_[i];
      if (slot.entry == 0) return Insert(dict, surface, is_word, name_word, hash, i);
      if (slot.hash != tag) continue;
      Entry& e = entries_[slot.entry - 1];
      if (e.key_size != surface.size() || e.is_word != static_cast<uint8_t>(is_word) ||
          !SameBytes(pool_.data() + e.key_begin, surface.data(), surface.size()))
        continue;
      if (name_word && e.loose == 0) e.loose = LooseStart(dict, Folded(e)) ? 2 : 1;
      return InfoOf(e, name_word);
    }
  }

  // Empties the memo (keeps the buffers' capacity).
  void Clear();
  size_t size() const { return entries_.size(); }

 private:
  struct Entry {
    uint32_t key_begin = 0;  // surface bytes in pool_
    uint32_t key_size = 0;
    uint32_t folded_begin = 0;  // folded bytes in pool_
    uint32_t folded_size = 0;
    WordId word = kNoWord;
    WordId lemma = kNoWord;
    uint8_t is_word = 0;
    uint8_t loose = 0;  // 0 not computed, 1 false, 2 true
    uint8_t classes = 0;
    uint8_t hyphenated = 0;
  };
  struct Slot {
    uint32_t hash = 0;   // upper bits of the key's hash, to skip most comparisons
    uint32_t entry = 0;  // index + 1 into entries_, 0 = empty
  };
  static constexpr uint32_t kSlotCount = kMaxEntries * 2;  // load factor at most 1/2
  static constexpr uint32_t kSlotMask = kSlotCount - 1;

  static uint32_t Load32(const char* p) {
    uint32_t v;
    std::memcpy(&v, p, sizeof v);
    return v;
  }
  static uint64_t Load64(const char* p) {
    uint64_t v;
    std::memcpy(&v, p, sizeof v);
    return v;
  }
  // A fast hash of a short byte string, reading whole words (never past the end): tokens are a few bytes
  // long, and hashing them byte by byte (FNV) would cost more than the rest of a hit.
  static uint64_t Hash(std::string_view s, bool is_word) {
    const char* p = s.data();
    const size_t n = s.size();
    uint64_t h = (n << 1 | (is_word ? 1 : 0)) * 0x9e3779b97f4a7c15ull;
    if (n >= 8) {
      const char* const last = p + n - 8;
      for (; p < last; p += 8) h = (h ^ Load64(p)) * 0xbf58476d1ce4e5b9ull;
      h = (h ^ Load64(last)) * 0x94d049bb133111ebull;  // may overlap the loop's last word
    } else if (n >= 4) {
      h = (h ^ (uint64_t{Load32(p)} << 32 | Load32(p + n - 4))) * 0x94d049bb133111ebull;
    } else if (n > 0) {
      const uint64_t v = uint64_t{static_cast<uint8_t>(p[0])} << 16 |
                         uint64_t{static_cast<uint8_t>(p[n / 2])} << 8 | static_cast<uint8_t>(p[n - 1]);
      h = (h ^ v) * 0x94d049bb133111ebull;
    }
    h ^= h >> 32;
    h *= 0xd6e8feb86659fd93ull;
    return h ^ (h >> 32);
  }
  // a[0, n) == b[0, n) by whole words (overlapping at the end), as memcmp would say.
  static bool SameBytes(const char* a, const char* b, size_t n) {
    if (n >= 8) {
      for (size_t k = 0; k + 8 < n; k += 8)
        if (Load64(a + k) != Load64(b + k)) return false;
      return Load64(a + n - 8) == Load64(b + n - 8);
    }
    if (n >= 4) return Load32(a) == Load32(b) && Load32(a + n - 4) == Load32(b + n - 4);
    for (size_t k = 0; k < n; ++k)
      if (a[k] != b[k]) return false;
    return true;
  }
  std::string_view Folded(const Entry& e) const {
    return std::string_view(pool_).substr(e.folded_begin, e.folded_size);
  }
  Info InfoOf(const Entry& e, bool name_word) const {
    Info info;
    info.folded = Folded(e);
    info.word = e.word;
    info.lemma = e.lemma;
    info.may_start_loose = name_word && e.loose == 2;
    info.classes = e.classes;
    info.hyphenated = e.hyphenated != 0;
    return info;
  }

  // A miss whose probe ended at the free slot `slot`: computes the analysis and files it.
  Info Insert(const CompiledDictionary& dict, std::string_view surface, bool is_word, bool name_word,
              uint64_t hash, uint32_t slot);
  // A surface too long for the memo: computed into the scratch buffers.
  Info Uncached(const CompiledDictionary& dict, std::string_view surface, bool is_word, bool name_word);
  // Empties the memo and binds it to `dict`.
  void Reset(const CompiledDictionary& dict);
  // Computes the analysis of `surface` without the memo; the folded text is left in `fold_`.
  void Compute(const CompiledDictionary& dict, std::string_view surface, bool is_word, Entry* e);
  bool LooseStart(const CompiledDictionary& dict, std::string_view folded);

  const CompiledDictionary* dict_ = nullptr;
  std::vector<Slot> slots_;
  std::vector<Entry> entries_;
  std::string pool_;
  std::string fold_;       // scratch: FoldCase output
  std::string lemma_;      // scratch: Lemmatize output
  std::string loose_key_;  // scratch: MayStartLooseName
};

}  // namespace dyad

#endif  // DYAD_CODING_TOKEN_CACHE_H_
