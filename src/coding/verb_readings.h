// Readings of single words around a verb pattern's anchor, used by the matcher (verbs.cc). Internal to the
// coding stage.
#ifndef DYAD_CODING_VERB_READINGS_H_
#define DYAD_CODING_VERB_READINGS_H_

#include <array>
#include <cstdint>
#include <string_view>

#include "coding/sentence.h"
#include "dictionary/compiled.h"

namespace dyad {

// A one-word trigger the part-of-speech tags read as a modifier inside a noun phrase ("the accused men", "the
// detained protesters", "a protest march") rather than as a predicate or an event noun. Needs a tagged
// analysis.
bool ModifierReading(const SentenceAnalysis& analysis, const VerbMatch& match);

// True when token `i` is the month of a written date ("on 31 March", "March 3", "March 2004", "the 26 March
// match"), which anchors no pattern.
bool IsDateMonth(const SentenceAnalysis& analysis, uint32_t i);

// Forms of "be" (and "get") before a participle: "was opposed", "got arrested".
inline constexpr std::array<std::string_view, 9> kBeForms = {"is",   "are",   "was", "were", "be",
                                                             "been", "being", "get", "got"};

// TABARI's readings of its patterns, asked by the matcher only for dictionaries from TABARI files or under
// CoderOptions::unbounded_pattern_gaps (dyad validate on a TABARI project); out of line, off news coding's
// path.

// True when `lemma` anchors a pattern of that one word: a verb of the dictionary, not only a word some
// pattern writes before its verb. Asked only when an unbounded gap skipped an actor.
bool AnchorIsAVerb(const CompiledDictionary& dict, WordId lemma);

// The first actor chunk at or after token `pos` in `clause`, whatever words stand before it; -1 when none.
// TABARI's reading of a skip and of the slot after it.
int32_t NextChunk(const SentenceAnalysis& a, uint32_t pos, uint16_t clause);

// The last chunk of the coordination group of `chunk` ("Osgiliath and Eriador"): a skip steps over all of it.
int32_t LastOfGroup(const SentenceAnalysis& a, int32_t chunk);

// The source of "$ ^ FOR *" (TABARI's skip right before the anchor): the chunk before the group of `chunk`,
// which ends at the anchor, in the same clause; -1 when none.
int32_t ChunkBeforeGroup(const SentenceAnalysis& a, int32_t chunk, uint16_t clause);

// TABARI's '$' before a pattern's words when no actor ends right before them: the nearest actor chunk before
// token `anchor` in `clause`, whatever stands between, as the first of its coordination group ("Mordor et
// Arnor will be hosting" under "$ HOSTING": Arnor); -1 when none.
int32_t NearestGroupBefore(const SentenceAnalysis& a, uint32_t anchor, uint16_t clause);

// TABARI's target of `match` (pattern `p`, matched under CoderOptions::unbounded_pattern_gaps) where no slot
// after the anchor named one (`target_slot` false): a '+' before the words, the actor after words that
// follow a possessive, or the actor a gap skipped (`skipped_chunk`, -1 when none). Sets match->target_chunk
// or leaves it.
void TabariTargets(const CompiledDictionary& dict, const SentenceAnalysis& a, const VerbPattern& p,
                   bool target_slot, int32_t skipped_chunk, VerbMatch* match);

// The letters of a pattern's words, TABARI's measure of a pattern's length: among matches of as many words
// TABARI tries its longer patterns first.
uint32_t PatternLetters(const CompiledDictionary& dict, const VerbPattern& p);

}  // namespace dyad

#endif  // DYAD_CODING_VERB_READINGS_H_
