// Verb pattern matching (verbs.cc) and the actor choice it relies on, on a small dictionary written here.
// The sentences are our own.
#include <gtest/gtest.h>

#include <algorithm>

#include "coding/test_dictionary.h"
#include "dyad/coder.h"
#include "dyad/dictionary_formats.h"

namespace dyad {
namespace {

constexpr char kDictionary[] = R"(
country KAZ : Kazakhstan | Kazakh
country RUS : Russia | Russian
country ZEM : Zembla
agent MUS : Islamic
agent REB : rebels
agent MIL : soldiers
agent COP : police
actor ZEMGOV country=ZEM sectors=GOV : Kinbote
actor ZEMMIL country=ZEM sectors=MIL from=2010-01-01 to=2012-12-31 : Kinbote
verb 010 : state
verb 040 : meet + | meet with +
verb 085 : agree to sanctions
verb 111 : criticize + | anti- + parade
verb 094 : call on
verb 057 : sign protocol
verb 095 : $ call on
verb 173 : detain + | detain | take + into custody
verb 175 : fire rounds | round be fire
verb 1823 : $ firing leave dead
verb 145 : riot
verb 140 : protest against +
verb - : protest vote against | protest song
verb 120 : reject
verb 042 : visit
cameo 010 goldstein=0.0 : Make statement
cameo 040 goldstein=1.0 : Consult
cameo 085 goldstein=7.0 : Ease economic sanctions
cameo 111 goldstein=-2.0 : Criticize or denounce
cameo 094 goldstein=-2.0 : Appeal for one thing
cameo 057 goldstein=8.0 : Sign formal agreement
cameo 095 goldstein=-2.0 : Appeal for another
cameo 173 goldstein=-5.0 : Arrest, detain, or charge with legal action
cameo 175 goldstein=-9.0 : Use tactics of violent repression
cameo 1823 goldstein=-10.0 : Kill by physical assault
cameo 145 goldstein=-7.5 : Protest violently, riot
cameo 140 goldstein=-6.5 : Engage in political dissent
cameo 120 goldstein=-4.0 : Reject
cameo 042 goldstein=1.9 : Make a visit
)";

std::vector<std::string> Triples(const std::string& text, const std::string& date = "2020-05-01") {
  static const std::shared_ptr<const Dictionary> dict = CompileTestDictionary(kDictionary);
  return CodedTriples(dict, text, date);
}

TEST(VerbMatching, CapitalisedWordInsideANameIsNoVerb) {
  // "State" in "Islamic State" is part of a name, not the verb "state".
  EXPECT_EQ(Triples("Russia criticized Islamic State rebels on Monday."),
            (std::vector<std::string>{"RUS 111 MUS"}));
  EXPECT_TRUE(Triples("The Islamic State rebels Kazakhstan.").empty());
}

TEST(VerbMatching, InfinitiveVerbIsNoGapAfterTo) {
  // "agreed to lift the sanctions" is not "agree to sanctions": the gap after "to" holds the infinitive's
  // own verb. A determiner may stand there.
  EXPECT_TRUE(Triples("Kazakhstan agreed to tighten sanctions on Russia.").empty());
  EXPECT_EQ(Triples("Kazakhstan agreed to the sanctions on Russia."),
            (std::vector<std::string>{"KAZ 085 RUS"}));
}

TEST(VerbMatching, LongGapOnlyOverANounPhrasesModifiers) {
  EXPECT_EQ(Triples("Kazakhstan signed an 800 million dollar trade protocol with Russia."),
            (std::vector<std::string>{"KAZ 057 RUS"}));
  // A preposition ends the noun phrase; a verb group is no modifier.
  EXPECT_TRUE(Triples("Kazakhstan signed a deal on the protocol with Russia.").empty());
  EXPECT_TRUE(Triples("Kazakhstan signed as he would not protocol Russia.").empty());
}

TEST(VerbMatching, QuantityInsideANounPhraseGap) {
  // A count with its links ("10 to 15", "more than 3,900", "at least 40") is one modifier of the noun.
  const std::vector<std::string> fire{"RUSCOP 175 "};
  EXPECT_EQ(Triples("Russian police fired 10 to 15 rounds on Monday."), fire);
  EXPECT_EQ(Triples("Russian police fired more than 3,900 rounds on Monday."), fire);
  EXPECT_EQ(Triples("Russian police fired at least 40 rounds on Monday."), fire);
  EXPECT_EQ(Triples("Russian police fired two or three rounds on Monday."), fire);
  // A link without a count after it is the preposition it looks like, and ends the gap.
  EXPECT_TRUE(Triples("Russian police fired at the men of the first rounds.").empty());
  EXPECT_TRUE(Triples("Russian police fired more staff in five rounds of cuts.").empty());
}

TEST(VerbMatching, PatternInThePassiveOrderIsPassive) {
  // "rounds were fired": the agent follows "by" or goes unnamed; the rounds are no actor.
  EXPECT_EQ(Triples("Ten rounds were fired by Russian police on Monday."),
            (std::vector<std::string>{"RUSCOP 175 "}));
  EXPECT_EQ(Triples("Ten rounds were fired on Monday."), (std::vector<std::string>{" 175 "}));
}

TEST(VerbMatching, SourceSlotBeforeTheAnchorTakesTheChunkThere) {
  // "$ firing": the chunk right before the anchor is the source, also inside a prepositional phrase, and the
  // clause subject is not made its victim.
  EXPECT_EQ(Triples("The students demanded an inquiry into the police firing that left two dead."),
            (std::vector<std::string>{"COP 1823 "}));
  EXPECT_EQ(Triples("Police firing left two dead."), (std::vector<std::string>{"COP 1823 "}));
}

TEST(VerbMatching, PlacePhraseAfterANamedFiring) {
  // The place where the police fired may stand between "firing" and what it did, with its own nouns,
  // "of" and quotes; the police stay the source though a riot before took them as its object.
  EXPECT_EQ(Triples("Police firing in the old quarter of the town left two dead."),
            (std::vector<std::string>{"COP 1823 "}));
  EXPECT_EQ(Triples("Rioting and police firing in a-division police station area of the town left two dead."),
            (std::vector<std::string>{"COP 1823 "}));
  EXPECT_EQ(Triples("Police firing in ''a'' division area left two dead."),
            (std::vector<std::string>{"COP 1823 "}));
  // Not over a clause, a conjunction or another prepositional phrase.
  EXPECT_TRUE(Triples("Police firing in the town, witnesses said, left two dead.").empty());
  EXPECT_TRUE(Triples("Police firing in the town and a fire left two dead.").empty());
  EXPECT_TRUE(Triples("Police firing in the town on the crowd left two dead.").empty());
}

TEST(VerbMatching, PassiveOverATimePhrase) {
  // "be" and the participle may have a time phrase or adverbs between them.
  const std::vector<std::string> held{" 173 KAZREB"};
  EXPECT_EQ(Triples("Kazakh rebels were on Wednesday taken into custody."), held);
  EXPECT_EQ(Triples("Kazakh rebels were on March 3 taken into custody."), held);
  EXPECT_EQ(Triples("Kazakh rebels were last week taken into custody."), held);
  EXPECT_EQ(Triples("Kazakh rebels were later all taken into custody."), held);
  // Other words between them make the participle an active verb of its own.
  EXPECT_EQ(Triples("Kazakh rebels were angry on Wednesday and detained Russian soldiers."),
            (std::vector<std::string>{"KAZREB 173 RUSMIL"}));
}

TEST(VerbMatching, SlotBeforeTheVerbMakesAPatternMoreSpecific) {
  // "$ call on" and "call on" match the same words; the one that names the subject's slot wins.
  EXPECT_EQ(Triples("Kazakhstan called on Russia on Monday."), (std::vector<std::string>{"KAZ 095 RUS"}));
}

TEST(ActorChoice, AgentTakesTheCountryAfterFrom) {
  EXPECT_EQ(Triples("Soldiers from Kazakhstan met Russia on Monday."),
            (std::vector<std::string>{"KAZMIL 040 RUS"}));
  // Also as an object, unless a verb pattern owns the noun ("withdrew troops from X": where they leave).
  EXPECT_EQ(Triples("Russia met soldiers from Kazakhstan on Monday."),
            (std::vector<std::string>{"RUS 040 KAZMIL"}));
}

TEST(ActorChoice, DatedEntryInForceBeatsTheUndatedDefault) {
  EXPECT_EQ(Triples("Kinbote met Russia on Monday.", "2011-06-01"),
            (std::vector<std::string>{"ZEMMIL 040 RUS"}));
  EXPECT_EQ(Triples("Kinbote met Russia on Monday.", "2015-06-01"),
            (std::vector<std::string>{"ZEMGOV 040 RUS"}));
  EXPECT_EQ(Triples("Kinbote met Russia on Monday.", ""), (std::vector<std::string>{"ZEMGOV 040 RUS"}));
}

TEST(VerbMatching, NegativePatternTakesItsWordsAndCodesNothing) {
  EXPECT_EQ(Triples("Kazakh students protested against Russia on Monday."),
            (std::vector<std::string>{"KAZ 140 RUS"}));
  // "protest vote against" is longer than "protest against +", so it wins the words; its code '-' is no
  // event.
  EXPECT_TRUE(Triples("Kazakh students cast a protest vote against Russia on Monday.").empty());
  // It blocks only the words it matches: the meeting is still coded.
  EXPECT_EQ(Triples("Kazakhstan met Russia and sang a protest song."),
            (std::vector<std::string>{"KAZ 040 RUS"}));
}

TEST(VerbMatching, FirstVerbPerClauseTakesTheTargetAcrossLaterVerbs) {
  static const std::shared_ptr<const Dictionary> dict = CompileTestDictionary(kDictionary);
  CoderOptions tabari;
  tabari.first_verb_per_clause = true;
  const std::string sentence = "Kazakhstan rejected the plans during a brief visit to Russia.";
  // News coding: the visit is a verb of its own and ends the search for the rejection's target, which is
  // coded without one (roles.h, RefusalWithoutTarget).
  EXPECT_EQ(CodedTriples(dict, sentence, "2020-05-01"), (std::vector<std::string>{"KAZ 120 "}));
  // TABARI's reading: one verb per clause, the first, whose target is the first actor after it.
  EXPECT_EQ(CodedTriples(dict, sentence, "2020-05-01", tabari), (std::vector<std::string>{"KAZ 120 RUS"}));
  // A conjunction followed by a subject opens a clause of its own, whose first verb is coded too; one
  // joining nouns does not.
  EXPECT_EQ(
      CodedTriples(dict, "Kazakhstan rejected the plans and Zembla criticized Russia.", "2020-05-01", tabari),
      (std::vector<std::string>{"KAZ 120 ZEM", "ZEM 111 RUS"}));
  EXPECT_EQ(CodedTriples(dict, "Kazakhstan rejected the plans and visits of Russia.", "2020-05-01", tabari),
            (std::vector<std::string>{"KAZ 120 RUS"}));
  // The source is the clause's first actor before the verb; a prefix's hyphen ("anti-") belongs to the
  // pattern word.
  EXPECT_EQ(CodedTriples(dict, "Zembla joined an anti- Russia parade.", "2020-05-01", tabari),
            (std::vector<std::string>{"ZEM 111 RUS"}));
}

TEST(VerbMatching, PairedEventsAndTheWrittenForm) {
  // TABARI and PETRARCH-1 list inflected forms as verbs of their own, each with its pair of codes.
  static const std::shared_ptr<const Dictionary> dict = CompileTestDictionary(R"(
country KAZ : Kazakhstan
country RUS : Russia
verb 031 paired=031 : meet +
verb 031 paired=032 : met +
verb 012 : leave
verb 042 paired=043 : left for +
cameo 031 goldstein=1.0 : Meet at a third location
cameo 032 goldstein=1.9 : Make a visit
cameo 012 goldstein=-0.1 : Make pessimistic comment
cameo 042 goldstein=1.9 : Make a visit
cameo 043 goldstein=2.8 : Host a visit
)");
  CoderOptions paired;
  paired.paired_events = true;
  paired.targetless_statements = false;  // as `dyad validate` runs the suites ("left" is 012 here)
  // Without the option only the act itself is coded.
  EXPECT_EQ(CodedTriples(dict, "Kazakhstan met Russia on Monday.", "2020-05-01"),
            (std::vector<std::string>{"KAZ 031 RUS"}));
  // "met" is written as the text has it, so its pair (031:032) wins over "meet" (031:031).
  EXPECT_EQ(CodedTriples(dict, "Kazakhstan met Russia on Monday.", "2020-05-01", paired),
            (std::vector<std::string>{"KAZ 031 RUS", "RUS 032 KAZ"}));
  EXPECT_EQ(CodedTriples(dict, "Kazakhstan meets Russia on Monday.", "2020-05-01", paired),
            (std::vector<std::string>{"KAZ 031 RUS", "RUS 031 KAZ"}));
  EXPECT_EQ(CodedTriples(dict, "Kazakhstan left for Russia on Monday.", "2020-05-01", paired),
            (std::vector<std::string>{"KAZ 042 RUS", "RUS 043 KAZ"}));
  // No target, no pair.
  EXPECT_TRUE(CodedTriples(dict, "Kazakhstan left on Monday.", "2020-05-01", paired).empty());
}

TEST(VerbMatching, AnotherClausesVerbIsNoPatternsNounObject) {
  // "want help" names the noun ("wants help"); after "to" the base form of a verb is the infinitive, an
  // act of its own that the intent reading codes. The suites' reading (future_as_act) codes an announced act
  // as the act, but keeps the intent when the governing verb is coded as an intent by itself (PETRARCH-2's
  // combination) and the act is cooperative.
  static const std::shared_ptr<const Dictionary> dict = CompileTestDictionary(R"(
country KAZ : Kazakhstan
country RUS : Russia
verb 030 : want
verb 023 : want help
verb 070 : help +
verb 040 : meet +
verb 050 : agree
verb 010 : say
verb 019 : say attack
verb 190 : attack +
cameo 010 goldstein=0.0 : Make statement
cameo 019 goldstein=-1.0 : Comment on an attack
cameo 190 goldstein=-10.0 : Use conventional military force
cameo 138 goldstein=-7.0 : Threaten with military force
cameo 023 goldstein=3.4 : Appeal for aid
cameo 030 goldstein=4.0 : Express intent to cooperate
cameo 033 goldstein=5.2 : Express intent to provide aid
cameo 036 goldstein=4.0 : Express intent to meet
cameo 040 goldstein=1.0 : Consult
cameo 050 goldstein=3.5 : Diplomatic cooperation
cameo 070 goldstein=7.0 : Provide aid
)");
  using V = std::vector<std::string>;
  EXPECT_EQ(CodedTriples(dict, "Kazakhstan wants to help Russia.", "2020-05-01"), V{"KAZ 033 RUS"});
  EXPECT_EQ(CodedTriples(dict, "Kazakhstan wants help from Russia.", "2020-05-01"), V{"KAZ 023 RUS"});
  // Likewise a verb after a subject pronoun or an auxiliary is its clause's own, no noun of the pattern.
  EXPECT_EQ(CodedTriples(dict, "Kazakhstan said the attack on Russia was over.", "2020-05-01"),
            V{"KAZ 019 RUS"});
  // (The reported attack is the act; the bare statement yields to it: speech_acts.h.)
  EXPECT_EQ(CodedTriples(dict, "Kazakhstan said it attacked Russia.", "2020-05-01"), V{"KAZ 190 RUS"});
  CoderOptions suite;
  suite.future_as_act = true;
  suite.targetless_statements = false;
  EXPECT_EQ(CodedTriples(dict, "Kazakhstan wants to help Russia.", "2020-05-01", suite), V{"KAZ 033 RUS"});
  EXPECT_EQ(CodedTriples(dict, "Kazakhstan agreed to help Russia.", "2020-05-01", suite), V{"KAZ 070 RUS"});
  EXPECT_EQ(CodedTriples(dict, "Kazakhstan wants to meet Russia.", "2020-05-01", suite), V{"KAZ 040 RUS"});
}

TEST(VerbMatching, ReversedOnlyEntriesCodeTheTargetsAct) {
  // "verb - paired=CODE" (Phoenix's "[:CODE]"): receiving assurances from Russia is Russia's assurance.
  static const std::shared_ptr<const Dictionary> dict = CompileTestDictionary(R"(
country KAZ : Kazakhstan
country RUS : Russia
verb 043 : receive +
verb - paired=030 : receive assurance
cameo 043 goldstein=2.8 : Host a visit
cameo 030 goldstein=4.0 : Express intent to cooperate
)");
  CoderOptions paired;
  paired.paired_events = true;
  paired.targetless_statements = false;
  paired.future_as_act = true;
  EXPECT_EQ(CodedTriples(dict, "Kazakhstan received assurances from Russia.", "2020-05-01", paired),
            (std::vector<std::string>{"RUS 030 KAZ"}));
  // Without paired events the entry is a negative pattern: the words are no event, not even "receive".
  EXPECT_TRUE(CodedTriples(dict, "Kazakhstan received assurances from Russia.", "2020-05-01").empty());
  // The shorter pattern still codes where the longer one does not match.
  EXPECT_EQ(CodedTriples(dict, "Kazakhstan received Russia.", "2020-05-01", paired),
            (std::vector<std::string>{"KAZ 043 RUS"}));
  // No one to give the assurance: nothing. Negated: nothing. The future coded as the act (a suite option).
  EXPECT_TRUE(CodedTriples(dict, "Kazakhstan received assurances.", "2020-05-01", paired).empty());
  EXPECT_TRUE(
      CodedTriples(dict, "Kazakhstan did not receive assurances from Russia.", "2020-05-01", paired).empty());
  EXPECT_EQ(CodedTriples(dict, "Kazakhstan will receive assurances from Russia.", "2020-05-01", paired),
            (std::vector<std::string>{"RUS 030 KAZ"}));
}

TEST(VerbMatching, NestedSpeechCombinesAStatementWithTheFightItReports) {
  static const std::shared_ptr<const Dictionary> dict = CompileTestDictionary(R"(
country KAZ : Kazakhstan
country RUS : Russia
country ZEM : Zembla
verb 010 : say
verb 190 : attack +
verb 043 : host +
cameo 010 goldstein=0.0 : Make statement
cameo 190 goldstein=-10.0 : Use conventional military force
cameo 043 goldstein=2.8 : Host a visit
cameo 015 goldstein=-2.0 : Acknowledge or claim responsibility
cameo 112 goldstein=-2.0 : Accuse
)");
  CoderOptions suite;
  suite.nested_speech = true;
  suite.targetless_statements = false;
  suite.future_as_act = true;
  suite.bare_statements = CoderOptions::BareStatements::kAsDictionary;  // as `dyad validate` codes suites
  // Someone else's fight: the speaker accuses the fighter.
  EXPECT_EQ(CodedTriples(dict, "Kazakhstan said that Russia had attacked Zembla.", "2020-05-01", suite),
            (std::vector<std::string>{"KAZ 112 RUS"}));
  // The speaker's own fight, also announced with "will": a claim of responsibility toward the target.
  EXPECT_EQ(CodedTriples(dict, "Kazakhstan said it had attacked Zembla.", "2020-05-01", suite),
            (std::vector<std::string>{"KAZ 015 ZEM"}));
  EXPECT_EQ(CodedTriples(dict, "Kazakhstan and Russia said they will attack Zembla.", "2020-05-01", suite),
            (std::vector<std::string>{"KAZ 015 ZEM", "RUS 015 ZEM"}));
  // Not a fight, or not in the statement's complement: coded as usual (this "say" takes the next actor).
  EXPECT_EQ(CodedTriples(dict, "Kazakhstan said that Russia will host Zembla.", "2020-05-01", suite),
            (std::vector<std::string>{"KAZ 010 RUS", "RUS 043 ZEM"}));
  EXPECT_EQ(CodedTriples(dict, "Russia attacked Zembla, Kazakhstan said.", "2020-05-01", suite),
            (std::vector<std::string>{"RUS 190 ZEM"}));
  // News coding reports the fight, and the statement that reports it is no event of its own
  // (src/coding/speech_acts.h).
  EXPECT_EQ(CodedTriples(dict, "Kazakhstan said that Russia had attacked Zembla.", "2020-05-01"),
            (std::vector<std::string>{"RUS 190 ZEM"}));
}

TEST(VerbMatching, SuitesDropParticipleClauseActs) {
  static const std::shared_ptr<const Dictionary> dict = CompileTestDictionary(R"(
country KAZ : Kazakhstan
country RUS : Russia
country ZEM : Zembla
agent REB : rebels
verb 190 : shell +
verb 040 : meet +
verb 0332 : offer aid to +
cameo 190 goldstein=-10.0 : Use conventional military force
cameo 040 goldstein=1.0 : Consult
cameo 0332 goldstein=3.4 : Express intent to provide economic aid
)");
  CoderOptions suite;
  suite.participle_clause_acts = false;
  const char* const sentence = "Kazakhstan met Russia on Monday, offering aid to Zembla.";
  // News codes both acts; PETRARCH-2's suites only the sentence's act.
  EXPECT_EQ(CodedTriples(dict, sentence, "2020-05-01"),
            (std::vector<std::string>{"KAZ 0332 ZEM", "KAZ 040 RUS"}));
  EXPECT_EQ(CodedTriples(dict, sentence, "2020-05-01", suite), (std::vector<std::string>{"KAZ 040 RUS"}));
  // The clause ends at the next comma; a participle before the sentence's first act opens none.
  EXPECT_EQ(CodedTriples(dict, "Kazakhstan met Russia, offering nothing, and Zembla shelled Russia.",
                         "2020-05-01", suite),
            (std::vector<std::string>{"KAZ 040 RUS", "ZEM 190 RUS"}));
  EXPECT_EQ(CodedTriples(dict, "Speaking on Monday, Kazakhstan met Russia.", "2020-05-01", suite),
            (std::vector<std::string>{"KAZ 040 RUS"}));
}

TEST(VerbMatching, SuitesCodeTheFutureAsTheAct) {
  static const std::shared_ptr<const Dictionary> dict = CompileTestDictionary(kDictionary);
  CoderOptions suite;
  suite.future_as_act = true;
  // The codebook codes an announced meeting as the intent to meet (036); TABARI and PETRARCH code the act.
  EXPECT_EQ(CodedTriples(dict, "Kazakhstan will meet Russia on Monday.", "2020-05-01"),
            (std::vector<std::string>{"KAZ 036 RUS"}));
  EXPECT_EQ(CodedTriples(dict, "Kazakhstan will meet Russia on Monday.", "2020-05-01", suite),
            (std::vector<std::string>{"KAZ 040 RUS"}));
  // An intent verb too: the suites code "agreed to meet" as the meeting; news keeps the intent (036).
  EXPECT_EQ(CodedTriples(dict, "Kazakhstan agreed to meet Russia on Monday.", "2020-05-01", suite),
            (std::vector<std::string>{"KAZ 040 RUS"}));
  EXPECT_EQ(CodedTriples(dict, "Kazakhstan agreed to meet Russia on Monday.", "2020-05-01"),
            (std::vector<std::string>{"KAZ 036 RUS"}));
  // A threat stays a threat (138), and "said it would" (reported speech) keeps the intent.
  static const std::shared_ptr<const Dictionary> conflict = CompileTestDictionary(R"(
country KAZ : Kazakhstan
country RUS : Russia
verb 190 : attack +
verb 042 : visit +
cameo 190 goldstein=-10.0 : Use conventional military force
cameo 138 goldstein=-7.0 : Threaten with military force
cameo 042 goldstein=1.9 : Make a visit
cameo 036 goldstein=4.0 : Express intent to meet or negotiate
)");
  EXPECT_EQ(CodedTriples(conflict, "Kazakhstan threatened to attack Russia.", "2020-05-01", suite),
            (std::vector<std::string>{"KAZ 138 RUS"}));
  EXPECT_EQ(CodedTriples(conflict, "Kazakhstan said it would visit Russia.", "2020-05-01", suite),
            (std::vector<std::string>{"KAZ 036 RUS"}));
  EXPECT_EQ(CodedTriples(conflict, "Kazakhstan is scheduled to visit Russia.", "2020-05-01", suite),
            (std::vector<std::string>{"KAZ 042 RUS"}));
}

// Words joined with '_' follow each other with no word in between (TABARI's and PETRARCH's connector);
// unjoined words allow a few modifiers.
TEST(VerbMatching, JoinedWordsAllowNoWordBetween) {
  static const std::shared_ptr<const Dictionary> dict = CompileTestDictionary(R"(
country KAZ : Kazakhstan
country RUS : Russia
verb 120 : reject
verb 125 : reject new_trade_rules with +
verb 128 : reject old rules with +
cameo 120 goldstein=-4.0 : Reject
cameo 125 goldstein=-5.0 : Reject proposal to meet, discuss, or negotiate
cameo 128 goldstein=-5.0 : Defy norms, law
)");
  auto code = [&](const std::string& text) { return CodedTriples(dict, text, "2020-05-01"); };
  EXPECT_EQ(code("Russia rejected new trade rules with Kazakhstan."),
            (std::vector<std::string>{"RUS 125 KAZ"}));
  // A word inside the joined words: the joined pattern does not match; the verb alone does.
  EXPECT_EQ(code("Russia rejected new global trade rules with Kazakhstan."),
            (std::vector<std::string>{"RUS 120 KAZ"}));
  EXPECT_EQ(code("Russia rejected new trade and investment rules with Kazakhstan."),
            (std::vector<std::string>{"RUS 120 KAZ"}));
  // Words before the joined run may still have modifiers between them ("rejected the new").
  EXPECT_EQ(code("Russia rejected the new trade rules with Kazakhstan."),
            (std::vector<std::string>{"RUS 125 KAZ"}));
  // Unjoined words allow them.
  EXPECT_EQ(code("Russia rejected old trade rules with Kazakhstan."),
            (std::vector<std::string>{"RUS 128 KAZ"}));
}

// An act aimed "at" someone takes the actor after "at" as its target when an object stands before it (in the
// pattern or after the trigger); "at" after a one-word trigger, or after a cooperative act, stays a place.
TEST(VerbMatching, ConflictActAimedAtTakesItsTarget) {
  static const std::shared_ptr<const Dictionary> dict = CompileTestDictionary(R"(
country KAZ : Kazakhstan
country ZEM : Zembla
verb 190 : fire shells | fire at | fire | clash
verb 122 : launch broadside
verb 040 : hold talks
cameo 190 goldstein=-10.0 : Use conventional military force
cameo 122 goldstein=-2.0 : Denounce
cameo 040 goldstein=1.0 : Consult
)");
  auto code = [&](const std::string& text) { return CodedTriples(dict, text, "2020-05-01"); };
  // The pattern's own object ("fire shells") and its own "at" ("fire at", over the object's words).
  EXPECT_EQ(code("Zembla fired two shells at Kazakhstan on Monday."),
            (std::vector<std::string>{"ZEM 190 KAZ"}));
  EXPECT_EQ(code("Zembla fired heavy anti-tank guns at Kazakhstan."),
            (std::vector<std::string>{"ZEM 190 KAZ"}));
  // An object after a one-word trigger ("fired rockets at").
  EXPECT_EQ(code("Zembla fired rockets at Kazakhstan."), (std::vector<std::string>{"ZEM 190 KAZ"}));
  EXPECT_EQ(code("Zembla launched a new broadside at Kazakhstan."),
            (std::vector<std::string>{"ZEM 122 KAZ"}));
  // Intransitive: "at" is where it happened.
  EXPECT_TRUE(code("Zembla clashed at Kazakhstan.").empty());
  // Not a conflict act: "at" is a place.
  EXPECT_TRUE(code("Zembla held talks at Kazakhstan.").empty());
}

// With CoderOptions::object_nouns_as_events off (PETRARCH's suites), an event noun heading a verb's object is
// part of the object: the verb's target search goes through it to the noun's agent.
TEST(VerbMatching, ObjectNounIsPartOfTheVerbsObjectForPetrarch) {
  static const std::shared_ptr<const Dictionary> dict = CompileTestDictionary(R"(
country KAZ : Kazakhstan
country ZEM : Zembla
agent MIL : soldiers
verb 122 : condemn
verb 130 : warn
verb 190 : attack
cameo 122 goldstein=-2.0 : Denounce
cameo 130 goldstein=-4.4 : Threaten
cameo 190 goldstein=-10.0 : Use conventional military force
)");
  CoderOptions petrarch;
  petrarch.object_nouns_as_events = false;
  const std::string condemned = "Kazakhstan condemned a brutal attack by Zembla soldiers.";
  EXPECT_EQ(CodedTriples(dict, condemned, "2020-05-01", petrarch),
            (std::vector<std::string>{"KAZ 122 ZEMMIL"}));
  // News matches the noun as an act of its own, which ends the verb's object search; the noun's author after
  // "by" is still the verb's target (roles.cc, NounObjectAuthor).
  const std::vector<std::string> news = CodedTriples(dict, condemned, "2020-05-01");
  EXPECT_EQ(std::count(news.begin(), news.end(), "KAZ 122 ZEMMIL"), 1);
  // A verb with its own subject after the first one is no object noun.
  EXPECT_EQ(
      CodedTriples(dict, "Kazakhstan warned Zembla soldiers attack Kazakhstan.", "2020-05-01", petrarch),
      (std::vector<std::string>{"KAZ 130 ZEMMIL", "ZEMMIL 190 KAZ"}));
}

// With CoderOptions::place_targets (PETRARCH's suites) an act with a source and no target takes the actor its
// clause names as a place after the verb; an object the roles take, or a passive, keeps its reading.
TEST(VerbMatching, PlaceAfterTheVerbIsTheTargetForPetrarch) {
  static const std::shared_ptr<const Dictionary> dict = CompileTestDictionary(R"(
country KAZ : Kazakhstan | Astana
country ZEM : Zembla
country RUS : Russia
agent MIL : soldiers
verb 040 : meet | meet with +
verb 190 : kill
cameo 040 goldstein=1.0 : Consult
cameo 190 goldstein=-10.0 : Use conventional military force
)");
  CoderOptions petrarch;
  petrarch.place_targets = true;
  auto code = [&](const std::string& text) { return CodedTriples(dict, text, "2020-05-01", petrarch); };
  EXPECT_EQ(code("Zembla met in Astana on Monday."), (std::vector<std::string>{"ZEM 040 KAZ"}));
  // News codes no target there.
  EXPECT_TRUE(CodedTriples(dict, "Zembla met in Astana on Monday.", "2020-05-01").empty());
  // An object after the place is the target.
  EXPECT_EQ(code("Zembla met in Astana with Russia."), (std::vector<std::string>{"ZEM 040 RUS"}));
  // A passive keeps its target (the subject) and takes no place for one.
  const std::vector<std::string> passive = code("Zembla soldiers were killed in Kazakhstan.");
  EXPECT_EQ(std::count(passive.begin(), passive.end(), "ZEMMIL 190 KAZ"), 0);
}

TEST(VerbMatching, AMonthInADateIsNoVerb) {
  static const std::shared_ptr<const Dictionary> dict = CompileTestDictionary(R"(
country KAZ : Kazakhstan | Kazakh
country ZEM : Zembla
agent EDU : students
verb 141 : march against + | march on + | march * on +
)");
  const std::string date = "2021-01-01";
  using V = std::vector<std::string>;
  // Protest marches, with and without a date beside them.
  EXPECT_EQ(CodedTriples(dict, "Kazakh students march against Zembla.", date), V{"KAZEDU 141 ZEM"});
  EXPECT_EQ(CodedTriples(dict, "Kazakh students will march on Zembla on 3 March.", date),
            V{"KAZEDU 133 ZEM"});  // announced: the intent
  EXPECT_EQ(CodedTriples(dict, "On 3 March Kazakh students march against Zembla.", date),
            V{"KAZEDU 141 ZEM"});
  EXPECT_EQ(CodedTriples(dict, "30 Kazakh students march against Zembla.", date), V{"KAZEDU 141 ZEM"});
  // The month of a date, after its day (also ordinal, also lower-cased after a preposition) or before its
  // day or year: no march.
  EXPECT_EQ(CodedTriples(dict, "Kazakhstan played on 26 March against Zembla.", date), V{});
  EXPECT_EQ(CodedTriples(dict, "Kazakhstan played on the 26th March against Zembla.", date), V{});
  EXPECT_EQ(CodedTriples(dict, "Kazakhstan played on 26 march against Zembla.", date), V{});
  EXPECT_EQ(CodedTriples(dict, "Kazakhstan played 26 March on Zembla's ground.", date), V{});
  EXPECT_EQ(CodedTriples(dict, "Kazakhstan played in March 2019 on Zembla's ground.", date), V{});
  EXPECT_EQ(CodedTriples(dict, "Kazakhstan played on March 26 on Zembla's ground.", date), V{});
}

// PETRARCH-1's '^' skips a noun phrase of its parse (kSkip, read from PETRARCH files too, branch tabari8). In
// dyad's reading (bounded gaps) it steps over the actor where a slot would stand, with those coordinated with
// it, and the slot after it takes the clause's next actor (PETRARCH's skipped noun phrase may run on past
// dyad's actor chunk); where no actor stands the skipped noun phrase is ordinary words and the skip a gap.
TEST(VerbMatching, PetrarchSkipStepsOverANounPhrase) {
  static const std::shared_ptr<const Dictionary> dict = [] {
    constexpr char kVerbs[] =
        "--- CAUTION [160] ---\n"
        "CAUTION\n"
        "- * THEIR ^ ABOUT + [162]\n"
        "- * FEAST IN ^ + [045]\n";
    constexpr char kNative[] = R"(
country KAZ : Kazakhstan
country RUS : Russia
country ZEM : Zembla
country UZB : Uzbekistan
)";
    DictionarySource source;
    std::vector<Status> notes;
    ParseNativeDictionary("test.txt", kNative, &source, &notes);
    ReadPetrarchDictionary("CAMEO.test.txt", kVerbs, ForeignFileKind::kVerbs, &source, &notes);
    return Dictionary::Compile(std::move(source), &notes);
  }();
  auto code = [&](const std::string& text) { return CodedTriples(dict, text, "2020-05-01"); };
  // No actor where the skip stands: the noun phrase is a gap.
  EXPECT_EQ(code("Zembla cautioned their citizens about Russia."), (std::vector<std::string>{"ZEM 162 RUS"}));
  // An actor there is skipped with those coordinated with it.
  EXPECT_EQ(code("Zembla cautioned their Kazakhstan and Uzbekistan about Russia."),
            (std::vector<std::string>{"ZEM 162 RUS"}));
  // The slot after the skip takes the next actor past words that end dyad's slot (a preposition).
  EXPECT_EQ(code("Zembla cautioned of the feast in Kazakhstan with Russia."),
            (std::vector<std::string>{"ZEM 045 RUS"}));
}

