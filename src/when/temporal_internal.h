// Shared between temporal.cc and dateline.cc: the scanner with options the public API does not expose.
#ifndef DYAD_WHEN_TEMPORAL_INTERNAL_H_
#define DYAD_WHEN_TEMPORAL_INTERNAL_H_

#include <string_view>
#include <vector>

#include "dyad/when.h"

namespace dyad::when_internal {

struct ScanOptions {
  // Only calendar dates that name their month and day ("July 2", "2 July 2019", "2019-07-02"); no weekdays,
  // relative words, bare months or bare years. Used for datelines.
  bool absolute_days_only = false;
};

void ScanTemporalExpressions(std::string_view text, std::string_view reference_date,
                             const ScanOptions& options, std::vector<TemporalExpression>* out);

}  // namespace dyad::when_internal

#endif  // DYAD_WHEN_TEMPORAL_INTERNAL_H_
