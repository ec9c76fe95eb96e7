// Fuzz target: ExtractHtml on arbitrary bytes must never crash, and a successful result must hold valid
// paragraph structure (no empty paragraphs).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "dyad/ingest.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view html(reinterpret_cast<const char*>(data), size);
  dyad::Result<dyad::Document> doc = dyad::ExtractHtml(html, "fuzz.html");
  if (doc.ok()) {
    // Paragraphs are joined by exactly one blank line and never empty.
    if (doc->text.find("\n\n\n") != std::string::npos) std::abort();
    if (doc->date.size() != 0 && doc->date.size() != 10) std::abort();
  } else if (!html.empty()) {
    std::abort();  // only empty input may fail
  }
  return 0;
}
