// The gold-set readers (include/dyad/gold.h) on arbitrary bytes: the CSV reader, the Python-literal reader
// and the cameo-100 summary parser on top of both must never crash, and what they return must be consistent.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "dyad/gold.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  std::vector<size_t> lines;
  auto rows = dyad::ParseCsv("fuzz.csv", text, &lines);
  if (rows.ok() && lines.size() != rows->size()) std::abort();
  (void)dyad::ParsePythonLiteral("fuzz", text);
  auto set = dyad::ParseCameo100Summary("fuzz.csv", text);
  if (set.ok()) {
    for (const auto& s : set->sentences) {
      for (const auto& c : s.codings) {
        for (const auto& e : c.events)
          for (const auto& span : e.sources)
            if (span.end > s.text.size() || span.start > span.end) std::abort();
        for (const auto& span : c.times)
          if (span.end > s.text.size() || span.start > span.end) std::abort();
      }
    }
  }
  return 0;
}
