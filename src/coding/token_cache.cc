#include "coding/token_cache.h"

#include <cstring>

#include "coding/sentence.h"
#include "dyad/text.h"

namespace dyad {

void TokenCache::Clear() {
  entries_.clear();
  pool_.clear();
  slots_.assign(kSlotCount, Slot{});
}

void TokenCache::Reset(const CompiledDictionary& dict) {
  dict_ = &dict;
  Clear();
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
  e->classes = WordClasses(fold_);
  // The pre-test of SplitActorCompound (token_analysis.cc), memoised so that other words pay nothing.
  e->hyphenated = is_word && (surface.find('-') != std::string_view::npos ||
                              surface.find("\xE2\x80\x90") != std::string_view::npos ||
                              surface.find("\xE2\x80\x91") != std::string_view::npos);
}

TokenCache::Info TokenCache::Uncached(const CompiledDictionary& dict, std::string_view surface, bool is_word,
                                      bool name_word) {
  Entry e;
  Compute(dict, surface, is_word, &e);
  Info info;
  info.folded = fold_;
  info.word = e.word;
  info.lemma = e.lemma;
  info.may_start_loose = name_word && LooseStart(dict, fold_);
  info.classes = e.classes;
  info.hyphenated = e.hyphenated != 0;
  return info;
}

TokenCache::Info TokenCache::Insert(const CompiledDictionary& dict, std::string_view surface, bool is_word,
                                    bool name_word, uint64_t hash, uint32_t slot) {
  Entry e;
  Compute(dict, surface, is_word, &e);
  if (name_word) e.loose = LooseStart(dict, fold_) ? 2 : 1;
  if (entries_.size() >= kMaxEntries || pool_.size() + surface.size() + fold_.size() > kMaxPoolBytes) {
    Clear();  // full: start afresh, the key in its home slot
    slot = static_cast<uint32_t>(hash) & kSlotMask;
  }
  e.key_begin = static_cast<uint32_t>(pool_.size());
  e.key_size = static_cast<uint32_t>(surface.size());
  pool_.append(surface);
  e.folded_begin = static_cast<uint32_t>(pool_.size());
  e.folded_size = static_cast<uint32_t>(fold_.size());
  pool_.append(fold_);
  entries_.push_back(e);
  slots_[slot] = Slot{static_cast<uint32_t>(hash >> 32), static_cast<uint32_t>(entries_.size())};
  return InfoOf(entries_.back(), name_word);
}

}  // namespace dyad
