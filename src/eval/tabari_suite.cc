// Reader for TABARI's own validation suite: a .project file naming the dictionaries, the .options file and
// the text file whose records carry their expected events (include/dyad/eval.h, docs/validation.md).
//
// A record of the text file is a header line "YYMMDD  ID [more]" (or YYYYMMDD), the text lines, then a
// comment
// "/* ... */" whose lines "\n{ SRC / TGT / CODE } [date]" are the expected events. "{+++}", "{---}", "{###}"
// and "{}" state that nothing is coded (complex, null and discarded sentences); "-{ ... }" is a disabled
// expectation; "{ OPTION: ... }" changes a setting from that record on. Lines starting with '#' between
// records are comments. TABARI's validation run stops at the record whose id starts with "FINAL"; the records
// after it need other settings and are kept with evaluate = false.
#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <optional>
#include <set>
#include <sstream>
#include <string>

#include "common/lines.h"
#include "dyad/dictionary_formats.h"
#include "dyad/eval.h"
#include "eval/suite_text.h"

namespace dyad {
namespace {

using suite_text::Collapse;
using suite_text::IsSpace;

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

bool StartsWith(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

std::string Where(std::string_view file, size_t line) {
  return std::string(file) + ":" + std::to_string(line);
}

// Splits `text` into lines (LineReader's: without '\n' or a trailing '\r').
std::vector<std::string_view> Lines(std::string_view text) {
  std::vector<std::string_view> lines;
  for (LineReader reader(text); reader.Next();) lines.push_back(reader.line());
  return lines;
}

// "950103" -> "1995-01-03", "19950103" -> "1995-01-03"; "" when the digits are not a date. Two-digit years
// follow TABARI's rule (00-30 are 20YY, kLastTwoDigitYearOf2000s). Seven digits ("9501201", a typing slip in
// the suite) are read as PETRARCH reads them: YYMMDD and a stray digit; `*stray` is set so that the caller
// can say so.
std::string TabariDate(std::string_view digits, bool* stray) {
  std::string year, rest;
  *stray = digits.size() == 7;
  if (digits.size() == 6 || digits.size() == 7) {
    const int yy = (digits[0] - '0') * 10 + (digits[1] - '0');
    year = (yy <= kLastTwoDigitYearOf2000s ? "20" : "19") + std::string(digits.substr(0, 2));
    rest = std::string(digits.substr(2, 4));
  } else if (digits.size() == 8) {
    year = std::string(digits.substr(0, 4));
    rest = std::string(digits.substr(4));
  } else {
    return "";
  }
  const int month = (rest[0] - '0') * 10 + (rest[1] - '0');
  const int day = (rest[2] - '0') * 10 + (rest[3] - '0');
  if (month < 1 || month > 12 || day < 1 || day > 31) return "";
  return year + "-" + rest.substr(0, 2) + "-" + rest.substr(2, 2);
}

// Options that change only what TABARI writes or counts, not which events it codes (or that state what dyad
// does anyway): nothing to report.
bool OptionHasNoCodingEffect(const std::string& option) {
  static constexpr std::string_view kPrefixes[] = {
      "LABEL:",           "OUTPUT:",          "SET: LABEL", "SET: VERB USAGE", "SET: ACTOR USAGE",
      "SET: AGENT USAGE", "SET: DUP WARNING", "SET: YYYY",  "SET: TIME SHIFT", "SET: SKIP RECORDS = FALSE",
      "SET: FBIS = FALSE"};
  for (std::string_view p : kPrefixes)
    if (StartsWith(option, p)) return true;
  return false;
}

// The story key of `id` under a FORWARD mask (SuiteRecord::story): the id's characters at the mask's N
// positions, the mask's end aligned with the id's end. "" when the id is shorter than the mask's N part.
std::string StoryKey(const std::string& id, const std::string& mask) {
  std::string key;
  if (mask.empty()) return key;
  for (size_t k = 1; k <= mask.size(); ++k) {
    if (mask[mask.size() - k] != 'N') continue;
    if (k > id.size()) return "";
    key.insert(key.begin(), id[id.size() - k]);
  }
  return key;
}

// "COMMA: MIN = 4 MAX = 6 EMIN = 3 EMAX = 6 BMIN = 3 BMAX = 8" or "COMMA: OFF" (after "COMMA:"). Bounds
// not named keep their values; false when a word is not understood.
bool ApplyCommaOption(const std::string& rest, SuiteSettings* settings) {
  std::istringstream words(rest);
  std::string key;
  if (!(words >> key)) return false;
  if (key == "OFF") {
    std::string more;
    if (words >> more) return false;
    settings->comma.reset();
    return true;
  }
  CommaClauses comma = settings->comma.value_or(CommaClauses{});
  do {
    std::string eq;
    uint32_t value = 0;
    if (!(words >> eq) || eq != "=" || !(words >> value)) return false;
    uint32_t* bound = key == "MIN"    ? &comma.min
                      : key == "MAX"  ? &comma.max
                      : key == "EMIN" ? &comma.emin
                      : key == "EMAX" ? &comma.emax
                      : key == "BMIN" ? &comma.bmin
                      : key == "BMAX" ? &comma.bmax
                                      : nullptr;
    if (bound == nullptr) return false;
    *bound = value;
  } while (words >> key);
  settings->comma = comma;
  return true;
}

// "COMPLEX: VERBS[5] CONJ[4] NOACTPRIOR EXPLAIN" (after "COMPLEX:"), TABARI's complexity filter: VERBS[N]
// and CONJ[M] are applied (CoderOptions::complexity; a limit the option does not name is off), EXPLAIN only
// changes TABARI's output. The conditions dyad does not apply (NOACTPRIOR: no actor before the first verb;
// ACTORS[N]) are appended to `unapplied`. False when a word is not understood.
bool ApplyComplexOption(const std::string& rest, SuiteSettings* settings, std::string* unapplied) {
  std::istringstream words(rest);
  std::string word;
  CoderOptions::Complexity limits;
  while (words >> word) {
    const size_t open = word.find('[');
    if (open != std::string::npos && word.back() == ']' && open + 2 < word.size()) {
      uint32_t n = 0;
      for (size_t k = open + 1; k + 1 < word.size(); ++k) {
        if (word[k] < '0' || word[k] > '9' || n > 1000) return false;
        n = n * 10 + static_cast<uint32_t>(word[k] - '0');
      }
      const std::string key = word.substr(0, open);
      if (key == "VERBS") {
        limits.verbs = n;
        continue;
      }
      if (key == "CONJ") {
        limits.conjunctions = n;
        continue;
      }
      if (key != "ACTORS") return false;
    } else if (word == "EXPLAIN") {
      continue;
    } else if (word != "NOACTPRIOR") {
      return false;
    }
    *unapplied += " " + word;
  }
  settings->complexity = limits;
  return true;
}

// "SET: MINIMUM WORDS = 4", "DEFAULT: SOURCE [DEFSRC] PRIOR TARGET [DEFTAR] AFTER" / "DEFAULT: OFF" and
// "FORWARD: MASK" / "FORWARD: MASK OFF", the options dyad applies: sets them in `settings`, returns true. A
// DEFAULT command sets what it names and keeps the rest ("DEFAULT: OFF is needed first to reset" PRIOR, the
// suite's DEFAULT-CMD02 record). False for every other option and for one whose value dyad cannot read.
bool ApplyOption(const std::string& option, SuiteSettings* settings) {
  if (StartsWith(option, "SET: MINIMUM WORDS")) {
    const size_t eq = option.find('=');
    if (eq == std::string::npos) return false;
    const std::string_view value = Trim(std::string_view(option).substr(eq + 1));
    uint32_t n = 0;
    if (value.empty() || value.size() > 4) return false;
    for (char c : value) {
      if (c < '0' || c > '9') return false;
      n = n * 10 + static_cast<uint32_t>(c - '0');
    }
    settings->minimum_words = n;
    return true;
  }
  if (StartsWith(option, "FORWARD:")) {
    // "FORWARD: MASK [DOC] [OFF]"; DOC (FBIS document ids as story ids) is not read.
    std::istringstream words(option.substr(8));
    std::string mask, word;
    if (!(words >> mask) || mask.find('N') == std::string::npos) return false;
    bool off = false, doc = false;
    while (words >> word) {
      if (word == "OFF") {
        off = true;
      } else if (word == "DOC") {
        doc = true;
      } else {
        return false;
      }
    }
    if (doc && !off) return false;
    settings->forward_mask = off ? "" : mask;
    return true;
  }
  if (StartsWith(option, "COMMA:")) return ApplyCommaOption(option.substr(6), settings);
  // SET: CODE BY SENTENCE (one event per sentence) is not applied: it stays reported.
  if (option == "SET: CODE ALL" || option == "SET: CODE BY CLAUSE") {
    settings->code_all = option == "SET: CODE ALL";
    return true;
  }
  if (!StartsWith(option, "DEFAULT:")) return false;
  std::istringstream words(option.substr(8));
  DefaultActors next = settings->default_actors;
  std::string word;
  bool any = false;
  while (words >> word) {
    any = true;
    if (word == "OFF") {
      next = DefaultActors{};
    } else if (word == "PRIOR") {
      next.source_prior = true;
    } else if (word == "AFTER") {
      next.target_after = true;
    } else if (word == "SOURCE" || word == "TARGET") {
      std::string code;
      if (!(words >> code) || code.size() < 3 || code.front() != '[' || code.back() != ']') return false;
      (word == "SOURCE" ? next.source : next.target) = code.substr(1, code.size() - 2);
    } else {
      return false;
    }
  }
  if (!any) return false;
  settings->default_actors = next;
  return true;
}

// The setting an option sets ("SET: MINIMUM WORDS = 4" -> "SET: MINIMUM WORDS"), so that each is reported
// once.
std::string OptionKey(const std::string& option) {
  if (StartsWith(option, "SET: CODE")) return "SET: CODE";
  if (StartsWith(option, "SET:")) return std::string(Trim(option.substr(0, option.find('='))));
  return option.substr(0, option.find(':'));
}

void NoteOption(std::string_view file, size_t line, std::string_view raw, SuiteSettings* settings,
                std::set<std::string>* reported, std::vector<Status>* notes) {
  const std::string option = Collapse(Upper(raw));
  if (option.empty() || OptionHasNoCodingEffect(option) || ApplyOption(option, settings)) return;
  std::string unapplied;
  if (StartsWith(option, "COMPLEX:") && ApplyComplexOption(option.substr(8), settings, &unapplied)) {
    if (unapplied.empty() || !reported->insert("COMPLEX:" + unapplied).second) return;
    notes->push_back(Status::Unsupported(Where(file, line) + ": TABARI option \"" + option +
                                         "\": dyad applies its VERBS and CONJ limits, not" + unapplied));
    return;
  }
  if (!reported->insert(OptionKey(option)).second) return;
  notes->push_back(
      Status::Unsupported(Where(file, line) + ": TABARI option \"" + option +
                          "\" changes how TABARI codes; dyad cannot apply it and codes without it"));
}

// One "{...}" item of a record's comment, already stripped of its braces.
void ReadItem(std::string_view file, size_t line, std::string_view item, bool disabled, SuiteRecord* record,
              bool* has_expectation, bool* bad, SuiteSettings* settings, std::set<std::string>* reported,
              std::vector<Status>* notes) {
  item = Trim(item);
  if (StartsWith(item, "OPTION:")) {
    NoteOption(file, line, item.substr(7), settings, reported, notes);
    return;
  }
  if (disabled) {  // "-{ ... }": the suite's authors switched this expectation off
    *has_expectation = true;
    return;
  }
  if (item.empty() || item == "+++" || item == "---" || item == "###") {
    *has_expectation = true;
    return;
  }
  std::vector<std::string> parts;
  size_t start = 0;
  while (true) {
    const size_t slash = item.find('/', start);
    parts.emplace_back(Trim(item.substr(start, slash == std::string_view::npos ? item.npos : slash - start)));
    if (slash == std::string_view::npos) break;
    start = slash + 1;
  }
  if (parts.size() != 3 || parts[2].empty()) {
    notes->push_back(Status::InvalidArgument(Where(file, line) + ": record " + record->id +
                                             ": expected event \"" + std::string(item) +
                                             "\" is not SOURCE / TARGET / CODE"));
    *bad = true;
    return;
  }
  // "~REB": an agent with no actor, which dyad writes without a country.
  for (std::string* actor : {&parts[0], &parts[1]})
    if (!actor->empty() && (*actor)[0] == '~') actor->erase(0, 1);
  // "{ ARN / GON / 064 } 950101": the code is the first word. A letter-suffixed code ("075A", "174K": a
  // project's refinement of a CAMEO code) is scored as its digits, the code dyad gives the pattern that
  // carries it (the verb reader converts it so, src/dictionary/tabari_internal.h, TabariLetterSuffixed).
  std::string code = parts[2].substr(0, parts[2].find_first_of(" \t"));
  if ((code.size() == 4 || code.size() == 5) && code.back() >= 'A' && code.back() <= 'Z' &&
      std::all_of(code.begin(), code.end() - 1, [](char c) { return c >= '0' && c <= '9'; }))
    code.pop_back();
  record->expected.push_back({parts[0], parts[1], code});
  *has_expectation = true;
}

// Reads the "{...}" items of one comment line ("\n{ A / B / 064 } */").
void ReadCommentLine(std::string_view file, size_t line_no, std::string_view line, SuiteRecord* record,
                     bool* has_expectation, bool* bad, SuiteSettings* settings,
                     std::set<std::string>* reported, std::vector<Status>* notes) {
  // The item may follow prose on its line ("\nNo events {---}").
  const size_t open = line.find('{');
  if (open == std::string_view::npos) return;  // prose about the test
  const bool disabled = open > 0 && line[open - 1] == '-';
  std::string_view rest = line.substr(open + 1);
  size_t close = rest.find('}');
  if (close == std::string_view::npos) {  // "{ OPTION: ... */" without its brace
    close = rest.find("*/");
    if (close == std::string_view::npos) close = rest.size();
  }
  ReadItem(file, line_no, rest.substr(0, close), disabled, record, has_expectation, bad, settings, reported,
           notes);
}

// A header line: 6 to 8 digits, white space, an id. Returns false for any other line. The date written
// twice before the id ("950101  950101  AGENTS-11", as one record of TABARI's validation file has it) is
// one date: the id is the word after the repeat, not the repeat.
bool ParseHeader(std::string_view line, std::string_view* digits, std::string* id) {
  size_t n = 0;
  while (n < line.size() && line[n] >= '0' && line[n] <= '9') ++n;
  if (n < 6 || n > 8 || n == line.size() || !IsSpace(line[n])) return false;
  std::string_view rest = Trim(line.substr(n));
  if (rest.empty()) return false;
  *digits = line.substr(0, n);
  std::string_view word = rest.substr(0, rest.find_first_of(" \t"));
  if (word == *digits && word.size() < rest.size()) {
    const std::string_view after = Trim(rest.substr(word.size()));
    if (!after.empty()) word = after.substr(0, after.find_first_of(" \t"));
  }
  *id = std::string(word);
  return true;
}

std::string PathBeside(const std::string& base_file, const std::string& name, const std::string& dict_dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path path = fs::path(base_file).parent_path() / name;
  if (!fs::exists(path, ec) && !dict_dir.empty()) path = fs::path(dict_dir) / name;
  return path.string();
}

bool ReadWhole(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return !in.bad();
}

}  // namespace

bool IsTabariProjectName(std::string_view file_name) {
  constexpr std::string_view kExt = ".project";
  return file_name.size() > kExt.size() && file_name.substr(file_name.size() - kExt.size()) == kExt;
}

Result<TabariProject> ParseTabariProject(std::string_view file_name, std::string_view text) {
  TabariProject project;
  const std::vector<std::string_view> lines = Lines(text);
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string_view line = Trim(lines[i]);
    if (line.empty() || line[0] != '<') continue;
    const size_t close = line.find('>');
    if (close == std::string_view::npos) continue;
    const std::string key = Upper(line.substr(1, close - 1));
    const std::string value(Trim(line.substr(close + 1)));
    const char* kind = key == "ACTORSFILE"   ? "actors"
                       : key == "AGENTSFILE" ? "agents"
                       : key == "VERBSFILE"  ? "verbs"
                                             : nullptr;
    if (kind == nullptr && key != "TEXTFILE" && key != "OPTIONSFILE") continue;  // output files, sessions
    if (value.empty() || value.find_first_of(" \t<") != std::string::npos) {
      return Status::InvalidArgument(Where(file_name, i + 1) + ": <" + key + "> names no single file");
    }
    if (kind != nullptr) {
      project.dictionaries.push_back({kind, value});
    } else if (key == "TEXTFILE") {
      project.text_file = value;
    } else {
      project.options_file = value;
    }
  }
  if (project.text_file.empty())
    return Status::InvalidArgument(std::string(file_name) + ": no <textfile> line");
  return project;
}

namespace {

// Offsets of the commas followed by white space (or ending the text).
std::vector<size_t> DelimitingCommas(std::string_view text) {
  std::vector<size_t> commas;
  for (size_t i = 0; i < text.size(); ++i)
    if (text[i] == ',' && (i + 1 == text.size() || IsSpace(text[i + 1]))) commas.push_back(i);
  return commas;
}

uint32_t WordsBetween(std::string_view text, size_t begin, size_t end) {
  uint32_t n = 0;
  bool in_word = false;
  for (size_t i = begin; i < end; ++i) {
    const bool space = IsSpace(text[i]);
    if (!space && !in_word) ++n;
    in_word = !space;
  }
  return n;
}

bool Within(uint32_t n, uint32_t lo, uint32_t hi) { return lo <= n && n <= hi; }

// The comma at `comma` is followed by "and" or "or": the text before it is a member of a list ("Evil Mordor,
// the awful Fornost, and good Gondor"), no comma clause.
bool ListCommaAt(std::string_view text, size_t comma) {
  size_t i = comma + 1;
  while (i < text.size() && IsSpace(text[i])) ++i;
  const auto word = [&](std::string_view w) {
    if (text.size() - i < w.size() + 1 || !IsSpace(text[i + w.size()])) return false;
    for (size_t k = 0; k < w.size(); ++k)
      if ((text[i + k] | 0x20) != w[k]) return false;
    return true;
  };
  return word("and") || word("or");
}

}  // namespace

// Internal clauses go first, each with both its commas; the initial and terminal clauses are then those of
// what is left. This order is the one the suite's records fix: MARK-10 ("Elrond, suspicious as ever of
// Mordor, brushed aside reports that ...") expects ELF/CAL/142, which a terminal clause measured before the
// internal one went ("brushed aside reports that Calimehtar attacked Gandalf", 7 words) would have removed;
// DEMO-19 likewise.
std::string RemoveCommaClauses(std::string_view text, const CommaClauses& comma) {
  std::vector<size_t> commas = DelimitingCommas(text);
  std::string kept;
  size_t at = 0;
  bool list = false;  // an internal clause was kept as a list's member: its ", and ..." is the list's end
  for (size_t k = 0; k + 1 < commas.size(); ++k) {
    if (commas[k] < at) continue;  // its comma went with the clause before
    if (!Within(WordsBetween(text, commas[k] + 1, commas[k + 1]), comma.min, comma.max)) continue;
    if (ListCommaAt(text, commas[k + 1])) {  // a list's member, as TABARI keeps it (COMPOUND-11)
      list = true;
      continue;
    }
    kept.append(text.substr(at, commas[k] - at));
    kept.push_back(' ');
    at = commas[k + 1] + 1;
  }
  kept.append(text.substr(at));
  const std::string_view rest = kept;
  commas = DelimitingCommas(rest);
  if (commas.empty()) return Collapse(rest);
  size_t begin = 0, end = rest.size();
  if (Within(WordsBetween(rest, 0, commas.front()), comma.bmin, comma.bmax)) begin = commas.front() + 1;
  // The terminal clause runs to the sentence's final period, which stays.
  size_t last = rest.size();
  while (last > commas.back() + 1 && IsSpace(rest[last - 1])) --last;
  const size_t terminal_end = last > commas.back() + 1 && rest[last - 1] == '.' ? last - 1 : last;
  if (commas.back() + 1 > begin && !(list && ListCommaAt(rest, commas.back())) &&
      Within(WordsBetween(rest, commas.back() + 1, terminal_end), comma.emin, comma.emax)) {
    return Collapse(std::string(rest.substr(begin, commas.back() - begin)) +
                    std::string(rest.substr(terminal_end)));
  }
  return Collapse(rest.substr(begin, end - begin));
}

SuiteSettings TabariInitialSettings() {
  SuiteSettings settings;
  // TABARI's default COMMA bounds: the suite's COMMA-Cancel record "returns to the state prior to the
  // change" with MIN = 2 MAX = 10 EMIN = 2 EMAX = 10 BMIN = 255 BMAX = 0, and COMMA-01A, before any COMMA
  // option, expects the "standard elimination" of a 9-word internal clause.
  settings.comma = CommaClauses{};
  // TABARI's default minimum: the suite's MINWRD-Cancel record resets the minimum "to the default" with
  // "SET: MINIMUM WORDS = 8", and its MINWRD-01 (4 words, no option set) expects nothing.
  settings.minimum_words = 8;
  return settings;
}

void ReadTabariOptions(std::string_view file_name, std::string_view text, std::vector<Status>* notes,
                       SuiteSettings* settings) {
  SuiteSettings ignored = TabariInitialSettings();
  if (settings == nullptr) settings = &ignored;
  std::set<std::string> reported;
  const std::vector<std::string_view> lines = Lines(text);
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string_view line = Trim(lines[i]);
    if (line.empty() || StartsWith(line, "//")) continue;
    if (StartsWith(line, "~~~~~")) break;  // end of the options
    NoteOption(file_name, i + 1, line, settings, &reported, notes);
  }
}

