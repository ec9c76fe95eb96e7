// Internal to the coding stage: a memo of the per-word work AnalyseTokens does for every token (case folding,
// lemmatising, two vocabulary lookups, the loose-name pre-test), keyed by the token's surface bytes.
//
// Why: news repeats its words (Zipf), and that work costs about 900 instructions a token while a memo hit
// costs one hash of the surface and one comparison; on the BBC corpus over 95% of tokens are hits. The memo is
// a pure cache: every value is what the uncached functions return for the same surface and dictionary, so
// coding output does not depend on its state (token_cache_test.cc checks this against the functions).
//
// Bounds: at most kMaxEntries words and kMaxPoolBytes of text; when either would be exceeded the memo is
// emptied (capacity kept) and refills, so memory stays bounded and nothing is allocated per token once the
// buffers have grown. Surfaces longer than kMaxSurfaceBytes bypass the memo.
//
// One TokenCache serves one dictionary at a time: passing a different CompiledDictionary (by address) empties
// it. A caller must not destroy a dictionary and reuse the cache with another one created at the same address;
// the coder owns a shared_ptr to its dictionary for as long as its cache lives.
#ifndef DYAD_CODING_TOKEN_CACHE_H_
#define DYAD_CODING_TOKEN_CACHE_H_

#include <cstdint>
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
    std::string_view folded;        // FoldCase(surface)
    WordId word = kNoWord;          // dict.words().Find(folded)
    WordId lemma = kNoWord;         // words only: dict.lemmas().Find(Lemmatize(folded))
    bool may_start_loose = false;   // name words only: dict.MayStartLooseName(folded)
  };

  // The analysis of a token with text `surface`. `is_word`: the token is a TokenKind::kWord (only words are
  // lemmatised). `name_word`: the caller wants `may_start_loose` (computed once per entry, on first request).
  Info Lookup(const CompiledDictionary& dict, std::string_view surface, bool is_word, bool name_word);

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
  };
  struct Slot {
    uint32_t hash = 0;   // upper bits of the key's hash, to skip most comparisons
    uint32_t entry = 0;  // index + 1 into entries_, 0 = empty
  };
  static constexpr uint32_t kSlotCount = kMaxEntries * 2;  // load factor at most 1/2

  // Computes the analysis of `surface` without the memo into `fold_`/`lemma_`.
  void Compute(const CompiledDictionary& dict, std::string_view surface, bool is_word, Entry* e);
  bool LooseStart(const CompiledDictionary& dict, std::string_view folded);

  const CompiledDictionary* dict_ = nullptr;
  std::vector<Slot> slots_;
  std::vector<Entry> entries_;
  std::string pool_;
  std::string fold_;   // scratch: FoldCase output
  std::string lemma_;  // scratch: Lemmatize output
  std::string loose_key_;  // scratch: MayStartLooseName
};

}  // namespace dyad

#endif  // DYAD_CODING_TOKEN_CACHE_H_
