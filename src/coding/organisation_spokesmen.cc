#include "coding/organisation_spokesmen.h"

#include <array>
#include <string_view>

namespace dyad {

namespace {

constexpr std::array<std::string_view, 5> kSpokesmen = {"spokesman", "spokeswoman", "spokesperson",
                                                        "spokesmen", "spokeswomen"};
// Capitalised words before "spokesman" that name no organisation: articles and sentence openers.
constexpr std::array<std::string_view, 14> kNoOrganisation = {"a",       "an",        "the", "but",    "and",
                                                              "his",     "her",       "its", "their",  "our",
                                                              "however", "meanwhile", "one", "another"};

}  // namespace

void DropUnknownOrganisationSpokesmen(SentenceAnalysis* a) {
  for (ActorChunk& chunk : a->chunks) {
    if (chunk.agent_entry < 0 || chunk.actor_entry >= 0 || chunk.country_entry >= 0 || chunk.people ||
        chunk.begin == 0 || !OneOf(a->Folded(chunk.begin), kSpokesmen))
      continue;
    uint32_t before = chunk.begin - 1;
    if (a->Folded(before) == "'s" && before > 0) --before;  // "Swiss Re's spokesman"
    const TokenView& t = a->tokens[before];
    if (!(t.flags & kFlagWord) || !(t.flags & (kFlagCapitalized | kFlagAllCaps)) || t.chunk >= 0 ||
        t.clause != a->tokens[chunk.begin].clause || OneOf(a->Folded(before), kNoOrganisation))
      continue;
    chunk.agent_entry = -1;
  }
}

}  // namespace dyad
