// Fuzz target: ParseNativeDictionary on arbitrary bytes must never crash, and every entry it accepts must
// satisfy the contracts the compiler relies on (non-empty code and phrases, valid period order).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "dyad/dictionary.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  dyad::DictionarySource source;
  std::vector<dyad::Status> errors;
  dyad::ParseNativeDictionary("fuzz.txt", text, &source, &errors);
  for (const dyad::DictionaryEntry& entry : source.entries) {
    if (entry.code.empty() || entry.phrases.empty() || entry.line == 0) std::abort();
    if (!entry.valid_from.empty() && !entry.valid_to.empty() && entry.valid_from > entry.valid_to)
      std::abort();
    for (const auto& phrase : entry.phrases) {
      if (phrase.empty()) std::abort();
    }
  }
  for (const dyad::Status& error : errors) {
    if (error.ok() || error.message().rfind("fuzz.txt:", 0) != 0) std::abort();
  }
  return 0;
}
