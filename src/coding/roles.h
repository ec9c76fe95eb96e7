// Internal to the coding stage: who is the source and who the target of each verb match.
#ifndef DYAD_CODING_ROLES_H_
#define DYAD_CODING_ROLES_H_

#include <vector>

#include "coding/sentence.h"

namespace dyad {

struct RoleAssignment {
  int32_t source_chunk = -1;
  int32_t target_chunk = -1;
  bool negated = false;
};

// One assignment per analysis.matches entry, in the same order.
void AssignRoles(const SentenceAnalysis& analysis, std::vector<RoleAssignment>* roles);

}  // namespace dyad

#endif  // DYAD_CODING_ROLES_H_
