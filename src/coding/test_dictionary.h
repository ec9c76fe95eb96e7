// For the coding stage's tests only: compiles a native-format dictionary written in the test, failing the
// test on any syntax or compile note, so a typo in a fixture cannot silently drop an entry.
#ifndef DYAD_CODING_TEST_DICTIONARY_H_
#define DYAD_CODING_TEST_DICTIONARY_H_

#include <gtest/gtest.h>

#include <memory>
#include <string_view>
#include <utility>
#include <vector>

#include "dyad/dictionary.h"

namespace dyad {

inline std::shared_ptr<const Dictionary> CompileTestDictionary(std::string_view text) {
  DictionarySource source;
  std::vector<Status> errors;
  ParseNativeDictionary("test.txt", text, &source, &errors);
  for (const auto& e : errors) ADD_FAILURE() << e.message();
  auto compiled = Dictionary::Compile(std::move(source), &errors);
  for (const auto& e : errors) ADD_FAILURE() << e.message();
  return compiled;
}

}  // namespace dyad

#endif  // DYAD_CODING_TEST_DICTIONARY_H_
