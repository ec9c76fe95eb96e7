// Readings of single words around a verb pattern's anchor, used by the matcher (verbs.cc). Internal to the
// coding stage.
#ifndef DYAD_CODING_VERB_READINGS_H_
#define DYAD_CODING_VERB_READINGS_H_

#include <cstdint>

#include "coding/sentence.h"

namespace dyad {

// A one-word trigger the part-of-speech tags read as a modifier inside a noun phrase ("the accused men", "the
// detained protesters", "a protest march") rather than as a predicate or an event noun. Needs a tagged
// analysis.
bool ModifierReading(const SentenceAnalysis& analysis, const VerbMatch& match);

// True when token `i` is the month of a written date ("on 31 March", "March 3", "March 2004", "the 26 March
// match"), which anchors no pattern.
bool IsDateMonth(const SentenceAnalysis& analysis, uint32_t i);

}  // namespace dyad

#endif  // DYAD_CODING_VERB_READINGS_H_
