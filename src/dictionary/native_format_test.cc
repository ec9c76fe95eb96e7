// Tests for the native dictionary format parser: every grammar rule and every error message.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "dyad/dictionary.h"
#include "dyad/dictionary_formats.h"

namespace dyad {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

struct Parsed {
  DictionarySource source;
  std::vector<Status> errors;
};

Parsed Parse(std::string_view text, std::string_view file = "t.txt") {
  Parsed parsed;
  ParseNativeDictionary(file, text, &parsed.source, &parsed.errors);
  return parsed;
}

// Parses a one-line file that must fail, and returns its single error message.
std::string ErrorOf(std::string_view line) {
  Parsed parsed = Parse(line);
  EXPECT_TRUE(parsed.source.entries.empty()) << line;
  if (parsed.errors.size() != 1) {
    ADD_FAILURE() << "expected one error for: " << line << ", got " << parsed.errors.size();
    return "";
  }
  EXPECT_EQ(parsed.errors[0].code(), StatusCode::kInvalidArgument);
  return parsed.errors[0].message();
}

TEST(EntryKindNameTest, NamesEveryKind) {
  EXPECT_STREQ(EntryKindName(EntryKind::kCountry), "country");
  EXPECT_STREQ(EntryKindName(EntryKind::kActor), "actor");
  EXPECT_STREQ(EntryKindName(EntryKind::kAgent), "agent");
  EXPECT_STREQ(EntryKindName(EntryKind::kVerb), "verb");
  EXPECT_STREQ(EntryKindName(EntryKind::kDiscard), "discard");
  EXPECT_STREQ(EntryKindName(EntryKind::kCameo), "cameo");
}

TEST(NativeFormatTest, ParsesEveryKind) {
  Parsed parsed = Parse(
      "country KAZ : Kazakhstan | Kazakh | Kazakhstani\n"
      "actor KAZGOV country=KAZ sectors=GOV,MIL from=2019-03-23 to=2022-09-17 : Nur-Sultan\n"
      "agent COP : police | riot police\n"
      "verb 040 : consult | hold talks with +\n"
      "discard - : football match\n"
      "cameo 040 goldstein=1.0 : Consult, not specified below\n");
  ASSERT_TRUE(parsed.errors.empty()) << parsed.errors[0].message();
  const auto& e = parsed.source.entries;
  ASSERT_EQ(e.size(), 6u);

  EXPECT_EQ(e[0].kind, EntryKind::kCountry);
  EXPECT_EQ(e[0].code, "KAZ");
  EXPECT_EQ(e[0].country, "KAZ");  // a country's own code is implied
  EXPECT_THAT(e[0].phrases, ElementsAre("Kazakhstan", "Kazakh", "Kazakhstani"));
  EXPECT_EQ(e[0].file, "t.txt");
  EXPECT_EQ(e[0].line, 1u);

  EXPECT_EQ(e[1].kind, EntryKind::kActor);
  EXPECT_EQ(e[1].code, "KAZGOV");
  EXPECT_EQ(e[1].country, "KAZ");
  EXPECT_THAT(e[1].sectors, ElementsAre("GOV", "MIL"));
  EXPECT_EQ(e[1].valid_from, "2019-03-23");
  EXPECT_EQ(e[1].valid_to, "2022-09-17");
  EXPECT_THAT(e[1].phrases, ElementsAre("Nur-Sultan"));

  EXPECT_EQ(e[2].kind, EntryKind::kAgent);
  EXPECT_EQ(e[2].country, "");
  EXPECT_THAT(e[2].phrases, ElementsAre("police", "riot police"));

  EXPECT_EQ(e[3].kind, EntryKind::kVerb);
  EXPECT_EQ(e[3].code, "040");
  EXPECT_THAT(e[3].phrases, ElementsAre("consult", "hold talks with +"));

  EXPECT_EQ(e[4].kind, EntryKind::kDiscard);
  EXPECT_EQ(e[4].code, "-");
  EXPECT_THAT(e[4].phrases, ElementsAre("football match"));

  EXPECT_EQ(e[5].kind, EntryKind::kCameo);
  EXPECT_DOUBLE_EQ(e[5].goldstein, 1.0);
  EXPECT_THAT(e[5].phrases, ElementsAre("Consult, not specified below"));
  EXPECT_EQ(e[5].line, 6u);
}

TEST(NativeFormatTest, TrimsPhrasesAndAcceptsTabsAndLooseBars) {
  Parsed parsed = Parse("\t actor  USAGOV\tcountry=USA   :   White House|Washington  |\tOval Office \t\n");
  ASSERT_TRUE(parsed.errors.empty()) << parsed.errors[0].message();
  ASSERT_EQ(parsed.source.entries.size(), 1u);
  EXPECT_THAT(parsed.source.entries[0].phrases, ElementsAre("White House", "Washington", "Oval Office"));
}

TEST(NativeFormatTest, CommentsBlankLinesAndEscapedHash) {
  Parsed parsed = Parse(
      "# a whole-line comment\n"
      "\n"
      "   \t  \n"
      "actor ABCXYZ : Channel \\#5 | Plain   # trailing comment | not a phrase\n"
      "actor ABCXYZ : a\\#b\\#c\n"
      "actor ABCXYZ : back\\slash # kept\n");
  ASSERT_TRUE(parsed.errors.empty()) << parsed.errors[0].message();
  ASSERT_EQ(parsed.source.entries.size(), 3u);
  EXPECT_THAT(parsed.source.entries[0].phrases, ElementsAre("Channel #5", "Plain"));
  EXPECT_EQ(parsed.source.entries[0].line, 4u);
  EXPECT_THAT(parsed.source.entries[1].phrases, ElementsAre("a#b#c"));
  EXPECT_THAT(parsed.source.entries[2].phrases, ElementsAre("back\\slash"));
}

TEST(NativeFormatTest, AcceptsCrlfAndBom) {
  Parsed parsed = Parse(
      "\xEF\xBB\xBF"
      "country FRA : France | French\r\n# c\r\ncountry DEU : Germany\r\n");
  ASSERT_TRUE(parsed.errors.empty()) << parsed.errors[0].message();
  ASSERT_EQ(parsed.source.entries.size(), 2u);
  EXPECT_EQ(parsed.source.entries[0].code, "FRA");
  EXPECT_THAT(parsed.source.entries[0].phrases, ElementsAre("France", "French"));
  EXPECT_THAT(parsed.source.entries[1].phrases, ElementsAre("Germany"));
  EXPECT_EQ(parsed.source.entries[1].line, 3u);
}

TEST(NativeFormatTest, AcceptsUtf8PhrasesAndLastLineWithoutNewline) {
  Parsed parsed = Parse("actor FRAGOV country=FRA sectors=GOV : Élysée | Елисейский дворец");
  ASSERT_TRUE(parsed.errors.empty()) << parsed.errors[0].message();
  ASSERT_EQ(parsed.source.entries.size(), 1u);
  EXPECT_THAT(parsed.source.entries[0].phrases, ElementsAre("Élysée", "Елисейский дворец"));
}

TEST(NativeFormatTest, ColonInsidePhrasesIsKept) {
  Parsed parsed = Parse("cameo 0214 goldstein=-2 : Make statement: other\n");
  ASSERT_TRUE(parsed.errors.empty()) << parsed.errors[0].message();
  EXPECT_THAT(parsed.source.entries[0].phrases, ElementsAre("Make statement: other"));
  EXPECT_DOUBLE_EQ(parsed.source.entries[0].goldstein, -2.0);
}

TEST(NativeFormatTest, CountryAcceptsFromAndTo) {
  Parsed parsed = Parse("country SUN from=1922-12-30 to=1991-12-26 : Soviet Union | USSR\n");
  ASSERT_TRUE(parsed.errors.empty()) << parsed.errors[0].message();
  EXPECT_EQ(parsed.source.entries[0].valid_from, "1922-12-30");
  EXPECT_EQ(parsed.source.entries[0].valid_to, "1991-12-26");
}

TEST(NativeFormatTest, ActorsCarryTheirOffice) {
  Parsed parsed = Parse(
      "actor KAZGOV country=KAZ sectors=GOV office=HOS from=2019-03-20 : Tokayev # approx\n"
      "actor KAZELI country=KAZ sectors=ELI from=2022-01-06 : Nazarbayev\n"
      "actor IGOUNO sectors=IGO from=2017-01-01 office=UNSG : Guterres\n");
  ASSERT_TRUE(parsed.errors.empty()) << parsed.errors[0].message();
  ASSERT_EQ(parsed.source.entries.size(), 3u);
  EXPECT_EQ(parsed.source.entries[0].office, "HOS");
  EXPECT_EQ(parsed.source.entries[0].valid_from, "2019-03-20");
  EXPECT_EQ(parsed.source.entries[1].office, "");
  EXPECT_EQ(parsed.source.entries[2].office, "UNSG");
}

TEST(NativeFormatErrorTest, OfficeAttribute) {
  EXPECT_EQ(ErrorOf("actor KAZGOV office=hos : x"),
            "t.txt:1: bad office=hos: expected an office code in upper-case letters and digits (e.g. HOS)");
  EXPECT_EQ(ErrorOf("actor KAZGOV office=HOS office=HOG : x"), "t.txt:1: attribute 'office' given twice");
  EXPECT_EQ(ErrorOf("actor KAZGOV office= : x"), "t.txt:1: attribute 'office' has an empty value");
  EXPECT_EQ(ErrorOf("country KAZ office=HOS : x"),
            "t.txt:1: attribute 'office' is not allowed for kind 'country'");
  EXPECT_EQ(ErrorOf("agent GOV office=HOS : minister"),
            "t.txt:1: attribute 'office' is not allowed for kind 'agent'");
  // A misspelt key is still an unknown attribute, reported with file and line among good lines.
  Parsed parsed = Parse("actor A1 office=FM : x\nactor A2 offce=FM : y\n", "people.txt");
  ASSERT_EQ(parsed.errors.size(), 1u);
  EXPECT_THAT(parsed.errors[0].message(), HasSubstr("people.txt:2: unknown attribute 'offce'"));
  ASSERT_EQ(parsed.source.entries.size(), 1u);
  EXPECT_EQ(parsed.source.entries[0].office, "FM");
}

TEST(NativeFormatTest, VerbsCarryTheirPairedCode) {
  Parsed parsed = Parse("verb 042 paired=043 : travel to +\nverb 040 : consult\n");
  ASSERT_TRUE(parsed.errors.empty()) << parsed.errors[0].message();
  ASSERT_EQ(parsed.source.entries.size(), 2u);
  EXPECT_EQ(parsed.source.entries[0].paired_code, "043");
  EXPECT_EQ(parsed.source.entries[1].paired_code, "");
  // Written back by the converter's writer.
  EXPECT_THAT(WriteNativeDictionary(parsed.source), HasSubstr("verb 042 paired=043 : travel to +\n"));
}

// An agent whose code goes before the country ("[NGM~]" in TABARI): read, defaulted, and written back.
TEST(NativeFormatTest, AgentsCarryWhereTheirCodeGoes) {
  Parsed parsed = Parse(
      "agent NGM compose=before : rights activists\nagent COP compose=after : police\n"
      "agent MIL : army\n");
  ASSERT_TRUE(parsed.errors.empty()) << parsed.errors[0].message();
  ASSERT_EQ(parsed.source.entries.size(), 3u);
  EXPECT_EQ(parsed.source.entries[0].agent_placement, AgentPlacement::kBeforeCountry);
  EXPECT_EQ(parsed.source.entries[1].agent_placement, AgentPlacement::kAfterCountry);
  EXPECT_EQ(parsed.source.entries[2].agent_placement, AgentPlacement::kAfterCountry);
  const std::string written = WriteNativeDictionary(parsed.source);
  EXPECT_THAT(written, HasSubstr("agent NGM compose=before : rights activists\n"));
  EXPECT_THAT(written, HasSubstr("agent COP : police\n"));  // the default is not written
  Parsed again = Parse(written);
  ASSERT_TRUE(again.errors.empty()) << again.errors[0].message();
  ASSERT_EQ(again.source.entries.size(), 3u);
  EXPECT_EQ(again.source.entries[0].agent_placement, AgentPlacement::kBeforeCountry);
  EXPECT_EQ(again.source.entries[1].agent_placement, AgentPlacement::kAfterCountry);
}

TEST(NativeFormatErrorTest, ComposeAttribute) {
  EXPECT_EQ(ErrorOf("agent NGM compose=first : rights activists"),
            "t.txt:1: bad compose=first: expected before or after (where the agent's code goes)");
  EXPECT_EQ(ErrorOf("actor KAZGOV compose=before : x"),
            "t.txt:1: attribute 'compose' is not allowed for kind 'actor'");
  EXPECT_EQ(ErrorOf("country KAZ compose=before : Kazakhstan"),
            "t.txt:1: attribute 'compose' is not allowed for kind 'country'");
}

TEST(NativeFormatErrorTest, PairedAttribute) {
  EXPECT_EQ(ErrorOf("verb 042 paired=43a : travel"),
            "t.txt:1: bad paired=43a: expected a CAMEO code of 2 to 4 digits (e.g. 033)");
  EXPECT_EQ(ErrorOf("actor KAZGOV paired=043 : x"),
            "t.txt:1: attribute 'paired' is not allowed for kind 'actor'");
}

TEST(NativeFormatTest, OpenEndedAndSameDayPeriods) {
  Parsed parsed = Parse(
      "actor A1 from=2020-01-01 : x\n"
      "actor A2 to=2020-01-01 : y\n"
      "actor A3 from=2020-02-29 to=2020-02-29 : z\n");
  ASSERT_TRUE(parsed.errors.empty()) << parsed.errors[0].message();
  ASSERT_EQ(parsed.source.entries.size(), 3u);
  EXPECT_EQ(parsed.source.entries[0].valid_to, "");
  EXPECT_EQ(parsed.source.entries[1].valid_from, "");
}

TEST(NativeFormatTest, VerbPatternsWithSlotsAndOptionalWords) {
  Parsed parsed = Parse(
      "verb 0211 : appeal to + for (economic) aid\n"
      "verb 111 : $ (sharply) criticize +\n"
      "verb 042 : (to be) visit +\n"
      "verb 057 : sign (a) trade_deal with +\n");  // '_': no word between "trade" and "deal"
  ASSERT_TRUE(parsed.errors.empty()) << parsed.errors[0].message();
  ASSERT_EQ(parsed.source.entries.size(), 4u);
}

TEST(NativeFormatTest, GoldsteinBoundsAndForms) {
  Parsed parsed = Parse(
      "cameo 20 goldstein=-10 : a\n"
      "cameo 05 goldstein=10.0 : b\n"
      "cameo 010 goldstein=0 : c\n"
      "cameo 0231 goldstein=3.4 : d\n");
  ASSERT_TRUE(parsed.errors.empty()) << parsed.errors[0].message();
  ASSERT_EQ(parsed.source.entries.size(), 4u);
  EXPECT_DOUBLE_EQ(parsed.source.entries[0].goldstein, -10.0);
  EXPECT_DOUBLE_EQ(parsed.source.entries[3].goldstein, 3.4);
}

// ---- errors: one line each, message checked exactly ----

TEST(NativeFormatErrorTest, UnknownKind) {
  EXPECT_EQ(ErrorOf("person USAGOV : Pompeo"),
            "t.txt:1: unknown kind 'person' (expected country, actor, agent, verb, discard or cameo)");
  EXPECT_THAT(ErrorOf("Country FRA : France"), HasSubstr("unknown kind 'Country'"));
}

TEST(NativeFormatErrorTest, MissingSeparator) {
  EXPECT_EQ(ErrorOf("country FRA France"), "t.txt:1: missing ' : ' between the header and the phrases");
  EXPECT_EQ(ErrorOf("country FRA: France"), "t.txt:1: missing ' : ' between the header and the phrases");
  EXPECT_EQ(ErrorOf("country FRA :France"), "t.txt:1: missing ' : ' between the header and the phrases");
}

TEST(NativeFormatErrorTest, MissingCodeOrPhrases) {
  EXPECT_EQ(ErrorOf("actor : x"), "t.txt:1: missing CODE after 'actor'");
  EXPECT_EQ(ErrorOf("actor ABC :"), "t.txt:1: no phrases after ' : '");
  EXPECT_EQ(ErrorOf("actor ABC :   # only a comment"), "t.txt:1: no phrases after ' : '");
}

TEST(NativeFormatErrorTest, BadCodes) {
  EXPECT_EQ(ErrorOf("actor kazGOV : x"),
            "t.txt:1: bad code 'kazGOV': codes are upper-case letters and digits");
  EXPECT_THAT(ErrorOf("agent CO-P : x"), HasSubstr("bad code 'CO-P'"));
  EXPECT_EQ(ErrorOf("country KA : x"),
            "t.txt:1: bad country code 'KA': expected an ISO 3166-1 alpha-3 code (3 upper-case letters)");
  EXPECT_THAT(ErrorOf("country KAZ1 : x"), HasSubstr("bad country code 'KAZ1'"));
  EXPECT_THAT(ErrorOf("country kaz : x"), HasSubstr("bad country code 'kaz'"));
  EXPECT_EQ(ErrorOf("verb 04A : consult"), "t.txt:1: bad CAMEO code '04A': expected 2 to 4 digits");
  EXPECT_THAT(ErrorOf("cameo 01234 goldstein=1 : x"), HasSubstr("bad CAMEO code '01234'"));
  EXPECT_THAT(ErrorOf("verb 4 : consult"), HasSubstr("bad CAMEO code '4'"));
  EXPECT_EQ(ErrorOf("discard X : football"), "t.txt:1: a discard entry's code must be '-', got 'X'");
}

TEST(NativeFormatTest, CameoEntriesCarryThePloverMapping) {
  DictionarySource source;
  std::vector<Status> errors;
  ParseNativeDictionary(
      "t.txt", "cameo 1124 goldstein=-2 plover=ACCUSE mode=allege context=military,legal : War crimes\n",
      &source, &errors);
  ASSERT_TRUE(errors.empty()) << errors[0].message();
  ASSERT_EQ(source.entries.size(), 1u);
  EXPECT_EQ(source.entries[0].plover_event, "ACCUSE");
  EXPECT_EQ(source.entries[0].plover_mode, "allege");
  EXPECT_EQ(source.entries[0].plover_contexts, (std::vector<std::string>{"military", "legal"}));
}

TEST(NativeFormatErrorTest, PloverAttributes) {
  EXPECT_EQ(ErrorOf("cameo 040 goldstein=1 plover=consult : Consult"),
            "t.txt:1: bad plover=consult: expected a PLOVER event in upper case (e.g. CONSULT)");
  EXPECT_EQ(ErrorOf("cameo 040 goldstein=1 context=military,,legal : Consult"),
            "t.txt:1: bad context '': expected lower-case PLOVER contexts separated by ','");
  EXPECT_EQ(ErrorOf("actor ABC plover=CONSULT : x"),
            "t.txt:1: attribute 'plover' is not allowed for kind 'actor'");
}

TEST(NativeFormatErrorTest, AttributeSyntax) {
  EXPECT_EQ(ErrorOf("actor ABC GOV : x"), "t.txt:1: expected KEY=VALUE or ' : ' after the code, got 'GOV'");
  EXPECT_EQ(ErrorOf("actor ABC colour=red : x"),
            "t.txt:1: unknown attribute 'colour' (expected country, sectors, from, to, office, paired, "
            "compose, goldstein, "
            "plover, mode or context)");
  EXPECT_EQ(ErrorOf("actor ABC from=2020-01-01 from=2021-01-01 : x"),
            "t.txt:1: attribute 'from' given twice");
  EXPECT_EQ(ErrorOf("actor ABC country= : x"), "t.txt:1: attribute 'country' has an empty value");
  EXPECT_EQ(ErrorOf("actor ABC country=Kaz : x"),
            "t.txt:1: bad country=Kaz: expected an ISO 3166-1 alpha-3 code (3 upper-case letters)");
  EXPECT_EQ(
      ErrorOf("actor ABC sectors=GOV,,MIL : x"),
      "t.txt:1: bad sector code '' in sectors=: expected upper-case letters and digits separated by ','");
  EXPECT_THAT(ErrorOf("actor ABC sectors=gov : x"), HasSubstr("bad sector code 'gov'"));
}

TEST(NativeFormatErrorTest, AttributeNotAllowedForKind) {
  EXPECT_EQ(ErrorOf("actor USAGOV goldstein=1 : x"),
            "t.txt:1: attribute 'goldstein' is not allowed for kind 'actor'");
  EXPECT_EQ(ErrorOf("verb 040 country=USA : consult"),
            "t.txt:1: attribute 'country' is not allowed for kind 'verb'");
  EXPECT_THAT(ErrorOf("verb 040 from=2020-01-01 : consult"),
              HasSubstr("'from' is not allowed for kind 'verb'"));
  EXPECT_THAT(ErrorOf("country KAZ country=KAZ : x"),
              HasSubstr("'country' is not allowed for kind 'country'"));
  EXPECT_THAT(ErrorOf("country KAZ sectors=GOV : x"),
              HasSubstr("'sectors' is not allowed for kind 'country'"));
  EXPECT_THAT(ErrorOf("agent COP country=KAZ : police"),
              HasSubstr("'country' is not allowed for kind 'agent'"));
  EXPECT_THAT(ErrorOf("discard - goldstein=1 : x"),
              HasSubstr("'goldstein' is not allowed for kind 'discard'"));
  EXPECT_THAT(ErrorOf("cameo 040 goldstein=1 to=2020-01-01 : x"),
              HasSubstr("'to' is not allowed for kind 'cameo'"));
}

TEST(NativeFormatErrorTest, BadDates) {
  EXPECT_EQ(ErrorOf("actor ABC from=2021-02-29 : x"),
            "t.txt:1: bad date from=2021-02-29: expected a real calendar date YYYY-MM-DD");
  EXPECT_THAT(ErrorOf("actor ABC to=1900-02-29 : x"),
              HasSubstr("bad date to=1900-02-29"));  // not a leap year
  EXPECT_THAT(ErrorOf("actor ABC to=2020-13-01 : x"), HasSubstr("bad date to=2020-13-01"));
  EXPECT_THAT(ErrorOf("actor ABC to=2020-04-31 : x"), HasSubstr("bad date"));
  EXPECT_THAT(ErrorOf("actor ABC to=2020-00-10 : x"), HasSubstr("bad date"));
  EXPECT_THAT(ErrorOf("actor ABC to=2020-01-00 : x"), HasSubstr("bad date"));
  EXPECT_THAT(ErrorOf("actor ABC to=2020-1-01 : x"), HasSubstr("bad date"));
  EXPECT_THAT(ErrorOf("actor ABC to=2020/01/01 : x"), HasSubstr("bad date"));
  EXPECT_THAT(ErrorOf("actor ABC to=0000-01-01 : x"), HasSubstr("bad date"));
  EXPECT_THAT(ErrorOf("actor ABC to=20a0-01-01 : x"), HasSubstr("bad date"));
  EXPECT_TRUE(Parse("actor ABC from=2000-02-29 to=2024-02-29 : x").errors.empty());  // both leap years
}

TEST(NativeFormatErrorTest, FromAfterTo) {
  EXPECT_EQ(ErrorOf("actor ABC from=2022-09-18 to=2022-09-17 : x"),
            "t.txt:1: from=2022-09-18 is after to=2022-09-17");
}

TEST(NativeFormatErrorTest, Goldstein) {
  EXPECT_EQ(ErrorOf("cameo 040 goldstein=high : x"), "t.txt:1: goldstein=high is not a number");
  EXPECT_THAT(ErrorOf("cameo 040 goldstein=1.0x : x"), HasSubstr("goldstein=1.0x is not a number"));
  EXPECT_THAT(ErrorOf("cameo 040 goldstein=nan : x"), HasSubstr("is not a number"));
  EXPECT_THAT(ErrorOf("cameo 040 goldstein=inf : x"), HasSubstr("is not a number"));
  EXPECT_EQ(ErrorOf("cameo 040 goldstein=10.5 : x"), "t.txt:1: goldstein=10.5 is outside -10..10");
  EXPECT_THAT(ErrorOf("cameo 040 goldstein=-11 : x"), HasSubstr("outside -10..10"));
  EXPECT_EQ(ErrorOf("cameo 040 : Consult"), "t.txt:1: a cameo entry needs goldstein=VALUE");
}

TEST(NativeFormatErrorTest, EmptyPhrase) {
  EXPECT_EQ(ErrorOf("actor ABC : a |  | b"), "t.txt:1: empty phrase (number 2 after ' : ')");
  EXPECT_EQ(ErrorOf("actor ABC : a | b |"), "t.txt:1: empty phrase (number 3 after ' : ')");
  EXPECT_EQ(ErrorOf("actor ABC : | a"), "t.txt:1: empty phrase (number 1 after ' : ')");
}

TEST(NativeFormatErrorTest, CameoTakesOnePhrase) {
  EXPECT_EQ(ErrorOf("cameo 040 goldstein=1 : Consult | Talk"),
            "t.txt:1: a cameo entry takes exactly one phrase (the code's name), got 2");
}

TEST(NativeFormatErrorTest, SlotsOutsideVerbPatterns) {
  EXPECT_EQ(ErrorOf("actor ABC : meet +"),
            "t.txt:1: '+' and '$' are only allowed in verb patterns, got 'meet +'");
  EXPECT_THAT(ErrorOf("discard - : $ dollar"), HasSubstr("only allowed in verb patterns"));
  EXPECT_THAT(ErrorOf("agent COP : C++ coder"), HasSubstr("only allowed in verb patterns"));
}

TEST(NativeFormatErrorTest, VerbPatternStructure) {
  EXPECT_EQ(ErrorOf("verb 040 : meet + and +"), "t.txt:1: more than one '+' in pattern 'meet + and +'");
  EXPECT_EQ(ErrorOf("verb 040 : $ and $ meet"), "t.txt:1: more than one '$' in pattern '$ and $ meet'");
  EXPECT_EQ(ErrorOf("verb 040 : meet + (with"), "t.txt:1: unbalanced '(' in pattern 'meet + (with'");
  EXPECT_EQ(ErrorOf("verb 040 : meet with) +"), "t.txt:1: unbalanced ')' in pattern 'meet with) +'");
  EXPECT_EQ(ErrorOf("verb 040 : meet ((with)) +"), "t.txt:1: nested '(' in pattern 'meet ((with)) +'");
  EXPECT_EQ(ErrorOf("verb 040 : meet () +"), "t.txt:1: empty '()' in pattern 'meet () +'");
  EXPECT_EQ(ErrorOf("verb 040 : meet (+)"),
            "t.txt:1: '+' must stand alone (space-separated) in pattern 'meet (+)'");
  EXPECT_EQ(ErrorOf("verb 040 : meet ( + )"), "t.txt:1: '+' cannot be optional in pattern 'meet ( + )'");
  EXPECT_THAT(ErrorOf("verb 040 : meet with+"), HasSubstr("'+' must stand alone"));
  // The error names the offending pattern, not the first one on the line.
  EXPECT_THAT(ErrorOf("verb 040 : consult | meet (with"), HasSubstr("pattern 'meet (with'"));
  // '_' joins two words, outside optional groups.
  EXPECT_EQ(ErrorOf("verb 040 : meet _with +"), "t.txt:1: '_' must join two words in pattern 'meet _with +'");
  EXPECT_THAT(ErrorOf("verb 040 : meet _ +"), HasSubstr("'_' must join two words"));
  EXPECT_TRUE(Parse("verb 040 : meet with_ +").errors.empty());  // a trailing '_' closes an exact word
  EXPECT_THAT(ErrorOf("verb 040 : meet__with +"), HasSubstr("'_' must join two words"));
  EXPECT_THAT(ErrorOf("verb 040 : meet (face_to) +"), HasSubstr("'_' cannot join optional words"));
  EXPECT_THAT(ErrorOf("verb 040 : meet (face to_face) +"), HasSubstr("'_' cannot join optional words"));
}

TEST(NativeFormatErrorTest, InvalidUtf8ReportsByteColumn) {
  EXPECT_EQ(ErrorOf("actor ABC : caf\xC3"), "t.txt:1: invalid UTF-8 byte 0xC3 at byte column 16");
  EXPECT_EQ(ErrorOf("actor ABC : \xFF"), "t.txt:1: invalid UTF-8 byte 0xFF at byte column 13");
  EXPECT_THAT(ErrorOf("actor ABC : \xC0\xAF"), HasSubstr("0xC0 at byte column 13"));          // overlong '/'
  EXPECT_THAT(ErrorOf("actor ABC : \xE0\x80\xAF"), HasSubstr("0xE0 at byte column 13"));      // overlong
  EXPECT_THAT(ErrorOf("actor ABC : \xED\xA0\x80"), HasSubstr("0xED at byte column 13"));      // surrogate
  EXPECT_THAT(ErrorOf("actor ABC : \xF4\x90\x80\x80"), HasSubstr("0xF4 at byte column 13"));  // > U+10FFFF
  EXPECT_THAT(ErrorOf("actor ABC : \xE2\x82"), HasSubstr("0xE2 at byte column 13"));          // truncated
  // Invalid bytes inside a comment still make the line invalid: the file is not UTF-8.
  EXPECT_THAT(ErrorOf("actor ABC : x # \x80"), HasSubstr("byte column 17"));
}

TEST(NativeFormatErrorTest, ControlCharacters) {
  EXPECT_EQ(ErrorOf(std::string_view("actor ABC : a\0b", 15)),
            "t.txt:1: control character 0x00 at byte column 14");
  EXPECT_THAT(ErrorOf("actor ABC : a\rb"), HasSubstr("control character 0x0D at byte column 14"));
}

TEST(NativeFormatErrorTest, ReportsEveryBadLineWithItsNumberAndKeepsGoodOnes) {
  Parsed parsed = Parse(
      "# header\n"                                 // 1
      "country FRA : France\n"                     // 2
      "country fra : France\n"                     // 3 bad
      "\n"                                         // 4
      "actor ABC colour=red : x\n"                 // 5 bad
      "actor USAGOV country=USA : Washington\r\n"  // 6
      "verb 040 : meet + +\n"                      // 7 bad
      "cameo 040 goldstein=1 : Consult\n"          // 8
      "bogus\n",                                   // 9 bad
      "dict/x.txt");
  ASSERT_EQ(parsed.errors.size(), 4u);
  EXPECT_THAT(parsed.errors[0].message(), HasSubstr("dict/x.txt:3: "));
  EXPECT_THAT(parsed.errors[1].message(), HasSubstr("dict/x.txt:5: "));
  EXPECT_THAT(parsed.errors[2].message(), HasSubstr("dict/x.txt:7: "));
  EXPECT_EQ(parsed.errors[3].message(),
            "dict/x.txt:9: unknown kind 'bogus' (expected country, actor, agent, verb, discard or cameo)");
  ASSERT_EQ(parsed.source.entries.size(), 3u);
  EXPECT_EQ(parsed.source.entries[0].line, 2u);
  EXPECT_EQ(parsed.source.entries[1].line, 6u);
  EXPECT_EQ(parsed.source.entries[2].line, 8u);
  EXPECT_EQ(parsed.source.entries[2].file, "dict/x.txt");
}

TEST(NativeFormatTest, MergesByAppendingAcrossCallsAndKeepsEachFile) {
  DictionarySource source;
  std::vector<Status> errors;
  ParseNativeDictionary("a.txt", "country KAZ : Kazakhstan\n", &source, &errors);
  ParseNativeDictionary("b.txt", "\ncountry KAZ : Kazakh | Kazakhstani\n", &source, &errors);
  ASSERT_TRUE(errors.empty());
  ASSERT_EQ(source.entries.size(), 2u);
  EXPECT_EQ(source.entries[0].file, "a.txt");
  EXPECT_EQ(source.entries[1].file, "b.txt");
  EXPECT_EQ(source.entries[1].line, 2u);
  EXPECT_EQ(source.entries[0].code, source.entries[1].code);
}

class NativeDirTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ =
        std::filesystem::path(::testing::TempDir()) /
        ("dyad_native_dir_" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()) +
         "_" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  void Write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / name, std::ios::binary) << text;
  }
  std::filesystem::path dir_;
};