// A slot written before the possessive ("attack + 's record") takes the possessor, and the pattern's next
// word must follow its "'s"; a negative pattern may take words that open an actor's chunk ("phone company"
// before the named firm), so that the shorter event pattern does not make an event of the actor's
// description.
TEST(VerbMatching, PossessiveSlotAndNegativeWordsInsideAnActor) {
  static const std::shared_ptr<const Dictionary> dict = CompileTestDictionary(R"(
country ARN : Arnor
country GON : Gondor
agent GOV : governor
agent BUS : company | firm
actor GONBUS country=GON sectors=BUS : Palantir Works
verb 190 : attack +
verb 111 : attack + 's record
verb 041 : phone +
verb 163 : sanction +
verb - : phone company | phone firm | sanction military action
cameo 190 goldstein=-10.0 : Use conventional military force
cameo 111 goldstein=-2.0 : Criticize or denounce
cameo 041 goldstein=1.0 : Discuss by telephone
cameo 163 goldstein=-8.0 : Impose embargo, boycott, or sanctions
)");
  auto code = [&](const std::string& text) { return CodedTriples(dict, text, "2020-05-01"); };
  EXPECT_EQ(code("The Arnor governor attacked the Gondor governor's economic record."),
            (std::vector<std::string>{"ARNGOV 111 GONGOV"}));
  // Without the possessive, or with another word after it, the attack stands.
  EXPECT_EQ(code("The Arnor governor attacked the Gondor governor on Monday."),
            (std::vector<std::string>{"ARNGOV 190 GONGOV"}));
  EXPECT_EQ(code("The Arnor governor attacked the Gondor governor's convoy."),
            (std::vector<std::string>{"ARNGOV 190 GONGOV"}));
  // "company" and "firm" open the actor's chunk; the firm phoned no one.
  EXPECT_EQ(code("Gondor phone company Palantir Works said it would expand."), (std::vector<std::string>{}));
  EXPECT_EQ(code("Gondor bought the Arnor phone firm last year."), (std::vector<std::string>{}));
  // A call made is still a call.
  EXPECT_EQ(code("Arnor phoned Gondor on Monday."), (std::vector<std::string>{"ARN 041 GON"}));
  // "sanction" as authorising an act imposes no sanctions; on a state it does.
  EXPECT_EQ(code("Arnor wants a resolution sanctioning military action."), (std::vector<std::string>{}));
  EXPECT_EQ(code("Arnor sanctioned Gondor last year."), (std::vector<std::string>{"ARN 163 GON"}));
}

}  // namespace
}  // namespace dyad
