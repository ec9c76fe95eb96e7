// Internal to the coder: Coder::Impl, the per-Coder state and scratch buffers, whose member functions are
// defined in coder.cc (sentence coding, actor resolution, event assembly and deduplication), coder_agents.cc
// (agents a sentence does not name as the verb's subject: the police of a passive or of the story) and
// coder_place_time.cc (an event's date and place).
#ifndef DYAD_CODING_CODER_IMPL_H_
#define DYAD_CODING_CODER_IMPL_H_

#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "coding/coreference.h"
#include "coding/roles.h"
#include "coding/sentence.h"
#include "dictionary/compiled.h"
#include "dyad/coder.h"
#include "dyad/when.h"
#include "dyad/where.h"

namespace dyad {

struct Coder::Impl {
  std::shared_ptr<const Dictionary> dictionary;
  CoderOptions options;
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  SentenceAnalysis analysis;
  DiscourseMemory memory;  // the document's actors so far, for "he", "the minister", "the country"
  std::vector<RoleAssignment> roles;
  std::unordered_set<std::string_view> seen_sentences;
  std::vector<int32_t> source_members, target_members;
  // CoderOptions::code_all_verbs: the sentence's matches before KeepFirstMatchPerClause.
  std::vector<VerbMatch> all_matches;
  std::vector<uint8_t> superseded;  // per match: a generic intent or threat verb whose act is coded instead
  std::vector<std::string_view> speech_codes;  // per match: CoderOptions::nested_speech's code, or empty
  // Per lemma id: 1 when it anchors an AuthorityAct pattern (roles.h). A sentence without actors is matched
  // only when it has one of them, which keeps the verb matcher off most such sentences.
  std::vector<uint8_t> authority_anchor;
  size_t sentence_count = 0;
  // Sentences of the story before the current document (CodeDocument's continues_story); the memories count
  // sentences from the story's start.
  uint32_t story_sentence_base = 0;
  // The police that last used force in the story (an event of 18x-20x or 175 with a police source) and in
  // which story sentence: "one person was killed in the firing" a sentence or two later is theirs.
  struct StoryForce {
    EventActor agent;
    uint32_t sentence = 0;
    bool known = false;
  } story_force;
  // Its sentence is at most this many before the killing's.
  static constexpr uint32_t kStoryForceWindow = 3;
  uint32_t current_sentence_start = 0;  // byte offset of the sentence being coded

  // Events before this index belong to earlier documents; duplicates are looked for after it.
  size_t document_first_event = 0;
  // The document's temporal expressions, in text order, resolved against its date. Found only as far as the
  // document has events to date (DateFor): most sentences have none, and the text after a document's last
  // event is never scanned.
  TemporalExpressionScan times;
  // The document's place mentions, found lazily like `times`.
  std::vector<PlaceMention> places;
  bool places_found = false;

  struct EventDate {
    std::string date, precision, text;
  };
  EventDate DateFor(const Document& doc, const Sentence& s, const VerbMatch& match);
  // `in_sentence` (may be null) is set when the place is one the sentence names in the trigger's clause, not
  // after "to" or "from", nor the dateline's: a place the event's actors are in.
  std::optional<Location> PlaceFor(const Document& doc, const Sentence& s, const Event& event,
                                   bool* in_sentence = nullptr);
  // Whether a place starting at byte `place_start` lies in a participle phrase set off by a comma before the
  // trigger at `trigger_start` ("Meeting in Brussels, ministers voiced"): PlaceFor's `in_sentence` is false.
  bool InFrontedParticiplePhrase(uint32_t place_start, uint32_t trigger_start) const;
  void FindPlaces(const Document& doc);
  void MarkPlaceChunks(const Document& doc, const Sentence& s);

