// Internal to the dictionary stage: what the two halves of the native-format parser share. native_format.cc
// reads files and lines (UTF-8 check, comments) and hands each entry line to ParseEntryLine
// (native_format_entry.cc), which checks the header, code, attributes and phrases. Include only from
// src/dictionary/.
#ifndef DYAD_DICTIONARY_NATIVE_FORMAT_INTERNAL_H_
#define DYAD_DICTIONARY_NATIVE_FORMAT_INTERNAL_H_

#include <string>
#include <string_view>

#include "dyad/dictionary.h"

namespace dyad::native_format_internal {

inline bool IsSpace(char c) { return c == ' ' || c == '\t'; }

// `s` without leading and trailing blanks and tabs.
inline std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

// `s` in single quotes, for messages.
inline std::string Quote(std::string_view s) {
  std::string out = "'";
  out += s;
  out += "'";
  return out;
}

// Parses one comment-free, trimmed, non-empty line into `entry`; the first problem found is the error, its
// message without FILE:LINE (the caller adds them).
[[nodiscard]] Status ParseEntryLine(std::string_view content, DictionaryEntry* entry);

}  // namespace dyad::native_format_internal

#endif  // DYAD_DICTIONARY_NATIVE_FORMAT_INTERNAL_H_
