// Role assignment on news phrasings (roles.h): domestic acts that take the source's own country as target,
// and acts reported done under a past aspect, decision or attempt verb. Sentences and the invented countries
// were written for these tests.
#include "coding/roles.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "coding/test_dictionary.h"
#include "dyad/coder.h"

namespace dyad {
namespace {

constexpr char kDictionary[] = R"(
country GON : Gondor | Gondorian | Gondorians
country ROH : Rohan | Rohirric
actor ROHGOV country=ROH sectors=GOV : Edoras
actor GONGOV country=GON sectors=GOV : Elessar
agent GOV : government | ministry | official | officials
agent CVL : students | farmers | workers
agent MNC : company
verb 141 : stage (a) demonstration | demonstrate
verb 142 : begin (a) hunger strike
verb 140 : protest against +
verb 0814 : lift (the) state of emergency
verb 1723 : impose (a) curfew
verb 040 : meet + | meet
verb 042 : visit +
verb 020 : appeal to +
verb 072 : send arms to +
verb 176 : hack into (the) computers of +
verb 110 : oppose +
verb 1823 : kill +
verb 180 : wound +
verb 1832 : car bomb
verb 1833 : roadside bomb | roadside bombing | improvised explosive device
verb 194 : shelling | artillery fire
agent MIL : soldiers
agent REB : rebels | rebel | terrorist
verb 130 : threaten to
verb 090 : launch (an) investigation
verb 190 : clash with +
cameo 190 goldstein=-10.0 plover=ASSAULT : Use conventional military force
cameo 090 goldstein=-2.0 plover=INVESTIGATE : Investigate
verb 030 : be prepared to | be committed to | agree to | promise
cameo 030 goldstein=4.0 plover=AGREE : Express intent to cooperate
verb 111 : + draw criticism from $ | criticize +
verb 112 : accuse + | accuse
cameo 112 goldstein=-2.0 plover=ACCUSE : Accuse
cameo 111 goldstein=-2.0 plover=ACCUSE : Criticize or denounce
cameo 130 goldstein=-4.4 plover=THREATEN : Threaten
cameo 141 goldstein=-6.5 plover=PROTEST : Demonstrate or rally
cameo 142 goldstein=-6.5 plover=PROTEST : Conduct hunger strike
cameo 140 goldstein=-6.5 plover=PROTEST : Engage in political dissent
cameo 0814 goldstein=5.0 plover=CONCEDE : Ease state of emergency or martial law
cameo 1723 goldstein=-5.0 plover=COERCE : Impose curfew
cameo 040 goldstein=1.0 plover=CONSULT : Consult
cameo 042 goldstein=1.9 plover=CONSULT : Make a visit
cameo 020 goldstein=3.0 : Make an appeal or request
cameo 072 goldstein=8.3 plover=AID : Provide military aid
cameo 1222 goldstein=-4.0 plover=REJECT : Reject request for military aid
cameo 125 goldstein=-5.0 plover=REJECT : Reject proposal to meet
cameo 176 goldstein=-7.0 plover=COERCE : Attack cybernetically
cameo 110 goldstein=-2.0 plover=ACCUSE : Disapprove
cameo 1823 goldstein=-10.0 plover=ASSAULT : Kill by physical assault
cameo 138 goldstein=-7.0 plover=THREATEN : Threaten with military force
cameo 180 goldstein=-9.0 plover=ASSAULT : Use unconventional violence
cameo 1832 goldstein=-10.0 plover=ASSAULT : Car bombing
cameo 1833 goldstein=-10.0 plover=ASSAULT : Roadside bombing
cameo 194 goldstein=-10.0 plover=ASSAULT : Fight with artillery and tanks
)";

std::vector<std::string> Triples(const std::string& text) {
  static std::shared_ptr<const Dictionary> dict = CompileTestDictionary(kDictionary);
  return CodedTriples(dict, text, "2021-04-02");
}

using V = std::vector<std::string>;

TEST(DomesticActs, PredicateNamesProtestRestrictionsAndReform) {
  EXPECT_TRUE(DomesticAct("141"));
  EXPECT_TRUE(DomesticAct("0814"));
  EXPECT_TRUE(DomesticAct("1723"));
  EXPECT_TRUE(DomesticAct("0831"));
  EXPECT_FALSE(DomesticAct("040"));  // a meeting needs someone to meet
  EXPECT_FALSE(DomesticAct("190"));
  EXPECT_FALSE(DomesticAct("0841"));
  EXPECT_TRUE(NonStateSource("MNCGON", {}));
  EXPECT_TRUE(NonStateSource("GONBUS", {"BUS"}));
  EXPECT_FALSE(NonStateSource("GONGOV", {"GOV"}));
}

TEST(DomesticActs, TargetlessDomesticActTakesTheSourcesCountry) {
  EXPECT_EQ(Triples("The Gondorian government lifted the state of emergency in the north on Monday."),
            V({"GONGOV 0814 GON"}));
  EXPECT_EQ(Triples("Gondor imposed a curfew after the riots."), V({"GON 1723 GON"}));
  EXPECT_EQ(Triples("Thousands of Rohirric farmers staged a demonstration in the capital."),
            V({"ROHCVL 141 ROH"}));
}

TEST(DomesticActs, AnObjectThatIsTheSourcesOwnCountryIsTheDomesticTarget) {
  EXPECT_EQ(Triples("Thousands of Gondorians staged a demonstration calling for independence from Gondor."),
            V({"GON 141 GON"}));
  // Another country stays the target; a sector of the same country is another actor.
  EXPECT_EQ(Triples("Thousands of Gondorians staged a demonstration calling for independence from Rohan."),
            V({"GON 141 ROH"}));
  EXPECT_EQ(Triples("Thousands of Gondorians staged a demonstration against the Gondorian government."),
            V({"GON 141 GONGOV"}));
}

TEST(DomesticActs, NamedTargetsAndOtherActsAreNotReplaced) {
  // The protest names its target: the hunger strike is that protest, not one against Rohan itself.
  EXPECT_EQ(Triples("Rohirric students began a hunger strike in protest against Gondor."),
            V({"ROHCVL 140 GON"}));
  // A meeting without a named counterpart is no event.
  EXPECT_EQ(Triples("The Gondorian ministry met on Tuesday."), V({}));
  // A company's demonstration is a product's, not a protest against its state.
  EXPECT_EQ(Triples("The Gondorian company will demonstrate its new phone."), V({}));
  // Without a country there is no domestic target to take.
  EXPECT_EQ(Triples("The students staged a demonstration on Sunday."), V({}));
}

// A readiness or commitment stated with "be ... to" and no other party is the source's commitment to its own
// country; other generic intents without a target are no events (a company's deal, a campaign promise), nor
// is a readiness the pattern's gap negates.
TEST(DomesticActs, StatedReadinessWithoutAPartyIsToTheOwnCountry) {
  EXPECT_EQ(Triples("Elessar said he is prepared to end the ban on public meetings."), V({"GONGOV 030 GON"}));
  EXPECT_EQ(Triples("Gondor is committed to opening up its economy."), V({"GON 030 GON"}));
  EXPECT_EQ(Triples("Gondor agreed to buy the old mill."), V({}));
  EXPECT_EQ(Triples("Gondor promised lower taxes."), V({}));
  EXPECT_EQ(Triples("Gondor is simply not prepared to end the ban."), V({}));
  // A named party is the target as before.
  EXPECT_EQ(Triples("Gondor is prepared to meet Rohan."), V({"GON 036 ROH"}));
  // A policy after the "to", a noun phrase, is no readiness for an act.
  EXPECT_EQ(Triples("Gondor is completely committed to poverty reduction."), V({}));
  EXPECT_EQ(Triples("The Gondorian government is committed to a strong currency."), V({}));
  EXPECT_EQ(Triples("Gondor is now prepared to take back its old laws."), V({"GON 030 GON"}));
}

// An announced refusal to cooperate is the rejection of that act; a negated report, an inability or a refusal
// to criticize is no event.
TEST(Refusals, AnnouncedRefusalIsARejection) {
  EXPECT_EQ(Triples("Gondor will not send arms to Rohan."), V({"GON 1222 ROH"}));
  EXPECT_EQ(Triples("Gondor said it would not send arms to Rohan."), V({"GON 1222 ROH"}));
  EXPECT_EQ(Triples("Gondor won't meet Rohan."), V({"GON 125 ROH"}));
  EXPECT_EQ(Triples("Gondor did not send arms to Rohan."), V({}));
  EXPECT_EQ(Triples("Gondor could not meet Rohan."), V({}));
  EXPECT_EQ(Triples("Gondor would not meet Rohan without a ceasefire."), V({}));  // not reported speech
  EXPECT_EQ(Triples("Gondor will not criticize Rohan."), V({}));
}

TEST(RealisedInfinitives, PastAspectDecisionAndAttemptReportTheAct) {
  EXPECT_EQ(Triples("Gondor continued to send arms to Rohan last year."), V({"GON 072 ROH"}));
  EXPECT_EQ(Triples("Gondor decided to send arms to Rohan."), V({"GON 072 ROH"}));
  EXPECT_EQ(Triples("Gondor has tried to hack into the computers of Rohan's ministry."),
            V({"GON 176 ROHGOV"}));
  // Present and future forms announce or describe, they do not report.
  EXPECT_EQ(Triples("Gondor will continue to send arms to Rohan."), V({}));
  EXPECT_EQ(Triples("Gondor did not try to send arms to Rohan."), V({}));
}

TEST(PurposeInfinitives, AProtestAfterWhatItsSubjectDidIsReported) {
  EXPECT_EQ(Triples("Rohirric students rallied in the capital on Monday to protest against Gondor."),
            V({"ROHCVL 140 GON"}));
  EXPECT_EQ(Triples("Rohirric farmers stayed away from work to protest against Gondor."),
            V({"ROHCVL 140 GON"}));
  // An appeal, a refusal or a right to protest reports no protest.
  EXPECT_EQ(Triples("The Gondorian government urged the students to protest against Rohan."), V({}));
  EXPECT_EQ(Triples("Rohirric students refused to protest against Gondor."), V({}));
  EXPECT_EQ(Triples("Rohirric students demanded the right to protest against Gondor."), V({}));
  EXPECT_EQ(Triples("Rohirric students called on others to protest against Gondor."), V({}));
  // The chunk after a possessive is no protester ("the ministry's Rohan office").
  EXPECT_EQ(Triples("Delegations of students went to the ministry's Rohan office to protest against Gondor."),
            V({}));
  // Only protest: another act in an infinitive of purpose stays unreported ("met to send arms").
  EXPECT_EQ(Triples("Gondor met on Monday to send arms to Rohan."), V({}));
}

TEST(ReducedRelatives, AProtestingObjectIsTheProtester) {
  // The dispersal is not in this dictionary; the protest is the students', against their own state.
  EXPECT_EQ(Triples("Gondor met Rohirric students demonstrating in the capital."),
            V({"GON 040 ROHCVL", "ROHCVL 141 ROH"}));
  // Another act in such a participle is no act of the object.
  EXPECT_EQ(Triples("Gondor met Rohan sending arms to the Gondorian ministry."), V({"GON 040 ROH"}));
}

TEST(StativeParticiples, BeOpposedToIsTheSubjectsAct) {
  EXPECT_EQ(Triples("Gondor is opposed to Rohan's plan."), V({"GON 110 ROH"}));
  // A passive with its agent stays a passive.
  EXPECT_EQ(Triples("Gondor was opposed by Rohan."), V({"ROH 110 GON"}));
}

TEST(ConjoinedVerbs, AVerbGroupAfterButHasTheSubjectOfTheClauseBefore) {
  EXPECT_EQ(Triples("Gondor closed its border to refugees, but was still sending arms to Rohan."),
            V({"GON 072 ROH"}));
  EXPECT_EQ(Triples("Gondor closed its border to refugees, but later sent arms to Rohan."),
            V({"GON 072 ROH"}));
  // A participle after "and" is a verb of the clause's subject, not a noun with the words before it.
  EXPECT_EQ(Triples("Gondor closed its border on Monday, recalling its envoy and sending arms to Rohan."),
            V({"GON 072 ROH"}));
  // The subject of a clause that "after" opens, its past verb right after it, for a later verb of that
  // clause.
  EXPECT_EQ(
      Triples(
          "Rohan recalled its envoy after Gondor broke the truce and sent arms to the Rohirric students."),
      V({"GON 072 ROHCVL"}));
  // A clause with its own subject keeps it.
  EXPECT_EQ(Triples("Gondor closed its border, but Rohan sent arms to the Gondorian ministry."),
            V({"ROH 072 GONGOV"}));
}

TEST(Attributions, AReportingVerbWithThatIsTheMainClause) {
  // The comma before "announced" closes an apposition of the subject; the verb's "that" makes it the
  // sentence's main clause, and the pronoun after "that" is that subject.
  EXPECT_EQ(Triples("Gondorian farmers, the backbone of the economy, announced on Monday that they had "
                    "staged a demonstration."),
            V({"GONCVL 141 GON"}));
  EXPECT_EQ(Triples("The Gondorian government, the third in a year, said that it had sent arms to Rohan."),
            V({"GONGOV 072 ROH"}));
  // An aside has no complement: its speaker is neither source nor target.
  EXPECT_EQ(Triples("Gondorian farmers staged a demonstration, the Rohirric ministry said on Monday."),
            V({"GONCVL 141 GON"}));
  EXPECT_EQ(Triples("The students staged a demonstration, the Gondorian ministry said."), V({}));
}

TEST(Appositions, TheChunkAnAppositionDescribesIsTheSubject) {
  EXPECT_EQ(Triples("Gondor, a Rohirric ally in the war, has sent arms to the students."),
            V({"GON 072 CVL"}));
  EXPECT_EQ(Triples("Gondor, the Rohirric ally, on Monday sent arms to the students."), V({"GON 072 CVL"}));
  // Without a known actor before it, the apposition names the subject.
  EXPECT_EQ(Triples("Aragorn, the Gondorian government's envoy, sent arms to Rohan."), V({"GONGOV 072 ROH"}));
  // A list is no apposition: all three send (a conjunct may open with an article, actor_groups.cc).
  EXPECT_EQ(Triples("Gondor, the Rohirric ministry and Rohan sent arms to the students."),
            V({"GON 072 CVL", "ROH 072 CVL", "ROHGOV 072 CVL"}));
}

TEST(Subjects, AChunkWithABeOfItsOwnClauseIsNoSubjectOfALaterVerb) {
  // Before, the search for the subject of "killed" crossed "were" and the verb of its clause.
  EXPECT_EQ(Triples("Gondorian soldiers were investigating who killed two Rohirric farmers."), V({}));
  EXPECT_EQ(Triples("Gondorian soldiers were deployed after the riots killed two Rohirric farmers."), V({}));
  // Headlines run together without punctuation: the second has no subject in the first.
  EXPECT_EQ(Triples("Gondor denies soldiers were passive  tourist touring the capital killed two farmers"),
            V({}));
  // A coordinated verb, a verb of the be's own group and a perfect after it keep the subject.
  EXPECT_EQ(Triples("Gondorian soldiers were called in and killed two Rohirric rebels."),
            V({"GONMIL 1823 ROHREB"}));
  EXPECT_EQ(Triples("Gondorian soldiers were accused of having killed two Rohirric farmers."),
            V({"GONMIL 1823 ROHCVL"}));
  EXPECT_EQ(Triples("Gondorian soldiers were yesterday killed by Rohirric rebels."),
            V({"ROHREB 1823 GONMIL"}));
}

TEST(ConditionalThreats, AViolentActUnderAModalWithIfOrUnlessIsAThreat) {
  EXPECT_EQ(Triples("Gondor could kill two Rohirric farmers if Rohan refuses the treaty."),
            V({"GON 138 ROHCVL"}));
  EXPECT_EQ(Triples("Gondor may wound the Rohirric students unless the ministry pays."),
            V({"GON 138 ROHCVL"}));
  // Without a condition it is hypothetical; negated, a refusal; a subject the modal does not follow, none.
  EXPECT_EQ(Triples("Gondor could kill two Rohirric farmers."), V({}));
  EXPECT_EQ(Triples("Gondor may not kill two Rohirric farmers if Rohan refuses the treaty."), V({}));
  EXPECT_EQ(Triples("Gondor said the storms could kill two Rohirric farmers if they stay."), V({}));
}

TEST(Objects, TheAuthorOfAnEventNounInTheObjectIsTheTarget) {
  static std::shared_ptr<const Dictionary> dict = CompileTestDictionary(R"(
country GON : Gondor | Gondorian
country ROH : Rohan | Rohirric
agent GOV : government | president | minister
verb 120 : refuse to | reject + | reject
verb 100 : demand + | demand
verb 030 : offer to | offer
cameo 120 goldstein=-4.0 plover=REJECT : Reject
cameo 100 goldstein=-5.0 plover=DEMAND : Demand
cameo 030 goldstein=4.0 plover=AGREE : Express intent to cooperate
)");
  auto coded = [&](const char* text) { return CodedTriples(dict, text, "2021-04-02"); };
  // The noun's own match ended the verb's object search before its author.
  EXPECT_EQ(coded("Gondor refused to respond to a demand from the Rohirric president."),
            V({"GON 120 ROHGOV"}));
  EXPECT_EQ(coded("Gondor rejected a fresh offer by Rohan on Monday."), V({"GON 120 ROH"}));
  // Not when no "from" or "by" names its author right after the noun: the rejection has no named target
  // (RefusalWithoutTarget).
  EXPECT_EQ(coded("Gondor rejected a fresh offer in Rohan on Monday."), V({"GON 120 "}));
  EXPECT_EQ(coded("Gondor rejected the offer, Rohan said."), V({"GON 120 "}));
}

TEST(SuiteHypotheticals, TabarisSuiteCodesModalsAndUngovernedInfinitivesAsActs) {
  static std::shared_ptr<const Dictionary> dict = CompileTestDictionary(kDictionary);
  CoderOptions tabari;
  tabari.hypotheticals_as_acts = true;
  auto suite = [&](const char* text) { return CodedTriples(dict, text, "2021-04-02", tabari); };
  // News: a modal or an infinitive no intent word governs reports no act.
  EXPECT_EQ(Triples("Gondor would now oppose Rohan."), V({}));
  EXPECT_EQ(Triples("Gondor was seen to visit Rohan on Monday."), V({}));
  EXPECT_EQ(Triples("Gondor might visit Rohan."), V({}));
  // TABARI reads no modality: the act is coded.
  EXPECT_EQ(suite("Gondor would now oppose Rohan."), V({"GON 110 ROH"}));
  EXPECT_EQ(suite("Gondor was seen to visit Rohan on Monday."), V({"GON 042 ROH"}));
  EXPECT_EQ(suite("Gondor might visit Rohan."), V({"GON 042 ROH"}));
  // A negation still denies it, with or without the modal.
  EXPECT_EQ(suite("Gondor would not oppose Rohan."), V({}));
  EXPECT_EQ(suite("Gondor cannot visit Rohan."), V({}));
  EXPECT_EQ(suite("Gondor did not visit Rohan."), V({}));
  EXPECT_EQ(suite("No Gondorian officials could visit Rohan."), V({}));
}

TEST(SupportVerbs, ARenewedAppealIsTheSubjects) {
  EXPECT_EQ(Triples("Gondor renewed an appeal to Rohan on Monday."), V({"GON 020 ROH"}));
  EXPECT_EQ(Triples("Gondor reiterated its appeal to Rohan."), V({"GON 020 ROH"}));
  // Another verb's object noun is someone else's act.
  EXPECT_EQ(Triples("Gondor rejected an appeal to Rohan."), V({}));
}

TEST(Modifiers, AParticipleBetweenAPossessiveOrArticleAndItsActorIsNoVerb) {
  EXPECT_EQ(Triples("Rohan met Gondor's visiting Elessar on Monday."), V({"ROH 040 GON"}));
  EXPECT_EQ(Triples("Rohan met the visiting Elessar on Monday."), V({"ROH 040 GONGOV"}));
  // A participle with its own subject still visits.
  EXPECT_EQ(Triples("Rohan said Elessar was visiting Edoras on Monday."), V({"GONGOV 042 ROHGOV"}));
}

TEST(Objects, NoObjectPastAVerbConjoinedAfterAnd) {
  EXPECT_EQ(Triples("The Gondorian government met on Sunday and decided to approve a plan that bars "
                    "candidates from the Rohirric students."),
            V({}));
  // Before the conjunction the object is the verb's.
  EXPECT_EQ(Triples("The Gondorian government met Rohan on Sunday and decided to approve a plan."),
            V({"GONGOV 040 ROH"}));
}

TEST(Objects, ASectorWordUsedAsAnAdjectiveIsNoObject) {
  // "official contact" is contact, not an official: the object is the actor after it.
  EXPECT_EQ(Triples("Rohan opposed all official contact with Gondor."), V({"ROH 110 GON"}));
  EXPECT_EQ(Triples("Rohan opposed official contact with the Gondorian ministry."), V({"ROH 110 GONGOV"}));
  // A sector noun as a modifier stays the object, as CAMEO codes "rebel positions"; so do the sector words
  // that head their phrase.
  EXPECT_EQ(Triples("Gondor opposed rebel demands on Monday."), V({"GON 110 GONREB"}));
  EXPECT_EQ(Triples("Rohan opposed the officials on Monday."), V({"ROH 110 ROHGOV"}));
  EXPECT_EQ(Triples("Rohan opposed the official on Monday."), V({"ROH 110 ROHGOV"}));
  // A threat against such a noun is aimed at the country right after its "in"; another act is not.
  EXPECT_EQ(Triples("Rohan threatened to resume terrorist attacks in Gondor."), V({"ROH 130 GON"}));
  EXPECT_EQ(Triples("Rohan opposed terrorist attacks in Gondor."), V({}));
  // With the suites' place targets such an adjective is no object that keeps the place from being one.
  CoderOptions suites;
  suites.place_targets = true;
  static std::shared_ptr<const Dictionary> dict = CompileTestDictionary(kDictionary);
  EXPECT_EQ(CodedTriples(dict, "Elessar met in Edoras on an official foreign visit.", "2021-04-02", suites),
            V({"GONGOV 040 ROHGOV"}));
}

TEST(ExplosiveAgents, AKillingByABombWhoseBomberIsUnnamedHasAnEmptySource) {
  // The bombing is the subject of the verb, or the means of its passive.
  EXPECT_EQ(
      Triples("A roadside bombing near the capital on Sunday killed two Gondorian soldiers, officials said."),
      V({" 1823 GONMIL"}));
  EXPECT_EQ(Triples("On Sunday, a car bomb wounded three Rohirric farmers."), V({" 180 ROHCVL"}));
  EXPECT_EQ(Triples("Three Gondorian soldiers were killed in a car bomb explosion in the capital."),
            V({" 1823 GONMIL"}));
  // A capital after "in" or "of" is where it happened, not who did it, also behind graded modifiers.
  EXPECT_EQ(Triples("Three Gondorian soldiers were killed in a car bomb explosion in a suburb of largely "
                    "rural northern Edoras."),
            V({" 1823 GONMIL"}));
  // A bombing after "by" is the means, even one whose first word is a participle; a country before a place
  // noun says where, not who.
  EXPECT_EQ(Triples("Three Gondorian soldiers were killed by an improvised explosive device outside the "
                    "Rohirric town of Edoras."),
            V({" 1823 GONMIL"}));
  // A named bomber is the source; a bombing "by" someone names the agent, whom the roles do not take.
  EXPECT_EQ(Triples("Rohirric rebels killed two Gondorian soldiers with a roadside bomb."),
            V({"ROHREB 1823 GONMIL"}));
  EXPECT_EQ(Triples("A roadside bomb planted by rebels killed two Gondorian soldiers."), V({}));
  // A bombing in another clause or as an object is no agent.
  EXPECT_EQ(Triples("After the car bomb, gunmen killed two Gondorian soldiers."), V({}));
  // (The killing is an event, with an unnamed agent: roles.h UnnamedViolence.)
  EXPECT_EQ(Triples("The Gondorian soldiers who found a roadside bomb were killed."), V({" 1823 GONMIL"}));
  // Without a named victim there is no event: an unnamed agent of an unnamed act says nothing.
  EXPECT_EQ(Triples("A roadside bomb exploded near the capital on Sunday."), V({}));
}

TEST(MeansAgents, TheActorBeforeTheMeansOfAPassiveKillingIsItsAgent) {
  EXPECT_EQ(Triples("Four Gondorian farmers were killed in Rohirric tank shelling on Friday."),
            V({"ROH 1823 GONCVL"}));
  EXPECT_EQ(Triples("Two Gondorian students were wounded on Friday by Rohirric artillery fire."),
            V({"ROH 180 GONCVL"}));
  // An actor after the means is its target or place, not its agent; a bare means names no one.
  EXPECT_EQ(Triples("Four Gondorian farmers were killed in shelling of Rohan."), V({}));
  EXPECT_EQ(Triples("Four Gondorian farmers were killed in the shelling."), V({" 1823 GONCVL"}));
}

// A pattern that places its target before its anchor names it there: the verb's subject when only its verb
// group stands between them. With that slot empty, the actors after the verb are the source's side, not a
// target (one member of a coordination is no target of another).
TEST(TargetSlots, AnEmptyTargetSlotBeforeTheVerbIsNotFilledFromAfterIt) {
  EXPECT_EQ(Triples("The dam project has drawn criticism from Gondorian students and Rohirric farmers."),
            V{});
}

TEST(TargetSlots, ATargetSlotBeforeTheVerbIsItsSubject) {
  EXPECT_EQ(Triples("Edoras drew criticism from Gondorian students."), V({"GONCVL 111 ROHGOV"}));
  EXPECT_EQ(Triples("Edoras has on Monday again drawn criticism from Gondorian students."),
            V({"GONCVL 111 ROHGOV"}));
  // An actor that another verb or a conjunction separates from the verb is no subject of it; neither is one
  // in another clause.
  EXPECT_EQ(
      Triples("The dam has forced Rohirric farmers to move and drawn criticism from Gondorian students."),
      V{});
  EXPECT_EQ(Triples("Rohirric farmers left, and the dam drew criticism from Gondorian students."), V{});
  // Without a source the subject is the target of no event.
  EXPECT_EQ(Triples("Edoras drew criticism from the press."), V{});
}

}  // namespace
}  // namespace dyad

