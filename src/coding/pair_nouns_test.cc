// Joined pairs of actors: hyphenated words split into their actor parts (token_analysis.cc) and event nouns
// after a pair joined by a hyphen, en dash or slash (pair_nouns.cc), on a small dictionary written here.
// The sentences are our own.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "coding/sentence.h"
#include "coding/test_dictionary.h"
#include "dyad/coder.h"
#include "dyad/text.h"

namespace dyad {
namespace {

constexpr char kDictionary[] = R"(
country KAZ : Kazakhstan | Kazakh
country UZB : Uzbekistan | Uzbek
country GNB : Guinea-Bissau
country GIN : Guinea
country USA : US | United States | American
actor KAZGOV country=KAZ sectors=GOV : Astana
actor KGZREB country=KGZ sectors=REB : Tulpar Front
agent COP : police
agent CVL : protesters | protester
agent MIL : army | soldiers
agent REB : rebels | rebel
verb 040 : talks between $ and + | meet +
verb 046 : negotiations between $ and +
verb 190 : clashes between $ and + | fighting between $ and + | clash with +
verb 111 : criticize +
cameo 040 goldstein=1.0 : Consult
cameo 046 goldstein=7.0 : Engage in negotiation
cameo 190 goldstein=-10.0 : Use conventional military force
cameo 111 goldstein=-2.0 : Criticize or denounce
)";

const std::shared_ptr<const Dictionary>& TestDictionary() {
  static const std::shared_ptr<const Dictionary> dict = CompileTestDictionary(kDictionary);
  return dict;
}

std::vector<std::string> Triples(const std::string& text) {
  return CodedTriples(TestDictionary(), text, "2020-05-01");
}

// The analysis tokens of the first sentence of `text`, as "text" strings.
std::vector<std::string> AnalysedTokens(const std::string& text) {
  std::vector<Token> tokens;
  Tokenize(text, &tokens);
  SentenceAnalysis a;
  AnalyseTokens(TestDictionary()->compiled(), text, tokens.data(), tokens.data() + tokens.size(), &a);
  std::vector<std::string> out;
  for (const TokenView& t : a.tokens) out.push_back(text.substr(t.start, t.end - t.start));
  return out;
}

TEST(SplitActorCompound, HyphenatedActorsBecomeTokensOfTheirOwn) {
  EXPECT_EQ(AnalysedTokens("Kazakh-Uzbek talks"),
            (std::vector<std::string>{"Kazakh", "-", "Uzbek", "talks"}));
  EXPECT_EQ(AnalysedTokens("police-protester clashes"),
            (std::vector<std::string>{"police", "-", "protester", "clashes"}));
  EXPECT_EQ(AnalysedTokens("US-Kazakhstan-Uzbekistan border talks"),
            (std::vector<std::string>{"US", "-", "Kazakhstan", "-", "Uzbekistan", "border", "talks"}));
}

TEST(SplitActorCompound, OtherHyphenatedWordsStayWhole) {
  // A part that names no one: a prefix, a participle, a noun.
  EXPECT_EQ(AnalysedTokens("pro-Kazakh talks"), (std::vector<std::string>{"pro-Kazakh", "talks"}));
  EXPECT_EQ(AnalysedTokens("US-backed talks"), (std::vector<std::string>{"US-backed", "talks"}));
  EXPECT_EQ(AnalysedTokens("Kazakh-era talks"), (std::vector<std::string>{"Kazakh-era", "talks"}));
  // A name the dictionary has as one word, whose parts are names too.
  EXPECT_EQ(AnalysedTokens("Guinea-Bissau talks"), (std::vector<std::string>{"Guinea-Bissau", "talks"}));
  // Case rules hold for the parts: "us" in lower case is the pronoun, not "US".
  EXPECT_EQ(AnalysedTokens("us-police clashes"), (std::vector<std::string>{"us-police", "clashes"}));
  // Without an event noun of the pair's two sides after it: one actor of two nationalities, or no event.
  EXPECT_EQ(AnalysedTokens("a Kazakh-Uzbek man"), (std::vector<std::string>{"a", "Kazakh-Uzbek", "man"}));
  EXPECT_EQ(AnalysedTokens("Kazakh-Uzbek relations"),
            (std::vector<std::string>{"Kazakh-Uzbek", "relations"}));
  EXPECT_EQ(AnalysedTokens("Kazakh-Uzbek border in talks"),
            (std::vector<std::string>{"Kazakh-Uzbek", "border", "in", "talks"}));
  // Four parts are more than a pair or a triple.
  EXPECT_EQ(AnalysedTokens("Kazakh-Uzbek-Kazakh-Uzbek talks"),
            (std::vector<std::string>{"Kazakh-Uzbek-Kazakh-Uzbek", "talks"}));
}

TEST(SplitActorCompound, TagsOfTheWordGoToItsParts) {
  const std::string text = "the Kazakh-Uzbek talks ended";
  std::vector<Token> tokens;
  Tokenize(text, &tokens);
  SentenceAnalysis a;
  AnalyseTokens(TestDictionary()->compiled(), text, tokens.data(), tokens.data() + tokens.size(), &a);
  ASSERT_EQ(a.tokens.size(), 6u);
  a.tags = {PosTag::kDT, PosTag::kJJ, PosTag::kNNS, PosTag::kVBD};  // one per document token
  AlignTagsWithSplitTokens(&a);
  EXPECT_EQ(a.tags, (std::vector<PosTag>{PosTag::kDT, PosTag::kJJ, PosTag::kColon, PosTag::kJJ, PosTag::kNNS,
                                         PosTag::kVBD}));
}

TEST(PairNouns, EventNounAfterJoinedPair) {
  EXPECT_EQ(Triples("Kazakhstan-Uzbekistan trade talks resumed on Monday."),
            (std::vector<std::string>{"KAZ 040 UZB"}));
  EXPECT_EQ(Triples("Kazakh-Uzbek negotiations stalled."), (std::vector<std::string>{"KAZ 046 UZB"}));
  EXPECT_EQ(Triples("Kazakhstan\xE2\x80\x93Uzbekistan border clashes killed three soldiers."),
            (std::vector<std::string>{"KAZ 190 UZB"}));
  EXPECT_EQ(Triples("Kazakhstan/Uzbekistan talks were cancelled."),
            (std::vector<std::string>{"KAZ 040 UZB"}));
  EXPECT_EQ(Triples("three hurt in police-protester clashes"), (std::vector<std::string>{"COP 190 CVL"}));
  EXPECT_EQ(Triples("Kazakh army-rebel fighting went on."), (std::vector<std::string>{"KAZMIL 190 KAZREB"}));
}

TEST(PairNouns, NoEventWithoutAPairOrABetweenPattern) {
  // No "relations between" pattern: a relation is no event.
  EXPECT_TRUE(Triples("Kazakhstan-Uzbekistan relations improved.").empty());
  // Written apart, the dash is a parenthesis, not a joiner.
  EXPECT_TRUE(Triples("Kazakhstan - Uzbekistan talks").empty());
  // Coordinated actors are the subject of a verb, not a pair.
  EXPECT_TRUE(Triples("Kazakhstan and Uzbekistan trade talks resumed.").empty());
}

}  // namespace
}  // namespace dyad
