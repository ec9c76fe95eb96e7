#include <gtest/gtest.h>

#include "dyad/gold.h"

namespace dyad {
namespace {

TEST(ParseCsv, QuotesEscapesLineBreaksAndBom) {
  const char kCsv[] =
      "\xEF\xBB\xBFid,text,n\r\n"
      "a,\"one, two\",1\r\n"
      "b,\"she said \"\"no\"\"\nand left\",2\n"
      "c,,\n";
  std::vector<size_t> lines;
  auto rows = ParseCsv("t.csv", kCsv, &lines);
  ASSERT_TRUE(rows.ok()) << rows.status().ToString();
  ASSERT_EQ(rows->size(), 4u);
  EXPECT_EQ((*rows)[0], (std::vector<std::string>{"id", "text", "n"}));
  EXPECT_EQ((*rows)[1][1], "one, two");
  EXPECT_EQ((*rows)[2][1], "she said \"no\"\nand left");
  EXPECT_EQ((*rows)[3], (std::vector<std::string>{"c", "", ""}));
  EXPECT_EQ(lines, (std::vector<size_t>{1, 2, 3, 5}));
}

TEST(ParseCsv, UnterminatedQuoteNamesFileAndLine) {
  auto rows = ParseCsv("bad.csv", "a,b\nc,\"open\nstill open\n");
  ASSERT_FALSE(rows.ok());
  EXPECT_NE(rows.status().message().find("bad.csv:2:"), std::string::npos) << rows.status().message();
}

TEST(ParsePythonLiteral, EntityTuples) {
  auto v = ParsePythonLiteral(
      "x",
      R"([('Source-1', 'suicide bomber', 32), ('Target-1', "forces' convoy", 99), ('Time', 'it\'s', -1)])");
  ASSERT_TRUE(v.ok()) << v.status().ToString();
  ASSERT_EQ(v->kind, PyValue::Kind::kList);
  ASSERT_EQ(v->items.size(), 3u);
  const PyValue& first = v->items[0];
  EXPECT_EQ(first.kind, PyValue::Kind::kTuple);
  EXPECT_EQ(first.items[1].text, "suicide bomber");
  EXPECT_EQ(first.items[2].number, 32);
  EXPECT_EQ(v->items[1].items[1].text, "forces' convoy");
  EXPECT_EQ(v->items[2].items[1].text, "it's");
  EXPECT_EQ(v->items[2].items[2].number, -1);
}

TEST(ParsePythonLiteral, NoneBoolsNestingAndEmpty) {
  auto v = ParsePythonLiteral("x", "[[('a', None), (True, False)], [], ()]");
  ASSERT_TRUE(v.ok()) << v.status().ToString();
  ASSERT_EQ(v->items.size(), 3u);
  EXPECT_EQ(v->items[0].items[0].items[1].kind, PyValue::Kind::kNone);
  EXPECT_EQ(v->items[0].items[1].items[0].number, 1);
  EXPECT_EQ(v->items[0].items[1].items[1].number, 0);
  EXPECT_TRUE(v->items[1].items.empty());
  EXPECT_EQ(v->items[2].kind, PyValue::Kind::kTuple);
}

TEST(ParsePythonLiteral, ErrorsNameWhere) {
  for (const char* bad : {"[('a', 1", "[('a' 1)]", "'open", "[x]", "[1] 2", ""}) {
    auto v = ParsePythonLiteral("f.csv:7", bad);
    ASSERT_FALSE(v.ok()) << bad;
    EXPECT_EQ(v.status().message().rfind("f.csv:7: ", 0), 0u) << v.status().message();
  }
  EXPECT_FALSE(ParsePythonLiteral("x", std::string(100, '[') + std::string(100, ']')).ok());
}

// Coder 1 numbers the warning's source apart from its action (Source-2 for Action-1) and links them by a
// relation; it relates no target to the meeting, and Source-2 belongs to the warning only. Coder 2 gives no
// relations, so its numbering decides.
constexpr char kRelationsSummary[] =
    "sentences,anncomplete_1,entities_1,relations_1,Action1_CAMEO_1,Action2_CAMEO_1,"
    "anncomplete_2,entities_2,relations_2,Action1_CAMEO_2\n"
    "\"Gondor officials warned Arnor, and the Rohan king met its envoys.\",True,"
    "\"[('Source-2', 'Gondor officials', 0), ('Action-1', 'warned', 17), ('Target-1', 'Arnor', 24), "
    "('Source-1', 'the Rohan king', 35), ('Action-2', 'met', 50), ('Target-2', 'its envoys', 54)]\","
    "\"[[('Source-2', 'Gondor officials'), ('Action-1', 'warned')], [('Action-1', 'warned'), "
    "('Target-1', 'Arnor')], [('Source-1', 'the Rohan king'), ('Action-2', 'met')]]\","
    "3-13 Threaten,1-4 Consult,True,"
    "\"[('Source-1', 'Gondor officials', 0), ('Action-1', 'warned', 17), ('Target-1', 'Arnor', 24)]\",[],"
    "3-13 Threaten\n";

