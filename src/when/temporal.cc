// FindTemporalExpressions: one left-to-right pass of the when lexer. Only "anchor" tokens (digits, month and
// weekday names, relative words, counts before "ago") start a parse; every other word costs one vocabulary
// lookup. A parse reads a few tokens of lookahead and at most four tokens of history, and allocates nothing
// except the value it appends.
#include <algorithm>
#include <cstdlib>
#include <string>

#include "dyad/when.h"
#include "when/civil.h"
#include "when/lexer.h"
#include "when/match.h"
#include "when/temporal_internal.h"
#include "when/window.h"

namespace dyad::when_internal {
namespace {

class Parser {
 public:
  Parser(const Reference& reference, const ScanOptions& options, const History& history)
      : reference_(reference), options_(options), history_(history) {}

  bool Parse(Window& window, Match* match) {
    const Token& anchor = window.At(0);
    if (anchor.kind == TokenKind::kNumber) {
      if (ParseIso(window, match) || ParseSlashDate(window, match) || ParseDayFirst(window, match))
        return true;
      if (options_.absolute_days_only) return false;
      return ParseBareYear(window, match) || ParseAgo(window, match);
    }
    if (anchor.kind != TokenKind::kWord || anchor.word == Word::kNone) return false;
    if (IsMonth(anchor.word)) return ParseMonthFirst(window, 0, history_.Prev(1), match);
    if (IsWeekday(anchor.word)) return ParseWeekday(window, 0, Word::kNone, anchor.start, match);
    if (options_.absolute_days_only) return false;
    switch (anchor.word) {
      case Word::kYesterday:
        return ParseDeicticDay(window, -1, match);
      case Word::kToday:
      case Word::kTonight:
        return ParseDeicticDay(window, 0, match);
      case Word::kTomorrow:
        return ParseDeicticDay(window, 1, match);
      case Word::kLast:
      case Word::kNext:
      case Word::kThis:
        return ParseModified(window, match);
      case Word::kEarlier:
        return ParseEarlierThis(window, match);
      case Word::kWeekend:
        return ParseWeekend(window, 0, Word::kNone, anchor.start, match);
      case Word::kPast:
        return ParseRolling(window, -1, match);
      case Word::kRecent:
        return ParseVaguePeriod(window, -1, match);
      case Word::kComing:
        return ParseVaguePeriod(window, 1, match);
      default:
        return (IsNumberWord(anchor.word) || anchor.word == Word::kA) && ParseAgo(window, match);
    }
  }

 private:
  // "2019-07-02"
  bool ParseIso(Window& window, Match* match) {
    const Token& year = window.At(0);
    if (!IsYearNumber(year, 1000, 2999)) return false;
    const Token& dash1 = window.At(1);
    const Token& month = window.At(2);
    const Token& dash2 = window.At(3);
    const Token& day = window.At(4);
    if (!dash1.IsPunct('-') || dash1.space_before || !dash2.IsPunct('-') || dash2.space_before) return false;
    if (month.kind != TokenKind::kNumber || !month.plain_number || month.digits != 2 || month.space_before ||
        day.kind != TokenKind::kNumber || !day.plain_number || day.digits != 2 || day.space_before)
      return false;
    const int y = static_cast<int>(year.value), m = static_cast<int>(month.value),
              d = static_cast<int>(day.value);
    if (!IsValidDate(y, m, d)) return false;
    match->start = year.start;
    match->end = day.end;
    SetDay(CivilDate{y, m, d}, match);
    return true;
  }

  // "07/02/2019" is ambiguous (US month/day or day/month) and skipped; "15/07/2019", "07/15/2019" and
  // "07/07/2019" are not.
  bool ParseSlashDate(Window& window, Match* match) {
    const Token& first = window.At(0);
    const Token& slash1 = window.At(1);
    const Token& second = window.At(2);
    const Token& slash2 = window.At(3);
    const Token& year = window.At(4);
    if (!IsDayNumber(first) || first.ordinal || !slash1.IsPunct('/') || slash1.space_before ||
        !IsDayNumber(second) || second.ordinal || second.space_before || !slash2.IsPunct('/') ||
        slash2.space_before || !IsYearNumber(year, 1000, 2999) || year.space_before)
      return false;
    const int a = static_cast<int>(first.value), b = static_cast<int>(second.value);
    int month = 0, day = 0;
    if (a == b || (a <= 12 && b > 12)) {
      month = a;
      day = b;
    } else if (a > 12 && b <= 12) {
      day = a;
      month = b;
    } else {
      return false;
    }
    const int y = static_cast<int>(year.value);
    if (!IsValidDate(y, month, day)) return false;
    match->start = first.start;
    match->end = year.end;
    SetDay(CivilDate{y, month, day}, match);
    return true;
  }

