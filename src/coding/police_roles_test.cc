// Police reports without a parser (roles.h): reduced passives, acts reported done after "had to" or "were
// able to", noun events asked for rather than done, unnamed targets of arrests and assaults, and the unnamed
// authority of CoderOptions::unnamed_authority. Sentences written for these tests.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "coding/roles.h"
#include "coding/test_dictionary.h"
#include "dyad/coder.h"

namespace dyad {
namespace {

constexpr char kDictionary[] = R"(
country KAZ : Kazakhstan | Kazakh
agent COP : police | policemen
agent MIL : soldiers | army
agent CVL : protesters | students | traders
agent REB : militants | militant
agent GOV : minister | diplomats
agent JUD : prosecutor
verb 173 : arrest + | arrest | detain + | detain | arrest of +
verb 174 : expel + | deport +
cameo 174 goldstein=-5.0 : Expel or deport individuals
verb 175 : fire tear gas at + | crackdown on + | fire rounds
verb 1823 : kill + | kill | die in $ firing
verb 190 : attack +
verb 100 : demand
verb 170 : force + to
cameo 170 goldstein=-7.0 : Coerce
verb 193 : $ firing at + | fire at + | return fire
cameo 193 goldstein=-10.0 : Fight with small arms and light weapons
cameo 173 goldstein=-5.0 : Arrest, detain
verb 173 : charge + | charge
cameo 175 goldstein=-9.0 : Use tactics of violent repression
cameo 1823 goldstein=-10.0 plover=ASSAULT : Kill by physical assault
cameo 190 goldstein=-10.0 : Use conventional military force
cameo 100 goldstein=-5.0 plover=REQUEST : Demand
)";

std::vector<std::string> Triples(const std::string& text, CoderOptions options = {}) {
  static std::shared_ptr<const Dictionary> dict = CompileTestDictionary(kDictionary);
  return CodedTriples(dict, text, "2021-04-02", options);
}

using V = std::vector<std::string>;

TEST(PoliceRoles, PredicatesNameTheActsOfTheAuthorities) {
  EXPECT_TRUE(AuthorityAct("173"));
  EXPECT_TRUE(AuthorityAct("174"));
  EXPECT_TRUE(AuthorityAct("175"));
  EXPECT_FALSE(AuthorityAct("1823"));
  EXPECT_FALSE(AuthorityAct("190"));
  EXPECT_TRUE(UnnamedTargetAct("173", false, false));
  EXPECT_TRUE(UnnamedTargetAct("1823", true, false));
  EXPECT_FALSE(UnnamedTargetAct("1823", false, false));  // a mob's killing needs its victim named
  EXPECT_FALSE(UnnamedTargetAct("190", true, false));    // an army's fighting needs its enemy named
  EXPECT_TRUE(UnnamedTargetAct("193", true, true));      // "police opened fire"
}

TEST(PoliceRoles, ArrestsAndKillingsByThePoliceKeepAnUnnamedTarget) {
  EXPECT_EQ(Triples("Kazakh police arrested him on Tuesday."), V{"KAZCOP 173 "});
  EXPECT_EQ(Triples("Soldiers killed two near the bridge."), V{"MIL 1823 "});
  // Other acts still need a target.
  EXPECT_EQ(Triples("The soldiers attacked on Tuesday."), V{});
  EXPECT_EQ(Triples("The protesters attacked on Tuesday."), V{});
}

TEST(PoliceRoles, BareNounIsNoActOnAnUnnamedTarget) {
  // "arrest" without a determiner and without "to", a modal or "do" before it is a noun: the subject did not
  // arrest anyone.
  EXPECT_EQ(Triples("Kazakh students debated plans for arrest without trial."), V{});
  EXPECT_EQ(Triples("Kazakh police did arrest him."), V{"KAZCOP 173 "});
  // A named target keeps the verb reading.
  EXPECT_EQ(Triples("Kazakh police arrest protesters."), V{"KAZCOP 173 KAZCVL"});
}

TEST(PoliceRoles, ParticipleWithoutObjectIsAPassive) {
  // A reduced relative: the police the sentence names made the arrest; the students are the target.
  EXPECT_EQ(Triples("The students arrested in Almaty were freed on bail, police said."), V{"COP 173 CVL"});
  // A number after the participle is its object: active voice.
  EXPECT_EQ(Triples("Soldiers killed 4 traders."), V{"MIL 1823 CVL"});
  EXPECT_EQ(Triples("The police arrested about 150 traders."), V{"COP 173 CVL"});
  EXPECT_EQ(Triples("The students arrested over the weekend were freed, police said."), V{"COP 173 CVL"});
  // "have arrested" is an active perfect.
  EXPECT_EQ(Triples("Police have arrested in a dawn raid."), V{"COP 173 "});
}

TEST(PoliceRoles, HeadlineParticipleBeforeAConjunctionIsAPassive) {
  // The '+' slot must not take the next clause's subject for the participle's object: the police of the
  // "as" or "after" clause made the arrest.
  EXPECT_EQ(Triples("Twelve students arrested as police break up a sit-in"), V{"COP 173 CVL"});
  EXPECT_EQ(Triples("Five traders detained after police raid the market"), V{"COP 173 CVL"});
  // An active verb keeps its object after "as many as", and a subject with "were" stays a passive.
  EXPECT_EQ(Triples("Police arrested as many as 40 students."), V{"COP 173 CVL"});
  EXPECT_EQ(Triples("Twelve students were arrested as police broke up a sit-in."), V{"COP 173 CVL"});
}

TEST(PoliceRoles, VictimBeforeAnAssaultPatternWithItsSourceAfterTheVerb) {
  EXPECT_EQ(Triples("Three protesters died in police firing."), V{"COP 1823 CVL"});
}

TEST(PoliceRoles, PastNecessityAndAbilityReportTheActAsDone) {
  EXPECT_EQ(Triples("Police had to fire tear gas at the protesters."), V{"COP 175 CVL"});
  EXPECT_EQ(Triples("Police were able to arrest the protesters."), V{"COP 173 CVL"});
  EXPECT_EQ(Triples("Police were forced to fire tear gas at the protesters."), V{"COP 175 CVL"});
  // The compelled actor, object of the compelling verb, is the subject of the act it was forced into.
  EXPECT_EQ(Triples("The traders forced the police to fire tear gas at the protesters."),
            (V{"COP 175 CVL", "CVL 170 COP"}));
  // Present obligation and future ability are not acts.
  EXPECT_EQ(Triples("Police have to arrest the protesters."), V{});
  EXPECT_EQ(Triples("Police will be able to arrest the protesters."), V{});
}

TEST(PoliceRoles, PassiveInfinitivesAndSubjunctivesAreNotDone) {
  EXPECT_EQ(Triples("The protesters are likely to be arrested, police said."), V{});
  // The demand is coded by its own verb; the arrest is not.
  EXPECT_EQ(Triples("Kazakh students demanded that the police be arrested."), V{"KAZCVL 100 KAZCOP"});
}

TEST(PoliceRoles, NounEventsAskedForAreNotDone) {
  EXPECT_EQ(Triples("The traders demanded the arrest of the students."), V{});
  EXPECT_EQ(Triples("The traders called for the arrest of the students."), V{});
  EXPECT_EQ(Triples("After the arrest of the students, traders marched."), V{" 173 CVL"});
}

TEST(PoliceRoles, UnnamedAuthorityWhenTheTextNamesNoAgent) {
  EXPECT_EQ(Triples("About 35 protesters were arrested on Tuesday."), V{" 173 CVL"});
  // A sentence without any actor: only an act of the authorities is coded, with neither actor named.
  EXPECT_EQ(Triples("They were detained overnight."), V{" 173 "});
  EXPECT_EQ(Triples("They were killed overnight."), V{});
  // Police the sentence names come first.
  EXPECT_EQ(Triples("About 35 protesters were arrested, police said."), V{"COP 173 CVL"});
  // A "by" phrase names the agent, though not as an actor; another actor may be the agent.
  EXPECT_EQ(Triples("About 35 protesters were arrested by a special squad."), V{});
  // A reporter is not the agent: a reporting authority is taken for it, anyone else leaves it unnamed.
  EXPECT_EQ(Triples("About 35 protesters were arrested, Kazakh students said."), V{" 173 CVL"});
  EXPECT_EQ(Triples("The minister said that 35 protesters had been arrested."), V{"GOV 173 CVL"});
  EXPECT_EQ(Triples("About 35 protesters were arrested, the prosecutor told reporters."), V{"JUD 173 CVL"});
  // An actor after a preposition is no agent either: what the arrests followed, who led the arrested.
  EXPECT_EQ(Triples("The arrests followed the visit of the minister."), V{" 173 "});
  EXPECT_EQ(Triples("About 700 traders led by the minister were arrested."), V{" 173 CVL"});
  // An actor that may have made the arrest still keeps it unnamed.
  EXPECT_EQ(Triples("The minister visited and 35 protesters were arrested."), V{});
  CoderOptions options;
  options.unnamed_authority = false;
  EXPECT_EQ(Triples("About 35 protesters were arrested on Tuesday.", options), V{});
}

TEST(PoliceRoles, AnExpulsionWithoutAgentIsTheUnnamedAuthoritys) {
  // Only a state expels or deports a person (174): without an agent the source is unnamed, as for an arrest.
  EXPECT_EQ(Triples("Two Kazakh diplomats were expelled on Tuesday."), V{" 174 KAZGOV"});
  EXPECT_EQ(Triples("The protesters were deported."), V{" 174 CVL"});
  EXPECT_EQ(Triples("Kazakhstan expelled two diplomats."), V{"KAZ 174 KAZGOV"});
  // An actor that may have done it keeps it uncoded; a "by" phrase names the agent.
  EXPECT_EQ(Triples("The minister spoke and two Kazakh diplomats were expelled."), V{});
  EXPECT_EQ(Triples("Two Kazakh diplomats were expelled by the police."), V{"KAZCOP 174 KAZGOV"});
}

TEST(PoliceRoles, AHeadlinesPassiveWithoutBeIsCodedAsAPassive) {
  EXPECT_TRUE(HeadlinePassiveAct("174"));
  EXPECT_TRUE(HeadlinePassiveAct("1823"));
  EXPECT_FALSE(HeadlinePassiveAct("190"));
  EXPECT_EQ(Triples("Two Kazakh diplomats expelled"), V{" 174 KAZGOV"});
  EXPECT_EQ(Triples("Kazakh diplomats expelled over spy row"), V{" 174 KAZGOV"});
  // An object after the participle makes it active; a full stop or another verb makes a story's sentence.
  EXPECT_EQ(Triples("Kazakhstan expelled two diplomats"), V{"KAZ 174 KAZGOV"});
  EXPECT_EQ(Triples("Two Kazakh diplomats expelled."), V{});
  EXPECT_EQ(Triples("Two Kazakh diplomats expelled, the minister says"), V{});
  // Only an act of the authorities or of violence: an attack needs its target after it.
  EXPECT_EQ(Triples("Kazakh soldiers attacked near the border"), V{});
}

TEST(PoliceRoles, PluralArrestNounsWithoutDeterminer) {
  EXPECT_EQ(Triples("More than 432 arrests have been made so far."), V{" 173 "});
  EXPECT_EQ(Triples("Preventive arrests were made in the city."), V{" 173 "});
}

TEST(PoliceRoles, CrowdControlWithoutANamedCrowd) {
  EXPECT_EQ(Triples("Police fired sixty rounds in the air."), V{"COP 175 "});
  EXPECT_EQ(Triples("Kazakh soldiers fired five rounds at dawn."), V{"KAZMIL 175 "});
}

TEST(PoliceRoles, ThePossessorOfAnArrestIsItsVictim) {
  EXPECT_EQ(Triples("The traders' arrest angered many."), V{" 173 CVL"});
  EXPECT_EQ(Triples("The traders' arrest by the police angered many."), V{"COP 173 CVL"});
  // Of a crackdown, its agent.
  EXPECT_EQ(Triples("The police's crackdown on protesters went on."), V{"COP 175 CVL"});
}

TEST(PoliceRoles, AccusationsAndParticlesAreNoArrests) {
  EXPECT_EQ(Triples("The traders made a charge the students deny."), V{});
  EXPECT_EQ(Triples("The traders were charged down by the students."), V{});
  EXPECT_EQ(Triples("The traders were charged by the police."), V{"COP 173 CVL"});
}

TEST(PoliceRoles, ArrestWhoseSubjectIsNoActor) {
  // A pronoun or a name the dictionary lacks: the arrest is the authorities', unnamed.
  EXPECT_EQ(Triples("They arrested him at the station."), V{" 173 "});
  EXPECT_EQ(Triples("Sharma had also arrested some traders on Monday."), V{" 173 CVL"});
  EXPECT_EQ(Triples("They fired twenty rounds in the air."), V{" 175 "});
  // Not an accusation ("charged that"), and not an act no one reports as done.
  EXPECT_EQ(Triples("He charged that the students lied."), V{});
  EXPECT_EQ(Triples("They did not arrest anyone."), V{});
}

TEST(PoliceRoles, NegativeSubjectsAndObjectsDenyTheAct) {
  EXPECT_EQ(Triples("No protesters were arrested on Monday."), V{});
  EXPECT_EQ(Triples("Not a single trader was arrested."), V{});
  EXPECT_EQ(Triples("None of the protesters were detained."), V{});
  EXPECT_EQ(Triples("Police arrested no one."), V{});
  EXPECT_EQ(Triples("Police arrested nobody on Monday."), V{});
  // A negation elsewhere in the sentence is no denial of the arrest.
  EXPECT_EQ(Triples("Police said no one was hurt when the protesters were arrested."), V{"COP 173 CVL"});
}

TEST(PoliceRoles, ParticipleBeforeItsNounIsAPassive) {
  EXPECT_EQ(Triples("The arrested traders were identified on Monday."), V{" 173 CVL"});
  EXPECT_EQ(Triples("Police questioned 150 detained students."), V{"COP 173 CVL"});
}

TEST(PoliceRoles, TheAgentsFiringAsANoun) {
  EXPECT_EQ(Triples("The traders condemned the police firing at the protesters."), V{"COP 193 CVL"});
  EXPECT_EQ(Triples("Kazakh soldiers fired at the protesters."), V{"KAZMIL 193 KAZCVL"});
  // Without the agent right before it, "fire" after a determiner is a noun, no act of the clause subject.
  EXPECT_EQ(Triples("Police said a fire at the traders was put out."), V{});
  EXPECT_EQ(Triples("Police said a huge fire at the traders was put out."), V{});
}

TEST(PoliceRoles, ClauseAfterBeforeOrAfterHasItsOwnSubject) {
  // "before"/"after" + actor + past verb opens a clause: the actor is its subject, not a prepositional
  // object.
  EXPECT_EQ(Triples("The traders fought for hours before the police fired tear gas at the students."),
            V{"COP 175 CVL"});
  EXPECT_EQ(Triples("Kazakh students marched after soldiers attacked the traders."), V{"KAZMIL 190 KAZCVL"});
}

TEST(PoliceRoles, RestrictiveRelativeClauseHasTheChunkBeforeItsPronounAsSubject) {
  EXPECT_EQ(Triples("The traders spoke of the soldiers who on Sunday killed two students."),
            V{"MIL 1823 CVL"});
}

TEST(PoliceRoles, KillingInTheFiringIsTheStorysPolice) {
  // The earlier sentence's police firing is the agent of a killing "in the firing".
  EXPECT_EQ(Triples("Police fired at the protesters. Two students were killed in the firing."),
            (V{"COP 1823 CVL", "COP 193 CVL"}));
  EXPECT_EQ(Triples("Police fired at the protesters. Two students were killed during the ensuing firing."),
            (V{"COP 1823 CVL", "COP 193 CVL"}));
  EXPECT_EQ(Triples("Police fired at the protesters. In the ensuing firing two students were killed."),
            (V{"COP 1823 CVL", "COP 193 CVL"}));
  // No reference to the firing, no firing before, or one too long ago: no agent, the police's or other (the
  // killing is an event with an unnamed source, roles.h UnnamedViolence).
  EXPECT_EQ(Triples("Police fired at the protesters. Two students were killed."),
            (V{" 1823 CVL", "COP 193 CVL"}));
  EXPECT_EQ(Triples("The traders marched. Two students were killed in the firing."), V{" 1823 CVL"});
  EXPECT_EQ(Triples("Police fired at the protesters. The traders marched. The traders marched again. The "
                    "traders marched on. The traders went home. Two students were killed in the firing."),
            (V{" 1823 CVL", "COP 193 CVL"}));
  // The army's firing is no police action, and "the action" alone is any act.
  EXPECT_EQ(Triples("Soldiers fired at the protesters. Two students were killed in the firing."),
            (V{" 1823 CVL", "MIL 193 CVL"}));
  EXPECT_EQ(Triples("Police fired at the protesters. Two students were killed in the action."),
            (V{" 1823 CVL", "COP 193 CVL"}));
  // A named agent is the agent.
  EXPECT_EQ(Triples("Police fired at the protesters. Two students were killed by soldiers in the firing."),
            (V{"COP 193 CVL", "MIL 1823 CVL"}));
}

TEST(PoliceRoles, KillingInARelativeClauseOfAFiringIsTheFiringAgents) {
  // "in which" after the police's firing and its phrase: the killing happened in that firing, whoever else
  // the sentence names.
  EXPECT_EQ(Triples("The traders described the police firing on the market in the old town in "
                    "which two students were killed."),
            V{"COP 1823 CVL"});
  EXPECT_EQ(Triples("Kazakh students condemned the army firing near the bridge during which two traders were "
                    "killed."),
            V{"KAZMIL 1823 KAZCVL"});
  // No firing, a firing of no police or army, another verb or a comma between: no agent.
  EXPECT_EQ(Triples("The traders described the riot in the old town in which two students were killed."),
            V{});
  EXPECT_EQ(Triples("The traders spoke of the firing in the old town in which two students were killed."),
            V{});
  EXPECT_EQ(Triples("The police firing ended and the traders went to the market in which two students were "
                    "killed."),
            V{});
  EXPECT_EQ(Triples("The police firing ended the riot in the market in which two students were killed."),
            V{});
  EXPECT_EQ(Triples("The traders spoke of the police firing, the riot and the market in which two students "
                    "were killed."),
            V{});
}

TEST(PoliceRoles, KillingInAClashWithThePoliceIsThePolices) {
  EXPECT_EQ(Triples("Two students were killed in the old town when the traders clashed with the police."),
            V{"COP 1823 CVL"});
  // A clash between others names no agent; a policeman killed in the clash is no police killing.
  EXPECT_EQ(Triples("Two students were killed when the traders clashed with the protesters."), V{});
  EXPECT_EQ(Triples("Two policemen were killed when the traders clashed with the police."), V{});
}

TEST(PoliceRoles, AClauseAfterWhileWithoutItsOwnVerbSharesTheVerbBefore) {
  // "while another [was killed] in police firing": the police in the gapped clause are the agent.
  EXPECT_EQ(
      Triples("Two traders were killed in the stampede while another in police firing near the market."),
      V{"COP 1823 CVL"});
  EXPECT_EQ(Triples("Two traders were killed in the stampede whereas three others in police firing."),
            V{"COP 1823 CVL"});
  // A clause with a verb of its own keeps its own subject.
  EXPECT_EQ(Triples("One trader was killed in the stampede while two in the crowd were hurt by the police."),
            V{});
}

TEST(PoliceRoles, MilitantsKilledAfterThePoliceFiredAreThePolices) {
  EXPECT_EQ(
      Triples("The militants attacked the traders. Police returned fire. One militant was killed on the "
              "spot."),
      (V{"COP 1823 REB", "COP 193 ", "REB 190 CVL"}));
  // Without a police firing before, or with other victims, no agent (an unnamed one).
  EXPECT_EQ(Triples("The traders marched. One militant was killed on the spot."), V{" 1823 REB"});
  EXPECT_EQ(Triples("Police returned fire. Two traders were killed on the spot."),
            (V{" 1823 CVL", "COP 193 "}));
}

TEST(PoliceRoles, AStoryCodedSentenceBySentenceKeepsItsMemory) {
  static std::shared_ptr<const Dictionary> dict = CompileTestDictionary(kDictionary);
  Coder coder(dict);
  auto code = [&](const std::string& text, bool continues) {
    Document doc;
    doc.id = "s";
    doc.text = text;
    doc.date = "2021-04-02";
    std::vector<Event> events;
    coder.CodeDocument(doc, &events, continues);
    return events;
  };
  EXPECT_EQ(SortedTriples(code("Police fired at the protesters.", false)), V{"COP 193 CVL"});
  std::vector<Event> kill = code("Two students were killed in the firing.", true);
  ASSERT_EQ(SortedTriples(kill), V{"COP 1823 CVL"});
  EXPECT_EQ(kill[0].source.text, "the firing");
  EXPECT_EQ(kill[0].source.antecedent, "Police");
  // A new story forgets the police: the killing's agent is unnamed.
  EXPECT_EQ(SortedTriples(code("Police fired at the protesters.", false)), V{"COP 193 CVL"});
  EXPECT_EQ(SortedTriples(code("Two students were killed in the firing.", false)), V{" 1823 CVL"});
  // Within one call, each part's events are its own: the same act in the next part is coded again.
  EXPECT_EQ(SortedTriples(code("Police fired at the protesters.", false)), V{"COP 193 CVL"});
  EXPECT_EQ(SortedTriples(code("Police fired at the protesters.", true)), V{"COP 193 CVL"});
}

}  // namespace
}  // namespace dyad
