#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "dyad/when.h"
#include "when/civil.h"

namespace dyad {
namespace {

// Renders every expression found as "matched text=value/precision", joined by "; ", so that a table row
// states the span, the value and the precision at once.
std::string Describe(std::string_view text, std::string_view reference_date) {
  std::vector<TemporalExpression> found;
  FindTemporalExpressions(text, reference_date, &found);
  std::string described;
  for (const TemporalExpression& expression : found) {
    if (!described.empty()) described += "; ";
    described += std::string(text.substr(expression.start, expression.end - expression.start));
    described += "=" + expression.value + "/" + expression.precision;
  }
  return described;
}

// 2019-07-04 was a Thursday.
constexpr std::string_view kThursday = "2019-07-04";

struct Row {
  std::string_view text;
  std::string_view reference;
  std::string_view expected;
};

TEST(TemporalTest, GoldenTable) {
  const Row rows[] = {
      // Absolute dates.
      {"Talks resumed on June 9 in Astana.", kThursday, "June 9=2019-06-09/day"},
      {"Talks resumed on 9 June in Astana.", kThursday, "9 June=2019-06-09/day"},
      {"The accord was signed June 9, 2018, in Minsk.", kThursday, "June 9, 2018=2018-06-09/day"},
      {"Elections were held on the 9th of June.", kThursday, "9th of June=2019-06-09/day"},
      {"The ministry said on 2019-07-02 that it would respond.", kThursday, "2019-07-02=2019-07-02/day"},
      {"A letter dated 15/07/2019 was leaked.", kThursday, "15/07/2019=2019-07-15/day"},
      {"A letter dated 07/15/2019 was leaked.", kThursday, "07/15/2019=2019-07-15/day"},
      {"A letter dated 07/02/2019 was leaked.", kThursday, ""},
      {"Clashes took place July 1-2 near the border.", kThursday, "July 1-2=2019-07-01/2019-07-02/range"},
      {"Clashes took place between July 1 and 3.", kThursday,
       "between July 1 and 3=2019-07-01/2019-07-03/range"},
      {"Clashes took place from July 1 to 3, 2018.", kThursday,
       "from July 1 to 3, 2018=2018-07-01/2018-07-03/range"},
      {"The summit of 1-2 July ended without a deal.", kThursday, "1-2 July=2019-07-01/2019-07-02/range"},
      {"Protests began in March 2019 and spread.", kThursday, "March 2019=2019-03/month"},
      {"Protests began in March and spread.", kThursday, "March=2019-03/month"},
      {"Turnout fell in 2018 compared with earlier votes.", kThursday, "2018=2018/year"},
      {"Rebels attacked on Jan. 5 and again on Sept. 3.", kThursday,
       "Jan. 5=2019-01-05/day; Sept. 3=2019-09-03/day"},  // nearest year, even ahead,
      {"Officials met on Tuesday, July 2, in Geneva.", kThursday, "Tuesday, July 2=2019-07-02/day"},
      {"Envoys met on July 2nd.", kThursday, "July 2nd=2019-07-02/day"},
      {"Officials met on Tuesday 2 July 2019 in Geneva.", kThursday, "Tuesday 2 July 2019=2019-07-02/day"},
      {"Shelling resumed in early March.", kThursday, "March=2019-03/month"},
      {"The party has governed since 1991, officials said.", kThursday, "1991=1991/year"},
      {"Talks are planned for Aug 12-14.", kThursday, "Aug 12-14=2019-08-12/2019-08-14/range"},
      {"Tuesday's vote was delayed.", kThursday, "Tuesday=2019-07-02/day"},
      // Weekdays relative to Thursday 2019-07-04.
      {"Police detained 40 people on Tuesday.", kThursday, "Tuesday=2019-07-02/day"},
      {"Police detained 40 people on Thursday.", kThursday, "Thursday=2019-07-04/day"},
      {"Police detained 40 people on Friday.", kThursday, "Friday=2019-06-28/day"},
      {"Ministers will meet on Friday.", kThursday, "Friday=2019-07-05/day"},
      {"The army withdrew last Tuesday.", kThursday, "last Tuesday=2019-07-02/day"},
      {"The army withdrew last Thursday.", kThursday, "last Thursday=2019-06-27/day"},
      {"Talks resume next Tuesday.", kThursday, "next Tuesday=2019-07-09/day"},
      {"Talks resume next Thursday.", kThursday, "next Thursday=2019-07-11/day"},
      {"Shelling resumed on Monday night.", kThursday, "Monday night=2019-07-01/day"},
      {"The Sunday Times reported the deal.", kThursday, ""},
      // Relative expressions.
      {"The minister resigned yesterday.", kThursday, "yesterday=2019-07-03/day"},
      {"Parliament votes today and the president signs tomorrow.", kThursday,
       "today=2019-07-04/day; tomorrow=2019-07-05/day"},
      {"Fighting escalated last week.", kThursday, "last week=2019-06-24/2019-06-30/range"},
      {"Fighting escalated this week.", kThursday, "this week=2019-07-01/2019-07-07/range"},
      {"Fighting escalated earlier this week.", kThursday, "earlier this week=2019-07-01/2019-07-04/range"},
      {"Fighting escalated earlier this month.", kThursday, "earlier this month=2019-07-01/2019-07-04/range"},
      {"Exports fell last month.", kThursday, "last month=2019-06/month"},
      {"Exports fell this month.", kThursday, "this month=2019-07/month"},
      {"Exports fell last year.", kThursday, "last year=2018/year"},
      {"Exports rose this year.", kThursday, "this year=2019/year"},
      {"The envoy arrived two days ago.", kThursday, "two days ago=2019-07-02/day"},
      {"The envoy arrived 2 days ago.", kThursday, "2 days ago=2019-07-02/day"},
      {"The envoy arrived a week ago.", kThursday, "a week ago=2019-06-27/day"},
      {"The envoy arrived three weeks ago.", kThursday, "three weeks ago=2019-06-13/day"},
      {"The envoy arrived a month ago.", kThursday, "a month ago=2019-06/month"},
      {"Rockets fell overnight on the capital.", kThursday, ""},
      // Weekends (2019-07-04 is a Thursday; the weekend before it is June 29-30) and rolling periods.
      {"Protests spread over the weekend.", kThursday, "weekend=2019-06-29/2019-06-30/range"},
      {"Protests will spread over the weekend.", kThursday, "weekend=2019-07-06/2019-07-07/range"},
      {"Protests spread last weekend.", "2019-07-07", "last weekend=2019-06-29/2019-06-30/range"},
      {"Protests spread this weekend.", "2019-07-07", "this weekend=2019-07-06/2019-07-07/range"},
      {"Prices rose over the past 18 months.", kThursday, "past 18 months=2018-01-04/2019-07-04/range"},
      {"Prices rose in the last two weeks.", kThursday, "last two weeks=2019-06-20/2019-07-04/range"},
      {"Prices rose in the past year.", kThursday, "past year=2018-07-04/2019-07-04/range"},
      {"Talks will continue for the next three days.", kThursday,
       "next three days=2019-07-04/2019-07-07/range"},
      {"Clashes grew in recent months.", kThursday, "recent months=2019-04-04/2019-07-04/range"},
      {"Clashes may grow in the coming weeks.", kThursday, "coming weeks=2019-07-04/2019-07-25/range"},
      {"Prices rose over the past month.", "2019-03-31", "past month=2019-02-28/2019-03-31/range"},
      {"A month-end past due.", "2019-03-31", ""},
      {"He walked past the embassy.", kThursday, ""},
      {"A recent report said so.", kThursday, ""},
      // False positives that must stay silent.
      {"Rebels may attack the airport.", kThursday, ""},
      {"May I ask a question?", kThursday, ""},
      {"Thousands joined a march on parliament.", kThursday, ""},
      {"About 2019 people signed the petition.", kThursday, ""},
      {"Some 1,200 troops crossed the border.", kThursday, ""},
      {"In 1,200 cases the court agreed.", kThursday, ""},
      {"Production reached 3.5 million barrels.", kThursday, ""},
      // No reference date: relative expressions and year-less dates are skipped, absolute ones are kept.
      {"On June 9 and yesterday and on June 9, 2019 and in 2018.", "",
       "June 9, 2019=2019-06-09/day; 2018=2018/year"},
      {"On Tuesday the talks failed.", "not-a-date", ""},
  };
  for (const Row& row : rows) {
    EXPECT_EQ(Describe(row.text, row.reference), row.expected) << row.text << " @ " << row.reference;
  }
}

TEST(TemporalTest, YearInferencePicksTheNearestYearBackwards) {
  // A January 2 article speaking of December 30 means the previous year.
  EXPECT_EQ(Describe("Troops massed on December 30.", "2020-01-02"), "December 30=2019-12-30/day");
  EXPECT_EQ(Describe("Troops massed on 30 December.", "2020-01-02"), "30 December=2019-12-30/day");
  EXPECT_EQ(Describe("Troops massed in December.", "2020-01-02"), "December=2019-12/month");
}

TEST(TemporalTest, YearInferencePicksTheNearestYearForwards) {
  // A December 30 article announcing January 3 means the next year.
  EXPECT_EQ(Describe("Talks open on January 3.", "2019-12-30"), "January 3=2020-01-03/day");
  EXPECT_EQ(Describe("Talks open in January.", "2019-12-30"), "January=2020-01/month");
}

TEST(TemporalTest, February29OnlyInLeapYears) {
  EXPECT_EQ(Describe("The vote on February 29 was annulled.", "2020-03-10"), "February 29=2020-02-29/day");
  // 2019 has no February 29; the nearest valid year is chosen.
  EXPECT_EQ(Describe("The vote on February 29 was annulled.", "2019-03-10"), "February 29=2020-02-29/day");
  EXPECT_EQ(Describe("Dated 2019-02-29 by mistake.", "2019-03-10"), "");
}

TEST(TemporalTest, MayAsMonthNeedsADayOrAPreposition) {
  EXPECT_EQ(Describe("Rebels may attack on May 5.", kThursday), "May 5=2019-05-05/day");
  EXPECT_EQ(Describe("The ceasefire has held since May.", kThursday), "May=2019-05/month");
  EXPECT_EQ(Describe("The ceasefire has held until May 2020.", kThursday), "May 2020=2020-05/month");
  EXPECT_EQ(Describe("May they succeed.", kThursday), "");
}

TEST(TemporalTest, WeekdayOnTheReferenceDayIsTheReferenceDay) {
  // 2019-07-02 was a Tuesday.
  EXPECT_EQ(Describe("Protesters gathered on Tuesday.", "2019-07-02"), "Tuesday=2019-07-02/day");
  EXPECT_EQ(Describe("Protesters gathered on Wednesday.", "2019-07-02"), "Wednesday=2019-06-26/day");
  EXPECT_EQ(Describe("Protesters gathered on Monday.", "2019-07-02"), "Monday=2019-07-01/day");
}

TEST(TemporalTest, OffsetsAreInTextOrderAndInsideTheText) {
  const std::string text =
      "On 2 July 2019 the council met; yesterday it voted, and last week it debated in March 2018 terms.";
  std::vector<TemporalExpression> found;
  FindTemporalExpressions(text, kThursday, &found);
  ASSERT_EQ(found.size(), 4u);
  uint32_t previous_end = 0;
  for (const TemporalExpression& expression : found) {
    EXPECT_LE(previous_end, expression.start);
    EXPECT_LT(expression.start, expression.end);
    EXPECT_LE(expression.end, text.size());
    previous_end = expression.end;
  }
  EXPECT_EQ(found[0].precision, "day");
  EXPECT_EQ(found[1].precision, "day");
  EXPECT_EQ(found[2].precision, "range");
  EXPECT_EQ(found[3].precision, "month");
}

TEST(TemporalTest, AppendsWithoutClearingTheOutput) {
  std::vector<TemporalExpression> found(1);
  found[0].value = "kept";
  FindTemporalExpressions("It happened yesterday.", kThursday, &found);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].value, "kept");
  EXPECT_EQ(found[1].value, "2019-07-03");
}