  // Index after an optional ", 2019" or " 2019" at `index`; sets *year or leaves it 0.
  int ParseOptionalYear(Window& window, int index, int* year) {
    *year = 0;
    if (window.At(index).IsPunct(',') && IsYearNumber(window.At(index + 1), 1000, 2999)) {
      *year = static_cast<int>(window.At(index + 1).value);
      return index + 2;
    }
    if (IsYearNumber(window.At(index), 1000, 2999) && window.At(index).space_before) {
      *year = static_cast<int>(window.At(index).value);
      return index + 1;
    }
    return index;
  }

  // Emits day `first_day` (to `last_day` when a range) of `month`, in `year` or the inferred year.
  bool EmitDays(int year, int month, int first_day, int last_day, uint32_t start, uint32_t end,
                Match* match) {
    if (year == 0 && !InferYearForDay(reference_, month, first_day, &year)) return false;
    if (!IsValidDate(year, month, first_day) || !IsValidDate(year, month, last_day)) return false;
    match->start = start;
    match->end = end;
    SetRange(CivilDate{year, month, first_day}, CivilDate{year, month, last_day}, match);
    return true;
  }

  // "July 2", "July 2, 2019", "Jan. 5", "July 1-2", "between July 1 and 3", "March 2019", "in March".
  bool ParseMonthFirst(Window& window, int index, const Token& before, Match* match) {
    const Token& month_token = window.At(index);
    if (!month_token.capitalised) return false;  // "a march on parliament", "they may attack"
    const int month = MonthOf(month_token.word);
    int next = index + 1;
    uint32_t end = month_token.end;
    if (month_token.abbreviated && window.At(next).IsPunct('.') && !window.At(next).space_before) {
      end = window.At(next).end;
      ++next;
    }
    const Token& day = window.At(next);
    if (IsDayNumber(day) && day.space_before) {
      const int first_day = static_cast<int>(day.value);
      int last_day = first_day;
      uint32_t start = month_token.start;
      end = day.end;
      int after = next + 1;
      const Token& joiner = window.At(after);
      const Token& second = window.At(after + 1);
      const bool dash_range = joiner.IsPunct('-');
      const bool worded_range =
          (before.IsWord(Word::kBetween) && joiner.IsWord(Word::kAnd)) ||
          (before.IsWord(Word::kFrom) && (joiner.IsWord(Word::kTo) || joiner.IsWord(Word::kThrough)));
      if ((dash_range || worded_range) && IsDayNumber(second) && static_cast<int>(second.value) > first_day) {
        last_day = static_cast<int>(second.value);
        end = second.end;
        after += 2;
        if (worded_range) start = before.start;
      }
      int year = 0;
      const int after_year = ParseOptionalYear(window, after, &year);
      if (after_year != after) end = window.At(after_year - 1).end;
      return EmitDays(year, month, first_day, last_day, start, end, match);
    }
    if (options_.absolute_days_only) return false;
    int year_index = next;
    if (window.At(year_index).IsWord(Word::kOf)) ++year_index;  // "March of 2019"
    const Token& year = window.At(year_index);
    if (IsYearNumber(year, 1000, 2999) && year.space_before) {
      match->start = month_token.start;
      match->end = year.end;
      match->precision = Precision::kMonth;
      match->first = CivilDate{static_cast<int>(year.value), month, 1};
      return true;
    }
    if (!IsTemporalPreposition(before) || !reference_.valid) return false;
    match->start = month_token.start;
    match->end = end;
    match->precision = Precision::kMonth;
    match->first = CivilDate{InferYearForMonth(reference_, month), month, 1};
    return true;
  }

