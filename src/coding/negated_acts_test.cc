// PETRARCH-2's negated acts (CoderOptions::negated_codes, suites only): the ontology reader, the negation
// test and the coding.
#include "coding/negated_acts.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "coding/test_dictionary.h"
#include "dyad/coder.h"

namespace dyad {
namespace {

using V = std::vector<std::string>;
using Pairs = std::vector<std::pair<std::string, std::string>>;

// An ontology written for the test in the file's own format: comments, blank lines, sums of terms, a
// second comment after the value.
constexpr const char* kOntology =
    "# a comment line\n"
    "\n"
    "010:0x1000#Statement\n"
    "011:0x1000-0xFFFF\r\n"
    "050:0x0080#Cooperate\n"
    "060:0x0070\n"
    "110:0x1007f#0xFFFF+0x0080#Disapprove\n"
    "121:-0xFFFF+0x0070\n"
    "122:-0xFFFF+0x2040+0x300# masked\n"
    "        # an indented comment\n"
    "190:0x00A0\n"
    "---:0\n";

TEST(NegationOntologyTest, NegationSubtractsTheNegationTerm) {
  const auto negations = ReadNegationOntology(kOntology);
  ASSERT_TRUE(negations.ok()) << negations.status().ToString();
  // 110 is "not 050"; 060 negated is 121, 010 negated 011; 050, 190, 121 and 122 negated name no code.
  EXPECT_EQ(negations.value(), (Pairs{{"010", "011"}, {"060", "121"}, {"110", "050"}}));
}

TEST(NegationOntologyTest, MalformedLinesAreErrorsWithTheirLine) {
  const auto bad = ReadNegationOntology("010:0x1000\n020 0x2000\n");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("line 2"), std::string::npos) << bad.status().message();
  EXPECT_FALSE(ReadNegationOntology("010:0x\n").ok());
  EXPECT_FALSE(ReadNegationOntology("010:12\n").ok());
  EXPECT_FALSE(ReadNegationOntology("abc:0x10\n").ok());
  const auto empty = ReadNegationOntology("");
  ASSERT_TRUE(empty.ok());
  EXPECT_TRUE(empty.value().empty());
}

// With the option a directly negated act takes its negation's code or is not coded; without it (news) a
// negated act is never coded.
TEST(NegatedActsTest, NegatedActsTakeTheOntologysCode) {
  const auto dict = CompileTestDictionary(R"(
country KAZ : Kazakhstan
country UZB : Uzbekistan
verb 110 : quarrel with +
verb 060 : share equipment with +
verb 190 : shell +
)");
  const std::string date = "2020-05-01";
  CoderOptions options;
  options.nested_speech = true;
  EXPECT_EQ(CodedTriples(dict, "Kazakhstan did not quarrel with Uzbekistan.", date, options), V{});
  EXPECT_EQ(CodedTriples(dict, "Kazakhstan quarrelled with Uzbekistan.", date, options), V{"KAZ 110 UZB"});
  options.negated_codes = ReadNegationOntology(kOntology).value();
  EXPECT_EQ(CodedTriples(dict, "Kazakhstan did not quarrel with Uzbekistan.", date, options),
            V{"KAZ 050 UZB"});
  EXPECT_EQ(CodedTriples(dict, "Kazakhstan didn't quarrel with Uzbekistan.", date, options),
            V{"KAZ 050 UZB"});
  EXPECT_EQ(CodedTriples(dict, "Kazakhstan certainly will not ever quarrel with Uzbekistan.", date, options),
            V{"KAZ 050 UZB"});
  EXPECT_EQ(CodedTriples(dict, "Kazakhstan will not share equipment with Uzbekistan.", date, options),
            V{"KAZ 121 UZB"});
  // No negation named for 190: nothing, even where dyad's own reading would not see the negation.
  EXPECT_EQ(CodedTriples(dict, "Kazakhstan didn't shell Uzbekistan.", date, options), V{});
  // Acts that are not negated keep their codes.
  EXPECT_EQ(CodedTriples(dict, "Kazakhstan quarrelled with Uzbekistan.", date, options), V{"KAZ 110 UZB"});
  EXPECT_EQ(CodedTriples(dict, "Kazakhstan shelled Uzbekistan.", date, options), V{"KAZ 190 UZB"});

  // --explain names the recoding for what it is, not as a reported fight (the two share the coder's slot).
  options.explain = true;
  Document doc;
  doc.id = "t";
  doc.text = "Kazakhstan did not quarrel with Uzbekistan.";
  doc.date = date;
  std::vector<Event> events;
  Coder(dict, options).CodeDocument(doc, &events);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_NE(events[0].rule.find("(negated: 050)"), std::string::npos) << events[0].rule;
  EXPECT_EQ(events[0].rule.find("reported"), std::string::npos) << events[0].rule;
}

}  // namespace
}  // namespace dyad
