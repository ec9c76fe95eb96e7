// Coordination groups of actor chunks: which chunks of a sentence name the members of one compound actor
// ("Russia, China and Iran"). The roles code a verb once per member (coder.cc, GroupMembers).
#include "coding/actor_groups.h"

namespace dyad {

void GroupCoordinatedChunks(SentenceAnalysis* a) {
  const uint32_t n = static_cast<uint32_t>(a->tokens.size());
  // Coordination groups: "Russia, China and Iran", "Kazakhstan and Uzbekistan".
  int32_t group = 0;
  for (size_t c = 0; c < a->chunks.size(); ++c) {
    if (c > 0) {
      const ActorChunk& prev = a->chunks[c - 1];
      uint32_t g = prev.end, e = a->chunks[c].begin;
      bool coordinated = false;
      if (e == g + 1) coordinated = a->Folded(g) == "and" || a->Folded(g) == ",";
      if (e == g + 2) coordinated = a->Folded(g) == "," && a->Folded(g + 1) == "and";
      if (e == g + 3)
        coordinated = a->Folded(g) == "as" && a->Folded(g + 1) == "well" && a->Folded(g + 2) == "as";
      // Coordination never crosses a clause: "detained protesters, officials said" is not one group.
      coordinated = coordinated && a->tokens[g].clause == a->tokens[a->chunks[c].begin].clause &&
                    a->tokens[prev.end - 1].clause == a->tokens[g].clause;
      if (!coordinated) ++group;
    }
    a->chunks[c].group = group;
  }
  // A comma alone coordinates inside a list that an "and" closes, or in a headline-style pair followed
  // directly by a word ("Kazakhstan, US hold talks"); a run closed by another comma is an apposition
  // ("Pompeo, the U.S. secretary of state, said").
  for (size_t c = 1; c < a->chunks.size(); ++c) {
    if (a->chunks[c].group != a->chunks[c - 1].group) continue;
    bool has_and = false;
    size_t last = c;
    while (last + 1 < a->chunks.size() && a->chunks[last + 1].group == a->chunks[c].group) ++last;
    for (size_t k = c; k <= last && !has_and; ++k)
      for (uint32_t t = a->chunks[k - 1].end; t < a->chunks[k].begin; ++t) has_and |= a->Folded(t) != ",";
    uint32_t after = a->chunks[last].end;
    bool headline_pair = last == c && after < n && (a->tokens[after].flags & kFlagWord);
    if (!has_and && !headline_pair) {
      for (size_t k = c; k < a->chunks.size(); ++k) ++a->chunks[k].group;
    }
  }
}

}  // namespace dyad
