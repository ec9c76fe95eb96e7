#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "dyad/dictionary_formats.h"
#include "dyad/eval.h"

namespace dyad {
namespace {

constexpr char kProject[] = R"(Validation file for a made-up suite
<problemfile> x.prob
<actorsfile>  Mini.actors
<verbsfile>	Mini.verbs
<optionsfile> Mini.options
<agentsfile> Mini.agents
<textfile>   Mini.text
<eventfile> out.evt
<session 1> <coder xx> <date Sun 01 Jan 2012>
)";

constexpr char kOptions[] = R"(// comment
COMPLEX: VERBS[5] CONJ[4] NOACTPRIOR EXPLAIN
SET: VERB USAGE = FALSE
LABEL: 064=RESTORE
OUTPUT: ACTOR MATCH ID
~~~~~
SET: MINIMUM WORDS = 4
)";

constexpr char kText[] = R"(#####################
#   A HEADER BLOCK
#####################

950101  ALPHA-01
Zembla restored ties
with   Borduria on Monday.
/*\n----------------
\n[Simple coding]
\n{ ZEM / BOR / 064 } 950101
\n{ BOR / ~GOV / 033 } */

950102  ALPHA-02
Nothing happens here.
/*\n----------------
\n{+++}  */

950102  OPT-01
Switch an option on.
/*\n----------------
\n{ OPTION: SET: CODE BY SENTENCE } */

950102  OPT-02
Switch it again.
/*\n----------------
\n{ OPTION: SET: CODE ALL }
\n-{ ZEM / BOR / 111 } */

9501201  BAD-01
Zembla restored ties with Borduria.
/*\n----------------
\n{ ZEM / 064 } */

20120304  BETA-01
Borduria denounced Zembla.
/*\n{###}*/

990101  FINAL-01
The end.

950101  AFTER-01
Zembla restored ties with Borduria.
/*\n{ ZEM / BOR / 064 } */
)";

TEST(TabariSuite, ParsesProject) {
  auto project = ParseTabariProject("Mini.project", kProject);
  ASSERT_TRUE(project.ok()) << project.status().ToString();
  EXPECT_EQ(project->text_file, "Mini.text");
  EXPECT_EQ(project->options_file, "Mini.options");
  ASSERT_EQ(project->dictionaries.size(), 3u);
  EXPECT_EQ(project->dictionaries[0].kind, "actors");
  EXPECT_EQ(project->dictionaries[1].kind, "verbs");
  EXPECT_EQ(project->dictionaries[2].name, "Mini.agents");
  EXPECT_TRUE(IsTabariProjectName("dir/Mini.project"));
  EXPECT_FALSE(IsTabariProjectName("suite.xml"));
}

TEST(TabariSuite, ProjectWithoutTextFileIsAnError) {
  auto project = ParseTabariProject("P.project", "<actorsfile> a.actors\n<textfile>\n");
  ASSERT_FALSE(project.ok());
  EXPECT_NE(project.status().message().find("P.project:2"), std::string::npos);
}

TEST(TabariSuite, OptionsThatChangeCodingAreReportedOnce) {
  std::vector<Status> notes;
  ReadTabariOptions("Mini.options", kOptions, &notes);
  ASSERT_EQ(notes.size(), 1u);
  EXPECT_NE(notes[0].message().find("Mini.options:2"), std::string::npos);
  EXPECT_NE(notes[0].message().find("COMPLEX"), std::string::npos);
  // The complexity filter's VERBS and CONJ limits are applied; its NOACTPRIOR is what the note reports.
  EXPECT_NE(notes[0].message().find("not NOACTPRIOR"), std::string::npos);
  SuiteSettings settings;
  notes.clear();
  ReadTabariOptions("Mini.options", kOptions, &notes, &settings);
  EXPECT_EQ(settings.complexity.verbs, 5u);
  EXPECT_EQ(settings.complexity.conjunctions, 4u);
  ReadTabariOptions("Other.options", "COMPLEX: CONJ[3] EXPLAIN\n", &notes, &settings);
  EXPECT_EQ(settings.complexity.verbs, 0u);
  EXPECT_EQ(settings.complexity.conjunctions, 3u);
  EXPECT_EQ(notes.size(), 1u);  // CONJ and EXPLAIN: nothing left to report
}