  // "9 June", "9th of June", "2 July 2019", "1-2 July".
  bool ParseDayFirst(Window& window, Match* match) {
    const Token& day = window.At(0);
    if (!IsDayNumber(day)) return false;
    int first_day = static_cast<int>(day.value), last_day = first_day;
    int index = 1;
    if (window.At(1).IsPunct('-') && IsDayNumber(window.At(2)) &&
        static_cast<int>(window.At(2).value) > first_day) {
      last_day = static_cast<int>(window.At(2).value);
      index = 3;
    }
    if (window.At(index).IsWord(Word::kOf)) ++index;
    const Token& month_token = window.At(index);
    if (month_token.kind != TokenKind::kWord || !IsMonth(month_token.word) || !month_token.capitalised)
      return false;
    uint32_t end = month_token.end;
    int next = index + 1;
    if (month_token.abbreviated && window.At(next).IsPunct('.') && !window.At(next).space_before) {
      end = window.At(next).end;
      ++next;
    }
    int year = 0;
    const int after_year = ParseOptionalYear(window, next, &year);
    if (after_year != next) end = window.At(after_year - 1).end;
    return EmitDays(year, MonthOf(month_token.word), first_day, last_day, day.start, end, match);
  }

  // "in 2019", "since 2019"; never "2019 people" or "1,200".
  bool ParseBareYear(Window& window, Match* match) {
    const Token& year = window.At(0);
    if (!IsYearNumber(year, 1800, 2100) || !IsTemporalPreposition(history_.Prev(1))) return false;
    const Token& following = window.At(1);
    if ((following.IsPunct('-') || following.IsPunct('/')) && !following.space_before)
      return false;  // "2019-20"
    match->start = year.start;
    match->end = year.end;
    match->precision = Precision::kYear;
    match->first = CivilDate{static_cast<int>(year.value), 1, 1};
    return true;
  }

  // "two days ago", "3 weeks ago", "a month ago", "a year ago".
  bool ParseAgo(Window& window, Match* match) {
    const Token& count_token = window.At(0);
    int count = 0;
    if (count_token.kind == TokenKind::kNumber) {
      if (!count_token.plain_number || count_token.ordinal || count_token.digits > 3) return false;
      count = static_cast<int>(count_token.value);
    } else if (count_token.word == Word::kA) {
      count = 1;
    } else {
      count = NumberWordValue(count_token.word);
    }
    const Token& unit = window.At(1);
    if (unit.kind != TokenKind::kWord || !window.At(2).IsWord(Word::kAgo) || !reference_.valid) return false;
    match->start = count_token.start;
    match->end = window.At(2).end;
    switch (unit.word) {
      case Word::kDay:
        SetDay(AddDays(reference_, -count), match);
        return true;
      case Word::kWeek:
        SetDay(AddDays(reference_, -7 * count), match);
        return true;
      case Word::kMonth:
        match->precision = Precision::kMonth;
        match->first = AddMonths(reference_, -count);
        return true;
      case Word::kYear:
        match->precision = Precision::kYear;
        match->first = CivilDate{reference_.date.year - count, 1, 1};
        return true;
      default:
        return false;
    }
  }

  bool ParseDeicticDay(Window& window, int delta, Match* match) {
    if (!reference_.valid) return false;
    match->start = window.At(0).start;
    match->end = IsTimeOfDay(window.At(1)) ? window.At(1).end : window.At(0).end;
    SetDay(AddDays(reference_, delta), match);
    return true;
  }

