#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "dyad/text.h"

namespace dyad {
namespace {

std::vector<Token> TokensOf(std::string_view text) {
  std::vector<Token> tokens;
  Tokenize(text, &tokens);
  return tokens;
}

std::vector<std::string> TextsOf(std::string_view text) {
  std::vector<std::string> texts;
  for (const Token& token : TokensOf(text))
    texts.emplace_back(text.substr(token.start, token.end - token.start));
  return texts;
}

using Texts = std::vector<std::string>;

TEST(TokenizeTest, WordsAndPunctuationWithOffsets) {
  const std::string_view text = "Tokayev met Putin.";
  const std::vector<Token> tokens = TokensOf(text);
  ASSERT_EQ(tokens.size(), 4u);
  EXPECT_EQ(tokens[0].start, 0u);
  EXPECT_EQ(tokens[0].end, 7u);
  EXPECT_EQ(tokens[1].start, 8u);
  EXPECT_EQ(tokens[2].end, 17u);
  EXPECT_EQ(tokens[3].kind, TokenKind::kPunctuation);
  EXPECT_EQ(tokens[3].start, 17u);
  EXPECT_EQ(tokens[3].end, 18u);
  EXPECT_TRUE(tokens[0].capitalized);
  EXPECT_FALSE(tokens[1].capitalized);
  EXPECT_FALSE(tokens[0].all_caps);
}

// Runs of ASCII letters are read eight bytes at a time where eight remain: word ends, capitalisation and
// all-caps must come out the same for every length, case pattern and following byte, at any distance from
// the end of the text.
TEST(TokenizeTest, LetterRunsOfEveryLengthAndCase) {
  const std::string followers[] = {" ", ".", "-x", "'s", "\xC3\xA9", "1", "\n", "@", "[", "`", "{", ""};
  for (size_t length = 1; length <= 19; ++length) {
    for (int pattern = 0; pattern < 4; ++pattern) {  // lower, Capitalised, ALL CAPS, mIxEd
      std::string word;
      for (size_t k = 0; k < length; ++k) {
        const bool upper = pattern == 2 || (pattern == 1 && k == 0) || (pattern == 3 && k % 2 == 1);
        word.push_back(static_cast<char>((upper ? 'A' : 'a') + (k * 7) % 26));
      }
      for (const std::string& follower : followers) {
        for (const std::string& tail : {std::string(), std::string(" tail words here")}) {
          const std::string text = word + follower + tail;
          const std::vector<Token> tokens = TokensOf(text);
          ASSERT_FALSE(tokens.empty()) << text;
          const Token& first = tokens[0];
          // A hyphen before a letter, a non-ASCII letter and a digit continue the word; a one-letter word
          // keeps its period (an initial, "J.").
          const bool joins = follower == "-x" || follower == "\xC3\xA9" || follower == "1" ||
                             (follower == "." && length == 1);
          if (!joins) {
            EXPECT_EQ(first.end, length) << text;
          } else {
            EXPECT_EQ(first.end, length + follower.size()) << text;
          }
          EXPECT_EQ(first.capitalized, pattern == 1 || pattern == 2) << text;
          const bool all_caps = pattern == 2 && length >= 2 && follower != "-x" && follower != "\xC3\xA9";
          EXPECT_EQ(first.all_caps, all_caps) << text;
        }
      }
    }
  }
}

TEST(TokenizeTest, EmptyAndWhiteSpaceOnlyTextHaveNoTokens) {
  EXPECT_TRUE(TokensOf("").empty());
  EXPECT_TRUE(TokensOf(" \n\t\r ").empty());
}

TEST(TokenizeTest, AppendsWithoutClearing) {
  std::vector<Token> tokens;
  Tokenize("one two", &tokens);
  Tokenize("three", &tokens);
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_EQ(tokens[2].start, 0u);
  EXPECT_EQ(tokens[2].end, 5u);
}

TEST(TokenizeTest, AllCapsNeedsTwoUpperCaseLetters) {
  const std::vector<Token> tokens = TokensOf("NATO I US UN-backed Ukraine");
  ASSERT_EQ(tokens.size(), 5u);
  EXPECT_TRUE(tokens[0].all_caps);
  EXPECT_FALSE(tokens[1].all_caps);
  EXPECT_TRUE(tokens[1].capitalized);
  EXPECT_TRUE(tokens[2].all_caps);
  EXPECT_FALSE(tokens[3].all_caps);
  EXPECT_TRUE(tokens[3].capitalized);
  EXPECT_FALSE(tokens[4].all_caps);
}

TEST(TokenizeTest, InnerApostrophesHyphensAndPeriodsStayInside) {
  EXPECT_EQ(TextsOf("don't O'Brien al-Assad pro-Russian COVID-19 F-16 G20"),
            (Texts{"don't", "O'Brien", "al-Assad", "pro-Russian", "COVID-19", "F-16", "G20"}));
  EXPECT_EQ(TextsOf("don\xE2\x80\x99t"), (Texts{"don\xE2\x80\x99t"}));
}

TEST(TokenizeTest, TrailingHyphenAndDashesAreSeparate) {
  EXPECT_EQ(TextsOf("pre- and post-war -- talks \xE2\x80\x94 end"),
            (Texts{"pre", "-", "and", "post-war", "-", "-", "talks", "\xE2\x80\x94", "end"}));
}

TEST(TokenizeTest, AbbreviationsKeepTheirPeriods) {
  EXPECT_EQ(TextsOf("the U.S. and U.N. met"), (Texts{"the", "U.S.", "and", "U.N.", "met"}));
  EXPECT_EQ(TextsOf("J. R. Smith at 9 a.m. e.g. this"),
            (Texts{"J.", "R.", "Smith", "at", "9", "a.m.", "e.g.", "this"}));
  EXPECT_EQ(TextsOf("U.S.-backed forces"), (Texts{"U.S.-backed", "forces"}));
  const std::vector<Token> tokens = TokensOf("U.S.");
  ASSERT_EQ(tokens.size(), 1u);
  EXPECT_TRUE(tokens[0].all_caps);
}

TEST(TokenizeTest, SentencePeriodIsNotPartOfAWord) {
  EXPECT_EQ(TextsOf("Mr. Smith left. He said so."),
            (Texts{"Mr", ".", "Smith", "left", ".", "He", "said", "so", "."}));
  EXPECT_EQ(TextsOf("Ph.D. holder"), (Texts{"Ph.D.", "holder"}));
  EXPECT_EQ(TextsOf("kazinform.kz."), (Texts{"kazinform.kz", "."}));
}

TEST(TokenizeTest, Numbers) {
  const std::string_view text = "1,200 troops, 3.5 percent, on 2019-07-02 at 10:30 in the 1990s, 21st.";
  EXPECT_EQ(TextsOf(text), (Texts{"1,200", "troops", ",", "3.5", "percent", ",", "on", "2019-07-02", "at",
                                  "10:30", "in", "the", "1990s", ",", "21st", "."}));
  const std::vector<Token> tokens = TokensOf("1,200 troops");
  EXPECT_EQ(tokens[0].kind, TokenKind::kNumber);
  EXPECT_FALSE(tokens[0].capitalized);
  EXPECT_EQ(tokens[1].kind, TokenKind::kWord);
}

TEST(TokenizeTest, SeparatorsOutsideNumbersAreSeparateTokens) {
  EXPECT_EQ(TextsOf("5, 6. 20-year-old $7 5%"),
            (Texts{"5", ",", "6", ".", "20", "-", "year-old", "$", "7", "5", "%"}));
}

TEST(TokenizeTest, PossessiveIsItsOwnToken) {
  EXPECT_EQ(TextsOf("Tokayev's visit"), (Texts{"Tokayev", "'s", "visit"}));
  EXPECT_EQ(TextsOf("Tokayev\xE2\x80\x99s visit"), (Texts{"Tokayev", "\xE2\x80\x99s", "visit"}));
  EXPECT_EQ(TextsOf("NATO's, the 1990's"), (Texts{"NATO", "'s", ",", "the", "1990", "'s"}));
  EXPECT_EQ(TextsOf("Kazakhstan's."), (Texts{"Kazakhstan", "'s", "."}));
  const std::vector<Token> tokens = TokensOf("Tokayev's");
  ASSERT_EQ(tokens.size(), 2u);
  EXPECT_EQ(tokens[1].kind, TokenKind::kWord);
  EXPECT_FALSE(tokens[1].capitalized);
}

TEST(TokenizeTest, ApostropheNotFollowedByPossessiveIsPunctuation) {
  EXPECT_EQ(TextsOf("protesters' demands 'quoted' 'send"),
            (Texts{"protesters", "'", "demands", "'", "quoted", "'", "'", "send"}));
  EXPECT_EQ(TextsOf("it's Sam's"), (Texts{"it", "'s", "Sam", "'s"}));
  EXPECT_EQ(TextsOf("the sword's edge"), (Texts{"the", "sword", "'s", "edge"}));
  EXPECT_EQ(TextsOf("'s alone"), (Texts{"'", "s", "alone"}));
}

TEST(TokenizeTest, NonAsciiLettersFormWords) {
  // Cyrillic "Токаев встретился с Путиным." and Kazakh "Қасым-Жомарт".
  const std::string_view text =
      "\xD0\xA2\xD0\xBE\xD0\xBA\xD0\xB0\xD0\xB5\xD0\xB2 "
      "\xD0\xB2\xD1\x81\xD1\x82\xD1\x80\xD0\xB5\xD1\x82\xD0\xB8\xD0"
      "\xBB\xD1\x81\xD1\x8F \xD1\x81 \xD0\x9F\xD1\x83\xD1\x82\xD0\xB8\xD0\xBD\xD1\x8B\xD0\xBC. "
      "\xD2\x9A\xD0\xB0\xD1\x81\xD1\x8B\xD0\xBC-\xD0\x96\xD0\xBE\xD0\xBC\xD0\xB0\xD1\x80\xD1\x82";
  const std::vector<Token> tokens = TokensOf(text);
  ASSERT_EQ(tokens.size(), 6u);
  EXPECT_EQ(text.substr(tokens[0].start, tokens[0].end - tokens[0].start),
            "\xD0\xA2\xD0\xBE\xD0\xBA\xD0\xB0\xD0\xB5\xD0\xB2");
  EXPECT_TRUE(tokens[0].capitalized);
  EXPECT_FALSE(tokens[1].capitalized);
  EXPECT_EQ(tokens[4].kind, TokenKind::kPunctuation);
  EXPECT_EQ(tokens[5].kind, TokenKind::kWord);
  EXPECT_TRUE(tokens[5].capitalized);
  EXPECT_EQ(tokens[5].end, text.size());
}

TEST(TokenizeTest, CombiningMarksStayInTheWord) {
  // "Jose" + COMBINING ACUTE ACCENT (not normalised) stays one word.
  EXPECT_EQ(TextsOf("Jose\xCC\x81 said"), (Texts{"Jose\xCC\x81", "said"}));
}

TEST(TokenizeTest, MultiBytePunctuationIsOneToken) {
  EXPECT_EQ(TextsOf("\xE2\x80\x9CPeace\xE2\x80\x9D \xC2\xAB"
                    "war\xC2\xBB\xE2\x80\xA6"),
            (Texts{"\xE2\x80\x9C", "Peace", "\xE2\x80\x9D", "\xC2\xAB", "war", "\xC2\xBB", "\xE2\x80\xA6"}));
}

TEST(TokenizeTest, UnicodeSpacesSeparateAndControlCharactersAreSkipped) {
  EXPECT_EQ(TextsOf("a\xC2\xA0"
                    "b\x01"
                    "c\xE3\x80\x80"
                    "d"),
            (Texts{"a", "b", "c", "d"}));
}

TEST(TokenizeTest, IllFormedBytesBecomePunctuationWithoutOverrun) {
  const std::string text =
      "ab\xFF"
      "cd\xE2\x80";
  const std::vector<Token> tokens = TokensOf(text);
  ASSERT_EQ(tokens.size(), 4u);
  EXPECT_EQ(tokens[1].kind, TokenKind::kPunctuation);
  EXPECT_EQ(tokens[1].end - tokens[1].start, 1u);
  EXPECT_EQ(tokens[3].start, 5u);
  EXPECT_EQ(tokens[3].end, 7u);
}

}  // namespace
}  // namespace dyad
