// The compiled form of a dictionary: interned vocabularies, a phrase trie for actor names and a pattern index
// for verbs. Built once by Dictionary::Compile; read-only afterwards, so one instance serves every thread.
//
// Matching works on word ids, never on strings: the coder folds each token's case and lemmatises it once,
// looks both up here (heterogeneous lookup, no allocation), and walks the trie and the pattern index with the
// ids.
#ifndef DYAD_DICTIONARY_COMPILED_H_
#define DYAD_DICTIONARY_COMPILED_H_

#include <cstdint>
#include <cstring>
#include <memory>
#include <mutex>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dyad/dictionary.h"

namespace dyad {

using WordId = uint32_t;
inline constexpr WordId kNoWord = 0xffffffffu;

// Lookups read the flat arrays through views (std::span): after compiling they view the object's own
// vectors, after loading a binary dictionary they view the mapped file directly (binary_format.h).

// Interned strings with dense ids, kept in flat arrays (a string pool, offsets and an open-addressing table
// of ids) so that the binary dictionary format stores them verbatim. Find() does not allocate.
class Vocabulary {
 public:
  Vocabulary() { Sync(); }
  Vocabulary(const Vocabulary&) = delete;
  Vocabulary& operator=(const Vocabulary&) = delete;
  WordId Intern(std::string_view word);
  WordId Find(std::string_view word) const;
  size_t size() const { return offsets_v_.size() - 1; }
  std::string_view word(WordId id) const {
    return pool_v_.substr(offsets_v_[id], offsets_v_[id + 1] - offsets_v_[id]);
  }
  // The hash the table is keyed by (FNV-1a, 64 bits); part of the binary format.
  static uint64_t Hash(std::string_view word);

 private:
  friend class BinaryDictionaryIo;
  void Grow();
  void Sync() {
    pool_v_ = pool_;
    offsets_v_ = offsets_;
    slots_v_ = slots_;
  }
  std::string pool_;                  // the words, concatenated
  std::vector<uint32_t> offsets_{0};  // word i is pool_[offsets_[i], offsets_[i + 1])
  std::vector<uint32_t> slots_;       // power-of-two table of id + 1 (0 = empty), linear probing
  std::string_view pool_v_;           // the views lookups read
  std::span<const uint32_t> offsets_v_;
  std::span<const uint32_t> slots_v_;
};

// How a dictionary word constrains the case of the text token it matches: "US" must be written "US" (so the
// pronoun "us" is not the United States), "Turkey" must be capitalised, "police" matches any case.
enum class CaseRule : uint8_t { kAny, kCapitalized, kAllCaps };

// One phrase of one entry, as the trie stores it at the phrase's last node.
struct PhraseHit {
  uint32_t entry = 0;       // index into DictionarySource::entries
  uint32_t case_rules = 0;  // offset into PhraseTrie::case_rules()
  uint16_t word_count = 0;
  uint16_t reserved = 0;  // explicit padding: records are written to the binary format byte for byte
};

// A trie over word ids. Node 0 is the root.
class PhraseTrie {
 public:
  PhraseTrie();
  PhraseTrie(const PhraseTrie&) = delete;
  PhraseTrie& operator=(const PhraseTrie&) = delete;
  void Insert(const std::vector<WordId>& words, const std::vector<CaseRule>& rules, uint32_t entry);
  // Child of `node` along `word`, or 0 when there is none (the root is never a child).
  uint32_t Child(uint32_t node, WordId word) const;
  // Phrases that end at `node`.
  const PhraseHit* HitsBegin(uint32_t node) const { return hits_v_.data() + nodes_v_[node].hits_begin; }
  const PhraseHit* HitsEnd(uint32_t node) const { return hits_v_.data() + nodes_v_[node].hits_end; }
  const CaseRule* case_rules() const { return case_rules_v_.data(); }
  // Groups the hits by node; call once after the last Insert.
  void Finish();
  size_t node_count() const { return nodes_v_.size(); }

