// The fixture and helpers the default-dictionary tests share (default_dictionaries_test.cc: parsing, people,
// verbs; default_countries_test.cc: countries and capitals). They read the dictionaries as assembled in the
// build tree (DYAD_TEST_DICT_DIR = build/share/dyad/dict).
#ifndef DYAD_DICTIONARY_DEFAULT_DICTIONARIES_TEST_UTIL_H_
#define DYAD_DICTIONARY_DEFAULT_DICTIONARIES_TEST_UTIL_H_

#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/dictionary.h"

namespace dyad::default_dictionaries_test {

inline bool EndsWith(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

// The comparison key the coder matches with: ASCII case folded, ’ read as '.
inline std::string MatchKey(std::string_view phrase) {
  std::string key;
  for (size_t i = 0; i < phrase.size(); ++i) {
    if (phrase.substr(i, 3) == "\xE2\x80\x99") {
      key += '\'';
      i += 2;
    } else {
      const char c = phrase[i];
      key += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
  }
  return key;
}

// Two inclusive periods (empty = open) share at least one day.
inline bool Overlap(const DictionaryEntry& a, const DictionaryEntry& b) {
  const bool a_ends_before_b = !a.valid_to.empty() && !b.valid_from.empty() && a.valid_to < b.valid_from;
  const bool b_ends_before_a = !b.valid_to.empty() && !a.valid_from.empty() && b.valid_to < a.valid_from;
  return !a_ends_before_b && !b_ends_before_a;
}

inline std::string Where(const DictionaryEntry& e) { return e.file + ":" + std::to_string(e.line); }

class DefaultDictionariesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    source_ = new DictionarySource;
    errors_ = new std::vector<Status>;
    read_status_ = new Status(ReadNativeDictionaryDir(DYAD_TEST_DICT_DIR, source_, errors_));
  }
  static void TearDownTestSuite() {
    delete source_;
    delete errors_;
    delete read_status_;
  }

  static std::vector<const DictionaryEntry*> Entries(EntryKind kind, std::string_view file_suffix = "") {
    std::vector<const DictionaryEntry*> out;
    for (const auto& e : source_->entries) {
      if (e.kind == kind && EndsWith(e.file, file_suffix)) out.push_back(&e);
    }
    return out;
  }

  static bool HasFile(std::string_view name) {
    return std::filesystem::exists(std::filesystem::path(DYAD_TEST_DICT_DIR) / name);
  }

  inline static DictionarySource* source_ = nullptr;
  inline static std::vector<Status>* errors_ = nullptr;
  inline static Status* read_status_ = nullptr;
};

// One phrase must not name two different things on the same day: the coder could not choose.
inline void ExpectNoConflictingPhrases(const std::vector<const DictionaryEntry*>& entries) {
  std::map<std::string, std::vector<const DictionaryEntry*>> by_phrase;
  for (const DictionaryEntry* e : entries) {
    for (const std::string& phrase : e->phrases) by_phrase[MatchKey(phrase)].push_back(e);
  }
  for (const auto& [phrase, holders] : by_phrase) {
    for (size_t i = 0; i < holders.size(); ++i) {
      for (size_t j = i + 1; j < holders.size(); ++j) {
        if (holders[i]->code != holders[j]->code && Overlap(*holders[i], *holders[j])) {
          ADD_FAILURE() << "'" << phrase << "' is " << holders[i]->code << " at " << Where(*holders[i])
                        << " and " << holders[j]->code << " at " << Where(*holders[j])
                        << " in overlapping periods";
        }
      }
    }
  }
}

// The code of the first of `people` that lists `phrase` and holds on `date`; "" when none does.
inline std::string CodeOn(const std::vector<const DictionaryEntry*>& people, std::string_view phrase,
                          std::string_view date) {
  for (const DictionaryEntry* e : people) {
    const bool in_period =
        (e->valid_from.empty() || e->valid_from <= date) && (e->valid_to.empty() || date <= e->valid_to);
    if (in_period && std::find(e->phrases.begin(), e->phrases.end(), phrase) != e->phrases.end())
      return e->code;
  }
  return "";
}

}  // namespace dyad::default_dictionaries_test

#endif  // DYAD_DICTIONARY_DEFAULT_DICTIONARIES_TEST_UTIL_H_
