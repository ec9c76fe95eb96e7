// Warnings that threaten, and bare statements that are the only act (speech_acts.h).
#include "coding/speech_acts.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <vector>

#include "coding/intent.h"
#include "coding/roles.h"

namespace dyad {
namespace {

// Subjects that name the speaker in its own clause ("X warned that it would ..."), and the auxiliaries that
// make the clause's act the speaker's announced one.
constexpr std::array<std::string_view, 3> kSpeakerPronouns = {"it", "we", "they"};
constexpr std::array<std::string_view, 4> kFutureAuxiliaries = {"will", "would", "shall", "'ll"};
constexpr std::array<std::string_view, 3> kNegations = {"not", "n't", "never"};
// The one-word 010 phrases (verbs.txt, speech acts) that are bare verbs of saying: their content, not the
// verb, says what the speaker did, so they give way to any other act of the sentence.
constexpr std::array<std::string_view, 5> kBareStatementPhrases = {"say", "tell", "comment", "remark",
                                                                   "announce"};
// Words that open a condition: a statement in it is a hypothetical ("if the minister says so").
constexpr std::array<std::string_view, 3> kConditionWords = {"if", "unless", "whether"};
// Modal auxiliaries right before a verb of saying: "would say", "could announce" is hypothetical speech, no
// statement made. (A future "will tell" is marked by the roles: RoleAssignment::future.) Lower case only:
// "Theresa May said" is a name.
constexpr std::array<std::string_view, 5> kModalAuxiliaries = {"would", "could", "might", "may", "should"};
// Words right before a verb of saying that make it no act of its own: a relative clause describes its
// antecedent ("people who say ..."), and "quoted X as saying" is X's statement, whose subject is the
// reporter.
constexpr std::array<std::string_view, 4> kNotOwnStatementOpeners = {"who", "which", "that", "as"};
constexpr std::array<std::string_view, 3> kArticles = {"a", "an", "the"};
// Heads of speakers whom a report leaves unnamed: "sources said", "analysts said", "residents said" attribute
// what a sentence reports (often an act no pattern codes) to someone; they make no public statement of an
// actor's own.
constexpr std::array<std::string_view, 14> kAnonymousSpeakerHeads = {
    "source",    "sources",  "analyst",   "analysts", "expert",  "experts", "observers",
    "witnesses", "resident", "residents", "insiders", "traders", "reports", "report"};
// Words of a speaker's noun phrase (in its chunk or between it and the verb) that make the speaker a
// journalist: "BBC correspondent X said", "our reporter says". A reporter's analysis is no statement of an
// actor's, whichever medium employs the reporter.
constexpr std::array<std::string_view, 10> kJournalistHeads = {
    "correspondent", "correspondents", "reporter",  "reporters",   "journalist",
    "journalists",   "editor",         "columnist", "commentator", "presenter"};
// Roles of a team member after a country that names the team: "Wales coach X told ...", "former England
// skipper X said". The country names a national team, and its coach or player speaks for no state.
constexpr std::array<std::string_view, 12> kSportRoleHeads = {
    "coach",  "skipper", "captain", "striker", "midfielder", "goalkeeper",
    "winger", "batsman", "bowler",  "player",  "manager",    "boss"};
// Words after a possessor's "'s" that open a speaker who does not speak for the possessor: its supporters or
// critics, or a superlative that picks one of its members ("Britain's biggest bank", "the country's leading
// union": the bank, not Britain).
constexpr std::array<std::string_view, 12> kNotThePossessorsVoice = {
    "supporters", "critics", "opponents", "fans", "rivals", "biggest",
    "largest",    "leading", "main",      "top",  "second", "third"};
// Words right before a verb of saying that make it a noun: "the mayor's comments", "his remarks", "an
// announcement" report what was said elsewhere, not a statement made in this sentence; "unavailable for
// comment", "declined to comment" are no statement either. (No bare "'": it closes a quotation before "said
// the minister".)
constexpr std::array<std::string_view, 12> kNounDeterminers = {
    "'s", "the", "a", "an", "his", "her", "its", "their", "our", "these", "those", "for"};
// Words right after a verb of saying that say it said nothing: "said nothing about", "said little".
constexpr std::array<std::string_view, 2> kNothingSaid = {"nothing", "little"};
// The forms of the verbs of saying that are also nouns ("said", "announced", "told" are verbs after "'s":
// "McDonald's announced").
constexpr std::array<std::string_view, 5> kNounForms = {"comment", "comments", "remark", "remarks", "say"};
// Marks between a speaker and its verb that put the speaker in the reported content, not before the verb:
// "Pupils should learn, they say", "... the screen," he said" ("they", "he" follow the mark).
constexpr std::array<std::string_view, 6> kContentMarks = {",", ":", "\"", "'", "\u201c", "\u201d"};

bool SameActor(const SentenceAnalysis& a, int32_t x, int32_t y) {
  if (x < 0 || y < 0) return false;
  if (x == y) return true;
  const ActorChunk& cx = a.chunks[x];
  const ActorChunk& cy = a.chunks[y];
  if (cx.group >= 0 && cx.group == cy.group) return true;
  return cx.referent >= 0 && cx.referent == cy.referent;
}

// The chunk that begins at token `i`, or -1.
int32_t ChunkAt(const SentenceAnalysis& a, uint32_t i) {
  for (size_t c = 0; c < a.chunks.size(); ++c)
    if (a.chunks[c].begin == i) return static_cast<int32_t>(c);
  return -1;
}

// The end of the clause that starts at `begin`: the first ";", ":" or full stop, else the sentence's end.
uint32_t ClauseEnd(const SentenceAnalysis& a, uint32_t begin) {
  for (uint32_t i = begin; i < a.tokens.size(); ++i)
    if ((a.tokens[i].classes & (kClassPeriod | kClassClausePunctuation)) != 0) return i;
  return static_cast<uint32_t>(a.tokens.size());
}

// True when a match inside [begin, end) is coded as a threat (13x), by its pattern or as an announced act.
bool ThreatMatchIn(const CompiledDictionary& dict, const SentenceAnalysis& a,
                   const std::vector<RoleAssignment>& roles, uint32_t begin, uint32_t end) {
  const EntryTable entries = dict.entries();
  for (size_t k = 0; k < a.matches.size(); ++k) {
    const VerbMatch& o = a.matches[k];
    if (o.trigger_begin < begin || o.trigger_begin >= end || roles[k].negated) continue;
    const std::string_view act = entries[dict.pattern(o.pattern).entry].code;
    if (act.starts_with("13") || (roles[k].intended && IntentCode(act).starts_with("13"))) return true;
  }
  return false;
}

// True when the clause [begin, end) opens with the speaker and a future auxiliary and names another actor.
bool SpeakerAnnouncesActAgainstOther(const SentenceAnalysis& a, int32_t speaker, uint32_t begin,
                                     uint32_t end) {
  if (begin >= end) return false;
  uint32_t after_subject = begin + 1;
  if (!OneOf(a.Folded(begin), kSpeakerPronouns)) {
    const int32_t subject = ChunkAt(a, begin);
    if (!SameActor(a, subject, speaker)) return false;
    after_subject = a.chunks[subject].end;
  }
  if (after_subject + 1 >= end || !OneOf(a.Folded(after_subject), kFutureAuxiliaries)) return false;
  // "it would not retaliate": an act announced as not done threatens no one.
  if (OneOf(a.Folded(after_subject + 1), kNegations)) return false;
  for (size_t c = 0; c < a.chunks.size(); ++c) {
    const ActorChunk& ch = a.chunks[c];
    if (ch.begin > after_subject && ch.begin < end && !ch.place &&
        !SameActor(a, static_cast<int32_t>(c), speaker))
      return true;
  }
  return false;
}

bool BareStatement(const CompiledDictionary& dict, const EntryTable& entries, const VerbMatch& match) {
  if (match.trigger_end != match.trigger_begin + 1) return false;
  const VerbPattern& pattern = dict.pattern(match.pattern);
  const EntryView entry = entries[pattern.entry];
  return entry.code == "010" && OneOf(entry.phrases[pattern.phrase], kBareStatementPhrases);
}

// True when the statement's verb takes its addressee as object ("told crowds", "told the BBC").
bool Addressed(const CompiledDictionary& dict, const EntryTable& entries, const VerbMatch& match) {
  const VerbPattern& pattern = dict.pattern(match.pattern);
  return entries[pattern.entry].phrases[pattern.phrase] == "tell";
}

// True when a condition word opens the clause of token `i` before it.
bool InCondition(const SentenceAnalysis& a, uint32_t i) {
  const uint16_t clause = a.tokens[i].clause;
  for (uint32_t k = i; k-- > 0 && a.tokens[k].clause == clause;)
    if (OneOf(a.Folded(k), kConditionWords)) return true;
  return false;
}

// True when the speaker chunk `speaker` is the subject right before the statement at `trigger`: no mark of
// the reported content between them.
bool SpeakerBeforeVerb(const SentenceAnalysis& a, int32_t speaker, uint32_t trigger) {
  const uint32_t end = a.chunks[speaker].end;
  if (end > trigger) return false;
  for (uint32_t k = end; k < trigger; ++k)
    if (OneOf(a.Folded(k), kContentMarks)) return false;
  return true;
}

// An actor the reader can place: a named actor, a country, a name, or a mention of an earlier actor. A
// sector noun alone ("officials said", "a spokesman said", "the company said" with no company named before)
// names no one whose statement it would be.
bool PlacedActor(const SentenceAnalysis& a, const ActorChunk& c) {
  if (c.actor_entry >= 0 || c.country_entry >= 0 || c.referent >= 0) return true;
  // A name the dictionary does not know ("Schools Minister Stephen Twigg", "the Ofcom spokesman"): a
  // capitalised word that does not open the sentence.
  for (uint32_t i = std::max(c.begin, 1u); i < c.end; ++i)
    if ((a.tokens[i].flags & (kFlagCapitalized | kFlagAllCaps)) != 0) return true;
  return false;
}

// An actor the content names: a named actor, a mention of an earlier actor, or a capitalised word (a country,
// a name), or a definite noun. Unlike PlacedActor, not a bare sector noun that only takes its country from
// the story ("said investors would return" in a story about France): that names a class of people, not whom a
// statement is about.
bool NamedInContent(const SentenceAnalysis& a, const ActorChunk& c) {
  if (c.actor_entry >= 0 || c.referent >= 0) return true;
  // "the company", "the government": a definite noun points at an actor the story has named.
  if (c.begin > 0 && a.Folded(c.begin - 1) == "the") return true;
  for (uint32_t i = c.begin; i < c.end; ++i)
    if ((a.tokens[i].flags & (kFlagCapitalized | kFlagAllCaps)) != 0) return true;
  return false;
}

// The first actor of the reported content after a statement's verb at `begin` (to the clause's end), that is
// not the speaker nor a place, and is named (NamedInContent): what the statement is about ("Turkey said on
// Monday Iran's plan ..."). A bare sector noun ("said investors would ...", "said children ...") names a
// class of people the content mentions, not an actor it is about.
int32_t ContentActor(const SentenceAnalysis& a, int32_t speaker, uint32_t begin) {
  const uint32_t end = ClauseEnd(a, begin);
  for (size_t c = 0; c < a.chunks.size(); ++c) {
    const ActorChunk& ch = a.chunks[c];
    // "..., Agence France Presse reported": the source of an attribution is not what the content is about.
    const bool attributes = ch.end < a.tokens.size() && (a.tokens[ch.end].classes & kClassReportingVerb) != 0;
    if (ch.begin >= begin && ch.begin < end && !ch.place && !attributes && NamedInContent(a, ch) &&
        !SameActor(a, static_cast<int32_t>(c), speaker))
      return static_cast<int32_t>(c);
  }
  return -1;
}

// True when the statement's speaker follows a comma that closes a report opening with another actor as its
// subject: "Israel has strengthened its forces in Lebanon, military sources said", "Denmark accepted the
// formula, officials said". News writes an act so, with its source after it; that no pattern coded the act
// makes the attribution no statement of its own ("The market has divided the nations, the FAO said" and
// "\"We refute the charges,\" he said" open with no actor, and stay statements).
bool TrailingAttributionOfActorReport(const SentenceAnalysis& a, int32_t speaker) {
  uint32_t b = a.chunks[speaker].begin;
  while (b > 0 && OneOf(a.Folded(b - 1), kArticles)) --b;
  if (b == 0 || (a.tokens[b - 1].classes & kClassComma) == 0) return false;
  for (size_t c = 0; c < a.chunks.size(); ++c) {
    const ActorChunk& ch = a.chunks[c];
    if (ch.begin <= 1 && ch.end < b && !ch.place && !SameActor(a, static_cast<int32_t>(c), speaker))
      return true;
  }
  return false;
}

// True when the words from the speaker chunk to the verb at `trigger` name someone else than the chunk's
// actor as the speaker (SpeakerBeforeVerb holds, so they are one noun phrase):
//  - a journalist (kJournalistHeads): "BBC correspondent X said";
//  - a team member after a bare country (kSportRoleHeads): "England coach X said";
//  - a possessor whose "'s" opens a head that does not speak for it (kNotThePossessorsVoice): "Mr Blair's
//    supporters say", "the UK's biggest mortgage lender said". "X's spokesman", "X's chief", "X's security
//    team" speak for X, and stay its statements.
bool SpeakerIsNotTheChunksActor(const SentenceAnalysis& a, const ActorChunk& c, uint32_t trigger) {
  for (uint32_t k = c.begin; k < trigger; ++k)
    if (OneOf(a.Folded(k), kJournalistHeads) && !(k == c.begin && c.actor_entry >= 0)) return true;
  const bool bare_country = c.country_entry >= 0 && c.actor_entry < 0 && c.agent_entry < 0 && c.referent < 0;
  if (bare_country)
    for (uint32_t k = c.end; k < trigger; ++k)
      if (OneOf(a.Folded(k), kSportRoleHeads)) return true;
  return c.end + 1 < trigger && a.Folded(c.end) == "'s" && OneOf(a.Folded(c.end + 1), kNotThePossessorsVoice);
}

// True when the speaker is a company or a medium, by its named actor or its sector noun (or those of the
// earlier actor it refers to): "Sony announced record profits", "the firm told investors", "the Guardian
// said". Their statements are commercial or editorial news, not acts of political actors; their acts that a
// pattern codes (accusing, suing, rejecting) stay events.
bool CommercialSpeaker(const CompiledDictionary& dict, const SentenceAnalysis& a, const ActorChunk& c) {
  const EntryTable entries = dict.entries();
  int32_t actor = c.actor_entry, agent = c.agent_entry;
  if (c.referent >= 0) {
    actor = a.referents[c.referent].actor_entry;
    agent = a.referents[c.referent].agent_entry;
  }
  if (actor >= 0) {
    const auto& e = entries[actor];
    return e.code.starts_with("MNC") || std::any_of(e.sectors.begin(), e.sectors.end(), NonStateSector);
  }
  return agent >= 0 && NonStateSector(entries[agent].code);
}

}  // namespace

void DropBareStatementsBesideOtherActs(const CompiledDictionary& dict, bool code_bare_statements,
                                       SentenceAnalysis* a) {
  const EntryTable entries = dict.entries();
  std::vector<VerbMatch>& matches = a->matches;
  bool statement = false, other = false;
  for (const VerbMatch& m : matches) (BareStatement(dict, entries, m) ? statement : other) = true;
  if (!statement || (!other && code_bare_statements)) return;
  std::erase_if(matches, [&](const VerbMatch& m) { return BareStatement(dict, entries, m); });
}

void SupersedeBareStatements(const CompiledDictionary& dict, const SentenceAnalysis& a,
                             std::vector<RoleAssignment>* roles_out, std::vector<uint8_t>* superseded) {
  std::vector<RoleAssignment>& roles = *roles_out;
  const EntryTable entries = dict.entries();
  bool first = true;
  for (size_t m = 0; m < a.matches.size(); ++m) {
    const VerbMatch& match = a.matches[m];
    if (!BareStatement(dict, entries, match)) continue;
    const uint32_t t = match.trigger_begin;
    const int32_t speaker = roles[m].source_chunk;
    const bool own_statement =
        first && speaker >= 0 && !a.chunks[speaker].place && SpeakerBeforeVerb(a, speaker, t) &&
        PlacedActor(a, a.chunks[speaker]) && !CommercialSpeaker(dict, a, a.chunks[speaker]) &&
        !OneOf(a.Folded(a.chunks[speaker].end - 1), kAnonymousSpeakerHeads) &&
        !TrailingAttributionOfActorReport(a, speaker) &&
        !SpeakerIsNotTheChunksActor(a, a.chunks[speaker], t) &&
        !(t > 0 && OneOf(a.Folded(t), kNounForms) && OneOf(a.Folded(t - 1), kNounDeterminers)) &&
        !(match.trigger_end < a.tokens.size() && OneOf(a.Folded(match.trigger_end), kNothingSaid)) &&
        !(t > 0 && OneOf(a.Folded(t - 1), kNotOwnStatementOpeners)) &&
        (a.tokens[t].flags & kFlagInRelativeClause) == 0 && !InCondition(a, t) && !roles[m].future &&
        !(t > 0 && OneOf(a.Folded(t - 1), kModalAuxiliaries) &&
          (a.tokens[t - 1].flags & (kFlagCapitalized | kFlagAllCaps)) == 0);
    // A later statement is the first one's content ("she told the court a lawyer had told her"), unless the
    // first is a participle adjunct ("Commenting on the vote, a spokesman said ...").
    if (!a.Folded(t).ends_with("ing")) first = false;
    if (!own_statement) {
      (*superseded)[m] = 1;
    } else if (roles[m].target_chunk < 0 ||
               (!Addressed(dict, entries, match) && !NamedInContent(a, a.chunks[roles[m].target_chunk]))) {
      // The roles' object of "said" is the content's first actor; a class of people there ("said investors
      // would ...") is not what the statement is about. The addressee of "told" is its target whatever it is.
      roles[m].target_chunk = ContentActor(a, speaker, match.trigger_end);
    }
  }
}

void SupersedeThreateningWarnings(const CompiledDictionary& dict, const SentenceAnalysis& a,
                                  const std::vector<RoleAssignment>& roles,
                                  std::vector<uint8_t>* superseded) {
  const EntryTable entries = dict.entries();
  for (size_t m = 0; m < a.matches.size(); ++m) {
    const VerbMatch& w = a.matches[m];
    if ((*superseded)[m] || roles[m].negated || w.trigger_end == 0) continue;
    if (entries[dict.pattern(w.pattern).entry].code != "012" || a.Folded(w.trigger_end - 1) != "that")
      continue;
    const uint32_t end = ClauseEnd(a, w.trigger_end);
    if (ThreatMatchIn(dict, a, roles, w.trigger_end, end) ||
        SpeakerAnnouncesActAgainstOther(a, roles[m].source_chunk, w.trigger_end, end))
      (*superseded)[m] = 1;
  }
}

}  // namespace dyad
