// The validation-suite readers on arbitrary bytes: they must never crash, and every record they return for
// scoring must have text. The first byte picks the reader: PETRARCH XML, or TABARI's .text records, .project
// or .options file (by the byte modulo 3: seeds start with "0", "1", "2").
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "dyad/eval.h"

namespace {

void CheckSuite(const dyad::Suite& suite) {
  for (const auto& r : suite.records)
    if (r.evaluate && r.text.empty()) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  if (input.empty() || input[0] == '<') {  // PETRARCH XML seeds start with "<?xml"
    auto suite = dyad::ParsePetrarchSuite("fuzz.xml", input);
    if (suite.ok()) CheckSuite(*suite);
    return 0;
  }
  const std::string_view rest = input.substr(1);
  std::vector<dyad::Status> notes;
  switch (static_cast<unsigned char>(input[0]) % 3) {
    case 0: {
      dyad::Suite suite;
      dyad::ParseTabariRecords("fuzz.text", rest, &suite, &notes);
      CheckSuite(suite);
      for (const auto& n : notes)
        if (n.ok()) std::abort();  // every note is a problem
      break;
    }
    case 1: {
      auto project = dyad::ParseTabariProject("fuzz.project", rest);
      if (project.ok() && project->text_file.empty()) std::abort();
      break;
    }
    default:
      dyad::ReadTabariOptions("fuzz.options", rest, &notes);
      break;
  }
  return 0;
}