 private:
  friend class BinaryDictionaryIo;
  struct Node {
    uint32_t hits_begin = 0;
    uint32_t hits_end = 0;
  };
  // One slot of the open-addressing edge table; child 0 marks an empty slot (the root is never a child).
  struct Edge {
    uint32_t node = 0;
    WordId word = 0;
    uint32_t child = 0;
  };
  static size_t EdgeHash(uint32_t node, WordId word);
  void GrowEdges();
  void Sync() {
    nodes_v_ = nodes_;
    edges_v_ = edges_;
    hits_v_ = hits_;
    case_rules_v_ = case_rules_;
  }
  std::vector<Node> nodes_;
  std::vector<Edge> edges_;  // power-of-two size, linear probing
  size_t edge_count_ = 0;
  std::vector<std::pair<uint32_t, PhraseHit>> pending_;  // (node, hit) until Finish()
  std::vector<PhraseHit> hits_;
  std::vector<CaseRule> case_rules_;
  std::span<const Node> nodes_v_;  // the views lookups read
  std::span<const Edge> edges_v_;
  std::span<const PhraseHit> hits_v_;
  std::span<const CaseRule> case_rules_v_;
};

// kSkip is TABARI's and PETRARCH's '^' (the item "^" of a pattern converted from their verb files; no native
// pattern writes it): the next actor, with the actors coordinated with it, is stepped over and plays no role
// ("* AT ^ +": "warned at Gondor of Rohan" targets Rohan); in dyad's bounded reading, where no actor stands
// it is a gap (PETRARCH skips any noun phrase). Before the anchor it may stand only right before it, after a
// '$' ("$ ^ FOR *"): the source is then the actor before the one that ends at the anchor.
enum class PatternElementKind : uint8_t { kWord, kOptionalWord, kTarget, kSource, kSkip };

// PatternElement::flags bits.
// kElementAdjacent: a word joined to the word before it with '_' ("new_economic_relations"): it must follow
// that word with no word in between (TABARI's and PETRARCH's connector), where unjoined words allow a few
// modifiers. Binary files written before the flag carry 0 here, which reads as no flag.
constexpr uint8_t kElementAdjacent = 1;
// kElementStem: a word TABARI writes with '~' before its '_' ("REAL~_PLEASANT", "RECENT~_*",
// "THE_NEAT~_PLACE"): the '_' joins it to the next word without closing it, so it is a stem, matched by any
// word that begins with it ("really", "recently", "neatest"), where other pattern words match by lemma. Its
// lemma id names the stem as written (case-folded, not lemmatised).
constexpr uint8_t kElementStem = 2;
// kElementExact: a word TABARI closes with a trailing '_' ("* RESOLUTION_"): only that word as written
// matches
// ("resolution", not "resolutions"). Its lemma id names the word as written (case-folded, not lemmatised).
// Never on a pattern's anchor, which the anchor index finds by lemma.
constexpr uint8_t kElementExact = 4;

struct PatternElement {
  PatternElementKind kind = PatternElementKind::kWord;
  uint8_t flags = 0;  // kElement* bits
  uint8_t reserved[2] = {0, 0};
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
  uint8_t source_before = 0;    // 1 when a '$' comes before the anchor
  uint8_t target_before = 0;    // 1 when a '+' comes before the anchor
};

// The entries as flat records over one string pool: what entry(i) reads, and what the binary format stores
// byte for byte. Every string of the entries is one StrRef into the pool (deduplicated); the lists (sectors,
// PLOVER contexts, phrases) are ranges of StrRefs, laid out entry after entry.
using StrRef = StringListView::Ref;
struct RangeRef {
  uint32_t begin = 0;  // into the StrRef list
  uint32_t count = 0;
};
struct EntryRecord {
  uint8_t kind = 0;
  uint8_t agent_placement = 0;  // AgentPlacement; since binary format version 4 (a byte reserved before)
  uint8_t reserved[2] = {0, 0};
  uint32_t line = 0;
  StrRef code, country, valid_from, valid_to, plover_event, plover_mode, file;
  RangeRef sectors, contexts, phrases;
  uint64_t goldstein_bits = 0;  // the double's IEEE bits
  StrRef office, paired_code;   // since binary format version 3
};
static_assert(sizeof(EntryRecord) == 112);

struct CameoRecord {
  std::string name;
  double goldstein = 0.0;
  uint32_t entry = 0;  // index into the entries
  DictionaryEntry
      copy;  // that entry, which CameoInfo::entry points at (a few hundred; kept apart from source())
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
  // Patterns whose anchor is a stem (kElementStem): tried at every word that begins with the stem and is not
  // the stem's own lemma, which PatternsAnchoredAt serves. Empty for dictionaries without '~' (dyad's own).
  std::span<const uint32_t> stem_anchored() const { return stem_anchored_; }
  const VerbPattern& pattern(uint32_t i) const { return patterns_v_[i]; }
  std::span<const VerbPattern> patterns() const { return patterns_v_; }
  const PatternElement* pattern_elements() const { return elements_v_.data(); }
  // Entry `i` (an index PhraseHit and VerbPattern name), read in place from the flat tables.
  size_t entry_count() const { return entry_records_v_.size(); }
  EntryView entry(size_t i) const {
    const EntryRecord& r = entry_records_v_[i];
    auto str = [this](StrRef s) { return std::string_view(strings_v_.data() + s.offset, s.size); };
    auto list = [this](RangeRef g) {
      return StringListView(strings_v_.data(), string_refs_v_.data() + g.begin, g.count);
    };
    EntryView v;
    v.kind = static_cast<EntryKind>(r.kind);
    v.code = str(r.code);
    v.country = str(r.country);
    v.sectors = list(r.sectors);
    v.valid_from = str(r.valid_from);
    v.valid_to = str(r.valid_to);
    std::memcpy(&v.goldstein, &r.goldstein_bits, sizeof(double));
    v.plover_event = str(r.plover_event);
    v.plover_mode = str(r.plover_mode);
    v.plover_contexts = list(r.contexts);
    v.phrases = list(r.phrases);
    v.file = str(r.file);
    v.line = r.line;
    v.office = str(r.office);
    v.paired_code = str(r.paired_code);
    v.agent_placement = static_cast<AgentPlacement>(r.agent_placement);
    return v;
  }
  EntryTable entries() const { return EntryTable(this); }
  // The entries as DictionaryEntry objects. After Compile they are the compiled source; after loading a
  // binary dictionary they are built from the flat tables on the first call (std::call_once, so concurrent
  // first calls are safe) and kept.
  const DictionarySource& source() const;
  const CameoRecord* FindCameo(std::string_view code) const;

