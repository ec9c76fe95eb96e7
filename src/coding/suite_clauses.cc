// The suites' conventions over a sentence's verb matches (declared in sentence.h), which news coding does not
// use: TABARI's one verb per clause with its conjoined clauses and source (KeepFirstMatchPerClause), and the
// PETRARCH coders' places as targets (TakePlaceTargets). Kept apart from the matcher (verbs.cc) because they
// run after it, on its matches, only when CoderOptions asks for them.
#include <array>
#include <string_view>
#include <vector>

#include "coding/roles.h"
#include "coding/sentence.h"

namespace dyad {
namespace {

// True when a conjunction in tokens [from, to) opens a clause with its own subject: "and" or "but", perhaps
// "then", then a personal pronoun or an actor chunk ("X urged Y and then she asked Z"). A conjunction of
// nouns ("a bombing and shelling offensive", "sheep and evil goats") opens none.
bool ConjoinedClause(const SentenceAnalysis& a, uint32_t from, uint32_t to) {
  static constexpr std::array<std::string_view, 7> kSubjectPronouns = {"he", "she", "they", "it",
                                                                       "we", "i",   "you"};
  for (uint32_t i = from; i + 1 < to; ++i) {
    if (a.Folded(i) != "and" && a.Folded(i) != "but") continue;
    uint32_t s = i + 1;
    if (a.Folded(s) == "then" && s + 1 < to) ++s;
    if (OneOf(a.Folded(s), kSubjectPronouns)) return true;
    const int32_t chunk = a.tokens[s].chunk;
    if (chunk >= 0 && a.chunks[chunk].begin == s && a.chunks[chunk].end == to) return true;
  }
  return false;
}

// TABARI's conjoined clauses (KeepFirstMatchPerClause), in tokens [from, to) between the previous kept verb
// and this one. AfterConjunction: where the clause's source search starts, after its last "and" or "but" (and
// a "then"): "X urged Y on Monday and then it requested ..." seeks "it", not "Y"; `from` without one.
// ConjoinedVerb: a verb follows "and" or "but" (perhaps "then") directly, a verb phrase conjoined to
// the previous one, which TABARI codes as a clause with that verb's source ("condemned an attack by Z and
// promised aid to W").
uint32_t AfterConjunction(const SentenceAnalysis& a, uint32_t from, uint32_t to) {
  for (uint32_t i = to; i > from; --i) {
    const std::string_view w = a.Folded(i - 1);
    if (w != "and" && w != "but") continue;
    return i < to && a.Folded(i) == "then" ? i + 1 : i;
  }
  return from;
}

bool ConjoinedVerb(const SentenceAnalysis& a, uint32_t from, uint32_t to) {
  if (to == from) return false;
  uint32_t i = to - 1;
  if (a.Folded(i) == "then" && i > from) --i;
  if (a.Folded(i) != "and" && a.Folded(i) != "but") return false;
  // A verb, not a noun joined to the one before ("rejected the plans and visits of Russia"): a verb but a
  // gerund by its tag, else a past tense in -ed that is not tagged a noun (the tagger reads "and promised
  // aid" as an adjective).
  if (a.Tagged() && IsVerb(a.tags[to]) && a.tags[to] != PosTag::kVBG) return true;
  return a.Folded(to).ends_with("ed") && !(a.Tagged() && IsNoun(a.tags[to]));
}

}  // namespace

void KeepFirstMatchPerClause(const CompiledDictionary& dict, SentenceAnalysis* a) {
  const EntryTable entries = dict.entries();
  size_t kept = 0;
  int32_t last_clause = -1;
  uint32_t last_end = 0;     // end of the last coded match kept
  int32_t last_source = -1;  // its source chunk, when the search below found one
  for (size_t m = 0; m < a->matches.size(); ++m) {
    VerbMatch match = a->matches[m];
    const bool coded = entries[dict.pattern(match.pattern).entry].code != "-";
    const int32_t clause = a->tokens[match.trigger_begin].clause;
    // A one-word trigger inside an actor's words ("Security forces are about to restore ...": FORCE) is the
    // actor's noun, not a verb: TABARI takes the actor phrase first.
    const int32_t inside = a->tokens[match.trigger_begin].chunk;
    if (coded && match.trigger_end == match.trigger_begin + 1 && inside >= 0 &&
        a->chunks[inside].begin < match.trigger_begin)
      continue;
    if (coded) {
      const bool conjoined_verb =
          clause == last_clause && !ConjoinedClause(*a, last_end, match.trigger_begin);
      if (conjoined_verb && !ConjoinedVerb(*a, last_end, match.trigger_begin)) continue;
      if (conjoined_verb && match.source_chunk < 0 && !match.passive) match.source_chunk = last_source;
      // TABARI's source is the first actor of the clause before the verb; a conjoined clause starts after
      // its conjunction. A pattern's own '$' and the passive (whose source follows "by") keep theirs.
      const uint32_t clause_begin =
          clause == last_clause ? AfterConjunction(*a, last_end, match.trigger_begin) : 0;
      for (uint32_t c = 0; c < a->chunks.size() && match.source_chunk < 0 && !match.passive; ++c) {
        const ActorChunk& ch = a->chunks[c];
        if (ch.begin >= clause_begin && ch.end <= match.trigger_begin && a->tokens[ch.begin].clause == clause)
          match.source_chunk = static_cast<int32_t>(c);
      }
      last_clause = clause;
      last_end = match.trigger_end;
      last_source = match.source_chunk;
    }
    a->matches[kept++] = match;
  }
  a->matches.resize(kept);
}

void TakePlaceTargets(const SentenceAnalysis& a, std::vector<RoleAssignment>* roles, bool first_actor) {
  // The prepositions after which a chunk names where an act happened (roles.cc reads them as places).
  static constexpr std::array<std::string_view, 8> kPlacePrepositions = {
      "in", "at", "near", "inside", "outside", "across", "throughout", "around"};
  auto locative = [&](uint32_t begin) {
    if (begin == 0) return false;
    uint32_t i = begin - 1;
    if (a.Folded(i) == "the" && i > 0) --i;
    return OneOf(a.Folded(i), kPlacePrepositions);
  };
  const uint32_t n = static_cast<uint32_t>(a.tokens.size());
  for (size_t m = 0; m < a.matches.size() && m < roles->size(); ++m) {
    RoleAssignment& r = (*roles)[m];
    // A passive (also a reduced one: "soldiers killed in Z") has its target already, or none to give.
    // `first_actor` (TABARI): a target the roles found after a place is given up for the place.
    const int32_t found = r.target_chunk;
    if ((found >= 0 && !first_actor) || r.source_chunk < 0 || r.passive || r.agentless || r.negated ||
        r.demanded)
      continue;
    const VerbMatch& match = a.matches[m];
    const uint16_t clause = a.tokens[match.trigger_begin].clause;
    const uint32_t limit = m + 1 < a.matches.size() ? a.matches[m + 1].trigger_begin : n;
    int32_t place = -1;
    for (uint32_t i = match.trigger_end; i < limit && i < n; ++i) {
      if (a.tokens[i].clause != clause) break;
      const int32_t chunk = a.tokens[i].chunk;
      if (chunk < 0) continue;
      const ActorChunk& c = a.chunks[chunk];
      i = c.end - 1;
      if (chunk == found) break;  // the roles' target, after the places before it, if any
      // An object the roles did not take: no place target either; a sector adjective ("his first official
      // foreign visit") is none.
      if (!c.place && !locative(c.begin) && !AttributiveSectorWord(a, c)) {
        place = -1;
        break;
      }
      if (place < 0) place = chunk;
    }
    if (place >= 0 && place != r.source_chunk) r.target_chunk = place;
  }
}

void DropNounTriggerMatches(const CompiledDictionary& dict, SentenceAnalysis* a) {
  size_t kept = 0;
  for (size_t m = 0; m < a->matches.size(); ++m) {
    const VerbMatch& match = a->matches[m];
    // The verb is the pattern's anchor, which words written before it ("IN * [072]") may precede; a
    // preposition anchors such a pattern ("in an accord"), and the verb is then its next word.
    const VerbPattern& pattern = dict.pattern(match.pattern);
    const PatternElement* elements = dict.pattern_elements();
    WordId verb = elements[pattern.anchor].lemma;
    uint32_t at = match.trigger_begin;
    while (at + 1 < match.trigger_end && a->tokens[at].lemma != verb) ++at;
    if (IsPreposition(a->Folded(at)) && pattern.anchor + 1 < pattern.elements_end &&
        elements[pattern.anchor + 1].kind == PatternElementKind::kWord) {
      verb = elements[pattern.anchor + 1].lemma;
      for (uint32_t i = at + 1; i < match.trigger_end; ++i) {
        if (a->tokens[i].lemma != verb) continue;
        at = i;
        break;
      }
    }
    const std::string_view before = at > 0 ? a->Folded(at - 1) : std::string_view();
    const bool noun = before == "a" || before == "an" || before == "the" || before == "of";
    if (!noun) a->matches[kept++] = match;
  }
  a->matches.resize(kept);
}

}  // namespace dyad
