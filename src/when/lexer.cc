#include "when/lexer.h"

#include <cstring>

namespace dyad::when_internal {
namespace {

struct VocabularyEntry {
  std::string_view text;  // lower case
  Word word;
  bool abbreviated;
};

// Grouped by first letter; ClassifyWord scans only the group of the word's first letter.
constexpr VocabularyEntry kVocabulary[] = {
    {"a", Word::kA, false},
    {"an", Word::kA, false},
    {"ago", Word::kAgo, false},
    {"and", Word::kAnd, false},
    {"april", Word::kApril, false},
    {"apr", Word::kApril, true},
    {"august", Word::kAugust, false},
    {"aug", Word::kAugust, true},
    {"afternoon", Word::kAfternoon, false},
    {"between", Word::kBetween, false},
    {"by", Word::kBy, false},
    {"december", Word::kDecember, false},
    {"dec", Word::kDecember, true},
    {"day", Word::kDay, false},
    {"days", Word::kDay, false},
    {"during", Word::kDuring, false},
    {"early", Word::kEarly, false},
    {"earlier", Word::kEarlier, false},
    {"eight", Word::kEight, false},
    {"eleven", Word::kEleven, false},
    {"evening", Word::kEvening, false},
    {"february", Word::kFebruary, false},
    {"feb", Word::kFebruary, true},
    {"friday", Word::kFriday, false},
    {"five", Word::kFive, false},
    {"four", Word::kFour, false},
    {"from", Word::kFrom, false},
    {"in", Word::kIn, false},
    {"january", Word::kJanuary, false},
    {"jan", Word::kJanuary, true},
    {"june", Word::kJune, false},
    {"jun", Word::kJune, true},
    {"july", Word::kJuly, false},
    {"jul", Word::kJuly, true},
    {"last", Word::kLast, false},
    {"late", Word::kLate, false},
    {"march", Word::kMarch, false},
    {"mar", Word::kMarch, true},
    {"may", Word::kMay, false},
    {"monday", Word::kMonday, false},
    {"month", Word::kMonth, false},
    {"months", Word::kMonth, false},
    {"morning", Word::kMorning, false},
    {"november", Word::kNovember, false},
    {"nov", Word::kNovember, true},
    {"next", Word::kNext, false},
    {"night", Word::kNight, false},
    {"nine", Word::kNine, false},
    {"october", Word::kOctober, false},
    {"oct", Word::kOctober, true},
    {"of", Word::kOf, false},
    {"on", Word::kOn, false},
    {"one", Word::kOne, false},
    {"coming", Word::kComing, false},
    {"past", Word::kPast, false},
    {"previous", Word::kPast, false},
    {"recent", Word::kRecent, false},
    {"september", Word::kSeptember, false},
    {"sept", Word::kSeptember, true},
    {"sep", Word::kSeptember, true},
    {"saturday", Word::kSaturday, false},
    {"sunday", Word::kSunday, false},
    {"since", Word::kSince, false},
    {"seven", Word::kSeven, false},
    {"six", Word::kSix, false},
    {"tuesday", Word::kTuesday, false},
    {"thursday", Word::kThursday, false},
    {"today", Word::kToday, false},
    {"tomorrow", Word::kTomorrow, false},
    {"tonight", Word::kTonight, false},
    {"this", Word::kThis, false},
    {"to", Word::kTo, false},
    {"through", Word::kThrough, false},
    {"two", Word::kTwo, false},
    {"three", Word::kThree, false},
    {"ten", Word::kTen, false},
    {"twelve", Word::kTwelve, false},
    {"until", Word::kUntil, false},
    {"wednesday", Word::kWednesday, false},
    {"weekend", Word::kWeekend, false},
    {"weekends", Word::kWeekend, false},
    {"week", Word::kWeek, false},
    {"weeks", Word::kWeek, false},
    {"will", Word::kWill, false},
    {"year", Word::kYear, false},
    {"years", Word::kYear, false},
    {"yesterday", Word::kYesterday, false},
};
constexpr size_t kLongestWord = 9;  // "wednesday", "september", "yesterday", "afternoon"

struct LetterRange {
  uint8_t begin = 0;
  uint8_t end = 0;
  uint16_t lengths = 0;  // bit n set when some entry of the slice has n letters
};

// For each letter a..z, the slice of kVocabulary whose entries start with it (entries are grouped).
struct LetterIndex {
  LetterRange ranges[26];
  constexpr LetterIndex() {
    for (size_t i = 0; i < std::size(kVocabulary); ++i) {
      const int letter = kVocabulary[i].text[0] - 'a';
      if (ranges[letter].end == 0) ranges[letter].begin = static_cast<uint8_t>(i);
      ranges[letter].end = static_cast<uint8_t>(i + 1);
      ranges[letter].lengths =
          static_cast<uint16_t>(ranges[letter].lengths | (1u << kVocabulary[i].text.size()));
    }
  }
};
constexpr LetterIndex kLetterIndex;

inline bool IsAsciiLetter(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
inline bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }
inline bool IsSpace(unsigned char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'; }

}  // namespace

Word ClassifyWord(std::string_view word, bool* abbreviated) {
  *abbreviated = false;
  if (word.empty() || word.size() > kLongestWord) return Word::kNone;
  const LetterRange range = kLetterIndex.ranges[(word[0] | 0x20) - 'a'];
  if ((range.lengths & (1u << word.size())) == 0) return Word::kNone;  // most words: one table load
  char lower[kLongestWord];
  for (size_t i = 0; i < word.size(); ++i) lower[i] = static_cast<char>(word[i] | 0x20);
  for (size_t i = range.begin; i < range.end; ++i) {
    const VocabularyEntry& entry = kVocabulary[i];
    if (entry.text.size() == word.size() && std::memcmp(entry.text.data(), lower, word.size()) == 0) {
      *abbreviated = entry.abbreviated;
      return entry.word;
    }
  }
  return Word::kNone;
}

Token Lexer::Next() {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text_.data());
  const uint32_t size = static_cast<uint32_t>(text_.size());
  Token token;
  uint32_t p = position_;
  while (p < size && IsSpace(bytes[p])) ++p;
  token.space_before = p != position_;
  token.start = p;
  if (p >= size) {
    position_ = p;
    token.end = p;
    return token;  // kEnd
  }
  const unsigned char c = bytes[p];
  if (IsAsciiLetter(c)) {
    uint32_t q = p + 1;
    while (q < size && IsAsciiLetter(bytes[q])) ++q;
    token.kind = TokenKind::kWord;
    token.capitalised = c >= 'A' && c <= 'Z';
    token.word = ClassifyWord(text_.substr(p, q - p), &token.abbreviated);
    token.end = q;
  } else if (IsDigit(c)) {
    uint32_t q = p;
    uint32_t value = 0;
    while (q < size && IsDigit(bytes[q])) {
      if (token.digits < 10) ++token.digits;
      if (token.digits <= 9) value = value * 10 + (bytes[q] - '0');
      ++q;
    }
    token.kind = TokenKind::kNumber;
    token.value = value;
    token.plain_number = token.digits <= 9;
    // "1,200" and "3.5" are one number that is never a date part; consume the whole group.
    while (q + 1 < size && (bytes[q] == ',' || bytes[q] == '.') && IsDigit(bytes[q + 1])) {
      token.plain_number = false;
      q += 1;
      while (q < size && IsDigit(bytes[q])) ++q;
    }
    if (q < size && IsAsciiLetter(bytes[q])) {
      uint32_t r = q;
      while (r < size && IsAsciiLetter(bytes[r])) ++r;
      const std::string_view suffix = text_.substr(q, r - q);
      const bool is_ordinal_suffix =
          suffix.size() == 2 && ((suffix[0] | 0x20) == 's' || (suffix[0] | 0x20) == 'n' ||
                                 (suffix[0] | 0x20) == 'r' || (suffix[0] | 0x20) == 't');
      const char second = static_cast<char>(suffix.size() == 2 ? suffix[1] | 0x20 : 0);
      if (token.plain_number && is_ordinal_suffix &&
          (second == 't' || second == 'd' || second == 'h')) {  // st, nd, rd, th
        token.ordinal = true;
      } else {
        token.plain_number = false;  // "9am", "5km", "2019s"
      }
      q = r;
    }
    token.end = q;
  } else if (c < 0x80) {
    token.kind = TokenKind::kPunct;
    token.punct = static_cast<char>(c);
    token.end = p + 1;
  } else if (c == 0xE2 && p + 2 < size && bytes[p + 1] == 0x80 &&
             (bytes[p + 2] == 0x93 || bytes[p + 2] == 0x94)) {
    token.kind = TokenKind::kPunct;  // en dash and em dash behave like '-' in "July 1–2"
    token.punct = '-';
    token.end = p + 3;
  } else {
    uint32_t q = p + 1;  // any other non-ASCII run is one opaque token
    while (q < size && bytes[q] >= 0x80 &&
           !(bytes[q] == 0xE2 && q + 2 < size && bytes[q + 1] == 0x80 &&
             (bytes[q + 2] == 0x93 || bytes[q + 2] == 0x94)))
      ++q;
    token.kind = TokenKind::kOther;
    token.end = q;
  }
  position_ = token.end;
  return token;
}

}  // namespace dyad::when_internal