TEST(TabariSuite, ReadsRecords) {
  Suite suite;
  std::vector<Status> notes;
  ParseTabariRecords("Mini.text", kText, &suite, &notes);
  ASSERT_EQ(suite.records.size(), 8u);
  const SuiteRecord& a = suite.records[0];
  EXPECT_EQ(a.id, "ALPHA-01");
  EXPECT_EQ(a.category, "ALPHA");
  EXPECT_EQ(a.date, "1995-01-01");
  EXPECT_EQ(a.text, "Zembla restored ties with Borduria on Monday.");
  EXPECT_TRUE(a.evaluate);
  ASSERT_EQ(a.expected.size(), 2u);
  EXPECT_EQ(a.expected[0].code, "064");
  EXPECT_EQ(a.expected[1].target, "GOV");  // "~GOV": an agent without a country
  EXPECT_TRUE(suite.records[1].evaluate);  // {+++}: expects nothing
  EXPECT_TRUE(suite.records[1].expected.empty());
  EXPECT_FALSE(suite.records[2].evaluate);  // an option switch only
  EXPECT_TRUE(suite.records[3].evaluate);   // a disabled expectation: expects nothing
  EXPECT_TRUE(suite.records[3].expected.empty());
  EXPECT_FALSE(suite.records[4].evaluate);         // malformed expectation
  EXPECT_EQ(suite.records[4].date, "1995-01-20");  // "9501201": YYMMDD and a stray digit
  EXPECT_EQ(suite.records[5].date, "2012-03-04");
  EXPECT_TRUE(suite.records[5].evaluate);
  EXPECT_FALSE(suite.records[6].evaluate);  // FINAL-01 has no comment
  EXPECT_FALSE(suite.records[7].evaluate);  // after FINAL
  std::string all;
  for (const Status& n : notes) all += n.message() + "\n";
  EXPECT_NE(all.find("Mini.text:21: TABARI option \"SET: CODE BY SENTENCE\""), std::string::npos) << all;
  EXPECT_EQ(all.find("CODE ALL"), std::string::npos) << all;  // same setting: reported once
  EXPECT_NE(all.find("Mini.text:29: record BAD-01: date"), std::string::npos) << all;
  EXPECT_NE(all.find("Mini.text:32: record BAD-01: expected event"), std::string::npos) << all;
  EXPECT_NE(all.find("1 records after the FINAL record"), std::string::npos) << all;
}

TEST(TabariSuite, TwoDigitYearsFollowTabarisPivot) {
  Suite suite;
  std::vector<Status> notes;
  ParseTabariRecords("Y.text",
                     "300101  Y-01\nText one.\n/*\n{ A / B / 010 } */\n"
                     "310101  Y-02\nText two.\n/*\n{ A / B / 010 } */\n"
                     "991231  Y-03\nText three.\n/*\n{ A / B / 010 } */\n",
                     &suite, &notes);
  ASSERT_EQ(suite.records.size(), 3u);
  EXPECT_EQ(suite.records[0].date, "2030-01-01");
  EXPECT_EQ(suite.records[1].date, "1931-01-01");
  EXPECT_EQ(suite.records[2].date, "1999-12-31");
  EXPECT_TRUE(notes.empty());
}

// A header that writes its date twice names the record by the word after the repeat.
TEST(TabariSuite, DateWrittenTwiceInAHeaderIsNotTheId) {
  Suite suite;
  std::vector<Status> notes;
  ParseTabariRecords("D.text",
                     "950101  950101  TWICE-01\nText one.\n/*\n{ A / B / 010 } */\n"
                     "950102  ONCE-01  950102\nText two.\n/*\n{ A / B / 010 } */\n",
                     &suite, &notes);
  ASSERT_EQ(suite.records.size(), 2u);
  EXPECT_EQ(suite.records[0].id, "TWICE-01");
  EXPECT_EQ(suite.records[0].date, "1995-01-01");
  EXPECT_EQ(suite.records[1].id, "ONCE-01");
  EXPECT_TRUE(notes.empty());
}

