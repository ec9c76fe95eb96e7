// Date recognition, white-space collapsing and boilerplate-line tests shared by every ingest format.
#include <unicode/ucnv.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <climits>
#include <cstdint>
#include <cstdio>
#include <vector>

#include "dyad/text.h"
#include "dyad/when.h"
#include "ingest/ingest_internal.h"

namespace dyad::ingest_internal {
namespace {

char Lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }
bool IsAlnum(char c) { return IsDigit(c) || IsAlpha(c); }
bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool ValidDate(int year, int month, int day) {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return false;
  static constexpr std::array<int, 12> kDays = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (day > kDays[month - 1]) return false;
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return !(month == 2 && day == 29 && !leap);
}

std::string FormatDate(int year, int month, int day) {
  // Callers pass validated dates (ValidDate); the buffer is sized for any int so GCC can prove no truncation.
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  return buffer;
}

// Month number for a full or abbreviated English month name ("jul", "july", "sept"), else 0.
int MonthNumber(std::string_view word) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  if (word.size() < 3) return 0;
  std::string lower;
  for (char c : word) lower += Lower(c);
  if (lower == "sept") return 9;
  for (size_t i = 0; i < kMonths.size(); ++i) {
    if (lower == kMonths[i] || (lower.size() == 3 && kMonths[i].substr(0, 3) == lower))
      return static_cast<int>(i) + 1;
  }
  return 0;
}

struct Word {
  std::string_view text;
  size_t begin = 0;
};

std::vector<Word> SplitWords(std::string_view text) {
  std::vector<Word> words;
  size_t i = 0;
  while (i < text.size()) {
    if (!IsAlnum(text[i])) {
      ++i;
      continue;
    }
    size_t begin = i;
    while (i < text.size() && IsAlnum(text[i])) ++i;
    words.push_back({text.substr(begin, i - begin), begin});
  }
  return words;
}