TEST(TemporalTest, InvalidCalendarDatesAreSkipped) {
  EXPECT_EQ(Describe("Talks on June 31 and on 31 April failed.", kThursday), "");
  EXPECT_EQ(Describe("Clashes on July 3-1 were reported.", kThursday), "July 3=2019-07-03/day");
  EXPECT_EQ(Describe("It was 2019-13-02 or 32/01/2019.", kThursday), "");
}

TEST(TemporalTest, DegenerateInputs) {
  EXPECT_EQ(Describe("", kThursday), "");
  EXPECT_EQ(Describe("July", kThursday), "");
  EXPECT_EQ(Describe("in", kThursday), "");
  EXPECT_EQ(Describe("2019-", kThursday), "");
  EXPECT_EQ(Describe("99999999999999999999 days ago", kThursday), "");
  EXPECT_EQ(Describe("500 years ago", "0100-01-01"), "");  // would leave four-digit years
  EXPECT_EQ(Describe("\xE2\x80\x94 July 1\xE2\x80\x93"
                     "3 \xC3\xA9",
                     kThursday),
            "July 1\xE2\x80\x93"
            "3=2019-07-01/2019-07-03/range");
}

TEST(CivilTest, RoundTripsAndKnownDays) {
  using namespace when_internal;
  EXPECT_EQ(DaysFromCivil(1970, 1, 1), 0);
  EXPECT_EQ(DaysFromCivil(2000, 3, 1), 11017);
  EXPECT_EQ(DaysFromCivil(1969, 12, 31), -1);
  EXPECT_EQ(WeekdayFromDays(0), 3);                            // Thursday
  EXPECT_EQ(WeekdayFromDays(DaysFromCivil(2019, 7, 4)), 3);    // Thursday
  EXPECT_EQ(WeekdayFromDays(DaysFromCivil(1969, 12, 29)), 0);  // Monday
  EXPECT_EQ(WeekdayFromDays(DaysFromCivil(1900, 1, 1)), 0);    // Monday
  for (int64_t days = DaysFromCivil(1, 1, 1); days <= DaysFromCivil(9999, 12, 31); days += 37) {
    const CivilDate date = CivilFromDays(days);
    ASSERT_TRUE(IsValidDate(date.year, date.month, date.day)) << days;
    ASSERT_EQ(DaysFromCivil(date.year, date.month, date.day), days);
  }
  CivilDate parsed;
  EXPECT_TRUE(ParseIsoDate("2019-07-04", &parsed));
  EXPECT_TRUE(ParseIsoDate("2019-07-04T10:00:00Z", &parsed));
  EXPECT_FALSE(ParseIsoDate("2019-7-4", &parsed));
  EXPECT_FALSE(ParseIsoDate("2019-13-01", &parsed));
  EXPECT_FALSE(ParseIsoDate("2019-07-04x", &parsed));
}

