// Coordination groups of actor chunks (actor_groups.cc), the last step of FindActorChunks (actors.cc).
#ifndef DYAD_CODING_ACTOR_GROUPS_H_
#define DYAD_CODING_ACTOR_GROUPS_H_

#include "coding/sentence.h"

namespace dyad {

// Sets ActorChunk::group of every chunk of `a`: chunks coordinated within one clause ("Russia, China and
// Iran", "Kazakhstan and Uzbekistan") share a group; groups number the chunks' runs in sentence order from 0.
// With `distribute_agents`, an agent before the first of a group of countries ("lawmakers in Fornost and
// Gondor") becomes every country's (CoderOptions::distribute_agents). Allocates nothing.
void GroupCoordinatedChunks(SentenceAnalysis* a, bool distribute_agents);

}  // namespace dyad

#endif  // DYAD_CODING_ACTOR_GROUPS_H_