// Day number of "3", "03", "3rd", "21st"; 0 when the word is not a day.
int DayNumber(std::string_view word) {
  size_t digits = 0;
  while (digits < word.size() && IsDigit(word[digits])) ++digits;
  if (digits == 0 || digits > 2) return 0;
  std::string_view suffix = word.substr(digits);
  if (!suffix.empty() && suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") return 0;
  int day = 0;
  for (size_t i = 0; i < digits; ++i) day = day * 10 + (word[i] - '0');
  return day;
}

int YearNumber(std::string_view word) {
  if (word.size() != 4) return 0;
  int year = 0;
  for (char c : word) {
    if (!IsDigit(c)) return 0;
    year = year * 10 + (c - '0');
  }
  return year;
}

// Parses N digits at text[pos]; -1 when they are not all digits.
int DigitsAt(std::string_view text, size_t pos, size_t count) {
  if (pos + count > text.size()) return -1;
  int value = 0;
  for (size_t i = 0; i < count; ++i) {
    if (!IsDigit(text[pos + i])) return -1;
    value = value * 10 + (text[pos + i] - '0');
  }
  return value;
}

// Finds "YYYY-MM-DD" / "YYYY/MM/DD" and unambiguous "DD/MM/YYYY" / "MM/DD/YYYY" anywhere in `text`.
std::string FindNumericDate(std::string_view text) {
  for (size_t i = 0; i + 10 <= text.size(); ++i) {
    if (i > 0 && IsDigit(text[i - 1])) continue;
    if (i + 10 < text.size() && IsDigit(text[i + 10])) continue;
    char sep = text[i + 4];
    if ((sep == '-' || sep == '/') && text[i + 7] == sep) {
      int year = DigitsAt(text, i, 4), month = DigitsAt(text, i + 5, 2), day = DigitsAt(text, i + 8, 2);
      if (year > 0 && month > 0 && day > 0 && ValidDate(year, month, day))
        return FormatDate(year, month, day);
    }
    sep = text[i + 2];
    if ((sep == '/' || sep == '.' || sep == '-') && text[i + 5] == sep) {
      int first = DigitsAt(text, i, 2), second = DigitsAt(text, i + 3, 2), year = DigitsAt(text, i + 6, 4);
      if (first <= 0 || second <= 0 || year <= 0) continue;
      // Only an order that cannot be read both ways is accepted; "03/07/2019" could be March or July.
      if (first > 12 && ValidDate(year, second, first)) return FormatDate(year, second, first);
      if (second > 12 && ValidDate(year, first, second)) return FormatDate(year, first, second);
      if (first == second && ValidDate(year, first, second)) return FormatDate(year, first, second);
    }
  }
  return "";
}

// Finds "July 3, 2019", "3 July 2019", "3rd of July, 2019" among the words.
std::string FindTextualDate(const std::vector<Word>& words, size_t* first_word) {
  for (size_t i = 0; i < words.size(); ++i) {
    int month = MonthNumber(words[i].text);
    if (month == 0) continue;
    if (i + 2 < words.size()) {
      int day = DayNumber(words[i + 1].text), year = YearNumber(words[i + 2].text);
      if (day > 0 && year > 0 && ValidDate(year, month, day)) {
        *first_word = i;
        return FormatDate(year, month, day);
      }
    }
    if (i >= 1 && i + 1 < words.size()) {
      size_t day_index = i - 1;
      if (words[day_index].text == "of" && day_index >= 1) --day_index;
      int day = DayNumber(words[day_index].text), year = YearNumber(words[i + 1].text);
      if (day > 0 && year > 0 && ValidDate(year, month, day)) {
        *first_word = day_index;
        return FormatDate(year, month, day);
      }
    }
  }
  return "";
}

bool IsWeekdayOrDateWord(std::string_view word) {
  static constexpr std::array<std::string_view, 24> kWords = {
      "published", "updated",   "posted",   "last",   "modified", "on",     "at",   "am",
      "pm",        "gmt",       "utc",      "bst",    "edt",      "est",    "cet",  "monday",
      "tuesday",   "wednesday", "thursday", "friday", "saturday", "sunday", "date", "first"};
  std::string lower;
  for (char c : word) lower += Lower(c);
  for (std::string_view w : kWords)
    if (lower == w || (lower.size() == 3 && w.size() > 3 && w.substr(0, 3) == lower)) return true;
  return MonthNumber(word) != 0 || IsDigit(word.front());
}

}  // namespace

std::string ParseDate(std::string_view value) {
  std::string date = FindNumericDate(value);
  if (!date.empty()) return date;
  size_t first_word = 0;
  return FindTextualDate(SplitWords(value), &first_word);
}

bool IsDateLine(std::string_view line, std::string* date) {
  if (line.size() > 100) return false;
  std::vector<Word> words = SplitWords(line);
  // A date line is made of the date plus a few labels ("Published", weekday, time, time zone); a sentence
  // mentioning a date has other words.
  size_t other_words = 0;
  for (const Word& word : words)
    if (!IsWeekdayOrDateWord(word.text)) ++other_words;
  if (other_words > 3) return false;
  std::string found = ParseDate(line);
  if (found.empty()) return false;
  *date = std::move(found);
  return true;
}

namespace {

// Bytes that may start white space: the ASCII spaces and 0xC2, the first byte of U+00A0 NO-BREAK SPACE.
constexpr std::array<bool, 256> kMayStartSpace = [] {
  std::array<bool, 256> table{};
  for (unsigned char c : {' ', '\t', '\n', '\r', '\f', '\v'}) table[c] = true;
  table[0xC2] = true;
  return table;
}();

// Length of the white space (ASCII or U+00A0) starting at `in[i]`; 0 when `in[i]` starts none.
size_t SpaceLengthAt(std::string_view in, size_t i) {
  if (!kMayStartSpace[static_cast<unsigned char>(in[i])]) return 0;
  if (in[i] != '\xC2') return 1;
  return i + 1 < in.size() && in[i + 1] == '\xA0' ? 2 : 0;
}

}  // namespace