TEST(TabariSuite, LetterSuffixedCodesAreScoredAsTheirDigits) {
  // "075A", "1234B": a project's refinement of a CAMEO code, compared as the code in its digits; other codes
  // are kept as written.
  Suite suite;
  std::vector<Status> notes;
  ParseTabariRecords("L.text",
                     "950101  L-01\nText one.\n/*\n{ A / B / 075A }\n{ A / C / 1234B }\n{ A / D / 01A }\n"
                     "{ A / E / 0751 } */\n",
                     &suite, &notes);
  ASSERT_EQ(suite.records.size(), 1u);
  ASSERT_EQ(suite.records[0].expected.size(), 4u);
  EXPECT_EQ(suite.records[0].expected[0].code, "075");
  EXPECT_EQ(suite.records[0].expected[1].code, "1234");
  EXPECT_EQ(suite.records[0].expected[2].code, "01A");  // two digits and a letter: not such a code
  EXPECT_EQ(suite.records[0].expected[3].code, "0751");
}

TEST(TabariSuite, CodeAllAppliesUntilCodeByClause) {
  // SET: CODE ALL applies to the records after it; SET: CODE BY CLAUSE, TABARI's default, ends it; SET: CODE
  // BY SENTENCE is not applied and is reported.
  Suite suite;
  std::vector<Status> notes;
  ParseTabariRecords("C.text",
                     "950101  C-01\nOne.\n/*\n{ OPTION: SET: CODE ALL } */\n"
                     "950101  C-02\nTwo.\n/*\n{ A / B / 010 }\n{ OPTION: SET: CODE BY CLAUSE } */\n"
                     "950101  C-03\nThree.\n/*\n{ A / B / 010 }\n{ OPTION: SET: CODE BY SENTENCE } */\n"
                     "950101  C-04\nFour.\n/*\n{ A / B / 010 } */\n",
                     &suite, &notes);
  ASSERT_EQ(suite.records.size(), 4u);
  EXPECT_FALSE(suite.records[0].settings.code_all);
  EXPECT_TRUE(suite.records[1].settings.code_all);
  EXPECT_FALSE(suite.records[2].settings.code_all);
  EXPECT_FALSE(suite.records[3].settings.code_all);
  ASSERT_EQ(notes.size(), 1u);
  EXPECT_NE(notes[0].message().find("SET: CODE BY SENTENCE"), std::string::npos);
}

TEST(TabariSuite, UnclosedCommentIsReported) {
  Suite suite;
  std::vector<Status> notes;
  ParseTabariRecords("U.text", "950101  X-01\nSome text.\n/*\\n{ A / B / 010 }\n", &suite, &notes);
  ASSERT_EQ(suite.records.size(), 1u);
  EXPECT_FALSE(suite.records[0].evaluate);
  ASSERT_EQ(notes.size(), 1u);
  EXPECT_NE(notes[0].message().find("U.text:1"), std::string::npos);
}

