// The words and facts coreference reads: see coreference_words.h.
#include "coding/coreference_words.h"

#include <algorithm>

#include "coding/coreference.h"

namespace dyad {

bool IsPersonEntry(const EntryView& e) {
  std::string_view file = e.file;
  const size_t slash = file.find_last_of('/');
  if (slash != std::string_view::npos) file = file.substr(slash + 1);
  return file.find("people") != std::string_view::npos || file.find("People") != std::string_view::npos;
}

namespace coref {

bool InList(std::string_view list, std::string_view code) {
  for (size_t p = 0; p + code.size() <= list.size(); p += 4)
    if (list.substr(p, code.size()) == code && code.size() == 3) return true;
  return false;
}

// The chunk at `begin` follows a preposition (over an optional "the"): an object, never the subject.
bool AfterPreposition(const SentenceAnalysis& a, uint32_t begin) {
  if (begin == 0) return false;
  uint32_t i = begin - 1;
  if (a.Folded(i) == "the" && i > 0) --i;
  return IsPreposition(a.Folded(i));
}

// A plain lower-case word that may stand between a determiner and its noun ("new", "interim", "oil-rich").
bool PlainModifier(const SentenceAnalysis& a, uint32_t i) {
  const TokenView& t = a.tokens[i];
  if (!(t.flags & kFlagWord) || t.chunk >= 0 || (t.flags & (kFlagCapitalized | kFlagAllCaps))) return false;
  std::string_view w = a.Folded(i);
  return !IsPreposition(w) && w != "and" && w != "or" && w != "the" && w != "a" && w != "an";
}

// "Foreign Minister Beibut Atamkulov", "Police Chief John Smith": a sector title followed by capitalised
// words that no phrase of the dictionary covers: a name it does not know ("US Justice Department" and
// "Home Secretary" are the title alone).
bool TitledName(const CompiledDictionary& dict, const SentenceAnalysis& a, const ActorChunk& c) {
  if (c.agent_entry < 0 || c.actor_entry >= 0 || c.people || !Capitalized(a.tokens[c.end - 1])) return false;
  // The end of the longest phrase of the chunk's sector entry that lies inside the chunk.
  const PhraseTrie& trie = dict.actor_trie();
  uint32_t title_end = c.begin;
  for (uint32_t s = c.begin; s < c.end; ++s) {
    uint32_t node = 0;
    for (uint32_t j = s; j < c.end && a.tokens[j].word != kNoWord; ++j) {
      node = trie.Child(node, a.tokens[j].word);
      if (node == 0) break;
      for (const PhraseHit* h = trie.HitsBegin(node); h != trie.HitsEnd(node); ++h)
        if (static_cast<int32_t>(h->entry) == c.agent_entry) title_end = std::max(title_end, j + 1);
    }
  }
  if (title_end >= c.end) return false;
  for (uint32_t j = title_end; j < c.end; ++j)
    if (!Capitalized(a.tokens[j])) return false;
  return true;
}

// "her" before a noun is a possessive ("her comments", "her government"): the person is not an argument of
// the verb. Before a preposition, a determiner, "that" or punctuation it is the object ("told her that").
bool PossessiveHer(const SentenceAnalysis& a, uint32_t i) {
  if (i + 1 >= a.tokens.size()) return false;
  const TokenView& next = a.tokens[i + 1];
  if (next.chunk >= 0) return true;
  if (!(next.flags & kFlagWord)) return false;
  const std::string_view w = a.Folded(i + 1);
  return !(IsPreposition(w) || w == "that" || w == "the" || w == "a" || w == "an" || w == "and" ||
           w == "to" || w == "as" || w == "if" || w == "because" || w == "when");
}

// The nouns of a country description: "the country", "the nation", "the kingdom", "the Central Asian state".
bool CountryHead(std::string_view w) {
  if (w.size() < 5 || w.size() > 9) return false;
  return w == "country" || w == "nation" || w == "state" || w == "kingdom" || w == "republic" ||
         w == "emirate" || w == "sultanate";
}

// A country noun among the few plain words from `i` on (the cheap test before reading a description).
bool CountryHeadAhead(const SentenceAnalysis& a, uint32_t i) {
  for (uint32_t k = i; k < a.tokens.size() && k <= i + kMaxModifiers + 1; ++k) {
    const TokenView& t = a.tokens[k];
    if (!(t.flags & kFlagWord) || t.chunk >= 0) return false;
    if (CountryHead(a.Folded(k))) return true;
  }
  return false;
}

bool SectorFits(const EntryTable& entries, const Referent& r, std::string_view sector) {
  if (r.agent_entry >= 0 && entries[r.agent_entry].code == sector) return true;
  if (r.actor_entry >= 0)
    for (std::string_view s : entries[r.actor_entry].sectors)
      if (s == sector) return true;
  return false;
}

}  // namespace coref
}  // namespace dyad