TEST(TemporalExpressionScanTest, InstallmentsFindWhatOneScanFinds) {
  // Expressions at the start, across the sentence boundary ("last" ... "Friday" is one), at the end; a
  // history word ("on") just before a limit.
  const std::string text =
      "On July 2 Arnor signed. Gondor replied last Friday, and on Monday. Talks resume on 3 August 2019, "
      "two days ago; yesterday.";
  std::vector<TemporalExpression> whole;
  FindTemporalExpressions(text, kThursday, &whole);
  ASSERT_GE(whole.size(), 5u);
  auto same = [](const TemporalExpression& a, const TemporalExpression& b) {
    return a.start == b.start && a.end == b.end && a.value == b.value && a.precision == b.precision;
  };
  TemporalExpressionScan scan;
  for (uint32_t step = 1; step <= 20; ++step) {
    scan.Reset(text, kThursday);
    for (uint32_t limit = 0; limit <= text.size() + step; limit += step) {
      scan.FindUntil(limit);
      // Every expression starting before the limit is there, in the whole scan's order.
      size_t before = 0;
      while (before < whole.size() && whole[before].start < limit) ++before;
      ASSERT_GE(scan.found().size(), before) << "step " << step << " limit " << limit;
      ASSERT_LE(scan.found().size(), whole.size());
      for (size_t i = 0; i < scan.found().size(); ++i) EXPECT_TRUE(same(scan.found()[i], whole[i]));
    }
    ASSERT_EQ(scan.found().size(), whole.size());
  }
  // A limit short of the text leaves its end unscanned.
  scan.Reset(text, kThursday);
  scan.FindUntil(10);
  EXPECT_LT(scan.found().size(), whole.size());
}

}  // namespace
}  // namespace dyad
