#include "dyad/eval.h"

#include <gtest/gtest.h>

#include <cstdio>

namespace dyad {
namespace {

constexpr char kNestedSuite[] = R"(<?xml version="1.0" encoding="utf-8"?>
<Validation>
# free-text header lines, as the suites have
<Environment>
  <Verbfile>my.verbs.txt</Verbfile>
  <Actorfile>countries.txt, people.txt</Actorfile>
  <Agentfile>my.agents.txt</Agentfile>
  <Include>valid DEMO AGENT</Include>
</Environment>
<Sentences>
<Sentence date="19950103" id="DEMO-01" category="DEMO">
<!-- a comment -->
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="051"></EventCoding>
<EventCoding sourcecode="GON" targetcode="ARN" eventcode="051"></EventCoding>
<Text>
Arnor and Gondor
  praised each other.
</Text>
<Parse>(ROOT (S ...))</Parse>
</Sentence>
<Sentence date="19950104" id="DEMO-02" category="DEMO" evaluate="false">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="173"></EventCoding>
<Text>Skipped on purpose.</Text>
</Sentence>
<Sentence date="19950105" id="MODIFY-01" category="MODIFY">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="111"></EventCoding>
<Text>Not an included category.</Text>
</Sentence>
<Sentence date="19950106" id="AGENT-01" category="AGENT">
<EventCoding sourcecode="" targetcode="" eventcode=""></EventCoding>
<Text>Nothing to code here &amp; nothing expected.</Text>
</Sentence>
</Sentences>
</Validation>
)";

// The GSR layout: <Sentence .../> closes at once, its codings and text follow as siblings, and a stray
// </Sentence> follows anyway: not well-formed XML, read all the same.
constexpr char kFlatSuite[] = R"(<?xml version="1.0"?>
<Validation><Sentences>
<Sentence category="AFP" date="20080804" id="X-1" evaluate="true"/>
<EventCoding eventcode="042" sourcecode="USA" targetcode="CHN" />
<Text>The president flew on to China.</Text>
<Parse>1 The the DET <not a tag></Parse>
</Sentence>
<!-- <EventCoding eventcode="999" sourcecode="AAA" targetcode="BBB" /> is commented out -->
<Sentence category="AFP" date="20080805" id="X-2"/>
<EventCoding eventcode="111" sourcecode="RUS" targetcode="UKR" />
<Text>Russia condemned Ukraine.</Text>
</Sentences></Validation>
)";

TEST(ParsePetrarchSuiteTest, ReadsEnvironmentRecordsAndIncludes) {
  auto suite = ParsePetrarchSuite("unit.xml", kNestedSuite);
  ASSERT_TRUE(suite.ok()) << suite.status().ToString();
  ASSERT_EQ(suite->dictionaries.size(), 4u);
  EXPECT_EQ(suite->dictionaries[0].kind, "verbs");
  EXPECT_EQ(suite->dictionaries[1].name, "countries.txt");
  EXPECT_EQ(suite->dictionaries[2].name, "people.txt");
  EXPECT_EQ(suite->dictionaries[3].kind, "agents");
  ASSERT_EQ(suite->records.size(), 4u);
  const SuiteRecord& first = suite->records[0];
  EXPECT_EQ(first.id, "DEMO-01");
  EXPECT_EQ(first.date, "1995-01-03");
  EXPECT_EQ(first.text, "Arnor and Gondor praised each other.");
  EXPECT_TRUE(first.evaluate);
  ASSERT_EQ(first.expected.size(), 2u);
  EXPECT_EQ(first.expected[1].source, "GON");
  EXPECT_EQ(first.expected[1].code, "051");
  EXPECT_FALSE(suite->records[1].evaluate);  // evaluate="false"
  EXPECT_FALSE(suite->records[2].evaluate);  // MODIFY not included
  EXPECT_TRUE(suite->records[3].evaluate);
  EXPECT_TRUE(suite->records[3].expected.empty());  // null coding
  EXPECT_EQ(suite->records[3].text, "Nothing to code here & nothing expected.");
}

TEST(ParsePetrarchSuiteTest, ReadsTheFlatLayout) {
  auto suite = ParsePetrarchSuite("gsr.xml", kFlatSuite);
  ASSERT_TRUE(suite.ok()) << suite.status().ToString();
  ASSERT_EQ(suite->records.size(), 2u);
  EXPECT_EQ(suite->records[0].text, "The president flew on to China.");
  ASSERT_EQ(suite->records[0].expected.size(), 1u);  // the commented-out coding is not read
  ASSERT_EQ(suite->records[1].expected.size(), 1u);
  EXPECT_EQ(suite->records[1].expected[0].source, "RUS");
  EXPECT_TRUE(suite->records[1].evaluate);
}

