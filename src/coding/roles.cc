// Role assignment without a parser.
//
// Subject: the nearest actor chunk before the verb in the same clause that is not the object of a preposition
// and not inside a relative clause (a verb inside ", who ...," takes the chunk before the comma). A
// coordinated second verb ("X met Y and praised Z") keeps the first verb's subject. Object: the filled '+'
// slot, else the first chunk after the verb in the same clause, before the next verb. Passive voice swaps
// them: the subject is the target and the "by" phrase the source. Negation: "not", "n't", "never" between
// subject and verb.
#include "coding/roles.h"

#include <algorithm>
#include <array>
#include <string>

#include "dyad/text.h"

namespace dyad {
namespace {

constexpr std::array<std::string_view, 5> kNegations = {"not", "n't", "never", "no", "neither"};
constexpr std::array<std::string_view, 3> kSharedSubjectConjunctions = {"but", "yet", "while"};
constexpr std::array<std::string_view, 8> kHypotheticalModals = {"would", "could", "should", "might",
                                                                 "may",   "must",  "can",    "cannot"};
constexpr uint32_t kMaxByDistance = 6;
constexpr std::array<std::string_view, 8> kLocativePrepositions = {
    "in", "at", "near", "inside", "outside", "across", "throughout", "around"};
constexpr std::array<std::string_view, 10> kDeterminers = {"the", "a",   "an",  "its",  "their",
                                                           "his", "her", "our", "this", "'s"};
// Verbs whose object noun is the event itself: "launched an attack on", "carried out strikes on".
constexpr std::array<std::string_view, 16> kSupportVerbs = {
    "launch", "carry",    "conduct", "stage", "mount",     "hold",  "make",     "begin",
    "start",  "continue", "resume",  "step",  "intensify", "order", "escalate", "impose"};
constexpr uint32_t kMaxNominalModifiers = 2;

bool PrepositionalObject(const SentenceAnalysis& a, uint32_t chunk_begin) {
  if (chunk_begin == 0) return false;
  uint32_t i = chunk_begin - 1;
  if (a.Folded(i) == "the" && i > 0) --i;
  return IsPreposition(a.Folded(i));
}

int32_t FindSubject(const SentenceAnalysis& a, uint32_t anchor) {
  const uint16_t clause = a.tokens[anchor].clause;
  bool in_relative = (a.tokens[anchor].flags & kFlagInRelativeClause) != 0;
  uint32_t i = anchor;
  if (in_relative) {
    while (i > 0 && (a.tokens[i - 1].flags & kFlagInRelativeClause)) --i;
    if (i > 0) --i;  // the comma
  }
  while (i > 0) {
    --i;
    const TokenView& t = a.tokens[i];
    if (t.clause != clause) return -1;
    if (t.chunk < 0) continue;
    const ActorChunk& c = a.chunks[t.chunk];
    i = c.begin;
    if (!in_relative && (a.tokens[c.begin].flags & kFlagInRelativeClause)) continue;
    if (c.place || PrepositionalObject(a, c.begin)) continue;
    return t.chunk;
  }
  return -1;
}

// A chunk after a locative preposition names a place ("arrested demonstrators in Minsk"), not a target.
bool LocativeObject(const SentenceAnalysis& a, uint32_t chunk_begin) {
  if (chunk_begin == 0) return false;
  uint32_t i = chunk_begin - 1;
  if (a.Folded(i) == "the" && i > 0) --i;
  return OneOf(a.Folded(i), kLocativePrepositions);
}

int32_t FindObject(const SentenceAnalysis& a, uint32_t from, uint32_t limit, uint16_t clause) {
  for (uint32_t i = from; i < limit && i < a.tokens.size(); ++i) {
    if (a.tokens[i].clause != clause) return -1;
    int32_t chunk = a.tokens[i].chunk;
    if (chunk < 0) continue;
    if (!a.chunks[chunk].place && !LocativeObject(a, a.chunks[chunk].begin)) return chunk;
    i = a.chunks[chunk].end - 1;
  }
  return -1;
}

int32_t FindAgentAfterBy(const SentenceAnalysis& a, uint32_t from, uint16_t clause) {
  for (uint32_t i = from; i < a.tokens.size() && i < from + kMaxByDistance; ++i) {
    if (a.tokens[i].clause != clause) return -1;
    if (a.Folded(i) != "by") continue;
    for (uint32_t j = i + 1; j < a.tokens.size() && j <= i + 3; ++j)
      if (a.tokens[j].chunk >= 0) return a.tokens[j].chunk;
    return -1;
  }
  return -1;
}

// Negated ("did not attack"), hypothetical ("could attack", "should meet") or an infinitive ("met to
// discuss", "plans to visit"): not an act the text reports as done. Intent patterns carry their own "to"
// ("agree to meet").
bool NegatedOrHypothetical(const SentenceAnalysis& a, uint32_t anchor, int32_t subject) {
  if (anchor > 0 && a.Folded(anchor - 1) == "to") return true;
  uint32_t from = anchor >= 4 ? anchor - 4 : 0;
  if (subject >= 0) from = std::max(from, a.chunks[subject].end);
  for (uint32_t i = from; i < anchor; ++i)
    if (OneOf(a.Folded(i), kNegations) || OneOf(a.Folded(i), kHypotheticalModals)) return true;
  return false;
}

// Where a trigger is a noun ("the missile strike on Syria"), returns true and sets *possessor to the chunk of
// "Russia's (...) attack" when there is one, and *support_verb to true when a support verb governs the noun
// ("launched an attack on").
bool NominalTrigger(const SentenceAnalysis& a, uint32_t anchor, int32_t* possessor, bool* support_verb) {
  *possessor = -1;
  *support_verb = false;
  // A past form is a verb, whatever precedes it ("Kazakhstan's largest city dispersed ...").
  if (a.Folded(anchor).ends_with("ed")) return false;
  // A gerund after a preposition names an act without asserting who did it ("the case for invading Iraq").
  if (anchor > 0 && a.Folded(anchor).ends_with("ing") && IsPreposition(a.Folded(anchor - 1))) return true;
  uint32_t i = anchor;
  for (uint32_t skipped = 0; i > 0 && skipped <= kMaxNominalModifiers; ++skipped) {
    --i;
    std::string_view w = a.Folded(i);
    if (OneOf(w, kDeterminers)) {
      if (w == "'s" && i > 0 && a.tokens[i - 1].chunk >= 0) *possessor = a.tokens[i - 1].chunk;
      if (i > 0 && w != "'s") {
        std::string lemma;
        Lemmatize(a.Folded(i - 1), &lemma);
        if (lemma == "out" && i > 1) Lemmatize(a.Folded(i - 2), &lemma);  // "carried out an attack"
        *support_verb = OneOf(std::string_view(lemma), kSupportVerbs);
      }
      return true;
    }
    bool modifier = (a.tokens[i].flags & kFlagWord) && a.tokens[i].chunk < 0 && !IsPreposition(w);
    if (!modifier) return false;
  }
  return false;
}

}  // namespace

void AssignRoles(const SentenceAnalysis& a, std::vector<RoleAssignment>* roles) {
  roles->assign(a.matches.size(), RoleAssignment{});
  for (size_t m = 0; m < a.matches.size(); ++m) {
    const VerbMatch& match = a.matches[m];
    const uint16_t clause = a.tokens[match.trigger_begin].clause;
    RoleAssignment& r = (*roles)[m];
    int32_t subject = FindSubject(a, match.trigger_begin);
    // "X praised Y but criticized Z": the verb right after the conjunction has the first clause's subject.
    if (subject < 0 && m > 0 && match.trigger_begin > 0 &&
        OneOf(a.Folded(match.trigger_begin - 1), kSharedSubjectConjunctions))
      subject = (*roles)[m - 1].source_chunk;
    r.negated = NegatedOrHypothetical(a, match.trigger_begin, subject);
    int32_t possessor = -1;
    bool support_verb = false;
    if (!match.passive && NominalTrigger(a, match.trigger_begin, &possessor, &support_verb) &&
        !support_verb) {
      // A noun event takes its source from "X's attack" or "attack by X", not from the clause subject:
      // "Russia condemned the strike on Syria" is not a strike by Russia.
      r.source_chunk = possessor >= 0 ? possessor : FindAgentAfterBy(a, match.trigger_end, clause);
      if (match.source_chunk >= 0) r.source_chunk = match.source_chunk;
      r.target_chunk = match.target_chunk;
      continue;
    }
    if (match.passive) {
      r.target_chunk = subject;
      r.source_chunk =
          match.source_chunk >= 0 ? match.source_chunk : FindAgentAfterBy(a, match.trigger_end, clause);
      continue;
    }
    uint32_t limit = m + 1 < a.matches.size() ? a.matches[m + 1].trigger_begin : a.tokens.size();
    r.source_chunk = match.source_chunk >= 0 ? match.source_chunk : subject;
    r.target_chunk =
        match.target_chunk >= 0 ? match.target_chunk : FindObject(a, match.trigger_end, limit, clause);
    // "X met Y and praised Z": the nearest chunk is the first verb's object; the subject is shared. Without
    // the "and", a gerund or infinitive after the object is a complement ("praised Y for resettling
    // refugees", "urged Y to attack Z"): not an act that the text reports as done.
    for (size_t prev = 0; prev < m && r.source_chunk >= 0; ++prev) {
      if ((*roles)[prev].target_chunk != r.source_chunk) continue;
      bool joined = false;
      for (uint32_t i = a.chunks[r.source_chunk].end; i < match.trigger_begin; ++i)
        joined |= a.Folded(i) == "and";
      if (joined) {
        r.source_chunk = (*roles)[prev].source_chunk;
      } else if (a.Folded(match.trigger_begin).ends_with("ing") ||
                 (match.trigger_begin > 0 && a.Folded(match.trigger_begin - 1) == "to")) {
        r.source_chunk = -1;
      }
    }
  }
}

}  // namespace dyad
