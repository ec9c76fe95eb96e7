// Participle clauses for PETRARCH-2's suites (participle_clauses.h).
#include "coding/participle_clauses.h"

#include <algorithm>
#include <cstdint>
#include <string_view>

namespace dyad {
namespace {

// A lower-case "-ing" word right after a comma: the head of a participle clause ("..., killing eight").
bool OpensParticipleClause(const SentenceAnalysis& a, uint32_t i) {
  if (i == 0 || (a.tokens[i - 1].classes & kClassComma) == 0) return false;
  if ((a.tokens[i].flags & kFlagWord) == 0 || (a.tokens[i].flags & kFlagCapitalized) != 0) return false;
  const std::string_view w = a.Folded(i);
  return w.size() > 5 && w.ends_with("ing") && w != "including" && w != "according";
}

}  // namespace

void DropParticipleClauseMatches(SentenceAnalysis* a) {
  if (a->matches.empty()) return;
  const uint32_t n = static_cast<uint32_t>(a->tokens.size());
  const uint32_t first_act = a->matches.front().trigger_begin;  // matches are in text order
  size_t kept = 0;
  uint32_t clause_end = 0;        // the participle clause being dropped ends before this token
  uint32_t next = first_act + 1;  // tokens before it were looked at
  for (size_t m = 0; m < a->matches.size(); ++m) {
    const VerbMatch match = a->matches[m];
    for (uint32_t i = next; i <= match.trigger_begin && i < n; ++i) {
      if (i < clause_end || !OpensParticipleClause(*a, i)) continue;
      clause_end = i + 1;
      while (clause_end < n &&
             (a->tokens[clause_end].classes &
              (kClassComma | kClassPeriod | kClassClausePunctuation | kClassClauseBreakWord)) == 0)
        ++clause_end;
    }
    next = std::max(next, match.trigger_begin + 1);
    const bool in_clause =
        m > 0 && match.trigger_begin < clause_end && clause_end > 0 && match.trigger_begin > first_act;
    if (!in_clause) a->matches[kept++] = match;
  }
  a->matches.resize(kept);
}

}  // namespace dyad
