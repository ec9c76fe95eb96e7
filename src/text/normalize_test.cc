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

// Mojibake is UTF-8 read as Windows-1252 and written out again. The test strings are built from that
// definition (each byte of the UTF-8 form becomes the Windows-1252 character for it) rather than typed.
std::string AsMojibake(const std::string& utf8) {
  static const char* const kHigh[32] = {
      "\u20AC",   "\xC2\x81", "\u201A", "\u0192", "\u201E", "\u2026",   "\u2020", "\u2021",
      "\u02C6",   "\u2030",   "\u0160", "\u2039", "\u0152", "\xC2\x8D", "\u017D", "\xC2\x8F",
      "\xC2\x90", "\u2018",   "\u2019", "\u201C", "\u201D", "\u2022",   "\u2013", "\u2014",
      "\u02DC",   "\u2122",   "\u0161", "\u203A", "\u0153", "\xC2\x9D", "\u017E", "\u0178"};
  std::string out;
  for (unsigned char byte : utf8) {
    if (byte < 0x80) {
      out.push_back(static_cast<char>(byte));
    } else if (byte < 0xA0) {
      out += kHigh[byte - 0x80];
    } else {  // Latin-1: U+00A0..U+00FF
      out.push_back(static_cast<char>(0xC0 | (byte >> 6)));
      out.push_back(static_cast<char>(0x80 | (byte & 0x3F)));
    }
  }
  return out;
}

TEST(NormalizeTextTest, RepairsMojibake) {
  for (const std::string clean :
       {"the police\u2019s firing", "\u201CWe will not go back,\u201D he said",
        "Jos\u00E9 Mar\u00EDa A\u00E7ores \u2014 the \u20AC5 deal", "\u0130stanbul",
        "Sch\u00F6n \u00DF \u2013 \u00C9lys\u00E9e", "\u4E2D\u56FD", "a \U0001F600 b"}) {
    EXPECT_EQ(Normalize(AsMojibake(clean)), Normalize(clean)) << clean;
    EXPECT_EQ(Normalize(AsMojibake(AsMojibake(clean))), Normalize(clean)) << "double-encoded " << clean;
  }
  // Windows-1252 has no character for 0x9D: decoders write U+FFFD, and "â€" + U+FFFD is a right double quote.
  EXPECT_EQ(Normalize("\u00E2\u20AC\u0153yes\u00E2\u20AC\uFFFD"), "\u201Cyes\u201D");
  // A no-break space whose second byte became a space or was lost leaves "Â" glued to a word.
  EXPECT_EQ(Normalize("one dead in a clash\u00C2 next story"), "one dead in a clash  next story");
  EXPECT_EQ(Normalize("clash\u00C2"), "clash ");
  EXPECT_EQ(Normalize("stories\u00C2\u00A0board"), "stories board");
}

TEST(NormalizeTextTest, LeavesTextThatOnlyLooksLikeMojibake) {
  for (const std::string text : {"\u00C2me and \u00C2ncora", "caf\u00E9 \u2014 na\u00EFve", "\u00C3 la carte",
                                 "d\u00E9j\u00E0 vu \u00AB oui \u00BB", "\u00C3"}) {
    EXPECT_EQ(Normalize(text), text);
  }
  // A lone "Â" before no letter or digit is a no-break space's lead byte, whatever precedes it.
  EXPECT_EQ(Normalize("\u00C2"), " ");
  EXPECT_EQ(Normalize("\u00C2 7"), "  7");
}

}  // namespace
}  // namespace dyad