namespace dyad {
namespace {

// An investigation into an act (another match, which ends the object search) whose agent follows the act's
// participle and "by" investigates that agent; with a comma between, the "by" phrase is not the act's.
TEST(Investigations, TheAgentOfTheInvestigatedActsIsTheTarget) {
  EXPECT_EQ(
      Triples("The Gondorian ministry launched an investigation into the shelling committed by Rohirric "
              "soldiers."),
      V({"GONGOV 090 ROHMIL"}));
  EXPECT_EQ(Triples("The Gondorian ministry launched an investigation into the shelling carried out by "
                    "Rohirric soldiers."),
            V({"GONGOV 090 ROHMIL"}));
  EXPECT_EQ(
      Triples("The Gondorian ministry launched an investigation into the shelling, reported by Rohirric "
              "soldiers."),
      V({}));
}

}  // namespace
}  // namespace dyad

namespace dyad {
namespace {

// A passive killing in a fight "with" a party was done by that party; a fight "between" two parties names
// no agent of the killing.
TEST(MeansAgents, TheOtherSideOfAFightIsTheAgentOfAPassiveKilling) {
  EXPECT_EQ(Triples("Two Gondorian soldiers were killed in a clash with Rohirric rebels."),
            V({"ROHREB 1823 GONMIL"}));
  EXPECT_EQ(
      Triples("Two Gondorian soldiers were killed on Monday during fierce clashes with the Rohirric rebels."),
      V({"GONMIL 190 ROHREB", "ROHREB 1823 GONMIL"}));
  EXPECT_EQ(Triples("Two Gondorian soldiers were killed in a clash between Rohirric rebels and farmers."),
            V({}));
}

}  // namespace
}  // namespace dyad

