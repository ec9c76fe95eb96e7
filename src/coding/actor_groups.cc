// Coordination groups of actor chunks: which chunks of a sentence name the members of one compound actor
// ("Russia, China and Iran"). The coder codes a verb once per member (coder.cc, GroupMembers).
#include "coding/actor_groups.h"

#include <array>

namespace dyad {
namespace {

// Words that never modify the noun of a conjunct (as in actors.cc's country-sector modifiers).
constexpr std::array<std::string_view, 12> kNotModifiers = {"and",  "or", "but", "that", "who",   "which",
                                                            "than", "as", "not", "it",   "there", "also"};
constexpr std::array<std::string_view, 3> kArticles = {"the", "a", "an"};
// At most this many articles and modifiers open a conjunct: "and the evil awful Gondor".
constexpr uint32_t kMaxConjunctModifiers = 3;

// Endings of country adjectives (CountryAdjective).
constexpr std::array<std::string_view, 6> kDemonymEndings = {"ian", "ean", "can", "ish", "ese", "ch"};

enum class Gap { kNone, kComma, kConjunction };

// What joins the chunk ending at token `g` to the chunk beginning at `e`: a conjunction ("and", ", and", "as
// well as"), a comma alone, or nothing that coordinates. After the conjunction or comma the next conjunct may
// open with articles and modifiers, words no verb pattern uses (no lemma), written in lower case and not
// prepositions: "Fornost and the evil awful Gondor", "Evil Mordor, the awful Fornost, and good Gondor". A
// verb therefore never joins two actors ("Russia and then attacked Ukraine" has a pattern word).
Gap GapBetween(const SentenceAnalysis& a, uint32_t g, uint32_t e) {
  uint32_t t = g;
  bool comma = false, conjunction = false;
  if (t < e && a.Folded(t) == ",") comma = true, ++t;
  if (t < e && a.Folded(t) == "and") {
    conjunction = true, ++t;
  } else if (!comma && t + 3 <= e && a.Folded(t) == "as" && a.Folded(t + 1) == "well" &&
             a.Folded(t + 2) == "as") {
    conjunction = true, t += 3;
  }
  if (!comma && !conjunction) return Gap::kNone;
  for (uint32_t m = 0; t < e && m < kMaxConjunctModifiers; ++t, ++m) {
    const TokenView& token = a.tokens[t];
    const std::string_view w = a.Folded(t);
    if (OneOf(w, kArticles)) continue;
    const bool modifier = (token.flags & kFlagWord) && !(token.flags & (kFlagCapitalized | kFlagAllCaps)) &&
                          token.lemma == kNoWord && !IsPreposition(w) && !OneOf(w, kNotModifiers);
    if (!modifier) return Gap::kNone;
  }
  if (t != e) return Gap::kNone;
  return conjunction ? Gap::kConjunction : Gap::kComma;
}

// Whether the tokens [g, e) are commas and "and" only, at least one: nothing of a noun phrase of its own
// ("and the government" may be another country's) stands between two conjuncts.
bool OnlyConjunctions(const SentenceAnalysis& a, uint32_t g, uint32_t e) {
  if (g >= e) return false;
  for (uint32_t t = g; t < e; ++t)
    if (a.Folded(t) != "," && a.Folded(t) != "and") return false;
  return true;
}

// Whether the word at `t` reads as a country adjective rather than the country's name: an
// abbreviation in capitals ("US", "UK") or a demonym ending ("British", "Syrian", "Chinese", "French"). Names
// that are nouns ("Israel", "Iran", "Russia") never end so; adjectives this misses ("Iraqi") only keep
// today's reading.
bool CountryAdjective(const SentenceAnalysis& a, uint32_t t) {
  const std::string_view w = a.Folded(t);
  if ((a.tokens[t].flags & kFlagAllCaps) && w.size() <= 3) return true;
  for (const std::string_view ending : kDemonymEndings)
    if (w.size() > ending.size() + 2 && w.ends_with(ending)) return true;
  return false;
}

}  // namespace

void GroupCoordinatedChunks(SentenceAnalysis* a, bool distribute_agents) {
  const uint32_t n = static_cast<uint32_t>(a->tokens.size());
  // Coordination groups: "Russia, China and Iran", "Fornost and the evil Gondor".
  int32_t group = 0;
  for (size_t c = 0; c < a->chunks.size(); ++c) {
    if (c > 0) {
      const ActorChunk& prev = a->chunks[c - 1];
      const uint32_t g = prev.end, e = a->chunks[c].begin;
      bool coordinated = GapBetween(*a, g, e) != Gap::kNone;
      // Coordination never crosses a clause: "detained protesters, officials said" is not one group.
      for (uint32_t t = prev.end - 1; t < e && coordinated; ++t)
        coordinated = a->tokens[t].clause == a->tokens[e].clause;
      if (!coordinated) ++group;
    }
    a->chunks[c].group = group;
  }
  // A comma alone coordinates inside a list that a conjunction closes, or in a headline-style pair followed
  // directly by a word ("Kazakhstan, US hold talks"); a run closed by another comma is an apposition
  // ("Pompeo, the U.S. secretary of state, said").
  for (size_t c = 1; c < a->chunks.size(); ++c) {
    if (a->chunks[c].group != a->chunks[c - 1].group) continue;
    bool has_and = false;
    size_t last = c;
    while (last + 1 < a->chunks.size() && a->chunks[last + 1].group == a->chunks[c].group) ++last;
    for (size_t k = c; k <= last && !has_and; ++k)
      has_and = GapBetween(*a, a->chunks[k - 1].end, a->chunks[k].begin) == Gap::kConjunction;
    uint32_t after = a->chunks[last].end;
    bool headline_pair = last == c && after < n && (a->tokens[after].flags & kFlagWord) &&
                         a->chunks[c].begin == a->chunks[c - 1].end + 1;
    if (!has_and && !headline_pair) {
      for (size_t k = c; k < a->chunks.size(); ++k) ++a->chunks[k].group;
    }
  }
  // An agent before a group of countries is every country's: "lawmakers in Fornost and Gondor", "the
  // ambassadors of Arnor, Osgiliath and Gondor" name each country's lawmakers or ambassadors. The chunk
  // holding the agent, a preposition and the country (actors.cc's "the president of Kazakhstan") opens the
  // group or follows only bare agents; a later member that is a bare country takes its agent, and the bare
  // agents before it take its country: "lawmakers and officials in Fornost and Gondor" are Fornost's
  // lawmakers, Fornost's officials and Gondor's officials (a chunk is one actor, so Gondor's lawmakers, which
  // PETRARCH also codes, are not named).
  const auto bare_agent = [&](const ActorChunk& k) {
    return k.agent_entry >= 0 && k.country_entry < 0 && k.actor_entry < 0 && !k.people && k.referent < 0;
  };
  for (size_t c = 0; c < a->chunks.size() && distribute_agents; ++c) {
    if (c > 0 && a->chunks[c - 1].group == a->chunks[c].group) continue;
    size_t f = c;  // the first member that is no bare agent
    while (f + 1 < a->chunks.size() && a->chunks[f + 1].group == a->chunks[c].group &&
           bare_agent(a->chunks[f]))
      ++f;
    const ActorChunk& first = a->chunks[f];
    if (first.group != a->chunks[c].group || first.agent_entry < 0 || first.country_entry < 0 ||
        first.actor_entry >= 0 || first.people)
      continue;
    bool agent_first = false;
    for (uint32_t t = first.begin + 1; t + 1 < first.end && !agent_first; ++t) {
      const std::string_view w = a->Folded(t);
      agent_first = w == "of" || w == "in" || w == "from";
    }
    // "Danish media and government": a country adjective before the first sector noun of a list of bare
    // sector nouns, which nothing but commas and "and" separate, is every noun's.
    const bool adjective = !agent_first && f == c;
    if (adjective) {
      for (size_t k = f + 1; k < a->chunks.size() && a->chunks[k].group == first.group; ++k) {
        ActorChunk& member = a->chunks[k];
        if (!bare_agent(member) || !OnlyConjunctions(*a, a->chunks[k - 1].end, member.begin)) break;
        member.country_entry = first.country_entry;
      }
      continue;
    }
    if (!agent_first) continue;
    for (size_t k = c; k < f; ++k) a->chunks[k].country_entry = first.country_entry;
    for (size_t k = f + 1; k < a->chunks.size() && a->chunks[k].group == first.group; ++k) {
      ActorChunk& member = a->chunks[k];
      if (member.country_entry >= 0 && member.agent_entry < 0 && member.actor_entry < 0 && !member.people &&
          member.referent < 0)
        member.agent_entry = first.agent_entry;
    }
  }
  // "US and British activists", "Arnorian and Gondorian troops": country adjectives coordinated before a
  // chunk of a country adjective and its sector noun share the noun: each names that country's activists.
  // Only adjectives take it: in "clashes between Israel and Palestinian militants" the first is the state.
  for (size_t c = 0; c < a->chunks.size() && distribute_agents; ++c) {
    if (c > 0 && a->chunks[c - 1].group == a->chunks[c].group) continue;
    size_t last = c;
    while (last + 1 < a->chunks.size() && a->chunks[last + 1].group == a->chunks[c].group) ++last;
    const ActorChunk& head = a->chunks[last];
    if (last == c || head.agent_entry < 0 || head.country_entry < 0 || head.actor_entry >= 0 || head.people ||
        head.referent >= 0 || head.end != head.begin + 2 || !CountryAdjective(*a, head.begin))
      continue;
    bool adjectives = true;
    for (size_t k = c; k < last && adjectives; ++k) {
      const ActorChunk& member = a->chunks[k];
      adjectives = member.country_entry >= 0 && member.agent_entry < 0 && member.actor_entry < 0 &&
                   !member.people && member.referent < 0 && member.end == member.begin + 1 &&
                   CountryAdjective(*a, member.begin) &&
                   OnlyConjunctions(*a, member.end, a->chunks[k + 1].begin);
    }
    if (!adjectives) continue;
    for (size_t k = c; k < last; ++k) a->chunks[k].agent_entry = head.agent_entry;
  }
}

}  // namespace dyad
