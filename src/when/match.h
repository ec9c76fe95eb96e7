// The parser's vocabulary of results: the reference date, a match with its precision, and the calendar
// helpers that infer years and shift dates. Internal to the when stage (temporal.cc).
#ifndef DYAD_WHEN_MATCH_H_
#define DYAD_WHEN_MATCH_H_

#include <cstdint>
#include <cstdlib>

#include "when/civil.h"
#include "when/lexer.h"

namespace dyad::when_internal {

struct Reference {
  bool valid = false;
  CivilDate date;
  int64_t days = 0;
};

enum class Precision { kDay, kMonth, kYear, kRange };

struct Match {
  uint32_t start = 0;
  uint32_t end = 0;
  Precision precision = Precision::kDay;
  CivilDate first;  // kDay, kRange start; kMonth uses year and month; kYear uses year
  CivilDate last;   // kRange end
};

inline bool IsDayNumber(const Token& token) {
  return token.kind == TokenKind::kNumber && token.plain_number && token.digits <= 2 && token.value >= 1 &&
         token.value <= 31;
}

inline bool IsYearNumber(const Token& token, uint32_t lowest, uint32_t highest) {
  return token.kind == TokenKind::kNumber && token.plain_number && !token.ordinal && token.digits == 4 &&
         token.value >= lowest && token.value <= highest;
}

inline bool IsTimeOfDay(const Token& token) {
  return token.IsWord(Word::kNight) || token.IsWord(Word::kMorning) || token.IsWord(Word::kAfternoon) ||
         token.IsWord(Word::kEvening);
}

// A word before a bare month or year that makes it temporal: "in March", "since 2019".
inline bool IsTemporalPreposition(const Token& token) {
  if (token.kind != TokenKind::kWord) return false;
  switch (token.word) {
    case Word::kIn:
    case Word::kOf:
    case Word::kSince:
    case Word::kUntil:
    case Word::kBy:
    case Word::kDuring:
    case Word::kEarly:
    case Word::kLate:
      return true;
    default:
      return false;
  }
}

// The year that puts month/day nearest to the reference date; ties go to the past (news reports the past).
inline bool InferYearForDay(const Reference& reference, int month, int day, int* year) {
  if (!reference.valid) return false;
  bool found = false;
  int64_t best_distance = 0;
  for (int candidate = reference.date.year - 1; candidate <= reference.date.year + 1; ++candidate) {
    if (!IsValidDate(candidate, month, day)) continue;
    const int64_t distance = std::llabs(DaysFromCivil(candidate, month, day) - reference.days);
    if (!found || distance < best_distance) {
      found = true;
      best_distance = distance;
      *year = candidate;
    }
  }
  return found;
}

inline int InferYearForMonth(const Reference& reference, int month) {
  const int reference_index = reference.date.year * 12 + reference.date.month - 1;
  int best_year = reference.date.year - 1;
  int best_distance = -1;
  for (int candidate = reference.date.year - 1; candidate <= reference.date.year + 1; ++candidate) {
    const int distance = std::abs(candidate * 12 + month - 1 - reference_index);
    if (best_distance < 0 || distance < best_distance) {
      best_distance = distance;
      best_year = candidate;
    }
  }
  return best_year;
}

inline CivilDate AddDays(const Reference& reference, int64_t delta) {
  return CivilFromDays(reference.days + delta);
}

// Shifts the reference month by `delta` months and returns {year, month, 1}.
inline CivilDate AddMonths(const Reference& reference, int delta) {
  const int index = reference.date.year * 12 + reference.date.month - 1 + delta;
  return CivilDate{index / 12, index % 12 + 1, 1};
}

inline void SetDay(const CivilDate& date, Match* match) {
  match->precision = Precision::kDay;
  match->first = date;
}

inline void SetRange(const CivilDate& first, const CivilDate& last, Match* match) {
  if (first.year == last.year && first.month == last.month && first.day == last.day) {
    SetDay(first, match);
    return;
  }
  match->precision = Precision::kRange;
  match->first = first;
  match->last = last;
}

}  // namespace dyad::when_internal

#endif  // DYAD_WHEN_MATCH_H_
