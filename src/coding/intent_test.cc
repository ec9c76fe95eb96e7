// The CAMEO act -> intent / demand tables (src/coding/intent.cc), against the codebook's parallel categories.
#include "coding/intent.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

TEST(IntentCodeTest, CooperativeActsBecomeIntentToDoThem) {
  EXPECT_EQ(IntentCode("042"), "036");    // visit -> intent to meet or negotiate
  EXPECT_EQ(IntentCode("045"), "039");    // mediate -> intent to mediate
  EXPECT_EQ(IntentCode("051"), "032");    // praise or endorse -> intent of diplomatic cooperation
  EXPECT_EQ(IntentCode("057"), "030");    // sign an agreement -> intent to cooperate
  EXPECT_EQ(IntentCode("062"), "0312");   // military cooperation
  EXPECT_EQ(IntentCode("073"), "0333");   // humanitarian aid
  EXPECT_EQ(IntentCode("0832"), "0342");  // accede to a policy change
  EXPECT_EQ(IntentCode("0841"), "0353");  // release persons
  EXPECT_EQ(IntentCode("0874"), "0356");  // retreat militarily -> intent to de-escalate
}

TEST(IntentCodeTest, ConflictualActsBecomeThreats) {
  EXPECT_EQ(IntentCode("143"), "133");    // boycott as protest -> threaten protest
  EXPECT_EQ(IntentCode("163"), "1312");   // embargo -> threaten sanctions
  EXPECT_EQ(IntentCode("1723"), "1323");  // curfew
  EXPECT_EQ(IntentCode("173"), "137");    // arrest -> threaten repression
  EXPECT_EQ(IntentCode("190"), "138");    // attack -> threaten military force
  EXPECT_EQ(IntentCode("191"), "1381");   // blockade
  EXPECT_EQ(IntentCode("2041"), "1385");  // chemical weapons
}

TEST(IntentCodeTest, IntentAndThreatCodesStayAndOthersHaveNoIntentForm) {
  EXPECT_EQ(IntentCode("036"), "036");
  EXPECT_EQ(IntentCode("1384"), "1384");
  EXPECT_EQ(IntentCode("010"), "");
  EXPECT_EQ(IntentCode("020"), "");
  EXPECT_EQ(IntentCode("111"), "");
  EXPECT_EQ(IntentCode("154"), "");
  EXPECT_EQ(IntentCode("901"), "");  // not a CAMEO code
}

TEST(DemandCodeTest, DemandedActsBecomeTheMatchingDemand) {
  EXPECT_EQ(DemandCode("040"), "106");
  EXPECT_EQ(DemandCode("081"), "1051");
  EXPECT_EQ(DemandCode("0833"), "1043");
  EXPECT_EQ(DemandCode("036"), "106");
  EXPECT_EQ(DemandCode("030"), "100");
  EXPECT_EQ(DemandCode("120"), "");
  EXPECT_EQ(DemandCode("190"), "");
}

TEST(RefusalCodeTest, RefusedCooperationAndYieldingAreRejections) {
  EXPECT_EQ(RefusalCode("040"), "125");
  EXPECT_EQ(RefusalCode("045"), "126");
  EXPECT_EQ(RefusalCode("042"), "");  // a visit not made rejects no proposal
  EXPECT_EQ(RefusalCode("057"), "127");
  EXPECT_EQ(RefusalCode("072"), "1222");
  EXPECT_EQ(RefusalCode("075"), "122");
  EXPECT_EQ(RefusalCode("0841"), "1243");
  EXPECT_EQ(RefusalCode("0832"), "1232");
  EXPECT_EQ(RefusalCode("111"), "");  // "will not criticize" is no event
  EXPECT_EQ(RefusalCode("190"), "");  // nor is "will not attack"
  EXPECT_EQ(RefusalCode("030"), "");
}

}  // namespace
}  // namespace dyad