  // Weekday at `index`, modified by last/next/this (kNone when bare). A bare weekday is the most recent one
  // on or before the reference date, or the next one on or after it when "will" precedes it.
  bool ParseWeekday(Window& window, int index, Word modifier, uint32_t start, Match* match) {
    const Token& weekday = window.At(index);
    if (!weekday.capitalised) return false;
    // "Tuesday, July 2", "Tuesday 2 July": the calendar date decides; the weekday joins the span.
    int date_index = index + 1;
    if (window.At(date_index).IsPunct(',')) ++date_index;
    const Token& after = window.At(date_index);
    if (modifier == Word::kNone && after.kind == TokenKind::kWord && IsMonth(after.word) &&
        ParseMonthFirst(window, date_index, Token(), match)) {
      match->start = start;
      return true;
    }
    if (modifier == Word::kNone && after.kind == TokenKind::kNumber) {  // "Tuesday 2 July"
      Window rest = window.Suffix(date_index);
      if (ParseDayFirst(rest, match)) {
        match->start = start;
        return true;
      }
    }
    if (options_.absolute_days_only || !reference_.valid) return false;
    const Token& following = window.At(index + 1);
    const bool anchored = modifier != Word::kNone || history_.Prev(1).IsWord(Word::kOn);
    // "Sunday Times", "Friday Mosque": a capitalised name right after the weekday.
    if (!anchored && following.kind == TokenKind::kWord && following.capitalised && following.space_before &&
        !IsMonth(following.word))
      return false;
    const int target = WeekdayOf(weekday.word);
    const int today = WeekdayFromDays(reference_.days);
    const int back = (today - target + 7) % 7;     // days back to the most recent target on or before
    const int forward = (target - today + 7) % 7;  // days forward to the next target on or after
    int64_t delta = 0;
    if (modifier == Word::kLast) {
      delta = back == 0 ? -7 : -back;
    } else if (modifier == Word::kNext) {
      delta = forward == 0 ? 7 : forward;
    } else if (modifier == Word::kThis) {
      delta = target - today;  // the same ISO week
    } else {
      delta = history_.Contains(Word::kWill) ? forward : -back;
    }
    match->start = start;
    match->end = IsTimeOfDay(following) ? following.end : weekday.end;
    SetDay(AddDays(reference_, delta), match);
    return true;
  }

  // "last Tuesday", "next week", "this month", "last year".
  bool ParseModified(Window& window, Match* match) {
    const Token& modifier = window.At(0);
    const Token& target = window.At(1);
    // "last 18 months", "next two weeks": a rolling period, not the calendar one.
    if (modifier.word != Word::kThis && (target.kind == TokenKind::kNumber || IsNumberWord(target.word)))
      return ParseRolling(window, modifier.word == Word::kNext ? 1 : -1, match);
    if (target.kind != TokenKind::kWord) return false;
    if (IsWeekday(target.word)) return ParseWeekday(window, 1, modifier.word, modifier.start, match);
    if (target.IsWord(Word::kWeekend)) return ParseWeekend(window, 1, modifier.word, modifier.start, match);
    if (!reference_.valid) return false;
    const int shift = modifier.word == Word::kLast ? -1 : modifier.word == Word::kNext ? 1 : 0;
    match->start = modifier.start;
    match->end = target.end;
    switch (target.word) {
      case Word::kWeek: {
        const int64_t monday = reference_.days - WeekdayFromDays(reference_.days) + 7 * shift;
        SetRange(CivilFromDays(monday), CivilFromDays(monday + 6), match);
        return true;
      }
      case Word::kMonth:
        match->precision = Precision::kMonth;
        match->first = AddMonths(reference_, shift);
        return true;
      case Word::kYear:
        match->precision = Precision::kYear;
        match->first = CivilDate{reference_.date.year + shift, 1, 1};
        return true;
      default:
        return false;
    }
  }

  // The Saturday-Sunday weekend at window.At(index), modified by last/next/this. A bare weekend ("over the
  // weekend") is the most recent one on or before the reference date, or the next one when "will" precedes
  // it.
  bool ParseWeekend(Window& window, int index, Word modifier, uint32_t start, Match* match) {
    if (!reference_.valid) return false;
    const int today = WeekdayFromDays(reference_.days);  // 0 = Monday, 5 = Saturday
    const int64_t recent_saturday = reference_.days - (today - 5 + 7) % 7;
    const bool in_weekend = today >= 5;
    int64_t saturday = recent_saturday;
    if (modifier == Word::kLast) {
      if (in_weekend) saturday -= 7;
    } else if (modifier == Word::kNext) {
      saturday += 7;
    } else if ((modifier == Word::kThis || modifier == Word::kNone) && !in_weekend &&
               history_.Contains(Word::kWill)) {
      saturday += 7;
    }
    match->start = start;
    match->end = window.At(index).end;
    SetRange(CivilFromDays(saturday), CivilFromDays(saturday + 1), match);
    return true;
  }

