// A second act of a sentence whose subject is "it" or "they" (issues 3 and 4): "Gondor accused Mordor of
// aggression and then it attacked Rohan", "Arnor met Rohan on Monday; it later condemned Mordor". Internal
// to the coding stage; DiscourseMemory::ResolveSentence (coreference.cc) asks it for each such pronoun.
#ifndef DYAD_CODING_SECOND_ACTS_H_
#define DYAD_CODING_SECOND_ACTS_H_

#include <cstdint>

#include "coding/sentence.h"

namespace dyad {

// The chunk that the pronoun at token `pronoun` ("it" or "they") stands for, or -1. `subject_chunk` is the
// nearest chunk before it that opened its clause as the first actor, not after a preposition (coreference's
// subject slot), or -1.
//
// The pronoun must open a later clause of its sentence as its subject: right after "and", "but", ";" or
// "then" (also "and then", ", then"), and before a finite verb, perhaps after an adverb ("later", "also"):
// a past in "-ed" or an irregular past, a modal or "has"/"had"/"have" not followed by "be"/"been", or for
// "it" a present in "-s". A form of "be" after it is not taken: "and it was unclear whether ..." is no one.
// A comma alone does not do ("..., it said" names the reporter, whom the sentence may not name).
// The antecedent agrees in number: "it" takes a country or an organisation, never a person (coreference
// resolves "he"/"she") nor a plural group ("the rebels"); "they" takes a plural group ("the rebels",
// "police") or a subject coordinated with other actors ("Arnor and Gondor ...; they later ..."), whose group
// the caller gives the pronoun's chunk; "it" never takes a coordinated subject.
// Allocates nothing; looks at the pronoun's two neighbours before any word list.
int32_t SecondActAntecedent(const CompiledDictionary& dict, const SentenceAnalysis& analysis,
                            uint32_t pronoun, int32_t subject_chunk);

// True when another chunk of the sentence shares the coordination group of `chunk` ("Arnor and Gondor").
bool Coordinated(const SentenceAnalysis& analysis, int32_t chunk);

}  // namespace dyad

#endif  // DYAD_CODING_SECOND_ACTS_H_