// Copies each run of text without anything to collapse with one append: this runs over every byte of every
// input, and a byte-at-a-time push_back was a tenth of the whole pipeline's instructions.
void AppendCollapsed(std::string_view in, std::string* out) {
  bool wrote_space = out->empty() || IsAsciiSpace(out->back());
  const size_t n = in.size();
  size_t i = 0;
  while (i < n) {
    bool skipped_space = false;
    for (size_t space; i < n && (space = SpaceLengthAt(in, i)) != 0; i += space) skipped_space = true;
    if (skipped_space && !wrote_space) {
      out->push_back(' ');
      wrote_space = true;
    }
    const size_t run_start = i;
    while (i < n) {
      while (i < n && !kMayStartSpace[static_cast<unsigned char>(in[i])]) ++i;
      if (i == n) break;
      // One plain space before a non-space byte is already collapsed: it stays inside the run, so that a line
      // is usually copied with a single append.
      const bool lone_space =
          in[i] == ' ' && i + 1 < n && !kMayStartSpace[static_cast<unsigned char>(in[i + 1])];
      if (!lone_space && SpaceLengthAt(in, i) != 0) break;
      ++i;  // a lone space, or a 0xC2 that starts another character
    }
    if (i > run_start) {
      out->append(in.data() + run_start, i - run_start);
      wrote_space = false;
    }
  }
}

void TrimTrailingSpace(std::string* text) {
  while (!text->empty() && IsAsciiSpace(text->back())) text->pop_back();
}

std::string Collapse(std::string_view in) {
  std::string out;
  AppendCollapsed(in, &out);
  TrimTrailingSpace(&out);
  return out;
}

bool SameText(std::string_view a, std::string_view b) {
  size_t i = 0, j = 0;
  while (true) {
    while (i < a.size() && IsAsciiSpace(a[i])) ++i;
    while (j < b.size() && IsAsciiSpace(b[j])) ++j;
    if (i == a.size() || j == b.size()) return i == a.size() && j == b.size();
    if (Lower(a[i]) != Lower(b[j])) return false;
    ++i;
    ++j;
  }
}

bool StartsWithIgnoringCase(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i)
    if (Lower(text[i]) != Lower(prefix[i])) return false;
  return true;
}

bool ContainsIgnoringCase(std::string_view text, std::string_view needle) {
  if (needle.empty()) return true;
  for (size_t i = 0; i + needle.size() <= text.size(); ++i)
    if (StartsWithIgnoringCase(text.substr(i), needle)) return true;
  return false;
}

bool IsCopyrightLine(std::string_view line) {
  if (line.size() > 300) return false;
  return line.starts_with("\xC2\xA9") || StartsWithIgnoringCase(line, "(c) ") ||
         StartsWithIgnoringCase(line, "copyright") || ContainsIgnoringCase(line, "all rights reserved");
}

bool IsAddressLine(std::string_view line) {
  if (line.size() > 200) return false;
  if (ContainsIgnoringCase(line, "p.o. box") || ContainsIgnoringCase(line, "po box")) return true;
  std::vector<Word> words = SplitWords(line);
  static constexpr std::array<std::string_view, 16> kStreetTypes = {
      "street", "st",    "avenue", "ave",    "road",  "rd",      "boulevard", "blvd",
      "lane",   "drive", "suite",  "square", "plaza", "strasse", "place",     "floor"};
  bool street = false, postcode = false;
  for (size_t i = 0; i < words.size(); ++i) {
    std::string lower;
    for (char c : words[i].text) lower += Lower(c);
    // A house number, then within three words a street type: "1200 Example Avenue".
    if (IsDigit(words[i].text.front()) && words[i].text.size() <= 5) {
      for (size_t k = i + 1; k < words.size() && k <= i + 3; ++k) {
        std::string type;
        for (char c : words[k].text) type += Lower(c);
        for (std::string_view t : kStreetTypes) street |= (type == t);
      }
    }
    // US "IL 62701" and UK "SW1A 1AA" style postcodes.
    bool two_caps = words[i].text.size() == 2 && std::isupper(static_cast<unsigned char>(words[i].text[0])) &&
                    std::isupper(static_cast<unsigned char>(words[i].text[1]));
    if (two_caps && i + 1 < words.size() && words[i + 1].text.size() == 5 &&
        YearNumber(words[i + 1].text) == 0 && DigitsAt(words[i + 1].text, 0, 5) >= 0)
      postcode = true;
    const std::string_view w = words[i].text;
    if (w.size() >= 2 && w.size() <= 4 && std::isupper(static_cast<unsigned char>(w[0])) &&
        std::any_of(w.begin(), w.end(), IsDigit) && i + 1 < words.size() && words[i + 1].text.size() == 3 &&
        IsDigit(words[i + 1].text[0]))
      postcode = true;
  }
  bool ends_sentence = !line.empty() && (line.back() == '.' || line.back() == '"' || line.back() == '?');
  size_t commas = 0;
  for (char c : line) commas += (c == ',');
  if (street && (postcode || commas >= 2)) return true;
  return street && !ends_sentence && words.size() <= 12;
}

