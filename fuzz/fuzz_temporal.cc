// Fuzz target for the when stage: FindTemporalExpressions and DatelineDate on arbitrary bytes, raw and after
// RepairUtf8, with a fixed reference date. Checks that spans are non-empty, inside the text, in order and
// non-overlapping, and that every value has the shape its precision promises.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/text.h"
#include "dyad/when.h"

namespace {

// Aborts (the fuzzer's signal for a finding) when an invariant does not hold; assert() would vanish in
// release.
void Check(bool condition) {
  if (!condition) std::abort();
}

bool IsDigits(std::string_view text, size_t from, size_t count) {
  for (size_t i = from; i < from + count; ++i)
    if (text[i] < '0' || text[i] > '9') return false;
  return true;
}

bool IsDay(std::string_view value) {
  return value.size() == 10 && IsDigits(value, 0, 4) && value[4] == '-' && IsDigits(value, 5, 2) &&
         value[7] == '-' && IsDigits(value, 8, 2);
}

void CheckValue(const dyad::TemporalExpression& expression) {
  const std::string_view value = expression.value;
  if (expression.precision == "day") {
    Check(IsDay(value));
  } else if (expression.precision == "month") {
    Check(value.size() == 7 && IsDigits(value, 0, 4) && value[4] == '-' && IsDigits(value, 5, 2));
  } else if (expression.precision == "year") {
    Check(value.size() == 4 && IsDigits(value, 0, 4));
  } else {
    Check(expression.precision == "range");
    Check(value.size() == 21 && value[10] == '/' && IsDay(value.substr(0, 10)) && IsDay(value.substr(11)));
    Check(value.substr(0, 10) < value.substr(11));  // ISO dates order as strings
  }
}

void Analyse(std::string_view text) {
  static constexpr std::string_view kReference = "2019-07-04";
  std::vector<dyad::TemporalExpression> found;
  dyad::FindTemporalExpressions(text, kReference, &found);
  uint32_t previous_end = 0;
  for (const dyad::TemporalExpression& expression : found) {
    Check(expression.start < expression.end);
    Check(expression.end <= text.size());
    Check(expression.start >= previous_end);
    previous_end = expression.end;
    CheckValue(expression);
  }
  const std::string dateline = dyad::DatelineDate(text, kReference);
  Check(dateline.empty() || IsDay(dateline));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  Analyse(bytes);
  std::string repaired;
  dyad::RepairUtf8(bytes, &repaired);
  Analyse(repaired);
  return 0;
}
