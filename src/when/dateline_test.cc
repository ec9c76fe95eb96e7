#include <gtest/gtest.h>

#include <string_view>

#include "dyad/when.h"

namespace dyad {
namespace {

constexpr std::string_view kReference = "2019-07-04";

TEST(DatelineTest, CityAndMonthDayWithAgencyAndHyphen) {
  EXPECT_EQ(DatelineDate("WASHINGTON, July 2 (Reuters) - The Senate voted on Tuesday to ...", kReference),
            "2019-07-02");
}

TEST(DatelineTest, CityCountryAndDayMonthYearWithEmDash) {
  EXPECT_EQ(DatelineDate("ALMATY, Kazakhstan, 2 July 2019 \xE2\x80\x94 Police detained dozens.", kReference),
            "2019-07-02");
}

TEST(DatelineTest, DateFirstWithAgencyAndDoubleHyphen) {
  EXPECT_EQ(DatelineDate("July 2, 2019 (AP) -- Talks collapsed in Geneva.", ""), "2019-07-02");
}

TEST(DatelineTest, EnDashAndAbbreviatedMonth) {
  EXPECT_EQ(DatelineDate("  KYIV, Ukraine, Sept. 30 \xE2\x80\x93 Shelling resumed.", "2019-10-01"),
            "2019-09-30");
}

TEST(DatelineTest, YearIsInferredAcrossNewYear) {
  EXPECT_EQ(DatelineDate("MOSCOW, Dec. 31 (Reuters) - The Kremlin said ...", "2020-01-02"), "2019-12-31");
  EXPECT_EQ(DatelineDate("BEIJING, Jan. 2 (Xinhua) - Officials met ...", "2019-12-30"), "2020-01-02");
}

TEST(DatelineTest, NoDateInDateline) {
  EXPECT_EQ(DatelineDate("MOSCOW (AP) \xE2\x80\x94 Russia said on July 2 that ...", kReference), "");
}

TEST(DatelineTest, YearlessDatelineWithoutReferenceIsEmpty) {
  EXPECT_EQ(DatelineDate("WASHINGTON, July 2 (Reuters) - The Senate ...", ""), "");
}

TEST(DatelineTest, ProseBeforeADashIsNotADateline) {
  EXPECT_EQ(DatelineDate("The president said on July 2 - in a speech - that ...", kReference), "");
  EXPECT_EQ(DatelineDate("Police said on Tuesday \xE2\x80\x94 again \xE2\x80\x94 that ...", kReference), "");
}

TEST(DatelineTest, RelativeWordsAreNotDatelineDates) {
  EXPECT_EQ(DatelineDate("LONDON, Tuesday (Reuters) - Britain said ...", kReference), "");
}

TEST(DatelineTest, DashOnlyOnALaterLineIsIgnored) {
  EXPECT_EQ(DatelineDate("A headline about July 2\nand then - text", kReference), "");
  EXPECT_EQ(DatelineDate("", kReference), "");
  EXPECT_EQ(DatelineDate("-", kReference), "");
}

}  // namespace
}  // namespace dyad