  void MarkSupersededGovernors(const EntryTable& entries);
  bool SecurityChunk(const EntryTable& entries, int32_t chunk, bool police_only = false) const;
  bool ArmedGroupChunk(const EntryTable& entries, int32_t chunk) const;
  int32_t ContextAgent(const EntryTable& entries, const VerbMatch& match, const RoleAssignment& r,
                       std::string_view code) const;
  int32_t RelativeFiringAgent(const EntryTable& entries, const VerbMatch& match, const RoleAssignment& r,
                              std::string_view code) const;
  void CodeSentence(const Document& doc, const Sentence& s, uint32_t index, std::vector<Event>* events);
  void CodeAllVerbs(size_t sentence_first_event, std::vector<Event>* events) const;
  void ResolveActor(const Document& doc, int32_t chunk, EventActor* out) const;
  void GroupMembers(int32_t chunk, std::vector<int32_t>* members) const;
  bool SubjectRightBefore(int32_t chunk, uint32_t trigger) const;
  // CoderOptions::compound_patterns: the entry of `verb` among them (nullptr: not a '%' pattern), and the
  // coordinated group of at least two actors at its '%' (false: none; `members` is then empty).
  const CoderOptions::CompoundPattern* CompoundPatternOf(const EntryView& verb) const;
  bool CompoundAtMarker(const VerbMatch& match, bool after_verb, std::vector<int32_t>* members) const;
  // The actors of a '%' pattern's event, into source_members and target_members: the group at the marker
  // within itself, or (with CoderOptions::compound_pattern_keeps_roles) toward or from the roles' actor on
  // the other side. False when no group stands at the marker: the pattern codes nothing.
  bool CompoundPatternActors(const VerbMatch& match, const CoderOptions::CompoundPattern& compound,
                             bool* reciprocal);
  void PreferCompoundPatterns();
  bool TooComplex() const;
  bool PossessiveBeforeAgent(const ActorChunk& chunk) const;
  void StoryAgent(const Document& doc, uint32_t cue_begin, uint32_t cue_end, EventActor* out) const;
};

// An actor the text names only by its sector ("23 people", "workers", "the military government": a code of
// sector codes and no country) takes the country of `place`, the place of its event that its sentence names
// in the trigger's clause ("killed 23 people in Tel Aviv": ISRCVL; "people blocked streets in Hong Kong":
// HKGCVL), as CAMEO's coders code it. Not: sectors that are abroad by their nature (companies, media,
// refugees, aid groups: BUS, MNC, MED, REF, NGO); an actor with a country or an organisation's code; a named
// person (a capitalised word in `actor`'s words but the sentence's first, at `sentence_start` of `text`), who
// travels; people after a possessive ("its citizens"); a region (its name is often an ordinary word,
// "Western") or a month the place finder took for a town ("in August"); and an actor that would then have the
// code of the event's `other` party. The caller leaves out visits (042), whose place is the host's.
// coder_place_time.cc.
void LendPlaceCountry(const Location& place, std::string_view other, std::string_view text,
                      uint32_t sentence_start, EventActor* actor);
// An event side that names no one (empty code: an unattributed bombing's source, "arresting 12") of an act of
// material conflict (CAMEO 17-20) takes the country of the place its trigger's clause names, unless `other`
// is that country. coder_place_time.cc.
void LendPlaceToUnnamedActor(const Location& place, std::string_view cameo, std::string_view other,
                             EventActor* actor);

// A source member that stands for the story's police that last used force (StoryForce).
constexpr int32_t kStorySource = -2;

// `ev` with another CAMEO code, and the root, quad class, Goldstein value and PLOVER fields that go with it.
Event Recoded(const Event& ev, std::string_view code, const Dictionary& dictionary);
// The paired event of `ev` (CoderOptions::paired_events): the target's act toward the source, with the
// verb's secondary code ("LEFT_ [032:033]": the visit's reception).
Event PairedEvent(const Event& ev, std::string_view paired_code, const Dictionary& dictionary);

// TABARI's compound actor codes ("[FRO/BIL/SAM]"): rewrites the events from `first` on so that an event of
// such an actor is one event per part (coder_suites.cc).
void SplitCompoundCodes(size_t first, std::vector<Event>* events);

}  // namespace dyad

#endif  // DYAD_CODING_CODER_IMPL_H_
