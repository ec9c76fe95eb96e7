// Shared between temporal.cc and dateline.cc: the scanner with options the public API does not expose.
#ifndef DYAD_WHEN_TEMPORAL_INTERNAL_H_
#define DYAD_WHEN_TEMPORAL_INTERNAL_H_

#include <string_view>
#include <vector>

#include "dyad/when.h"
#include "when/lexer.h"
#include "when/match.h"
#include "when/window.h"

namespace dyad::when_internal {

struct ScanOptions {
  // Only calendar dates that name their month and day ("July 2", "2 July 2019", "2019-07-02"); no weekdays,
  // relative words, bare months or bare years. Used for datelines.
  bool absolute_days_only = false;
};

void ScanTemporalExpressions(std::string_view text, std::string_view reference_date,
                             const ScanOptions& options, std::vector<TemporalExpression>* out);

// The scan of ScanTemporalExpressions, paused and resumed: ScanUntil(limit) appends every expression that
// starts before `limit` and stops a few tokens past it, with its lexer and history kept for the next call.
// Expressions come out exactly as one whole scan finds them, in the same order.
class Scanner {
 public:
  Scanner(std::string_view text, std::string_view reference_date, const ScanOptions& options);
  void ScanUntil(uint32_t limit, std::vector<TemporalExpression>* out);

 private:
  Reference reference_;
  ScanOptions options_;
  Lexer lexer_;
  History history_;
  bool at_end_ = false;
};

}  // namespace dyad::when_internal

#endif  // DYAD_WHEN_TEMPORAL_INTERNAL_H_
