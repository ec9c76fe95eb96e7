// Actor chunks (token analysis is token_analysis.cc).
//
// Actor chunks are found by longest match in the dictionary's phrase trie, then merged: adjacent mentions, a
// possessive ("Kazakhstan's foreign minister"), "agent of country" ("the president of Kazakhstan") and
// capitalised names after a title ("Foreign Minister Beibut Atamkulov") make one chunk. A chunk resolves to
// one actor: a named actor wins over the country-plus-sector composition, which wins over a bare sector.
#include <algorithm>
#include <array>

#include "coding/actor_groups.h"
#include "coding/actor_names.h"
#include "coding/agent_code.h"
#include "coding/organisation_spokesmen.h"
#include "coding/sentence.h"

namespace dyad {
namespace {

// Capitalised words that follow a title without being a name ("Minister Tuesday said").
constexpr std::array<std::string_view, 21> kNotNames = {
    "monday",  "tuesday",   "wednesday", "thursday", "friday",   "saturday", "sunday",
    "january", "february",  "march",     "april",    "may",      "june",     "july",
    "august",  "september", "october",   "november", "december", "the",      "said"};

// Nouns of quantity or membership whose "of" phrase is the real actor: "thousands of protesters", "a group of
// diplomats", "a member of the Syrian parliament", "one of the rebels". Not "supporters", "opponents" or
// "capital": those of X are not X.
constexpr std::array<std::string_view, 16> kQuantityNouns = {
    "thousands", "hundreds", "dozens", "scores",  "millions", "tens", "group", "groups",
    "number",    "members",  "member", "handful", "one",      "some", "many",  "several"};
// Nouns of allegiance whose "of" phrase names whom they side with or against, not who they are: "supporters
// of former President X", "opponents of Rwanda's Senate". They are people of that actor's country, not the
// actor: the chunk keeps the country alone. So do the nouns of a state ("the republic of Slovenia defied").
constexpr std::array<std::string_view, 15> kAllegianceNouns = {
    "supporters", "opponents",    "critics",      "followers", "loyalists",
    "backers",    "sympathisers", "sympathizers", "partisans", "adherents",
    "republic",   "kingdom",      "emirate",      "sultanate", "principality"};
// Collective nouns that may follow a sector noun as the head of its phrase ("opposition groups in Zimbabwe").
constexpr std::array<std::string_view, 8> kCollectiveNouns = {"group",   "groups",   "movement",  "movements",
                                                              "faction", "factions", "coalition", "alliance"};
// Function words that never modify a noun between a country and a sector noun, and the possessive (composed
// by its own rule).
constexpr std::array<std::string_view, 13> kNotModifiers = {
    "and", "or", "but", "that", "who", "which", "than", "as", "not", "it", "there", "also", "'s"};

// Preference among entries that share a phrase: a named actor, then a country, then a sector noun.
int KindRank(EntryKind kind) {
  switch (kind) {
    case EntryKind::kActor:
      return 3;
    case EntryKind::kCountry:
      return 2;
    case EntryKind::kAgent:
      return 1;
    default:
      return 0;
  }
}

// The entry of the country with ISO code `code`, or -1. Linear, but asked only for a name none of whose
// entries holds, and the country entries come early (the dictionary files load in sorted order: agents,
// cameo, countries).
int32_t CountryEntry(const CompiledDictionary& dict, std::string_view code) {
  for (size_t k = 0; k < dict.entry_count(); ++k) {
    const EntryView e = dict.entry(k);
    if (e.kind == EntryKind::kCountry && e.code == code) return static_cast<int32_t>(k);
  }
  return -1;
}

// The best usable hit at `node` for the tokens [begin, begin + words): case rules must hold, and with a date
// the entry must hold on it; a named actor beats a country, which beats a sector noun.
// Undated text (no document date) cannot choose a period by date, so entries in force (no end) count. But
// news names people mostly for what they did in office: where the entry in force is a former leader (ELI), an
// ended office of the same name wins ("Obama" USAGOV, not USAELI), unless the ended offices have different
// codes. A name with no entry in force is not guessed from its ended periods: dictionaries list some offices
// and not others ("Petraeus" as CIA director but not as a general), and the text's title does better.
// What such a name does tell is the person's state, which outlasts every office: when no entry holds (dated
// or undated text) and every named-actor entry of the phrase gives one country, the hit is that country's
// entry and `*person_country` is set ("President Obama" in 2000 is USA's, and with the title USAGOV;
// "the US commander, General David Petraeus" USAMIL, not the CIA code of another period).
// `at`, when not null, holds the token index of each matched word (a name matched across gaps); else the
// words are the tokens from `begin` on.
int32_t BestHit(const CompiledDictionary& dict, const PhraseTrie& trie, uint32_t node,
                const SentenceAnalysis& a, uint32_t begin, const uint32_t* at, std::string_view date,
                bool* person_country) {
  *person_country = false;
  std::string_view other_country;  // the one country of the named-actor entries not in force
  bool other_countries_agree = true;
  int32_t best = -1;
  int best_rank = 0;
  bool best_former = false;  // the best entry in force is a former leader (ELI)
  int32_t ended = -1;        // the best ended entry (undated text only)
  int ended_rank = 0;
  bool ended_office = false, ended_ambiguous = false;
  std::string_view ended_to, ended_code;
  for (const PhraseHit* h = trie.HitsBegin(node); h != trie.HitsEnd(node); ++h) {
    // In a sentence written in capitals (kFlagShouted) case tells nothing: a phrase of several words matches
    // whatever its case rules say; a one-word rule holds unless the word is an ordinary word there, whose
    // capital flags AnalyseTokens cleared ("WHO" relative pronoun, not the World Health Organization).
    const bool caseless = h->word_count > 1 && (a.tokens[at ? at[0] : begin].flags & kFlagShouted);
    bool case_ok = true;
    for (uint16_t k = 0; k < h->word_count && case_ok && !caseless; ++k)
      case_ok = CaseRuleHolds(trie.case_rules()[h->case_rules + k], a.tokens[at ? at[k] : begin + k].flags);
    if (!case_ok) continue;
    const EntryView e = dict.entry(h->entry);
    // On a dated text an entry whose period holds beats the undated default of the same phrase and kind
    // ("SAM_GAMGEE [HOB]" with "[HOBMIL 20080120-20121109]" is HOBMIL in 2010); among dated ones the first.
    const bool dated = !date.empty() && (!e.valid_from.empty() || !e.valid_to.empty());
    const int rank = KindRank(e.kind) * 2 + (dated ? 1 : 0);
    const bool former = std::find(e.sectors.begin(), e.sectors.end(), "ELI") != e.sectors.end();
    if (e.kind == EntryKind::kActor && !e.ValidOn(date)) {
      if (e.country.empty() || (!other_country.empty() && other_country != e.country))
        other_countries_agree = false;
      else
        other_country = e.country;
    }
    if (e.ValidOn(date)) {
      if (rank > best_rank) {
        best_rank = rank;
        best = static_cast<int32_t>(h->entry);
        best_former = former;
      }
      continue;
    }
    if (!date.empty()) continue;
    const bool office = !former;
    if (rank > ended_rank || (rank == ended_rank && office > ended_office)) {
      ended = static_cast<int32_t>(h->entry);
      ended_rank = rank;
      ended_office = office;
      ended_ambiguous = false;
      ended_to = e.valid_to;
      ended_code = e.code;
    } else if (rank == ended_rank && office == ended_office) {
      ended_ambiguous |= e.code != ended_code;
      if (e.valid_to > ended_to) {
        ended = static_cast<int32_t>(h->entry);
        ended_to = e.valid_to;
      }
    }
  }
  if (best < 0 && other_countries_agree && !other_country.empty()) {
    const int32_t country = CountryEntry(dict, other_country);
    *person_country = country >= 0;
    return country;
  }
  if (best < 0 || ended < 0 || ended_ambiguous) return best;
  return best_former && ended_office && ended_rank >= best_rank ? ended : best;
}

struct Mention {
  uint32_t begin, end;
  int32_t entry;                // kPeopleMention for an unnamed group of people
  bool person_country = false;  // a country entry standing for a name with no entry in force (BestHit)
};
constexpr int32_t kPeopleMention = -2;
constexpr std::array<std::string_view, 12> kNumberWords = {
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen", "dozens"};

// A count before a noun: a number word or a number in digits ("18", "1,000") that is not a year.
bool IsCount(std::string_view w) {
  if (OneOf(w, kNumberWords)) return true;
  if (w.empty() || w[0] < '0' || w[0] > '9') return false;
  for (char ch : w)
    if ((ch < '0' || ch > '9') && ch != ',') return false;
  const bool year = w.size() == 4 && (w.substr(0, 2) == "19" || w.substr(0, 2) == "20");
  return !year;
}

// A number standing for people as the subject of a passive: "two were killed", "99 have been arrested".
bool NumberOfPeople(const SentenceAnalysis& a, uint32_t i) {
  if (i + 1 >= a.tokens.size() || !(a.tokens[i + 1].classes & kClassPassiveAuxiliary)) return false;
  std::string_view w = a.Folded(i);
  return IsCount(w) && w.size() < 7;  // not a year: "in 2012 was staged"
}

// CVL (civilians, residents, supporters) is the unmarked sector: a chunk keeps a more specific one it already
// has
// ("opposition supporters" is OPP, "police officers" COP).
bool UnmarkedSector(const EntryView& agent) { return agent.code == "CVL"; }

void AddMentionToChunk(const EntryTable& entries, const EntryView& e, int32_t entry, ActorChunk* chunk) {
  switch (e.kind) {
    case EntryKind::kActor:
      chunk->actor_entry = entry;
      break;
    case EntryKind::kCountry:
      if (chunk->country_entry < 0) chunk->country_entry = entry;
      break;
    case EntryKind::kAgent:
      // The last sector noun is the head ("government spokesman"), unless it is the unmarked CVL.
      if (chunk->agent_entry < 0 || !UnmarkedSector(e) || UnmarkedSector(entries[chunk->agent_entry]))
        chunk->agent_entry = entry;
      break;
    default:
      break;
  }
}

constexpr std::array<std::string_view, 40> kPrepositions = {
    "in",      "at",     "on",        "from",    "with",    "to",      "against", "for",
    "by",      "of",     "into",      "near",    "over",    "between", "among",   "toward",
    "towards", "across", "after",     "before",  "during",  "under",   "about",   "inside",
    "outside", "within", "including", "through", "without", "despite", "amid",    "via",
    "since",   "until",  "upon",      "beyond",  "behind",  "along",   "onto",    "throughout"};

// kPrepositions grouped by first letter, so that IsPreposition (asked for many tokens by every pass)
// compares a word with the two or three prepositions sharing its first letter, not with all forty.
struct WordsByFirstLetter {
  std::array<std::string_view, kPrepositions.size()> words{};
  std::array<uint8_t, 27> begin{};  // words starting with 'a' + k are words[begin[k], begin[k + 1])
};
constexpr WordsByFirstLetter GroupPrepositions() {
  WordsByFirstLetter g;
  size_t out = 0;
  for (char c = 'a'; c <= 'z'; ++c) {
    g.begin[c - 'a'] = static_cast<uint8_t>(out);
    for (const std::string_view w : kPrepositions)
      if (w[0] == c) g.words[out++] = w;
  }
  g.begin[26] = static_cast<uint8_t>(out);
  return g;
}
constexpr WordsByFirstLetter kPrepositionsByLetter = GroupPrepositions();
static_assert(kPrepositionsByLetter.begin[26] == kPrepositions.size(), "prepositions are lower-case words");

}  // namespace

bool IsPreposition(std::string_view folded_word) {
  if (folded_word.empty()) return false;
  const unsigned letter = static_cast<unsigned char>(folded_word[0]) - 'a';
  if (letter >= 26) return false;
  for (uint32_t k = kPrepositionsByLetter.begin[letter]; k < kPrepositionsByLetter.begin[letter + 1]; ++k)
    if (kPrepositionsByLetter.words[k] == folded_word) return true;
  return false;
}

namespace {

// The lookup of last resort for a name the phrase trie does not know in this spelling ("Toqaev", "Токаев" for
// the dictionary's "Tokayev"): a run of up to kMaxLooseWords capitalised words starting at `i`, longest
// first, through the dictionary's transliteration-insensitive loose keys. A key that leads to different
// actors is ambiguous and meets nothing. Ordinary text pays one hash lookup per capitalised word with no
// exact match. Returns the run's length and sets `*entry`, or returns 0.
uint32_t LooseNameAt(const CompiledDictionary& dict, std::string_view date, SentenceAnalysis* a, uint32_t i,
                     int32_t* entry) {
  constexpr uint32_t kMaxLooseWords = 4;
  auto name_word = [&](uint32_t k) {
    const uint8_t flags = a->tokens[k].flags;
    return (flags & kFlagWord) && (flags & kFlagCapitalized) && !(flags & kFlagAllCaps);
  };
  const uint32_t n = static_cast<uint32_t>(a->tokens.size());
  // kFlagMayStartLooseName is dict.MayStartLooseName of the word, memoised by AnalyseTokens.
  if (!name_word(i) || !(a->tokens[i].flags & kFlagMayStartLooseName)) return 0;
  uint32_t run = 1;
  while (run < kMaxLooseWords && i + run < n && name_word(i + run)) ++run;
  for (; run > 0; --run) {
    a->loose_name.clear();
    for (uint32_t k = i; k < i + run; ++k) {
      if (k > i) a->loose_name.push_back(' ');
      a->loose_name.append(a->Folded(k));
    }
    const CompiledDictionary::LooseMatch m = dict.MatchLooseName(a->loose_name, date, &a->loose_key);
    if (m.entry >= 0) {
      *entry = m.entry;
      return run;
    }
  }
  return 0;
}

}  // namespace

void FindActorChunks(const CompiledDictionary& dict, std::string_view date, SentenceAnalysis* a,
                     bool sentence_country_sectors, bool distribute_agents, bool name_gaps,
                     bool possessive_modifiers, bool possessor_names) {
  a->chunks.clear();
  const PhraseTrie& trie = dict.actor_trie();
  const EntryTable entries = dict.entries();
  const uint32_t n = static_cast<uint32_t>(a->tokens.size());

  // 1. Longest-match mentions.
  std::vector<Mention> mentions;  // small; sentences have few mentions
  for (uint32_t i = 0; i < n;) {
    uint32_t node = 0, best_len = 0;
    int32_t best_entry = -1;
    bool best_person_country = false;
    // With name_gaps, at[w] is the token of the name's word w (ContinueNameAcrossGap, actor_names.h).
    std::array<uint32_t, kMaxGappedNameWords> at;
    uint32_t words = 0;
    for (uint32_t j = i; j < n; ++j) {
      uint32_t child = a->tokens[j].word == kNoWord ? 0 : trie.Child(node, a->tokens[j].word);
      if (child == 0 && name_gaps && node != 0) j = ContinueNameAcrossGap(dict, *a, node, j, &child);
      if (child == 0) break;
      node = child;
      if (name_gaps) {
        if (words == at.size()) break;
        at[words++] = j;
      }
      if (trie.HitsBegin(node) == trie.HitsEnd(node)) continue;
      bool person_country = false;
      int32_t hit = BestHit(dict, trie, node, *a, i, name_gaps ? at.data() : nullptr, date, &person_country);
      if (hit >= 0) {
        best_len = j - i + 1;
        best_entry = hit;
        best_person_country = person_country;
      }
    }
    if (best_entry < 0) best_len = LooseNameAt(dict, date, a, i, &best_entry);
    if (best_entry >= 0) {
      mentions.push_back({i, i + best_len, best_entry, best_person_country});
      i += best_len;
    } else {
      // kClassPeopleNoun is IsPeopleNoun of the word (WordClasses).
      if ((a->tokens[i].classes & kClassPeopleNoun) || NumberOfPeople(*a, i))
        mentions.push_back({i, i + 1, kPeopleMention, false});
      ++i;
    }
  }

  // 2. Merge mentions into chunks.
  auto is_name_word = [&](uint32_t i) {
    const TokenView& t = a->tokens[i];
    return (t.flags & kFlagWord) && (t.flags & (kFlagCapitalized | kFlagAllCaps)) && t.chunk < 0 &&
           !OneOf(a->Folded(i), kNotNames);
  };
  // Chunks (the first 64) whose country comes from a person's name (Mention::person_country): a named
  // person's country, which the rules below do not treat as a country the sentence names.
  uint64_t person_chunks = 0;
  auto person_chunk = [&](size_t c) { return c < 64 && ((person_chunks >> c) & 1) != 0; };
  for (size_t m = 0; m < mentions.size(); ++m) {
    const Mention& cur = mentions[m];
    ActorChunk* chunk = nullptr;
    int32_t capital_country = -1;  // the country a capital lends the chunk before it
    bool surname = false;  // a sector word that is the surname of the titled person before it, or a name
                           // under a possessor's title (possessor_names): no actor of its own
    if (!a->chunks.empty()) {
      ActorChunk& prev = a->chunks.back();
      uint32_t gap_begin = prev.end, gap_end = cur.begin;
      bool join = gap_begin == gap_end;
      const bool people = cur.entry == kPeopleMention;
      // A lower-case word of the chunk's clause that no verb pattern uses: a modifier of the noun after it.
      const auto modifier = [&](uint32_t g) {
        const TokenView& t = a->tokens[g];
        return (t.flags & kFlagWord) && !(t.flags & (kFlagCapitalized | kFlagAllCaps)) &&
               t.lemma == kNoWord && t.clause == a->tokens[cur.begin].clause &&
               !IsPreposition(a->Folded(g)) && !OneOf(a->Folded(g), kNotModifiers);
      };
      // "Kazakhstan's foreign minister", and with up to two modifiers before a sector noun: "Iraq's interim
      // government", "Taiwan's Vice Foreign Minister", or two lower-case modifiers that "and" joins: "Iraq's
      // powerful and feared police" (not with `possessive_modifiers` off, as TABARI codes).
      if (!join && a->Folded(gap_begin) == "'s") {
        join = gap_end == gap_begin + 1;
        if (!join && !people && possessive_modifiers && entries[cur.entry].kind == EntryKind::kAgent &&
            gap_end <= gap_begin + 3) {
          join = true;
          for (uint32_t g = gap_begin + 1; g < gap_end && join; ++g)
            join = (a->tokens[g].flags & kFlagWord) && !IsPreposition(a->Folded(g)) && a->Folded(g) != "and";
        }
        if (!join && !people && possessive_modifiers && entries[cur.entry].kind == EntryKind::kAgent &&
            gap_end == gap_begin + 4 && a->Folded(gap_begin + 2) == "and") {
          join = modifier(gap_begin + 1) && modifier(gap_begin + 3);
        }
      }
      // "Irish nationalist guerrillas", "Syrian pro-government militias": a country and a sector noun with up
      // to two lower-case modifiers between them. A modifier is a word no verb pattern uses, so a verb never
      // joins subject and object ("Russia sent troops", "Iran has soldiers"); a possessive is none (the rule
      // above composes possessives).
      // A party takes its people the same way: "Lib Dem home affairs spokesman", "Conservative deputy
      // leader".
      const bool party_before = prev.country_entry < 0 && prev.agent_entry < 0 && prev.actor_entry >= 0 &&
                                IsPartyEntry(entries[prev.actor_entry]);
      if (!join && !people &&
          ((prev.country_entry >= 0 && prev.agent_entry < 0 && prev.actor_entry < 0) || party_before) &&
          !person_chunk(a->chunks.size() - 1) && entries[cur.entry].kind == EntryKind::kAgent &&
          gap_end > gap_begin && gap_end <= gap_begin + 2) {
        join = true;
        for (uint32_t g = gap_begin; g < gap_end && join; ++g) join = modifier(g);
      }
      // "the president of Kazakhstan", "rebels in the Ivory Coast", "dissidents from Egypt", "students
      // throughout Indonesia", "activists across Iran", also over one modifier of the country ("rebels in
      // northern Mali", "dissidents from military-ruled Myanmar"): an agent-only chunk takes the country that
      // follows "of", "in", "from", "throughout" or "across". Not after the last three where a verb pattern
      // may own the sector noun, a pattern word followed by one ("received ministers from X", "deployed
      // troops across X"): there the country is where they came from or went, the pattern's target.
      const std::string_view gap_word = a->Folded(gap_begin);
      const auto pattern_word = [&](uint32_t t) {
        return (a->tokens[t].flags & kFlagWord) && a->tokens[t].lemma != kNoWord;
      };
      const bool owned_by_pattern =
          pattern_word(prev.end - 1) && prev.begin > 0 && pattern_word(prev.begin - 1);
      // "opposition groups in Zimbabwe", "rebel factions in Congo": a collective noun after the sector noun
      // heads the phrase and is part of the actor; the preposition follows it.
      uint32_t prep = gap_begin;
      if (gap_end > gap_begin + 1 && OneOf(a->Folded(gap_begin), kCollectiveNouns) &&
          a->tokens[gap_begin].clause == a->tokens[cur.begin].clause)
        prep = gap_begin + 1;
      const std::string_view prep_word = a->Folded(prep);
      if (!join && !people && prev.agent_entry >= 0 && prev.country_entry < 0 && prev.actor_entry < 0 &&
          entries[cur.entry].kind == EntryKind::kCountry && !cur.person_country && prep > gap_begin &&
          (prep_word == "in" || prep_word == "from") && !owned_by_pattern &&
          (gap_end == prep + 1 || (gap_end == prep + 2 && a->Folded(prep + 1) == "the")))
        join = true;
      if (!join && !people && prev.agent_entry >= 0 && prev.country_entry < 0 && prev.actor_entry < 0 &&
          entries[cur.entry].kind == EntryKind::kCountry && !cur.person_country &&
          (gap_word == "of" || gap_word == "in" ||
           ((gap_word == "from" || gap_word == "throughout" || gap_word == "across") && !owned_by_pattern))) {
        const uint32_t article = gap_begin + 1 < gap_end && a->Folded(gap_begin + 1) == "the" ? 1 : 0;
        const uint32_t country_at = gap_begin + 1 + article;
        join = gap_end == country_at || (gap_end == country_at + 1 && modifier(country_at));
      }
      // "demonstrators in Baghdad", "police in Moscow": a capital (an actor of its government, GOV, for
      // "Moscow accused Kyiv") after "in" lends the sector noun its country, not its code. Not a name
      // qualified by a state or country after a comma ("police in Paris, Texas"): that is another place of
      // the same name; nor after a pattern word ("detained protesters in Washington"), where the capital is
      // where it happened.
      const bool qualified = cur.end + 1 < n && a->Folded(cur.end) == "," &&
                             (a->tokens[cur.end + 1].flags & (kFlagCapitalized | kFlagAllCaps));
      if (!join && !people && prev.agent_entry >= 0 && prev.country_entry < 0 && prev.actor_entry < 0 &&
          gap_word == "in" && gap_end == gap_begin + 1 && cur.end == cur.begin + 1 && !cur.person_country &&
          !qualified && !(prev.begin > 0 && pattern_word(prev.begin - 1)) &&
          entries[cur.entry].kind == EntryKind::kActor && !entries[cur.entry].country.empty() &&
          entries[cur.entry].sectors.size() == 1 && entries[cur.entry].sectors[0] == "GOV") {
        capital_country = CountryEntry(dict, entries[cur.entry].country);
        join = capital_country >= 0;
      }
      // "Foreign Minister Beibut Atamkulov": capitalised words bridge a title and a known name.
      if (!join && !people && prev.agent_entry >= 0 &&
          (entries[cur.entry].kind == EntryKind::kActor || cur.person_country)) {
        join = true;
        for (uint32_t g = gap_begin; g < gap_end && join; ++g) join = is_name_word(g);
      }
      // With `possessor_names` a possessor's title over a known name ("Ithilen's minister Calimehtar") names
      // the possessor's institution: the name adds nothing to the code, as PETRARCH codes it.
      if (join && possessor_names && !people && prev.agent_entry >= 0 && prev.country_entry >= 0 &&
          prev.actor_entry < 0 && (entries[cur.entry].kind == EntryKind::kActor || cur.person_country)) {
        for (uint32_t g = prev.begin; g < prev.end && !surname; ++g) surname = a->Folded(g) == "'s";
      }
      // "Defence Secretary Tom King": a capitalised sector word after a title and one or two name words is
      // the person's surname, no actor of its own; the title gives the sector (the word adds nothing).
      if (!join && !people && prev.agent_entry >= 0 && prev.actor_entry < 0 && gap_end > gap_begin &&
          gap_end <= gap_begin + 2 && entries[cur.entry].kind == EntryKind::kAgent &&
          cur.end == cur.begin + 1 && (a->tokens[cur.begin].flags & kFlagCapitalized)) {
        surname = true;
        for (uint32_t g = gap_begin; g < gap_end; ++g) surname = surname && is_name_word(g);
        join = surname;
      }
      if (join) chunk = &prev;
    }
    if (chunk == nullptr) {
      a->chunks.emplace_back();
      chunk = &a->chunks.back();
      chunk->begin = cur.begin;
    }
    chunk->end = cur.end;
    if (cur.entry == kPeopleMention) {
      chunk->people = true;
    } else {
      const size_t c = a->chunks.size() - 1;
      if (cur.person_country && chunk->country_entry < 0 && c < 64) person_chunks |= uint64_t{1} << c;
      if (capital_country >= 0)
        chunk->country_entry = capital_country;
      else if (!surname)
        AddMentionToChunk(entries, entries[cur.entry], cur.entry, chunk);
    }
    for (uint32_t t = chunk->begin; t < chunk->end; ++t)
      a->tokens[t].chunk = static_cast<int32_t>(a->chunks.size() - 1);
  }
  // A name with no entry in force that follows another actor after a comma is an apposition of it ("the US
  // commander in Iraq, General David Petraeus, held talks"): the earlier chunk names the actor with its
  // sector, and the bare country of the name would otherwise take its place as the subject. Such a chunk is
  // dropped unless it has a sector noun of its own ("..., President Obama").
  if (person_chunks != 0) {
    size_t kept = 0;
    std::array<int32_t, 64> new_index{};
    uint64_t kept_person = 0;
    const size_t count = a->chunks.size();
    for (size_t c = 0; c < count; ++c) {
      uint32_t b = a->chunks[c].begin;  // before the capitalised words the chunk takes below ("General")
      while (b > 0 && is_name_word(b - 1)) --b;
      const bool apposition = b >= 2 && a->Folded(b - 1) == "," && a->tokens[b - 2].chunk >= 0;
      const bool drop =
          person_chunk(c) && apposition && a->chunks[c].agent_entry < 0 && a->chunks[c].actor_entry < 0;
      if (c < 64) new_index[c] = drop ? -1 : static_cast<int32_t>(kept);
      if (drop) continue;
      if (person_chunk(c)) kept_person |= uint64_t{1} << kept;
      if (kept != c) a->chunks[kept] = a->chunks[c];
      ++kept;
    }
    if (kept != count) {
      a->chunks.resize(kept);
      for (TokenView& t : a->tokens) {
        if (t.chunk < 0) continue;
        if (t.chunk < 64)
          t.chunk = new_index[t.chunk];
        else
          t.chunk -= static_cast<int32_t>(count - kept);  // every dropped chunk is among the first 64
      }
    }
    person_chunks = kept_person;
  }
  // A title followed by capitalised names keeps them ("Police Chief John Smith"); so does a first name before
  // a known surname ("Beibut Atamkulov"), except for the sentence's first word, which is capitalised anyway.
  for (size_t c = 0; c < a->chunks.size(); ++c) {
    ActorChunk& chunk = a->chunks[c];
    if (chunk.agent_entry >= 0 && chunk.actor_entry < 0) {
      while (chunk.end < n && is_name_word(chunk.end)) a->tokens[chunk.end++].chunk = static_cast<int32_t>(c);
    }
    if ((chunk.actor_entry >= 0 && !entries[chunk.actor_entry].country.empty()) || person_chunk(c)) {
      while (chunk.begin > 1 && is_name_word(chunk.begin - 1) &&
             a->tokens[chunk.begin - 1].clause == a->tokens[chunk.begin].clause)
        a->tokens[--chunk.begin].chunk = static_cast<int32_t>(c);
    }
  }

  // The head of "thousands of students", "tens of thousands of Iraqi Kurds", "a group of Moroccan diplomats"
  // is the quantity: the chunk starts there, so that the actor is the subject of what follows and not the
  // object of "of", and an object slot ("arrested dozens of protesters") takes it. After a word some verb
  // pattern uses, a quantity word that patterns use too stays outside ("deport thousands of" is a pattern of
  // its own).
  for (size_t c = 0; c < a->chunks.size(); ++c) {
    ActorChunk& chunk = a->chunks[c];
    uint32_t b = chunk.begin;
    bool pattern_quantity = false;
    while (true) {
      // "of the": "a member of the Syrian parliament", "one of the rebels".
      const uint32_t the = b >= 3 && a->Folded(b - 1) == "the" && a->tokens[b - 1].chunk < 0 ? 1 : 0;
      if (b < 2 + the || a->Folded(b - 1 - the) != "of" || !OneOf(a->Folded(b - 2 - the), kQuantityNouns) ||
          a->tokens[b - 2 - the].chunk >= 0 || a->tokens[b - 2 - the].clause != a->tokens[chunk.begin].clause)
        break;
      b -= 2 + the;
      pattern_quantity |= a->tokens[b].lemma != kNoWord;
    }
    if (b == chunk.begin) continue;
    if (b >= 1 && (a->Folded(b - 1) == "a" || a->Folded(b - 1) == "an")) --b;
    if (pattern_quantity && b >= 1 && (a->tokens[b - 1].flags & kFlagWord) &&
        a->tokens[b - 1].lemma != kNoWord)
      continue;
    for (uint32_t t = b; t < chunk.begin; ++t) a->tokens[t].chunk = static_cast<int32_t>(c);
    chunk.begin = b;
  }
  // "About 200 supporters of former President X blocked roads", "opponents of Rwanda's Senate protested": the
  // allegiance noun heads the phrase (kAllegianceNouns), which is the subject of what follows and names the
  // country of the actor after "of" (through its entry or, for a named actor, its country), and no more.
  // Without a country ("supporters of the plan", "backers of a former president" whom no entry places) the
  // chunk stays as it was, the object of "of". Like the sentence's country below, a composition TABARI and
  // PETRARCH do not make (petr2-gsr's PREP_1 expects "Opponents of Rwanda's Senate" to be RWALEG): not with
  // `sentence_country_sectors` off, as `dyad validate` codes.
  for (size_t c = 0; c < a->chunks.size() && sentence_country_sectors; ++c) {
    ActorChunk& chunk = a->chunks[c];
    uint32_t b = chunk.begin;
    if (b >= 3 && a->Folded(b - 1) == "the" && a->tokens[b - 1].chunk < 0) --b;
    if (b < 2 || a->Folded(b - 1) != "of" || !OneOf(a->Folded(b - 2), kAllegianceNouns) ||
        a->tokens[b - 2].chunk >= 0 || a->tokens[b - 2].clause != a->tokens[chunk.begin].clause ||
        chunk.people || chunk.referent >= 0 || person_chunk(c))
      continue;
    int32_t country = chunk.country_entry;
    if (country < 0 && chunk.actor_entry >= 0 && !entries[chunk.actor_entry].country.empty())
      country = CountryEntry(dict, entries[chunk.actor_entry].country);
    if (country < 0) continue;
    b -= 2;
    chunk.country_entry = country;
    chunk.actor_entry = -1;
    chunk.agent_entry = -1;
    for (uint32_t t = b; t < chunk.begin; ++t) a->tokens[t].chunk = static_cast<int32_t>(c);
    chunk.begin = b;
  }
  // A count belongs to its noun phrase: "granted asylum to 18 Rwandan rebels", "killed two British soldiers".
  // Without it an object slot stops at the number. Years are no counts ("in 2004 Russian troops").
  for (size_t c = 0; c < a->chunks.size(); ++c) {
    ActorChunk& chunk = a->chunks[c];
    if (chunk.begin == 0 || chunk.people || a->tokens[chunk.begin - 1].chunk >= 0 ||
        a->tokens[chunk.begin - 1].clause != a->tokens[chunk.begin].clause ||
        !IsCount(a->Folded(chunk.begin - 1)))
      continue;
    --chunk.begin;
    a->tokens[chunk.begin].chunk = static_cast<int32_t>(c);
  }

  // A bare sector noun after the sentence's only country takes that country: "the Mozambique government
  // accepted demands from rebels" (MOZREB), "Liberian riot police dispersed demonstrators" (LBRCVL). Only
  // after it: a sector noun before the country is as often the other side ("the government accused Russia").
  // Not a title with a name ("met President Obama"): a named person's country is not the sentence's to give.
  int32_t only_country = -1;
  bool one_country = true;
  for (size_t c = 0; c < a->chunks.size(); ++c) {
    const ActorChunk& chunk = a->chunks[c];
    std::string_view country;
    if (chunk.country_entry >= 0)
      country = entries[chunk.country_entry].code;
    else if (chunk.actor_entry >= 0)
      country = entries[chunk.actor_entry].country;
    if (country.empty()) continue;
    if (only_country >= 0 && country != entries[only_country].code) one_country = false;
    if (only_country < 0 && chunk.country_entry >= 0 && !person_chunk(c)) only_country = chunk.country_entry;
    if (only_country < 0) one_country = false;  // a named actor's country with no country entry to lend
  }
  if (sentence_country_sectors && one_country && only_country >= 0) {
    bool seen = false;
    for (size_t c = 0; c < a->chunks.size(); ++c) {
      ActorChunk& chunk = a->chunks[c];
      if (chunk.country_entry == only_country && !person_chunk(c)) seen = true;
      if (!seen || chunk.agent_entry < 0 || chunk.country_entry >= 0 || chunk.actor_entry >= 0 ||
          chunk.people)
        continue;
      // A capitalised last word after the first is a name ("President Obama"); so, conservatively, is a
      // capitalised title of several words ("Prime Minister").
      const bool named =
          chunk.end - 1 > chunk.begin && (a->tokens[chunk.end - 1].flags & (kFlagCapitalized | kFlagAllCaps));
      if (!named) chunk.country_entry = only_country;
    }
  }

  DropUnknownOrganisationSpokesmen(a);

  // 3. Coordination groups (actor_groups.cc).
  GroupCoordinatedChunks(a, distribute_agents);
}

}  // namespace dyad
