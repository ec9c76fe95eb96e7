#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "dyad/text.h"

namespace dyad {
namespace {

using Texts = std::vector<std::string>;

// Splits `text` and returns each sentence's text, checking the token ranges on the way.
Texts SentencesOf(std::string_view text) {
  std::vector<Token> tokens;
  Tokenize(text, &tokens);
  std::vector<Sentence> sentences;
  SplitSentences(text, tokens, &sentences);
  Texts out;
  uint32_t expected_first = 0;
  for (const Sentence& sentence : sentences) {
    EXPECT_EQ(sentence.first_token, expected_first);
    EXPECT_LT(sentence.first_token, sentence.end_token);
    EXPECT_EQ(sentence.start, tokens[sentence.first_token].start);
    EXPECT_EQ(sentence.end, tokens[sentence.end_token - 1].end);
    expected_first = sentence.end_token;
    out.emplace_back(text.substr(sentence.start, sentence.end - sentence.start));
  }
  EXPECT_EQ(expected_first, tokens.size());
  return out;
}

TEST(SplitSentencesTest, EmptyTextHasNoSentences) {
  EXPECT_TRUE(SentencesOf("").empty());
  EXPECT_TRUE(SentencesOf("  \n\n ").empty());
}

TEST(SplitSentencesTest, SplitsAtFullStopsQuestionAndExclamationMarks) {
  EXPECT_EQ(SentencesOf("  Tokayev met Putin. They talked!  Was it useful?  "),
            (Texts{"Tokayev met Putin.", "They talked!", "Was it useful?"}));
  EXPECT_EQ(SentencesOf("Really?! Yes."), (Texts{"Really?!", "Yes."}));
}

TEST(SplitSentencesTest, LastSentenceWithoutFinalPunctuation) {
  EXPECT_EQ(SentencesOf("One. Two without end"), (Texts{"One.", "Two without end"}));
}

TEST(SplitSentencesTest, ClosingQuotesAndBracketsStayWithTheSentence) {
  EXPECT_EQ(SentencesOf("He said, \xE2\x80\x9CWe will respond.\xE2\x80\x9D The talks ended."),
            (Texts{"He said, \xE2\x80\x9CWe will respond.\xE2\x80\x9D", "The talks ended."}));
  EXPECT_EQ(SentencesOf("He left (as planned.) Then \"it rained.\" After"),
            (Texts{"He left (as planned.)", "Then \"it rained.\"", "After"}));
}

TEST(SplitSentencesTest, LowerCaseAfterQuotedQuestionContinuesTheSentence) {
  EXPECT_EQ(SentencesOf("\xE2\x80\x9CWhy now?\xE2\x80\x9D he asked. Nobody knew."),
            (Texts{"\xE2\x80\x9CWhy now?\xE2\x80\x9D he asked.", "Nobody knew."}));
}

TEST(SplitSentencesTest, TitlesNeverEndASentence) {
  EXPECT_EQ(SentencesOf("Mr. Smith met Gen. Ivanov and Dr. Brown on Jan. 5 in St. Petersburg. Talks ended."),
            (Texts{"Mr. Smith met Gen. Ivanov and Dr. Brown on Jan. 5 in St. Petersburg.", "Talks ended."}));
  EXPECT_EQ(SentencesOf("Lt. Col. Ivanov and Sgt. Lee spoke. Sen. Warren and Gov. Newsom agreed."),
            (Texts{"Lt. Col. Ivanov and Sgt. Lee spoke.", "Sen. Warren and Gov. Newsom agreed."}));
  EXPECT_EQ(SentencesOf("They met on Fifth Ave. The Mayor came."),
            (Texts{"They met on Fifth Ave. The Mayor came."}));
}

TEST(SplitSentencesTest, NumberAbbreviationBeforeANumber) {
  EXPECT_EQ(SentencesOf("He was No. 2 in the party. No. He was not."),
            (Texts{"He was No. 2 in the party.", "No.", "He was not."}));
}

TEST(SplitSentencesTest, SoftAbbreviationsEndASentenceOnlyBeforeATypicalOpener) {
  EXPECT_EQ(
      SentencesOf("Acme Inc. said it would sue. Shares fell at Acme Inc. The firm declined comment."),
      (Texts{"Acme Inc. said it would sue.", "Shares fell at Acme Inc.", "The firm declined comment."}));
  EXPECT_EQ(SentencesOf("Rice, wheat, etc. were sold. They bought guns, tanks etc. But nobody paid."),
            (Texts{"Rice, wheat, etc. were sold.", "They bought guns, tanks etc.", "But nobody paid."}));
  EXPECT_EQ(SentencesOf("Acme Inc., a supplier, agreed."), (Texts{"Acme Inc., a supplier, agreed."}));
}

TEST(SplitSentencesTest, UnitedStatesMidSentenceAndAtTheEnd) {
  EXPECT_EQ(SentencesOf("The U.S. and Russia met. U.S. President Biden spoke."),
            (Texts{"The U.S. and Russia met.", "U.S. President Biden spoke."}));
  EXPECT_EQ(SentencesOf("Iran criticised the U.S. The move angered Tehran."),
            (Texts{"Iran criticised the U.S.", "The move angered Tehran."}));
  EXPECT_EQ(SentencesOf("The talks started at 9 a.m. Moscow time."),
            (Texts{"The talks started at 9 a.m. Moscow time."}));
}

TEST(SplitSentencesTest, InitialsDoNotEndASentence) {
  EXPECT_EQ(SentencesOf("J. R. Smith and John F. Kennedy spoke. He left."),
            (Texts{"J. R. Smith and John F. Kennedy spoke.", "He left."}));
}

TEST(SplitSentencesTest, DecimalsAndEllipses) {
  EXPECT_EQ(SentencesOf("Growth was 3.5 percent. Prices rose... Then they fell \xE2\x80\xA6 Later, calm."),
            (Texts{"Growth was 3.5 percent.", "Prices rose... Then they fell \xE2\x80\xA6 Later, calm."}));
}

TEST(SplitSentencesTest, ExamplesAndThatIsNeverEnd) {
  EXPECT_EQ(SentencesOf("Some states, e.g. Kazakhstan, abstained. Others, i.e. The rest, agreed."),
            (Texts{"Some states, e.g. Kazakhstan, abstained.", "Others, i.e. The rest, agreed."}));
}

TEST(SplitSentencesTest, ParagraphBreakAlwaysEndsASentence) {
  EXPECT_EQ(SentencesOf("First paragraph without stop\n\nsecond one, lower case\n \nthird Mr.\n\nFourth"),
            (Texts{"First paragraph without stop", "second one, lower case", "third Mr.", "Fourth"}));
}

TEST(SplitSentencesTest, HeadlineLineIsItsOwnSentence) {
  EXPECT_EQ(SentencesOf("Kazakhstan and Russia sign oil deal\nAstana agreed on Tuesday to supply more oil."),
            (Texts{"Kazakhstan and Russia sign oil deal", "Astana agreed on Tuesday to supply more oil."}));
  EXPECT_EQ(SentencesOf("Protesters clash with police\n\xE2\x80\x9CWe want change,\xE2\x80\x9D one said."),
            (Texts{"Protesters clash with police", "\xE2\x80\x9CWe want change,\xE2\x80\x9D one said."}));
}

TEST(SplitSentencesTest, WrappedProseIsNotSplitAtLineBreaks) {
  EXPECT_EQ(
      SentencesOf("The minister said on Tuesday that the\nGovernment would meet Russian\nofficials soon."),
      (Texts{"The minister said on Tuesday that the\nGovernment would meet Russian\nofficials soon."}));
  // The second line of a sentence is never taken for a headline.
  EXPECT_EQ(SentencesOf("He said, as talks began,\nthat Kazakhstan\nWould not yield."),
            (Texts{"He said, as talks began,\nthat Kazakhstan\nWould not yield."}));
  // A line that starts mid-sentence is not a headline either.
  EXPECT_EQ(SentencesOf("Talks ended. The minister met\nPutin later."),
            (Texts{"Talks ended.", "The minister met\nPutin later."}));
}

TEST(SplitSentencesTest, DatelinesStayWithTheirSentence) {
  EXPECT_EQ(SentencesOf("WASHINGTON, July 2 (Reuters) - The U.S. imposed sanctions. Moscow protested."),
            (Texts{"WASHINGTON, July 2 (Reuters) - The U.S. imposed sanctions.", "Moscow protested."}));
  EXPECT_EQ(SentencesOf("ALMATY (AP) \xE2\x80\x94 Police detained 12 people."),
            (Texts{"ALMATY (AP) \xE2\x80\x94 Police detained 12 people."}));
  EXPECT_EQ(SentencesOf("MOSCOW, Oct. 3 (Xinhua) -- Russia said."),
            (Texts{"MOSCOW, Oct. 3 (Xinhua) -- Russia said."}));
}

TEST(SplitSentencesTest, HeadlineThenDatelineArticle) {
  EXPECT_EQ(
      SentencesOf("Tokayev visits Moscow\n\nALMATY (AP) \xE2\x80\x94 Tokayev flew to Moscow. He met Putin."),
      (Texts{"Tokayev visits Moscow", "ALMATY (AP) \xE2\x80\x94 Tokayev flew to Moscow.", "He met Putin."}));
}

TEST(SplitSentencesTest, NonLatinSentences) {
  // "Токаев прибыл. Путин встретил его." -> two sentences.
  const std::string text =
      "\xD0\xA2\xD0\xBE\xD0\xBA\xD0\xB0\xD0\xB5\xD0\xB2 \xD0\xBF\xD1\x80\xD0\xB8\xD0\xB1\xD1\x8B\xD0\xBB. "
      "\xD0\x9F\xD1\x83\xD1\x82\xD0\xB8\xD0\xBD "
      "\xD0\xB2\xD1\x81\xD1\x82\xD1\x80\xD0\xB5\xD1\x82\xD0\xB8\xD0\xBB "
      "\xD0\xB5\xD0\xB3\xD0\xBE.";
  EXPECT_EQ(SentencesOf(text).size(), 2u);
  // A Cyrillic lower-case word after a full stop continues the sentence.
  EXPECT_EQ(SentencesOf("Done. \xD0\xB8 more.").size(), 1u);
}

TEST(SplitSentencesTest, AppendsToTheOutputVector) {
  const std::string_view text = "Ab cd. Ef gh.";
  std::vector<Token> tokens;
  Tokenize(text, &tokens);
  std::vector<Sentence> sentences(1);
  SplitSentences(text, tokens, &sentences);
  ASSERT_EQ(sentences.size(), 3u);
  EXPECT_EQ(sentences[1].end_token, 3u);
  EXPECT_EQ(sentences[2].first_token, 3u);
}

}  // namespace
}  // namespace dyad