  // The reference date shifted by `count` units (day, week, month, year); a day past the end of the target
  // month is clamped to its last day. False for a word that is not a unit.
  bool Shift(Word unit, int count, CivilDate* out) const {
    switch (unit) {
      case Word::kDay:
        *out = AddDays(reference_, count);
        return true;
      case Word::kWeek:
        *out = AddDays(reference_, 7 * static_cast<int64_t>(count));
        return true;
      case Word::kMonth:
      case Word::kYear: {
        const int months = unit == Word::kMonth ? count : 12 * count;
        const CivilDate first = AddMonths(reference_, months);
        *out = CivilDate{first.year, first.month,
                         std::min(reference_.date.day, DaysInMonth(first.year, first.month))};
        return true;
      }
      default:
        return false;
    }
  }

  // "the past 18 months", "last two weeks", "next three days", "the past year": the rolling period that ends
  // (direction -1) or starts (+1) on the reference date. window.At(0) is "past", "last" or "next".
  bool ParseRolling(Window& window, int direction, Match* match) {
    if (!reference_.valid) return false;
    int index = 1;
    int count = 1;
    const Token& count_token = window.At(1);
    if (count_token.kind == TokenKind::kNumber) {
      if (!count_token.plain_number || count_token.ordinal || count_token.digits > 3) return false;
      count = static_cast<int>(count_token.value);
      index = 2;
    } else if (IsNumberWord(count_token.word)) {
      count = NumberWordValue(count_token.word);
      index = 2;
    }
    const Token& unit = window.At(index);
    CivilDate other;
    if (unit.kind != TokenKind::kWord || count < 1 || !Shift(unit.word, direction * count, &other))
      return false;
    match->start = window.At(0).start;
    match->end = unit.end;
    if (direction < 0) {
      SetRange(other, reference_.date, match);
    } else {
      SetRange(reference_.date, other, match);
    }
    return true;
  }

  // "recent months", "the coming weeks": by convention (include/dyad/when.h) the three units before or after
  // the reference date.
  bool ParseVaguePeriod(Window& window, int direction, Match* match) {
    constexpr int kVagueCount = 3;
    if (!reference_.valid) return false;
    const Token& unit = window.At(1);
    CivilDate other;
    if (unit.kind != TokenKind::kWord || !Shift(unit.word, direction * kVagueCount, &other)) return false;
    match->start = window.At(0).start;
    match->end = unit.end;
    if (direction < 0) {
      SetRange(other, reference_.date, match);
    } else {
      SetRange(reference_.date, other, match);
    }
    return true;
  }

  // "earlier this week" / "month" / "year": from the start of that period up to the reference date.
  bool ParseEarlierThis(Window& window, Match* match) {
    if (!window.At(1).IsWord(Word::kThis) || !reference_.valid) return false;
    const Token& unit = window.At(2);
    int64_t first = 0;
    if (unit.IsWord(Word::kWeek)) {
      first = reference_.days - WeekdayFromDays(reference_.days);
    } else if (unit.IsWord(Word::kMonth)) {
      first = DaysFromCivil(reference_.date.year, reference_.date.month, 1);
    } else if (unit.IsWord(Word::kYear)) {
      first = DaysFromCivil(reference_.date.year, 1, 1);
    } else {
      return false;
    }
    match->start = window.At(0).start;
    match->end = unit.end;
    SetRange(CivilFromDays(first), reference_.date, match);
    return true;
  }