TEST_F(NativeDirTest, ReadsTxtFilesInSortedOrderOnly) {
  Write("b.txt", "country DEU : Germany\nbad line\n");
  Write("a.txt", "country FRA : France\n");
  Write("notes.md", "country ITA : Italy\n");
  Write("c.txt.bak", "country ESP : Spain\n");
  std::filesystem::create_directories(dir_ / "sub.txt");
  DictionarySource source;
  std::vector<Status> errors;
  ASSERT_TRUE(ReadNativeDictionaryDir(dir_.string(), &source, &errors).ok());
  ASSERT_EQ(source.entries.size(), 2u);
  EXPECT_EQ(source.entries[0].code, "FRA");
  EXPECT_EQ(source.entries[1].code, "DEU");
  EXPECT_EQ(source.entries[1].file, (dir_ / "b.txt").string());
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_THAT(errors[0].message(), HasSubstr((dir_ / "b.txt").string() + ":2: unknown kind 'bad'"));
}

TEST_F(NativeDirTest, CountriesWithoutTheirIsoNamesAreReported) {
  Write("countries.txt", "country KAZ : Kazakh\n");
  DictionarySource source;
  std::vector<Status> errors;
  ASSERT_TRUE(ReadNativeDictionaryDir(dir_.string(), &source, &errors).ok());
  EXPECT_EQ(source.entries.size(), 1u);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_THAT(errors[0].message(), HasSubstr("countries.iso.txt"));

  Write("countries.iso.txt", "country KAZ : Kazakhstan\n");
  DictionarySource complete;
  errors.clear();
  ASSERT_TRUE(ReadNativeDictionaryDir(dir_.string(), &complete, &errors).ok());
  EXPECT_EQ(complete.entries.size(), 2u);
  EXPECT_TRUE(errors.empty());
}

