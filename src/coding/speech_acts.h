// Speech acts whose clause decides what they are. Internal to the coding stage.
#ifndef DYAD_CODING_SPEECH_ACTS_H_
#define DYAD_CODING_SPEECH_ACTS_H_

#include <cstdint>
#include <vector>

#include "coding/roles.h"
#include "coding/sentence.h"
#include "dictionary/compiled.h"

namespace dyad {

// A warning with a "that" clause (a 012 match whose words end in "that": verbs.txt, "warn that") is a
// pessimistic comment ("the central bank warned that the deficit was too large") unless its clause threatens:
// then it is not coded as 012, so that a threat is never also counted as verbal cooperation. Its clause (the
// tokens after "that" up to a ";", ":" or full stop) threatens when
//  - another match in it is coded as a threat: a 13x pattern ("would not tolerate"), or an act announced by
//    "will"/"would" whose intent is 13x ("it would retaliate against Z": the act's own match codes 138); or
//  - the speaker announces an act of its own aimed at a named actor that no pattern codes ("it would strike
//    Z's targets"): the clause opens with "it", "we" or "they", or with the speaker itself, then "will",
//    "would", "shall" or "'ll" (not followed by "not" or "never"), and names an actor (not a place) other
//    than the speaker after it. CAMEO's threat would need the act's code, which no pattern gives, so nothing
//    is coded rather than a comment.
// Sets `superseded[m]` for each such warning; `roles` and `superseded` have one element per match of `a`.
// Allocates nothing.
void SupersedeThreateningWarnings(const CompiledDictionary& dict, const SentenceAnalysis& a,
                                  const std::vector<RoleAssignment>& roles, std::vector<uint8_t>* superseded);

}  // namespace dyad

#endif  // DYAD_CODING_SPEECH_ACTS_H_
