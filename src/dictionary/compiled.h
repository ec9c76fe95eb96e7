// The compiled form of a dictionary: interned vocabularies, a phrase trie for actor names and a pattern index
// for verbs. Built once by Dictionary::Compile; read-only afterwards, so one instance serves every thread.
//
// Matching works on word ids, never on strings: the coder folds each token's case and lemmatises it once,
// looks both up here (heterogeneous lookup, no allocation), and walks the trie and the pattern index with the
// ids.
#ifndef DYAD_DICTIONARY_COMPILED_H_
#define DYAD_DICTIONARY_COMPILED_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dyad/dictionary.h"

namespace dyad {

using WordId = uint32_t;
inline constexpr WordId kNoWord = 0xffffffffu;

// Interned strings with dense ids. Find() does not allocate.
class Vocabulary {
 public:
  WordId Intern(std::string_view word);
  WordId Find(std::string_view word) const;
  size_t size() const { return ids_.size(); }

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, WordId, Hash, std::equal_to<>> ids_;
};

// How a dictionary word constrains the case of the text token it matches: "US" must be written "US" (so the
// pronoun "us" is not the United States), "Turkey" must be capitalised, "police" matches any case.
enum class CaseRule : uint8_t { kAny, kCapitalized, kAllCaps };

// One phrase of one entry, as the trie stores it at the phrase's last node.
struct PhraseHit {
  uint32_t entry = 0;       // index into DictionarySource::entries
  uint32_t case_rules = 0;  // offset into PhraseTrie::case_rules()
  uint16_t word_count = 0;
};

// A trie over word ids. Node 0 is the root.
class PhraseTrie {
 public:
  PhraseTrie();
  void Insert(const std::vector<WordId>& words, const std::vector<CaseRule>& rules, uint32_t entry);
  // Child of `node` along `word`, or 0 when there is none (the root is never a child).
  uint32_t Child(uint32_t node, WordId word) const;
  // Phrases that end at `node`.
  const PhraseHit* HitsBegin(uint32_t node) const { return hits_.data() + nodes_[node].hits_begin; }
  const PhraseHit* HitsEnd(uint32_t node) const { return hits_.data() + nodes_[node].hits_end; }
  const CaseRule* case_rules() const { return case_rules_.data(); }
  // Groups the hits by node; call once after the last Insert.
  void Finish();
  size_t node_count() const { return nodes_.size(); }

 private:
  struct Node {
    uint32_t hits_begin = 0;
    uint32_t hits_end = 0;
  };
  static uint64_t EdgeKey(uint32_t node, WordId word) { return (uint64_t{node} << 32) | word; }
  std::vector<Node> nodes_;
  std::unordered_map<uint64_t, uint32_t> edges_;
  std::vector<std::pair<uint32_t, PhraseHit>> pending_;  // (node, hit) until Finish()
  std::vector<PhraseHit> hits_;
  std::vector<CaseRule> case_rules_;
};

enum class PatternElementKind : uint8_t { kWord, kOptionalWord, kTarget, kSource };

struct PatternElement {
  PatternElementKind kind = PatternElementKind::kWord;
  WordId lemma = kNoWord;  // lemma id in CompiledDictionary::lemmas() for word elements
};

// One compiled verb pattern. Matching starts at the anchor (the first required word) and walks forward;
// elements before the anchor only say where a slot lies (a leading '$' or '+').
struct VerbPattern {
  uint32_t entry = 0;           // index into DictionarySource::entries
  uint32_t phrase = 0;          // index into that entry's phrases
  uint32_t elements_begin = 0;  // into CompiledDictionary::pattern_elements()
  uint32_t elements_end = 0;
  uint32_t anchor = 0;          // absolute index of the anchor element
  uint16_t required_words = 0;  // literal words that must match: the pattern's specificity
  bool source_before = false;   // a '$' before the anchor
  bool target_before = false;   // a '+' before the anchor
};

struct CameoRecord {
  std::string name;
  double goldstein = 0.0;
  uint32_t entry = 0;  // index into DictionarySource::entries
};

class CompiledDictionary {
 public:
  // Surface vocabulary (case-folded word forms) for actor and discard phrases.
  const Vocabulary& words() const { return words_; }
  // Lemma vocabulary for verb patterns.
  const Vocabulary& lemmas() const { return lemmas_; }
  const PhraseTrie& actor_trie() const { return actor_trie_; }
  const PhraseTrie& discard_trie() const { return discard_trie_; }
  // Patterns whose anchor is `lemma`, or an empty range.
  std::pair<const uint32_t*, const uint32_t*> PatternsAnchoredAt(WordId lemma) const;
  const VerbPattern& pattern(uint32_t i) const { return patterns_[i]; }
  const std::vector<VerbPattern>& patterns() const { return patterns_; }
  const PatternElement* pattern_elements() const { return elements_.data(); }
  const DictionarySource& source() const { return source_; }
  const CameoRecord* FindCameo(std::string_view code) const;

 private:
  friend class Dictionary;
  friend class DictionaryCompiler;
  DictionarySource source_;
  Vocabulary words_;
  Vocabulary lemmas_;
  PhraseTrie actor_trie_;
  PhraseTrie discard_trie_;
  std::vector<VerbPattern> patterns_;
  std::vector<PatternElement> elements_;
  std::unordered_map<WordId, std::vector<uint32_t>> patterns_by_anchor_;
  std::unordered_map<std::string, CameoRecord> cameo_;
};

// Splits a phrase into words the way the tokenizer splits text, folding case. Used at compile time for
// dictionary phrases so that "U.S." or "al-Qaeda" become the same word sequence as in running text.
void PhraseWords(std::string_view phrase, std::vector<std::string>* folded, std::vector<CaseRule>* rules);

}  // namespace dyad

#endif  // DYAD_DICTIONARY_COMPILED_H_
