// A small, allocation-free lexer for temporal expressions: ASCII words classified against a fixed vocabulary,
// digit runs with their numeric value, and single punctuation marks. It is deliberately independent of
// dyad::Tokenize so that the date scan can stop early and never builds a token vector.
#ifndef DYAD_WHEN_LEXER_H_
#define DYAD_WHEN_LEXER_H_

#include <cstdint>
#include <string_view>

namespace dyad::when_internal {

// Vocabulary of the temporal grammar. Months and weekdays are contiguous ranges so that their value is an
// offset; kOne..kTwelve likewise for number words.
enum class Word : uint8_t {
  kNone = 0,  // any other word
  kJanuary,
  kFebruary,
  kMarch,
  kApril,
  kMay,
  kJune,
  kJuly,
  kAugust,
  kSeptember,
  kOctober,
  kNovember,
  kDecember,
  kMonday,
  kTuesday,
  kWednesday,
  kThursday,
  kFriday,
  kSaturday,
  kSunday,
  kOne,
  kTwo,
  kThree,
  kFour,
  kFive,
  kSix,
  kSeven,
  kEight,
  kNine,
  kTen,
  kEleven,
  kTwelve,
  kA,  // "a" and "an" as in "a week ago"
  kWeekend,
  kPast,    // "past" and "previous": "the past 18 months"
  kRecent,  // "recent": "in recent months"
  kComing,  // "coming": "in the coming weeks"
  kIn,
  kOf,
  kSince,
  kUntil,
  kBy,
  kDuring,
  kOn,
  kEarly,
  kLate,
  kLast,
  kNext,
  kThis,
  kEarlier,
  kYesterday,
  kToday,
  kTomorrow,
  kTonight,
  kAgo,
  kDay,
  kWeek,
  kMonth,
  kYear,
  kAnd,
  kTo,
  kThrough,
  kBetween,
  kFrom,
  kNight,
  kMorning,
  kAfternoon,
  kEvening,
  kWill,
};

inline bool IsMonth(Word word) { return word >= Word::kJanuary && word <= Word::kDecember; }
inline int MonthOf(Word word) { return static_cast<int>(word) - static_cast<int>(Word::kJanuary) + 1; }
inline bool IsWeekday(Word word) { return word >= Word::kMonday && word <= Word::kSunday; }
inline int WeekdayOf(Word word) {
  return static_cast<int>(word) - static_cast<int>(Word::kMonday);
}  // 0 = Mon
inline bool IsNumberWord(Word word) { return word >= Word::kOne && word <= Word::kTwelve; }
inline int NumberWordValue(Word word) { return static_cast<int>(word) - static_cast<int>(Word::kOne) + 1; }

enum class TokenKind : uint8_t { kEnd, kWord, kNumber, kPunct, kOther };

struct Token {
  uint32_t start = 0;
  uint32_t end = 0;
  TokenKind kind = TokenKind::kEnd;
  Word word = Word::kNone;
  char punct = 0;             // kPunct: the ASCII mark; en and em dashes are reported as '-'
  bool capitalised = false;   // kWord: first letter upper case
  bool abbreviated = false;   // kWord: a month abbreviation ("Jan", "Sept")
  bool plain_number = false;  // kNumber: only digits, nothing glued on (not "1,200", "3.5", "9am")
  bool ordinal = false;       // kNumber: "9th", "1st" (then plain_number is true too)
  uint8_t digits = 0;         // kNumber: count of digits (capped at 10)
  uint32_t value = 0;         // kNumber: numeric value (meaningless when digits > 9)
  bool space_before = false;  // whitespace separates this token from the previous one
  bool IsWord(Word w) const { return kind == TokenKind::kWord && word == w; }
  bool IsPunct(char c) const { return kind == TokenKind::kPunct && punct == c; }
};

class Lexer {
 public:
  explicit Lexer(std::string_view text, uint32_t position = 0) : text_(text), position_(position) {}
  Token Next();
  uint32_t position() const { return position_; }
  std::string_view text() const { return text_; }
  void set_position(uint32_t position) { position_ = position; }

 private:
  std::string_view text_;
  uint32_t position_;
};

// Classifies an ASCII word (any case). Words longer than the vocabulary's longest are kNone.
Word ClassifyWord(std::string_view word, bool* abbreviated);

}  // namespace dyad::when_internal

#endif  // DYAD_WHEN_LEXER_H_
