// Actor names whose words stand apart (TABARI's disconnected actor phrases); see actor_names.h.
#include "coding/actor_names.h"

namespace dyad {
namespace {

// '_' written against the words on both sides ("Dol_Amroth"): TABARI's connector inside a name.
bool JoinedUnderscore(const SentenceAnalysis& a, uint32_t k) {
  return k > 0 && k + 1 < a.tokens.size() && a.Folded(k) == "_" && a.tokens[k - 1].end == a.tokens[k].start &&
         a.tokens[k].end == a.tokens[k + 1].start;
}

bool GapWord(const CompiledDictionary& dict, const SentenceAnalysis& a, uint32_t k) {
  const TokenView& t = a.tokens[k];
  if (!(t.flags & kFlagWord)) return false;
  if (t.classes & (kClassClauseBreakWord | kClassClausePunctuation | kClassRelativeWord | kClassComma |
                   kClassPeriod | kClassReportingVerb))
    return false;
  const std::string_view w = a.Folded(k);
  // A possessive ends the possessor's noun phrase: "Ithilen's government radio" is Ithilen's, not a name
  // "ITHILEN GOVERNMENT RADIO" (the actor rules compose the possessive).
  if (w == "and" || w == "or" || w == "nor" || w == "'s" || w == "'") return false;
  if (t.lemma != kNoWord) {
    const auto [begin, end] = dict.PatternsAnchoredAt(t.lemma);
    if (begin != end) return false;
  }
  if (t.word != kNoWord) {
    const PhraseTrie& trie = dict.actor_trie();
    const uint32_t alone = trie.Child(0, t.word);
    if (alone != 0 && trie.HitsBegin(alone) != trie.HitsEnd(alone)) return false;
  }
  return true;
}

}  // namespace

uint32_t ContinueNameAcrossGap(const CompiledDictionary& dict, const SentenceAnalysis& a, uint32_t node,
                               uint32_t j, uint32_t* child) {
  *child = 0;
  const uint32_t n = static_cast<uint32_t>(a.tokens.size());
  const PhraseTrie& trie = dict.actor_trie();
  for (uint32_t k = j; k < n && k < j + kMaxNameGap; ++k) {
    if (!JoinedUnderscore(a, k) && !GapWord(dict, a, k)) return j;
    const uint32_t next = k + 1;
    if (next >= n || a.tokens[next].word == kNoWord) continue;
    const uint32_t c = trie.Child(node, a.tokens[next].word);
    if (c != 0) {
      *child = c;
      return next;
    }
  }
  return j;
}

}  // namespace dyad
