// Composing an agent (a kAgent dictionary entry: "police", "human rights activists") with the actor code it
// qualifies.
#pragma once

#include "dyad/dictionary.h"
#include "dyad/event.h"

namespace dyad {

// Adds `agent`'s code to `out`'s sectors and to its code, after it ("Arnor police": ARN -> ARNCOP) or, for
// an AgentPlacement::kBeforeCountry agent, before it ("human rights activists in Arnor": ARN -> NGMARN).
// `out->code` is the country or actor code the agent qualifies; empty, it becomes the agent's code alone.
void ComposeAgent(const EntryView& agent, EventActor* out);

}  // namespace dyad