TEST_F(NativeDirTest, MissingDirectoryIsNotFound) {
  DictionarySource source;
  std::vector<Status> errors;
  const Status status = ReadNativeDictionaryDir((dir_ / "absent").string(), &source, &errors);
  EXPECT_EQ(status.code(), StatusCode::kNotFound);
  EXPECT_THAT(status.message(), HasSubstr("absent"));
  Write("plain.txt", "x");
  EXPECT_EQ(ReadNativeDictionaryDir((dir_ / "plain.txt").string(), &source, &errors).code(),
            StatusCode::kNotFound);
  EXPECT_TRUE(source.entries.empty());
}

TEST(DefaultDictionaryDirTest, EnvironmentOverridesBuildDirectory) {
  const char* saved = std::getenv("DYAD_DICT_DIR");
  const std::string saved_value = saved ? saved : "";
  ::setenv("DYAD_DICT_DIR", "/somewhere/dict", 1);
  EXPECT_EQ(DefaultDictionaryDir(), "/somewhere/dict");
  ::setenv("DYAD_DICT_DIR", "", 1);  // empty counts as unset
  const std::string built_in = DefaultDictionaryDir();
  EXPECT_FALSE(built_in.empty());
  EXPECT_NE(built_in, "/somewhere/dict");
  ::unsetenv("DYAD_DICT_DIR");
  EXPECT_EQ(DefaultDictionaryDir(), built_in);
  EXPECT_EQ(built_in, DYAD_TEST_DICT_DIR);  // the test and the library agree on the build's data directory
  if (saved) ::setenv("DYAD_DICT_DIR", saved_value.c_str(), 1);
}

}  // namespace
}  // namespace dyad
