// dyad validate: codes a validation suite's records and scores them (include/dyad/eval.h).
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <string_view>

#include "cli.h"
#include "coding/negated_acts.h"
#include "coding/sentence.h"
#include "dyad/coder.h"
#include "dyad/dictionary_formats.h"
#include "dyad/eval.h"
#include "dyad/text.h"

namespace dyad_cli {
namespace {

const char kValidateHelp[] =
    R"(Usage: dyad validate SUITE [--dict-dir DIR] [--own-dictionaries] [--paired-codes] [--all] [--no-pos] [-q]

Codes every record of a PETRARCH validation XML suite (the <Text>, not the <Parse>) and compares the events
with the suite's <EventCoding> records: an expected event is found when source, target and code all match.
Prints each record that is not exactly right (every record with --all), then the totals and one line
  validate: records=R correct=C missing=M extra=E extra_records=X
Records marked evaluate="false", or whose category <Include> leaves out, are not scored.

SUITE may also be a TABARI .project file: the records of its <textfile> are coded and compared with the
"{ SOURCE / TARGET / CODE }" lines of their comments ({+++}, {---}, {###}: nothing coded). Records up to the
FINAL record are scored. The suite's SET: MINIMUM WORDS, SET: CODE ALL, DEFAULT:, FORWARD:, COMMA: and
COMPLEX: (its VERBS and CONJ limits) options (.options file or "{ OPTION: ... }") apply from the next record on; options dyad cannot apply are reported once.
TABARI codes one verb per clause and pairs events: a verb's secondary code ("LEFT_ [032:033]") is also coded
as the target's act toward the source. A pattern with TABARI's compound marker ("- % * TALKS") codes only
within the coordinated actors at the marker ("Gondor and Osgiliath held talks"), each toward the other, and an
actor with a compound code ("[FRO/BIL/SAM]") is each of its parts. UniversalPetrarch's suites (they name a
<PICOfile>) read '%' so too, and a bare one ("POSTPONE - % * [120]") wins over the verb's longer patterns,
there and in PETRARCH-1's unit suite, which keeps the verb's own actor on the side away from the marker when
there is one ("% HAVE * [191]": each member of the group toward the verb's object).
TABARI's and PETRARCH-1's pattern words
that '_' does not join may have any words of the clause between them ("SUGGESTED * APPLY" on "suggested Gondor
should apply"; PETRARCH-1's unit suite, the one without a <PICOfile>).
For TABARI and PETRARCH-1's unit suite (with their own dictionaries) the words of an actor name may stand up to
two words apart ("ITHILEN TELEVISION" names "Ithilen state-run television"; "Dol_Amroth" is "Dol Amroth").
PETRARCH suites are paired too: PETRARCH-1's unit suite and
UniversalPetrarch's (2.02, petr2-gsr) expect the pairs their dictionaries give ("RECEIVE - * MINISTERS
[043:042]"), and a secondary code alone ("RECEIVE - * ASSURANCE [:030]") codes only that act; --paired-codes,
once needed for that, is still accepted. Every suite is coded as TABARI and
PETRARCH code: an act announced with "will" is the act ("will contribute" 071), not an intent, a place
after an act without object is its target ("will meet in Zurich"), and for a PETRARCH suite an event noun
in a verb's object ("condemned an attack by X") is part of the object, and a fight a statement reports is
the statement about it, as PETRARCH-2 combines them ("X said Y attacked Z": X accuses Y, 112; "X said it
attacked Z": X claims responsibility, 015), and the acts of a participle clause after a comma (", killing
eight people") are not coded. PETRARCH-1's <Config option="require_dyad" value="false"> holds for the
records after it: an act whose target is missing is coded with an empty target when its source stands right
before it ("..., a senior official said"); UniversalPetrarch's suites (they name a <PICOfile>) code dyads only.

Dictionaries: the ones the suite's <Environment> names (TABARI, PETRARCH/Phoenix or native format, detected
per file), looked up beside the suite, then in --dict-dir DIR; CAMEO names, Goldstein values and PLOVER
mappings come from dyad's own table. With --own-dictionaries dyad's default dictionaries code the suite instead
(--dict-dir then names a native dictionary directory). Constructs of the suite's dictionaries that dyad cannot
express are counted and listed with --all.

Examples:
  dyad validate ../shared/data/gold/petrarch-unit/PETR.UnitTest.records.xml
  dyad validate ../shared/data/gold/petr2-gsr/PETR2_GSR_validation.xml --dict-dir ../shared/data/dictionaries/phoenix
  dyad validate ../shared/data/gold/tabari-validation/Validate.project
)";

// Loads the dictionaries a suite names, plus dyad's CAMEO table. Prints why and returns null when a file is
// missing; conversion notes are counted (and printed when `verbose`). The '%' patterns of TABARI verb files
// are appended to `compound` (TabariCompoundPatterns).
std::shared_ptr<const dyad::Dictionary> LoadSuiteDictionaries(
    const dyad::Suite& suite, const std::string& suite_path, const std::string& dict_dir, bool verbose,
    std::vector<dyad::CoderOptions::CompoundPattern>* compound) {
  namespace fs = std::filesystem;
  dyad::DictionarySource source;
  std::vector<dyad::Status> notes;
  for (const dyad::SuiteDictionaryFile& file : suite.dictionaries) {
    fs::path path = fs::path(suite_path).parent_path() / file.name;
    if (!fs::exists(path) && !dict_dir.empty()) path = fs::path(dict_dir) / file.name;
    std::string text;
    if (!fs::exists(path) || !ReadFile(path.string(), &text)) {
      std::fprintf(stderr, "dyad: the suite names %s file %s: not found beside the suite%s\n",
                   file.kind.c_str(), file.name.c_str(),
                   dict_dir.empty() ? " (give --dict-dir DIR)" : (" nor in " + dict_dir).c_str());
      return nullptr;
    }
    dyad::ForeignFileKind kind = dyad::ForeignFileKind::kActors;
    if (file.kind == "verbs") kind = dyad::ForeignFileKind::kVerbs;
    if (file.kind == "agents") kind = dyad::ForeignFileKind::kAgents;
    if (file.kind == "discards") kind = dyad::ForeignFileKind::kDiscards;
    switch (dyad::DetectDictionaryFormat(file.name, std::string_view(text).substr(0, 4096))) {
      case dyad::DictionaryFormat::kNative:
        dyad::ParseNativeDictionary(path.string(), text, &source, &notes);
        break;
      case dyad::DictionaryFormat::kTabari: {
        const size_t first = source.entries.size();
        dyad::ReadTabariDictionary(path.string(), text, kind, &source, &notes);
        // TABARI composes an agent with any actor code (TabariNationalCodesByUse).
        if (kind == dyad::ForeignFileKind::kActors) dyad::TabariNationalCodesByUse(&source, first);
        if (kind != dyad::ForeignFileKind::kVerbs) break;
        std::vector<dyad::CoderOptions::CompoundPattern> marked =
            dyad::TabariCompoundPatterns(path.string(), text);
        compound->insert(compound->end(), marked.begin(), marked.end());
        break;
      }
      case dyad::DictionaryFormat::kPetrarch: {
        const size_t first = source.entries.size();
        dyad::ReadPetrarchDictionary(path.string(), text, kind, &source, &notes);
        // PETRARCH, too, composes an agent with any actor code ("Ithilen's president" ITHGOV).
        if (kind == dyad::ForeignFileKind::kActors) dyad::TabariNationalCodesByUse(&source, first);
        if (kind == dyad::ForeignFileKind::kVerbs) {
          std::vector<dyad::CoderOptions::CompoundPattern> marked =
              dyad::PetrarchCompoundPatterns(path.string(), text);
          compound->insert(compound->end(), marked.begin(), marked.end());
        }
        break;
      }
    }
  }
  // Names, Goldstein values and PLOVER mappings of the CAMEO codes, from dyad's own table.
  dyad::DictionarySource own;
  std::vector<dyad::Status> own_errors;
  if (dyad::ReadNativeDictionaryDir(dyad::DefaultDictionaryDir(), &own, &own_errors).ok()) {
    for (auto& e : own.entries)
      if (e.kind == dyad::EntryKind::kCameo) source.entries.push_back(std::move(e));
  }
  size_t before_compile = notes.size();
  auto dict = dyad::Dictionary::Compile(std::move(source), &notes);
  std::fprintf(stderr, "dyad: suite dictionaries: %zu conversion notes, %zu compile notes%s\n",
               before_compile, notes.size() - before_compile, verbose ? "" : " (--all lists them)");
  if (verbose)
    for (const auto& n : notes) std::fprintf(stderr, "  %s\n", n.message().c_str());
  return dict;
}

// Words of a record as TABARI counts them for SET: MINIMUM WORDS: runs of characters between white space
// ("Gondor's planes attacked Osgiliath." is 4).
uint32_t WordCount(std::string_view text) {
  uint32_t n = 0;
  bool in_word = false;
  for (char c : text) {
    const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (!space && !in_word) ++n;
    in_word = !space;
  }
  return n;
}

// Whether a sentence of `text` holds a discard phrase of `dict` valid on `date` (the coder's own test,
// src/coding/sentence.h). TABARI looks for discards in the whole record, before it removes comma clauses: its
// suite's TIME-03 ("... with Gondor, kan wa ma kan, almost five years ...") is discarded by the time phrase
// KAN_WA_MA_KAN [###], which is an internal comma clause.
bool HoldsDiscard(const dyad::Dictionary& dict, const std::string& text, const std::string& date) {
  std::vector<dyad::Token> tokens;
  std::vector<dyad::Sentence> sentences;
  dyad::Tokenize(text, &tokens);
  dyad::SplitSentences(text, tokens, &sentences);
  dyad::SentenceAnalysis a;
  for (const dyad::Sentence& s : sentences) {
    dyad::AnalyseTokens(dict.compiled(), text, tokens.data() + s.first_token, tokens.data() + s.end_token,
                        &a);
    if (dyad::HasDiscardPhrase(dict.compiled(), a, date)) return true;
  }
  return false;
}

std::string Triples(const std::vector<dyad::ExpectedEvent>& events) {
  std::string out;
  for (const auto& e : events) {
    if (!out.empty()) out += ", ";
    out += (e.source.empty() ? "-" : e.source) + "/" + (e.target.empty() ? "-" : e.target) + "/" + e.code;
  }
  return out.empty() ? "none" : out;
}

}  // namespace

int RunValidate(int argc, char** argv) {
  Args args = ParseArgs(argc, argv, 2, {"--dict-dir"},
                        {"--all", "--quiet", "--own-dictionaries", "--no-pos", "--paired-codes"});
  if (!args.error.empty()) return Usage(args.error, kValidateHelp);
  if (Has(args, "--help")) {
    std::fputs(kValidateHelp, stdout);
    return kExitOk;
  }
  if (args.positional.size() != 1) return Usage("expected one SUITE file", kValidateHelp);
  const std::string path = args.positional[0];
  dyad::Result<dyad::Suite> suite = dyad::Status::NotFound(path);
  if (dyad::IsTabariProjectName(path)) {
    // TABARI's suite: notes on its records and on the options dyad cannot apply, each once, on stderr.
    std::vector<dyad::Status> notes;
    suite = dyad::ReadTabariSuite(path, Get(args, "--dict-dir"), &notes);
    for (const dyad::Status& n : notes) std::fprintf(stderr, "dyad: %s\n", n.message().c_str());
  } else {
    std::string xml;
    if (!ReadFile(path, &xml)) {
      std::fprintf(stderr, "dyad: cannot read %s\n", path.c_str());
      return kExitBadInput;
    }
    suite = dyad::ParsePetrarchSuite(path, xml);
  }
  if (!suite.ok()) {
    std::fprintf(stderr, "dyad: %s\n", suite.status().ToString().c_str());
    return kExitBadInput;
  }
  std::shared_ptr<const dyad::Dictionary> dict;
  std::vector<dyad::CoderOptions::CompoundPattern> compound_patterns;
  if (Has(args, "--own-dictionaries") || suite->dictionaries.empty()) {
    dict = LoadDictionary(Get(args, "--dict-dir"), Has(args, "--quiet"));
  } else {
    dict =
        LoadSuiteDictionaries(*suite, path, Get(args, "--dict-dir"), Has(args, "--all"), &compound_patterns);
  }
  if (!dict) return kExitBadInput;
  std::unique_ptr<const dyad::PosTagger> tagger;
  if (!Has(args, "--no-pos")) tagger = LoadPosTagger(Has(args, "--quiet"));
  dyad::CoderOptions coder_options;
  coder_options.pos_tagger = tagger.get();
  coder_options.sentence_country_sectors =
      false;  // the suites' coders compose agents only with adjacent countries
  coder_options.targetless_statements = false;  // the suites list no statements without a target
  // The suites code what a statement reports, and nothing for a statement alone.
  coder_options.bare_statements = Has(args, "--own-dictionaries")
                                      ? dyad::CoderOptions::BareStatements::kNever
                                      : dyad::CoderOptions::BareStatements::kAsDictionary;
  coder_options.refusals = false;                 // the suites' coders drop negated acts
  coder_options.national_teams_in_sport = false;  // one sentence is too little to tell a sport story
  // TABARI codes one verb per clause, the first that a pattern matches (docs/validation.md).
  coder_options.first_verb_per_clause = dyad::IsTabariProjectName(path);
  // TABARI composes an agent with the country next to it only, not with every coordinated country.
  coder_options.distribute_agents = !dyad::IsTabariProjectName(path);
  coder_options.possessive_modifiers = !dyad::IsTabariProjectName(path);  // "Dagolath's first Deputy ..."
  coder_options.possessor_names = !dyad::IsTabariProjectName(path);       // "Ithilen's minister Calimehtar"
  // TABARI and PETRARCH-1 match an actor name's words with words between them ("Ithilen state-run
  // television"; PETRARCH-1's unit suite, the one without a <PICOfile>, expects it too), in their own
  // dictionaries (docs/validation.md, branch actors7).
  coder_options.name_gaps =
      dyad::IsTabariProjectName(path) || (suite->ontology_file.empty() && !Has(args, "--own-dictionaries"));
  // Every suite pairs events; `--paired-codes` is kept for scripts that still pass it.
  coder_options.paired_events = true;
  coder_options.split_compound_codes = suite->ontology_file.empty();  // PETRARCH-2 keeps "FRO/BIL/SAM" whole
  coder_options.future_as_act = true;
  // TABARI allows any words between pattern words that '_' does not join ("SUGGESTED * APPLY" on "suggested
  // Gondor should apply"; docs/validation.md, branch tabari5), and so does PETRARCH-1 within the verb's
  // phrase of its parse (its lower-phrase match skips any word; the unit suite, without a <PICOfile>; branch
  // tabari8). PETRARCH-2 matches its patterns on the parse tree's constituents.
  coder_options.unbounded_pattern_gaps = dyad::IsTabariProjectName(path) || suite->ontology_file.empty();
  coder_options.hypotheticals_as_acts = dyad::IsTabariProjectName(path);
  // PETRARCH codes verbs only: an event noun in a verb's object is part of the object (docs/validation.md).
  coder_options.object_nouns_as_events = dyad::IsTabariProjectName(path);
  // TABARI's '%' patterns code within the compound at the marker (docs/validation.md, "Compounds"), and so
  // do UniversalPetrarch's (the suites naming a <PICOfile>).
  // PETRARCH-1's unit suite (no <PICOfile>) reads them too, but keeps the verb's own actor on the side
  // away from the marker (CoderOptions::compound_pattern_keeps_roles; docs/validation.md, branch suites15).
  coder_options.compound_patterns = std::move(compound_patterns);
  coder_options.compound_pattern_keeps_roles =
      !dyad::IsTabariProjectName(path) && suite->ontology_file.empty() && !Has(args, "--own-dictionaries");
  // PETRARCH's and TABARI's coders take a place after an act without object as its target: TABARI's target
  // is the first actor after the verb, whatever its preposition ("appealed for peace in Ithilen", the
  // suite's DEMO-16; docs/validation.md).
  coder_options.place_targets = true;
  // PETRARCH-2 combines a statement with the fight it reports ("X said Y attacked Z": X accuses Y, 112).
  coder_options.nested_speech = !dyad::IsTabariProjectName(path);
  // PETRARCH-2's suites do not code a participle clause's act (", killing eight").
  coder_options.participle_clause_acts = dyad::IsTabariProjectName(path);
  // PETRARCH-2 codes a negated act as its coding ontology's negation ("did not clash" 110 is 050), read from
  // the <PICOfile> the suite names, beside it or in --dict-dir (src/coding/negated_acts.h).
  if (!suite->ontology_file.empty()) {
    namespace fs = std::filesystem;
    fs::path ontology = fs::path(path).parent_path() / suite->ontology_file;
    if (!fs::exists(ontology) && !Get(args, "--dict-dir").empty())
      ontology = fs::path(Get(args, "--dict-dir")) / suite->ontology_file;
    std::string text;
    if (fs::exists(ontology) && ReadFile(ontology.string(), &text)) {
      auto negations = dyad::ReadNegationOntology(text);
      if (!negations.ok()) {
        std::fprintf(stderr, "dyad: %s: %s\n", ontology.string().c_str(),
                     negations.status().ToString().c_str());
        return kExitBadInput;
      }
      coder_options.negated_codes = std::move(negations).value();
    } else if (!Has(args, "--quiet")) {
      std::fprintf(stderr,
                   "dyad: the suite names the coding ontology %s: not found; negated acts are dropped\n",
                   suite->ontology_file.c_str());
    }
  }
  // A record's settings (TABARI's options, SuiteSettings) change the coder's; a new Coder is made when they
  // change (a Coder is cheap to make).
  auto coder = std::make_unique<dyad::Coder>(dict, coder_options);
  dyad::SuiteScore total;
  std::vector<dyad::Event> events;
  // TABARI's FORWARD (SuiteRecord::story): a record that continues a story takes as its source, when it
  // names none ("He has also asked Gondor ..."), the actor of the last source coded in the story, without
  // its agent (the suite's FRWD records: "FOR should be forwarded; ... this doesn't get the agent, only the
  // actor"). It goes before a DEFAULT source.
  std::string story, forwarded;
  for (const dyad::SuiteRecord& record : suite->records) {
    if (!record.evaluate) continue;
    if (record.story.empty() || record.story != story) forwarded.clear();
    story = record.story;
    dyad::DefaultActors defaults = record.settings.default_actors;
    if (!forwarded.empty()) {
      defaults.source = forwarded;
      defaults.source_prior = true;
    }
    if (!(defaults == coder_options.default_actors) ||
        record.settings.code_all != coder_options.code_all_verbs ||
        record.settings.require_dyad != coder_options.require_dyad ||
        !(record.settings.complexity == coder_options.complexity)) {
      coder_options.default_actors = defaults;
      coder_options.code_all_verbs = record.settings.code_all;
      coder_options.require_dyad = record.settings.require_dyad;
      coder_options.complexity = record.settings.complexity;
      coder = std::make_unique<dyad::Coder>(dict, coder_options);
    }
    dyad::Document doc;
    doc.id = record.id;
    doc.text =
        record.settings.comma ? dyad::RemoveCommaClauses(record.text, *record.settings.comma) : record.text;
    doc.date = record.date;
    events.clear();
    const bool discarded = doc.text != record.text && HoldsDiscard(*dict, record.text, record.date);
    if (WordCount(record.text) >= record.settings.minimum_words && !discarded)
      coder->CodeDocument(doc, &events);
    if (!story.empty() && !events.empty()) {
      const dyad::EventActor& source = events.front().source;
      if (!source.code.empty()) forwarded = source.country.empty() ? source.code : source.country;
    }
    dyad::RecordScore score = dyad::ScoreRecord(record, events);
    total.Add(score);
    if (Has(args, "--quiet") || (!Has(args, "--all") && score.missing == 0 && score.extra == 0)) continue;
    std::vector<dyad::ExpectedEvent> got;
    for (const auto& e : events) got.push_back({e.source.code, e.target.code, e.cameo});
    std::printf("%-24s correct=%u missing=%u extra=%u  expected: %s  coded: %s\n", record.id.c_str(),
                score.correct, score.missing, score.extra, Triples(record.expected).c_str(),
                Triples(got).c_str());
  }
  const uint32_t expected = total.correct + total.missing;
  std::printf(
      "%s: %u records, %u exactly right; %u of %u expected events found (%.1f%%); extras on %u records "
      "(%.1f%%)\n",
      path.c_str(), total.records, total.exact_records, total.correct, expected,
      expected ? 100.0 * total.correct / expected : 0.0, total.extra_records,
      total.records ? 100.0 * total.extra_records / total.records : 0.0);
  std::printf("%s\n", total.SummaryLine().c_str());
  return kExitOk;
}

}  // namespace dyad_cli
