#include <gtest/gtest.h>

#include "dyad/gold.h"

namespace dyad {
namespace {

TEST(GoldLabels, Mappings) {
  EXPECT_EQ(CameoRootFromLabel("4-18 Assualt"), "18");
  EXPECT_EQ(CameoRootFromLabel("0-1 Make Public Statement"), "01");
  EXPECT_EQ(CameoRootFromLabel("3-9 Investigate"), "09");
  EXPECT_EQ(CameoRootFromLabel("4-Material Conflict"), "");
  EXPECT_EQ(CameoRootFromLabel(""), "");
  EXPECT_EQ(PloverNameFromGsr("DEMAND"), "REQUEST");
  EXPECT_EQ(PloverNameFromGsr("DISAPPROVE"), "ACCUSE");
  EXPECT_EQ(PloverNameFromGsr("INVESTIGATE"), "ACCUSE");
  EXPECT_EQ(PloverNameFromGsr("FIGHT"), "ASSAULT");
  EXPECT_EQ(PloverNameFromGsr("AGREE"), "AGREE");
  EXPECT_EQ(PloverQuadClass("CONCEDE"), 1);
  EXPECT_EQ(PloverQuadClass("RETREAT"), 2);
  EXPECT_EQ(PloverQuadClass("ACCUSE"), 3);
  EXPECT_EQ(PloverQuadClass("PROTEST"), 4);
  EXPECT_EQ(PloverQuadClass("DOCUMENT"), 0);
  EXPECT_EQ(PentaClassForRoot("02"), "0");
  EXPECT_EQ(PentaClassForRoot("05"), "1");
  EXPECT_EQ(PentaClassForRoot("08"), "2");
  EXPECT_EQ(PentaClassForRoot("16"), "3");
  EXPECT_EQ(PentaClassForRoot("14"), "4");
  EXPECT_EQ(PentaClassForRoot("21"), "");
}

TEST(GoldLabels, PoliceLabels) {
  Event arrest;
  arrest.cameo = "173";
  arrest.root = "17";
  Event mob_kill;
  mob_kill.cameo = "1823";
  mob_kill.root = "18";
  EXPECT_EQ(PoliceLabelsForEvents({arrest, mob_kill}), (std::vector<std::string>{"ARREST"}));
  Event police_kill = mob_kill;
  police_kill.source.sectors = {"COP"};
  EXPECT_EQ(PoliceLabelsForEvents({police_kill}), (std::vector<std::string>{"KILL", "FORCE"}));
  Event tear_gas;
  tear_gas.cameo = "175";
  tear_gas.root = "17";
  EXPECT_EQ(PoliceLabelsForEvents({tear_gas}), (std::vector<std::string>{"FORCE"}));
  EXPECT_TRUE(PoliceLabelsForEvents({}).empty());
}

// Code points before the spans are two bytes wide ("é"), so byte offsets differ from the coder's offsets.
constexpr char kSummary[] =
    "ids,sentences,anncomplete_1,entities_1,Action1_CAMEO_1,Action2_CAMEO_1,anncomplete_2,entities_2,"
    "Action1_CAMEO_2\n"
    "x1,Café owners in Minas Tirith protested on Friday.,True,"
    "\"[('Source-1', 'Café owners', 0), ('Action-1', 'protested', 28), ('Location', 'Minas Tirith', 15), "
    "('Time', 'Friday', 41)]\",4-14 Protest,0-1 Make Public Statement,False,[],\n"
    "x2,Nothing happened.,True,[],,,True,[],3-11 Disapprove\n";

TEST(ParseCameo100Summary, CodersSpansAndByteOffsets) {
  auto set = ParseCameo100Summary("s.csv", kSummary);
  ASSERT_TRUE(set.ok()) << set.status().ToString();
  ASSERT_EQ(set->sentences.size(), 2u);
  const GoldSentence& s = set->sentences[0];
  EXPECT_EQ(s.id, "s.csv:2");
  ASSERT_EQ(s.codings.size(), 1u);  // coder 2 did not complete
  const GoldCoding& c = s.codings[0];
  ASSERT_EQ(c.events.size(), 2u);
  EXPECT_EQ(c.events[0].label, "14");
  ASSERT_EQ(c.events[0].sources.size(), 1u);
  EXPECT_EQ(c.events[0].sources[0].start, 0u);
  EXPECT_EQ(c.events[0].sources[0].end, 12u);
  EXPECT_EQ(c.events[1].label, "01");
  ASSERT_EQ(c.times.size(), 1u);
  EXPECT_EQ(c.times[0].start, 42u);
  EXPECT_EQ(s.text.substr(c.times[0].start, 6), "Friday");
  ASSERT_EQ(c.locations.size(), 1u);
  EXPECT_EQ(c.locations[0].start, 16u);
  ASSERT_EQ(set->sentences[1].codings.size(), 2u);
  EXPECT_TRUE(set->sentences[1].codings[0].events.empty());
  EXPECT_EQ(set->sentences[1].codings[1].events[0].label, "11");
}

TEST(ParseCameo100Summary, BadLiteralNamesFileAndLine) {
  auto set =
      ParseCameo100Summary("s.csv", "sentences,anncomplete_1,entities_1\nA b.,True,\"[('Source-1', 'A'\"\n");
  ASSERT_FALSE(set.ok());
  EXPECT_NE(set.status().message().find("s.csv:2"), std::string::npos) << set.status().message();
}

TEST(ParsePloverGsr, RecordsActorsAndNames) {
  constexpr char kJson[] = R"([
{"id": "DOC-1", "event": "DOCUMENT", "eventText": "notes"},
{"id": "R-1", "date": "2000-01-01", "event": "DEMAND", "text": "Arnor demanded that Gondor pay.",
 "source": [{"actorText": "Arnor", "code": "ARN"}], "target": [{"actorText": "Gondor", "code": "GON"}]},
{"id": "R-2", "event": "FIGHT", "text": "Rohan fought.", "source": [{"actorText": "Rohan", "code": "ROH"}],
 "target": ""}
])";
  auto set = ParsePloverGsr("p.json", kJson);
  ASSERT_TRUE(set.ok()) << set.status().ToString();
  ASSERT_EQ(set->sentences.size(), 2u);
  const GoldEvent& e = set->sentences[0].codings[0].events[0];
  EXPECT_EQ(e.label, "REQUEST");
  EXPECT_EQ(e.source_countries, (std::vector<std::string>{"ARN"}));
  EXPECT_EQ(e.target_countries, (std::vector<std::string>{"GON"}));
  ASSERT_EQ(e.targets.size(), 1u);
  EXPECT_EQ(e.targets[0].start, 20u);
  EXPECT_EQ(set->sentences[0].date, "2000-01-01");
  EXPECT_EQ(set->sentences[1].codings[0].events[0].label, "ASSAULT");
  EXPECT_TRUE(set->sentences[1].codings[0].events[0].target_countries.empty());
  EXPECT_FALSE(ParsePloverGsr("p.json", "[{\"id\": 1,").ok());
  auto no_event = ParsePloverGsr("p.json", "[\n{\"id\": \"X\", \"text\": \"t\"}]");
  ASSERT_FALSE(no_event.ok());
  EXPECT_NE(no_event.status().message().find("p.json:2"), std::string::npos) << no_event.status().message();
}

