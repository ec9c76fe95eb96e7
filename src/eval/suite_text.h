// Text helpers shared by the validation-suite readers (petrarch_suite.cc, tabari_suite.cc).
#ifndef DYAD_EVAL_SUITE_TEXT_H_
#define DYAD_EVAL_SUITE_TEXT_H_

#include <string>
#include <string_view>

namespace dyad::suite_text {

inline bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Runs of white space become one space; the ends are trimmed.
inline std::string Collapse(std::string_view s) {
  std::string out;
  bool pending_space = false;
  for (char c : s) {
    if (IsSpace(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.push_back(c);
  }
  return out;
}

}  // namespace dyad::suite_text

#endif  // DYAD_EVAL_SUITE_TEXT_H_
