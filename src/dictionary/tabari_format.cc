// TABARI-family actor, agent and discard files (shared with PETRARCH/Phoenix, which kept the syntax) read
// into native entries; see dyad/dictionary_formats.h for the conversion choices. Verb files are read by the
// verb reader in petrarch_format.cc, which handles both dialects.
//
// Actor records:   NAME_WITH_UNDERSCORES  [CODE] [CODE DATE]...   ; or # comment
//                  +SYNONYM
//                  <tab>[CODE >YYMMDD]      dated codes on indented lines (TABARI also allows them inline)
// Agent lines:     PHRASE {PLURAL ...} [~SECTOR]     ("{}" = no plural; "!SUBST!" markers expand)
// Discard lines:   PHRASE, or +PHRASE (discard the whole story)
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "dictionary/foreign_text.h"
#include "dyad/dictionary_formats.h"

namespace dyad {
namespace {

using foreign_text::IsSpace;
using foreign_text::Quote;
using foreign_text::ToUtf8;
using foreign_text::Trim;

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
char ToLower(char c) { return IsUpper(c) ? static_cast<char>(c - 'A' + 'a') : c; }

// Iterates over lines with comments removed: "<!-- ... -->" (may span lines), then '#' or ';' to the end.
class CommentStrippingLines {
 public:
  // The first '#' or ';' of `raw` that opens a comment, or npos. TABARI's discard code "[###]" on an actor
  // line is a code, not a comment.
  static size_t CommentStart(std::string_view raw) {
    size_t at = raw.find_first_of("#;");
    while (at != std::string_view::npos && at > 0 && raw[at - 1] == '[' && raw.substr(at, 4) == "###]")
      at = raw.find_first_of("#;", at + 4);
    return at;
  }

  explicit CommentStrippingLines(std::string_view text) : text_(text) {}

  // Returns false at the end; `line` is the content (untrimmed, may be empty), `number` 1-based.
  bool Next(std::string* line, uint32_t* number) {
    if (pos_ > text_.size()) return false;
    size_t end = text_.find('\n', pos_);
    if (end == std::string_view::npos) end = text_.size();
    std::string_view raw = text_.substr(pos_, end - pos_);
    pos_ = end + 1;
    *number = ++line_number_;
    line->clear();
    while (!raw.empty()) {
      if (in_xml_comment_) {
        const size_t close = raw.find("-->");
        if (close == std::string_view::npos) break;
        raw.remove_prefix(close + 3);
        in_xml_comment_ = false;
        continue;
      }
      const size_t open = raw.find("<!--");
      const size_t hash = CommentStart(raw);
      if (open != std::string_view::npos && (hash == std::string_view::npos || open < hash)) {
        line->append(raw.substr(0, open));
        raw.remove_prefix(open + 4);
        in_xml_comment_ = true;
        continue;
      }
      line->append(raw.substr(0, hash));
      break;
    }
    *line = ToUtf8(*line);
    return true;
  }

 private:
  std::string_view text_;
  size_t pos_ = 0;
  uint32_t line_number_ = 0;
  bool in_xml_comment_ = false;
};

class Reporter {
 public:
  Reporter(std::string_view file, std::vector<Status>* errors) : file_(file), errors_(errors) {}
  void Unsupported(uint32_t line, const std::string& what) {
    errors_->push_back(Status::Unsupported(Where(line) + what));
  }
  void Invalid(uint32_t line, const std::string& what) {
    errors_->push_back(Status::InvalidArgument(Where(line) + what));
  }

