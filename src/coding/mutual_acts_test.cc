// Mutual acts (mutual_acts.h): a coordinated subject with no object is each member's target only for an act
// two parties do together; otherwise the members are joint sources and the act has no target.
#include "coding/mutual_acts.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "coding/test_dictionary.h"

namespace dyad {
namespace {

using V = std::vector<std::string>;

constexpr char kDictionary[] = R"(
country ARN : Arnor | Arnorian
country GDR : Gondor | Gondorian
country MRD : Mordor
verb 010 : say | announce
verb 012 : voice concern
verb 016 : deny that
verb 030 : agree to | promise | offer to
verb 040 : hold talks | meet
verb 042 : travel to +
verb 057 : sign (an) accord
verb 0341 : agree to resign
verb 112 : accuse + of | blame + | accuse | blame
verb 190 : exchange fire | launch (an) offensive
cameo 010 goldstein=0.0 : Make statement
cameo 012 goldstein=-0.4 : Make pessimistic comment
cameo 016 goldstein=-2.0 : Deny responsibility
cameo 030 goldstein=4.0 : Express intent to cooperate
cameo 040 goldstein=1.0 : Consult
cameo 042 goldstein=1.9 : Make a visit
cameo 057 goldstein=8.0 : Sign formal agreement
cameo 0341 goldstein=5.0 : Express intent to change leadership
cameo 112 goldstein=-2.0 : Accuse
cameo 190 goldstein=-10.0 : Use conventional military force
)";

std::vector<std::string> Coded(const std::string& text) {
  static std::shared_ptr<const Dictionary> dict = CompileTestDictionary(kDictionary);
  return CodedTriples(dict, text, "2022-03-01");
}

TEST(MutualActsTest, ActsOfTwoPartiesByTheirNature) {
  EXPECT_TRUE(MutualAct("040", "hold talks"));
  EXPECT_TRUE(MutualAct("046", "negotiate"));
  EXPECT_TRUE(MutualAct("057", "sign (an) accord"));
  EXPECT_TRUE(MutualAct("061", "trade"));
  EXPECT_TRUE(MutualAct("030", "agree to"));
  EXPECT_TRUE(MutualAct("030", "reach (an) understanding"));
  EXPECT_TRUE(MutualAct("0356", "agree to (a) ceasefire"));
  EXPECT_TRUE(MutualAct("031", "seek to deepen (a) partnership"));
  EXPECT_TRUE(MutualAct("0311", "want closer trade ties"));
  EXPECT_TRUE(MutualAct("190", "exchange fire"));
  EXPECT_TRUE(MutualAct("164", "break off (the) talks"));
}

TEST(MutualActsTest, ActsOfEachMemberOnItsOwn) {
  EXPECT_FALSE(MutualAct("010", "say"));
  EXPECT_FALSE(MutualAct("012", "voice concern"));
  EXPECT_FALSE(MutualAct("016", "deny that"));
  EXPECT_FALSE(MutualAct("042", "travel to +"));
  EXPECT_FALSE(MutualAct("045", "mediate"));
  EXPECT_FALSE(MutualAct("030", "promise"));
  EXPECT_FALSE(MutualAct("0341", "agree to resign"));
  EXPECT_FALSE(MutualAct("0351", "agree to lift (the) ban"));
  EXPECT_FALSE(MutualAct("0311", "pledge to invest"));
  EXPECT_FALSE(MutualAct("190", "launch (an) offensive"));
  EXPECT_FALSE(MutualAct("112", "accuse + of"));
  EXPECT_FALSE(MutualAct("", "say"));
}

TEST(MutualActsTest, CoordinatedSpeakersAreJointSourcesWithoutATarget) {
  EXPECT_EQ(Coded("Arnor and Gondor said the harvest would be poor."), (V{"ARN 010 ", "GDR 010 "}));
  EXPECT_EQ(Coded("Arnor and Gondor voiced concern about the harvest."), (V{"ARN 012 ", "GDR 012 "}));
  EXPECT_EQ(Coded("Both Arnor and Gondor denied that the loans were aid."), (V{"ARN 016 ", "GDR 016 "}));
}

TEST(MutualActsTest, CoordinatedPartiesToAMutualActAreEachOthersTargets) {
  EXPECT_EQ(Coded("Arnor and Gondor held talks on Monday."), (V{"ARN 040 GDR", "GDR 040 ARN"}));
  EXPECT_EQ(Coded("Arnor and Gondor signed an accord on water."), (V{"ARN 057 GDR", "GDR 057 ARN"}));
  EXPECT_EQ(Coded("Arnor and Gondor agreed to open the border."), (V{"ARN 030 GDR", "GDR 030 ARN"}));
  EXPECT_EQ(Coded("Arnorian and Gondorian troops exchanged fire."), (V{"ARN 190 GDR", "GDR 190 ARN"}));
}

TEST(MutualActsTest, EachOtherMakesAnyActMutual) {
  EXPECT_TRUE(Coded("Arnor and Gondor accused each other of cheating.") == (V{"ARN 112 GDR", "GDR 112 ARN"}));
  EXPECT_EQ(Coded("Arnor and Gondor blamed one another."), (V{"ARN 112 GDR", "GDR 112 ARN"}));
}

TEST(MutualActsTest, AnActWithAnObjectKeepsItsTarget) {
  EXPECT_EQ(Coded("Arnor and Gondor blamed Mordor."), (V{"ARN 112 MRD", "GDR 112 MRD"}));
  // An object no actor names leaves a one-sided act without a target: no event, and no pair either.
  EXPECT_EQ(Coded("Arnor and Gondor blamed the weather."), V{});
}

}  // namespace
}  // namespace dyad
