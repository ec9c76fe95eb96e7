#include "coding/agent_code.h"

#include "coding/coreference.h"

namespace dyad {

void ComposeAgent(const EntryView& agent, EventActor* out) {
  out->sectors.emplace_back(agent.code);
  if (agent.agent_placement == AgentPlacement::kBeforeCountry)
    out->code.insert(0, agent.code);
  else
    out->code += agent.code;
}

bool IsPartyEntry(const EntryView& actor) {
  if (actor.kind != EntryKind::kActor || actor.country.empty() || actor.sectors.size() != 1 ||
      IsPersonEntry(actor))
    return false;
  return actor.sectors[0] == "GOV" || actor.sectors[0] == "OPP";
}

bool ComposePartyLegislators(const EntryView& actor, const EntryView& agent, EventActor* out) {
  if (agent.code != "LEG" || !IsPartyEntry(actor)) return false;
  out->country = actor.country;
  out->code = actor.country;
  out->sectors.clear();
  ComposeAgent(agent, out);
  return true;
}

}  // namespace dyad