std::vector<std::string> Texts(const std::vector<GoldSpan>& spans) {
  std::vector<std::string> out;
  for (const GoldSpan& s : spans) out.push_back(s.text);
  return out;
}

TEST(ParseCameo100Summary, RelationsDecideActorsAndNumbersFillIn) {
  auto set = ParseCameo100Summary("r.csv", kRelationsSummary);
  ASSERT_TRUE(set.ok()) << set.status().ToString();
  ASSERT_EQ(set->sentences.size(), 1u);
  const std::vector<GoldCoding>& codings = set->sentences[0].codings;
  ASSERT_EQ(codings.size(), 2u);

  const std::vector<GoldEvent>& related = codings[0].events;
  ASSERT_EQ(related.size(), 2u);
  EXPECT_EQ(related[0].label, "13");
  EXPECT_EQ(Texts(related[0].sources), (std::vector<std::string>{"Gondor officials"}));
  EXPECT_EQ(Texts(related[0].targets), (std::vector<std::string>{"Arnor"}));
  EXPECT_EQ(related[0].sources[0].start, 0u);
  EXPECT_EQ(related[1].label, "04");
  EXPECT_EQ(Texts(related[1].sources), (std::vector<std::string>{"the Rohan king"}));
  // No relation names Target-2, so its number gives it to the meeting.
  EXPECT_EQ(Texts(related[1].targets), (std::vector<std::string>{"its envoys"}));

  const std::vector<GoldEvent>& numbered = codings[1].events;
  ASSERT_EQ(numbered.size(), 1u);
  EXPECT_EQ(Texts(numbered[0].sources), (std::vector<std::string>{"Gondor officials"}));
  EXPECT_EQ(Texts(numbered[0].targets), (std::vector<std::string>{"Arnor"}));

  EXPECT_EQ(set->events_actors_from_relations, 2u);
  EXPECT_EQ(set->events_actors_from_numbers, 1u);
}

// "Arnor" is Target-1 (of the offer) and Source-2 (of the rejection); the coder relates the Source-2 label to
// the offer, which makes Arnor the offer's target, not its source.
TEST(ParseCameo100Summary, RelatedMentionKeepsTheRoleItsNumberGives) {
  constexpr char kCsv[] =
      "sentences,anncomplete_1,entities_1,relations_1,Action1_CAMEO_1,Action2_CAMEO_1\n"
      "Arnor rejected an offer from Gondor.,True,"
      "\"[('Target-1', 'Arnor', 0), ('Source-2', 'Arnor', 0), ('Action-2', 'rejected', 6), "
      "('Action-1', 'offer', 18), ('Source-1', 'Gondor', 29)]\","
      "\"[[('Source-2', 'Arnor'), ('Action-1', 'offer')], [('Source-1', 'Gondor'), ('Action-1', 'offer')], "
      "[('Source-2', 'Arnor'), ('Action-2', 'rejected')]]\","
      "1-3 Express Intent to Coop,3-12 Reject\n";
  auto set = ParseCameo100Summary("o.csv", kCsv);
  ASSERT_TRUE(set.ok()) << set.status().ToString();
  const std::vector<GoldEvent>& events = set->sentences[0].codings[0].events;
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].label, "03");
  EXPECT_EQ(Texts(events[0].sources), (std::vector<std::string>{"Gondor"}));
  EXPECT_EQ(Texts(events[0].targets), (std::vector<std::string>{"Arnor"}));
  EXPECT_EQ(events[1].label, "12");
  EXPECT_EQ(Texts(events[1].sources), (std::vector<std::string>{"Arnor"}));
  EXPECT_TRUE(events[1].targets.empty());
  EXPECT_EQ(set->events_actors_from_relations, 2u);
}

TEST(ParseCameo100Summary, MalformedRelationNamesFileAndLine) {
  auto set = ParseCameo100Summary(
      "r.csv", "sentences,anncomplete_1,entities_1,relations_1\nA b.,True,[],\"[[('Source-1', 'A')]]\"\n");
  ASSERT_FALSE(set.ok());
  EXPECT_NE(set.status().message().find("r.csv:2: relations_1"), std::string::npos) << set.status().message();
}

}  // namespace
}  // namespace dyad
