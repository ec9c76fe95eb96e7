// PETRARCH-2's nested statements, a suite convention (CoderOptions::nested_speech): a fight reported in a
// statement is coded as the statement about it, not as the fight. Internal to the coding stage.
#ifndef DYAD_CODING_NESTED_SPEECH_H_
#define DYAD_CODING_NESTED_SPEECH_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "coding/roles.h"
#include "coding/sentence.h"
#include "dictionary/compiled.h"

namespace dyad {

// PETRARCH-2 combines a statement verb with the act its complement reports (its internal coding ontology:
// "say" + "fight" is CAMEO 015, "disapprove" + "fight" 112). For each fight (CAMEO root 19, not negated, not
// announced but by "will") whose clause is the complement of a statement word right before it ("X said
// (that) Y attacked Z", "X claimed they had attacked Z"), with a speaker (the source of the statement's own
// match, else the last actor before the statement word): when the fight's source is the speaker (the same
// chunk or coordination group) the speaker claims responsibility, 015 toward the fight's target; otherwise
// the speaker accuses the fight's source, 112. The fight's roles are rewritten to speaker and that target,
// `codes[m]` gets the code, and the statement's own matches and the later acts of the same reported subject
// ("had attacked Z and taken the city") are marked in `superseded`, so that only the combined event is coded.
// `codes` and `superseded` have one element per match of `a`. Allocates nothing.
void NestReportedFights(const CompiledDictionary& dict, const SentenceAnalysis& a,
                        std::vector<RoleAssignment>* roles, std::vector<uint8_t>* superseded,
                        std::vector<std::string_view>* codes);

}  // namespace dyad

#endif  // DYAD_CODING_NESTED_SPEECH_H_
