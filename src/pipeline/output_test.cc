#include "dyad/output.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <simdjson.h>

#include <string>
#include <string_view>
#include <vector>

namespace dyad {
namespace {

using ::testing::ElementsAre;
using ::testing::ElementsAreArray;

Event FullEvent() {
  Event event;
  event.doc_id = "wire/2021-03-02.jsonl#4";
  event.sentence_index = 2;
  event.sentence = "Kazakh police detained protesters in Almaty.";
  event.source = {"KAZCOP", "KAZ", {"COP"}, "Kazakh police", 120, 133};
  event.target = {"KAZOPP", "KAZ", {"OPP", "CVL"}, "protesters", 143, 153};
  event.cameo = "173";
  event.root = "17";
  event.quad_class = 4;
  event.goldstein = -5.0;
  event.date = "2021-03-02";
  event.date_precision = "day";
  event.trigger = "detained";
  event.trigger_start = 134;
  event.trigger_end = 142;
  event.rule = "verbs.txt:88 detain +";
  event.plover_event = "COERCE";
  event.plover_mode = "arrest";
  event.plover_contexts = {"rights_freedoms", "legal"};
  event.date_text = "on Tuesday";
  Location& where = event.location.emplace();
  where.name = "Almaty";
  where.country = "KAZ";
  where.admin1 = "Almaty";
  where.lat = 43.25;
  where.lon = 76.91667;
  where.has_coordinates = true;
  where.precision = "city";
  where.text = "Almaty";
  where.start = 157;
  where.end = 163;
  return event;
}

std::string Json(const Event& event, bool explain = false) {
  std::string out;
  WriteEventJson(event, explain, &out);
  return out;
}

std::string JsonString(std::string_view s) {
  std::string out;
  AppendJsonString(s, &out);
  return out;
}

std::vector<std::string> SplitTabs(std::string_view line) {
  std::vector<std::string> cells;
  while (true) {
    const size_t tab = line.find('\t');
    cells.emplace_back(line.substr(0, tab));
    if (tab == std::string_view::npos) return cells;
    line.remove_prefix(tab + 1);
  }
}

TEST(WriteEventJsonTest, ExactContractForFullyPopulatedEvent) {
  EXPECT_EQ(
      Json(FullEvent()),
      R"({"doc_id":"wire/2021-03-02.jsonl#4","sentence_index":2,)"
      R"("sentence":"Kazakh police detained protesters in Almaty.",)"
      R"("source":{"code":"KAZCOP","country":"KAZ","sectors":["COP"],"text":"Kazakh police"},)"
      R"("target":{"code":"KAZOPP","country":"KAZ","sectors":["OPP","CVL"],"text":"protesters"},)"
      R"("cameo":"173","root":"17","quad_class":4,"goldstein":-5,"date":"2021-03-02","date_precision":"day",)"
      R"("evidence":{"trigger":"detained","start":134,"end":142},)"
      R"("plover":{"event":"COERCE","mode":"arrest","context":["rights_freedoms","legal"]},)"
      R"("date_text":"on Tuesday",)"
      R"("location":{"name":"Almaty","country":"KAZ","admin1":"Almaty","lat":43.25000,"lon":76.91667,)"
      R"("precision":"city","text":"Almaty","start":157,"end":163}})");
}

TEST(WriteEventJsonTest, ExplainAddsRuleAndActorSpans) {
  EXPECT_EQ(
      Json(FullEvent(), /*explain=*/true),
      R"({"doc_id":"wire/2021-03-02.jsonl#4","sentence_index":2,)"
      R"("sentence":"Kazakh police detained protesters in Almaty.",)"
      R"("source":{"code":"KAZCOP","country":"KAZ","sectors":["COP"],"text":"Kazakh police"},)"
      R"("target":{"code":"KAZOPP","country":"KAZ","sectors":["OPP","CVL"],"text":"protesters"},)"
      R"("cameo":"173","root":"17","quad_class":4,"goldstein":-5,"date":"2021-03-02","date_precision":"day",)"
      R"("evidence":{"trigger":"detained","start":134,"end":142,"rule":"verbs.txt:88 detain +",)"
      R"("source_span":[120,133],"target_span":[143,153]},)"
      R"("plover":{"event":"COERCE","mode":"arrest","context":["rights_freedoms","legal"]},)"
      R"("date_text":"on Tuesday",)"
      R"("location":{"name":"Almaty","country":"KAZ","admin1":"Almaty","lat":43.25000,"lon":76.91667,)"
      R"("precision":"city","text":"Almaty","start":157,"end":163}})");
}

TEST(WriteEventJsonTest, NoPlaceIsNullAndUnknownCoordinatesAreNull) {
  Event event = FullEvent();
  event.location.reset();
  std::string json = Json(event);
  EXPECT_NE(json.find(R"("location":null})"), std::string::npos) << json;
  std::string row;
  WriteEventTsv(event, &row);
  EXPECT_TRUE(row.ends_with("on Tuesday\t\t\t\t\t\t")) << row;

  event = FullEvent();
  event.location->has_coordinates = false;
  json = Json(event);
  EXPECT_NE(json.find(R"("lat":null,"lon":null)"), std::string::npos) << json;
}

TEST(WriteEventJsonTest, UnknownActorsAreEmptyNotInvented) {
  Event event = FullEvent();
  event.target = EventActor{};
  const std::string json = Json(event);
  EXPECT_NE(json.find(R"("target":{"code":"","country":"","sectors":[],"text":""})"), std::string::npos)
      << json;
}

TEST(WriteEventJsonTest, AppendsWithoutClearing) {
  std::string out = "[";
  WriteEventJson(FullEvent(), false, &out);
  out += ",";
  WriteEventJson(FullEvent(), false, &out);
  out += "]";
  EXPECT_EQ(out, "[" + Json(FullEvent()) + "," + Json(FullEvent()) + "]");
}

std::string GoldsteinJson(double goldstein) {
  Event event = FullEvent();
  event.goldstein = goldstein;
  const std::string json = Json(event);
  const std::string key = "\"goldstein\":";
  const size_t start = json.find(key) + key.size();
  return json.substr(start, json.find(',', start) - start);
}

TEST(WriteEventJsonTest, GoldsteinHasAtMostOneDecimal) {
  EXPECT_EQ(GoldsteinJson(3.4), "3.4");
  EXPECT_EQ(GoldsteinJson(-10.0), "-10");
  EXPECT_EQ(GoldsteinJson(10.0), "10");
  EXPECT_EQ(GoldsteinJson(0.0), "0");
  EXPECT_EQ(GoldsteinJson(-0.0), "0");
  EXPECT_EQ(GoldsteinJson(-0.04), "0");  // rounds to zero: no "-0"
  EXPECT_EQ(GoldsteinJson(7.0), "7");
  EXPECT_EQ(GoldsteinJson(-6.5), "-6.5");
  EXPECT_EQ(GoldsteinJson(2.8), "2.8");
  EXPECT_EQ(GoldsteinJson(0.4), "0.4");
  EXPECT_EQ(GoldsteinJson(-0.3), "-0.3");
  EXPECT_EQ(GoldsteinJson(1.96), "2");
  EXPECT_EQ(GoldsteinJson(-7.24), "-7.2");
}

TEST(AppendJsonStringTest, EscapesQuotesBackslashAndControlCharacters) {
  EXPECT_EQ(JsonString(""), R"("")");
  EXPECT_EQ(JsonString("plain"), R"("plain")");
  EXPECT_EQ(JsonString("say \"no\""), R"("say \"no\"")");
  EXPECT_EQ(JsonString("C:\\dir"), R"("C:\\dir")");
  EXPECT_EQ(JsonString("a\nb\rc\td\be\ff"), R"("a\nb\rc\td\be\ff")");
  EXPECT_EQ(JsonString(std::string_view("\x01\x1f\x0b", 3)), R"("\u0001\u001f\u000b")");
  EXPECT_EQ(JsonString(std::string_view("nul\0here", 8)), R"("nul\u0000here")");
  EXPECT_EQ(JsonString("/"), R"("/")");       // solidus needs no escape
  EXPECT_EQ(JsonString("\x7f"), "\"\x7f\"");  // DEL is not a JSON control character
}

TEST(AppendJsonStringTest, Utf8PassesThroughUnchanged) {
  const std::string text =
      "\xD0\x90\xD1\x81\xD1\x82\xD0\xB0\xD0\xBD\xD0\xB0 \xE2\x80\x94 \xF0\x9F\x8C\x8D \xE2\x80\xA8";
  EXPECT_EQ(JsonString(text), "\"" + text + "\"");
}

TEST(WriteEventJsonTest, OutputParsesAndRoundTripsAwkwardText) {
  Event event = FullEvent();
  const std::string awkward = std::string("Quote \" back \\ tab\t nl\n cr\r ctl\x02 nul") +
                              std::string(1, '\0') +
                              " \xD0\x90\xD1\x81\xD1\x82\xD0\xB0\xD0\xBD\xD0\xB0 \xF0\x9F\x8C\x8D";
  event.sentence = awkward;
  event.source.text = awkward;
  event.rule = awkward;
  event.goldstein = 3.4;
  const std::string json = Json(event, /*explain=*/true);

  simdjson::dom::parser parser;
  simdjson::dom::element root;
  ASSERT_EQ(parser.parse(json).get(root), simdjson::SUCCESS) << json;
  std::string_view sentence;
  ASSERT_EQ(root["sentence"].get(sentence), simdjson::SUCCESS);
  EXPECT_EQ(sentence, awkward);
  std::string_view source_text;
  ASSERT_EQ(root["source"]["text"].get(source_text), simdjson::SUCCESS);
  EXPECT_EQ(source_text, awkward);
  std::string_view rule;
  ASSERT_EQ(root["evidence"]["rule"].get(rule), simdjson::SUCCESS);
  EXPECT_EQ(rule, awkward);
  double goldstein = 0;
  ASSERT_EQ(root["goldstein"].get(goldstein), simdjson::SUCCESS);
  EXPECT_DOUBLE_EQ(goldstein, 3.4);
  int64_t quad_class = 0;
  ASSERT_EQ(root["quad_class"].get(quad_class), simdjson::SUCCESS);
  EXPECT_EQ(quad_class, 4);
  uint64_t span_end = 0;
  ASSERT_EQ(root["evidence"]["target_span"].at(1).get(span_end), simdjson::SUCCESS);
  EXPECT_EQ(span_end, 153u);
  std::string_view second_sector;
  ASSERT_EQ(root["target"]["sectors"].at(1).get(second_sector), simdjson::SUCCESS);
  EXPECT_EQ(second_sector, "CVL");
}

std::vector<std::string> KeysInOrder(simdjson::dom::element element) {
  std::vector<std::string> keys;
  simdjson::dom::object object;
  if (element.get(object) != simdjson::SUCCESS) return keys;
  for (auto field : object) keys.emplace_back(field.key);
  return keys;
}

TEST(WriteEventJsonTest, FieldOrderIsTheDocumentedContract) {
  const std::string json = Json(FullEvent(), /*explain=*/true);
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  ASSERT_EQ(parser.parse(json).get(root), simdjson::SUCCESS);
  EXPECT_THAT(
      KeysInOrder(root),
      ElementsAre("doc_id", "sentence_index", "sentence", "source", "target", "cameo", "root", "quad_class",
                  "goldstein", "date", "date_precision", "evidence", "plover", "date_text", "location"));
  EXPECT_THAT(KeysInOrder(root["location"].value()),
              ElementsAre("name", "country", "admin1", "lat", "lon", "precision", "text", "start", "end"));
  EXPECT_THAT(KeysInOrder(root["source"].value()), ElementsAre("code", "country", "sectors", "text"));
  EXPECT_THAT(KeysInOrder(root["target"].value()), ElementsAre("code", "country", "sectors", "text"));
  EXPECT_THAT(KeysInOrder(root["evidence"].value()),
              ElementsAre("trigger", "start", "end", "rule", "source_span", "target_span"));
  EXPECT_THAT(KeysInOrder(root["plover"].value()), ElementsAre("event", "mode", "context"));
}

// An actor resolved by coreference ("he" for an earlier "Kassym-Jomart Tokayev") names its antecedent in the
// explained evidence, after the spans; other events, and output without --explain, are unchanged.
TEST(WriteEventJsonTest, ResolvedActorNamesItsAntecedentWhenExplained) {
  Event event = FullEvent();
  event.source.antecedent = "Kassym-Jomart Tokayev";
  event.source.antecedent_start = 12;
  event.source.antecedent_end = 33;
  const std::string json = Json(event, /*explain=*/true);
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  ASSERT_EQ(parser.parse(json).get(root), simdjson::SUCCESS) << json;
  EXPECT_THAT(
      KeysInOrder(root["evidence"].value()),
      ElementsAre("trigger", "start", "end", "rule", "source_span", "target_span", "source_antecedent"));
  std::string_view text;
  ASSERT_EQ(root["evidence"]["source_antecedent"]["text"].get(text), simdjson::SUCCESS);
  EXPECT_EQ(text, "Kassym-Jomart Tokayev");
  uint64_t end = 0;
  ASSERT_EQ(root["evidence"]["source_antecedent"]["span"].at(1).get(end), simdjson::SUCCESS);
  EXPECT_EQ(end, 33u);
  EXPECT_EQ(Json(event).find("antecedent"), std::string::npos);
}

TEST(WriteEventTsvTest, RowHasOneCellPerHeaderColumnInHeaderOrder) {
  const std::vector<std::string> header = SplitTabs(EventTsvHeader());
  EXPECT_THAT(
      header,
      ElementsAreArray(
          {"doc_id",           "sentence_index",  "date",           "date_precision", "source_code",
           "source_country",   "source_sectors",  "source_text",    "cameo",          "root",
           "quad_class",       "goldstein",       "target_code",    "target_country", "target_sectors",
           "target_text",      "trigger",         "trigger_start",  "trigger_end",    "sentence",
           "plover_event",     "plover_mode",     "plover_context", "date_text",      "location_name",
           "location_country", "location_admin1", "location_lat",   "location_lon",   "location_precision"}));
  std::string row;
  WriteEventTsv(FullEvent(), &row);
  EXPECT_THAT(SplitTabs(row), ElementsAreArray({"wire/2021-03-02.jsonl#4",
                                                "2",
                                                "2021-03-02",
                                                "day",
                                                "KAZCOP",
                                                "KAZ",
                                                "COP",
                                                "Kazakh police",
                                                "173",
                                                "17",
                                                "4",
                                                "-5",
                                                "KAZOPP",
                                                "KAZ",
                                                "OPP,CVL",
                                                "protesters",
                                                "detained",
                                                "134",
                                                "142",
                                                "Kazakh police detained protesters in Almaty.",
                                                "COERCE",
                                                "arrest",
                                                "rights_freedoms,legal",
                                                "on Tuesday",
                                                "Almaty",
                                                "KAZ",
                                                "Almaty",
                                                "43.25000",
                                                "76.91667",
                                                "city"}));
}

TEST(WriteEventTsvTest, EscapesTabsNewlinesAndBackslashes) {
  Event event = FullEvent();
  event.sentence = "line one\nline two\r\n\tindented C:\\path";
  event.source.text = "a\tb";
  event.goldstein = 3.4;
  std::string row;
  WriteEventTsv(event, &row);
  EXPECT_EQ(row.find('\n'), std::string::npos);
  EXPECT_EQ(row.find('\r'), std::string::npos);
  const std::vector<std::string> cells = SplitTabs(row);
  ASSERT_EQ(cells.size(), SplitTabs(EventTsvHeader()).size());
  EXPECT_EQ(cells[7], "a\\tb");
  EXPECT_EQ(cells[11], "3.4");
  EXPECT_EQ(cells[19], "line one\\nline two\\r\\n\\tindented C:\\\\path");
}

TEST(WriteEventTsvTest, EmptyEventStillHasEveryColumn) {
  std::string row;
  WriteEventTsv(Event{}, &row);
  const std::vector<std::string> cells = SplitTabs(row);
  ASSERT_EQ(cells.size(), SplitTabs(EventTsvHeader()).size());
  EXPECT_EQ(cells[1], "0");   // sentence_index
  EXPECT_EQ(cells[6], "");    // source_sectors
  EXPECT_EQ(cells[11], "0");  // goldstein
}

}  // namespace
}  // namespace dyad
