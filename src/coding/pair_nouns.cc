// Event nouns after a joined pair of actors: "US-China trade talks", "Israel–Hamas war", "India-Pakistan
// border clashes", "police-protester clashes", "Russia/Ukraine negotiations".
//
// News names the two sides of a symmetric event by joining them with a hyphen, an en dash or a slash before
// the event noun. That is the noun phrase "talks between the US and China" written short, so the reading
// comes from the dictionary itself: a noun whose pattern "N between $ and +" exists is that event, with the
// first actor as source and the second as target. Nouns without such a pattern ("US-China relations",
// "India-Pakistan border") are no events. The actor stage has already split "US-China" into its parts
// (token_analysis.cc, SplitActorCompound), so both spellings reach this pass as chunk, joiner, chunk.
#include <array>

#include "coding/sentence.h"

namespace dyad {
namespace {

// Words that may stand between the pair and the noun: "trade" in "US-China trade talks", "border" in
// "India-Pakistan border clashes"; at most this many.
constexpr uint32_t kMaxPairModifiers = 2;

// A joiner of two actors written against both: '-' (and U+2010, U+2011, which the split keeps as written),
// an en dash (U+2013) or '/'.
bool IsJoiner(std::string_view folded) {
  return folded == "-" || folded == "/" || folded == "\xE2\x80\x93" || folded == "\xE2\x80\x90" ||
         folded == "\xE2\x80\x91";
}

// True for a word that may modify the event noun: a lower- or upper-case word (headlines capitalise
// "Trade Talks") outside every chunk, no preposition, conjunction or verb-group word.
bool PairModifier(const SentenceAnalysis& a, uint32_t i, uint16_t clause) {
  static constexpr std::array<std::string_view, 16> kNotModifiers = {
      "and", "or",   "but",  "is",    "are",  "was",  "were", "has",
      "had", "have", "will", "would", "said", "says", "that", "to"};
  const TokenView& t = a.tokens[i];
  return (t.flags & kFlagWord) && t.chunk < 0 && t.clause == clause && !IsPreposition(a.Folded(i)) &&
         !OneOf(a.Folded(i), kNotModifiers);
}

}  // namespace

int64_t BetweenPattern(const CompiledDictionary& dict, WordId lemma, WordId between, WordId and_word) {
  if (lemma == kNoWord) return -1;
  const auto [begin, end] = dict.PatternsAnchoredAt(lemma);
  const PatternElement* el = dict.pattern_elements();
  for (const uint32_t* p = begin; p != end; ++p) {
    const VerbPattern& v = dict.pattern(*p);
    const uint32_t k = v.anchor + 1;
    if (v.anchor != v.elements_begin || v.elements_end != k + 4) continue;
    if (el[k].kind == PatternElementKind::kWord && el[k].lemma == between &&
        el[k + 1].kind == PatternElementKind::kSource && el[k + 2].kind == PatternElementKind::kWord &&
        el[k + 2].lemma == and_word && el[k + 3].kind == PatternElementKind::kTarget)
      return *p;
  }
  return -1;
}

int64_t PairEventPattern(const CompiledDictionary& dict, WordId lemma) {
  if (lemma == kNoWord) return -1;
  return BetweenPattern(dict, lemma, dict.lemmas().Find("between"), dict.lemmas().Find("and"));
}

void AddPairNounMatches(const CompiledDictionary& dict, SentenceAnalysis* a) {
  const uint32_t n = static_cast<uint32_t>(a->tokens.size());
  WordId between = kNoWord, and_word = kNoWord;  // looked up once a pair is found
  for (size_t c = 0; c + 1 < a->chunks.size(); ++c) {
    const ActorChunk& first = a->chunks[c];
    const ActorChunk& second = a->chunks[c + 1];
    const uint32_t joiner = first.end;
    if (second.begin != joiner + 1 || !IsJoiner(a->Folded(joiner)) ||
        a->tokens[joiner].start != a->tokens[joiner - 1].end ||
        a->tokens[joiner + 1].start != a->tokens[joiner].end)
      continue;
    const uint16_t clause = a->tokens[first.begin].clause;
    if (a->tokens[second.end - 1].clause != clause) continue;
    if (between == kNoWord) {
      between = dict.lemmas().Find("between");
      and_word = dict.lemmas().Find("and");
      if (between == kNoWord || and_word == kNoWord) return;  // a dictionary without such patterns
    }
    for (uint32_t i = second.end; i < n && i <= second.end + kMaxPairModifiers; ++i) {
      if (!PairModifier(*a, i, clause)) break;
      const int64_t pattern = BetweenPattern(dict, a->tokens[i].lemma, between, and_word);
      if (pattern < 0) continue;
      VerbMatch m;
      m.pattern = static_cast<uint32_t>(pattern);
      m.trigger_begin = i;
      m.trigger_end = i + 1;
      m.source_chunk = static_cast<int32_t>(c);
      m.target_chunk = static_cast<int32_t>(c + 1);
      a->matches.push_back(m);
      break;
    }
  }
}

}  // namespace dyad
