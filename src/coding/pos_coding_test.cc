// What the coder reads from part-of-speech tags (CoderOptions::pos_tagger), on sentences and a small
// dictionary written here. Each case is coded with and without the tagger: without it the coder must behave
// as it always did. The tests skip when the model was not built (configured without the Debian data).
#include <gtest/gtest.h>

#include <algorithm>

#include "coding/test_dictionary.h"
#include "dyad/coder.h"
#include "dyad/pos.h"

namespace dyad {
namespace {

constexpr char kDictionary[] = R"(
country KAZ : Kazakhstan | Kazakh
country RUS : Russia | Russian
country TUR : Turkey | Turkish
agent COP : police
agent CVL : protesters
agent MIL : troops
verb 111 : criticize +
verb 173 : arrest + | detain +
verb 190 : attack + | raid +
verb 010 : say
verb 1823 : kill +
cameo 010 goldstein=0.0 : Make statement
cameo 1823 goldstein=-10.0 : Kill by physical assault
cameo 111 goldstein=-2.0 plover=ACCUSE : Criticize or denounce
cameo 173 goldstein=-5.0 : Arrest, detain
cameo 190 goldstein=-10.0 : Use conventional military force
)";

class PosCodingTest : public ::testing::Test {
 protected:
  static std::shared_ptr<const Dictionary> dict() {
    static std::shared_ptr<const Dictionary> d = CompileTestDictionary(kDictionary);
    return d;
  }
  // The default model, or null when it was not built.
  static const PosTagger* tagger() {
    static const std::unique_ptr<const PosTagger> t = []() -> std::unique_ptr<const PosTagger> {
      auto loaded = PosTagger::Load(DefaultPosModelPath());
      if (!loaded.ok()) return nullptr;
      return std::make_unique<const PosTagger>(std::move(loaded).value());
    }();
    return t.get();
  }
  void SetUp() override {
    if (tagger() == nullptr) GTEST_SKIP() << DefaultPosModelPath() << " not built";
  }

  static std::vector<std::string> Triples(const std::string& text, const PosTagger* pos) {
    return CodedTriples(dict(), text, "2020-05-01", CoderOptions{.pos_tagger = pos});
  }
  static std::vector<std::string> Tagged(const std::string& text) { return Triples(text, tagger()); }
  static std::vector<std::string> Untagged(const std::string& text) { return Triples(text, nullptr); }
};

using V = std::vector<std::string>;

TEST_F(PosCodingTest, VerbsAreCodedAsWithoutTags) {
  for (const char* text : {"Kazakh police detained protesters on Monday.", "Russia criticized Turkey.",
                           "Turkey was criticized by Russia.", "Russian troops attack Turkish troops.",
                           "Turkey will criticize Russia."})
    EXPECT_EQ(Tagged(text), Untagged(text)) << text;
  EXPECT_EQ(Tagged("Kazakh police detained protesters on Monday."), V{"KAZCOP 173 KAZCVL"});
}

// "the detained protesters": a participle before its noun modifies it; no one is detained in this sentence.
TEST_F(PosCodingTest, ParticipleModifyingANounIsNotAnAct) {
  const char* text = "Kazakh police released the detained protesters on Monday.";
  EXPECT_EQ(Untagged(text), V{"KAZCOP 173 KAZCVL"});  // the keyword reading
  EXPECT_EQ(Tagged(text), V{});
}

// The tagged pass finds the matches again: a bare statement beside a reported act stays dropped
// (speech_acts.h).
TEST_F(PosCodingTest, AStatementReportingAnActStaysDroppedWithTags) {
  // "the raid" after a determiner makes the coder tag the sentence and match again.
  for (const std::string text : {"Russian troops said the raid killed 12 Kazakh police.",
                                 "Kazakh police said the raid killed 12 Russian troops."}) {
    for (const PosTagger* pos : {static_cast<const PosTagger*>(nullptr), tagger()}) {
      const std::vector<std::string> coded = Triples(text, pos);
      EXPECT_EQ(std::count_if(coded.begin(), coded.end(),
                              [](const std::string& t) { return t.find(" 010 ") != std::string::npos; }),
                0)
          << text << (pos ? " (tagged)" : "");
      EXPECT_EQ(std::count_if(coded.begin(), coded.end(),
                              [](const std::string& t) { return t.find(" 1823 ") != std::string::npos; }),
                1)
          << text << (pos ? " (tagged)" : "");
    }
  }
}

}  // namespace
}  // namespace dyad
