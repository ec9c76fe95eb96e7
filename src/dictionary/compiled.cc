// Dictionary compilation: DictionarySource -> CompiledDictionary.
//
// Actor, country and agent phrases go into one trie keyed by case-folded word ids; discard phrases into a
// second. Verb patterns are parsed into element sequences over lemma ids and indexed by their anchor word, so
// the coder only tries the patterns whose first required word is the token in front of it.
#include "dictionary/compiled.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <string>
#include <unordered_map>

#include "dictionary/name_keys.h"
#include "dyad/text.h"

namespace dyad {

uint64_t Vocabulary::Hash(std::string_view word) {
  uint64_t h = 0xcbf29ce484222325ull;
  for (unsigned char c : word) h = (h ^ c) * 0x100000001b3ull;
  return h;
}

void Vocabulary::Grow() {
  std::vector<uint32_t> slots(slots_.empty() ? 64 : slots_.size() * 2, 0);
  const size_t mask = slots.size() - 1;
  for (WordId id = 0; id < size(); ++id) {
    size_t i = Hash(word(id)) & mask;
    while (slots[i] != 0) i = (i + 1) & mask;
    slots[i] = id + 1;
  }
  slots_ = std::move(slots);
  Sync();
}

WordId Vocabulary::Intern(std::string_view w) {
  WordId id = Find(w);
  if (id != kNoWord) return id;
  if ((size() + 1) * 2 > slots_.size()) Grow();  // load factor at most 1/2
  id = static_cast<WordId>(size());
  pool_.append(w);
  offsets_.push_back(static_cast<uint32_t>(pool_.size()));
  const size_t mask = slots_.size() - 1;
  size_t i = Hash(w) & mask;
  while (slots_[i] != 0) i = (i + 1) & mask;
  slots_[i] = id + 1;
  Sync();
  return id;
}

WordId Vocabulary::Find(std::string_view w) const {
  if (slots_v_.empty()) return kNoWord;
  const size_t mask = slots_v_.size() - 1;
  for (size_t i = Hash(w) & mask;; i = (i + 1) & mask) {
    const uint32_t slot = slots_v_[i];
    if (slot == 0) return kNoWord;
    if (word(slot - 1) == w) return slot - 1;
  }
}

PhraseTrie::PhraseTrie() {
  nodes_.emplace_back();
  Sync();
}

size_t PhraseTrie::EdgeHash(uint32_t node, WordId word) {
  uint64_t k = (uint64_t{node} << 32) | word;
  k ^= k >> 33;
  k *= 0xff51afd7ed558ccdull;
  k ^= k >> 33;
  return static_cast<size_t>(k);
}

void PhraseTrie::GrowEdges() {
  std::vector<Edge> edges(edges_.empty() ? 64 : edges_.size() * 2);
  const size_t mask = edges.size() - 1;
  for (const Edge& e : edges_) {
    if (e.child == 0) continue;
    size_t i = EdgeHash(e.node, e.word) & mask;
    while (edges[i].child != 0) i = (i + 1) & mask;
    edges[i] = e;
  }
  edges_ = std::move(edges);
  Sync();
}

void PhraseTrie::Insert(const std::vector<WordId>& words, const std::vector<CaseRule>& rules,
                        uint32_t entry) {
  assert(!words.empty() && words.size() == rules.size());
  uint32_t node = 0;
  for (WordId w : words) {
    uint32_t child = Child(node, w);
    if (child == 0) {
      if ((edge_count_ + 1) * 2 > edges_.size()) GrowEdges();
      child = static_cast<uint32_t>(nodes_.size());
      nodes_.emplace_back();
      const size_t mask = edges_.size() - 1;
      size_t i = EdgeHash(node, w) & mask;
      while (edges_[i].child != 0) i = (i + 1) & mask;
      edges_[i] = Edge{node, w, child};
      ++edge_count_;
      Sync();
    }
    node = child;
  }
  PhraseHit hit;
  hit.entry = entry;
  hit.case_rules = static_cast<uint32_t>(case_rules_.size());
  hit.word_count = static_cast<uint16_t>(words.size());
  case_rules_.insert(case_rules_.end(), rules.begin(), rules.end());
  pending_.emplace_back(node, hit);
}

uint32_t PhraseTrie::Child(uint32_t node, WordId word) const {
  if (edges_v_.empty()) return 0;
  const size_t mask = edges_v_.size() - 1;
  for (size_t i = EdgeHash(node, word) & mask;; i = (i + 1) & mask) {
    const Edge& e = edges_v_[i];
    if (e.child == 0) return 0;
    if (e.node == node && e.word == word) return e.child;
  }
}

void PhraseTrie::Finish() {
  std::stable_sort(pending_.begin(), pending_.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  hits_.clear();
  hits_.reserve(pending_.size());
  for (auto& n : nodes_) n = Node{};
  for (size_t i = 0; i < pending_.size();) {
    uint32_t node = pending_[i].first;
    nodes_[node].hits_begin = static_cast<uint32_t>(hits_.size());
    // The same entry may list a phrase twice (or two spellings that fold alike): keep one hit per entry.
    for (; i < pending_.size() && pending_[i].first == node; ++i) {
      const PhraseHit& h = pending_[i].second;
      bool duplicate = false;
      for (uint32_t k = nodes_[node].hits_begin; k < hits_.size(); ++k)
        duplicate |= hits_[k].entry == h.entry;
      if (!duplicate) hits_.push_back(h);
    }
    nodes_[node].hits_end = static_cast<uint32_t>(hits_.size());
  }
  pending_.clear();
  pending_.shrink_to_fit();
  Sync();
}

void PhraseWords(std::string_view phrase, std::vector<std::string>* folded, std::vector<CaseRule>* rules) {
  folded->clear();
  rules->clear();
  std::vector<Token> tokens;
  Tokenize(phrase, &tokens);
  std::string buf;
  for (const Token& t : tokens) {
    std::string_view word = phrase.substr(t.start, t.end - t.start);
    FoldCase(word, &buf);
    folded->push_back(buf);
    CaseRule rule = CaseRule::kAny;
    if (t.all_caps) {
      rule = CaseRule::kAllCaps;
    } else if (t.capitalized) {
      rule = CaseRule::kCapitalized;
    }
    rules->push_back(rule);
  }
}

// Builds the compiled form; reports entries it cannot use.
class DictionaryCompiler {
 public:
  DictionaryCompiler(CompiledDictionary* out, std::vector<Status>* errors) : out_(out), errors_(errors) {}

  void Run() {
    const auto& entries = out_->source_.entries;
    for (uint32_t i = 0; i < entries.size(); ++i) {
      const DictionaryEntry& e = entries[i];
      switch (e.kind) {
        case EntryKind::kCountry:
        case EntryKind::kActor:
          AddPhrases(e, i, &out_->actor_trie_);
          AddLooseKeys(e, i);
          break;
        case EntryKind::kAgent:
          AddPhrases(e, i, &out_->actor_trie_);
          break;
        case EntryKind::kDiscard:
          AddPhrases(e, i, &out_->discard_trie_);
          break;
        case EntryKind::kVerb:
          for (uint32_t p = 0; p < e.phrases.size(); ++p) AddPattern(e, i, p);
          break;
        case EntryKind::kCameo:
          break;
      }
    }
    out_->IndexCameo();
    IndexLooseKeys();
    IndexAnchors();
    out_->actor_trie_.Finish();
    out_->discard_trie_.Finish();
    out_->Sync();
    out_->IndexStemAnchors();
    for (const VerbPattern& p : out_->patterns_) {
      const std::string& code = entries[p.entry].code;
      if (code != "-" && !out_->cameo_.empty() && out_->cameo_.find(code) == out_->cameo_.end()) {
        Report(entries[p.entry], "verb code " + code + " has no 'cameo' entry (no name or Goldstein value)");
      }
    }
  }

 private:
  // Counting sort of the patterns by anchor lemma; within one anchor, patterns keep their order.
  void IndexAnchors() {
    auto& begin = out_->anchor_begin_;
    begin.assign(out_->lemmas_.size() + 1, 0);
    for (const VerbPattern& p : out_->patterns_) ++begin[out_->elements_[p.anchor].lemma + 1];
    for (size_t l = 1; l < begin.size(); ++l) begin[l] += begin[l - 1];
    out_->anchored_.resize(out_->patterns_.size());
    std::vector<uint32_t> next(begin.begin(), begin.end() - 1);
    for (uint32_t i = 0; i < out_->patterns_.size(); ++i)
      out_->anchored_[next[out_->elements_[out_->patterns_[i].anchor].lemma]++] = i;
  }

  // Names only: an acronym ("UN", "US") is matched exactly or not at all.
  void AddLooseKeys(const DictionaryEntry& e, uint32_t index) {
    for (const std::string& phrase : e.phrases) {
      PhraseWords(phrase, &folded_, &rules_);
      bool acronym = false;
      for (CaseRule r : rules_) acronym |= r == CaseRule::kAllCaps;
      if (acronym || !LooseNameKey(phrase, &key_)) continue;
      std::string folded;
      for (const std::string& w : folded_) folded += (folded.empty() ? "" : " ") + w;
      const uint32_t name = names_.try_emplace(folded, static_cast<uint32_t>(names_.size())).first->second;
      loose_.push_back({out_->loose_keys_.Intern(key_), index, name});
    }
  }

  // Groups the hits by key, each (entry, name) once, in entry order.
  void IndexLooseKeys() {
    std::sort(loose_.begin(), loose_.end());
    loose_.erase(std::unique(loose_.begin(), loose_.end()), loose_.end());
    auto& begin = out_->loose_begin_;
    begin.assign(out_->loose_keys_.size() + 1, 0);
    for (const auto& h : loose_) ++begin[h[0] + 1];
    for (size_t k = 1; k < begin.size(); ++k) begin[k] += begin[k - 1];
    out_->loose_entries_.clear();
    for (const auto& h : loose_) out_->loose_entries_.push_back(CompiledDictionary::LooseHit{h[1], h[2]});
    for (WordId k = 0; k < out_->loose_keys_.size(); ++k) {
      const std::string_view key = out_->loose_keys_.word(k);
      out_->loose_first_.Intern(key.substr(0, key.find(' ')));
    }
    loose_.clear();
    names_.clear();
  }

  void Report(const DictionaryEntry& e, const std::string& msg) {
    if (errors_ != nullptr)
      errors_->push_back(Status::InvalidArgument(e.file + ":" + std::to_string(e.line) + ": " + msg));
  }

  void AddPhrases(const DictionaryEntry& e, uint32_t index, PhraseTrie* trie) {
    for (const std::string& phrase : e.phrases) {
      PhraseWords(phrase, &folded_, &rules_);
      if (folded_.empty()) {
        Report(e, "phrase '" + phrase + "' has no words");
        continue;
      }
      ids_.clear();
      for (const std::string& w : folded_) ids_.push_back(out_->words_.Intern(w));
      trie->Insert(ids_, rules_, index);
    }
  }

  // Pattern syntax (docs/dictionaries.md): words, '+' target slot, '$' source slot, '(word)' optional word,
  // 'word_word' words with nothing in between; from TABARI and PETRARCH verb files also '^' (kSkip), from
  // TABARI's 'stem~_word' and an exact 'word_' (kElementExact).
  void AddPattern(const DictionaryEntry& e, uint32_t index, uint32_t phrase_index) {
    const std::string& phrase = e.phrases[phrase_index];
    VerbPattern pattern;
    pattern.entry = index;
    pattern.phrase = phrase_index;
    pattern.elements_begin = static_cast<uint32_t>(out_->elements_.size());
    size_t pos = 0;
    bool have_anchor = false;
    while (pos < phrase.size()) {
      while (pos < phrase.size() && phrase[pos] == ' ') ++pos;
      if (pos >= phrase.size()) break;
      size_t end = phrase.find(' ', pos);
      if (end == std::string::npos) end = phrase.size();
      std::string_view item(phrase.data() + pos, end - pos);
      pos = end;
      PatternElement el;
      if (item == "+" || item == "$") {
        el.kind = item == "+" ? PatternElementKind::kTarget : PatternElementKind::kSource;
        if (!have_anchor) (item == "+" ? pattern.target_before : pattern.source_before) = 1;
        out_->elements_.push_back(el);
        continue;
      }
      if (item == "^") {
        el.kind = PatternElementKind::kSkip;
        out_->elements_.push_back(el);
        continue;
      }
      bool optional = item.size() > 2 && item.front() == '(' && item.back() == ')';
      if (optional) item = item.substr(1, item.size() - 2);
      // Words joined with '_' ("new_economic_relations") follow each other with no word in between: every
      // word after a '_' is flagged adjacent to the one before it (the native validator keeps '_' out of
      // optional groups and off an item's ends).
      bool joined = false;
      for (size_t part_begin = 0; part_begin <= item.size();) {
        size_t part_end = item.find('_', part_begin);
        if (part_end == std::string_view::npos) part_end = item.size();
        std::string_view part = item.substr(part_begin, part_end - part_begin);
        // A trailing '_' (only TABARI's reader writes one: "resolution_") closes the word: exact.
        const bool closed = part_end + 1 == item.size() && !optional;
        part_begin = part_end + 1;
        // TABARI's '~' before a '_' keeps the word open: its last word is a stem (kElementStem).
        const bool stem = part.size() > 1 && part.back() == '~' && !optional;
        if (stem) part.remove_suffix(1);
        PhraseWords(part, &folded_, &rules_);
        // The possessive written alone ("attack + 's record") is one word, as the tokenizer splits it from
        // text.
        if (part == "'s") folded_.assign(1, std::string(part)), rules_.assign(1, CaseRule::kAny);
        // A prefix written with its hyphen ("anti-" in TABARI's "ANTI- + *") is the word: the matcher takes
        // the hyphen written against a matched word along with it (verbs.cc, AfterAttachedHyphen).
        if (folded_.size() > 1 && folded_.back() == "-" && part.ends_with('-')) folded_.pop_back();
        for (size_t w = 0; w < folded_.size(); ++w) {
          const bool stem_word = stem && w + 1 == folded_.size();
          const bool exact_word = closed && !stem && w + 1 == folded_.size() && have_anchor;
          if (stem_word || exact_word) {
            lemma_ = folded_[w];
          } else {
            Lemmatize(folded_[w], &lemma_);
          }
          el.kind = optional ? PatternElementKind::kOptionalWord : PatternElementKind::kWord;
          el.lemma = out_->lemmas_.Intern(lemma_);
          el.flags = static_cast<uint8_t>((joined && w == 0 && !optional ? kElementAdjacent : 0) |
                                          (stem_word ? kElementStem : 0) | (exact_word ? kElementExact : 0));
          if (!optional) {
            if (!have_anchor) {
              pattern.anchor = static_cast<uint32_t>(out_->elements_.size());
              have_anchor = true;
            }
            ++pattern.required_words;
          }
          out_->elements_.push_back(el);
        }
        joined = !folded_.empty();
      }
    }
    pattern.elements_end = static_cast<uint32_t>(out_->elements_.size());
    if (!have_anchor) {
      Report(e, "pattern '" + phrase + "' has no required word");
      out_->elements_.resize(pattern.elements_begin);
      return;
    }
    out_->patterns_.push_back(pattern);
  }

  CompiledDictionary* out_;
  std::vector<Status>* errors_;
  std::vector<std::string> folded_;
  std::vector<CaseRule> rules_;
  std::vector<WordId> ids_;
  std::string lemma_;
  std::string key_;
  std::vector<std::array<uint32_t, 3>> loose_;       // (loose key, entry, name)
  std::unordered_map<std::string, uint32_t> names_;  // case-folded phrase -> name id
};

void CompiledDictionary::IndexStemAnchors() {
  stem_anchored_.clear();
  for (uint32_t i = 0; i < patterns_v_.size(); ++i)
    if (elements_v_[patterns_v_[i].anchor].flags & kElementStem) stem_anchored_.push_back(i);
}

std::pair<const uint32_t*, const uint32_t*> CompiledDictionary::PatternsAnchoredAt(WordId lemma) const {
  if (lemma == kNoWord || size_t{lemma} + 1 >= anchor_begin_v_.size()) return {nullptr, nullptr};
  return {anchored_v_.data() + anchor_begin_v_[lemma], anchored_v_.data() + anchor_begin_v_[lemma + 1]};
}

void CompiledDictionary::IndexCameo() {
  cameo_.clear();
  for (uint32_t i = 0; i < entry_count(); ++i) {
    const EntryView e = entry(i);
    if (e.kind != EntryKind::kCameo) continue;
    CameoRecord& r = cameo_[std::string(e.code)];
    r.name = e.phrases.empty() ? std::string() : std::string(e.phrases[0]);
    r.goldstein = e.goldstein;
    r.entry = i;
    r.copy = MakeEntry(e);
  }
}

namespace {

// Deduplicating string pool for the flat entry tables.
class StringPool {
 public:
  explicit StringPool(std::string* pool) : pool_(pool) {}
  StrRef Add(const std::string& s) {
    auto [it, inserted] = index_.try_emplace(s);
    if (inserted) {
      it->second = StrRef{static_cast<uint32_t>(pool_->size()), static_cast<uint32_t>(s.size())};
      *pool_ += s;
    }
    return it->second;
  }
  RangeRef AddAll(const std::vector<std::string>& strings, std::vector<StrRef>* refs) {
    RangeRef r{static_cast<uint32_t>(refs->size()), static_cast<uint32_t>(strings.size())};
    for (const std::string& s : strings) refs->push_back(Add(s));
    return r;
  }

 private:
  std::string* pool_;
  std::unordered_map<std::string, StrRef> index_;
};

}  // namespace

void CompiledDictionary::FlattenEntries() {
  strings_.clear();
  string_refs_.clear();
  entry_records_.clear();
  entry_records_.reserve(source_.entries.size());
  StringPool strings(&strings_);
  for (const DictionaryEntry& e : source_.entries) {
    EntryRecord r;
    r.kind = static_cast<uint8_t>(e.kind);
    r.agent_placement = static_cast<uint8_t>(e.agent_placement);
    r.line = e.line;
    r.code = strings.Add(e.code);
    r.country = strings.Add(e.country);
    r.valid_from = strings.Add(e.valid_from);
    r.valid_to = strings.Add(e.valid_to);
    r.plover_event = strings.Add(e.plover_event);
    r.plover_mode = strings.Add(e.plover_mode);
    r.file = strings.Add(e.file);
    r.office = strings.Add(e.office);
    r.paired_code = strings.Add(e.paired_code);
    r.sectors = strings.AddAll(e.sectors, &string_refs_);
    r.contexts = strings.AddAll(e.plover_contexts, &string_refs_);
    r.phrases = strings.AddAll(e.phrases, &string_refs_);
    std::memcpy(&r.goldstein_bits, &e.goldstein, sizeof(double));
    entry_records_.push_back(r);
  }
  Sync();
}

DictionaryEntry MakeEntry(const EntryView& v) {
  DictionaryEntry e;
  e.kind = v.kind;
  e.code = v.code;
  e.country = v.country;
  e.sectors.assign(v.sectors.begin(), v.sectors.end());
  e.valid_from = v.valid_from;
  e.valid_to = v.valid_to;
  e.goldstein = v.goldstein;
  e.plover_event = v.plover_event;
  e.plover_mode = v.plover_mode;
  e.plover_contexts.assign(v.plover_contexts.begin(), v.plover_contexts.end());
  e.phrases.assign(v.phrases.begin(), v.phrases.end());
  e.file = v.file;
  e.line = v.line;
  e.office = v.office;
  e.paired_code = v.paired_code;
  e.agent_placement = v.agent_placement;
  return e;
}

const DictionarySource& CompiledDictionary::source() const {
  // After Compile source_ is complete (Compile passes the flag); a loaded dictionary builds it here once.
  std::call_once(source_once_, [this] {
    source_.entries.reserve(entry_count());
    for (size_t i = 0; i < entry_count(); ++i) source_.entries.push_back(MakeEntry(entry(i)));
  });
  return source_;
}

bool EntryView::ValidOn(std::string_view date) const {
  if (date.empty()) return valid_to.empty();
  if (!valid_from.empty() && date < valid_from) return false;
  if (!valid_to.empty() && date > valid_to) return false;
  return true;
}

size_t EntryTable::size() const { return dict_->entry_count(); }
EntryView EntryTable::operator[](size_t i) const { return dict_->entry(i); }

const CameoRecord* CompiledDictionary::FindCameo(std::string_view code) const {
  auto it = cameo_.find(std::string(code));
  return it == cameo_.end() ? nullptr : &it->second;
}

Dictionary::Dictionary() : compiled_(std::make_unique<CompiledDictionary>()) {}
Dictionary::~Dictionary() = default;

std::shared_ptr<const Dictionary> Dictionary::Compile(DictionarySource source, std::vector<Status>* errors) {
  std::shared_ptr<Dictionary> dict(new Dictionary());
  CompiledDictionary* c = dict->compiled_.get();
  c->source_ = std::move(source);
  std::call_once(c->source_once_, [] {});  // source_ is complete: source() must not rebuild it
  c->FlattenEntries();
  DictionaryCompiler(c, errors).Run();
  return dict;
}

Result<std::shared_ptr<const Dictionary>> Dictionary::LoadDirectory(const std::string& dir,
                                                                    std::vector<Status>* errors) {
  DictionarySource source;
  DYAD_RETURN_IF_ERROR(ReadNativeDictionaryDir(dir, &source, errors));
  if (source.entries.empty()) return Status::NotFound(dir + ": no dictionary entries (no *.txt files?)");
  return Compile(std::move(source), errors);
}

CameoInfo Dictionary::Cameo(std::string_view code) const {
  CameoInfo info;
  info.code = code;
  if (const CameoRecord* r = compiled_->FindCameo(code)) {
    info.name = r->name;
    info.goldstein = r->goldstein;
    info.known = true;
    info.entry = &r->copy;
  }
  return info;
}

EntryTable Dictionary::entries() const { return compiled_->entries(); }

const DictionarySource& Dictionary::source() const { return compiled_->source(); }

}  // namespace dyad
