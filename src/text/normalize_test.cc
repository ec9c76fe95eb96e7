#include <gtest/gtest.h>

#include <string>

#include "dyad/text.h"

namespace dyad {
namespace {

std::string Normalize(const std::string& text) {
  Result<std::string> result = NormalizeText(text);
  EXPECT_TRUE(result.ok()) << result.status().ToString();
  return result.ok() ? *result : std::string();
}

TEST(NormalizeTextTest, AsciiWithoutCarriageReturnIsUnchanged) {
  EXPECT_EQ(Normalize("President Tokayev met Putin.\n\nNext."), "President Tokayev met Putin.\n\nNext.");
  EXPECT_EQ(Normalize(""), "");
}

TEST(NormalizeTextTest, CarriageReturnsBecomeLineFeeds) {
  EXPECT_EQ(Normalize("one\r\ntwo\rthree\r\n\r\nfour"), "one\ntwo\nthree\n\nfour");
}

// The ASCII fast path reads eight bytes at a time: a carriage return or a decomposed letter in any position
// of a word, or in the tail after the last whole word, must still be seen.
TEST(NormalizeTextTest, CarriageReturnAndNonAsciiAreSeenAtEveryOffset) {
  for (size_t before = 0; before < 20; ++before) {
    for (size_t after = 0; after < 10; ++after) {
      const std::string head(before, 'a'), tail(after, 'b');
      EXPECT_EQ(Normalize(head + "\r\n" + tail), head + "\n" + tail) << before << " " << after;
      EXPECT_EQ(Normalize(head + "\r" + tail), head + "\n" + tail) << before << " " << after;
      EXPECT_EQ(Normalize(head + "e\xCC\x81" + tail), head + "\xC3\xA9" + tail) << before << " " << after;
      EXPECT_EQ(Normalize(head + "\xC2\xA0" + tail), head + " " + tail) << before << " " << after;
    }
  }
}

TEST(NormalizeTextTest, ComposesToNfc) {
  // e + COMBINING ACUTE -> U+00E9; A + COMBINING RING -> U+00C5; Angstrom sign U+212B -> U+00C5.
  EXPECT_EQ(Normalize("Cafe\xCC\x81"), "Caf\xC3\xA9");
  EXPECT_EQ(Normalize("A\xCC\x8A \xE2\x84\xAB"), "\xC3\x85 \xC3\x85");
  // Already composed text is returned as is.
  EXPECT_EQ(
      Normalize("Zelenskyy \xD0\x97\xD0\xB5\xD0\xBB\xD0\xB5\xD0\xBD\xD1\x81\xD1\x8C\xD0\xBA\xD0\xB8\xD0\xB9"),
      "Zelenskyy \xD0\x97\xD0\xB5\xD0\xBB\xD0\xB5\xD0\xBD\xD1\x81\xD1\x8C\xD0\xBA\xD0\xB8\xD0\xB9");
}

TEST(NormalizeTextTest, UnicodeSpacesBecomeAsciiSpaces) {
  EXPECT_EQ(Normalize("10\xC2\xA0km"), "10 km");  // NBSP
  EXPECT_EQ(Normalize("a\xE2\x80\x80"
                      "b\xE2\x80\x8A"
                      "c"),
            "a b c");  // U+2000, U+200A
  EXPECT_EQ(Normalize("a\xE2\x80\xAF"
                      "b\xE2\x81\x9F"
                      "c\xE3\x80\x80"
                      "d"),
            "a b c d");  // U+202F, U+205F, U+3000
}

TEST(NormalizeTextTest, SoftHyphensAndZeroWidthCharactersAreDropped) {
  EXPECT_EQ(Normalize("nego\xC2\xADtiations"), "negotiations");
  EXPECT_EQ(Normalize("\xEF\xBB\xBFTokayev\xE2\x80\x8B said\xE2\x80\x8C\xE2\x80\x8D"), "Tokayev said");
}

TEST(NormalizeTextTest, DroppingASoftHyphenLetsAMarkCompose) {
  EXPECT_EQ(Normalize("e\xC2\xAD\xCC\x81"), "\xC3\xA9");
}

TEST(NormalizeTextTest, CurlyQuotesAndDashesAreKept) {
  EXPECT_EQ(Normalize("\xE2\x80\x9CYes\xE2\x80\x9D \xE2\x80\x94 it\xE2\x80\x99s"),
            "\xE2\x80\x9CYes\xE2\x80\x9D \xE2\x80\x94 it\xE2\x80\x99s");
}

TEST(NormalizeTextTest, ParagraphSeparatorBecomesBlankLine) {
  EXPECT_EQ(Normalize("One.\xE2\x80\xA9Two.\xE2\x80\xA8Three."), "One.\n\nTwo.\nThree.");
}

TEST(NormalizeTextTest, InvalidUtf8IsRejectedWithItsOffset) {
  Result<std::string> result = NormalizeText("abc\xE2\x80");
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(result.status().message().find("byte offset 3"), std::string::npos) << result.status().message();
  Result<std::string> surrogate = NormalizeText("ok \xED\xA0\x80");
  ASSERT_FALSE(surrogate.ok());
  EXPECT_NE(surrogate.status().message().find("byte offset 3"), std::string::npos);
}

}  // namespace
}  // namespace dyad
