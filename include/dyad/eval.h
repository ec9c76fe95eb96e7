// Evaluation against the community's validation suites: reading a suite, and scoring coded events against it.
//
// Scoring follows the convention the suites' own tools use: an expected event is found when source, target
// and CAMEO code all match an event coded for the same record; events that match nothing are extras. A record
// that expects no event (a null coding) is correct when nothing is coded.
#ifndef DYAD_EVAL_H_
#define DYAD_EVAL_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/coder.h"
#include "dyad/event.h"
#include "dyad/status.h"

namespace dyad {

struct ExpectedEvent {
  std::string source;
  std::string target;
  std::string code;
};

// TABARI's COMMA option: a comma-delimited clause whose length in words lies within the bounds is removed
// before coding (appositions, "a senior official said on Saturday"). Internal clauses lie between two commas,
// the initial one before the first comma (B), the terminal one after the last (E). A clause is removed when
// min <= words <= max; min > max never removes.
struct CommaClauses {
  uint32_t min = 2, max = 10;     // internal
  uint32_t emin = 2, emax = 10;   // terminal
  uint32_t bmin = 255, bmax = 0;  // initial: never, TABARI's default
  bool operator==(const CommaClauses&) const = default;
};

// `text` without the comma-delimited clauses that `comma` removes (TABARI's COMMA option). A comma counts as
// a delimiter when white space follows it ("1,000" is one word). An internal clause whose closing comma is
// followed by "and" or "or" is a list's member ("X, the awful Y, and Z"), not removed, and neither is the
// terminal clause that such a ", and" opens.
std::string RemoveCommaClauses(std::string_view text, const CommaClauses& comma);

// Settings a suite switches for the records that follow (TABARI's .options file and "{ OPTION: ... }"
// records, docs/validation.md) or a PETRARCH suite's <Config option="..." value="..."> elements.
struct SuiteSettings {
  // TABARI's SET: MINIMUM WORDS: a record of fewer words (runs of characters between white space) is not
  // coded. 0: no minimum.
  uint32_t minimum_words = 0;
  DefaultActors default_actors;  // TABARI's DEFAULT: (CoderOptions::default_actors)
  // TABARI's COMMA: (RemoveCommaClauses); null for the PETRARCH suites.
  std::optional<CommaClauses> comma;
  // TABARI's FORWARD: mask ("^^*****NNN*SSS"): the record ids carry a story number (the N positions) and a
  // sentence number (S); the sentences of one story are coded as one story, so that "He" and "it" in one
  // record find the actors of the records before it. "": records are coded each on its own.
  std::string forward_mask;
  // TABARI's SET: CODE ALL (CoderOptions::code_all_verbs); SET: CODE BY CLAUSE, TABARI's default, ends it.
  bool code_all = false;
  // PETRARCH's require_dyad (CoderOptions::require_dyad), "true" unless a <Config> sets "false" (any case).
  bool require_dyad = true;
  // TABARI's COMPLEX: VERBS[N] CONJ[M] (CoderOptions::complexity); its other conditions are not applied.
  CoderOptions::Complexity complexity;
};

struct SuiteRecord {
  std::string id;
  std::string date;      // YYYY-MM-DD
  std::string category;  // "DEMO", "AGENT", ... (suites select categories to evaluate)
  std::string text;      // the sentence(s) to code, white space collapsed
  bool evaluate = true;  // false when the suite says evaluate="false" or the category is not included
  std::vector<ExpectedEvent> expected;  // empty: the record expects no event
  SuiteSettings settings;               // in force when the record is coded
  // The story the record continues under TABARI's FORWARD: the id's characters at the mask's N positions,
  // the mask aligned with the id's end ("FRWD-001-002" under "^^*****NNN*SSS": "001"). "": none.
  std::string story;
};

struct SuiteDictionaryFile {
  std::string kind;  // "verbs", "actors", "agents", "discards"
  std::string name;  // file name as the suite gives it
};

struct Suite {
  std::vector<SuiteRecord> records;
  std::vector<SuiteDictionaryFile> dictionaries;  // from <Environment>
  // PETRARCH-2's internal coding ontology (<PICOfile>) as the suite names it; "": none (PETRARCH-1).
  std::string ontology_file;
};

// Reads a PETRARCH validation XML file (<Environment> with <Verbfile>, <Actorfile>, <Agentfile>,
// <Discardfile>, <Include>; <Sentence id date category evaluate> with <EventCoding> and <Text>). <Parse> is
// ignored: dyad codes the text. Records of categories missing from <Include> are kept with evaluate = false.
Result<Suite> ParsePetrarchSuite(std::string_view file_name, std::string_view xml);

struct RecordScore {
  uint32_t correct = 0;  // expected events found
  uint32_t missing = 0;  // expected events not found
  uint32_t extra = 0;    // coded events that match no expected event
};

// Scores the events coded for one record. Duplicate coded events count once.
RecordScore ScoreRecord(const SuiteRecord& record, const std::vector<Event>& coded);

struct SuiteScore {
  uint32_t records = 0;        // evaluated records
  uint32_t exact_records = 0;  // records with nothing missing and nothing extra
  uint32_t correct = 0;
  uint32_t missing = 0;
  uint32_t extra = 0;
  uint32_t extra_records = 0;  // records with at least one extra event
  void Add(const RecordScore& r);
  // "validate: records=R correct=C missing=M extra=E extra_records=X"
  std::string SummaryLine() const;
};

// ---- TABARI validation suites (src/eval/tabari_suite.cc) ----
// A TABARI .project file names the dictionaries (<actorsfile>, <agentsfile>, <verbsfile>), the <optionsfile>
// and the <textfile> whose records carry the expected events (docs/validation.md describes the format).

struct TabariProject {
  std::vector<SuiteDictionaryFile> dictionaries;  // kinds "actors", "agents", "verbs", in file order
  std::string options_file;                       // empty when the project names none
  std::string text_file;
};

// True for a file name ending in ".project".
bool IsTabariProjectName(std::string_view file_name);

// Reads a .project file. InvalidArgument("FILE:LINE: ...") when a file line is malformed or no <textfile>.
[[nodiscard]] Result<TabariProject> ParseTabariProject(std::string_view file_name, std::string_view text);

// The settings TABARI codes with before any option: a minimum of 8 words, no default actors.
SuiteSettings TabariInitialSettings();

// Reads a TABARI .options file. The options dyad applies (SET: MINIMUM WORDS, DEFAULT:) change `settings`
// (when not null); every other option that changes coding is appended to `notes` once (Unsupported,
// "FILE:LINE: ..."); output-only options (LABEL, OUTPUT, usage counts) are not.
void ReadTabariOptions(std::string_view file_name, std::string_view text, std::vector<Status>* notes,
                       SuiteSettings* settings = nullptr);

// Appends the records of a TABARI validation text file to `suite`. Records without an expectation, malformed
// ones and those after the FINAL record keep evaluate = false; each problem is a "FILE:LINE: ..." note, and
// in-record "{ OPTION: ... }" switches dyad cannot apply are reported once each. Reading always continues.
// Each record carries the settings in force at its header: `settings` (TabariInitialSettings() when null)
// changed by the options of the records before it; `settings` is left as the last record leaves it.
void ParseTabariRecords(std::string_view file_name, std::string_view text, Suite* suite,
                        std::vector<Status>* notes, SuiteSettings* settings = nullptr);

// TABARI writes an agent's code after whatever actor code precedes it; dyad composes agents with `country`
// entries only, and a bare 3-letter code whose letters are a CAMEO sector or religion is read as that sector
// (TABARI's suite's "ITHILEN [ITH]": ITH is also a religion's code, so "Ithilen's government" was ITH, not
// ITHGOV). For the suite, such an actor entry of `source` (from `first` on: one actor file's entries) whose
// code the same entries extend ("ITHILEN MILITARY [ITHMIL]") becomes a `country` entry. A suite setting of
// `dyad validate`, not a reading of the format: the CAMEO files extend their religion and NGO codes too
// ("CHRCTH", "NGOHRI"), and a religion or an NGO taken as a country in news would lend itself to the
// sentence's bare sector nouns. Returns how many entries changed. Source: src/eval/tabari_suite_patterns.cc.
size_t TabariNationalCodesByUse(DictionarySource* source, size_t first);

// The patterns of a TABARI verb file written with the compound marker '%' ("- % * TALKS [031]"), named by
// `file_name` and their line (counted from 1), as the verb reader names the entries it makes of them
// (DictionaryEntry::file, ::line): the coder's CoderOptions::compound_patterns. A marker after the '*' puts
// the compound after the verb. Source: src/eval/tabari_suite_patterns.cc.
std::vector<CoderOptions::CompoundPattern> TabariCompoundPatterns(std::string_view file_name,
                                                                  std::string_view verbs_text);
// The same for a PETRARCH verb file, whose comments start with '#' (a '%' or '*' in a comment is no
// marker). UniversalPetrarch's suites expect the bare ones ("POSTPONE - % * [120]") to win when the compound
// is there (CoderOptions::compound_patterns). Source: src/eval/petrarch_suite.cc.
std::vector<CoderOptions::CompoundPattern> PetrarchCompoundPatterns(std::string_view file_name,
                                                                    std::string_view verbs_text);

// Reads a whole TABARI suite: the .project, its options and text files (looked up beside the project, then
// in `dict_dir` when not empty). The dictionaries are only named (suite.dictionaries), not read. NotFound
// when the project or its text file cannot be read; everything else goes to `notes`.
[[nodiscard]] Result<Suite> ReadTabariSuite(const std::string& project_path, const std::string& dict_dir,
                                            std::vector<Status>* notes);

}  // namespace dyad

#endif  // DYAD_EVAL_H_