TEST(TabariSuite, MinimumWordsAndDefaultActorsApplyToTheRecordsAfterTheirOption) {
  SuiteSettings settings = TabariInitialSettings();
  EXPECT_EQ(settings.minimum_words, 8u);
  std::vector<Status> notes;
  ReadTabariOptions("S.options", "SET: MINIMUM WORDS = 5\nDEFAULT: OFF\n", &notes, &settings);
  EXPECT_TRUE(notes.empty());
  EXPECT_EQ(settings.minimum_words, 5u);
  Suite suite;
  ParseTabariRecords("S.text",
                     "950101  S-01\nZembla restored ties.\n/*\n{ OPTION: SET: MINIMUM WORDS = 3 }\n"
                     "{ OPTION: DEFAULT: SOURCE [DEFSRC] PRIOR TARGET [DEFTAR] AFTER } */\n"
                     "950101  S-02\nRestored ties with Borduria.\n/*\n{ DEFSRC / BOR / 064 } */\n"
                     "950101  S-03\nSwitching PRIOR off.\n/*\n{ OPTION: DEFAULT: OFF }\n"
                     "{ OPTION: DEFAULT: TARGET [T2] } */\n"
                     "950101  S-04\nZembla restored ties.\n/*\n{ ZEM / T2 / 064 } */\n"
                     "950101  S-05\nBad default.\n/*\n{ OPTION: DEFAULT: SOURCE DEFSRC } */\n",
                     &suite, &notes, &settings);
  ASSERT_EQ(suite.records.size(), 5u);
  EXPECT_EQ(suite.records[0].settings.minimum_words, 5u);  // its own option applies after it
  EXPECT_FALSE(suite.records[0].settings.default_actors.active());
  const SuiteSettings& s2 = suite.records[1].settings;
  EXPECT_EQ(s2.minimum_words, 3u);
  EXPECT_EQ(s2.default_actors.source, "DEFSRC");
  EXPECT_EQ(s2.default_actors.target, "DEFTAR");
  EXPECT_TRUE(s2.default_actors.source_prior);
  EXPECT_TRUE(s2.default_actors.target_after);
  const DefaultActors& d4 = suite.records[3].settings.default_actors;
  EXPECT_EQ(d4.source, "");  // OFF reset everything, then only a target was set
  EXPECT_EQ(d4.target, "T2");
  EXPECT_FALSE(d4.source_prior);
  EXPECT_FALSE(d4.target_after);
  // A DEFAULT command dyad cannot read is reported and changes nothing.
  ASSERT_EQ(notes.size(), 1u);
  EXPECT_NE(notes[0].message().find("S.text:22"), std::string::npos) << notes[0].message();
  EXPECT_EQ(settings.default_actors.target, "T2");
}

TEST(TabariSuite, ForwardGroupsTheRecordsOfAStory) {
  Suite suite;
  std::vector<Status> notes;
  ParseTabariRecords("F.text",
                     "950101  F-Init\nForwarding on.\n/*\n{ OPTION: FORWARD: ^^*****NNN*SSS } */\n"
                     "950116  FRWD-001-001\nZembla restored ties with Borduria.\n/*\n{ ZEM / BOR / 064 } */\n"
                     "950116  FRWD-001-002\nIt also praised Borduria.\n/*\n{ ZEM / BOR / 051 } */\n"
                     "950116  FRWD-002-001\nBorduria praised Zembla.\n/*\n{ BOR / ZEM / 051 } */\n"
                     "950101  F-Off\nForwarding off.\n/*\n{ OPTION: FORWARD: ^^*****NNN*SSS OFF } */\n"
                     "950116  FRWD-002-002\nIt praised Zembla.\n/*\n{ BOR / ZEM / 051 } */\n"
                     "950101  F-Doc\nDocument ids.\n/*\n{ OPTION: FORWARD: ^^*****NNN*SSS DOC } */\n",
                     &suite, &notes);
  ASSERT_EQ(suite.records.size(), 7u);
  EXPECT_EQ(suite.records[0].story, "");
  EXPECT_EQ(suite.records[1].settings.forward_mask, "^^*****NNN*SSS");
  EXPECT_EQ(suite.records[1].story, "001");
  EXPECT_EQ(suite.records[2].story, "001");
  EXPECT_EQ(suite.records[3].story, "002");
  EXPECT_EQ(suite.records[5].story, "");  // forwarding switched off
  // FBIS document ids as stories (DOC) are not read: reported.
  ASSERT_EQ(notes.size(), 1u);
  EXPECT_NE(notes[0].message().find("DOC"), std::string::npos);
}

