// Acts of the authorities whose agent the text leaves unsaid or names only as the reporter (roles.h:
// AuthorityAct, UnnamedAgent, UnnamedTargetAct, TakeReportingAuthorities): which actors of a sentence could
// have made an arrest, and which only report it or are named for another reason.
#include <algorithm>
#include <array>
#include <string_view>
#include <vector>

#include "coding/roles.h"

namespace dyad {
namespace {

// Nouns of places below a country: a country before one names where something happened.
constexpr std::array<std::string_view, 11> kPlaceNouns = {"city",     "town",   "village",  "capital",
                                                          "province", "region", "state",    "district",
                                                          "port",     "border", "territory"};

// Verbs that report news rather than make it: the subject of one is the source of the report ("the chief
// minister said 30 persons were arrested"), not necessarily the agent of what it reports.
constexpr std::array<std::string_view, 14> kReportVerbs = {
    "said",     "says",    "told",     "added",     "announced", "stated",   "confirmed",
    "informed", "claimed", "reported", "disclosed", "revealed",  "admitted", "asserted"};

// The object of a preposition, with up to two modifiers the chunk does not include between them, and the
// adverbs that grade them: "the visit of union home minister advani", "along with senior party leaders", "in
// a sector of mostly Christian eastern Beirut".
bool AfterPreposition(const SentenceAnalysis& a, uint32_t chunk_begin) {
  constexpr uint32_t kMaxModifiers = 2;
  for (uint32_t i = chunk_begin, skipped = 0; i > 0 && skipped <= kMaxModifiers;) {
    if (PrepositionalObject(a, i)) return true;
    --i;
    if (a.tokens[i].chunk >= 0 || !(a.tokens[i].flags & kFlagWord) || IsPreposition(a.Folded(i)))
      return false;
    if (!SkippedAdverb(a, i)) ++skipped;
  }
  return false;
}

// A chunk that reports the sentence's news: a reporting verb follows it after at most a few plain words (a
// name, an adverb): "the chief minister also said ...", "police commissioner k r rao told reporters ...",
// "..., prosecutors said".
bool ReporterChunk(const SentenceAnalysis& a, const ActorChunk& c) {
  constexpr uint32_t kMaxWordsBetween = 3;
  for (uint32_t i = c.end, words = 0; i < a.tokens.size() && words <= kMaxWordsBetween; ++i, ++words) {
    if (a.tokens[i].chunk >= 0 || !(a.tokens[i].flags & kFlagWord)) return false;
    if (OneOf(a.Folded(i), kReportVerbs)) return true;
  }
  return false;
}

// A chunk whose entry is a state authority that arrests or has arrests made: government, courts and
// prosecutors, police, armed forces, intelligence.
bool StateAuthorityChunk(const CompiledDictionary& dict, const ActorChunk& c) {
  auto state = [](std::string_view s) {
    return s == "GOV" || s == "JUD" || s == "COP" || s == "MIL" || s == "SPY";
  };
  const EntryTable entries = dict.entries();
  if (c.actor_entry >= 0) {
    for (std::string_view sector : entries[c.actor_entry].sectors)
      if (state(sector)) return true;
    return false;
  }
  return c.agent_entry >= 0 && state(entries[c.agent_entry].code);
}

}  // namespace

bool AuthorityAct(std::string_view code) {
  return code.starts_with("173") || code.starts_with("174") || code.starts_with("175");
}

bool UnnamedAgent(const SentenceAnalysis& a, const VerbMatch& match, int32_t target_chunk) {
  const uint16_t clause = a.tokens[match.trigger_begin].clause;
  // A "by" whose phrase is another match names a means, not an agent: "killed by an improvised explosive
  // device" (a determiner and up to two modifiers before the match's first word).
  auto means_phrase = [&](uint32_t by) {
    for (uint32_t j = by + 1; j < a.tokens.size() && j <= by + 3 && a.tokens[j].chunk < 0; ++j)
      for (const VerbMatch& other : a.matches)
        if (other.trigger_begin == j) return true;
    return false;
  };
  for (uint32_t i = match.trigger_end; i < a.tokens.size() && i < match.trigger_end + kMaxByDistance; ++i) {
    if (a.tokens[i].clause != clause) break;
    if (a.Folded(i) == "by" && !means_phrase(i)) return false;
  }
  for (size_t c = 0; c < a.chunks.size(); ++c) {
    if (a.chunks[c].place) continue;
    // An unnamed group of people ("about 6,000", "seven women") is no authority that could have done it.
    const ActorChunk& k = a.chunks[c];
    if (k.people && k.actor_entry < 0 && k.country_entry < 0 && k.agent_entry < 0 && k.referent < 0) continue;
    // Nor is an actor after a preposition: it names what the arrest followed, who led or is linked to the
    // arrested ("the arrests followed the visit of the home minister", "700 persons led by a former minister
    // were arrested"). The arrest's own "by" phrase was looked for above. A country still counts, even there:
    // the arrest may be its state's ("was arrested in Lebanon for collaborating with Israel").
    if (k.country_entry < 0 && AfterPreposition(a, k.begin)) continue;
    // Nor a country's name or adjective before a place noun: "outside the Iraqi city of Basra", "in the
    // Indian state of Gujarat" say where, not who.
    if (k.country_entry >= 0 && k.agent_entry < 0 && k.actor_entry < 0 && k.end < a.tokens.size() &&
        OneOf(a.Folded(k.end), kPlaceNouns))
      continue;
    // Nor the reporter ("activists said 30 persons were detained"); a reporting authority is taken as the
    // agent by AssignRoles ("the chief minister said 30 persons were arrested").
    if (ReporterChunk(a, k)) continue;
    if (target_chunk < 0 || a.chunks[c].group != a.chunks[target_chunk].group) return false;
  }
  return true;
}

bool ExplosiveAgent(const SentenceAnalysis& a, const CompiledDictionary& dict, size_t m,
                    std::string_view code, const RoleAssignment& r) {
  constexpr std::array<std::string_view, 5> kOpeners = {"a", "an", "the", "another", "two"};
  constexpr uint32_t kMaxModifiers = 2;      // "a (powerful) (new) roadside bomb"
  constexpr uint32_t kMaxWordsBetween = 10;  // "A roadside bombing near the town of Samarra on Sunday killed"
  constexpr uint32_t kMaxPassiveGap = 3;     // "were killed (early) (on Sunday) in a car bomb explosion"
  if (!(code.starts_with("180") || code.starts_with("182")) || r.target_chunk < 0 || r.source_chunk >= 0 ||
      r.negated || r.intended || r.demanded)
    return false;
  const VerbMatch& verb = a.matches[m];
  const uint16_t clause = a.tokens[verb.trigger_begin].clause;
  if (verb.source_chunk >= 0) return false;
  // Words with no actor, no comma and no "by" (except a place's chunk after a preposition).
  auto plain = [&](uint32_t begin, uint32_t end) {
    for (uint32_t i = begin; i < end; ++i) {
      const TokenView& t = a.tokens[i];
      if (t.clause != clause || (t.classes & kClassComma) || a.Folded(i) == "by") return false;
      if (t.chunk >= 0 && !a.chunks[t.chunk].place && !PrepositionalObject(a, a.chunks[t.chunk].begin))
        return false;
    }
    for (const VerbMatch& other : a.matches)
      if (other.trigger_begin >= begin && other.trigger_begin < end) return false;
    return true;
  };
  for (size_t k = 0; k < a.matches.size(); ++k) {
    const VerbMatch& bomb = a.matches[k];
    if (k == m || !dict.entries()[dict.pattern(bomb.pattern).entry].code.starts_with("183") ||
        a.tokens[bomb.trigger_begin].clause != clause || bomb.source_chunk >= 0)
      continue;
    if (!r.passive && bomb.trigger_end <= verb.trigger_begin &&
        verb.trigger_begin - bomb.trigger_end <= kMaxWordsBetween) {
      // The bombing opens the clause: before it a determiner and modifiers, then the clause's start or a
      // comma ("On Sunday, a car bomb killed").
      uint32_t i = bomb.trigger_begin, skipped = 0;
      while (i > 0 && skipped <= kMaxModifiers && a.tokens[i - 1].clause == clause &&
             (a.tokens[i - 1].flags & kFlagWord) && a.tokens[i - 1].chunk < 0 &&
             !IsPreposition(a.Folded(i - 1)) && !OneOf(a.Folded(i - 1), kOpeners)) {
        --i;
        ++skipped;
      }
      if (i > 0 && OneOf(a.Folded(i - 1), kOpeners) && a.tokens[i - 1].clause == clause) --i;
      const bool opens =
          i == 0 || a.tokens[i - 1].clause != clause || (a.tokens[i - 1].classes & kClassComma);
      if (opens && skipped <= kMaxModifiers && plain(bomb.trigger_end, verb.trigger_begin)) return true;
    }
    if (r.passive && bomb.trigger_begin > verb.trigger_end &&
        bomb.trigger_begin - verb.trigger_end <= kMaxPassiveGap + 2 + kMaxModifiers) {
      // "in"/"by", then a determiner and modifiers, then the bombing.
      uint32_t i = bomb.trigger_begin, skipped = 0;
      while (i > verb.trigger_end && skipped <= kMaxModifiers && (a.tokens[i - 1].flags & kFlagWord) &&
             a.tokens[i - 1].chunk < 0 && !IsPreposition(a.Folded(i - 1))) {
        --i;
        ++skipped;
      }
      if (i == verb.trigger_end || skipped > kMaxModifiers + 1) continue;
      const std::string_view prep = a.Folded(i - 1);
      if ((prep == "in" || prep == "by") && i - 1 - verb.trigger_end <= kMaxPassiveGap &&
          plain(verb.trigger_end, i - 1))
        return true;
    }
  }
  return false;
}

namespace {

bool Article(std::string_view w) { return w == "the" || w == "a" || w == "an"; }

// The party named after the "with" of a fight (19x match `fight`) that is the means of the passive killing
// `verb`: "in" or "during" a few plain words after the verb, an article and up to two modifiers, the fight's
// words, "with" (its own last word or the next), an article and up to two modifiers, then an actor chunk that
// is no place: "were killed on Monday in a fierce clash with rebels", "were wounded during clashes with the
// police". The victims were one side of the fight; the other side killed them. "between" names both sides,
// not the other one: no agent. -1 when the words do not read so.
int32_t FightPartner(const SentenceAnalysis& a, const VerbMatch& verb, const VerbMatch& fight,
                     uint16_t clause) {
  constexpr uint32_t kMaxGap = 3;        // "were killed (on Monday) in ..."
  constexpr uint32_t kMaxModifiers = 2;  // "a (fierce) (gun) battle with (the) (armed) rebels"
  auto modifier = [&](uint32_t i) {
    return a.tokens[i].chunk < 0 && (a.tokens[i].flags & kFlagWord) &&
           !(a.tokens[i].flags & kFlagCapitalized) && a.tokens[i].clause == clause &&
           !IsPreposition(a.Folded(i)) && !Article(a.Folded(i));
  };
  // Before the fight: "in"/"during", an article, modifiers.
  uint32_t p = fight.trigger_begin, skipped = 0;
  while (p > verb.trigger_end && skipped < kMaxModifiers && modifier(p - 1)) --p, ++skipped;
  if (p > verb.trigger_end && Article(a.Folded(p - 1))) --p;
  if (p == verb.trigger_end || (a.Folded(p - 1) != "in" && a.Folded(p - 1) != "during")) return -1;
  if (p - 1 - verb.trigger_end > kMaxGap) return -1;
  for (uint32_t t = verb.trigger_end; t + 1 < p; ++t)
    if (a.tokens[t].chunk >= 0 || a.tokens[t].clause != clause || (a.tokens[t].classes & kClassComma))
      return -1;
  // After it: "with", an article, modifiers, the chunk.
  uint32_t w = fight.trigger_end;
  if (a.Folded(w - 1) == "with") {
    if (fight.target_chunk >= 0) {
      const ActorChunk& c = a.chunks[fight.target_chunk];
      return c.place ? -1 : fight.target_chunk;
    }
    --w;
  } else if (w >= a.tokens.size() || a.Folded(w) != "with" || a.tokens[w].clause != clause) {
    return -1;
  }
  uint32_t j = w + 1;
  if (j < a.tokens.size() && Article(a.Folded(j)) && a.tokens[j].chunk < 0) ++j;
  for (skipped = 0; j < a.tokens.size() && skipped < kMaxModifiers && modifier(j); ++j, ++skipped) {
  }
  return ActorChunkStartingAt(a, j, clause);
}

}  // namespace

int32_t MeansAgent(const SentenceAnalysis& a, const CompiledDictionary& dict, size_t m, std::string_view code,
                   const RoleAssignment& r) {
  constexpr uint32_t kMaxModifiers =
      2;                           // "in Israeli (tank) shelling", "by Gondorian (army) (artillery) fire"
  constexpr uint32_t kMaxGap = 3;  // "were killed (on Friday) in ..."
  if (!(code.starts_with("180") || code.starts_with("182")) || !r.passive || !r.agentless ||
      r.source_chunk >= 0 || r.negated || r.intended || r.demanded)
    return -1;
  const VerbMatch& verb = a.matches[m];
  const uint16_t clause = a.tokens[verb.trigger_begin].clause;
  for (size_t k = 0; k < a.matches.size(); ++k) {
    const VerbMatch& means = a.matches[k];
    const std::string_view means_code = dict.entries()[dict.pattern(means.pattern).entry].code;
    if (k == m || means.trigger_begin <= verb.trigger_end || a.tokens[means.trigger_begin].clause != clause ||
        !(means_code.starts_with("183") || means_code.starts_with("19")))
      continue;
    // "were killed in a clash with rebels": a fight the victims' side had with a party the fight's "with"
    // names, that party (FightPartner).
    if (means_code.starts_with("19")) {
      const int32_t partner = FightPartner(a, verb, means, clause);
      if (partner >= 0) return partner;
    }
    uint32_t i = means.trigger_begin, skipped = 0;
    while (i > verb.trigger_end && skipped < kMaxModifiers && a.tokens[i - 1].chunk < 0 &&
           (a.tokens[i - 1].flags & kFlagWord) && !(a.tokens[i - 1].flags & kFlagCapitalized) &&
           !IsPreposition(a.Folded(i - 1)) && a.Folded(i - 1) != "the" && a.Folded(i - 1) != "a" &&
           a.Folded(i - 1) != "an") {
      --i;
      ++skipped;
    }
    if (i == verb.trigger_end || a.tokens[i - 1].chunk < 0) continue;
    const int32_t chunk = a.tokens[i - 1].chunk;
    const ActorChunk& c = a.chunks[chunk];
    if (c.end != i || c.place || c.people || (c.country_entry < 0 && c.actor_entry < 0 && c.agent_entry < 0))
      continue;
    uint32_t p = c.begin;
    if (p > verb.trigger_end &&
        (a.Folded(p - 1) == "the" || a.Folded(p - 1) == "a" || a.Folded(p - 1) == "an"))
      --p;
    if (p == verb.trigger_end || (a.Folded(p - 1) != "in" && a.Folded(p - 1) != "by")) continue;
    bool plain = p - 1 - verb.trigger_end <= kMaxGap;
    for (uint32_t t = verb.trigger_end; t + 1 < p && plain; ++t)
      plain = a.tokens[t].chunk < 0 && a.tokens[t].clause == clause && !(a.tokens[t].classes & kClassComma);
    if (plain) return chunk;
  }
  return -1;
}

// A word that tells that people were harmed on purpose: weapons, attackers, attacks, fighting, firing.
bool SentenceNamesViolence(const SentenceAnalysis& a) {
  constexpr std::array<std::string_view, 21> kPrefixes = {
      "attack", "gunm",   "gunfire", "gunshot", "bomb",     "shoot",    "shot",
      "ambush", "clash",  "raid",    "militan", "insurgen", "rebel",    "terror",
      "assail", "sniper", "grenade", "mortar",  "rocket",   "massacre", "airstrike"};
  constexpr std::array<std::string_view, 15> kWords = {
      "shelling", "fighting", "firing",  "violence", "riot",    "riots",   "missile", "missiles",
      "beaten",   "beating",  "lynched", "mob",      "assault", "stabbed", "stabbing"};
  constexpr std::array<std::string_view, 5> kBeforeFire = {"opened", "open", "under", "heavy", "returned"};
  for (uint32_t i = 0; i < a.tokens.size(); ++i) {
    const std::string_view w = a.Folded(i);
    if (OneOf(w, kWords)) return true;
    for (std::string_view p : kPrefixes)
      if (w.starts_with(p)) return true;
    if (w == "fire" && i > 0 && OneOf(a.Folded(i - 1), kBeforeFire))
      return true;  // "opened fire on", "came under fire"
  }
  return false;
}

// A word of accident or disaster anywhere in the sentence: "killed in a fire at a factory", "injured in a
// stampede", "killed when their helicopter crashed", "In a car crash on Monday, two people were killed".
bool SentenceNamesMishap(const SentenceAnalysis& a) {
  constexpr std::array<std::string_view, 40> kMishaps = {
      "crash",      "crashes",  "crashed",  "accident", "accidents", "collision", "earthquake",   "quake",
      "disaster",   "tsunami",  "flood",    "floods",   "flooding",  "storm",     "hurricane",    "avalanche",
      "landslide",  "cyclone",  "fire",     "fires",    "blaze",     "explosion", "exploded",     "collapse",
      "collapsed",  "stampede", "capsized", "sank",     "derailed",  "drowned",   "lightning",    "heatwave",
      "overturned", "plunged",  "eruption", "typhoon",  "tornado",   "mudslide",  "electrocuted", "outbreak"};
  for (uint32_t i = 0; i < a.tokens.size(); ++i)
    if (OneOf(a.Folded(i), kMishaps)) return true;
  return false;
}

bool UnnamedViolence(const SentenceAnalysis& a, const VerbMatch& match, std::string_view code) {
  if (!(code.starts_with("181") || code.starts_with("180") || code.starts_with("182"))) return false;
  // "without risk of them being tortured", "tolerance is being abused": a progressive or gerund passive is
  // mostly a fear, a risk or a figure of speech, not a report of violence done.
  if (match.trigger_begin > 0 && a.Folded(match.trigger_begin - 1) == "being") return false;
  // Abduction, rape and torture are deliberate by themselves; a killing or an injury is violence when the
  // sentence says so, and not when it names an accident or a disaster; a bare "were killed on Monday" is
  // taken as the violence news mostly reports.
  if (code.starts_with("181") || code == "1821" || code == "1822") return true;
  if (SentenceNamesViolence(a)) return true;
  return !SentenceNamesMishap(a);
}

bool UnnamedTargetAct(std::string_view code, bool security_source, bool police_source) {
  if (AuthorityAct(code)) return true;
  if (police_source && (code.starts_with("19") || code.starts_with("20"))) return true;
  return security_source && (code.starts_with("17") || code.starts_with("18"));
}

// An agentless arrest in the passive reported by an authority is that authority's: "the chief minister said
// 30 persons had been arrested", "prosecutors said a man was detained" (the cameo-100 coders take the
// reporter as the source). Only where nothing else in the sentence could be the agent (UnnamedAgent, which
// passes over reporters); a reporter that is no authority ("activists said") leaves the agent unnamed, and
// so does any reporter of a noun ("the minister said the house arrest powers ...").
void TakeReportingAuthorities(const SentenceAnalysis& a, const CompiledDictionary& dict,
                              std::vector<RoleAssignment>* roles) {
  for (size_t m = 0; m < a.matches.size(); ++m) {
    RoleAssignment& r = (*roles)[m];
    const std::string_view code = dict.entries()[dict.pattern(a.matches[m].pattern).entry].code;
    if (!r.agentless || !r.passive || r.source_chunk >= 0 || r.negated || r.demanded || !AuthorityAct(code) ||
        !UnnamedAgent(a, a.matches[m], r.target_chunk))
      continue;
    for (size_t c = 0; c < a.chunks.size(); ++c) {
      const ActorChunk& k = a.chunks[c];
      // "his spokesman said" speaks for the arrested, not for an authority.
      const bool someones =
          k.begin > 0 && (a.Folded(k.begin - 1) == "his" || a.Folded(k.begin - 1) == "her" ||
                          a.Folded(k.begin - 1) == "their");
      if (k.place || someones || (r.target_chunk >= 0 && k.group == a.chunks[r.target_chunk].group) ||
          PrepositionalObject(a, k.begin) || !ReporterChunk(a, k) || !StateAuthorityChunk(dict, k))
        continue;
      r.source_chunk = static_cast<int32_t>(c);
      break;
    }
  }
}

void ReadExpulsionsFrom(const SentenceAnalysis& a, const CompiledDictionary& dict,
                        std::vector<RoleAssignment>* roles) {
  constexpr std::array<std::string_view, 9> kOrganisationNouns = {
      "party", "group", "organisation", "organization", "movement", "union", "club", "league", "faction"};
  constexpr uint32_t kMaxArticleWords = 2;  // "from the ruling party"
  for (size_t m = 0; m < a.matches.size(); ++m) {
    RoleAssignment& r = (*roles)[m];
    const VerbMatch& match = a.matches[m];
    const std::string_view code = dict.entries()[dict.pattern(match.pattern).entry].code;
    if (!code.starts_with("174") || !r.passive || r.source_chunk >= 0 || r.negated) continue;
    uint32_t from = match.trigger_end;
    if (from > 0 && a.Folded(from - 1) == "from") {
      --from;
    } else if (from >= a.tokens.size() || a.Folded(from) != "from") {
      continue;
    }
    // "was expelled from the ruling party": the noun within a few words of "from", before any actor.
    bool organisation = false;
    for (uint32_t j = from + 1; j < a.tokens.size() && j <= from + 1 + kMaxArticleWords; ++j) {
      if (a.tokens[j].chunk >= 0 || !(a.tokens[j].flags & kFlagWord)) break;
      if (OneOf(a.Folded(j), kOrganisationNouns)) organisation = true;
    }
    if (organisation) {
      r.negated = true;
      r.agentless = false;
      continue;
    }
    // "were expelled from Gondor", "from the United States": the country named alone right after "from".
    uint32_t named = from + 1;
    if (named < a.tokens.size() && a.Folded(named) == "the" && a.tokens[named].chunk < 0) ++named;
    if (named >= a.tokens.size() || a.tokens[named].chunk < 0) continue;
    const ActorChunk& k = a.chunks[a.tokens[named].chunk];
    if (k.begin > named || k.country_entry < 0 || k.actor_entry >= 0 || k.agent_entry >= 0 ||
        k.referent >= 0 || (r.target_chunk >= 0 && a.chunks[r.target_chunk].group == k.group && k.group >= 0))
      continue;
    r.source_chunk = a.tokens[named].chunk;
    r.agentless = false;
  }
}

bool StoryForceCue(const SentenceAnalysis& a, const VerbMatch& match, uint32_t* cue_begin,
                   uint32_t* cue_end) {
  // "in the firing", "in the ensuing exchange", "in the police action", "during the shooting": a definite
  // reference to shooting the story has already reported. "in firing" without a determiner, or "in police
  // firing", are the dictionary's own patterns ("die in $ firing") and name their agent where they have one.
  constexpr std::array<std::string_view, 4> kPrepositions = {"in", "during", "after", "following"};
  constexpr std::array<std::string_view, 3> kDeterminers = {"the", "that", "this"};
  constexpr std::array<std::string_view, 3> kModifiers = {"ensuing", "subsequent", "police"};
  constexpr std::array<std::string_view, 5> kForceNouns = {"firing", "shooting", "action", "crossfire",
                                                           "exchange"};
  // After the verb ("was killed on the spot in the firing") or before its victim ("in the ensuing exchange
  // one person was killed"), in the verb's clause.
  constexpr uint32_t kMaxWordsAfterVerb = 4;
  constexpr uint32_t kMaxWordsBeforeVerb = 8;
  const uint16_t clause = a.tokens[match.trigger_begin].clause;
  const uint32_t n = static_cast<uint32_t>(a.tokens.size());
  auto cue_at = [&](uint32_t i) {
    if (!OneOf(a.Folded(i), kPrepositions) || i + 2 >= n || !OneOf(a.Folded(i + 1), kDeterminers))
      return false;
    uint32_t noun = i + 2;
    if (OneOf(a.Folded(noun), kModifiers) && noun + 1 < n) ++noun;
    if (a.tokens[noun].clause != clause) return false;
    std::string_view w = a.Folded(noun);
    // "police action" needs "police": "the action" alone is any act.
    if (!OneOf(w, kForceNouns) || (w == "action" && a.Folded(noun - 1) != "police")) return false;
    *cue_begin = i + 1;
    *cue_end = noun + 1;
    return true;
  };
  for (uint32_t i = match.trigger_end; i < n && i <= match.trigger_end + kMaxWordsAfterVerb; ++i) {
    if (a.tokens[i].clause != clause) break;
    if (cue_at(i)) return true;
  }
  const uint32_t first =
      match.trigger_begin > kMaxWordsBeforeVerb ? match.trigger_begin - kMaxWordsBeforeVerb : 0;
  for (uint32_t i = first; i + 3 <= match.trigger_begin; ++i) {
    if (a.tokens[i].clause == clause && cue_at(i)) return true;
  }
  return false;
}

int32_t RelativeFiring(const SentenceAnalysis& a, const VerbMatch& match) {
  // The victim ("four persons were") is short, and so is the firing's phrase ("on its activists at taldih in
  // west bengal's south 24 parganas district"); a longer stretch is likely another clause's.
  constexpr uint32_t kMaxWordsBeforeVerb = 5;
  constexpr uint32_t kMaxWordsAfterFiring = 16;
  const uint16_t clause = a.tokens[match.trigger_begin].clause;
  const uint32_t first =
      match.trigger_begin > kMaxWordsBeforeVerb + 2 ? match.trigger_begin - kMaxWordsBeforeVerb - 2 : 0;
  uint32_t which = 0;
  for (uint32_t i = first; i + 2 <= match.trigger_begin && which == 0; ++i)
    if ((a.Folded(i) == "in" || a.Folded(i) == "during") && a.Folded(i + 1) == "which") which = i;
  if (which == 0) return -1;
  for (uint32_t k = which; k < match.trigger_begin; ++k)
    if (a.tokens[k].clause != clause) return -1;
  for (uint32_t f = which; f > 0 && which - f <= kMaxWordsAfterFiring;) {
    const std::string_view w = a.Folded(--f);
    // Only the firing's noun phrase and its prepositional phrases: no punctuation, no conjunction or
    // relative word that could open another clause ("the firing ended and the mob went to the market in
    // which ..."), no other verb match.
    if (a.tokens[f].clause != clause || (a.tokens[f].classes & (kClassComma | kClassRelativeWord)) ||
        w == "and" || w == "or" || w == "but" || w == "that" || w == "-" || w == "(" || w == ")")
      return -1;
    for (const VerbMatch& other : a.matches)
      if (other.trigger_begin > f && other.trigger_begin < which) return -1;
    if (w == "firing" || w == "shooting")
      return f + 1 == which || IsPreposition(a.Folded(f + 1)) ? static_cast<int32_t>(f) : -1;
  }
  return -1;
}

}  // namespace dyad
