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

// An organisation (no person) of one country coded GOV or OPP alone: a party, or a government body, that
// speaks through its people ("Tory leader", "Labour MPs").
bool IsPartyEntry(const EntryView& actor);

// "Labour MPs", "Tory backbenchers": a party's legislators sit in the country's legislature, so the actor is
// the country's LEG, not the party's GOV or OPP (CAMEO codes a member of parliament by the legislature). When
// `actor` is an organisation (not a person) of a country coded GOV or OPP and `agent` is a LEG agent, sets
// `out` to COUNTRY+LEG and returns true; otherwise leaves `out` alone and returns false.
bool ComposePartyLegislators(const EntryView& actor, const EntryView& agent, EventActor* out);

}  // namespace dyad
