// Internal to the coding stage: who is the source and who the target of each verb match.
#ifndef DYAD_CODING_ROLES_H_
#define DYAD_CODING_ROLES_H_

#include <vector>

#include "coding/sentence.h"

namespace dyad {

struct RoleAssignment {
  int32_t source_chunk = -1;
  int32_t target_chunk = -1;
  // Not an act the text reports or announces: negated ("did not attack"), hypothetical ("could attack", "if
  // ... attacks"), a question, or an infinitive that no intent word governs ("met Y to discuss", "urged Y to
  // attack").
  bool negated = false;
  // Announced, not done: "will visit", "agreed to meet", "is ready to help", "threatened to attack", "said it
  // would boycott". The coder codes it as intent (03x) or threat (13x), see intent.h.
  bool intended = false;
  // The token that makes the act intended ("will", "agreed", "ready"), or -1.
  int32_t governor = -1;
  // The governor is a future auxiliary ("will", "shall"): an act without an intent form ("will criticize")
  // is coded as the act, marked with PLOVER's auxiliary mode "future".
  bool future = false;
  // Passive voice without a "by" agent ("35 persons were arrested"): the coder may take the agent from
  // context (see coder.cc, ContextAgent).
  bool agentless = false;
  // Demanded of the clause's subject, not done: "said China must drop barriers", "demanded that Israel ease
  // restrictions". The source is the subject of the demanding word (`governor`), the target the subject of
  // the act; the coder codes the demand (10x, see intent.h).
  bool demanded = false;
};

// One assignment per analysis.matches entry, in the same order.
void AssignRoles(const SentenceAnalysis& analysis, std::vector<RoleAssignment>* roles);

}  // namespace dyad

#endif  // DYAD_CODING_ROLES_H_
