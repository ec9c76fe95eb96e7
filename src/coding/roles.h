// Internal to the coding stage: who is the source and who the target of each verb match.
#ifndef DYAD_CODING_ROLES_H_
#define DYAD_CODING_ROLES_H_

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "coding/sentence.h"

namespace dyad {

// How far after a verb its "by" phrase may start ("arrested on Tuesday by a special squad").
constexpr uint32_t kMaxByDistance = 6;

struct RoleAssignment {
  int32_t source_chunk = -1;
  int32_t target_chunk = -1;
  // The verb is in the passive: with "be", reduced ("50 activists arrested in Mumbai") or a participle before
  // its noun ("the banned movement").
  bool passive = false;
  // Not an act the text reports or announces: negated ("did not attack"), hypothetical ("could attack", "if
  // ... attacks"), a question, or an infinitive that no intent word governs ("met Y to discuss", "urged Y to
  // attack").
  bool negated = false;
  // Announced, not done: "will visit", "agreed to meet", "is ready to help", "threatened to attack", "said it
  // would boycott". The coder codes it as intent (03x) or threat (13x), see intent.h.
  bool intended = false;
  // The token that makes the act intended ("will", "agreed", "ready"), or -1.
  int32_t governor = -1;
  // The governor is a future auxiliary ("will", "shall"): an act without an intent form ("will criticize")
  // is coded as the act, marked with PLOVER's auxiliary mode "future".
  bool future = false;
  // No agent in the clause: a passive without a "by" phrase ("35 persons were arrested", also reduced: "50
  // activists arrested in Mumbai", "those arrested"), or a noun event without a possessor or "by" ("the
  // arrests were made"). The coder may take the agent from context (coder.cc, ContextAgent), and codes an
  // AuthorityAct without one.
  bool agentless = false;
  // Negated under a future auxiliary, or "would" in reported speech: "will not accept refugees", "won't
  // release", "said it would not meet". Also `negated`; `governor` is the auxiliary. The coder codes the
  // refusal of the act (12x, intent.h RefusalCode) with CoderOptions::refusals.
  bool refused = false;
  // Demanded of the clause's subject, not done: "said China must drop barriers", "demanded that Israel ease
  // restrictions". The source is the subject of the demanding word (`governor`), the target the subject of
  // the act; the coder codes the demand (10x, see intent.h).
  bool demanded = false;
  // A one-word trigger in its base form that no "to", modal or "do" makes a verb: a noun without a determiner
  // ("plans for house arrest", "the house arrest cases"). Such a match keeps its roles but is no act on an
  // unnamed target (UnnamedTargetAct): the clause subject is rarely its agent.
  bool bare_noun = false;
  // A DomesticAct (or StatedReadiness) with a source and no target, whose source is the target of no other
  // reported act of the sentence ("began a hunger strike in protest against the police" is the protest
  // against the police): the coder takes the source's own country for its target.
  bool domestic = false;
  // An injury or killing (180, 182x) whose agent the text names only as a bombing the dictionary knows (a
  // 183x match): the subject of the verb ("a roadside bomb killed two soldiers") or the means of its passive
  // ("were killed in a car bomb explosion"). Set only with a target and no source (ExplosiveAgent); the
  // coder codes it with an unnamed source, as an AuthorityAct without an agent.
  bool explosive_agent = false;
};

// A one-word sector chunk used as an adjective before a noun that is no actor: "boycott all official contact
// with the United States", "resume terrorist activities". The noun is the object, not the sector: such a
// chunk is no object (FindObject, a '+' slot) and no place-target blocker (TakePlaceTargets). Only words
// read as adjectives: the tagger's JJ before a common noun, or untagged an adjective suffix ("-al", "-ist",
// "-ic") before a lower-case word that opens no phrase or clause. A noun used as modifier ("shelled rebel
// positions", "attacked police stations") stays the object, as CAMEO codes it.
bool AttributiveSectorWord(const SentenceAnalysis& analysis, const ActorChunk& chunk);

// Acts that only the authorities perform: arrest, detention, charges (CAMEO 173), the expulsion or
// deportation of individuals (174: only a state expels a diplomat or deports a migrant) and violent
// repression (175). When the text names no agent ("35 persons were arrested", "two diplomats were expelled",
// "tear gas was fired") and no police or army the coder could take for it (ContextAgent), the coder with
// CoderOptions::unnamed_authority codes them with an unnamed source: an actor with empty code and text, since
// which authority (police, army, court) the text does not say. The output contract allows empty actor parts.
bool AuthorityAct(std::string_view code);

// True when the text names no agent for `match` at all: no "by" phrase after it in its clause ("indicted by a
// grand jury" names one, though not as an actor), and no actor in the sentence that could be the agent but
// `target_chunk`'s coordination group. Places, unnamed groups of people, actors after a preposition ("the
// arrests followed the visit of the minister"; a country there still counts: "arrested in Lebanon for
// spying for Israel") and reporters ("..., activists said") cannot. Only then is an AuthorityAct's source
// unnamed: where another actor is named ("Chavez's government") the agent may be that one, which the roles
// cannot tell, and an empty source would be a wrong guess. (AssignRoles takes a reporting authority,
// "..., prosecutors said", as the agent.)
bool UnnamedAgent(const SentenceAnalysis& analysis, const VerbMatch& match, int32_t target_chunk);

// Expulsions (174) in the passive with a "from" right after the verb: "two journalists were expelled from
// Gondor" names the expelling state, the country named alone after "from", as the source; "was expelled from
// the ruling party" (a party, group, movement, union, ...) is no state's expulsion and is negated. Only where
// the roles found no source. Called by AssignRoles with the dictionary.
void ReadExpulsionsFrom(const SentenceAnalysis& analysis, const CompiledDictionary& dict,
                        std::vector<RoleAssignment>* roles);

// The words after an agentless act that refer back to shooting the story has reported: "(one person was
// killed) in the firing", "during the ensuing firing", "in the police action", "in the shooting", in the
// verb's clause a few words after it. Sets [*cue_begin, *cue_end) to the reference ("the firing"). The coder
// gives such a killing or injury the police agent of the story's earlier firing (coder.cc, story force
// memory); the words alone name no agent.
bool StoryForceCue(const SentenceAnalysis& analysis, const VerbMatch& match, uint32_t* cue_begin,
                   uint32_t* cue_end);

// A killing or injury told in a relative clause of a firing named as a noun: "the police firing on its
// activists at taldih ... in which one person was killed", "the firing by police during which two were
// injured". "in which" or "during which" stands in the verb's clause a few words (the victim) before the
// verb, and "firing" (or "shooting") at most a phrase before it: the firing's own object and place, in one
// clause, with no comma and no other verb match between. Returns the firing's token, or -1. The coder takes
// the police or army that fired (the chunk before "firing" or after its "by") as the agent.
int32_t RelativeFiring(const SentenceAnalysis& analysis, const VerbMatch& match);

// True when the injury or killing `analysis.matches[m]` (180, 182x; `code`), with assignment `r` (a target,
// no source, not negated, intended or demanded), has a bombing for its agent: another match whose code
// starts with 183 in `dict` is the phrase that opens the verb's clause (after a
// comma or at the clause's start, with only a determiner, number or modifier before it: "A roadside bombing
// near the town on Sunday killed one soldier"; no actor that is no place, "by", comma or other match
// between it and the verb), or follows a passive verb after "in" or "by" ("three civilians were killed in a
// suicide car bombing"). The bomber is unnamed; a bombing "by rebels" names them.
bool ExplosiveAgent(const SentenceAnalysis& analysis, const CompiledDictionary& dict, size_t m,
                    std::string_view code, const RoleAssignment& r);

// The agent of the passive injury or killing `analysis.matches[m]` (180, 182x; `code`) with assignment `r`
// (no source, no "by" agent) that its means names: the actor chunk right before a bombing or fighting match
// (183x, 19x), with up to two lower-case modifiers between, after "in" or "by" a few words after the verb:
// "four children were killed in Israeli tank shelling", "wounded by a Gondorian army artillery barrage"; or
// the party named after the "with" of a fight (19x) the victims' side had ("were killed in a clash with
// rebels", "during clashes with the police"). Returns the chunk, or -1.
int32_t MeansAgent(const SentenceAnalysis& analysis, const CompiledDictionary& dict, size_t m,
                   std::string_view code, const RoleAssignment& r);

// Acts done to people whose target may go unnamed ("police arrested him", "97 died in police firing"):
// arrests and repression (173, 175) by anyone, coercion, assault and killing (17x, 18x) by the security
// forces
// (`security_source`: police or army, or the unnamed authority of an AuthorityAct), and fighting (19x, 20x)
// by the police (`police_source`: "police opened fire", which in a report of unrest is fire on a crowd). The
// coder codes them with an empty target when no actor is named as one; other acts need one. An army's
// fighting without a named enemy is not among them: in war reports the enemy is named, and where not, the
// shots may have hit no one.
bool UnnamedTargetAct(std::string_view code, bool security_source, bool police_source);

// Violence on people whose victim a passive names without its agent ("two journalists were abducted",
// "five people were killed"): abduction (181), assault and killing (180, 182x) `code` at `match`. Where the
// sentence names no one who could have done it (UnnamedAgent), the coder codes it with an unnamed source, as
// an AuthorityAct without an agent; only with a named victim. Not after "being" ("without risk of them being
// tortured", "is being abused": fears and figures of speech), nor with an accident or disaster a few words
// after the verb in its clause ("injured in a motorcycle crash", "killed following an earthquake"), which
// no one did.
bool UnnamedViolence(const SentenceAnalysis& analysis, const VerbMatch& match, std::string_view code);

// Domestic acts whose target, when the text names none, is the source's own country: protest (14x: "students
// staged demonstrations", "workers began a hunger strike" are protests against their own state), easing or
// imposing administrative restrictions (081x "lifted the state of emergency in Darfur", 172x "imposed a
// curfew") and political reform (083x). CAMEO codes such an act SDN -> SDN; the coder does so only when the
// source has a country. Other acts without a named target are no events: "X met", "X praised" say nothing
// of their target.
bool DomesticAct(std::string_view code);

// A stated readiness or commitment, a generic intent (030) matched as "be ready / prepared / willing /
// committed to" ("President X said he is prepared to lift the ban on Y", "Vietnam is committed to opening up
// the economy"): with no other party named, it is a commitment of the source to its own country, which the
// coder codes as a DomesticAct (CAMEO's coders code it X -> X). Other generic intents without a target
// ("agreed to buy", "promised to cut taxes", "offered to repay") are not: in news they are mostly a
// company's deals or a campaign's promises. Nor is a readiness for no act: a noun phrase after the "to"
// ("is committed to poverty reduction", "to a strong dollar") is a policy stated, with no party and no act.
bool StatedReadiness(const SentenceAnalysis& analysis, const CompiledDictionary& dict, const VerbMatch& match,
                     std::string_view code);

// A source whose domestic acts are no acts of or against its state: companies and media ("Samsung
// demonstrated a phone", "the broadcaster took him off air"), whose country is where they trade.
bool NonStateSource(std::string_view code, const std::vector<std::string>& sectors);
// The sector codes that make a source so: business, multinationals, media.
bool NonStateSector(std::string_view sector);

// Material conflict, CAMEO roots 17 (coerce) to 20: arrests, raids, attacks, whose parties are where they
// happen.
bool MaterialConflictAct(std::string_view code);

// ---- Modality (roles_modality.cc), shared with roles.cc ----

inline constexpr std::array<std::string_view, 3> kFutureAuxiliaries = {"will", "shall", "'ll"};
inline constexpr std::array<std::string_view, 6> kBeWords = {"is", "are", "was", "were", "be", "'s"};

// Sets r->demanded, r->negated or r->intended (with r->governor) for the verb at `verb` whose subject chunk
// is `subject` (-1: none): negated, hypothetical or an infinitive without an intent word is not an act the
// text reports as done or announces. A `protest` (14x) in an infinitive of purpose is reported as done
// ("staged a rally to protest the law", PurposeInfinitive). An act whose CAMEO code `act` has a threat for
// its intent (13x: protest, reducing relations, coercion, violence) under "will", "may", "might", "could" or
// "would" with an "if" or "unless" after it is announced as a threat of its subject ("the Community may halt
// mediation if cooperation is not forthcoming": CAMEO 135), not a hypothetical. With
// `hypotheticals_as_acts` (CoderOptions::hypotheticals_as_acts, TABARI's suite) a modal without a negation
// ("would now boycott") and an infinitive no intent word governs ("was seen to break") are reported acts.
void ClassifyModality(const SentenceAnalysis& analysis, uint32_t verb, int32_t subject, RoleAssignment* r,
                      bool protest = false, std::string_view act = {}, bool hypotheticals_as_acts = false);
// A refusal its refuser announces with no other party named: "Gondor says it will not accept any more
// refugees", "Gondor refused to sign the accord", "the government will not release the prisoners". The
// act is a rejection (PLOVER REJECT) whoever asked for it; the coder codes it with an empty target, as it
// does a protest without a named target. True when `match` with assignment `r` is refused (`refused`: the
// coder codes the act's refusal, RefusalCode) or its pattern's code `code` is a rejection (12x) reported as
// done, and its source chunk `source_chunk` is the refusing subject: no place, ending right before the verb
// group (at most three plain words between: "Gondor on Monday refused") or right before its own report of
// it ("Gondor said it will not", "says that they will not"). A source further away may be the roles' guess;
// without a target to confirm it, no event; so is a pronoun subject, whose antecedent is a guess. Nor a
// refusal to speak ("refused to say", "to rule out") or of a claim ("dismissed the allegations"): that is
// declining comment or a denial. The coder also asks for a state source (NonStateSource).
bool RefusalWithoutTarget(const SentenceAnalysis& analysis, const VerbMatch& match, const RoleAssignment& r,
                          bool refused, std::string_view code, int32_t source_chunk);
// True when the infinitive marker `to_index` opens an infinitive of purpose of the clause before it: no actor
// right before the "to", and no word that asks, permits, refuses or names the act in the few words before.
bool PurposeInfinitive(const SentenceAnalysis& analysis, uint32_t to_index);
// The intent word that governs the infinitive marker `to_index` a few plain words back, or -1.
int32_t IntentGovernor(const SentenceAnalysis& analysis, uint32_t to_index);
// Past necessity, compulsion, ability, aspect, decision or attempt before the "to" at `to_index` report the
// infinitive as done ("had to open fire", "forcing the police to open fire", "were able to arrest").
bool RealisedInfinitive(const SentenceAnalysis& analysis, uint32_t to_index);
// An adverb a verb group may hold ("also", "later", "-ly" words), not in an actor chunk.
bool SkippedAdverb(const SentenceAnalysis& analysis, uint32_t i);
// The nearest token before `i` that is not a skipped adverb, or -1.
int32_t PreviousNonAdverb(const SentenceAnalysis& analysis, uint32_t i);

// The object of a preposition: the word before the chunk (or before its "the") is one ("in the capital",
// "by police"); an approximator opening a clause before a count is none ("About 35 protesters were ...").
bool PrepositionalObject(const SentenceAnalysis& analysis, uint32_t chunk_begin);

// Gives an agentless passive arrest or repression (AuthorityAct) that UnnamedAgent finds without a possible
// agent the authority that reports it as its source: "the chief minister said 30 persons had been arrested",
// "..., prosecutors said" (government, courts, police, army, intelligence; not "his spokesman"). Called by
// AssignRoles with the dictionary.
void TakeReportingAuthorities(const SentenceAnalysis& analysis, const CompiledDictionary& dict,
                              std::vector<RoleAssignment>* roles);

// ---- Objects (roles_object.cc), shared with roles.cc ----

// Determiners and possessives that open a noun phrase ("the", "its", "'s", ...).
inline constexpr std::array<std::string_view, 10> kPhraseDeterminers = {"the", "a",   "an",  "its",  "their",
                                                                        "his", "her", "our", "this", "'s"};

// The object: the first chunk after the verb in its clause (from token `from`) that is no place, before
// `limit` (the next match) and before a verb conjoined after "and", "but" or "or" ("the cabinet met Sunday
// and decided to approve a plan that bars candidates of the militant group": the group is no one the cabinet
// met), nor a sector word that is an adjective (AttributiveSectorWord). -1 when none.
int32_t FindObject(const SentenceAnalysis& analysis, uint32_t from, uint32_t limit, uint16_t clause);
// After a verb whose first chunk is an attributive sector word ("resume terrorist activities in Israel"):
// the country right after the noun's "in", the noun's place and the aim of a threat or of violence. -1 when
// the first chunk is anything else or no country follows that way.
int32_t CountryOfAttributiveNoun(const SentenceAnalysis& analysis, uint32_t from, uint32_t limit,
                                 uint16_t clause);
// The author of an event noun that is a verb's object ("refused to respond to a demand from the US
// President", "rejected an offer by Rohan"), which the verb answers; `next` is the noun's match. -1 when the
// words between or after do not read so.
int32_t NounObjectAuthor(const SentenceAnalysis& analysis, uint32_t from, const VerbMatch& next,
                         uint16_t clause);
// The agent of the acts an investigation (09x) looks into, its target: after the investigation's words at
// `from`, in its clause, with no actor or comma between, a past participle and "by" ("launched an
// investigation into alleged crimes committed by Gondorian forces"). Those who are investigated for what
// they did are the investigation's object; a "by" after no participle may name the investigators. -1 when
// none.
int32_t InvestigatedAgent(const SentenceAnalysis& analysis, uint32_t from, uint16_t clause);
// The actor chunk that begins at token `j` in `clause` and is no place, or -1 (also when `j` is past the
// end): the party a preposition introduces ("by the Gondorian army", "with rebels").
int32_t ActorChunkStartingAt(const SentenceAnalysis& analysis, uint32_t j, uint16_t clause);
// The chunk of a passive's "by" agent within kMaxByDistance words after `from` in the clause, or -1.
int32_t FindAgentAfterBy(const SentenceAnalysis& analysis, uint32_t from, uint16_t clause);
// A one-word past participle without "be" whose "by" and agent follow it at once: a headline's or a
// reduced relative's passive ("Rohan envoy criticised by Gondor", "the minister, backed by the army,").
// An active transitive verb takes its object there, never "by" and an actor, so the participle is read
// as a passive whatever the pattern matched; not after "have" (an active perfect) nor where the pattern
// names its own source.
bool AgentPhraseParticiple(const SentenceAnalysis& analysis, const VerbMatch& match);

// ---- Subjects (roles_subject.cc), shared with roles.cc ----

// Irregular past forms of verbs that news reports of acts use, read as verbs where a past form in "-ed" is.
inline constexpr std::array<std::string_view, 16> kIrregularPasts = {
    "broke", "took", "fled", "began", "made",   "gave",   "won",  "went",
    "led",   "met",  "sent", "held",  "struck", "fought", "shot", "threw"};

// The subject chunk of the verb at `anchor`, or -1: the nearest actor chunk before it in its clause that is
// no place, no object of a preposition (but a subject after "after", "before"), not inside a relative clause
// and no apposition; a verb in a relative clause takes the chunk its pronoun follows. A chunk that is the
// subject of another clause's "be" ("police were passive ... killed") is none.
int32_t FindSubject(const SentenceAnalysis& analysis, uint32_t anchor);
// The subject of the clause before a verb group that opens its clause after "but", "yet" or "and" ("Benin
// opened its borders to X, but was still refusing ..."), or -1.
int32_t ConjoinedVerbSubject(const SentenceAnalysis& analysis, uint32_t verb);

// One assignment per analysis.matches entry, in the same order. With the dictionary (`dict`, the one the
// matches come from), a transitive act on people (17x, 18x) in a participle without an object ("50 activists
// arrested in Mumbai", "those detained") is read as an agentless passive; without it, as a verb with its
// subject. `hypotheticals_as_acts`: see ClassifyModality (a suite setting; news keeps the CAMEO reading,
// a hypothetical is no event).
void AssignRoles(const SentenceAnalysis& analysis, std::vector<RoleAssignment>* roles,
                 const CompiledDictionary* dict = nullptr, bool hypotheticals_as_acts = false);

// A headline's passive, written without "be": "Two diplomats expelled", "Ambassador expelled over spy row",
// "Journalist kidnapped in Mexico". True when the past participle at `anchor` follows at once the actor chunk
// that opens the sentence (after a determiner or a count at most), is followed by nothing or a preposition
// (an active verb takes its object there: "Police arrested three men"), and the sentence has no full stop
// and no other finite verb ("be", "have", "said", a modal). The matcher reads an act of the authorities or
// of violence (17x, 18x) there as passive: its target is the chunk before it. Allocates nothing.
bool HeadlinePassive(const SentenceAnalysis& analysis, uint32_t anchor);
// The acts read so: those coded without an agent in the full passive (AuthorityAct, UnnamedViolence's
// 180-182).
bool HeadlinePassiveAct(std::string_view code);

}  // namespace dyad

#endif  // DYAD_CODING_ROLES_H_
