// Dictionary compilation: DictionarySource -> CompiledDictionary.
//
// Actor, country and agent phrases go into one trie keyed by case-folded word ids; discard phrases into a
// second. Verb patterns are parsed into element sequences over lemma ids and indexed by their anchor word, so
// the coder only tries the patterns whose first required word is the token in front of it.
#include "dictionary/compiled.h"

#include <algorithm>
#include <cassert>
#include <string>

#include "dyad/text.h"

namespace dyad {

WordId Vocabulary::Intern(std::string_view word) {
  auto it = ids_.find(word);
  if (it != ids_.end()) return it->second;
  WordId id = static_cast<WordId>(ids_.size());
  ids_.emplace(std::string(word), id);
  return id;
}

WordId Vocabulary::Find(std::string_view word) const {
  auto it = ids_.find(word);
  return it == ids_.end() ? kNoWord : it->second;
}

PhraseTrie::PhraseTrie() { nodes_.emplace_back(); }

void PhraseTrie::Insert(const std::vector<WordId>& words, const std::vector<CaseRule>& rules,
                        uint32_t entry) {
  assert(!words.empty() && words.size() == rules.size());
  uint32_t node = 0;
  for (WordId w : words) {
    auto [it, inserted] = edges_.emplace(EdgeKey(node, w), static_cast<uint32_t>(nodes_.size()));
    if (inserted) nodes_.emplace_back();
    node = it->second;
  }
  PhraseHit hit;
  hit.entry = entry;
  hit.case_rules = static_cast<uint32_t>(case_rules_.size());
  hit.word_count = static_cast<uint16_t>(words.size());
  case_rules_.insert(case_rules_.end(), rules.begin(), rules.end());
  pending_.emplace_back(node, hit);
}

uint32_t PhraseTrie::Child(uint32_t node, WordId word) const {
  auto it = edges_.find(EdgeKey(node, word));
  return it == edges_.end() ? 0 : it->second;
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
          out_->cameo_[e.code] =
              CameoRecord{e.phrases.empty() ? std::string() : e.phrases[0], e.goldstein, i};
          break;
      }
    }
    out_->actor_trie_.Finish();
    out_->discard_trie_.Finish();
    for (const VerbPattern& p : out_->patterns_) {
      const std::string& code = entries[p.entry].code;
      if (!out_->cameo_.empty() && out_->cameo_.find(code) == out_->cameo_.end()) {
        Report(entries[p.entry], "verb code " + code + " has no 'cameo' entry (no name or Goldstein value)");
      }
    }
  }

 private:
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

  // Pattern syntax (docs/dictionaries.md): words, '+' target slot, '$' source slot, '(word)' optional word.
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
        if (!have_anchor) (item == "+" ? pattern.target_before : pattern.source_before) = true;
        out_->elements_.push_back(el);
        continue;
      }
      bool optional = item.size() > 2 && item.front() == '(' && item.back() == ')';
      if (optional) item = item.substr(1, item.size() - 2);
      PhraseWords(item, &folded_, &rules_);
      for (const std::string& w : folded_) {
        Lemmatize(w, &lemma_);
        el.kind = optional ? PatternElementKind::kOptionalWord : PatternElementKind::kWord;
        el.lemma = out_->lemmas_.Intern(lemma_);
        if (!optional) {
          if (!have_anchor) {
            pattern.anchor = static_cast<uint32_t>(out_->elements_.size());
            have_anchor = true;
          }
          ++pattern.required_words;
        }
        out_->elements_.push_back(el);
      }
    }
    pattern.elements_end = static_cast<uint32_t>(out_->elements_.size());
    if (!have_anchor) {
      Report(e, "pattern '" + phrase + "' has no required word");
      out_->elements_.resize(pattern.elements_begin);
      return;
    }
    uint32_t pattern_index = static_cast<uint32_t>(out_->patterns_.size());
    out_->patterns_by_anchor_[out_->elements_[pattern.anchor].lemma].push_back(pattern_index);
    out_->patterns_.push_back(pattern);
  }

  CompiledDictionary* out_;
  std::vector<Status>* errors_;
  std::vector<std::string> folded_;
  std::vector<CaseRule> rules_;
  std::vector<WordId> ids_;
  std::string lemma_;
};

std::pair<const uint32_t*, const uint32_t*> CompiledDictionary::PatternsAnchoredAt(WordId lemma) const {
  auto it = patterns_by_anchor_.find(lemma);
  if (it == patterns_by_anchor_.end()) return {nullptr, nullptr};
  return {it->second.data(), it->second.data() + it->second.size()};
}

const CameoRecord* CompiledDictionary::FindCameo(std::string_view code) const {
  auto it = cameo_.find(std::string(code));
  return it == cameo_.end() ? nullptr : &it->second;
}

Dictionary::Dictionary() : compiled_(std::make_unique<CompiledDictionary>()) {}
Dictionary::~Dictionary() = default;

std::shared_ptr<const Dictionary> Dictionary::Compile(DictionarySource source, std::vector<Status>* errors) {
  std::shared_ptr<Dictionary> dict(new Dictionary());
  dict->compiled_->source_ = std::move(source);
  DictionaryCompiler(dict->compiled_.get(), errors).Run();
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
    info.entry = &compiled_->source_.entries[r->entry];
  }
  return info;
}

const DictionarySource& Dictionary::source() const { return compiled_->source_; }

}  // namespace dyad
