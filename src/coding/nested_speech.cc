// PETRARCH-2's nested statements (nested_speech.h). Only `dyad validate` turns this on: news coding reports
// "X said Y attacked Z" as Y's attack, which is what happened according to the report.
#include "coding/nested_speech.h"

#include <array>
#include <string_view>
#include <vector>

namespace dyad {
namespace {

// Statement words whose complement is the reported clause ("said (that)", "claimed (that)").
constexpr std::array<std::string_view, 18> kStatementWords = {
    "said",   "says",    "say",     "saying", "claimed", "claims", "claim",    "claiming",  "stated",
    "states", "alleged", "alleges", "told",   "tells",   "added",  "insisted", "announced", "declared"};

// Words between the statement word and the reported act: no comma, clause break or full stop, at most this
// many tokens ("said that the rebels had attacked": 4).
constexpr uint32_t kMaxComplementWords = 8;

bool SameActor(const SentenceAnalysis& a, int32_t x, int32_t y) {
  if (x == y) return true;
  const int32_t gx = a.chunks[x].group, gy = a.chunks[y].group;
  return gx >= 0 && gx == gy;
}

// The statement word that governs the clause of the act at `trigger`, or -1.
int32_t StatementWord(const SentenceAnalysis& a, uint32_t trigger) {
  const uint32_t first = trigger > kMaxComplementWords + 1 ? trigger - kMaxComplementWords - 1 : 0;
  for (uint32_t i = trigger; i-- > first;) {
    const TokenView& t = a.tokens[i];
    if ((t.classes & (kClassComma | kClassPeriod | kClassClausePunctuation | kClassClauseBreakWord)) != 0)
      return -1;
    if (OneOf(a.Folded(i), kStatementWords)) return static_cast<int32_t>(i);
  }
  return -1;
}

// The speaker of the statement word `g`: the source of a match on it, else the last actor before it in its
// clause (no place); -1 when there is none.
int32_t Speaker(const SentenceAnalysis& a, const std::vector<RoleAssignment>& roles, uint32_t g) {
  for (size_t k = 0; k < a.matches.size(); ++k) {
    const VerbMatch& m = a.matches[k];
    if (m.trigger_begin <= g && g < m.trigger_end && roles[k].source_chunk >= 0) return roles[k].source_chunk;
  }
  int32_t speaker = -1;
  for (size_t c = 0; c < a.chunks.size(); ++c) {
    const ActorChunk& ch = a.chunks[c];
    if (ch.end <= g && !ch.place && a.tokens[ch.begin].clause == a.tokens[g].clause)
      speaker = static_cast<int32_t>(c);
  }
  return speaker;
}

}  // namespace

void NestReportedFights(const CompiledDictionary& dict, const SentenceAnalysis& a,
                        std::vector<RoleAssignment>* roles, std::vector<uint8_t>* superseded,
                        std::vector<std::string_view>* codes) {
  const EntryTable entries = dict.entries();
  for (size_t m = 0; m < a.matches.size(); ++m) {
    const VerbMatch& match = a.matches[m];
    RoleAssignment& r = (*roles)[m];
    if ((*superseded)[m] || r.negated || r.demanded || (r.intended && !r.future)) continue;
    if (!entries[dict.pattern(match.pattern).entry].code.starts_with("19")) continue;
    const int32_t g = StatementWord(a, match.trigger_begin);
    if (g < 0) continue;
    // A verb between the statement word and the act (not the act's own "will") makes the act another
    // verb's complement, not the statement's.
    bool other_act = false;
    for (size_t k = 0; k < a.matches.size() && !other_act; ++k) {
      const VerbMatch& o = a.matches[k];
      const bool governor = r.governor >= 0 && o.trigger_begin <= static_cast<uint32_t>(r.governor) &&
                            static_cast<uint32_t>(r.governor) < o.trigger_end;
      other_act = k != m && !governor && o.trigger_begin > static_cast<uint32_t>(g) &&
                  o.trigger_begin < match.trigger_begin;
    }
    if (other_act) continue;
    const int32_t speaker = Speaker(a, *roles, static_cast<uint32_t>(g));
    const int32_t doer = r.source_chunk;
    if (speaker < 0 || doer < 0) continue;
    const bool own = SameActor(a, doer, speaker);
    // Someone else's act: its source must stand in the complement, after the statement word.
    if (!own && a.chunks[doer].begin <= static_cast<uint32_t>(g)) continue;
    const int32_t target = own ? r.target_chunk : doer;
    if (target < 0) continue;
    (*codes)[m] = own ? std::string_view("015") : std::string_view("112");
    r.source_chunk = speaker;
    r.target_chunk = target;
    r.passive = r.agentless = r.intended = r.future = r.domestic = false;
    r.governor = -1;
    for (size_t k = 0; k < a.matches.size(); ++k) {
      const VerbMatch& o = a.matches[k];
      const bool statement =
          o.trigger_begin <= static_cast<uint32_t>(g) && static_cast<uint32_t>(g) < o.trigger_end;
      const bool same_report = o.trigger_begin >= match.trigger_end && (*roles)[k].source_chunk == doer;
      if (k != m && (statement || same_report)) (*superseded)[k] = 1;
    }
  }
}

}  // namespace dyad
