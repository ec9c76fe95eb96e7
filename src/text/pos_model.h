// The loaded part-of-speech model and helpers shared by pos_tagger.cc and pos_lemma.cc. Internal.
#ifndef DYAD_TEXT_POS_MODEL_H_
#define DYAD_TEXT_POS_MODEL_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/pos.h"
#include "text/pos_model_format.h"

namespace dyad {
namespace text_internal {

// Longest word the tagger and the lemmatiser normalise on the stack; longer tokens are unknown words.
inline constexpr size_t kMaxWordBytes = 64;
// Unknown-word classes (pos_tagger.cc's UnknownClass).
inline constexpr int kNumUnknownClasses = 15;

inline bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
inline char ToLower(char c) { return IsAsciiUpper(c) ? static_cast<char>(c - 'A' + 'a') : c; }
inline bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Copies `word` into `buf` (kMaxWordBytes) with typographic apostrophes, quotes and dashes in Lingua's ASCII
// spelling. Returns the length, or 0 when the word does not fit.
size_t NormalizeWord(std::string_view word, char* buf);

}  // namespace text_internal

using text_internal::Emission;
using text_internal::Exception;
using text_internal::WordRecord;

struct PosTagger::Model {
  std::string strings;
  std::vector<WordRecord> words;
  std::vector<uint32_t> slots;
  std::vector<Emission> emissions;
  std::vector<Exception> exceptions;
  // transitions[prev * kNumPosTags + tag]; prev == kNumPosTags is the sentence start.
  std::vector<float> transitions;
  std::array<const WordRecord*, text_internal::kNumUnknownClasses> classes{};  // by UnknownClass

  std::string_view Text(const WordRecord& r) const {
    return std::string_view(strings).substr(r.text, r.length);
  }

  const WordRecord* Find(std::string_view word) const {
    const uint32_t mask = static_cast<uint32_t>(slots.size() - 1);
    for (uint32_t slot = text_internal::HashWord(word) & mask;; slot = (slot + 1) & mask) {
      const uint32_t index = slots[slot];
      if (index == 0) return nullptr;
      const WordRecord& r = words[index - 1];
      if (r.length == word.size() && Text(r) == word) return &r;
    }
  }
  const WordRecord* FindTagged(std::string_view word) const {
    const WordRecord* r = Find(word);
    return r != nullptr && r->num_emissions > 0 ? r : nullptr;
  }
  bool HasTag(const WordRecord* r, PosTag tag) const {
    for (uint32_t k = 0; r != nullptr && k < r->num_emissions; ++k) {
      if (emissions[r->first_emission + k].tag == static_cast<uint8_t>(tag)) return true;
    }
    return false;
  }
  bool IsWordNetLemma(std::string_view word, uint8_t pos) const {
    const WordRecord* r = Find(word);
    return r != nullptr && (r->wordnet & pos) != 0;
  }
};

}  // namespace dyad

#endif  // DYAD_TEXT_POS_MODEL_H_