TEST(TabariSuite, CommaClausesWithinTheBoundsAreRemoved) {
  const CommaClauses standard;  // internal and terminal clauses of 2 to 10 words, no initial clause
  EXPECT_EQ(RemoveCommaClauses(
                "Zembla, its old rival, restored ties with Borduria, officials said on Monday.", standard),
            "Zembla restored ties with Borduria.");
  // Internal clauses go first: the clause after the last comma is measured in what is left.
  EXPECT_EQ(
      RemoveCommaClauses("Zembla, wary as ever, urged Borduria to lift the blockade of the port.", standard),
      "Zembla urged Borduria to lift the blockade of the port.");
  EXPECT_EQ(
      RemoveCommaClauses("Zembla restored ties with Borduria, a move that surprised nearly every diplomat "
                         "who had followed the dispute closely.",
                         standard),
      "Zembla restored ties with Borduria, a move that surprised nearly every diplomat who had followed the "
      "dispute closely.");  // 14 words: kept
  EXPECT_EQ(RemoveCommaClauses("Trade rose to 1,000 tonnes.", standard), "Trade rose to 1,000 tonnes.");
  // A clause closed by ", and" or ", or" is a list's member, kept as TABARI keeps it.
  EXPECT_EQ(
      RemoveCommaClauses("Zembla, the proud Borduria, and Syldavia restored ties with Krakozhia.", standard),
      "Zembla, the proud Borduria, and Syldavia restored ties with Krakozhia.");
  EXPECT_EQ(RemoveCommaClauses("Zembla, the proud Borduria, or Syldavia may restore ties.", standard),
            "Zembla, the proud Borduria, or Syldavia may restore ties.");
  EXPECT_EQ(RemoveCommaClauses("Zembla, the proud neighbour, andorran envoys said.", standard),
            "Zembla andorran envoys said.");
  CommaClauses initial;
  initial.bmin = 3;
  initial.bmax = 8;
  initial.emin = 255;
  initial.emax = 0;
  EXPECT_EQ(RemoveCommaClauses("Zembla is about to restore complete, full ties with Borduria.", initial),
            "full ties with Borduria.");
}

TEST(TabariSuite, CommaOptionSetsTheBoundsItNamesAndOffStopsRemoval) {
  Suite suite;
  std::vector<Status> notes;
  ParseTabariRecords("C.text",
                     "950101  C-01\nChange.\n/*\n{ OPTION: COMMA: MIN = 4 MAX = 6 BMIN = 3 BMAX = 8 } */\n"
                     "950101  C-02\nOff.\n/*\n{ OPTION: COMMA: OFF } */\n"
                     "950101  C-03\nAgain.\n/*\n{ OPTION: COMMA: EMAX = 5 } */\n"
                     "950101  C-04\nBad.\n/*\n{ OPTION: COMMA: WIDTH = 5 } */\n"
                     "950101  C-05\nEnd.\n/*\n{+++} */\n",
                     &suite, &notes);
  ASSERT_EQ(suite.records.size(), 5u);
  ASSERT_TRUE(suite.records[0].settings.comma.has_value());  // TABARI's default
  EXPECT_EQ(*suite.records[0].settings.comma, CommaClauses{});
  const CommaClauses& changed = *suite.records[1].settings.comma;
  EXPECT_EQ(changed.min, 4u);
  EXPECT_EQ(changed.max, 6u);
  EXPECT_EQ(changed.emin, 2u);  // not named: kept
  EXPECT_EQ(changed.bmax, 8u);
  EXPECT_FALSE(suite.records[2].settings.comma.has_value());
  ASSERT_TRUE(suite.records[3].settings.comma.has_value());  // set again from the defaults
  EXPECT_EQ(suite.records[3].settings.comma->emax, 5u);
  EXPECT_EQ(suite.records[3].settings.comma->min, 2u);
  ASSERT_EQ(notes.size(), 1u);  // WIDTH is no bound
  EXPECT_NE(notes[0].message().find("WIDTH"), std::string::npos);
  EXPECT_EQ(suite.records[4].settings.comma->emax, 5u);
}

