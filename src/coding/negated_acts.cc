// PETRARCH-2's negated acts (negated_acts.h): the coding ontology's reading of "not" for the suites.
#include "coding/negated_acts.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <map>
#include <string_view>

#include "common/lines.h"

namespace dyad {
namespace {

constexpr int64_t kNegation = 0xFFFF;  // PETRARCH-2 subtracts this from a negated act's value

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// "0x1007f", "-0xFFFF+0x2040+0x300", "0x1000-0xFFFF" (the null code's "0" is read by the caller): a sum of
// signed hexadecimal terms. False when `s` is not one.
bool ParseValue(std::string_view s, int64_t* value) {
  *value = 0;
  size_t i = 0;
  bool any = false;
  while (i < s.size()) {
    int64_t sign = 1;
    if (s[i] == '+' || s[i] == '-') {
      sign = s[i] == '-' ? -1 : 1;
      ++i;
    } else if (any) {
      return false;  // two terms without an operator
    }
    if (i + 2 > s.size() || s[i] != '0' || (s[i + 1] != 'x' && s[i + 1] != 'X')) return false;
    i += 2;
    int64_t term = 0;
    size_t digits = 0;
    for (; i < s.size(); ++i, ++digits) {
      const char c = s[i];
      int d = -1;
      if (c >= '0' && c <= '9') d = c - '0';
      if (c >= 'a' && c <= 'f') d = c - 'a' + 10;
      if (c >= 'A' && c <= 'F') d = c - 'A' + 10;
      if (d < 0) break;
      if (digits >= 12) return false;  // far beyond any ontology value
      term = term * 16 + d;
    }
    if (digits == 0) return false;
    *value += sign * term;
    any = true;
  }
  return any;
}

// Words that may stand between the negation and its verb ("did not ever clash", "won't even ever clash",
// "did not really attack"): adverbs ending in -ly and these.
bool NegationGapAdverb(std::string_view w) {
  static constexpr std::array<std::string_view, 8> kAdverbs = {"ever", "even",  "yet",  "again",
                                                               "also", "still", "just", "now"};
  return (w.size() > 3 && w.ends_with("ly")) ||
         std::find(kAdverbs.begin(), kAdverbs.end(), w) != kAdverbs.end();
}

}  // namespace

Result<std::vector<std::pair<std::string, std::string>>> ReadNegationOntology(std::string_view text) {
  std::vector<std::pair<std::string, int64_t>> lines;  // code and value, in file order
  for (LineReader reader(text); reader.Next();) {
    std::string_view line = reader.line();
    const size_t hash = line.find('#');
    if (hash != std::string_view::npos) line = line.substr(0, hash);
    line = Trim(line);
    if (line.empty()) continue;
    const size_t colon = line.find(':');
    int64_t value = 0;
    const std::string_view code = colon == std::string_view::npos ? line : Trim(line.substr(0, colon));
    // "---:0", the null code, names no act: read, never a negation's code.
    const bool digits =
        code == "---" || (!code.empty() && code.size() <= 4 &&
                          std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; }));
    const std::string_view value_text = colon == std::string_view::npos ? "" : Trim(line.substr(colon + 1));
    if (colon == std::string_view::npos || !digits || (value_text != "0" && !ParseValue(value_text, &value)))
      return Status::InvalidArgument("line " + std::to_string(reader.number()) +
                                     ": expected CODE:VALUE, got '" + std::string(line) + "'");
    lines.emplace_back(std::string(code), value);
  }
  std::map<int64_t, std::string> by_value;  // the last code of each value, as PETRARCH-2's reverse table
  for (const auto& [code, value] : lines)
    if (code != "---") by_value[value] = code;
  std::map<std::string, std::string> negated;
  for (const auto& [code, value] : lines) {
    const auto it = by_value.find(value - kNegation);
    if (it != by_value.end() && code != "---") negated[code] = it->second;
  }
  return std::vector<std::pair<std::string, std::string>>(negated.begin(), negated.end());
}

bool DirectlyNegated(const SentenceAnalysis& a, uint32_t verb) {
  uint32_t i = verb;
  for (int adverbs = 0; i > 0 && adverbs <= 3; ++adverbs) {
    const std::string_view w = a.Folded(--i);
    if (w == "not" || w == "n't" || w == "cannot" || IsNegativeContraction(w)) return true;
    if (!NegationGapAdverb(w)) return false;
  }
  return false;
}

void RecodeNegatedActs(const CompiledDictionary& dict, const SentenceAnalysis& a,
                       const std::vector<std::pair<std::string, std::string>>& negations,
                       std::vector<RoleAssignment>* roles, std::vector<std::string_view>* codes) {
  for (size_t m = 0; m < a.matches.size(); ++m) {
    const VerbMatch& match = a.matches[m];
    if (!DirectlyNegated(a, match.trigger_begin)) continue;
    const std::string_view code = dict.entries()[dict.pattern(match.pattern).entry].code;
    const auto it = std::lower_bound(negations.begin(), negations.end(), code,
                                     [](const auto& p, std::string_view c) { return p.first < c; });
    RoleAssignment& r = (*roles)[m];
    if (it == negations.end() || it->first != code) {
      r.negated = true;
      continue;
    }
    r.negated = false;
    (*codes)[m] = it->second;
  }
}

}  // namespace dyad
