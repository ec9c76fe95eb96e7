#include <gtest/gtest.h>

#include <random>
#include <string>
#include <string_view>

#include "ingest/ingest_internal.h"

namespace dyad::ingest_internal {
namespace {

TEST(ParseDateTest, AcceptsIsoAndTimestamps) {
  EXPECT_EQ(ParseDate("2019-07-03"), "2019-07-03");
  EXPECT_EQ(ParseDate("2019-07-03T10:00:00Z"), "2019-07-03");
  EXPECT_EQ(ParseDate("2019-07-03T14:20:00+00:00"), "2019-07-03");
  EXPECT_EQ(ParseDate("2019/07/03"), "2019-07-03");
  EXPECT_EQ(ParseDate("2019-07-03 10:00:00"), "2019-07-03");
}

TEST(ParseDateTest, AcceptsWrittenMonths) {
  EXPECT_EQ(ParseDate("July 3, 2019"), "2019-07-03");
  EXPECT_EQ(ParseDate("3 July 2019"), "2019-07-03");
  EXPECT_EQ(ParseDate("Jul. 3, 2019"), "2019-07-03");
  EXPECT_EQ(ParseDate("3rd of July, 2019"), "2019-07-03");
  EXPECT_EQ(ParseDate("Wed, 03 Jul 2019 10:00:00 GMT"), "2019-07-03");
  EXPECT_EQ(ParseDate("Sept 21, 2020"), "2020-09-21");
}

TEST(ParseDateTest, RejectsAmbiguousAndInvalidDates) {
  EXPECT_EQ(ParseDate("03/07/2019"), "");
  EXPECT_EQ(ParseDate("2019-02-30"), "");
  EXPECT_EQ(ParseDate("February 29, 2019"), "");
  EXPECT_EQ(ParseDate("February 29, 2020"), "2020-02-29");
  EXPECT_EQ(ParseDate("no date here"), "");
  EXPECT_EQ(ParseDate("May 2019"), "");
  EXPECT_EQ(ParseDate("12345-07-03"), "");
}

TEST(ParseDateTest, AcceptsUnambiguousDayMonthOrder) {
  EXPECT_EQ(ParseDate("25/07/2019"), "2019-07-25");
  EXPECT_EQ(ParseDate("07/25/2019"), "2019-07-25");
}

TEST(IsDateLineTest, DateLinesAndSentences) {
  std::string date;
  EXPECT_TRUE(IsDateLine("Published July 3, 2019", &date));
  EXPECT_EQ(date, "2019-07-03");
  EXPECT_TRUE(IsDateLine("Updated: Wednesday 3 July 2019 10:32 BST", &date));
  EXPECT_EQ(date, "2019-07-03");
  EXPECT_FALSE(IsDateLine("The ministers met on July 3, 2019 to discuss trade and security.", &date));
  EXPECT_FALSE(IsDateLine("Police detained protesters", &date));
}

TEST(CollapseTest, CollapsesSpacesAndNonBreakingSpaces) {
  EXPECT_EQ(Collapse("  a \n\t b\xC2\xA0\xC2\xA0 c  "), "a b c");
  std::string out = "x";
  AppendCollapsed("  y", &out);
  EXPECT_EQ(out, "x y");
  TrimTrailingSpace(&out);
  EXPECT_EQ(out, "x y");
}

TEST(CollapseTest, KeepsOneTrailingSpaceAndOtherMultibyteCharacters) {
  std::string out;
  AppendCollapsed(" \t", &out);
  EXPECT_EQ(out, "");  // nothing to separate yet
  AppendCollapsed("ab\xC2\xA0", &out);
  EXPECT_EQ(out, "ab ");
  AppendCollapsed("  cd", &out);
  EXPECT_EQ(out, "ab cd");  // the earlier trailing space is not doubled
  // U+00E9 is \xC3\xA9 and U+00C0 is \xC3\x80; a \xC2 that does not start U+00A0 is copied as is.
  EXPECT_EQ(Collapse("caf\xC3\xA9\xC2\xA9 \xC2"), "caf\xC3\xA9\xC2\xA9 \xC2");
}

// The byte-at-a-time definition AppendCollapsed must agree with: white space (ASCII or U+00A0) becomes one
// space, none at the start of an empty output or after a space already written.
std::string ReferenceCollapsed(std::string out, std::string_view in) {
  bool wrote_space = out.empty() || out.back() == ' ' || out.back() == '\t' || out.back() == '\n' ||
                     out.back() == '\r' || out.back() == '\f' || out.back() == '\v';
  bool pending_space = false;
  for (size_t i = 0; i < in.size(); ++i) {
    char c = in[i];
    bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    if (!space && c == '\xC2' && i + 1 < in.size() && in[i + 1] == '\xA0') {
      space = true;
      ++i;
    }
    if (space) {
      pending_space = true;
      continue;
    }
    if (pending_space && !wrote_space) out.push_back(' ');
    pending_space = wrote_space = false;
    out.push_back(c);
  }
  if (pending_space && !wrote_space) out.push_back(' ');
  return out;
}

TEST(CollapseTest, AgreesWithTheByteAtATimeDefinitionOnRandomText) {
  static constexpr char kAlphabet[] = {'a', 'b', ' ', ' ', '\t', '\n', '\xC2', '\xA0', '\xC3'};
  std::mt19937 random(20261129);
  for (int round = 0; round < 20000; ++round) {
    std::string prefix, in;
    for (int n = random() % 3; n > 0; --n) prefix += kAlphabet[random() % sizeof kAlphabet];
    for (int n = random() % 24; n > 0; --n) in += kAlphabet[random() % sizeof kAlphabet];
    std::string out = prefix;
    AppendCollapsed(in, &out);
    ASSERT_EQ(out, ReferenceCollapsed(prefix, in)) << "prefix \"" << prefix << "\" input \"" << in << "\"";
  }
}

TEST(SameTextTest, IgnoresCaseAndSpacing) {
  EXPECT_TRUE(SameText("Talks  in Washington", "talks in washington"));
  EXPECT_FALSE(SameText("Talks in Washington", "Talks in Moscow"));
  EXPECT_FALSE(SameText("Talks", "Talks in"));
}

TEST(BoilerplateLineTest, Copyright) {
  EXPECT_TRUE(IsCopyrightLine("\xC2\xA9 2019 Example Media. All rights reserved."));
  EXPECT_TRUE(IsCopyrightLine("Copyright 2019 Example Media"));
  EXPECT_FALSE(IsCopyrightLine("The ministers discussed copyright law."));
}

TEST(BoilerplateLineTest, Address) {
  EXPECT_TRUE(IsAddressLine("1200 Harbour Avenue, Suite 400, Springfield, IL 62701"));
  EXPECT_TRUE(IsAddressLine("P.O. Box 1234, Springfield"));
  EXPECT_TRUE(IsAddressLine("10 Example Street, London SW1A 1AA"));
  EXPECT_FALSE(IsAddressLine("Protesters gathered in a central square to demand political reforms."));
  EXPECT_FALSE(IsAddressLine("Police said 40 people were detained near the main street on Saturday."));
}

TEST(BoilerplateLineTest, WidgetsAndBylines) {
  EXPECT_TRUE(IsWidgetLine("Read more: trade corridor plans"));
  EXPECT_TRUE(IsWidgetLine("Share this article"));
  EXPECT_TRUE(IsWidgetLine("Follow us on social media"));
  EXPECT_FALSE(IsWidgetLine("Officials said the talks would continue."));
  EXPECT_TRUE(IsBylineLine("By Dana Wells, Diplomatic Correspondent"));
  EXPECT_FALSE(IsBylineLine("By Tuesday the government had released all detained activists."));
}

}  // namespace
}  // namespace dyad::ingest_internal
