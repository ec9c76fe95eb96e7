// TABARI-family actor files (shared with PETRARCH/Phoenix, which kept the syntax) read into native entries;
// see dyad/dictionary_formats.h for the conversion choices.
//
// Actor records:   NAME_WITH_UNDERSCORES  [CODE] [CODE DATE]...   ; or # comment
//                  +SYNONYM
//                  <tab>[CODE >YYMMDD]      dated codes on indented lines (TABARI also allows them inline)
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <iterator>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dictionary/tabari_internal.h"

namespace dyad::tabari_internal {
namespace {

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

// TABARI's compound actor code ("THE_SHIRE [FRO/BIL/SAM]", "LORIEN [ELR/GAL]"): the name stands for several
// actors at once, each coded in every event of the name. Parts are codes of upper-case letters and digits.
// PETRARCH's files write the same codes (PETRARCH-1 codes each part, PETRARCH-2 the code as written:
// CoderOptions::split_compound_codes).
bool IsCompoundCode(std::string_view code) {
  if (code.find('/') == std::string_view::npos) return false;
  size_t begin = 0;
  while (begin <= code.size()) {
    size_t end = code.find('/', begin);
    if (end == std::string_view::npos) end = code.size();
    const std::string_view part = code.substr(begin, end - begin);
    if (part.empty() ||
        !std::all_of(part.begin(), part.end(), [](char c) { return IsUpper(c) || IsDigit(c); }))
      return false;
    begin = end + 1;
  }
  return true;
}

// Parses the inside of one "[...]" on an actor line: "CODE", "CODE >D", "CODE <D", "CODE A-B"; CODE may be a
// compound code "A/B/C" (IsCompoundCode). `tabari`: a TABARI file, whose dated null codes are read. Returns
// false (and reports) when the code is not usable.
bool ParseCodeBracket(std::string_view inside, uint32_t line, bool tabari, Reporter* reporter,
                      CodeLine* out) {
  inside = Trim(inside);
  const size_t space = inside.find_first_of(" \t");
  const std::string_view code = inside.substr(0, space);
  std::string restriction;
  if (space != std::string_view::npos) {
    for (char c : inside.substr(space)) {
      if (!IsSpace(c)) restriction.push_back(c);
    }
  }
  const bool discard = code == "###" || code == "+++";  // TABARI's discard and complexity codes (Flush)
  // TABARI's null code with a date ("PRINCE DOL_AMROTH [--- <950630] [DOL]"): in its period the name is no
  // actor, a plain noun (the suite's NOUN-02: "should convert to noun"). Kept as a code of its own, which
  // Flush turns into no entry and into the period the undated code leaves out.
  const bool dated_null = tabari && code == "---" && space != std::string_view::npos;
  if (!discard && !dated_null && (code.empty() || code == "---")) {
    reporter->Unsupported(line, "null actor code " + Quote(inside) + " has no native equivalent; skipped");
    return false;
  }
  if (std::any_of(code.begin(), code.end(), IsLower)) {
    reporter->Unsupported(line, "lower-case (ethnic or religious group) code " + Quote(code) +
                                    " has no native equivalent; skipped");
    return false;
  }
  if (!discard && !dated_null &&
      !std::all_of(code.begin(), code.end(), [](char c) { return IsUpper(c) || IsDigit(c); }) &&
      !IsCompoundCode(code)) {
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
std::string_view TakeCodeBrackets(std::string_view text, uint32_t line, bool tabari, Reporter* reporter,
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
    if (ParseCodeBracket(text.substr(pos + 1, close - pos - 1), line, tabari, reporter, &code)) {
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
// A compound code ("FRO/BIL/SAM") is an actor of that code, with no country or sectors: the coder codes each
// part (SplitCompoundCodes, src/coding/coder_suites.cc), unless CoderOptions::split_compound_codes is off.
DictionaryEntry ActorEntryForCode(const CodeLine& code) {
  DictionaryEntry entry;
  entry.code = code.code;
  entry.valid_from = code.valid_from;
  entry.valid_to = code.valid_to;
  if (code.code.find('/') != std::string::npos) {
    entry.kind = EntryKind::kActor;
    return entry;
  }
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
bool IsNullCode(const CodeLine& code) { return code.code == "---"; }  // dated only (ParseCodeBracket)

// `date` (YYYY-MM-DD) moved by `days`.
std::string ShiftDate(const std::string& date, int days) {
  const auto number = [&](size_t pos, size_t len) { return std::stoi(date.substr(pos, len)); };
  const std::chrono::year_month_day ymd{std::chrono::year(number(0, 4)),
                                        std::chrono::month(static_cast<unsigned>(number(5, 2))),
                                        std::chrono::day(static_cast<unsigned>(number(8, 2)))};
  const std::chrono::year_month_day shifted(std::chrono::sys_days(ymd) + std::chrono::days(days));
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(shifted.year()),
                static_cast<unsigned>(shifted.month()), static_cast<unsigned>(shifted.day()));
  return buffer;
}

// The periods that none of the dated codes of `codes` covers (TABARI's undated code is the actor's code
// outside the dated ones: "ONODOHER [ONO <911226] [###]" is discarded from 1991-12-26 on), as codes of
// `code` with those periods. All of time when no code is dated.
std::vector<CodeLine> OutsideDatedCodes(const std::vector<CodeLine>& codes, const CodeLine& code) {
  std::vector<std::pair<std::string, std::string>> dated;  // [from, to]; "" is open
  for (const CodeLine& c : codes)
    if (!c.valid_from.empty() || !c.valid_to.empty()) dated.emplace_back(c.valid_from, c.valid_to);
  std::sort(dated.begin(), dated.end());
  std::vector<CodeLine> out;
  std::string start;  // the first day not yet covered; "" the beginning of time
  bool open = true;   // days from `start` on are not yet covered
  for (const auto& [from, to] : dated) {
    if (!open) break;
    if (!from.empty() && (start.empty() || start < from)) {
      CodeLine gap = code;
      gap.valid_from = start;
      gap.valid_to = ShiftDate(from, -1);
      out.push_back(std::move(gap));
    }
    if (to.empty()) {
      open = false;
    } else if (const std::string next = ShiftDate(to, 1); start.empty() || next > start) {
      start = next;
    }
  }
  if (open) {
    CodeLine rest = code;
    rest.valid_from = start;
    rest.valid_to.clear();
    out.push_back(std::move(rest));
  }
  return out;
}

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
      TakeCodeBrackets(trimmed, line, tabari_nouns_, reporter_, &codes_);
      return;
    }
    if (trimmed.front() == '+') {
      if (!open_) {
        reporter_->Invalid(line, "synonym " + Quote(trimmed) + " before any actor name");
        return;
      }
      saw_code_ = saw_code_ || has_code;
      AddName(TakeCodeBrackets(trimmed.substr(1), line, tabari_nouns_, reporter_, &codes_), line);
      return;
    }
    Flush();
    open_ = true;
    start_line_ = line;
    saw_code_ = has_code;
    AddName(TakeCodeBrackets(trimmed, line, tabari_nouns_, reporter_, &codes_), line);
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
    // Beside codes of the actor's own the discard holds in its own period, or, undated, in the periods the
    // dated codes leave ("ONODOHER [ONO <911226] [###]": ONO before 1991-12-26, discarded from then on;
    // "ENT [### <890101] [ENT]": discarded before 1989). The coder checks a discard's period against the
    // sentence's date (Coder: a dictionary with dated discards).
    const bool discard = std::any_of(codes_.begin(), codes_.end(), IsDiscardCode);
    if (discard && !tabari_nouns_) {
      reporter_->Invalid(start_line_,
                         "bad actor code '###' or '+++' (TABARI's discard codes; none in PETRARCH "
                         "files): expected upper-case letters and digits");
    } else if (discard && !phrases_.empty()) {
      for (const CodeLine& code : codes_) {
        if (!IsDiscardCode(code)) continue;
        const bool dated = !code.valid_from.empty() || !code.valid_to.empty();
        for (const CodeLine& period : dated ? std::vector<CodeLine>{code} : OutsideDatedCodes(codes_, code)) {
          DictionaryEntry entry;
          entry.kind = EntryKind::kDiscard;
          entry.code = "-";
          entry.valid_from = period.valid_from;
          entry.valid_to = period.valid_to;
          entry.phrases = phrases_;
          entry.file = std::string(file_);
          entry.line = code.line;
          out_->entries.push_back(std::move(entry));
        }
      }
    }
    // Beside a dated null code the undated codes hold only in the periods the dated codes leave ("PRINCE
    // DOL_AMROTH [--- <950630] [DOL]" is DOL from 1995-06-30 on and nothing before). Without one, an undated
    // code stays undated and the coder prefers a dated entry whose period holds.
    const bool null_period = std::any_of(codes_.begin(), codes_.end(), IsNullCode);
    for (const CodeLine& code : codes_) {
      if (phrases_.empty()) break;
      if (IsDiscardCode(code) || IsNullCode(code)) continue;
      const bool dated = !code.valid_from.empty() || !code.valid_to.empty();
      for (const CodeLine& period :
           null_period && !dated ? OutsideDatedCodes(codes_, code) : std::vector<CodeLine>{code}) {
        DictionaryEntry entry = ActorEntryForCode(period);
        entry.phrases = phrases_;
        entry.file = std::string(file_);
        entry.line = code.line;
        out_->entries.push_back(std::move(entry));
      }
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
    // TABARI matches a name that '_' does not close as a stem, the start of the text's word: "KUWAIT" also
    // names "Kuwaiti", "AUSTRALIA" "Australian", "ARGENTIN" "Argentina" (the suite's NOUNEND-15a/-16a), where
    // "LIBYA_" matches no "Libyaq". dyad matches names whole, so a one-word TABARI name of at least four
    // letters not closed by '_' also gets the endings that make English place names and nationality words
    // of a stem, and the plurals of the nationality words. Rarer continuations (NORW: "Norwegian") are
    // still missed.
    static constexpr std::string_view kStemEndings[] = {"a", "ia", "e", "n", "an", "ian", "i", "ese", "ish"};
    const bool stem =
        tabari_nouns_ && !Trim(name).ends_with('_') && phrase.find(' ') == std::string::npos &&
        phrase.size() >= 4 &&
        std::all_of(phrase.begin(), phrase.end(), [](char c) { return IsLower(c) || IsUpper(c); });
    if (!stem) return;
    for (std::string_view ending : kStemEndings) {
      AddPhrase(phrase + std::string(ending), &phrases_);
      if (ending.ends_with('n') || ending == "i") AddPhrase(phrase + std::string(ending) + "s", &phrases_);
    }
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

}  // namespace

void ReadActorFile(std::string_view file_name, std::string_view text, bool tabari_file, DictionarySource* out,
                   Reporter* reporter) {
  CommentStrippingLines lines(text);
  std::string content;
  uint32_t line = 0;
  ActorReader reader(file_name, tabari_file, out, reporter);
  while (lines.Next(&content, &line)) reader.Line(content, line);
  reader.Flush();
}

}  // namespace dyad::tabari_internal
