#include "coding/agent_code.h"

namespace dyad {

void ComposeAgent(const EntryView& agent, EventActor* out) {
  out->sectors.emplace_back(agent.code);
  if (agent.agent_placement == AgentPlacement::kBeforeCountry)
    out->code.insert(0, agent.code);
  else
    out->code += agent.code;
}

}  // namespace dyad
