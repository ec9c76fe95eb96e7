// Mutual acts: which acts of a coordinated subject with no object are each member's act toward the others
// ("Gondor and Arnor signed an accord": Gondor 057 Arnor and Arnor 057 Gondor) and which are the members'
// joint act toward no one ("Gondor and Arnor said the plan would fail": each a source, no target). Internal
// to the coding stage (coder.cc decides the reciprocal pair with it).
#ifndef DYAD_CODING_MUTUAL_ACTS_H_
#define DYAD_CODING_MUTUAL_ACTS_H_

#include <cstdint>
#include <string_view>

#include "coding/sentence.h"

namespace dyad {

// True when the act coded `code` by the verb phrase `phrase` (the dictionary's phrase, lemma forms: "sign
// (a) deal", "agree to") takes two parties by its nature: consulting, meeting and negotiating (04 but a
// visit, hosting or mediation), an intent to meet or settle (036, 037), an agreement reached or a bond
// sought (03x whose phrase opens with "agree" or "reach" or names cooperation, ties or trade; not a
// concession or a resignation, 034/035, other than a ceasefire), diplomatic and material cooperation (050,
// 057, 06x), breaking off ties or talks (161, 164), and a fight named as one (19x whose phrase names a
// clash, a battle, a war or an exchange of fire). Statements, appeals, criticism, threats, attacks and the
// rest are acts of each member on its own.
bool MutualAct(std::string_view code, std::string_view phrase);

// True when "each other" or "one another" follows the verb phrase ending before token `end` within two
// tokens ("accused each other of lying", "blamed one another"): the act is mutual whatever it is.
bool EachOtherAfter(const SentenceAnalysis& a, uint32_t end);

}  // namespace dyad

#endif  // DYAD_CODING_MUTUAL_ACTS_H_