namespace dyad {
namespace {

// A passive act of violence on a named victim whose agent the sentence does not name is an event with an
// unnamed source; not an accident's or a disaster's victims, nor a fear ("being tortured"), nor where
// another actor could be the agent.
TEST(UnnamedViolence, AnAgentlessPassiveKillingOfANamedVictimHasAnEmptySource) {
  EXPECT_EQ(Triples("Two Gondorian farmers were killed on Monday."), V({" 1823 GONCVL"}));
  EXPECT_EQ(Triples("Two Gondorian farmers were wounded in the north."), V({" 180 GONCVL"}));
  EXPECT_EQ(Triples("Two Gondorian farmers were killed in a road accident."), V({}));
  EXPECT_EQ(Triples("Two Gondorian farmers were killed following a massive earthquake."), V({}));
  EXPECT_EQ(Triples("Gondorian farmers fear being killed."), V({}));
  EXPECT_EQ(Triples("Two Gondorian farmers were killed after Rohirric soldiers crossed the border."), V({}));
}

// A headline drops the passive's "be": a participle with "by" and an actor right after it is a passive,
// whatever the verb; an active past tense or a perfect keeps its subject as source.
TEST(HeadlinePassives, AParticipleWithItsByAgentIsAPassive) {
  EXPECT_EQ(Triples("Rohan envoy accused by Gondor over border row"), V({"GON 112 ROH"}));
  EXPECT_EQ(Triples("Gondorian officials, accused by Rohirric students, left."), V({"ROHCVL 112 GONGOV"}));
  EXPECT_EQ(Triples("Gondor accused Rohan over the border row."), V({"GON 112 ROH"}));
  EXPECT_EQ(Triples("Gondor was accused by Rohan."), V({"ROH 112 GON"}));
  // "by" and no actor (a means, a measure) is no agent.
  EXPECT_EQ(Triples("Gondor accused Rohan by telephone."), V({"GON 112 ROH"}));
}

// Refusals announced with no other party named (roles.h, RefusalWithoutTarget): a rejection of the refusing
// state, with an empty target.
constexpr char kRefusalDictionary[] = R"(
country GON : Gondor | Gondorian | Gondorians
country ROH : Rohan | Rohirric
actor GONGOV country=GON sectors=GOV : Elessar
agent GOV : government | ministry
agent MNC : company
agent MIL : commander
agent CVL : farmer
verb 075 : accept refugees
verb 0841 : release (the) prisoners
verb 120 : refuse to | reject + | reject | dismiss
verb 128 : disobey +
cameo 075 goldstein=7.0 plover=AID : Grant asylum
cameo 0841 goldstein=7.0 plover=CONCEDE : Return, release person(s)
cameo 120 goldstein=-4.0 plover=REJECT : Reject
cameo 122 goldstein=-4.0 plover=REJECT : Reject request for aid
cameo 1243 goldstein=-5.0 plover=REJECT : Refuse to release persons or property
cameo 128 goldstein=-4.0 plover=REJECT : Defy norms, law
)";

std::vector<std::string> RefusalTriples(const std::string& text) {
  static std::shared_ptr<const Dictionary> dict = CompileTestDictionary(kRefusalDictionary);
  return CodedTriples(dict, text, "2021-04-02");
}

TEST(RefusalsWithoutTarget, TheRefusingStateIsTheSource) {
  EXPECT_EQ(RefusalTriples("Gondor will not accept refugees."), V({"GON 122 "}));
  EXPECT_EQ(RefusalTriples("Gondor says it will not accept any more refugees."), V({"GON 122 "}));
  EXPECT_EQ(RefusalTriples("The Gondorian government said that it would not release the prisoners."),
            V({"GONGOV 1243 "}));
  EXPECT_EQ(RefusalTriples("Gondor on Monday refused to open its archives."), V({"GON 120 "}));
  EXPECT_EQ(RefusalTriples("The Gondorian ministry rejected the new plan."), V({"GONGOV 120 "}));
  // A named party stays the target.
  EXPECT_EQ(RefusalTriples("Gondor rejected Rohan."), V({"GON 120 ROH"}));
}

TEST(RefusalsWithoutTarget, NotASpeechRefusalClaimPronounCompanyOrDistantSubject) {
  // Declining to speak, and denying a claim, are no rejection.
  EXPECT_EQ(RefusalTriples("The Gondorian ministry refused to say if it would appeal."), V({}));
  EXPECT_EQ(RefusalTriples("Gondor refused to rule out an interest."), V({}));
  EXPECT_EQ(RefusalTriples("Elessar dismissed claims of broken promises."), V({}));
  // A pronoun's antecedent is coreference's guess, which no target confirms (on news "prompted a donor to
  // say he will refuse" was read as the minister's refusal); a report's "it" or "they" is the reporter's.
  EXPECT_EQ(RefusalTriples("The feud between Elessar and Rohan has prompted a donor to say "
                           "he will almost certainly refuse to open the archives."),
            V({}));
  EXPECT_EQ(RefusalTriples("Elessar said he will not accept refugees."), V({"GONGOV 122 "}));
  // A company is no state; a relative clause's verb is not its antecedent's refusal.
  EXPECT_EQ(RefusalTriples("The Gondorian company will not accept refugees."), V({}));
  EXPECT_EQ(RefusalTriples("Elessar praised a Gondorian commander who disobeys orders."), V({}));
  // A refusal reported with other words between the refuser and the refusal.
  EXPECT_EQ(RefusalTriples("Gondor, long a haven in the region, will not accept refugees."), V({}));
}

// Passive expulsions with "from" (roles.h, ReadExpulsionsFrom): the country is the expelling state; a party
// is no state.
TEST(ExpulsionsFrom, TheCountryAfterFromExpelsAndAPartyIsNoState) {
  static std::shared_ptr<const Dictionary> dict = CompileTestDictionary(R"(
country GON : Gondor | Gondorian | Gondorians
country ROH : Rohan | Rohirric
agent GOV : diplomats | senator
agent MED : journalists
verb 174 : expel + | expel + from | deport +
cameo 174 goldstein=-5.0 plover=COERCE : Expel or deport individuals
)");
  auto coded = [&](const char* text) { return CodedTriples(dict, text, "2021-04-02"); };
  EXPECT_EQ(coded("Two Rohirric journalists were expelled from Gondor on Monday."), V({"GON 174 ROHMED"}));
  EXPECT_EQ(coded("Three Rohirric diplomats were deported from Gondor."), V({"GON 174 ROHGOV"}));
  // An agent named by "by" stays the source.
  EXPECT_EQ(coded("Two Rohirric journalists were expelled by Gondor."), V({"GON 174 ROHMED"}));
  // A party's expulsion of its member is no state's act.
  EXPECT_EQ(coded("A Gondorian senator was expelled from the ruling party after the vote."), V({}));
}

}  // namespace
}  // namespace dyad
