// The validation-suite reader on arbitrary bytes: it must never crash, and every record it returns for
// scoring must have text.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "dyad/eval.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto suite =
      dyad::ParsePetrarchSuite("fuzz.xml", std::string_view(reinterpret_cast<const char*>(data), size));
  if (!suite.ok()) return 0;
  for (const auto& r : suite->records)
    if (r.evaluate && r.text.empty()) std::abort();
  return 0;
}