 private:
  std::string Where(uint32_t line) const { return std::string(file_) + ":" + std::to_string(line) + ": "; }
  std::string_view file_;
  std::vector<Status>* errors_;
};

// How a short actor name (one token of at most 4 letters) is written. The foreign files cannot tell the name
// "BREE" or "IRAQ" from the acronym "UN". kCapitals keeps it in capitals, which dyad then requires in the
// text. kCapitalised writes "Bree", "Iraq", which dyad matches in every case but lower case, close to TABARI
// and PETRARCH, which upper-case the text and match every case, while "us" and "it" stay common words;
// two-letter tokens keep capitals either way ("US" is not "Us"). Actor files of both formats use
// kCapitalised (measured: petrarch-unit 44.2% -> 50.1% found, docs/validation.md).
enum class ShortNames { kLowerCase, kCapitals, kCapitalised };

// A foreign phrase ("KOFI_ATTA_ANNAN_", "UN SEC. GEN") as native text: '_' as space, single spaces, lower
// case except a one-token phrase of at most 4 letters, written as `short_names` says (a token with other
// characters, "U.S.", stays in capitals). Empty when nothing is left.
std::string NativePhrase(std::string_view foreign, ShortNames short_names) {
  const bool keep_acronym = short_names != ShortNames::kLowerCase;
  std::string out;
  for (char c : foreign) {
    const char mapped = c == '_' || c == '\t' ? ' ' : c;
    if (mapped == ' ' && (out.empty() || out.back() == ' ')) continue;
    out.push_back(mapped);
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  const size_t letters = static_cast<size_t>(
      std::count_if(out.begin(), out.end(), [](char c) { return IsUpper(c) || IsLower(c); }));
  const bool acronym = keep_acronym && out.find(' ') == std::string::npos && letters > 0 && letters <= 4 &&
                       std::none_of(out.begin(), out.end(), IsLower);
  if (!acronym) {
    std::transform(out.begin(), out.end(), out.begin(), ToLower);
  } else if (short_names == ShortNames::kCapitalised && letters == out.size() && letters >= 3) {
    std::transform(out.begin() + 1, out.end(), out.begin() + 1, ToLower);
  }
  return out;
}

// The native parser splits phrases on " | " and reserves '+' / '$' for verb patterns.
bool IsRepresentablePhrase(std::string_view phrase) {
  return phrase.find_first_of("|+$") == std::string_view::npos;
}

void AddPhrase(std::string phrase, std::vector<std::string>* phrases) {
  if (phrase.empty()) return;
  if (std::find(phrases->begin(), phrases->end(), phrase) == phrases->end())
    phrases->push_back(std::move(phrase));
}

// CAMEO codes whose first three letters are not a state: international and non-state actors, sectors and
// religions. Any other three upper-case letters are taken as the actor's country.
bool IsNonStatePrefix(std::string_view prefix) {
  static constexpr std::string_view kPrefixes[] = {
      "IGO", "NGO", "NGM", "MNC", "INT", "UIS", "GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY",
      "MED", "EDU", "BUS", "CRM", "CVL", "LAB", "LEG", "HLH", "REF", "AGR", "RAD", "UAF", "IMG", "INS",
      "ELI", "ENV", "SET", "MOD", "HRI", "ATH", "CHR", "MOS", "JEW", "BUD", "HIN", "ITH", "SHI", "SUN",
      "JAN", "SIK", "TAO", "CON", "SHN", "ZRO", "DOX", "MRM", "BAH", "NRM", "ALE", "DRZ", "CPT", "CTH",
      "PRO", "ADR", "PHI", "LEG", "REL", "NON", "CRB", "INR", "DEV", "IRC"};
  return std::find(std::begin(kPrefixes), std::end(kPrefixes), prefix) != std::end(kPrefixes);
}

// "YYMMDD" or "YYYYMMDD" as YYYY-MM-DD. A two-digit year is read as KEDS and TABARI read it (and PETRARCH,
// "for consistency with KEDS and TABARI"): 00-30 are 20YY, 31-99 are 19YY, so "320101-331108" is 1932-1933
// and "730717-070723" 1973-2007. `day_before` moves the result one day back (for "<DATE", which TABARI reads
// as "before DATE").
bool ParseForeignDate(std::string_view digits, bool day_before, std::string* out) {
  if ((digits.size() != 6 && digits.size() != 8) || !std::all_of(digits.begin(), digits.end(), IsDigit)) {
    return false;
  }
  auto number = [&](size_t pos, size_t len) {
    int value = 0;
    for (size_t i = pos; i < pos + len; ++i) value = value * 10 + (digits[i] - '0');
    return value;
  };
  const size_t year_digits = digits.size() - 4;
  int year = number(0, year_digits);
  if (year_digits == 2) year += year <= kLastTwoDigitYearOf2000s ? 2000 : 1900;
  const int month = number(year_digits, 2), day = number(year_digits + 2, 2);
  std::chrono::year_month_day date{std::chrono::year(year), std::chrono::month(static_cast<unsigned>(month)),
                                   std::chrono::day(static_cast<unsigned>(day))};
  if (!date.ok() || year < 1) return false;
  if (day_before) date = std::chrono::year_month_day(std::chrono::sys_days(date) - std::chrono::days(1));
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(date.year()),
                static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
  *out = buffer;
  return true;
}

struct CodeLine {
  std::string code;
  std::string valid_from, valid_to;
  uint32_t line = 0;
};

// Parses the inside of one "[...]" on an actor line: "CODE", "CODE >D", "CODE <D", "CODE A-B".
// Returns false (and reports) when the code is not usable.
bool ParseCodeBracket(std::string_view inside, uint32_t line, Reporter* reporter, CodeLine* out) {
  inside = Trim(inside);
  const size_t space = inside.find_first_of(" \t");
  const std::string_view code = inside.substr(0, space);
  std::string restriction;
  if (space != std::string_view::npos) {
    for (char c : inside.substr(space)) {
      if (!IsSpace(c)) restriction.push_back(c);
    }
  }
  if (code == "###" || code == "+++") {  // TABARI's discard and complexity codes (ActorReader::Flush)
    if (space != std::string_view::npos) {
      reporter->Unsupported(line,
                            "dated discard code " + Quote(inside) + ": dyad's discards are undated; skipped");
      return false;
    }
    out->code = std::string(code);
    out->line = line;
    return true;
  }
  if (code.empty() || code == "---") {
    reporter->Unsupported(line, "null actor code " + Quote(inside) + " has no native equivalent; skipped");
    return false;
  }
  if (std::any_of(code.begin(), code.end(), IsLower)) {
    reporter->Unsupported(line, "lower-case (ethnic or religious group) code " + Quote(code) +
                                    " has no native equivalent; skipped");
    return false;
  }
  if (!std::all_of(code.begin(), code.end(), [](char c) { return IsUpper(c) || IsDigit(c); })) {
    reporter->Invalid(line, "bad actor code " + Quote(code) + ": expected upper-case letters and digits");
    return false;
  }
  out->code = std::string(code);
  out->line = line;
  if (restriction.empty()) return true;
  bool ok = false;
  if (restriction[0] == '>') {
    ok = ParseForeignDate(std::string_view(restriction).substr(1), false, &out->valid_from);
  } else if (restriction[0] == '<') {
    ok = ParseForeignDate(std::string_view(restriction).substr(1), true, &out->valid_to);
  } else if (const size_t dash = restriction.find('-'); dash != std::string::npos) {
    ok = ParseForeignDate(std::string_view(restriction).substr(0, dash), false, &out->valid_from) &&
         ParseForeignDate(std::string_view(restriction).substr(dash + 1), false, &out->valid_to);
    if (ok && out->valid_from > out->valid_to) {
      reporter->Invalid(line, "date range " + Quote(restriction) + " ends before it starts; code skipped");
      return false;
    }
  }
  if (!ok) {
    reporter->Invalid(
        line, "bad date restriction " + Quote(restriction) +
                  ": expected >DATE, <DATE or DATE-DATE with DATE = YYMMDD or YYYYMMDD; code skipped");
  }
  return ok;
}

// Collects the "[...]" groups of `text` into `codes`; returns the text before the first '['.
std::string_view TakeCodeBrackets(std::string_view text, uint32_t line, Reporter* reporter,
                                  std::vector<CodeLine>* codes) {
  const size_t first = text.find('[');
  const std::string_view before = text.substr(0, first);
  size_t pos = first;
  while (pos != std::string_view::npos && pos < text.size()) {
    const size_t close = text.find(']', pos);
    if (close == std::string_view::npos) {
      reporter->Invalid(line, "unclosed '[' in " + Quote(Trim(text)));
      break;
    }
    CodeLine code;
    if (ParseCodeBracket(text.substr(pos + 1, close - pos - 1), line, reporter, &code)) {
      codes->push_back(std::move(code));
    }
    pos = text.find('[', close);
  }
  return before;
}

// A bare 3-letter national code ("ARNOR [ARN]", "IRAQ [IRQ]") makes a `country` entry in any actor file, not
// only in the country files: TABARI and PETRARCH attach agents to whatever actor a phrase names ("Arnor
// lawmakers" is ARNLEG), and dyad composes agents with countries, so an actor entry would lose the agent
// (petrarch-validation's "lawmakers in Fornost and Gondor" was FOR, not FORLEG). Longer codes are actors of
// their country.
DictionaryEntry ActorEntryForCode(const CodeLine& code) {
  DictionaryEntry entry;
  entry.code = code.code;
  entry.valid_from = code.valid_from;
  entry.valid_to = code.valid_to;
  const bool all_letters = std::all_of(code.code.begin(), code.code.end(), IsUpper);
  const std::string_view prefix = std::string_view(code.code).substr(0, 3);
  const bool national = code.code.size() >= 3 && all_letters && !IsNonStatePrefix(prefix);
  if (code.code.size() == 3 && national) {
    entry.kind = EntryKind::kCountry;
    entry.country = code.code;  // as the native parser stores it
    return entry;
  }
  entry.kind = EntryKind::kActor;
  size_t pos = 0;
  if (national) {
    entry.country = std::string(prefix);
    pos = 3;
  }
  for (; pos < code.code.size(); pos += 3) entry.sectors.push_back(code.code.substr(pos, 3));
  return entry;
}

bool IsDiscardCode(const CodeLine& code) { return code.code == "###" || code.code == "+++"; }

class ActorReader {
 public:
  ActorReader(std::string_view file_name, bool tabari_nouns, DictionarySource* out, Reporter* reporter)
      : file_(file_name),
        short_names_(ShortNames::kCapitalised),
        tabari_nouns_(tabari_nouns),
        out_(out),
        reporter_(reporter) {}

  void Line(std::string_view content, uint32_t line) {
    const std::string_view trimmed = Trim(content);
    if (trimmed.empty()) return;
    const bool has_code = trimmed.find('[') != std::string_view::npos;
    if (IsSpace(content.front()) && trimmed.front() == '[') {  // dated codes of the current actor
      if (!open_) {
        reporter_->Invalid(line, "code line " + Quote(trimmed) + " before any actor name");
        return;
      }
      saw_code_ = true;
      TakeCodeBrackets(trimmed, line, reporter_, &codes_);
      return;
    }
    if (trimmed.front() == '+') {
      if (!open_) {
        reporter_->Invalid(line, "synonym " + Quote(trimmed) + " before any actor name");
        return;
      }
      saw_code_ = saw_code_ || has_code;
      AddName(TakeCodeBrackets(trimmed.substr(1), line, reporter_, &codes_), line);
      return;
    }
    Flush();
    open_ = true;
    start_line_ = line;
    saw_code_ = has_code;
    AddName(TakeCodeBrackets(trimmed, line, reporter_, &codes_), line);
  }

  void Flush() {
    if (!open_) return;
    open_ = false;
    if (phrases_.empty()) {
      reporter_->Invalid(start_line_, "actor record has no usable name; skipped");
    } else if (codes_.empty() && !saw_code_) {  // a bad code was reported where it stands
      reporter_->Unsupported(start_line_, "actor " + Quote(phrases_[0]) + " has no code; skipped");
    }
    // TABARI's "[###]" (discard) and "[+++]" (complex) actor codes: a sentence that names the actor is not
    // coded (the suite's DISCARD and COMPLEX records: "Isildur repelled Dagolath ..." {+++}). dyad's discards
    // are undated, so beside codes of the actor's own ("ONODOHER [ONO <911226] [###]": discarded only after
    // the date) the discard is reported and skipped.
    // PETRARCH, which reads the same actor syntax, has no such codes ("### is not a discard code in PETR",
    // its unit suite's actors file): there they stay bad codes.
    const bool discard = std::any_of(codes_.begin(), codes_.end(), IsDiscardCode);
    if (discard && !tabari_nouns_) {
      reporter_->Invalid(start_line_,
                         "bad actor code '###' or '+++' (TABARI's discard codes; none in PETRARCH "
                         "files): expected upper-case letters and digits");
    } else if (discard && codes_.size() > 1) {
      reporter_->Unsupported(start_line_,
                             "discard code beside the actor's own codes: dyad's discards are "
                             "undated; the discard is skipped");
    } else if (discard && !phrases_.empty()) {
      DictionaryEntry entry;
      entry.kind = EntryKind::kDiscard;
      entry.code = "-";
      entry.phrases = phrases_;
      entry.file = std::string(file_);
      entry.line = codes_[0].line;
      out_->entries.push_back(std::move(entry));
    }
    for (const CodeLine& code : codes_) {
      if (phrases_.empty()) break;
      if (IsDiscardCode(code)) continue;
      DictionaryEntry entry = ActorEntryForCode(code);
      entry.phrases = phrases_;
      entry.file = std::string(file_);
      entry.line = code.line;
      out_->entries.push_back(std::move(entry));
    }
    phrases_.clear();
    codes_.clear();
    saw_code_ = false;
  }

 private:
  void AddName(std::string_view name, uint32_t line) {
    std::string phrase = NativePhrase(Trim(name), short_names_);
    if (phrase.empty()) return;
    if (!IsRepresentablePhrase(phrase)) {
      reporter_->Unsupported(line, "name " + Quote(phrase) + " contains '|', '+' or '$'; skipped");
      return;
    }
    // TABARI accepts the noun endings -S and -'S on every name, closed by '_' or not ("LIBYA_" matches
    // "Libyas", "RADIO" "radios"; "Libyaq" is no match). dyad reads "'s" as a token of its own, so in a
    // TABARI file the form in -s of a lower-case last word of letters is added as a name, after the name
    // (short names and acronyms, written with capitals, get none). PETRARCH matches names as written.
    const size_t space = phrase.rfind(' ');
    const std::string last = phrase.substr(space == std::string::npos ? 0 : space + 1);
    const bool plural = tabari_nouns_ && last.size() >= 3 && !last.ends_with('s') &&
                        std::all_of(phrase.begin(), phrase.end(), [](char c) { return !IsUpper(c); }) &&
                        std::all_of(last.begin(), last.end(), IsLower);
    AddPhrase(phrase, &phrases_);
    if (plural) AddPhrase(phrase + "s", &phrases_);
  }

  std::string_view file_;
  ShortNames short_names_;
  bool tabari_nouns_;  // a TABARI file: names take TABARI's noun endings (AddName), discard codes hold
  DictionarySource* out_;
  Reporter* reporter_;
  bool open_ = false;
  bool saw_code_ = false;  // a "[...]" was written, usable or not
  uint32_t start_line_ = 0;
  std::vector<std::string> phrases_;
  std::vector<CodeLine> codes_;
};

// Regular English plural of the last word (PETRARCH's rule): +IES after Y, +ES after SS, else +S.
std::string RegularPlural(std::string_view phrase) {
  std::string out(phrase);
  if (out.empty()) return out;
  if (out.back() == 'Y' || out.back() == 'y') {
    out.pop_back();
    out += IsLower(phrase.back()) ? "ies" : "IES";
  } else if (out.size() >= 2 && (out.ends_with("SS") || out.ends_with("ss"))) {
    out += IsLower(phrase.back()) ? "es" : "ES";
  } else {
    out += IsLower(phrase.back()) ? "s" : "S";
  }
  return out;
}

struct Substitution {
  std::string marker;  // "!PERSON!"
  std::vector<std::string> members;
};

class AgentReader {
 public:
  AgentReader(std::string_view file_name, DictionarySource* out, Reporter* reporter)
      : file_(file_name), out_(out), reporter_(reporter) {}

  void Line(std::string_view content, uint32_t line) {
    const std::string_view trimmed = Trim(content);
    if (trimmed.empty()) return;
    if (trimmed.front() == '!' && trimmed.find('=') != std::string_view::npos) {
      DefineSubstitution(trimmed, line);
      return;
    }
    const size_t open = trimmed.find('[');
    if (open == std::string_view::npos) {
      reporter_->Invalid(line, "agent line " + Quote(trimmed) + " has no [CODE]");
      return;
    }
    size_t close = trimmed.find_first_of("]}", open);  // "[~LEG}" occurs in the wild
    if (close == std::string_view::npos) close = trimmed.size();
    std::string_view code = Trim(trimmed.substr(open + 1, close - open - 1));
    std::string_view head = Trim(trimmed.substr(0, open));
    if (code.starts_with('~')) {
      code.remove_prefix(1);
    } else if (code.ends_with('~')) {
      code.remove_suffix(1);
      reporter_->Unsupported(line, "agent code " + Quote(code) +
                                       "~ goes before the country code; dyad composes every agent after it");
    } else {
      reporter_->Unsupported(line,
                             "agent code " + Quote(code) + " has no '~'; read as a sector after the country");
    }
    if (code.empty() ||
        !std::all_of(code.begin(), code.end(), [](char c) { return IsUpper(c) || IsDigit(c); })) {
      reporter_->Invalid(line, "bad agent code " + Quote(code) + ": expected upper-case letters and digits");
      return;
    }
    // Plural forms: none given -> regular plural; "{}" -> none; "{A B}" -> those.
    std::vector<std::string_view> plurals;
    bool regular_plural = true;
    if (const size_t brace = head.find('{'); brace != std::string_view::npos) {
      const size_t brace_end = head.find('}', brace);
      std::string_view inside = head.substr(
          brace + 1, brace_end == std::string_view::npos ? std::string_view::npos : brace_end - brace - 1);
      head = Trim(head.substr(0, brace));
      regular_plural = false;
      while (!(inside = Trim(inside)).empty()) {
        const size_t space = inside.find_first_of(" \t");
        plurals.push_back(inside.substr(0, space));
        inside = space == std::string_view::npos ? std::string_view() : inside.substr(space);
      }
    }
    if (head.ends_with('_')) regular_plural = false;  // a trailing '_' marks the exact word
    DictionaryEntry entry;
    entry.kind = EntryKind::kAgent;
    entry.code = std::string(code);
    entry.file = std::string(file_);
    entry.line = line;
    std::vector<std::string> forms;
    ExpandSubstitutions(head, &forms, line);
    const bool substituted = forms.size() != 1 || forms[0] != head;
    for (const std::string& form : forms) {
      AddPhrase(NativePhrase(form, ShortNames::kLowerCase), &entry.phrases);
      if (regular_plural && !substituted)
        AddPhrase(NativePhrase(RegularPlural(form), ShortNames::kLowerCase), &entry.phrases);
    }
    for (std::string_view plural : plurals)
      AddPhrase(NativePhrase(plural, ShortNames::kLowerCase), &entry.phrases);
    std::erase_if(entry.phrases, [&](const std::string& p) {
      if (IsRepresentablePhrase(p)) return false;
      reporter_->Unsupported(line, "agent phrase " + Quote(p) + " contains '|', '+' or '$'; skipped");
      return true;
    });
    if (entry.phrases.empty()) {
      reporter_->Invalid(line, "agent line has no phrase before [CODE]");
      return;
    }
    out_->entries.push_back(std::move(entry));
  }

 private:
  void DefineSubstitution(std::string_view text, uint32_t line) {
    const size_t equals = text.find('=');
    Substitution substitution;
    substitution.marker = std::string(Trim(text.substr(0, equals)));
    if (substitution.marker.size() < 3 || !substitution.marker.ends_with('!')) {
      reporter_->Invalid(line, "bad substitution marker " + Quote(substitution.marker) + ": expected !NAME!");
      return;
    }
    std::string_view list = text.substr(equals + 1);
    while (true) {
      const size_t comma = list.find(',');
      const std::string_view member = Trim(list.substr(0, comma));
      if (!member.empty()) substitution.members.emplace_back(member);
      if (comma == std::string_view::npos) break;
      list.remove_prefix(comma + 1);
    }
    substitutions_.push_back(std::move(substitution));
  }

  // Replaces each "!NAME!" marker of `phrase` by each member of its definition (members are inserted as
  // written, never rescanned, so a definition cannot recurse); at most kMaxPatternExpansion forms.
  void ExpandSubstitutions(std::string_view phrase, std::vector<std::string>* forms, uint32_t line) {
    forms->emplace_back();
    size_t pos = 0;
    while (pos < phrase.size()) {
      const size_t open = phrase.find('!', pos);
      const size_t close = open == std::string_view::npos ? open : phrase.find('!', open + 1);
      if (close == std::string_view::npos) {
        for (std::string& form : *forms) form += phrase.substr(pos);
        break;
      }
      const std::string_view literal = phrase.substr(pos, open - pos);
      const std::string_view marker = phrase.substr(open, close - open + 1);
      pos = close + 1;
      const Substitution* found = nullptr;
      for (const Substitution& substitution : substitutions_) {
        if (substitution.marker == marker) found = &substitution;
      }
      if (found == nullptr || found->members.empty()) {
        reporter_->Invalid(line,
                           "substitution " + Quote(marker) + " is not defined above its use; phrase skipped");
        forms->clear();
        return;
      }
      std::vector<std::string> next;
      for (const std::string& form : *forms) {
        for (const std::string& member : found->members) {
          if (next.size() >= kMaxPatternExpansion) {
            reporter_->Unsupported(line, "substitutions expand into more than " +
                                             std::to_string(kMaxPatternExpansion) +
                                             " phrases; only the first kept");
            break;
          }
          next.push_back(form + std::string(literal) + member);
        }
        if (next.size() >= kMaxPatternExpansion) break;
      }
      forms->swap(next);
    }
  }

  std::string_view file_;
  DictionarySource* out_;
  Reporter* reporter_;
  std::vector<Substitution> substitutions_;
};

void ReadDiscards(std::string_view file_name, std::string_view text, DictionarySource* out,
                  Reporter* reporter) {
  CommentStrippingLines lines(text);
  std::string content;
  uint32_t line = 0;
  while (lines.Next(&content, &line)) {
    std::string_view trimmed = Trim(content);
    if (trimmed.empty()) continue;
    if (trimmed.front() == '+') {
      trimmed.remove_prefix(1);
      reporter->Unsupported(line, "story-level discard '+' is read as a sentence-level discard");
    }
    std::string phrase = NativePhrase(trimmed, ShortNames::kLowerCase);
    if (phrase.empty()) continue;
    if (!IsRepresentablePhrase(phrase)) {
      reporter->Unsupported(line, "discard phrase " + Quote(phrase) + " contains '|', '+' or '$'; skipped");
      continue;
    }
    DictionaryEntry entry;
    entry.kind = EntryKind::kDiscard;
    entry.code = "-";
    entry.phrases.push_back(std::move(phrase));
    entry.file = std::string(file_name);
    entry.line = line;
    out->entries.push_back(std::move(entry));
  }
}

}  // namespace

// Shared with petrarch_format.cc through the public entry points: PETRARCH actor, agent and discard files use
// this reader, and TABARI verb files use the PETRARCH verb reader.
void ReadTabariDictionary(std::string_view file_name, std::string_view text, ForeignFileKind kind,
                          DictionarySource* out, std::vector<Status>* errors) {
  if (kind == ForeignFileKind::kVerbs) {
    ReadPetrarchDictionary(file_name, text, kind, out, errors);
    return;
  }
  Reporter reporter(file_name, errors);
  if (kind == ForeignFileKind::kDiscards) {
    ReadDiscards(file_name, text, out, &reporter);
    return;
  }
  CommentStrippingLines lines(text);
  std::string content;
  uint32_t line = 0;
  if (kind == ForeignFileKind::kActors) {
    const bool tabari_file =
        DetectDictionaryFormat(file_name, text.substr(0, 4096)) == DictionaryFormat::kTabari;
    ActorReader reader(file_name, tabari_file, out, &reporter);
    while (lines.Next(&content, &line)) reader.Line(content, line);
    reader.Flush();
    return;
  }
  AgentReader reader(file_name, out, &reporter);
  while (lines.Next(&content, &line)) reader.Line(content, line);
}

}  // namespace dyad
