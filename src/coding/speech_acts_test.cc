// Warnings with a "that" clause: a pessimistic comment (012) unless the clause threatens; bare statements
// ("X said ...") are 010 only when no other act is reported (speech_acts.h).
#include "coding/speech_acts.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "coding/test_dictionary.h"
#include "dyad/coder.h"

namespace dyad {
namespace {

using V = std::vector<std::string>;

constexpr char kDictionary[] = R"(
country ARN : Arnor | Arnorian
country GDR : Gondor | Gondorian
country MRD : Mordor
actor NGORFP sectors=NGO : Reporters of the Free Press
agent GOV : finance ministry
agent MIL : army
agent BUS : investors | firm
actor MNCARN country=ARN sectors=BUS : Arnor Steel
actor ARNMED country=ARN sectors=MED : Arnor Times
verb 010 : say | tell | comment | remark | announce
verb 012 : warn that
verb 130 : warn + not to
verb 138 : threaten to attack +
verb 163 : impose sanctions on +
verb 190 : retaliate against + | attack +
cameo 010 goldstein=0.0 : Make statement, not specified below
cameo 012 goldstein=-0.4 : Make pessimistic comment
cameo 130 goldstein=-4.4 : Threaten, not specified below
cameo 138 goldstein=-7.0 : Threaten with military force
cameo 1312 goldstein=-5.8 : Threaten with sanctions, boycott, embargo
cameo 163 goldstein=-8.0 : Impose embargo, boycott, or sanctions
cameo 190 goldstein=-10.0 : Use conventional military force
)";

std::vector<std::string> Coded(const std::string& text) {
  static std::shared_ptr<const Dictionary> dict = CompileTestDictionary(kDictionary);
  return CodedTriples(dict, text, "2022-03-01");
}

TEST(WarningsTest, AWarningOfWhatMayHappenIsAPessimisticComment) {
  EXPECT_EQ(Coded("Arnor's finance ministry warned that growth would slow next year."), V{"ARNGOV 012 "});
  // The clause about another named actor's fate names it as the target.
  EXPECT_EQ(Coded("The Arnorian army warned that Gondor's harvest would fail."), V{"ARNMIL 012 GDR"});
  // The speaker's own future act with no one it is aimed at is a comment too ("it would cut jobs").
  EXPECT_EQ(Coded("Arnor warned that it would cut spending next year."), V{"ARN 012 "});
}

TEST(WarningsTest, AWarningWhoseClauseIsAThreatIsTheThreatAlone) {
  // The clause's act announced by "would" is coded as its threat, and the warning adds no 012.
  EXPECT_EQ(Coded("Arnor warned that it would retaliate against Mordor."), V{"ARN 138 MRD"});
  EXPECT_EQ(Coded("Arnor warned that it would impose sanctions on Mordor."), V{"ARN 1312 MRD"});
  EXPECT_EQ(Coded("The Arnorian army warned that it would threaten to attack Mordor."), V{"ARNMIL 138 MRD"});
  // The speaker's act aimed at another actor that no pattern codes: no comment is coded in its place.
  EXPECT_EQ(Coded("Arnor warned that it would strike Mordor's bases if the raids went on."), V{});
  EXPECT_EQ(Coded("Arnor warned that Arnor will hit Mordor hard."), V{});
}

TEST(WarningsTest, AThreatOutsideTheClauseOrANegatedOneLeavesTheComment) {
  // A threat after the clause's end (";") is not the clause's.
  EXPECT_EQ(Coded("Gondor warned that its harvest would fail; Arnor would retaliate against Mordor."),
            (V{"ARN 138 MRD", "GDR 012 "}));
  // A negated act threatens no one.
  EXPECT_EQ(Coded("Arnor warned that it would not retaliate against Mordor."), V{"ARN 012 "});
  // "warn + not to" stays a threat (130), a longer pattern than "warn that".
  EXPECT_EQ(Coded("Arnor warned Gondor not to attack Mordor."), (V{"ARN 130 GDR"}));
}

TEST(BareStatementsTest, ASpeechThatReportsNoOtherActIsAStatement) {
  // The speaker is the source; the actor the content names (or the addressee) is the target.
  EXPECT_EQ(Coded("Arnor's finance ministry said the talks with Gondor had gone well."), V{"ARNGOV 010 GDR"});
  EXPECT_EQ(Coded("The Arnorian army told Gondor that the border was calm."), V{"ARNMIL 010 GDR"});
  // With no one named after it, a statement has an empty target, as other statements do.
  EXPECT_EQ(Coded("Mordor says the harvest will be good"), V{"MRD 010 "});
}

TEST(BareStatementsTest, ANestedActWinsOverTheStatementThatReportsIt) {
  EXPECT_EQ(Coded("Arnor said Gondor had attacked Mordor."), V{"GDR 190 MRD"});
  EXPECT_EQ(Coded("Gondor attacked Mordor on Monday, Arnor said."), V{"GDR 190 MRD"});
  // A speech act of its own is the act: the warning, not also a statement.
  EXPECT_EQ(Coded("Arnor said on Monday that it warned that Gondor's harvest would fail."), V{"ARN 012 GDR"});
}

TEST(BareStatementsTest, NoStatementWithoutASpeakerInAQuestionOrACondition) {
  EXPECT_EQ(Coded("Analysts said the talks with Gondor had gone well."), V{});
  EXPECT_EQ(Coded("Did Arnor say the talks with Gondor had gone well?"), V{});
  EXPECT_EQ(Coded("If Arnor says the talks with Gondor went well, Mordor will be angry."), V{});
  EXPECT_EQ(Coded("Arnor did not comment on the talks with Gondor."), V{});
  // A report of another actor's act (no pattern codes "closed") with its source after it: no statement.
  EXPECT_EQ(Coded("Gondor closed its border on Monday, Arnor's finance ministry said."), V{});
  // A report that opens with no actor keeps its speaker's statement.
  EXPECT_EQ(Coded("The harvest will be poor this year, the Arnorian army said."), V{"ARNMIL 010 "});
  // Not the speaker's own statement: a relative clause, "quoted X as saying".
  EXPECT_EQ(Coded("The Arnorian army, which says the border is calm, is ready."), V{});
  EXPECT_EQ(Coded("Mordor quoted Gondor as saying the harvest would be poor."), V{});
  // A company or a medium speaking: commercial or editorial news, not a political actor's statement.
  EXPECT_EQ(Coded("Arnor Steel said its profits from Gondor had doubled."), V{});
  EXPECT_EQ(Coded("The Arnorian firm told investors the harvest in Gondor would be poor."), V{});
  EXPECT_EQ(Coded("The Arnor Times said Gondor was unlikely to withdraw."), V{});
  // A noun after "for", or nothing said.
  EXPECT_EQ(Coded("The Arnorian army was unavailable for comment on Gondor."), V{});
  EXPECT_EQ(Coded("Arnor said nothing about Gondor."), V{});
  // One statement a sentence: the first speaker's.
  EXPECT_EQ(Coded("Arnor said Gondor told it the harvest would be good."), V{"ARN 010 GDR"});
}

TEST(BareStatementsTest, NoStatementWhenTheSpeakerIsAJournalistATeamOrAPossessor) {
  // A reporter's analysis, whoever employs the reporter.
  EXPECT_EQ(Coded("Gondor correspondent Tom Bombadil said the talks with Mordor had gone well."), V{});
  EXPECT_EQ(Coded("The Arnorian army's reporter says the talks with Mordor went well."), V{});
  // A country that names its team: its coach or player speaks for no state.
  EXPECT_EQ(Coded("Gondor coach Tom Bombadil said the team had played well."), V{});
  EXPECT_EQ(Coded("Former Arnor skipper Tom Bombadil told Mordor the pitch was poor."), V{});
  // A possessor is not the speaker: "Arnor's supporters" speak, not Arnor, and so does its biggest bank.
  EXPECT_EQ(Coded("Arnor's supporters say the talks with Gondor went well."), V{});
  EXPECT_EQ(Coded("Arnor's biggest bank said the talks with Gondor went well."), V{});
  // A name that only begins with a journalist's word is no journalist.
  EXPECT_EQ(Coded("Reporters of the Free Press said the talks with Gondor went well."), V{"NGORFP 010 GDR"});
  // A name after the possessive is the possessor's own person, and a known head its agent.
  EXPECT_EQ(Coded("Arnor's Tom Bombadil said the talks with Gondor went well."), V{"ARN 010 GDR"});
  EXPECT_EQ(Coded("Arnor's chief said the talks with Gondor went well."), V{"ARN 010 GDR"});
  EXPECT_EQ(Coded("Arnor's finance ministry said the talks with Gondor had gone well."), V{"ARNGOV 010 GDR"});
}

TEST(BareStatementsTest, SpeechAnnouncedOrSupposedIsNoStatementMade) {
  // A speech a report previews, or one it supposes, has not been made.
  EXPECT_EQ(Coded("The Arnorian army will tell Gondor on Monday that the border is calm."), V{});
  EXPECT_EQ(Coded("Arnor would say the talks with Gondor went well."), V{});
  EXPECT_EQ(Coded("The Arnorian army told Gondor on Monday that the border is calm."), V{"ARNMIL 010 GDR"});
}

TEST(BareStatementsTest, AVerbOfSayingAfterADeterminerIsANounNotAStatement) {
  EXPECT_EQ(Coded("The inquiry follows Arnor's comments to Gondor last week."), V{});
  EXPECT_EQ(Coded("Arnor repeated its comments on the talks with Gondor."), V{});
  // Not the past tense: a name that ends in "'s" is a speaker ("Arnor's" as a firm's name).
  EXPECT_EQ(Coded("Arnor's announced it would leave Gondor."), V{"ARN 010 GDR"});
}

TEST(BareStatementsTest, TheTargetIsAPlacedActorTheContentNamesNotAClassOfPeople) {
  // "investors" is no actor the content is about; Gondor, after it, is.
  EXPECT_EQ(Coded("Arnor said investors would soon return to Gondor."), V{"ARN 010 GDR"});
  EXPECT_EQ(Coded("Arnor said investors would soon return."), V{"ARN 010 "});
  // The source of a trailing attribution is not what the statement is about.
  EXPECT_EQ(Coded("Arnor said investors would soon return, Gondor reported."), V{"ARN 010 "});
  // A definite noun points at an actor the story named: "the army" is Arnor's.
  EXPECT_EQ(Coded("Arnor said the army would soon return."), V{"ARN 010 ARNMIL"});
}

}  // namespace
}  // namespace dyad
