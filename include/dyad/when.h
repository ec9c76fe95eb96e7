// Temporal expressions in English news text: each event's own date, resolved against the document date.
//
// Everything here is pure computation on the text and a reference date: no system clock, no time zone, no
// locale. Offsets are byte offsets into the analysed text.
#ifndef DYAD_WHEN_H_
#define DYAD_WHEN_H_

#include <cstdint>
#include <memory>
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
//
// Recognised: dates ("June 9", "9 June 2019", "July 1-2", "2019-07-02", "March", "in 2019"), weekdays ("on
// Tuesday", "last Friday"), deictic days ("yesterday"), calendar periods ("last month", "this year", "earlier
// this week"), counts back ("two days ago"), weekends ("over the weekend": the most recent Saturday-Sunday,
// the next one after "will"), rolling periods ending or starting on the reference date ("the past 18 months",
// "the next three days", "the past year") and, by convention, three units for vague ones ("recent months",
// "the coming weeks"). Clock times and approximate counts ("several years ago") are not dated.
void FindTemporalExpressions(std::string_view text, std::string_view reference_date,
                             std::vector<TemporalExpression>* out);

namespace when_internal {
class Scanner;
}

// FindTemporalExpressions in installments, for a caller that needs the expressions only up to some point of
// the text (the coder dates a document's events sentence by sentence and need not scan past its last one).
// After FindUntil(limit), found() holds every expression FindTemporalExpressions would find that starts
// before `limit`, in its order (and possibly a few after); no byte is scanned twice. The text and date
// passed to Reset must outlive the scan's use.
class TemporalExpressionScan {
 public:
  TemporalExpressionScan();
  ~TemporalExpressionScan();
  TemporalExpressionScan(const TemporalExpressionScan&) = delete;
  TemporalExpressionScan& operator=(const TemporalExpressionScan&) = delete;

  void Reset(std::string_view text, std::string_view reference_date);
  void FindUntil(uint32_t limit);
  const std::vector<TemporalExpression>& found() const { return found_; }

 private:
  std::string_view text_, reference_date_;
  std::unique_ptr<when_internal::Scanner> scanner_;  // made by the first FindUntil after Reset
  std::vector<TemporalExpression> found_;
};

// Finds a dateline at the start of a news text ("WASHINGTON, July 2 (Reuters) -", "ALMATY, Kazakhstan, 2 July
// 2019 —", "July 2, 2019 (AP) —") and returns the day it states as "YYYY-MM-DD", inferring a missing year
// from reference_date. Returns "" when there is no dateline, when it states no date ("MOSCOW (AP) — ..."), or
// when the year cannot be inferred.
std::string DatelineDate(std::string_view text, std::string_view reference_date);

}  // namespace dyad

#endif  // DYAD_WHEN_H_