  // Loose name keys (name_keys.h): every actor and country phrase that is not an acronym is filed under its
  // loose key at compile time, with the phrase it came from (`name`: equal for equal case-folded phrases, so
  // "Karzai" of three dated entries is one name, and "Aliyev" and "Aliev" are two).
  struct LooseHit {
    uint32_t entry = 0;
    uint32_t name = 0;
  };
  // The hits filed under `key`, by entry then name, or an empty span.
  std::span<const LooseHit> LooseKeyEntries(std::string_view key) const;
  const Vocabulary& loose_keys() const { return loose_keys_; }
  std::span<const LooseHit> LooseKeyEntries(WordId key) const {
    return loose_entries_v_.subspan(loose_begin_v_[key], loose_begin_v_[key + 1] - loose_begin_v_[key]);
  }

  struct LooseMatch {
    int32_t entry = -1;      // the entry the name meets, or -1
    bool ambiguous = false;  // the key leads to different names with different codes on `date`: no guess
  };
  // The lookup of last resort for a name the exact phrase trie does not know (`name` as written, one or more
  // words). Of the entries filed under its loose key, those that hold on `date` count (EntryView::ValidOn; on
  // a handover day the period that starts wins over the one that ends). Two of them with different codes and
  // no phrase in common make the result ambiguous: it names no entry. Otherwise the first one wins, an actor
  // before a country, as the exact matcher chooses among the entries of one phrase. `key` is scratch space
  // (reused, so a caller's loop does not allocate).
  LooseMatch MatchLooseName(std::string_view name, std::string_view date, std::string* key) const;
  // A cheap test before MatchLooseName: false when no loose key starts with the loose key of `word` (the
  // first word of a run), so a run starting there cannot meet anything. One key of one word and one hash
  // lookup; `key` is scratch space.
  bool MayStartLooseName(std::string_view word, std::string* key) const;