bool IsWidgetLine(std::string_view line) {
  if (line.size() > 80) return false;
  static constexpr std::array<std::string_view, 14> kPrompts = {
      "read more",     "share this", "share on", "follow us",    "sign up",   "subscribe", "click here",
      "advertisement", "see also",   "related:", "more on this", "read next", "share:",    "tap here"};
  for (std::string_view prompt : kPrompts)
    if (StartsWithIgnoringCase(line, prompt)) return true;
  return false;
}

bool IsBylineLine(std::string_view line) {
  if (!StartsWithIgnoringCase(line, "by ") || line.size() > 80) return false;
  return SplitWords(line).size() <= 8 && !line.ends_with(".");
}

uint64_t RepairInto(std::string_view bytes, std::string* out) { return RepairUtf8(bytes, out); }

bool ConvertToUtf8(std::string_view charset, std::string_view bytes, std::string* out) {
  std::string name(charset);
  for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (name.empty() || name == "utf-8" || name == "utf8" || name == "us-ascii" || name == "ascii")
    return false;
  if (bytes.size() > static_cast<size_t>(INT32_MAX) / 4) return false;
  UErrorCode error = U_ZERO_ERROR;
  UConverter* converter = ucnv_open(name.c_str(), &error);
  if (U_FAILURE(error) || converter == nullptr) return false;
  ucnv_close(converter);
  std::string converted(bytes.size() * 3 + 16, '\0');  // one legacy byte is at most three UTF-8 bytes
  error = U_ZERO_ERROR;
  int32_t length =
      ucnv_convert("UTF-8", name.c_str(), converted.data(), static_cast<int32_t>(converted.size()),
                   bytes.data(), static_cast<int32_t>(bytes.size()), &error);
  if (U_FAILURE(error)) return false;
  converted.resize(static_cast<size_t>(length));
  *out = std::move(converted);
  return true;
}

Status FinishDocument(const IngestOptions& options, Document* doc) {
  Result<std::string> text = NormalizeText(doc->text);
  if (!text.ok()) return text.status().WithContext(doc->id + ": ");
  doc->text = std::move(text).value();
  if (!doc->title.empty()) {
    Result<std::string> title = NormalizeText(doc->title);
    if (!title.ok()) return title.status().WithContext(doc->id + ": ");
    doc->title = std::move(title).value();
  }
  // A dateline ("WASHINGTON, July 2 (Reuters) -") opens the first body paragraph; the title may come before
  // it.
  std::string_view rest = doc->text;
  for (int paragraph = 0; paragraph < 2 && doc->date.empty(); ++paragraph) {
    std::string date = DatelineDate(rest, options.default_date);
    if (!date.empty()) {
      doc->date = std::move(date);
      doc->date_source = "dateline";
    }
    const size_t next = rest.find("\n\n");
    if (next == std::string_view::npos) break;
    rest.remove_prefix(next + 2);
  }
  if (doc->date.empty() && !options.default_date.empty()) {
    doc->date = options.default_date;
    doc->date_source = "option";
  }
  return Status::Ok();
}

}  // namespace dyad::ingest_internal
