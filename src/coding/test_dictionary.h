// For the coding stage's tests only: compiles a native-format dictionary written in the test, failing the
// test on any syntax or compile note, so a typo in a fixture cannot silently drop an entry.
#ifndef DYAD_CODING_TEST_DICTIONARY_H_
#define DYAD_CODING_TEST_DICTIONARY_H_

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dyad/coder.h"
#include "dyad/dictionary.h"
#include "dyad/event.h"

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

// Events as sorted "SOURCE CAMEO TARGET" lines, the form the coding tests compare (an empty slot leaves its
// field empty: "COP 173 ").
inline std::vector<std::string> SortedTriples(const std::vector<Event>& events) {
  std::vector<std::string> out;
  for (const Event& e : events) out.push_back(e.source.code + " " + e.cameo + " " + e.target.code);
  std::sort(out.begin(), out.end());
  return out;
}

// Codes `text` as one document of date `date` and returns SortedTriples of its events.
inline std::vector<std::string> CodedTriples(const std::shared_ptr<const Dictionary>& dict,
                                             const std::string& text, const std::string& date,
                                             const CoderOptions& options = {}) {
  Document doc;
  doc.id = "t";
  doc.text = text;
  doc.date = date;
  Coder coder(dict, options);
  std::vector<Event> events;
  coder.CodeDocument(doc, &events);
  return SortedTriples(events);
}

}  // namespace dyad

#endif  // DYAD_CODING_TEST_DICTIONARY_H_
