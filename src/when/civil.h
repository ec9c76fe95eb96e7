// Proleptic Gregorian calendar arithmetic on day counts (days since 1970-01-01), after the public-domain
// algorithms described by Howard Hinnant; written for dyad. No clock, no time zone.
#ifndef DYAD_WHEN_CIVIL_H_
#define DYAD_WHEN_CIVIL_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace dyad::when_internal {

struct CivilDate {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31
};

inline bool IsLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

inline int DaysInMonth(int year, int month) {
  static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && IsLeapYear(year) ? 29 : kDays[month - 1];
}

inline bool IsValidDate(int year, int month, int day) {
  return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 &&
         day <= DaysInMonth(year, month);
}

// Days since 1970-01-01 of a valid date. Eras are 400-year cycles starting on March 1 so that the leap day is
// the last day of each cycle year.
inline int64_t DaysFromCivil(int year, int month, int day) {
  const int64_t shifted_year = month <= 2 ? year - 1 : year;
  const int64_t era = (shifted_year >= 0 ? shifted_year : shifted_year - 399) / 400;
  const int64_t year_of_era = shifted_year - era * 400;                    // [0, 399]
  const int64_t month_from_march = month > 2 ? month - 3 : month + 9;      // [0, 11]
  const int64_t day_of_year = (153 * month_from_march + 2) / 5 + day - 1;  // [0, 365]
  const int64_t day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;
}

inline CivilDate CivilFromDays(int64_t days) {
  const int64_t shifted = days + 719468;
  const int64_t era = (shifted >= 0 ? shifted : shifted - 146096) / 146097;
  const int64_t day_of_era = shifted - era * 146097;  // [0, 146096]
  const int64_t year_of_era =
      (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const int64_t day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const int64_t month_from_march = (5 * day_of_year + 2) / 153;
  CivilDate date;
  date.day = static_cast<int>(day_of_year - (153 * month_from_march + 2) / 5 + 1);
  date.month = static_cast<int>(month_from_march < 10 ? month_from_march + 3 : month_from_march - 9);
  date.year = static_cast<int>(year_of_era + era * 400 + (date.month <= 2 ? 1 : 0));
  return date;
}

// ISO weekday index: 0 = Monday ... 6 = Sunday. 1970-01-01 was a Thursday.
inline int WeekdayFromDays(int64_t days) {
  const int64_t shifted = days + 3;
  return static_cast<int>(shifted >= 0 ? shifted % 7 : 6 - (-shifted - 1) % 7);
}

// Parses exactly "YYYY-MM-DD" (optionally followed by 'T' or ' ' and a time, which is ignored).
inline bool ParseIsoDate(std::string_view text, CivilDate* date) {
  if (text.size() < 10 || (text.size() > 10 && text[10] != 'T' && text[10] != ' ')) return false;
  auto digits = [&text](size_t from, size_t count, int* value) {
    *value = 0;
    for (size_t i = from; i < from + count; ++i) {
      if (text[i] < '0' || text[i] > '9') return false;
      *value = *value * 10 + (text[i] - '0');
    }
    return true;
  };
  if (text[4] != '-' || text[7] != '-') return false;
  if (!digits(0, 4, &date->year) || !digits(5, 2, &date->month) || !digits(8, 2, &date->day)) return false;
  return IsValidDate(date->year, date->month, date->day);
}

inline void AppendPadded(int value, int width, std::string* out) {
  char buffer[8];
  for (int i = width - 1; i >= 0; --i) {
    buffer[i] = static_cast<char>('0' + value % 10);
    value /= 10;
  }
  out->append(buffer, static_cast<size_t>(width));
}

inline void AppendYear(int year, std::string* out) { AppendPadded(year, 4, out); }
inline void AppendMonth(int year, int month, std::string* out) {
  AppendYear(year, out);
  out->push_back('-');
  AppendPadded(month, 2, out);
}
inline void AppendDay(const CivilDate& date, std::string* out) {
  AppendMonth(date.year, date.month, out);
  out->push_back('-');
  AppendPadded(date.day, 2, out);
}

}  // namespace dyad::when_internal

#endif  // DYAD_WHEN_CIVIL_H_
