#include "coding/token_cache.h"

#include <cstring>

#include "dyad/text.h"

namespace dyad {
namespace {

inline uint64_t Load64(const char* p) {
  uint64_t v;
  std::memcpy(&v, p, sizeof v);
  return v;
}
inline uint64_t Load32(const char* p) {
  uint32_t v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

inline uint64_t Mix(uint64_t h) {
  h ^= h >> 32;
  h *= 0xd6e8feb86659fd93ull;
  h ^= h >> 32;
  return h;
}

// A fast hash of a short byte string, reading whole words (never past the end): tokens are a few bytes
// long, and hashing them byte by byte (FNV) costs more than everything else a memo hit does.
inline uint64_t HashSurface(std::string_view s, bool is_word) {
  const char* p = s.data();
  size_t n = s.size();
  uint64_t h = (n << 1 | (is_word ? 1 : 0)) * 0x9e3779b97f4a7c15ull;
  if (n >= 8) {
    const char* const last = p + n - 8;
    for (; p < last; p += 8) h = (h ^ Load64(p)) * 0xbf58476d1ce4e5b9ull;
    h = (h ^ Load64(last)) * 0x94d049bb133111ebull;  // overlaps the loop's last word: same bytes, same hash
  } else if (n >= 4) {
    h = (h ^ (Load32(p) << 32 | Load32(p + n - 4))) * 0x94d049bb133111ebull;
  } else if (n > 0) {
    const uint64_t v = uint64_t{static_cast<uint8_t>(p[0])} << 16 |
                       uint64_t{static_cast<uint8_t>(p[n / 2])} << 8 | static_cast<uint8_t>(p[n - 1]);
    h = (h ^ v) * 0x94d049bb133111ebull;
  }
  return Mix(h);
}

}  // namespace

void TokenCache::Clear() {
  entries_.clear();
  pool_.clear();
  slots_.assign(kSlotCount, Slot{});
}

bool TokenCache::LooseStart(const CompiledDictionary& dict, std::string_view folded) {
  return dict.MayStartLooseName(folded, &loose_key_);
}

void TokenCache::Compute(const CompiledDictionary& dict, std::string_view surface, bool is_word, Entry* e) {
  FoldCase(surface, &fold_);
  e->word = dict.words().Find(fold_);
  e->lemma = kNoWord;
  if (is_word) {
    Lemmatize(fold_, &lemma_);
    e->lemma = dict.lemmas().Find(lemma_);
  }
  e->is_word = is_word ? 1 : 0;
  e->loose = 0;
}

TokenCache::Info TokenCache::Lookup(const CompiledDictionary& dict, std::string_view surface, bool is_word,
                                    bool name_word) {
  Info info;
  if (surface.size() > kMaxSurfaceBytes) {
    Entry e;
    Compute(dict, surface, is_word, &e);
    info.folded = fold_;
    info.word = e.word;
    info.lemma = e.lemma;
    info.may_start_loose = name_word && LooseStart(dict, fold_);
    return info;
  }
  if (dict_ != &dict || slots_.empty()) {
    dict_ = &dict;
    Clear();
  }
  const uint64_t hash = HashSurface(surface, is_word);
  const uint32_t tag = static_cast<uint32_t>(hash >> 32);
  constexpr uint32_t kMask = kSlotCount - 1;
  uint32_t i = static_cast<uint32_t>(hash) & kMask;
  for (;; i = (i + 1) & kMask) {
    const Slot slot = slots_[i];
    if (slot.entry == 0) break;
    if (slot.hash != tag) continue;
    Entry& e = entries_[slot.entry - 1];
    if (e.key_size != surface.size() || e.is_word != (is_word ? 1 : 0) ||
        std::memcmp(pool_.data() + e.key_begin, surface.data(), surface.size()) != 0)
      continue;
    info.folded = std::string_view(pool_).substr(e.folded_begin, e.folded_size);
    info.word = e.word;
    info.lemma = e.lemma;
    if (name_word) {
      if (e.loose == 0) e.loose = LooseStart(dict, info.folded) ? 2 : 1;
      info.may_start_loose = e.loose == 2;
    }
    return info;
  }
  // A miss: compute, then file it (emptying a full memo first, which moves the free slot).
  Entry e;
  Compute(dict, surface, is_word, &e);
  if (name_word) e.loose = LooseStart(dict, fold_) ? 2 : 1;
  if (entries_.size() >= kMaxEntries || pool_.size() + surface.size() + fold_.size() > kMaxPoolBytes) {
    Clear();
    for (i = static_cast<uint32_t>(hash) & kMask; slots_[i].entry != 0; i = (i + 1) & kMask) {
    }
  }
  e.key_begin = static_cast<uint32_t>(pool_.size());
  e.key_size = static_cast<uint32_t>(surface.size());
  pool_.append(surface);
  e.folded_begin = static_cast<uint32_t>(pool_.size());
  e.folded_size = static_cast<uint32_t>(fold_.size());
  pool_.append(fold_);
  entries_.push_back(e);
  slots_[i] = Slot{tag, static_cast<uint32_t>(entries_.size())};
  info.folded = std::string_view(pool_).substr(e.folded_begin, e.folded_size);
  info.word = e.word;
  info.lemma = e.lemma;
  info.may_start_loose = e.loose == 2;
  return info;
}

}  // namespace dyad