TEST(TabariSuite, ReadsFilesBesideTheProjectThenDictDir) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / ("dyad_tabari_suite_test_" + std::to_string(::getpid()));
  fs::create_directories(dir / "suite");
  fs::create_directories(dir / "dicts");
  std::ofstream(dir / "suite" / "Mini.project") << kProject;
  std::ofstream(dir / "dicts" / "Mini.text") << kText;  // not beside: found in the dictionary directory
  std::vector<Status> notes;
  auto suite = ReadTabariSuite((dir / "suite" / "Mini.project").string(), (dir / "dicts").string(), &notes);
  ASSERT_TRUE(suite.ok()) << suite.status().ToString();
  EXPECT_EQ(suite->records.size(), 8u);
  EXPECT_EQ(suite->dictionaries.size(), 3u);
  bool options_missing = false;
  for (const Status& n : notes)
    options_missing |= n.message().find("Mini.options not found") != std::string::npos;
  EXPECT_TRUE(options_missing);
  auto missing = ReadTabariSuite((dir / "suite" / "Mini.project").string(), "", &notes);
  EXPECT_FALSE(missing.ok());
  fs::remove_all(dir);
}

// The '%' patterns of a verb file, by line, with the side of the verb the marker stands on; '%' in a comment
// or on a verb line is no marker.
TEST(TabariCompoundPatterns, FindsMarkedPatternLines) {
  const auto found = TabariCompoundPatterns("Mini.verbs",
                                            "GREET  [040]\n"
                                            "- % * WARMLY  [041] ;a 100% sure\n"
                                            "- * TALKS  [031] ; not 50% of them\n"
                                            "- HAS * WITH %  [067]\n"
                                            "TRADE%  [050]\n"
                                            "\t-  %  SAID WILL_*  [036]\n");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0], (CoderOptions::CompoundPattern{"Mini.verbs", 2, false}));
  EXPECT_EQ(found[1], (CoderOptions::CompoundPattern{"Mini.verbs", 4, true}));
  EXPECT_EQ(found[2], (CoderOptions::CompoundPattern{"Mini.verbs", 6, false}));
}

// TABARI's own national code may spell a CAMEO sector or religion; the actor file's longer codes that extend
// it show that it is national, and for the suite it then composes agents as a country does. The reader keeps
// reading it as the sector (news coding with TABARI's files is unchanged).
TEST(TabariSuite, SectorLettersTheActorFileExtendsAreNationalCodes) {
  DictionarySource source;
  std::vector<Status> notes;
  source.entries.emplace_back();  // an entry of another file stays as it is
  source.entries.back().kind = EntryKind::kActor;
  source.entries.back().code = "SHI";
  ReadTabariDictionary("Realm.actors",
                       "NORTHMARK [SHI]\nNORTHMARK_NAVY [SHIMIL]\nHILL_MONKS [BUD]\nRIVER_PEOPLE [ELI]\n",
                       ForeignFileKind::kActors, &source, &notes);
  ASSERT_EQ(source.entries.size(), 5u);
  EXPECT_EQ(source.entries[1].kind, EntryKind::kActor);  // as read
  EXPECT_EQ(TabariNationalCodesByUse(&source, 1), 1u);
  EXPECT_EQ(source.entries[0].kind, EntryKind::kActor);
  EXPECT_EQ(source.entries[1].kind, EntryKind::kCountry);
  EXPECT_EQ(source.entries[1].country, "SHI");
  EXPECT_TRUE(source.entries[1].sectors.empty());
  EXPECT_EQ(source.entries[2].code, "SHIMIL");
  EXPECT_EQ(source.entries[3].kind, EntryKind::kActor);  // never extended: the religion
  EXPECT_EQ(source.entries[4].kind, EntryKind::kActor);
}

}  // namespace
}  // namespace dyad
