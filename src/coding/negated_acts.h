// PETRARCH-2's negated acts, a suite convention (CoderOptions::negated_codes): "didn't clash over the
// efforts" is coded as the act its coding ontology names for "not clash", not dropped. Internal to the
// coding stage; `dyad validate` reads the ontology.
#ifndef DYAD_CODING_NEGATED_ACTS_H_
#define DYAD_CODING_NEGATED_ACTS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "coding/roles.h"
#include "coding/sentence.h"
#include "dictionary/compiled.h"
#include "dyad/status.h"

namespace dyad {

// Reads PETRARCH-2's internal coding ontology (a suite's <PICOfile>: "CAMEO:VALUE#comment" lines, VALUE a
// sum of hexadecimal terms such as "0x1007f" or "-0xFFFF+0x2040+0x300") into the CAMEO codes of negated
// acts, sorted by code. PETRARCH-2 negates an act by subtracting 0xFFFF from its value and codes the CAMEO
// code whose value that is (the last such line of the file), or nothing: with the suites' ontology 110
// ("not 050") negated is 050, 060 negated 121, 010 negated 011, 050 negated nothing. Pairs are returned only
// for codes whose negation names a code; a line that is not "CODE:VALUE" is an error with its line number.
Result<std::vector<std::pair<std::string, std::string>>> ReadNegationOntology(std::string_view text);

// True when the verb whose first word is token `verb` is negated by a "not" or a contraction ending in
// "n't" ("didn't", "won't", "cannot") right before it, with at most three adverbs between ("did not ever",
// "won't even ever"). "never", and a negation before an infinitive's "to" ("won't try to clash"), do not
// count: PETRARCH-2 negates only the verb phrase whose second word is the negation.
bool DirectlyNegated(const SentenceAnalysis& a, uint32_t verb);

// For each match of `a` directly negated (DirectlyNegated): when `negations` (ReadNegationOntology) names
// the negation of its pattern's code, the match is no longer negated and `codes[m]` gets that code;
// otherwise the match is negated (PETRARCH-2 codes nothing for it). `codes` has one element per match.
// Allocates nothing.
void RecodeNegatedActs(const CompiledDictionary& dict, const SentenceAnalysis& a,
                       const std::vector<std::pair<std::string, std::string>>& negations,
                       std::vector<RoleAssignment>* roles, std::vector<std::string_view>* codes);

}  // namespace dyad

#endif  // DYAD_CODING_NEGATED_ACTS_H_
