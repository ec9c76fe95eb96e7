// Coding: finds source - event - target triples in a document's sentences.
#ifndef DYAD_CODER_H_
#define DYAD_CODER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "dyad/dictionary.h"
#include "dyad/document.h"
#include "dyad/event.h"
#include "dyad/pos.h"
#include "dyad/where.h"

namespace dyad {

// TABARI's DEFAULT option, a setting of TABARI's validation suite (its "{ OPTION: DEFAULT: SOURCE [DEFSRC]
// PRIOR TARGET [DEFTAR] AFTER }" records; docs/validation.md): an actor code that stands in for a source or
// target the sentence does not name. Never set for news: dyad does not invent actors.
struct DefaultActors {
  std::string source;  // "": no default source
  std::string target;  // "": no default target
  // PRIOR: a verb with no actor before it takes the default source. Without PRIOR TABARI takes the first
  // actor after the verb as the source and the rest of its group as targets ("Fxrnost is about to restore
  // ties with Gondor and Bree": GON/BRE), the default only when there is none.
  bool source_prior = false;
  // AFTER: a verb with no actor after it takes the default target. Without AFTER TABARI takes the target
  // from the source's group ("Bree and Arnor are about to restore ties with Gxndor": BRE/ARN), the default
  // only when the source stands alone.
  bool target_after = false;
  bool active() const { return !source.empty() || !target.empty(); }
  bool operator==(const DefaultActors&) const = default;
};

struct CoderOptions {
  bool explain = false;  // fill Event::rule with the dictionary entry and pattern that fired
  // Places for Event::location; null: events carry no location. Shared, immutable (see dyad/where.h).
  std::shared_ptr<const Gazetteer> gazetteer;
  // Also code material protest, force, coercion and violence (CAMEO 14, 15, 17-20) whose target the sentence
  // does not name ("police fired ten rounds in the air"), with an empty target. Off by default: recall rises
  // (indiapoliceevents F1 0.294 -> 0.423, plover-gsr 0.584 -> 0.606 on 2026-11-29), but the gold sets'
  // actor accuracy counts every empty target as wrong (docs/evaluation.md).
  bool targetless_events = false;
  // Code arrests, detentions, charges and violent repression (CAMEO 173, 175) whose agent the text does not
  // name at all ("35 persons were arrested", "the arrests were made", "they were detained": no "by" phrase,
  // no police or army, no actor but the arrested), with an empty source: these acts are the authorities', but
  // which authority the text does not say (src/coding/roles.h, AuthorityAct and UnnamedAgent). false: such
  // events are not coded. indiapoliceevents-dev ARREST F1 0.49 -> 0.60 with it; the other gold sets unchanged
  // (2026-11-29, docs/evaluation.md).
  bool unnamed_authority = true;
  // A bare sector noun after the sentence's only country takes that country ("the Mozambique government
  // accepted demands from rebels": MOZREB). TABARI and PETRARCH compose an agent only with the country next
  // to it, and their suites are coded so (TABARI's CONV records: "Arnor believes police ... can cope" is
  // ARN/COP), so `dyad validate` turns this off; news coding keeps it (plover-gsr actor accuracy,
  // docs/evaluation.md).
  bool sentence_country_sectors = true;
  // An agent before the first of coordinated countries is each country's: "lawmakers in Fornost and Gondor"
  // are both countries' lawmakers (actor_groups.cc), as PETRARCH codes them. TABARI's suite composes the
  // agent with its own country only ("The ambassadors of Arnor, Osgiliath and Gondor": ARNGOV, OSG, GON,
  // DEMO-08), so `dyad validate` turns this off for TABARI projects.
  bool distribute_agents = true;
  // The words of a multi-word actor name may stand apart by up to two words, and '_' written inside a word
  // joins a name's words: TABARI's actor phrases ("ITHILEN TELEVISION" names "Ithilen state-run television",
  // "PRINCE DOL_AMROTH" "the Prince of Dol_Amroth"; src/coding/actor_names.h says which words a gap may
  // hold). dyad's dictionaries write every word of a name, so news coding leaves this off; `dyad validate`
  // sets it for TABARI projects.
  bool name_gaps = false;
  // A possessor composes with a sector noun that up to two modifiers separate from its "'s": "Iraq's interim
  // government" is IRQGOV. TABARI composes an agent only right after the possessive ("Dagolath's first
  // Deputy Prime Minister Telemar" is DAG in its suite, DEMO-04, TIME-05), so `dyad validate` turns this off
  // for TABARI projects; PETRARCH composes over modifiers ("Ithilen's awful and evil minister").
  bool possessive_modifiers = true;
  // A possessor's title over a known name is the possessor's institution: "Ithilen's minister Calimehtar" is
  // ITHGOV whatever Calimehtar's own code, as PETRARCH's suites code it (COMPOUND-17/-19). News coding keeps
  // the person's own code ("Kazakhstan's President Nazarbayev"; coder.cc), so only `dyad validate` sets this,
  // for PETRARCH suites.
  bool possessor_names = false;
  // A public statement that a dictionary pattern names (CAMEO 01x: "expressed concern", "declined to
  // comment", "held a news conference") is coded with an empty target when the sentence names no addressee:
  // the speaker's act needs none (a bare "say": bare_statements). The PETRARCH and TABARI suites
  // list no such records and their dictionaries have statement patterns for every "said", so `dyad
  // validate` turns this off (docs/evaluation.md, "Statements").
  bool targetless_statements = true;
  // A bare verb of saying ("X said ...": a one-word 010 pattern on say, tell, comment, remark or announce,
  // src/coding/speech_acts.h). kAlone: coded as 010 when it is the sentence's only act (news). kNever: never
  // coded (`dyad validate --own-dictionaries`: the suites' coders code what a statement reports, and nothing
  // for a statement alone). kAsDictionary: no special handling (a suite's own dictionaries, whose statement
  // verbs code as their coders did).
  enum class BareStatements { kAlone, kNever, kAsDictionary };
  BareStatements bare_statements = BareStatements::kAlone;
  // An announced refusal to cooperate or yield ("said it will not accept refugees", "won't release the
  // prisoners") is coded as CAMEO's rejection of that act (12x, src/coding/intent.h RefusalCode), not dropped
  // as a negated act. The suites' coders drop negated acts, so `dyad validate` turns this off.
  bool refusals = true;
  // PETRARCH's require_dyad option, which the PETRARCH unit suites switch off for some records: then an act
  // whose target cannot be found is coded all the same, with an empty target ("..., a senior official said",
  // ---GOV/---/023). On (every act needs both actors) for news and by default.
  bool require_dyad = true;
  // In a story about sport (its words: src/coding/sport_stories.h), an actor known only by its country
  // ("England", "the Chilean", "Zambia will host Lesotho") is a team or a player, not a state: events with
  // such an actor are not coded. Events of institutions in the same story ("Greek prosecutors charged the
  // sprinters") are. `dyad validate` turns it off (the suites' records are single sentences).
  bool national_teams_in_sport = true;
  // TABARI codes the first verb of a clause that a pattern matches and takes its target up to the clause's
  // end, across later verbs ("clashed over the efforts ... during a brief visit to Eriador" is a clash with
  // Eriador). `dyad validate` sets it for TABARI's suite; news coding codes every verb (a sentence reports
  // several acts), so it is off by default.
  bool first_verb_per_clause = false;
  // TABARI's SET: CODE ALL, with first_verb_per_clause: the verbs that rule leaves uncoded after a sentence's
  // first coded act are coded too, each with its own code and the actors of that first act ("X urged Y to
  // assist it": X/Y/urge and X/Y/assist; "X is to restore ties with Y after crowds burned down its embassy":
  // X/Y/restore and X/Y/burn). A suite setting that `dyad validate` sets for the records after the option;
  // news coding never: the actors of one act are not those of the next.
  bool code_all_verbs = false;
  // Also code a verb's paired event, the target's act toward the source, when the dictionary gives the verb
  // one (DictionaryEntry::paired_code: TABARI's and PETRARCH-1's "[032:033]", a visit and its reception). Off
  // by default: dyad's own dictionaries have none, and CAMEO codes the reception only when the text reports
  // it; `dyad validate` sets it for the suites whose coders pair events (docs/validation.md). A reversed-only
  // entry (code "-" with a paired code, Phoenix's "[:030]") codes that event alone with it, nothing without.
  bool paired_events = false;
  // Code an event of an actor with a compound code ("THE_SHIRE [FRO/BIL/SAM]", only the TABARI and PETRARCH
  // actor readers make them) once per part, as TABARI and PETRARCH-1 do. PETRARCH-2 (UniversalPetrarch)
  // writes the compound code as the actor's code ("FRO/BIL/SAM"); `dyad validate` turns this off for its
  // suites.
  bool split_compound_codes = true;
  // Code an act announced with "will" or "shall" as the act itself ("will contribute" 071, not the intent
  // 033), marked "future", as TABARI and PETRARCH, which have no intent coding, and their suites do; likewise
  // a cooperative act an intent verb announces ("agreed to meet", "is scheduled to attend": the act, with no
  // paired event), while threats (13x) and "said it would" keep their codes. Off by default: the CAMEO
  // codebook codes announced acts as intents (src/coding/intent.cc).
  bool future_as_act = false;
  // TABARI's and PETRARCH-1's pattern gaps, a suite setting (`dyad validate` sets it for TABARI projects and
  // for PETRARCH-1 suites, those naming no coding ontology): any number of words of the clause, actors among
  // them, may stand between two pattern words that '_' does not join ("SUGGESTED * APPLY CONVENTIONS" on
  // "suggested Gondor should apply Geneva conventions"), as those coders match. Off for news: there a pattern
  // allows a few modifiers between its words (five over one noun phrase), since a gap over an actor or half a
  // clause joins words of different acts.
  bool unbounded_pattern_gaps = false;
  // TABARI reads no modality: a verb after a modal without a negation ("Gollum would now boycott") or in an
  // infinitive no intent word governs ("was seen to break into") is coded as the act. A suite setting (`dyad
  // validate` sets it for TABARI projects); news keeps CAMEO's reading, a hypothetical is no event.
  bool hypotheticals_as_acts = false;
  // Actors that stand in for a missing source or target (see DefaultActors): a suite setting only.
  DefaultActors default_actors;
  // TABARI's complexity filter, a suite setting (its "COMPLEX: VERBS[5] CONJ[4]" option; docs/validation.md):
  // a sentence with at least `verbs` verb-pattern matches (after the matches a tag or an object noun drops:
  // "the promised aid" is no verb) or at least `conjunctions` "and", "or", "but" that do not join two actors
  // ("Ithilen and Dagolath towns" is one compound) is too complex to code and yields nothing. 0: no limit.
  // Never set for news: a long sentence is no reason to code nothing.
  struct Complexity {
    uint32_t verbs = 0;
    uint32_t conjunctions = 0;
    bool operator==(const Complexity&) const = default;
  };
  Complexity complexity;
  // TABARI's '%' compound marker, a suite setting (`dyad validate` reads it from a TABARI project's verb
  // files, TabariCompoundPatterns in dyad/eval.h; the converted pattern itself has no '%'). Such a pattern
  // ("- % * TALKS [031]", "- * BETWEEN % [223]") codes only where a coordinated group of actors ("Fornost
  // and Gondor") stands at the '%': right before the matched words (the group of the last actor before
  // them in the clause) or right after them (the group of the first actor after them). The event is then
  // symmetric within the group, whatever other actors the sentence names: each member toward each other
  // one; with a paired code ("[044:045]") the earlier member toward the later with the code and the later
  // toward the earlier with the paired code. Without such a group the pattern codes nothing. A pattern is
  // named by its dictionary entry's file and line (DictionaryEntry::file, ::line). Empty for news.
  struct CompoundPattern {
    std::string file;
    uint32_t line = 0;
    bool after_verb = false;  // the '%' follows the verb: the compound is in its object
    bool operator==(const CompoundPattern&) const = default;
  };
  std::vector<CompoundPattern> compound_patterns;
  // PETRARCH-1's reading of a '%' pattern: where the verb's roles give the side away from the marker an
  // actor, the group at the marker acts toward it ("% HAVE * [191]" on "Gondor and Osgiliath have ... Mordor
  // soldiers": each toward Mordor's) or receives its act ("* WITH %": "Eriador agrees with Fornost and
  // Gondor"); only without one is the event within the group. Off: TABARI's, always within the group.
  bool compound_pattern_keeps_roles = false;
  // Code an event noun that heads the object of another matched verb and names its agent with "by"
  // ("condemned an attack by Osgiliath soldiers") as an event of its own, as news reports both acts. PETRARCH
  // codes verbs only (its parse makes the noun phrase the verb's object), so `dyad validate` turns this off
  // for PETRARCH suites: the noun is then no match, and the verb's target search goes through it ("condemned"
  // takes "Osgiliath soldiers").
  bool object_nouns_as_events = true;
  // Take the place an act with no object names after it as its target ("X will meet in Zurich": X/CHE), as
  // PETRARCH's coders do with a prepositional object. Off by default: CAMEO codes where an act happened as
  // its location, not its target; `dyad validate` sets it for PETRARCH suites.
  bool place_targets = false;
  // Code a fight (CAMEO root 19) that a statement reports ("X said Y attacked Z", "X claimed they had
  // attacked Z") as PETRARCH-2 combines the two verbs: the speaker's claim of responsibility (015) toward the
  // fight's target when the speaker is the fighter, else the speaker's accusation (112) of the fighter;
  // neither verb is coded on its own (src/coding/nested_speech.h). Off by default: news codes the reported
  // fight, as CAMEO does; `dyad validate` sets it for PETRARCH suites.
  bool nested_speech = false;
  // Code the acts of a participle clause after a comma ("bombarded the city, killing eight people": the
  // killing too), as news reports them. PETRARCH-2's suites code only the sentence's act, so `dyad validate`
  // turns this off for PETRARCH suites (src/coding/participle_clauses.h).
  bool participle_clause_acts = true;
  // PETRARCH-2's negated acts (src/coding/negated_acts.h): (code, code of its negation) pairs sorted by code,
  // from the suite's coding ontology (<PICOfile>; "did not clash" under a 110 pattern is 050, "not 110").
  // When set, an act negated by "not" or "n't" right before its verb is coded with its negation's code, or
  // not at all when the ontology names none. Empty by default: news drops negated acts; `dyad validate` fills
  // it for suites that name an ontology. Applied only with nested_speech (PETRARCH-2's verb combinations).
  std::vector<std::pair<std::string, std::string>> negated_codes;
  // Part-of-speech tagger; null: the coder reads no tags and codes exactly as without one. Not owned: it must
  // outlive the Coder (a PosTagger is immutable and may be shared by any number of Coders and threads). Only
  // sentences whose matches the tags can change are tagged: an actor chunk and a one-word verb-pattern match
  // after a determiner, possessive or number (see src/README.md, coding).
  const PosTagger* pos_tagger = nullptr;
};

// Codes documents with one compiled dictionary. A Coder is cheap to construct; it keeps scratch buffers, so
// use one Coder per thread (the Dictionary itself is shared).
class Coder {
 public:
  Coder(std::shared_ptr<const Dictionary> dictionary, CoderOptions options = {});
  ~Coder();
  Coder(const Coder&) = delete;
  Coder& operator=(const Coder&) = delete;

  // Appends the events of `document` to `events`. Never fails: text it cannot read yields no events.
  // `continues_story`: the document is the next part of the previous one's story (a story given sentence by
  // sentence, as indiapoliceevents-dev is): the coder keeps what it remembers of the story so far (the
  // actors for coreference, the police that last used force) and numbers sentences on for it. Events are
  // still deduplicated only within one call, so each part keeps its own events. false: a new story.
  void CodeDocument(const Document& document, std::vector<Event>* events, bool continues_story = false);

  // Sentence count of the last coded document (for throughput figures).
  size_t last_sentence_count() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace dyad

#endif  // DYAD_CODER_H_