TEST(ParseConflibert, ClassesAndTokenSpans) {
  constexpr char kTsv[] = "Arnor and Gondor agreed on trade.\t1\nRohan troops attacked Isengard.\t4\n";
  constexpr char kNer[] =
      "Arnor B-R\nand I-R\nGondor I-R\nagreed O\non O\ntrade O\n. O\n\n"
      "Rohan B-S\ntroops I-S\nattacked O\nIsengard B-T\n. O\n";
  auto set = ParseConflibert("c.tsv", kTsv, "n.txt", kNer);
  ASSERT_TRUE(set.ok()) << set.status().ToString();
  ASSERT_EQ(set->sentences.size(), 2u);
  const GoldEvent& first = set->sentences[0].codings[0].events[0];
  EXPECT_EQ(first.label, "1");
  ASSERT_EQ(first.sources.size(), 1u);
  ASSERT_EQ(first.targets.size(), 1u);
  EXPECT_EQ(first.sources[0].text, "Arnor and Gondor");
  const GoldEvent& second = set->sentences[1].codings[0].events[0];
  EXPECT_EQ(second.label, "4");
  ASSERT_EQ(second.sources.size(), 1u);
  EXPECT_EQ(second.sources[0].text, "Rohan troops");
  ASSERT_EQ(second.targets.size(), 1u);
  EXPECT_EQ(second.targets[0].start, 22u);
  EXPECT_FALSE(ParseConflibert("c.tsv", "text\t9\n", "n.txt", "").ok());
  auto short_ner = ParseConflibert("c.tsv", kTsv, "n.txt", "Arnor B-S\n");
  ASSERT_FALSE(short_ner.ok());
}

TEST(ParseIndiaPoliceEvents, LabelsDatesAndBadLines) {
  constexpr char kMeta[] = "{\"doc_id\": 7, \"date\": \"2002-03-01\", \"url\": \"u\"}\n";
  constexpr char kSents[] =
      "{\"doc_id\": 7, \"sent_id\": 0, \"sent_labels\": [\"ARREST\", \"ANY_ACTION\"], \"sent_text\": \"a\"}\n"
      "{\"doc_id\": 8, \"sent_id\": 1, \"sent_labels\": [], \"sent_text\": \"b\"}\n";
  auto set = ParseIndiaPoliceEvents("s.jsonl", kSents, "m.jsonl", kMeta);
  ASSERT_TRUE(set.ok()) << set.status().ToString();
  ASSERT_EQ(set->sentences.size(), 2u);
  EXPECT_EQ(set->sentences[0].date, "2002-03-01");
  ASSERT_EQ(set->sentences[0].codings[0].events.size(), 1u);  // ANY_ACTION is not scored
  EXPECT_EQ(set->sentences[0].codings[0].events[0].label, "ARREST");
  EXPECT_EQ(set->sentences[1].date, "");
  auto bad = ParseIndiaPoliceEvents("s.jsonl", std::string(kSents) + "{oops\n", "m.jsonl", kMeta);
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("s.jsonl:3:"), std::string::npos) << bad.status().message();
}

TEST(LoadGoldSet, AbsentDirectoryIsNotFound) {
  auto set = LoadGoldSet("/nonexistent-gold-dir", "cameo-100");
  ASSERT_FALSE(set.ok());
  EXPECT_EQ(set.status().code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace dyad
