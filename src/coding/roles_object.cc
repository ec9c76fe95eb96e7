// Role assignment: the objects of verbs (roles.h, "Objects"), split from roles.cc.
#include <array>
#include <string_view>

#include "coding/roles.h"

namespace dyad {
namespace {

constexpr std::array<std::string_view, 8> kLocativePrepositions = {
    "in", "at", "near", "inside", "outside", "across", "throughout", "around"};

// A chunk after a locative preposition names a place ("arrested demonstrators in Minsk"), not a target.
bool LocativeObject(const SentenceAnalysis& a, uint32_t chunk_begin) {
  if (chunk_begin == 0) return false;
  uint32_t i = chunk_begin - 1;
  if (a.Folded(i) == "the" && i > 0) --i;
  return OneOf(a.Folded(i), kLocativePrepositions);
}

}  // namespace

int32_t FindObject(const SentenceAnalysis& a, uint32_t from, uint32_t limit, uint16_t clause) {
  for (uint32_t i = from; i < limit && i < a.tokens.size(); ++i) {
    if (a.tokens[i].clause != clause) return -1;
    int32_t chunk = a.tokens[i].chunk;
    if (chunk < 0) {
      const std::string_view w = a.Folded(i);
      if (w == "and" || w == "but" || w == "or") {
        uint32_t next = i + 1;
        while (next < a.tokens.size() && SkippedAdverb(a, next)) ++next;
        if (next < a.tokens.size() && a.tokens[next].chunk < 0 &&
            (a.Folded(next).ends_with("ed") || OneOf(a.Folded(next), kIrregularPasts)))
          return -1;
      }
      continue;
    }
    if (!a.chunks[chunk].place && !LocativeObject(a, a.chunks[chunk].begin) &&
        !AttributiveSectorWord(a, a.chunks[chunk]))
      return chunk;
    i = a.chunks[chunk].end - 1;
  }
  return -1;
}

int32_t CountryOfAttributiveNoun(const SentenceAnalysis& a, uint32_t from, uint32_t limit, uint16_t clause) {
  uint32_t i = from;
  while (i < limit && i < a.tokens.size() && a.tokens[i].chunk < 0 && a.tokens[i].clause == clause) ++i;
  if (i >= limit || i >= a.tokens.size() || a.tokens[i].chunk < 0 || a.tokens[i].clause != clause ||
      !AttributiveSectorWord(a, a.chunks[a.tokens[i].chunk]))
    return -1;
  const uint32_t noun = a.chunks[a.tokens[i].chunk].end;
  if (noun + 2 >= limit || noun + 2 >= a.tokens.size() || a.Folded(noun + 1) != "in") return -1;
  const int32_t c = a.tokens[noun + 2].chunk;
  if (c < 0 || a.tokens[noun + 2].clause != clause) return -1;
  const ActorChunk& place = a.chunks[c];
  return place.country_entry >= 0 && place.actor_entry < 0 && place.agent_entry < 0 ? c : -1;
}

// The author of an event noun that is a verb's object: "refused to respond to a demand from the US
// President", "rejected an offer by Rohan". `next` is the match after the verb's, the noun; only words of the
// clause without an actor stand between `from` (the verb's end) and it, a determiner among them, at most
// kMaxNounObjectWords; "from" or "by" (and "the") follow the noun, then the author's chunk, which the verb
// answers (CAMEO codes the rejection of a proposal as aimed at its proposer). -1 otherwise.
int32_t NounObjectAuthor(const SentenceAnalysis& a, uint32_t from, const VerbMatch& next, uint16_t clause) {
  constexpr uint32_t kMaxNounObjectWords = 4;  // "to a fresh", "to the latest"
  if (next.trigger_begin < from || next.trigger_begin - from > kMaxNounObjectWords) return -1;
  bool determiner = false;
  for (uint32_t i = from; i < next.trigger_begin; ++i) {
    if (a.tokens[i].clause != clause || a.tokens[i].chunk >= 0 || !(a.tokens[i].flags & kFlagWord)) return -1;
    determiner |= OneOf(a.Folded(i), kPhraseDeterminers);
  }
  uint32_t j = next.trigger_end;
  if (!determiner || j + 1 >= a.tokens.size() || a.tokens[j].clause != clause ||
      (a.Folded(j) != "from" && a.Folded(j) != "by"))
    return -1;
  ++j;
  if (a.Folded(j) == "the" && a.tokens[j].chunk < 0) ++j;
  return ActorChunkStartingAt(a, j, clause);
}

int32_t ActorChunkStartingAt(const SentenceAnalysis& a, uint32_t j, uint16_t clause) {
  if (j >= a.tokens.size() || a.tokens[j].clause != clause || a.tokens[j].chunk < 0) return -1;
  const int32_t c = a.tokens[j].chunk;
  return a.chunks[c].begin == j && !a.chunks[c].place ? c : -1;
}

int32_t InvestigatedAgent(const SentenceAnalysis& a, uint32_t from, uint16_t clause) {
  constexpr uint32_t kMaxInvestigatedWords = 8;  // "into alleged crimes (that were) committed by"
  for (uint32_t i = from; i < a.tokens.size() && i <= from + kMaxInvestigatedWords; ++i) {
    // Another actor, a comma or another clause ends the investigated act's phrase.
    if (a.tokens[i].clause != clause || a.tokens[i].chunk >= 0 || (a.tokens[i].classes & kClassComma))
      return -1;
    if (a.Folded(i) != "by") continue;
    // The "by" must be the act's: right after its participle ("committed by", "carried out by"); after
    // anything else it may name the investigators themselves ("an inquiry into the deaths by the coroner").
    if (i == from) return -1;
    uint32_t participle = i - 1;
    if (participle > from && a.Folded(participle) == "out") --participle;
    // Only a participle of doing names the act's agent; "reported by", "requested by", "filed by" name who
    // raised the matter.
    constexpr std::array<std::string_view, 12> kPerpetration = {
        "committed", "perpetrated",  "carried",  "inflicted", "conducted",    "staged",
        "ordered",   "orchestrated", "launched", "waged",     "masterminded", "caused"};
    if (!OneOf(a.Folded(participle), kPerpetration)) return -1;
    uint32_t j = i + 1;
    if (j < a.tokens.size() && a.Folded(j) == "the" && a.tokens[j].chunk < 0) ++j;
    return ActorChunkStartingAt(a, j, clause);
  }
  return -1;
}

int32_t FindAgentAfterBy(const SentenceAnalysis& a, uint32_t from, uint16_t clause) {
  for (uint32_t i = from; i < a.tokens.size() && i < from + kMaxByDistance; ++i) {
    if (a.tokens[i].clause != clause) return -1;
    if (a.Folded(i) != "by") continue;
    for (uint32_t j = i + 1; j < a.tokens.size() && j <= i + 3; ++j)
      if (a.tokens[j].chunk >= 0) return a.tokens[j].chunk;
    return -1;
  }
  return -1;
}

bool AgentPhraseParticiple(const SentenceAnalysis& a, const VerbMatch& m) {
  // Irregular participles of news acts that do not end in "-ed".
  constexpr std::array<std::string_view, 6> kIrregular = {"shot", "held", "hit", "struck", "beaten", "taken"};
  if (m.passive || m.source_chunk >= 0 || m.trigger_end != m.trigger_begin + 1) return false;
  const std::string_view w = a.Folded(m.trigger_begin);
  if (!(w.ends_with("ed") || OneOf(w, kIrregular))) return false;
  // "police have criticised ...": a perfect is active whatever follows.
  if (const int32_t p = PreviousNonAdverb(a, m.trigger_begin); p >= 0) {
    const std::string_view before = a.Folded(p);
    if (before == "have" || before == "has" || before == "had" || before == "having") return false;
  }
  uint32_t by = m.trigger_end;
  while (by < a.tokens.size() && SkippedAdverb(a, by)) ++by;
  if (by >= a.tokens.size() || a.Folded(by) != "by") return false;
  uint32_t agent = by + 1;
  if (agent < a.tokens.size() && a.Folded(agent) == "the" && a.tokens[agent].chunk < 0) ++agent;
  if (agent >= a.tokens.size() || a.tokens[agent].chunk < 0) return false;
  const ActorChunk& c = a.chunks[a.tokens[agent].chunk];
  return c.begin == agent && !c.place && a.tokens[agent].clause == a.tokens[m.trigger_begin].clause;
}

}  // namespace dyad
