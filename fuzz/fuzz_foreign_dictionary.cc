// Fuzz target: the TABARI / PETRARCH readers on arbitrary bytes must never crash, must report every problem
// as Unsupported or InvalidArgument naming the file, and whatever they convert must be valid native text:
// WriteNativeDictionary's output parses back without an error into as many entries.
// The first byte picks the file kind and the reader; the rest is the file.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "dyad/dictionary.h"
#include "dyad/dictionary_formats.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const uint8_t selector = data[0];
  const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
  static constexpr dyad::ForeignFileKind kKinds[] = {
      dyad::ForeignFileKind::kActors, dyad::ForeignFileKind::kAgents, dyad::ForeignFileKind::kVerbs,
      dyad::ForeignFileKind::kDiscards};
  const dyad::ForeignFileKind kind = kKinds[selector % 4];
  const bool petrarch = (selector & 4) != 0;
  const std::string_view file = petrarch ? "fuzz.txt" : "fuzz.verbs";
  dyad::DictionarySource source;
  std::vector<dyad::Status> errors;
  if (petrarch) {
    dyad::ReadPetrarchDictionary(file, text, kind, &source, &errors);
  } else {
    dyad::ReadTabariDictionary(file, text, kind, &source, &errors);
  }
  for (const dyad::Status& error : errors) {
    if (error.code() != dyad::StatusCode::kUnsupported && error.code() != dyad::StatusCode::kInvalidArgument)
      std::abort();
    if (error.message().rfind(std::string(file) + ":", 0) != 0) std::abort();
  }
  for (const dyad::DictionaryEntry& entry : source.entries) {
    if (entry.code.empty() || entry.phrases.empty() || entry.line == 0) std::abort();
  }
  dyad::DictionarySource back;
  std::vector<dyad::Status> native_errors;
  dyad::ParseNativeDictionary("native.txt", dyad::WriteNativeDictionary(source), &back, &native_errors);
  if (!native_errors.empty() || back.entries.size() != source.entries.size()) std::abort();
  (void)dyad::DetectDictionaryFormat(file, text);
  return 0;
}