  // A loose key under which two different names lead to entries with different codes that hold on some common
  // day other than a handover day (open dates overlap everything): MatchLooseName refuses it on such days.
  // `dyad dict check` and `stats` list them.
  struct AmbiguousKey {
    std::string_view key;
    std::vector<uint32_t> entries;  // every entry filed under the key, once
  };
  std::vector<AmbiguousKey> AmbiguousLooseKeys() const;

 private:
  friend class Dictionary;
  friend class DictionaryCompiler;
  friend class BinaryDictionaryIo;
  // Fills cameo_ from the 'cameo' entries (the last entry of a code wins).
  void IndexCameo();
  // Fills the flat entry tables from source_ (Compile).
  void FlattenEntries();
  // Fills stem_anchored_ from the pattern views (after Compile and after loading a binary dictionary).
  void IndexStemAnchors();
  void Sync() {
    patterns_v_ = patterns_;
    elements_v_ = elements_;
    anchor_begin_v_ = anchor_begin_;
    anchored_v_ = anchored_;
    strings_v_ = strings_;
    string_refs_v_ = string_refs_;
    entry_records_v_ = entry_records_;
    loose_begin_v_ = loose_begin_;
    loose_entries_v_ = loose_entries_;
  }
  // Keeps the mapped file (or the copy of the bytes) alive that the views of a loaded dictionary point into.
  std::shared_ptr<const void> storage_;
  // Complete after Compile; empty after loading a binary dictionary until source() builds it.
  mutable DictionarySource source_;
  mutable std::once_flag source_once_;
  std::string strings_;  // the flat entry tables (owned after Compile)
  std::vector<StrRef> string_refs_;
  std::vector<EntryRecord> entry_records_;
  std::string_view strings_v_;  // the views entry() reads
  std::span<const StrRef> string_refs_v_;
  std::span<const EntryRecord> entry_records_v_;
  // Loose keys: entries filed under key k are loose_entries_[loose_begin_[k], loose_begin_[k + 1]).
  Vocabulary loose_keys_;
  Vocabulary loose_first_;  // the first word of every loose key
  std::vector<uint32_t> loose_begin_{0};
  std::vector<LooseHit> loose_entries_;
  std::span<const uint32_t> loose_begin_v_;
  std::span<const LooseHit> loose_entries_v_;
  Vocabulary words_;
  Vocabulary lemmas_;
  PhraseTrie actor_trie_;
  PhraseTrie discard_trie_;
  std::vector<VerbPattern> patterns_;
  std::vector<PatternElement> elements_;
  // Patterns anchored at lemma l: anchored_[anchor_begin_[l], anchor_begin_[l + 1]), in pattern order.
  std::vector<uint32_t> anchor_begin_;
  std::vector<uint32_t> anchored_;
  std::span<const VerbPattern> patterns_v_;  // the views lookups read
  std::span<const PatternElement> elements_v_;
  std::span<const uint32_t> anchor_begin_v_;
  std::span<const uint32_t> anchored_v_;
  std::vector<uint32_t> stem_anchored_;  // derived from the patterns, never stored
  std::unordered_map<std::string, CameoRecord> cameo_;
};

// A DictionaryEntry with the view's contents (allocates; for source() and the CAMEO table).
DictionaryEntry MakeEntry(const EntryView& v);

// Splits a phrase into words the way the tokenizer splits text, folding case. Used at compile time for
// dictionary phrases so that "U.S." or "al-Qaeda" become the same word sequence as in running text.
void PhraseWords(std::string_view phrase, std::vector<std::string>* folded, std::vector<CaseRule>* rules);

}  // namespace dyad

#endif  // DYAD_DICTIONARY_COMPILED_H_