void ParseTabariRecords(std::string_view file_name, std::string_view text, Suite* suite,
                        std::vector<Status>* notes, SuiteSettings* settings) {
  SuiteSettings local = TabariInitialSettings();
  if (settings == nullptr) settings = &local;
  const std::vector<std::string_view> lines = Lines(text);
  std::set<std::string> reported;
  bool after_final = false;
  size_t skipped_after_final = 0;
  size_t i = 0;
  while (i < lines.size()) {
    std::string_view digits;
    std::string id;
    if (!ParseHeader(lines[i], &digits, &id)) {
      ++i;
      continue;
    }
    const size_t header_line = i + 1;
    SuiteRecord& record = suite->records.emplace_back();
    record.id = id;
    record.category = id.substr(0, id.find('-'));
    record.settings = *settings;  // its own "{ OPTION: ... }" items apply to the records after it
    record.story = StoryKey(id, settings->forward_mask);
    bool stray = false;
    record.date = TabariDate(digits, &stray);
    if (record.date.empty()) {
      notes->push_back(Status::InvalidArgument(Where(file_name, header_line) + ": record " + id +
                                               ": date \"" + std::string(digits) +
                                               "\" is not YYMMDD or YYYYMMDD; coded without a date"));
    } else if (stray) {
      notes->push_back(Status::InvalidArgument(
          Where(file_name, header_line) + ": record " + id + ": date \"" + std::string(digits) +
          "\" has 7 digits; read as YYMMDD " + record.date + " (the last digit ignored, as PETRARCH does)"));
    }
    // Text: up to the "/*" (often at the end of the last text line) that opens the expectations.
    std::string body;
    std::optional<std::string_view> comment_start;
    for (++i; i < lines.size(); ++i) {
      std::string_view next_digits;
      std::string next_id;
      if (ParseHeader(lines[i], &next_digits, &next_id)) break;
      const size_t open = lines[i].find("/*");
      body.append(lines[i].substr(0, open));
      body.push_back(' ');
      if (open != std::string_view::npos) {
        comment_start = lines[i].substr(open + 2);
        break;
      }
    }
    record.text = Collapse(body);
    bool has_expectation = false;
    bool bad = false;
    if (comment_start) {
      // The comment runs to "*/" (often on the last expectation's line).
      bool closed = false;
      for (bool first = true; i < lines.size() && !closed; first = false, ++i) {
        std::string_view line = first ? *comment_start : lines[i];
        const size_t end = line.find("*/");
        if (end != std::string_view::npos) {
          closed = true;
          if (line.find('{') == std::string_view::npos || line.find('{') > end) line = line.substr(0, end);
        }
        ReadCommentLine(file_name, i + 1, line, &record, &has_expectation, &bad, settings, &reported, notes);
      }
      if (!closed) {
        notes->push_back(Status::InvalidArgument(Where(file_name, header_line) + ": record " + id +
                                                 ": its /* comment is not closed"));
        bad = true;
      }
    }
    // A record that states no expectation (an option switch, a note) is not scored; nor is a malformed one.
    record.evaluate = has_expectation && !bad && !record.text.empty() && !after_final;
    if (after_final && has_expectation) ++skipped_after_final;
    if (StartsWith(id, "FINAL")) after_final = true;
  }
  if (skipped_after_final > 0) {
    notes->push_back(Status::Unsupported(
        std::string(file_name) + ": " + std::to_string(skipped_after_final) +
        " records after the FINAL record are not scored (the suite stops there; they need other settings)"));
  }
}

Result<Suite> ReadTabariSuite(const std::string& project_path, const std::string& dict_dir,
                              std::vector<Status>* notes) {
  std::string text;
  if (!ReadWhole(project_path, &text))
    return Status::NotFound(project_path + ": cannot read the project file");
  auto project = ParseTabariProject(project_path, text);
  if (!project.ok()) return project.status();
  Suite suite;
  suite.dictionaries = project->dictionaries;
  SuiteSettings settings = TabariInitialSettings();
  if (!project->options_file.empty()) {
    const std::string path = PathBeside(project_path, project->options_file, dict_dir);
    std::string options;
    if (ReadWhole(path, &options)) {
      ReadTabariOptions(path, options, notes, &settings);
    } else {
      notes->push_back(Status::NotFound(project_path + ": options file " + project->options_file +
                                        " not found; coded with dyad's defaults"));
    }
  }
  const std::string text_path = PathBeside(project_path, project->text_file, dict_dir);
  std::string records;
  if (!ReadWhole(text_path, &records))
    return Status::NotFound(project_path + ": text file " + project->text_file + " not found");
  ParseTabariRecords(text_path, records, &suite, notes, &settings);
  return suite;
}

}  // namespace dyad
