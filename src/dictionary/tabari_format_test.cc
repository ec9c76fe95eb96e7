// Tests for the TABARI-family actor, agent and discard readers, format detection and the native writer.
// Every sample below is written for these tests in the foreign syntax; none is taken from a real dictionary.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "dyad/dictionary.h"
#include "dyad/dictionary_formats.h"

namespace dyad {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

struct Read {
  DictionarySource source;
  std::vector<Status> errors;
};

Read Tabari(std::string_view text, ForeignFileKind kind, std::string_view file = "test.actors") {
  Read read;
  ReadTabariDictionary(file, text, kind, &read.source, &read.errors);
  return read;
}

std::vector<std::string> Messages(const std::vector<Status>& errors) {
  std::vector<std::string> out;
  for (const Status& s : errors) out.push_back(s.ToString());
  return out;
}

TEST(TabariActors, NameSynonymsAndInlineCode) {
  Read r = Tabari(
      "# a comment line\n"
      "NORTHLAND_MINISTRY_OF_FISH_ [NLDGOV] ; trailing comment\n"
      "+FISH_MINISTRY\n"
      "+NMF\n",
      ForeignFileKind::kActors);
  EXPECT_THAT(r.errors, IsEmpty()) << ::testing::PrintToString(Messages(r.errors));
  ASSERT_EQ(r.source.entries.size(), 1u);
  const DictionaryEntry& e = r.source.entries[0];
  EXPECT_EQ(e.kind, EntryKind::kActor);
  EXPECT_EQ(e.code, "NLDGOV");
  EXPECT_EQ(e.country, "NLD");
  EXPECT_THAT(e.sectors, ElementsAre("GOV"));
  // Lower case, except the short token, kept capitalised: matched in any case but lower case. Each
  // lower-case name also takes TABARI's noun ending -s ("radios" for RADIO), written after it.
  EXPECT_THAT(e.phrases, ElementsAre("northland ministry of fish", "northland ministry of fishs",
                                     "fish ministry", "fish ministrys", "Nmf"));
  EXPECT_EQ(e.file, "test.actors");
  EXPECT_EQ(e.line, 2u);
}

// PETRARCH files are read the same way: "ZEMB" is "Zemb", matched as "Zemb" and "ZEMB" but not "zemb"; two
// letters stay in capitals.
TEST(PetrarchActors, ShortNamesAreCapitalisedLikeTabaris) {
  Read r = Tabari("ZEMB [ZEM]\n+ZB\n+U.Z.\n", ForeignFileKind::kActors, "Test.actors.txt");
  EXPECT_THAT(r.errors, IsEmpty());
  ASSERT_EQ(r.source.entries.size(), 1u);
  EXPECT_THAT(r.source.entries[0].phrases, ElementsAre("Zemb", "ZB", "U.Z."));
}

// TABARI's noun endings: "LIBYA_" also matches "Libyas"; PETRARCH files are matched as written.
TEST(TabariActors, NamesTakeTheNounEndingSInTabariFilesOnly) {
  Read tabari = Tabari("FORNOST_ [FOR]\nRIVER_PEOPLE [RVP]\n", ForeignFileKind::kActors, "demo.actors");
  ASSERT_EQ(tabari.source.entries.size(), 2u);
  EXPECT_THAT(tabari.source.entries[0].phrases, ElementsAre("fornost", "fornosts"));
  EXPECT_THAT(tabari.source.entries[1].phrases, ElementsAre("river people", "river peoples"));
  Read petrarch = Tabari("FORNOST_ [FOR]\n", ForeignFileKind::kActors, "Demo.actors.txt");
  ASSERT_EQ(petrarch.source.entries.size(), 1u);
  EXPECT_THAT(petrarch.source.entries[0].phrases, ElementsAre("fornost"));
}

// A TABARI name that '_' does not close is a stem ("ZEMBL" matches "Zembla", "Zemblan"): a one-word stem of
// at least four letters takes the endings of English place names and nationality words. A closed name,
// a name of several words and a PETRARCH file's name take none.
TEST(TabariActors, OneWordStemsTakePlaceNameEndings) {
  Read tabari = Tabari("ZEMBL [ZEM]\nQURAT [QUR]\nBORDURIA_ [BOR]\nRIVER PEOPLE [RVP]\nZB [ZBB]\n",
                       ForeignFileKind::kActors, "demo.actors");
  ASSERT_EQ(tabari.source.entries.size(), 5u);
  EXPECT_THAT(tabari.source.entries[0].phrases,
              ElementsAre("zembl", "zembls", "zembla", "zemblia", "zemble", "zembln", "zemblns", "zemblan",
                          "zemblans", "zemblian", "zemblians", "zembli", "zemblis", "zemblese", "zemblish"));
  EXPECT_THAT(tabari.source.entries[1].phrases, Contains("qurati"));
  EXPECT_THAT(tabari.source.entries[2].phrases, ElementsAre("borduria", "bordurias"));
  EXPECT_THAT(tabari.source.entries[3].phrases, ElementsAre("river people", "river peoples"));
  EXPECT_THAT(tabari.source.entries[4].phrases, ElementsAre("ZB"));
  Read petrarch = Tabari("ZEMBL [ZEM]\n", ForeignFileKind::kActors, "Demo.actors.txt");
  ASSERT_EQ(petrarch.source.entries.size(), 1u);
  EXPECT_THAT(petrarch.source.entries[0].phrases, ElementsAre("zembl"));
}

TEST(TabariActors, DatedCodesOnIndentedLinesMakeOneEntryEach) {
  Read r = Tabari(
      "JANE_EXAMPLE_\n"
      "+J._EXAMPLE\n"
      "\t[FRAELI 650101-991231]\n"
      "\t[FRAGOV >000101]\n"
      "\t[FRAELI <20050310]\n"
      "\t[FRAOPP]\n",
      ForeignFileKind::kActors);
  EXPECT_THAT(r.errors, IsEmpty()) << ::testing::PrintToString(Messages(r.errors));
  ASSERT_EQ(r.source.entries.size(), 4u);
  const auto& entries = r.source.entries;
  EXPECT_EQ(entries[0].code, "FRAELI");
  EXPECT_EQ(entries[0].valid_from, "1965-01-01");
  EXPECT_EQ(entries[0].valid_to, "1999-12-31");
  EXPECT_EQ(entries[0].line, 3u);
  EXPECT_EQ(entries[1].valid_from, "2000-01-01");  // two-digit 00 -> 2000
  EXPECT_EQ(entries[1].valid_to, "");
  EXPECT_EQ(entries[2].valid_from, "");
  EXPECT_EQ(entries[2].valid_to, "2005-03-09");  // "<D" ends the day before D
  EXPECT_EQ(entries[3].code, "FRAOPP");
  EXPECT_TRUE(entries[3].valid_from.empty() && entries[3].valid_to.empty());
  for (const DictionaryEntry& e : entries)
    EXPECT_THAT(e.phrases, ElementsAre("jane example", "jane examples", "j. example", "j. examples"));
}

TEST(TabariActors, SeveralInlineCodesAndSpacedRestriction) {
  Read r = Tabari("SAM_PLACEHOLDER_\t [USAGOV 930120-010119] [USAELI > 010120]\n", ForeignFileKind::kActors);
  EXPECT_THAT(r.errors, IsEmpty());
  ASSERT_EQ(r.source.entries.size(), 2u);
  EXPECT_EQ(r.source.entries[0].valid_from, "1993-01-20");
  EXPECT_EQ(r.source.entries[0].valid_to, "2001-01-19");
  EXPECT_EQ(r.source.entries[1].valid_from, "2001-01-20");
}

TEST(TabariActors, TwoDigitYearsFollowTabarisRule) {
  // 00-30 are 20YY, 31-99 are 19YY (KEDS and TABARI; PETRARCH kept the rule).
  Read r = Tabari(
      "OLD_RULER_\n\t[PRTGOV 321108-680927]\n\t[PRTELI 19100101-321107]\n\t[PRTELI 730717-070723]\n"
      "\t[PRTGOV >300101]\n\t[PRTGOV <310101]\n",
      ForeignFileKind::kActors);
  EXPECT_THAT(r.errors, IsEmpty());
  ASSERT_EQ(r.source.entries.size(), 5u);
  EXPECT_EQ(r.source.entries[0].valid_from, "1932-11-08");
  EXPECT_EQ(r.source.entries[0].valid_to, "1968-09-27");
  EXPECT_EQ(r.source.entries[1].valid_from, "1910-01-01");
  EXPECT_EQ(r.source.entries[1].valid_to, "1932-11-07");
  EXPECT_EQ(r.source.entries[2].valid_from, "1973-07-17");
  EXPECT_EQ(r.source.entries[2].valid_to, "2007-07-23");
  EXPECT_EQ(r.source.entries[3].valid_from, "2030-01-01");
  EXPECT_EQ(r.source.entries[4].valid_to, "1930-12-31");
}

TEST(TabariActors, MarchFirstMinusOneDayHandlesLeapYears) {
  Read r = Tabari("X_\n\t[ITAGOV <20000301]\n\t[ITAGOV <010301]\n", ForeignFileKind::kActors);
  ASSERT_EQ(r.source.entries.size(), 2u);
  EXPECT_EQ(r.source.entries[0].valid_to, "2000-02-29");
  EXPECT_EQ(r.source.entries[1].valid_to, "2001-02-28");
}

TEST(TabariActors, BareCountryCodeMakesACountryEntryInAnyActorFile) {
  Read r = Tabari("ATLANTIA_ [ATL]\n+ATLANTIAN_\nATLANTIAN_NAVY\n\t[ATLMIL]\n", ForeignFileKind::kActors,
                  "Fantasy.actors.txt");
  ASSERT_EQ(r.source.entries.size(), 2u);
  EXPECT_EQ(r.source.entries[0].kind, EntryKind::kCountry);
  EXPECT_EQ(r.source.entries[0].code, "ATL");
  EXPECT_EQ(r.source.entries[0].country, "ATL");
  EXPECT_THAT(r.source.entries[0].phrases, ElementsAre("atlantia", "atlantian"));
  EXPECT_EQ(r.source.entries[1].kind, EntryKind::kActor);
  EXPECT_EQ(r.source.entries[1].country, "ATL");
  EXPECT_THAT(r.source.entries[1].sectors, ElementsAre("MIL"));
}

TEST(TabariActors, NonStateCodesHaveNoCountry) {
  Read r = Tabari("WORLD_FISH_BODY [IGOFSH]\nSOME_GROUP [NGOHRI]\nELDER [ELI]\n", ForeignFileKind::kActors,
                  "Other.actors");
  ASSERT_EQ(r.source.entries.size(), 3u);
  EXPECT_EQ(r.source.entries[0].country, "");
  EXPECT_THAT(r.source.entries[0].sectors, ElementsAre("IGO", "FSH"));
  EXPECT_THAT(r.source.entries[1].sectors, ElementsAre("NGO", "HRI"));
  EXPECT_EQ(r.source.entries[2].kind, EntryKind::kActor);  // not a country even though 3 letters
  EXPECT_THAT(r.source.entries[2].sectors, ElementsAre("ELI"));
}

TEST(TabariActors, ProblemsAreReportedWithLineAndReadingContinues) {
  Read r = Tabari(
      "NO_CODE_ACTOR\n"                // 1: no code at all
      "GOOD_ONE [ESPGOV]\n"            // 2
      "BAD_DATE\n"                     // 3
      "\t[ESPGOV 2004017-20061201]\n"  // 4: 7-digit date
      "\t[ESPELI]\n"                   // 5
      "ETHNIC_GROUP_ [xyz]\n"          // 6: lower-case code
      "NULL_ONE [---]\n"               // 7
      "\t[ESPGOV 991231-990101]\n"     // 8: range backwards (for NULL_ONE)
      "+ORPHAN\n",                     // 9: synonym of NULL_ONE, fine
      ForeignFileKind::kActors);
  std::vector<std::string> messages = Messages(r.errors);
  EXPECT_THAT(
      messages,
      ElementsAre(HasSubstr("unsupported: test.actors:1: actor 'no code actor' has no code; skipped"),
                  HasSubstr("invalid argument: test.actors:4: bad date restriction '2004017-20061201'"),
                  HasSubstr("unsupported: test.actors:6: lower-case (ethnic or religious group) code 'xyz'"),
                  HasSubstr("unsupported: test.actors:7: null actor code '---'"),
                  HasSubstr("invalid argument: test.actors:8: date range")))
      << ::testing::PrintToString(messages);
  ASSERT_EQ(r.source.entries.size(), 2u);
  EXPECT_EQ(r.source.entries[0].code, "ESPGOV");
  EXPECT_EQ(r.source.entries[1].code, "ESPELI");
  EXPECT_THAT(r.source.entries[1].phrases, ElementsAre("bad date", "bad dates"));
}

TEST(TabariActors, XmlCommentsAndLatin1) {
  Read r = Tabari("<!-- header\nstill comment -->\nJOS\xC9_EXEMPLO [BRAGOV]\n", ForeignFileKind::kActors);
  EXPECT_THAT(r.errors, IsEmpty());
  ASSERT_EQ(r.source.entries.size(), 1u);
  EXPECT_EQ(r.source.entries[0].phrases[0], "jos\xC3\x89 exemplo");  // É kept (case folding is the coder's)
  EXPECT_EQ(r.source.entries[0].line, 3u);
}

TEST(TabariActors, DiscardAndComplexCodesMakeDiscardPhrases) {
  Read r = Tabari(
      "HOCKEY_LEAGUE  [###] # sports, not politics\n"
      "SPELLBOOK  [+++]\n"
      "OLD_NORTHLAND  [NLD <911226] [###]\n",
      ForeignFileKind::kActors);
  ASSERT_EQ(r.source.entries.size(), 4u);
  EXPECT_EQ(r.source.entries[0].kind, EntryKind::kDiscard);  // '#' inside "[###]" opens no comment
  EXPECT_THAT(r.source.entries[0].phrases, Contains("hockey league"));
  EXPECT_EQ(r.source.entries[0].line, 1u);
  EXPECT_TRUE(r.source.entries[0].valid_from.empty() && r.source.entries[0].valid_to.empty());
  EXPECT_EQ(r.source.entries[1].kind, EntryKind::kDiscard);
  EXPECT_THAT(r.source.entries[1].phrases, Contains("spellbook"));
  // Beside a dated code of its own the undated discard holds outside that code's period.
  EXPECT_EQ(r.source.entries[2].kind, EntryKind::kDiscard);
  EXPECT_EQ(r.source.entries[2].valid_from, "1991-12-26");
  EXPECT_EQ(r.source.entries[2].valid_to, "");
  EXPECT_EQ(r.source.entries[3].kind, EntryKind::kCountry);
  EXPECT_EQ(r.source.entries[3].code, "NLD");
  EXPECT_EQ(r.source.entries[3].valid_to, "1991-12-25");
  EXPECT_THAT(r.errors, IsEmpty()) << ::testing::PrintToString(Messages(r.errors));
  // PETRARCH files have no discard codes.
  DictionarySource petrarch;
  std::vector<Status> errors;
  ReadPetrarchDictionary("test.txt", "SPELLBOOK  [+++]\n", ForeignFileKind::kActors, &petrarch, &errors);
  EXPECT_THAT(petrarch.entries, IsEmpty());
  EXPECT_THAT(Messages(errors), Contains(HasSubstr("bad actor code")));
}

// A dated discard holds in its period; an undated one beside dated codes in the periods they leave.
TEST(TabariActors, DatedDiscardsHoldInTheirPeriods) {
  Read r = Tabari(
      "TREANT  [### <890101] [TRE]\n"
      "OLD_REGIME  [ORG 800101-851231] [ORGGOV 900101-951231] [###]\n",
      ForeignFileKind::kActors);
  EXPECT_THAT(r.errors, IsEmpty()) << ::testing::PrintToString(Messages(r.errors));
  std::vector<std::pair<std::string, std::string>> discards;
  for (const DictionaryEntry& e : r.source.entries)
    if (e.kind == EntryKind::kDiscard) discards.emplace_back(e.valid_from, e.valid_to);
  using P = std::pair<std::string, std::string>;
  EXPECT_THAT(discards, ElementsAre(P{"", "1988-12-31"}, P{"", "1979-12-31"}, P{"1986-01-01", "1989-12-31"},
                                    P{"1996-01-01", ""}));
}

// A dated null code ("[--- <D]"): in its period the name is no actor; the undated code holds outside it.
// Undated, a null code is still reported and skipped, and PETRARCH files read no null codes.
TEST(TabariActors, DatedNullCodesLeaveTheirPeriodUncoded) {
  Read r = Tabari(
      "LORD OF_THE_MARCH  [--- <950630] [LOM]\n"
      "HARBOUR_WARDEN  [HBW] [--- 900101-901231]\n"
      "EMPTY_TITLE  [---]\n",
      ForeignFileKind::kActors);
  std::vector<std::tuple<std::string, std::string, std::string>> actors;
  for (const DictionaryEntry& e : r.source.entries) actors.emplace_back(e.code, e.valid_from, e.valid_to);
  using T = std::tuple<std::string, std::string, std::string>;
  EXPECT_THAT(actors, ElementsAre(T{"LOM", "1995-06-30", ""}, T{"HBW", "", "1989-12-31"},
                                  T{"HBW", "1991-01-01", ""}));
  EXPECT_THAT(Messages(r.errors), ElementsAre(HasSubstr("test.actors:3: null actor code '---'")));
  DictionarySource petrarch;
  std::vector<Status> errors;
  ReadPetrarchDictionary("test.txt", "LORD OF_THE_MARCH  [--- <950630] [LOM]\n", ForeignFileKind::kActors,
                         &petrarch, &errors);
  ASSERT_EQ(petrarch.entries.size(), 1u);
  EXPECT_TRUE(petrarch.entries[0].valid_from.empty());
  EXPECT_THAT(Messages(errors), ElementsAre(HasSubstr("null actor code")));
}

// TABARI's compound actor code: one actor entry whose code lists the parts, which the coder codes one by one.
// PETRARCH files write them too ("THE_SHIRE  [FRO/BIL/SAM]" in PETRARCH-1's and UniversalPetrarch's suites).
TEST(TabariActors, CompoundCodesAreKept) {
  Read r = Tabari("NORTH_MARCHES  [NMA/EMA/WMA]\nPIRATE_COAST  [PIR/]\n", ForeignFileKind::kActors);
  ASSERT_EQ(r.source.entries.size(), 1u);
  EXPECT_EQ(r.source.entries[0].kind, EntryKind::kActor);
  EXPECT_EQ(r.source.entries[0].code, "NMA/EMA/WMA");
  EXPECT_TRUE(r.source.entries[0].country.empty());
  EXPECT_TRUE(r.source.entries[0].sectors.empty());
  EXPECT_THAT(Messages(r.errors), ElementsAre(HasSubstr("test.actors:2: bad actor code 'PIR/'")));
  DictionarySource petrarch;
  std::vector<Status> errors;
  ReadPetrarchDictionary("test.txt", "NORTH_MARCHES  [NMA/EMA/WMA]\nPIRATE_COAST  [PIR//COR]\n",
                         ForeignFileKind::kActors, &petrarch, &errors);
  ASSERT_EQ(petrarch.entries.size(), 1u);
  EXPECT_EQ(petrarch.entries[0].kind, EntryKind::kActor);
  EXPECT_EQ(petrarch.entries[0].code, "NMA/EMA/WMA");
  EXPECT_THAT(petrarch.entries[0].phrases, ElementsAre("north marches"));
  EXPECT_THAT(Messages(errors), ElementsAre(HasSubstr("bad actor code 'PIR//COR'")));
}

TEST(TabariAgents, SectorsPluralsAndSubstitutions) {
  Read r = Tabari(
      "!WORKER! = HAND, HANDS\n"
      "HARBOUR_PILOT [~HRB]\n"
      "NAVY {} [~MIL]\n"
      "FERRY {FERRIES_OF_STATE} [~GOVTRN]\n"
      "DOCK!WORKER! [~LAB]\n"
      "ARMY_ [~MIL]\n"
      "GLASS [~BUS]\n"
      "MONEY_LAB [NGO~]\n",
      ForeignFileKind::kAgents, "test.agents");
  EXPECT_THAT(Messages(r.errors), ElementsAre());
  ASSERT_EQ(r.source.entries.size(), 7u);
  const auto& e = r.source.entries;
  EXPECT_EQ(e[0].kind, EntryKind::kAgent);
  EXPECT_EQ(e[0].code, "HRB");
  EXPECT_THAT(e[0].phrases, ElementsAre("harbour pilot", "harbour pilots"));
  EXPECT_THAT(e[1].phrases, ElementsAre("navy"));
  EXPECT_EQ(e[2].code, "GOVTRN");
  EXPECT_THAT(e[2].phrases, ElementsAre("ferry", "ferries of state"));
  EXPECT_THAT(e[3].phrases, ElementsAre("dockhand", "dockhands"));
  // A trailing '_' marks the exact word, which in a TABARI file still takes TABARI's noun ending -S.
  EXPECT_THAT(e[4].phrases, ElementsAre("army", "armys"));
  EXPECT_THAT(e[5].phrases, ElementsAre("glass", "glasses"));
  EXPECT_EQ(e[6].code, "NGO");
  // "[NGO~]" puts the agent's code before the country's, "[~MIL]" after it.
  EXPECT_EQ(e[6].agent_placement, AgentPlacement::kBeforeCountry);
  EXPECT_EQ(e[4].agent_placement, AgentPlacement::kAfterCountry);
  DictionarySource petrarch;
  std::vector<Status> errors;
  ReadPetrarchDictionary("Test.agents.txt", "ARMY_ [~MIL]\nRELIEF_CORPS {} [  NGO~] # note\n",
                         ForeignFileKind::kAgents, &petrarch, &errors);
  EXPECT_TRUE(errors.empty());
  ASSERT_EQ(petrarch.entries.size(), 2u);
  EXPECT_THAT(petrarch.entries[0].phrases, ElementsAre("army"));
  EXPECT_EQ(petrarch.entries[1].code, "NGO");
  EXPECT_EQ(petrarch.entries[1].agent_placement, AgentPlacement::kBeforeCountry);
}

TEST(TabariAgents, MissingCodeAndUnknownSubstitution) {
  Read r = Tabari("LONELY_NOUN\nSEA!FOLK! [~AGR]\n", ForeignFileKind::kAgents, "a.agents");
  EXPECT_THAT(Messages(r.errors), ElementsAre(HasSubstr("a.agents:1: agent line 'LONELY_NOUN' has no [CODE]"),
                                              HasSubstr("a.agents:2: substitution '!FOLK!' is not defined"),
                                              HasSubstr("a.agents:2: agent line has no phrase")));
  EXPECT_THAT(r.source.entries, IsEmpty());
}

TEST(TabariAgents, SubstitutionMembersAreNotRescanned) {
  // A member naming its own marker must not recurse: it is inserted as written.
  Read r = Tabari("!P! = X!P!, Y\nSEA!P! [~AGR]\n", ForeignFileKind::kAgents, "a.agents");
  EXPECT_THAT(r.errors, IsEmpty());
  ASSERT_EQ(r.source.entries.size(), 1u);
  EXPECT_THAT(r.source.entries[0].phrases, ElementsAre("seax!p!", "seay"));
}

TEST(TabariDiscards, EachLineIsADiscardPhrase) {
  Read r = Tabari("# sports\nCURLING FINAL\n+TIDDLYWINKS_LEAGUE  # story level\n\n1899\n",
                  ForeignFileKind::kDiscards, "d.txt");
  EXPECT_THAT(Messages(r.errors), ElementsAre(HasSubstr("d.txt:3: story-level discard")));
  ASSERT_EQ(r.source.entries.size(), 3u);
  EXPECT_EQ(r.source.entries[0].kind, EntryKind::kDiscard);
  EXPECT_EQ(r.source.entries[0].code, "-");
  EXPECT_THAT(r.source.entries[1].phrases, ElementsAre("tiddlywinks league"));
  EXPECT_EQ(r.source.entries[2].line, 5u);
}

TEST(TabariVerbs, SecondaryCodesArePairedEvents) {
  // "[032:033]": the act and the target's act toward the source (a visit and its reception), on a verb line
  // and on a pattern; a secondary code that is no CAMEO code is reported and dropped.
  Read r = Tabari("DEPARTED_ [032:033]\nCONFER [031:031]\n- * PARLEY [032:032]\nHAIL [051:05X]\n",
                  ForeignFileKind::kVerbs, "x.verbs");
  EXPECT_THAT(Messages(r.errors), Contains(HasSubstr("x.verbs:4: verb 'hail': secondary code after ':' in "
                                                     "[051:05X] is no CAMEO code; dropped")));
  ASSERT_EQ(r.source.entries.size(), 4u);
  EXPECT_EQ(r.source.entries[0].code, "032");
  EXPECT_EQ(r.source.entries[0].paired_code, "033");
  EXPECT_EQ(r.source.entries[1].paired_code, "031");
  EXPECT_EQ(r.source.entries[2].code, "032");
  EXPECT_EQ(r.source.entries[2].paired_code, "032");
  EXPECT_EQ(r.source.entries[3].code, "051");
  EXPECT_EQ(r.source.entries[3].paired_code, "");
}

TEST(TabariVerbs, UnknownStemsInEGetTheLemmaOfTheirForms) {
  // TABARI's stem ZORXME covers "zorxmed"; dyad's lemmatiser reads that "zorxm", so each pattern of the stem
  // gets the form. A known verb (PRAISE: "praised" is "praise") gets nothing; an exact word (GLIMXE_) gets
  // TABARI's regular endings instead (VerbReader::AddRegularEndings). The pattern words are stems ("ties~").
  Read r = Tabari("ZORXME [---]\n- * TIES [064]\n- HAS * [051]\nPRAISE [051]\nGLIMXE_ [042]\n",
                  ForeignFileKind::kVerbs, "x.verbs");
  ASSERT_EQ(r.source.entries.size(), 4u);
  EXPECT_THAT(r.source.entries[0].phrases, ElementsAre("zorxme ties~", "zorxm ties~"));
  EXPECT_THAT(r.source.entries[1].phrases, ElementsAre("has~ zorxme", "has~ zorxm"));
  EXPECT_THAT(r.source.entries[2].phrases, ElementsAre("praise"));
  EXPECT_THAT(r.source.entries[3].phrases,
              ElementsAre("glimxe", "glimxes", "glimxed", "glimxen", "glimxing"));
}

TEST(TabariVerbs, FiveLetterStemsThatDropAnEGetTheirLemma) {
  // TABARI's stem REBUK covers "rebuked"; dyad reads that "rebuke", which becomes a second verb of the group
  // with every pattern of the stem (VerbReader::AddStemCompletion). A stem of four letters (GLAR: "glared" is
  // "glare", but "cut" + "ed" would read as "cute") and a five-letter stem that is itself a lemma (SHOUT:
  // "shouted" is "shout") get nothing.
  Read r =
      Tabari("REBUK [111]\n- * TIES [064]\nGLAR [112]\nSHOUT [113]\n", ForeignFileKind::kVerbs, "x.verbs");
  ASSERT_EQ(r.source.entries.size(), 4u);
  EXPECT_THAT(r.source.entries[0].phrases, ElementsAre("rebuk", "rebuke"));
  EXPECT_THAT(r.source.entries[1].phrases, ElementsAre("rebuk ties~", "rebuke ties~"));
  EXPECT_THAT(r.source.entries[2].phrases, ElementsAre("glar"));
  EXPECT_THAT(r.source.entries[3].phrases, ElementsAre("shout"));
}

TEST(TabariVerbs, TimePhrasesWithDiscardCodesAreDiscards) {
  // A <TIME> phrase coded [###] or [+++] discards the sentence; one that shifts the date does nothing here.
  Read r = Tabari(
      "<TIME>\nIN_A_BLUE_MOON [###]\nDAY_AFTER [+1]\n- * AND A DAY [+2]\nWHEN_PIGS_FLY [+++] ;x\n"
      "</TIME>\nPRAISE [051]\n",
      ForeignFileKind::kVerbs, "x.verbs");
  std::vector<std::string> discards;
  for (const DictionaryEntry& e : r.source.entries)
    if (e.kind == EntryKind::kDiscard) discards.push_back(e.phrases.at(0));
  EXPECT_THAT(discards, ElementsAre("in a blue moon", "when pigs fly"));
}

TEST(TabariVerbs, LetterSuffixedCodesAreConvertedWithTheirDigits) {
  // "[174K]": a project's refinement of CAMEO 174; the pattern codes 174 and the conversion is reported.
  // A code that is not three or four digits and one letter stays a bad code.
  Read r = Tabari("BARTER [031]\n- * FOR_SHELTER  [174K]\n- * SHELTER [0751L]\nHAGGLE [03X]\n",
                  ForeignFileKind::kVerbs, "x.verbs");
  const std::vector<std::string> messages = Messages(r.errors);
  EXPECT_THAT(messages, Contains(HasSubstr("x.verbs:2: pattern '* FOR_SHELTER': letter-suffixed code [174K] "
                                           "converted with 174")))
      << ::testing::PrintToString(messages);
  EXPECT_THAT(messages, Contains(HasSubstr("x.verbs:4: verb 'haggle': bad CAMEO code [03X]")));
  ASSERT_EQ(r.source.entries.size(), 3u);
  EXPECT_EQ(r.source.entries[0].code, "031");
  EXPECT_EQ(r.source.entries[1].code, "174");
  EXPECT_EQ(r.source.entries[2].code, "0751");
}

TEST(DetectDictionaryFormat, ByNameAndContent) {
  EXPECT_EQ(DetectDictionaryFormat("dir/x.actors", ""), DictionaryFormat::kTabari);
  EXPECT_EQ(DetectDictionaryFormat("x.verbs", "ABC [010]"), DictionaryFormat::kTabari);
  EXPECT_EQ(DetectDictionaryFormat("x.options", ""), DictionaryFormat::kTabari);
  EXPECT_EQ(DetectDictionaryFormat("a/countries.txt", "# c\n\ncountry KAZ : Kazakhstan\n"),
            DictionaryFormat::kNative);
  EXPECT_EQ(DetectDictionaryFormat("\xEF\xBB\xBFmine.txt",
                                   "\xEF\xBB\xBF"
                                   "verb 040 : consult\n"),
            DictionaryFormat::kNative);
  EXPECT_EQ(DetectDictionaryFormat("Phoenix.agents.txt", "# x\nSAILOR [~MIL]\n"),
            DictionaryFormat::kPetrarch);
  EXPECT_EQ(DetectDictionaryFormat("verbs.txt", "&SYN\n+A\n"), DictionaryFormat::kPetrarch);
  EXPECT_EQ(DetectDictionaryFormat("empty.txt", ""), DictionaryFormat::kNative);
  EXPECT_STREQ(DictionaryFormatName(DictionaryFormat::kPetrarch), "petrarch");
}

TEST(GuessForeignFileKind, FromName) {
  EXPECT_EQ(GuessForeignFileKind("d/Phoenix.Countries.actors.txt"), ForeignFileKind::kActors);
  EXPECT_EQ(GuessForeignFileKind("PSU.agents"), ForeignFileKind::kAgents);
  EXPECT_EQ(GuessForeignFileKind("CAMEO.2.0.txt"), ForeignFileKind::kVerbs);
  EXPECT_EQ(GuessForeignFileKind("X.master.verbs"), ForeignFileKind::kVerbs);
  EXPECT_EQ(GuessForeignFileKind("Phoenix.discards.txt"), ForeignFileKind::kDiscards);
  EXPECT_EQ(GuessForeignFileKind("CAMEO.options"), std::nullopt);
}

void ExpectSameEntries(const DictionarySource& a, const DictionarySource& b) {
  ASSERT_EQ(a.entries.size(), b.entries.size());
  for (size_t i = 0; i < a.entries.size(); ++i) {
    const DictionaryEntry& x = a.entries[i];
    const DictionaryEntry& y = b.entries[i];
    EXPECT_EQ(x.kind, y.kind) << i;
    EXPECT_EQ(x.code, y.code) << i;
    EXPECT_EQ(x.country, y.country) << i;
    EXPECT_EQ(x.sectors, y.sectors) << i;
    EXPECT_EQ(x.valid_from, y.valid_from) << i;
    EXPECT_EQ(x.valid_to, y.valid_to) << i;
    EXPECT_EQ(x.goldstein, y.goldstein) << i;
    EXPECT_EQ(x.phrases, y.phrases) << i;
  }
}

TEST(WriteNativeDictionary, RoundTripsThroughTheNativeParser) {
  Read r =
      Tabari("ATLANTIA_ [ATL]\n+UNION_OF_ATLANTIA\nA_PERSON_\n\t[ATLGOV 650101-701231]\n\t[IGOUNO >710101]\n",
             ForeignFileKind::kActors, "X.Countries.actors.txt");
  Read agents = Tabari("HARBOUR_PILOT [~HRB]\n", ForeignFileKind::kAgents, "x.agents");
  for (auto& e : agents.source.entries) r.source.entries.push_back(e);
  r.source.entries[0].phrases.push_back("atlantia #1");  // '#' starts a native comment: must be escaped
  DictionaryEntry cameo;
  cameo.kind = EntryKind::kCameo;
  cameo.code = "0231";
  cameo.goldstein = -3.4;
  cameo.phrases = {"Appeal for economic aid"};
  r.source.entries.push_back(cameo);
  DictionaryEntry verb;
  verb.kind = EntryKind::kVerb;
  verb.code = "040";
  verb.phrases = {"meet with +", "$ host +"};
  r.source.entries.push_back(verb);

  const std::string text = WriteNativeDictionary(r.source);
  EXPECT_THAT(text, HasSubstr("country ATL : atlantia | union of atlantia | atlantia \\#1\n"));
  EXPECT_THAT(text,
              HasSubstr("actor ATLGOV country=ATL sectors=GOV from=1965-01-01 to=1970-12-31 : a person\n"));
  EXPECT_THAT(text, HasSubstr("cameo 0231 goldstein=-3.4 : Appeal for economic aid\n"));
  Read back;
  ParseNativeDictionary("rt.txt", text, &back.source, &back.errors);
  EXPECT_THAT(Messages(back.errors), IsEmpty()) << text;
  ExpectSameEntries(r.source, back.source);
}

std::string ReadFileText(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

TEST(TabariRealFiles, Tabari2012SetReadsPlausibly) {
  const std::filesystem::path dir = std::string(DYAD_SOURCE_DIR) + "/../shared/data/dictionaries/tabari-2012";
  if (!std::filesystem::exists(dir)) GTEST_SKIP() << dir << " not present";
  DictionarySource source;
  std::vector<Status> errors;
  size_t actors = 0, agents = 0, verbs = 0;
  for (const auto& file : std::filesystem::directory_iterator(dir)) {
    const std::string name = file.path().filename().string();
    const auto kind = GuessForeignFileKind(name);
    if (!kind || name.ends_with(".zip")) continue;
    const size_t before = source.entries.size();
    ReadTabariDictionary(name, ReadFileText(file.path()), *kind, &source, &errors);
    const size_t added = source.entries.size() - before;
    (*kind == ForeignFileKind::kActors   ? actors
     : *kind == ForeignFileKind::kAgents ? agents
                                         : verbs) += added;
  }
  size_t invalid = 0;
  for (const Status& s : errors) {
    EXPECT_TRUE(s.code() == StatusCode::kUnsupported || s.code() == StatusCode::kInvalidArgument)
        << s.ToString();
    if (s.code() == StatusCode::kInvalidArgument) ++invalid;
  }
  EXPECT_GT(actors, 1000u);
  EXPECT_GT(agents, 500u);
  EXPECT_GT(verbs, 5000u);
  // Real files hold a few genuine typos (bad dates, stray brackets); they must stay rare.
  EXPECT_LT(invalid, (actors + agents + verbs) / 50);
  DictionarySource back;
  std::vector<Status> native_errors;
  ParseNativeDictionary("tabari.txt", WriteNativeDictionary(source), &back, &native_errors);
  EXPECT_EQ(back.entries.size(), source.entries.size());
  EXPECT_THAT(Messages(native_errors), IsEmpty());
  std::vector<Status> compile_errors;
  auto dictionary = Dictionary::Compile(source, &compile_errors);
  EXPECT_NE(dictionary, nullptr);
  std::printf(
      "tabari-2012: %zu actor, %zu agent, %zu verb entries; %zu notes (%zu invalid); %zu compile errors\n",
      actors, agents, verbs, errors.size(), invalid, compile_errors.size());
}

}  // namespace
}  // namespace dyad
