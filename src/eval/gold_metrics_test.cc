// Scoring on hand-made gold and output; every expected figure is worked out in the comments.
#include <gtest/gtest.h>

#include <algorithm>

#include "dyad/gold.h"

namespace dyad {
namespace {

GoldEvent G(const std::string& label, std::vector<GoldSpan> sources = {},
            std::vector<GoldSpan> targets = {}) {
  GoldEvent e;
  e.label = label;
  e.sources = std::move(sources);
  e.targets = std::move(targets);
  return e;
}

Event E(const std::string& cameo, uint32_t trigger, EventActor source = {}, EventActor target = {}) {
  Event e;
  e.cameo = cameo;
  e.root = cameo.substr(0, 2);
  e.trigger_start = trigger;
  e.source = std::move(source);
  e.target = std::move(target);
  return e;
}

EventActor Span(uint32_t start, uint32_t end) {
  EventActor a;
  a.text = "x";
  a.start = start;
  a.end = end;
  return a;
}

TEST(CompareLabelSets, MicroCounts) {
  // Sentence 1: gold {18, 01}, ours {18}: tp 18, fn 01. Sentence 2: gold {04}, ours {04, 11}: tp 04, fp 11.
  LabelScore s = CompareLabelSets({{"18", "01"}, {"04"}}, {{"18"}, {"04", "11", "04"}});
  EXPECT_EQ(s.tp, 2u);
  EXPECT_EQ(s.fp, 1u);
  EXPECT_EQ(s.fn, 1u);
  EXPECT_NEAR(s.Precision(), 2.0 / 3, 1e-9);
  EXPECT_NEAR(s.Recall(), 2.0 / 3, 1e-9);
  EXPECT_NEAR(s.F1(), 2.0 / 3, 1e-9);
  EXPECT_EQ(LabelScore{}.F1(), 0.0);
}

// "Arnor troops attacked Gondor on May 3, 2021." spans: Arnor troops 0-12, attacked 13-21, Gondor 22-28,
// May 3, 2021 32-43.
GoldSet Cameo() {
  GoldSet set;
  set.name = "cameo-100";
  set.scheme = GoldScheme::kCameoRoot;
  GoldSentence a;
  a.text = "Arnor troops attacked Gondor on May 3, 2021.";
  GoldCoding a1{
      "1", {G("18", {{"Arnor troops", 0, 12}}, {{"Gondor", 22, 28}})}, {{"May 3, 2021", 32, 43}}, {}};
  GoldCoding a2{"2",
                {G("18", {{"troops", 6, 12}}, {{"Gondor", 22, 28}}), G("01")},
                {{"May 3, 2021", 32, 43}},
                {{"Gondor", 22, 28}}};
  a.codings = {a1, a2};
  GoldSentence b;
  b.text = "Rohan praised Gondor.";
  b.codings = {GoldCoding{"1", {G("05")}, {}, {}}, GoldCoding{"2", {G("04")}, {}, {}}};
  set.sentences = {a, b};
  return set;
}

TEST(ScoreGoldSet, CameoMajorityCeilingActorsAndTime) {
  GoldSet set = Cameo();
  GoldOutputs out;
  out.sentences.resize(2);
  out.sentences[0].events = {E("183", 13, Span(0, 12), Span(13, 21))};  // target span misses "Gondor"
  out.sentences[0].times = {{32, 43, "2021-05-03", "day"}};
  out.sentences[1].events = {E("051", 6, Span(0, 5), Span(14, 20))};
  GoldSetReport r = ScoreGoldSet(set, out);
  // Majority (at least half of two coders): A {01, 18}, B {04, 05}; ours A {18}, B {05}.
  EXPECT_EQ(r.micro.tp, 2u);
  EXPECT_EQ(r.micro.fp, 0u);
  EXPECT_EQ(r.micro.fn, 2u);
  EXPECT_NEAR(r.micro.F1(), 4.0 / 6, 1e-9);
  EXPECT_NEAR(r.micro_no_statements.F1(), 0.8, 1e-9);  // tp 2, fn 1 (04)
  // Coders: 1 vs 2 has tp 1 (18), fp 2 (01, 04), fn 1 (05): F1 2/5. dyad vs 1: F1 1; vs 2: tp 1 fp 1 fn 2:
  // 2/5.
  EXPECT_NEAR(r.coder_pair_f1, 0.4, 1e-9);
  EXPECT_NEAR(r.dyad_coder_f1, 0.7, 1e-9);
  // Actors: coder 2 against coder 1 on root 18: source and target overlap (2/2). dyad on root 18 against each
  // coder: source right, target wrong: 2 of 4. Root 05 has no coder spans and is not checked.
  EXPECT_NEAR(r.coder_pair_actor, 1.0, 1e-9);
  EXPECT_EQ(r.actor_checked, 4u);
  EXPECT_EQ(r.actor_correct, 2u);
  EXPECT_EQ(r.time_spans, 1u);
  EXPECT_EQ(r.time_recalled, 1u);
  EXPECT_EQ(r.dates_checkable, 1u);
  EXPECT_EQ(r.dates_agree, 1u);
  EXPECT_FALSE(r.places_measured);
  ASSERT_EQ(r.confusion.size(), 2u);
  EXPECT_EQ(r.confusion[0].gold, "01");
  EXPECT_EQ(r.confusion[0].ours, "none");
  const std::string line = GoldSummaryLine(r);
  EXPECT_NE(
      line.find(
          "eval: set=cameo-100 sentences=2 events_p=1.000 events_r=0.500 events_f1=0.667 actor_acc=0.500"),
      std::string::npos)
      << line;
  EXPECT_NE(line.find("time_recall=1.000 date_agree=1.000"), std::string::npos) << line;
  const std::string text = FormatGoldReport(r);
  EXPECT_NE(text.find("location: not measured"), std::string::npos) << text;
  EXPECT_EQ(text.substr(text.size() - line.size() - 1), line + "\n");

  // A wrong normalised date is counted as checkable but not agreeing; an expression elsewhere recalls
  // nothing.
  out.sentences[0].times = {{32, 43, "2021-03-05", "day"}};
  r = ScoreGoldSet(set, out);
  EXPECT_EQ(r.dates_checkable, 1u);
  EXPECT_EQ(r.dates_agree, 0u);
  out.sentences[0].times = {{0, 5, "2021", "year"}};
  r = ScoreGoldSet(set, out);
  EXPECT_EQ(r.time_recalled, 0u);
}

TEST(ScoreGoldSet, PloverEventsQuadAndActorCountries) {
  GoldSet set;
  set.name = "plover-gsr";
  set.scheme = GoldScheme::kPloverEvent;
  GoldEvent g1 = G("ASSAULT");
  g1.source_countries = {"ARN"};
  g1.target_countries = {"GON"};
  GoldEvent g2 = G("REQUEST");
  g2.source_countries = {"ARN"};
  set.sentences = {GoldSentence{"1", "t", "", {GoldCoding{"gsr", {g1}, {}, {}}}},
                   GoldSentence{"2", "t", "", {GoldCoding{"gsr", {g2}, {}, {}}}},
                   GoldSentence{"3", "t", "", {GoldCoding{"gsr", {g1}, {}, {}}}}};
  GoldOutputs out;
  out.sentences.resize(3);
  Event hit = E("190", 0);
  hit.plover_event = "ASSAULT";
  hit.source.country = "ARN";
  hit.target.code = "GONGOV";  // no country: the code's first three letters
  Event statement = E("010", 0);
  Event miss = E("120", 0);
  miss.plover_event = "REJECT";
  miss.source.country = "XYZ";
  out.sentences[0].events = {hit};
  out.sentences[1].events = {statement, miss};
  // A statement alone (010 has no PLOVER event) is no PLOVER event: no label and no actors to score.
  Event lone_statement = E("010", 0);
  lone_statement.source.country = "XYZ";
  out.sentences[2].events = {lone_statement};
  GoldSetReport r = ScoreGoldSet(set, out);
  // Events: ASSAULT right; REQUEST missed, REJECT extra; ASSAULT missed: tp 1, fp 1, fn 2. Quads: 4 = 4,
  // 3 = 3, 4 missed.
  EXPECT_NEAR(r.micro.F1(), 0.4, 1e-9);
  EXPECT_NEAR(r.quad_micro.F1(), 0.8, 1e-9);
  // Actors: sentence 1 source and target right; sentence 2 source (of REJECT, the first PLOVER event) wrong.
  EXPECT_EQ(r.actor_checked, 3u);
  EXPECT_EQ(r.actor_correct, 2u);
  ASSERT_EQ(r.confusion.size(), 2u);
  EXPECT_TRUE(std::any_of(r.confusion.begin(), r.confusion.end(),
                          [](const auto& c) { return c.gold == "REQUEST" && c.ours == "REJECT"; }));
  EXPECT_TRUE(std::any_of(r.confusion.begin(), r.confusion.end(),
                          [](const auto& c) { return c.gold == "ASSAULT" && c.ours == "none"; }));
}

TEST(ScoreGoldSet, PentaClassUsesPrimaryEvent) {
  GoldSet set;
  set.name = "conflibert-test";
  set.scheme = GoldScheme::kPentaClass;
  GoldEvent g = G("4", {{"Rohan", 0, 5}}, {{"Isengard", 20, 28}});
  set.sentences = {GoldSentence{"1", "t", "", {GoldCoding{"gold", {g}, {}, {}}}},
                   GoldSentence{"2", "t", "", {GoldCoding{"gold", {G("0")}, {}, {}}}}};
  GoldOutputs out;
  out.sentences.resize(2);
  // "said" (010) comes first but the attack is the sentence's event.
  out.sentences[0].events = {E("010", 30, Span(40, 45)), E("190", 6, Span(0, 5), Span(10, 15))};
  GoldSetReport r = ScoreGoldSet(set, out);
  EXPECT_EQ(r.by_label["4"].tp, 1u);
  EXPECT_EQ(r.by_label["0"].fn, 1u);
  EXPECT_NEAR(r.micro.F1(), 2.0 / 3, 1e-9);
  EXPECT_EQ(r.actor_checked, 2u);
  EXPECT_EQ(r.actor_correct, 1u);
  EXPECT_EQ(r.sentences_with_events, 1u);
}

TEST(ScoreGoldSet, PoliceLabels) {
  GoldSet set;
  set.name = "indiapoliceevents-dev";
  set.scheme = GoldScheme::kPoliceLabels;
  set.sentences = {GoldSentence{"1", "t", "", {GoldCoding{"gold", {G("ARREST")}, {}, {}}}},
                   GoldSentence{"2", "t", "", {GoldCoding{"gold", {G("KILL"), G("FORCE")}, {}, {}}}},
                   GoldSentence{"3", "t", "", {GoldCoding{"gold", {}, {}, {}}}}};
  GoldOutputs out;
  out.sentences.resize(3);
  out.sentences[0].events = {E("173", 0)};
  out.sentences[2].events = {E("173", 0)};
  GoldSetReport r = ScoreGoldSet(set, out);
  // ARREST: tp 1, fp 1; KILL, FORCE: fn 1 each.
  EXPECT_NEAR(r.by_label["ARREST"].F1(), 2.0 / 3, 1e-9);
  EXPECT_EQ(r.by_label["KILL"].fn, 1u);
  const std::string line = GoldSummaryLine(r);
  EXPECT_NE(line.find("arrest_f1=0.667 kill_f1=0.000 force_f1=0.000"), std::string::npos) << line;
  EXPECT_EQ(line.find("actor_acc"), std::string::npos) << line;
}

}  // namespace
}  // namespace dyad