// A record that tests PETRARCH's reaction to a broken <Parse> is not scored (dyad reads no parse); one whose
// error concerns the text (a discard) expects nothing coded and is scored.
TEST(ParsePetrarchSuiteTest, LeavesOutRecordsAboutBrokenParses) {
  constexpr char kErrors[] = R"(<Validation><Sentences>
<Sentence date="19950101" id="E-1" category="ERROR">
<EventCoding error="bad_input_parse"></EventCoding>
<Text>Arnor met Gondor.</Text>
<Parse>(ROOT (S (NP (NNP Arnor))</Parse>
</Sentence>
<Sentence date="19950101" id="E-2" category="ERROR">
<EventCoding error="sentencediscard"></EventCoding>
<Text>Arnor played baseball with Gondor.</Text>
</Sentence>
</Sentences></Validation>)";
  auto suite = ParsePetrarchSuite("errors.xml", kErrors);
  ASSERT_TRUE(suite.ok()) << suite.status().ToString();
  ASSERT_EQ(suite->records.size(), 2u);
  EXPECT_FALSE(suite->records[0].evaluate);
  EXPECT_TRUE(suite->records[1].evaluate);
  EXPECT_TRUE(suite->records[1].expected.empty());
}

// PETRARCH-1's <Config option="require_dyad" value="false"> holds from the next record until a Config sets
// it back (any case). A suite that names UniversalPetrarch's coding ontology (<PICOfile>) codes dyads only,
// whatever the option says.
TEST(ParsePetrarchSuiteTest, ReadsRequireDyadUnlessTheSuiteIsUniversalPetrarchs) {
  constexpr char kOptions[] = R"(<Validation>%s<Sentences>
<Sentence date="19950101" id="C-1" category="COMMA"><Text>Arnor met Gondor.</Text></Sentence>
<Config option="require_dyad" value="FALSE"></Config>
<Config option="comma_emax" value="0"></Config>
<Sentence date="19950101" id="C-2" category="COMMA"><Text>Arnor met Gondor.</Text></Sentence>
<Sentence date="19950101" id="C-3" category="COMMA"><Text>Arnor met Gondor.</Text></Sentence>
<Config option="require_dyad" value="True" />
<Sentence date="19950101" id="C-4" category="COMMA"><Text>Arnor met Gondor.</Text></Sentence>
</Sentences></Validation>)";
  char petrarch1[1024], petrarch2[1024];
  std::snprintf(petrarch1, sizeof petrarch1, kOptions, "");
  std::snprintf(petrarch2, sizeof petrarch2, kOptions,
                "<Environment><PICOfile>ontology.txt</PICOfile></Environment>");
  auto suite = ParsePetrarchSuite("unit.xml", petrarch1);
  ASSERT_TRUE(suite.ok()) << suite.status().ToString();
  ASSERT_EQ(suite->records.size(), 4u);
  EXPECT_TRUE(suite->records[0].settings.require_dyad);
  EXPECT_FALSE(suite->records[1].settings.require_dyad);
  EXPECT_FALSE(suite->records[2].settings.require_dyad);
  EXPECT_TRUE(suite->records[3].settings.require_dyad);
  suite = ParsePetrarchSuite("validate.xml", petrarch2);
  ASSERT_TRUE(suite.ok()) << suite.status().ToString();
  ASSERT_EQ(suite->records.size(), 4u);
  for (const SuiteRecord& r : suite->records) EXPECT_TRUE(r.settings.require_dyad) << r.id;
}

TEST(ParsePetrarchSuiteTest, RejectsWhatIsNotASuite) {
  EXPECT_FALSE(ParsePetrarchSuite("x.xml", "").ok());
  EXPECT_FALSE(ParsePetrarchSuite("x.xml", "<a><b/></a>").ok());
  auto garbage = ParsePetrarchSuite("x.xml", std::string("\x00\x01<<<", 5));
  EXPECT_FALSE(garbage.ok());
}

Event Coded(const char* source, const char* target, const char* code) {
  Event e;
  e.source.code = source;
  e.target.code = target;
  e.cameo = code;
  return e;
}

// A PETRARCH verb file's '%' patterns, with its '#' comments: a marker in a comment is none.
TEST(PetrarchCompoundPatternsTest, FindsMarkedPatternsOutsideComments) {
  const auto found = PetrarchCompoundPatterns("Mini_verbs.txt",
                                              "--- DELAY [120] ---\n"
                                              "DELAY\n"
                                              "- % *  [120] # 100% sure\n"
                                              "- * MEET  [161]  # not % * here\n"
                                              "# - % * TALKS [031]\n"
                                              "- * WITH %  [067]\n");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0], (CoderOptions::CompoundPattern{"Mini_verbs.txt", 3, false}));
  EXPECT_EQ(found[1], (CoderOptions::CompoundPattern{"Mini_verbs.txt", 6, true}));
}

TEST(ScoreTest, CountsCorrectMissingAndExtraOnce) {
  SuiteRecord r;
  r.expected = {{"ARN", "GON", "051"}, {"GON", "ARN", "051"}};
  RecordScore s =
      ScoreRecord(r, {Coded("ARN", "GON", "051"), Coded("ARN", "GON", "051"), Coded("ARN", "GON", "111")});
  EXPECT_EQ(s.correct, 1u);
  EXPECT_EQ(s.missing, 1u);
  EXPECT_EQ(s.extra, 1u);
  SuiteScore total;
  total.Add(s);
  total.Add(ScoreRecord(SuiteRecord{}, {}));  // null record, nothing coded: exact
  EXPECT_EQ(total.records, 2u);
  EXPECT_EQ(total.exact_records, 1u);
  EXPECT_EQ(total.extra_records, 1u);
  EXPECT_EQ(total.SummaryLine(), "validate: records=2 correct=1 missing=1 extra=1 extra_records=1");
}

TEST(ScoreTest, UnknownCountryDashesMatchAnEmptyCountry) {
  SuiteRecord r;
  r.expected = {{"---GOV", "CHN", "013"}};
  RecordScore s = ScoreRecord(r, {Coded("GOV", "CHN", "013")});
  EXPECT_EQ(s.correct, 1u);
  EXPECT_EQ(s.extra, 0u);
  EXPECT_EQ(ScoreRecord(r, {Coded("USAGOV", "CHN", "013")}).correct, 0u);
}

}  // namespace
}  // namespace dyad