  const Reference& reference_;
  const ScanOptions& options_;
  const History& history_;
};

bool IsAnchor(const Token& token) {
  if (token.kind == TokenKind::kNumber) return true;
  return token.kind == TokenKind::kWord && token.word != Word::kNone && token.word < Word::kIn;
}

bool IsRelativeAnchor(const Token& token) {
  switch (token.word) {
    case Word::kYesterday:
    case Word::kToday:
    case Word::kTonight:
    case Word::kTomorrow:
    case Word::kLast:
    case Word::kNext:
    case Word::kThis:
    case Word::kEarlier:
      return token.kind == TokenKind::kWord;
    default:
      return false;
  }
}

// Shifts far back from an early reference date could leave the four-digit years the formats print.
bool InFormattableYears(const Match& match) {
  const bool first_ok = match.first.year >= 1 && match.first.year <= 9999;
  return match.precision == Precision::kRange ? first_ok && match.last.year >= 1 && match.last.year <= 9999
                                              : first_ok;
}

void AppendValue(const Match& match, TemporalExpression* expression) {
  std::string& value = expression->value;
  switch (match.precision) {
    case Precision::kDay:
      AppendDay(match.first, &value);
      expression->precision = "day";
      break;
    case Precision::kMonth:
      AppendMonth(match.first.year, match.first.month, &value);
      expression->precision = "month";
      break;
    case Precision::kYear:
      AppendYear(match.first.year, &value);
      expression->precision = "year";
      break;
    case Precision::kRange:
      AppendDay(match.first, &value);
      value.push_back('/');
      AppendDay(match.last, &value);
      expression->precision = "range";
      break;
  }
}

}  // namespace

Scanner::Scanner(std::string_view text, std::string_view reference_date, const ScanOptions& options)
    : options_(options), lexer_(text.size() > UINT32_MAX ? text.substr(0, UINT32_MAX) : text) {
  // Offsets are 32-bit: a longer text is scanned only as far as they reach.
  reference_.valid = ParseIsoDate(reference_date, &reference_.date);
  if (reference_.valid)
    reference_.days = DaysFromCivil(reference_.date.year, reference_.date.month, reference_.date.day);
  // Years before 0002 or after 9998 would step outside the four-digit formats when inferring or shifting.
  if (reference_.valid && (reference_.date.year < 2 || reference_.date.year > 9998)) reference_.valid = false;
}

void Scanner::ScanUntil(uint32_t limit, std::vector<TemporalExpression>* out) {
  // A parse sees its anchor, the tokens after it and at most four before it (History): once five tokens at or
  // past `limit` have gone by, every later expression starts at or past `limit`.
  constexpr int kTokensPastLimit = 5;
  int past_limit = 0;
  while (!at_end_ && past_limit < kTokensPastLimit) {
    const Token token = lexer_.Next();
    if (token.kind == TokenKind::kEnd) {
      at_end_ = true;
      break;
    }
    if (token.start >= limit) ++past_limit;
    if (IsAnchor(token) || IsRelativeAnchor(token)) {
      Window window(lexer_, token);
      Match match;
      Parser parser(reference_, options_, history_);
      if (parser.Parse(window, &match) && InFormattableYears(match)) {
        TemporalExpression& expression = out->emplace_back();
        expression.start = match.start;
        expression.end = match.end;
        AppendValue(match, &expression);
        lexer_.set_position(match.end);
        history_.Clear();
        continue;
      }
    }
    history_.Push(token);
  }
}

void ScanTemporalExpressions(std::string_view text, std::string_view reference_date,
                             const ScanOptions& options, std::vector<TemporalExpression>* out) {
  Scanner(text, reference_date, options).ScanUntil(UINT32_MAX, out);
}

}  // namespace dyad::when_internal

namespace dyad {

void FindTemporalExpressions(std::string_view text, std::string_view reference_date,
                             std::vector<TemporalExpression>* out) {
  when_internal::ScanTemporalExpressions(text, reference_date, when_internal::ScanOptions(), out);
}

TemporalExpressionScan::TemporalExpressionScan() = default;
TemporalExpressionScan::~TemporalExpressionScan() = default;

void TemporalExpressionScan::Reset(std::string_view text, std::string_view reference_date) {
  found_.clear();
  text_ = text;
  reference_date_ = reference_date;
  scanner_.reset();
}

void TemporalExpressionScan::FindUntil(uint32_t limit) {
  if (!scanner_)
    scanner_ = std::make_unique<when_internal::Scanner>(text_, reference_date_, when_internal::ScanOptions());
  scanner_->ScanUntil(limit, &found_);
}

}  // namespace dyad
