// Agents a sentence does not give its verb as the subject: the police or army of an agentless passive
// ("35 persons were arrested, police said"), of a firing told in a relative clause, and the story's police
// that last used force. Part of Coder::Impl (coder_impl.h).
#include "coding/coder_impl.h"

namespace dyad {

// The story's police as the agent of a killing "in the firing": their code, with the cue's words ("the
// firing") as the span, as a pronoun's, and the earlier mention that named them as the antecedent. Within
// one document its offsets are in Document::text; a story coded part by part has them in the earlier part.
void Coder::Impl::StoryAgent(const Document& doc, uint32_t cue_begin, uint32_t cue_end,
                             EventActor* out) const {
  const EventActor& agent = story_force.agent;
  *out = agent;
  if (agent.antecedent.empty()) {
    out->antecedent = agent.text;
    out->antecedent_start = agent.start;
    out->antecedent_end = agent.end;
  }
  if (story_force.sentence < story_sentence_base) out->antecedent_start = out->antecedent_end = 0;
  out->start = analysis.tokens[cue_begin].start;
  out->end = analysis.tokens[cue_end - 1].end;
  out->text = doc.text.substr(out->start, out->end - out->start);
}

// An armed group that fights the state: rebels, insurgents, militants, separatists.
bool Coder::Impl::ArmedGroupChunk(const EntryTable& entries, int32_t chunk) const {
  if (chunk < 0) return false;
  const ActorChunk& c = analysis.chunks[chunk];
  auto armed = [](std::string_view sector) { return sector == "REB" || sector == "INS" || sector == "SEP"; };
  if (c.actor_entry >= 0) {
    for (std::string_view sector : entries[c.actor_entry].sectors)
      if (armed(sector)) return true;
    return false;
  }
  return c.agent_entry >= 0 && armed(entries[c.agent_entry].code);
}

// Police or armed forces: the sectors that arrest, detain and fire on crowds.
bool Coder::Impl::SecurityChunk(const EntryTable& entries, int32_t chunk, bool police_only) const {
  const ActorChunk& c = analysis.chunks[chunk];
  auto security = [&](std::string_view sector) {
    return sector == "COP" || (!police_only && sector == "MIL");
  };
  if (c.actor_entry >= 0) {
    for (std::string_view sector : entries[c.actor_entry].sectors)
      if (security(sector)) return true;
    return false;
  }
  return c.agent_entry >= 0 && security(entries[c.agent_entry].code);
}

// The agent of an agentless passive, where the sentence names it without a "by": -1 when it does not.
// Arrests and detentions (17x) are made by the police or the army the sentence names anywhere, often as the
// source of the report ("35 persons were arrested, police said"). Killings and violence (18x-20x) need the
// agent in a phrase after the verb ("two were killed in police firing", "... when police opened fire"): a mob
// is the commoner killer, and a police officer merely mentioned is not one.
int32_t Coder::Impl::ContextAgent(const EntryTable& entries, const VerbMatch& match, const RoleAssignment& r,
                                  std::string_view code) const {
  if (!r.agentless) return -1;
  const bool arrest = code.starts_with("17");
  const bool violence = code.starts_with("18") || code.starts_with("19") || code.starts_with("20");
  if (!arrest && !violence) return -1;
  const int32_t target_group = r.target_chunk >= 0 ? analysis.chunks[r.target_chunk].group : INT32_MIN;
  for (size_t c = 0; c < analysis.chunks.size(); ++c) {
    const ActorChunk& chunk = analysis.chunks[c];
    if (chunk.group == target_group || chunk.place || !SecurityChunk(entries, static_cast<int32_t>(c)))
      continue;
    if (arrest) return static_cast<int32_t>(c);
    if (chunk.begin < match.trigger_end ||
        analysis.tokens[chunk.begin].clause != analysis.tokens[match.trigger_begin].clause)
      continue;
    for (uint32_t k = chunk.begin; k > 0 && chunk.begin - k < 3;) {
      std::string_view w = analysis.Folded(--k);
      if (w == "in" || w == "during" || w == "when") return static_cast<int32_t>(c);
      // "one person was killed ... when a mob clashed with the police": in a clash with the police the
      // dead are the police's (a policeman killed there is their own, and no event: same source and target).
      if (w == "with" && k > 0 && analysis.Folded(k - 1).starts_with("clash")) return static_cast<int32_t>(c);
    }
  }
  return -1;
}

// The agent of an agentless killing or injury (18x, 20x) told in a relative clause of a firing: "the police
// firing on its activists at taldih in which one person was killed", "firing by the police during which two
// were injured". The police or army chunk right before the firing noun, or after its "by", is the agent,
// whoever else the sentence names (roles.h, RelativeFiring). -1 when there is none.
int32_t Coder::Impl::RelativeFiringAgent(const EntryTable& entries, const VerbMatch& match,
                                         const RoleAssignment& r, std::string_view code) const {
  if (!r.agentless || r.negated || !(code.starts_with("18") || code.starts_with("20"))) return -1;
  const int32_t firing = RelativeFiring(analysis, match);
  if (firing < 0) return -1;
  const uint32_t f = static_cast<uint32_t>(firing);
  for (size_t c = 0; c < analysis.chunks.size(); ++c) {
    const ActorChunk& chunk = analysis.chunks[c];
    const bool before = chunk.end == f;
    const bool by = chunk.begin >= f + 2 && chunk.begin <= f + 3 && analysis.Folded(f + 1) == "by";
    if ((before || by) && !chunk.place && SecurityChunk(entries, static_cast<int32_t>(c)))
      return static_cast<int32_t>(c);
  }
  return -1;
}

}  // namespace dyad
