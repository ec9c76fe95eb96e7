// Temporal expressions in English news text: each event's own date, resolved against the document date.
//
// Everything here is pure computation on the text and a reference date: no system clock, no time zone, no
// locale. Offsets are byte offsets into the analysed text.
#ifndef DYAD_WHEN_H_
#define DYAD_WHEN_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dyad {

struct TemporalExpression {
  uint32_t start = 0;  // byte offset of the first byte of the expression ("last" in "last Tuesday")
  uint32_t end = 0;    // byte offset one past the last byte
  // Normalised value: "2019-07-02" (day), "2019-07" (month), "2019" (year) or "2019-07-01/2019-07-07" (range,
  // both ends inclusive days).
  std::string value;
  std::string precision;  // "day", "month", "year" or "range"
};

// Finds temporal expressions in `text` and normalises them against `reference_date` (YYYY-MM-DD, the document
// date; may be empty or malformed: then relative expressions and year-less dates are skipped). Appends to
// `out` in text order, without overlaps. Allocation-light (allocates only for the values it appends); no
// regex.
void FindTemporalExpressions(std::string_view text, std::string_view reference_date,
                             std::vector<TemporalExpression>* out);

// Finds a dateline at the start of a news text ("WASHINGTON, July 2 (Reuters) -", "ALMATY, Kazakhstan, 2 July
// 2019 —", "July 2, 2019 (AP) —") and returns the day it states as "YYYY-MM-DD", inferring a missing year
// from reference_date. Returns "" when there is no dateline, when it states no date ("MOSCOW (AP) — ..."), or
// when the year cannot be inferred.
std::string DatelineDate(std::string_view text, std::string_view reference_date);

}  // namespace dyad

#endif  // DYAD_WHEN_H_
