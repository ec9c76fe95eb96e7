// Warnings that threaten (speech_acts.h).
#include "coding/speech_acts.h"

#include <array>
#include <string_view>
#include <vector>

#include "coding/intent.h"

namespace dyad {
namespace {

// Subjects that name the speaker in its own clause ("X warned that it would ..."), and the auxiliaries that
// make the clause's act the speaker's announced one.
constexpr std::array<std::string_view, 3> kSpeakerPronouns = {"it", "we", "they"};
constexpr std::array<std::string_view, 4> kFutureAuxiliaries = {"will", "would", "shall", "'ll"};
constexpr std::array<std::string_view, 3> kNegations = {"not", "n't", "never"};

bool SameActor(const SentenceAnalysis& a, int32_t x, int32_t y) {
  if (x < 0 || y < 0) return false;
  if (x == y) return true;
  const ActorChunk& cx = a.chunks[x];
  const ActorChunk& cy = a.chunks[y];
  if (cx.group >= 0 && cx.group == cy.group) return true;
  return cx.referent >= 0 && cx.referent == cy.referent;
}

// The chunk that begins at token `i`, or -1.
int32_t ChunkAt(const SentenceAnalysis& a, uint32_t i) {
  for (size_t c = 0; c < a.chunks.size(); ++c)
    if (a.chunks[c].begin == i) return static_cast<int32_t>(c);
  return -1;
}

// The end of the clause that starts at `begin`: the first ";", ":" or full stop, else the sentence's end.
uint32_t ClauseEnd(const SentenceAnalysis& a, uint32_t begin) {
  for (uint32_t i = begin; i < a.tokens.size(); ++i)
    if ((a.tokens[i].classes & (kClassPeriod | kClassClausePunctuation)) != 0) return i;
  return static_cast<uint32_t>(a.tokens.size());
}

// True when a match inside [begin, end) is coded as a threat (13x), by its pattern or as an announced act.
bool ThreatMatchIn(const CompiledDictionary& dict, const SentenceAnalysis& a,
                   const std::vector<RoleAssignment>& roles, uint32_t begin, uint32_t end) {
  const EntryTable entries = dict.entries();
  for (size_t k = 0; k < a.matches.size(); ++k) {
    const VerbMatch& o = a.matches[k];
    if (o.trigger_begin < begin || o.trigger_begin >= end || roles[k].negated) continue;
    const std::string_view act = entries[dict.pattern(o.pattern).entry].code;
    if (act.starts_with("13") || (roles[k].intended && IntentCode(act).starts_with("13"))) return true;
  }
  return false;
}

// True when the clause [begin, end) opens with the speaker and a future auxiliary and names another actor.
bool SpeakerAnnouncesActAgainstOther(const SentenceAnalysis& a, int32_t speaker, uint32_t begin,
                                     uint32_t end) {
  if (begin >= end) return false;
  uint32_t after_subject = begin + 1;
  if (!OneOf(a.Folded(begin), kSpeakerPronouns)) {
    const int32_t subject = ChunkAt(a, begin);
    if (!SameActor(a, subject, speaker)) return false;
    after_subject = a.chunks[subject].end;
  }
  if (after_subject + 1 >= end || !OneOf(a.Folded(after_subject), kFutureAuxiliaries)) return false;
  // "it would not retaliate": an act announced as not done threatens no one.
  if (OneOf(a.Folded(after_subject + 1), kNegations)) return false;
  for (size_t c = 0; c < a.chunks.size(); ++c) {
    const ActorChunk& ch = a.chunks[c];
    if (ch.begin > after_subject && ch.begin < end && !ch.place &&
        !SameActor(a, static_cast<int32_t>(c), speaker))
      return true;
  }
  return false;
}

}  // namespace

void SupersedeThreateningWarnings(const CompiledDictionary& dict, const SentenceAnalysis& a,
                                  const std::vector<RoleAssignment>& roles,
                                  std::vector<uint8_t>* superseded) {
  const EntryTable entries = dict.entries();
  for (size_t m = 0; m < a.matches.size(); ++m) {
    const VerbMatch& w = a.matches[m];
    if ((*superseded)[m] || roles[m].negated || w.trigger_end == 0) continue;
    if (entries[dict.pattern(w.pattern).entry].code != "012" || a.Folded(w.trigger_end - 1) != "that")
      continue;
    const uint32_t end = ClauseEnd(a, w.trigger_end);
    if (ThreatMatchIn(dict, a, roles, w.trigger_end, end) ||
        SpeakerAnnouncesActAgainstOther(a, roles[m].source_chunk, w.trigger_end, end))
      (*superseded)[m] = 1;
  }
}

}  // namespace dyad
