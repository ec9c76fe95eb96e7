// PosTagger::Lemma and Analyze: WordNet's morphy over the model's exception lists and lemma index.
#include <cstring>
#include <span>
#include <string>
#include <string_view>

#include "dyad/pos.h"
#include "text/lemma_tables.h"
#include "text/pos_model.h"

namespace dyad {

using text_internal::EndsWith;
using text_internal::kMaxWordBytes;
using text_internal::NormalizeWord;
using text_internal::ToLower;

namespace {

// WordNet's morphy detachment rules per part of speech: (suffix, replacement), tried in order.
struct Detachment {
  std::string_view suffix;
  std::string_view ending;
};
constexpr Detachment kNounRules[] = {{"s", ""},      {"ses", "s"},   {"xes", "x"},   {"zes", "z"},
                                     {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}};
constexpr Detachment kVerbRules[] = {{"s", ""},   {"ies", "y"}, {"es", "e"},  {"es", ""},
                                     {"ed", "e"}, {"ed", ""},   {"ing", "e"}, {"ing", ""}};
constexpr Detachment kAdjRules[] = {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}};

uint8_t WordNetPosOf(PosTag tag) {
  if (IsNoun(tag)) return text_internal::kWnNoun;
  if (IsVerb(tag)) return text_internal::kWnVerb;
  if (IsAdjective(tag)) return text_internal::kWnAdj;
  if (IsAdverb(tag)) return text_internal::kWnAdv;
  return 0;
}

// The uninflected tag of a WordNet part of speech.
PosTag BaseTag(uint8_t wordnet_pos) {
  switch (wordnet_pos) {
    case text_internal::kWnNoun:
      return PosTag::kNN;
    case text_internal::kWnVerb:
      return PosTag::kVB;
    case text_internal::kWnAdj:
      return PosTag::kJJ;
    default:
      return PosTag::kRB;
  }
}

bool IsInflectedTag(PosTag tag) {
  switch (tag) {
    case PosTag::kNNS:
    case PosTag::kNNPS:
    case PosTag::kVBD:
    case PosTag::kVBG:
    case PosTag::kVBN:
    case PosTag::kVBZ:
    case PosTag::kJJR:
    case PosTag::kJJS:
    case PosTag::kRBR:
    case PosTag::kRBS:
      return true;
    default:
      return false;
  }
}

}  // namespace

namespace {

// Lemma without the spelling normalisation (PosTagger::Lemma adds it).
void WordNetLemma(const PosTagger::Model& m, std::string_view word, PosTag tag, std::string* out) {
  char buf[kMaxWordBytes];
  size_t len = NormalizeWord(word, buf);
  bool ascii = len > 0;
  for (size_t k = 0; k < len; ++k) {
    ascii = ascii && static_cast<unsigned char>(buf[k]) < 0x80;
    buf[k] = ToLower(buf[k]);
  }
  if (!ascii) {  // WordNet is ASCII: fold the case and keep the word
    FoldCase(word, out);
    return;
  }
  const std::string_view lower(buf, len);
  const uint8_t pos = WordNetPosOf(tag);
  if (pos == 0 || tag == PosTag::kNNP) {
    out->assign(lower);
    return;
  }
  const bool inflected = IsInflectedTag(tag);
  if (!inflected && m.IsWordNetLemma(lower, pos)) {
    out->assign(lower);
    return;
  }
  if (const WordRecord* r = m.Find(lower); r != nullptr) {
    // WordNet may list several bases ("installed": "instal", "install"; "leaves": "leaf", "leave"). The first
    // one the tagger's corpus saw with the base tag of this part of speech wins, else the first listed.
    const PosTag base_tag = BaseTag(pos);
    std::string_view chosen;
    for (uint32_t k = 0; k < r->num_exceptions; ++k) {
      const Exception& e = m.exceptions[r->first_exception + k];
      if (e.wordnet_pos != pos) continue;
      const std::string_view base = std::string_view(m.strings).substr(e.base, e.length);
      if (chosen.empty()) chosen = base;
      if (m.HasTag(m.FindTagged(base), base_tag)) {
        chosen = base;
        break;
      }
    }
    if (!chosen.empty()) {
      out->assign(chosen);
      return;
    }
  }
  std::span<const Detachment> rules;
  if (pos == text_internal::kWnNoun) rules = kNounRules;
  if (pos == text_internal::kWnVerb) rules = kVerbRules;
  if (pos == text_internal::kWnAdj) rules = kAdjRules;
  char candidate[kMaxWordBytes];
  for (const Detachment& rule : rules) {
    if (!EndsWith(lower, rule.suffix) || lower.size() <= rule.suffix.size()) continue;
    const size_t stem = lower.size() - rule.suffix.size();
    std::memcpy(candidate, buf, stem);
    std::memcpy(candidate + stem, rule.ending.data(), rule.ending.size());
    const std::string_view c(candidate, stem + rule.ending.size());
    if (m.IsWordNetLemma(c, pos)) {
      out->assign(c);
      return;
    }
  }
  if (m.IsWordNetLemma(lower, pos) || !inflected) {
    out->assign(lower);
    return;
  }
  Lemmatize(lower, out);  // a word WordNet does not know: the rule-based lemmatiser's guess
}

}  // namespace

void PosTagger::Lemma(std::string_view word, PosTag tag, std::string* out) const {
  WordNetLemma(*model_, word, tag, out);
  // WordNet lists both "criticise" and "criticize"; the coder's patterns go through Lemmatize, which spells
  // them -ize, and the two lemmatisers must agree.
  if (WordNetPosOf(tag) != 0 && tag != PosTag::kNNP) text_internal::AmericanizeLemma(out);
}

void PosTagger::Analyze(std::string_view text, std::span<const Token> tokens, Scratch* scratch,
                        std::vector<PosTag>* tags, std::vector<std::string>* lemmas) const {
  Tag(text, tokens, scratch, tags);
  if (lemmas->size() < tokens.size()) lemmas->resize(tokens.size());
  for (size_t i = 0; i < tokens.size(); ++i) {
    const std::string_view word = TokenText(text, tokens[i]);
    if (tokens[i].kind == TokenKind::kWord) {
      Lemma(word, (*tags)[i], &(*lemmas)[i]);
    } else {
      (*lemmas)[i].assign(word);
    }
  }
  lemmas->resize(tokens.size());  // shrinking keeps the capacity of the strings that stay
}

}  // namespace dyad
