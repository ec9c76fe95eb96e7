// The coder: document -> sentences -> (actor chunks, verb matches, roles) -> events.
#include "dyad/coder.h"

#include <algorithm>
#include <span>
#include <string>
#include <unordered_set>

#include "coding/coreference.h"
#include "coding/intent.h"
#include "coding/roles.h"
#include "coding/sentence.h"
#include "coding/suite_defaults.h"
#include "dictionary/compiled.h"
#include "dyad/text.h"
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
  std::vector<uint8_t> superseded;  // per match: a generic intent or threat verb whose act is coded instead
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
  // The document's temporal expressions, in text order, resolved against its date. Found only once the
  // document has an event to date: most sentences have none, and this keeps their cost out of the pipeline.
  std::vector<TemporalExpression> times;
  bool times_found = false;
  // The document's place mentions, found lazily like `times`.
  std::vector<PlaceMention> places;
  bool places_found = false;

  struct EventDate {
    std::string date, precision, text;
  };
  EventDate DateFor(const Document& doc, const Sentence& s, const VerbMatch& match);
  std::optional<Location> PlaceFor(const Document& doc, const Sentence& s, const Event& event);
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
  void ResolveActor(const Document& doc, int32_t chunk, EventActor* out) const;
  void GroupMembers(int32_t chunk, std::vector<int32_t>* members) const;
  bool SubjectRightBefore(int32_t chunk, uint32_t trigger) const;
  bool PossessiveBeforeAgent(const ActorChunk& chunk) const;
  void StoryAgent(const Document& doc, uint32_t cue_begin, uint32_t cue_end, EventActor* out) const;
};

// A source member that stands for the story's police that last used force (StoryForce).
constexpr int32_t kStorySource = -2;

// The story's police as the agent of a killing "in the firing": their code, with the cue's words ("the
// firing") as the span, as a pronoun's, and the earlier mention that named them as the antecedent. Within
// one document its offsets are in Document::text; a story coded part by part has them in the earlier part.
void Coder::Impl::StoryAgent(const Document& doc, uint32_t cue_begin, uint32_t cue_end,
                             EventActor* out) const {
  const EventActor& agent = story_force.agent;
  *out = agent;
  if (agent.antecedent.empty()) {
    out->antecedent = agent.text;
    out->antecedent_start = agent.start;
    out->antecedent_end = agent.end;
  }
  if (story_force.sentence < story_sentence_base) out->antecedent_start = out->antecedent_end = 0;
  out->start = analysis.tokens[cue_begin].start;
  out->end = analysis.tokens[cue_end - 1].end;
  out->text = doc.text.substr(out->start, out->end - out->start);
}

// The chunk reads "<name>'s <sector noun>": a possessive inside it, with only words after it.
bool Coder::Impl::PossessiveBeforeAgent(const ActorChunk& chunk) const {
  for (uint32_t i = chunk.begin + 1; i + 1 < chunk.end; ++i)
    if (analysis.Folded(i) == "'s") return true;
  return false;
}

// At most a few words, and no punctuation, between the end of `chunk` and the verb ("X and Y on Monday
// signed").
bool Coder::Impl::SubjectRightBefore(int32_t chunk, uint32_t trigger) const {
  constexpr uint32_t kMaxWordsBetween = 3;
  uint32_t end = analysis.chunks[chunk].end;
  if (end > trigger || trigger - end > kMaxWordsBetween) return false;
  for (uint32_t i = end; i < trigger; ++i) {
    std::string_view w = analysis.Folded(i);
    if (!(analysis.tokens[i].flags & kFlagWord) || w == "them" || w == "they" || w == "it") return false;
    // "X and Y on Monday signed" is fine; "Algeria and Jordan without facing torture" is not.
    if (IsPreposition(w) && w != "on") return false;
  }
  return true;
}

Coder::Coder(std::shared_ptr<const Dictionary> dictionary, CoderOptions options)
    : impl_(std::make_unique<Impl>()) {
  assert(dictionary != nullptr);
  impl_->dictionary = std::move(dictionary);
  impl_->options = options;
  const CompiledDictionary& dict = impl_->dictionary->compiled();
  impl_->authority_anchor.assign(dict.lemmas().size(), 0);
  for (const VerbPattern& p : dict.patterns()) {
    const WordId anchor = dict.pattern_elements()[p.anchor].lemma;
    if (anchor < impl_->authority_anchor.size() && AuthorityAct(dict.entries()[p.entry].code))
      impl_->authority_anchor[anchor] = 1;
  }
}

Coder::~Coder() = default;

size_t Coder::last_sentence_count() const { return impl_->sentence_count; }

void Coder::CodeDocument(const Document& document, std::vector<Event>* events, bool continues_story) {
  Impl& im = *impl_;
  if (continues_story) {
    im.story_sentence_base += static_cast<uint32_t>(im.sentence_count);
  } else {
    im.story_sentence_base = 0;
    im.memory.Reset();
    im.story_force.known = false;
  }
  im.tokens.clear();
  im.sentences.clear();
  im.seen_sentences.clear();
  Tokenize(document.text, &im.tokens);
  SplitSentences(document.text, im.tokens, &im.sentences);
  im.sentence_count = im.sentences.size();
  im.document_first_event = events->size();
  im.times.clear();
  im.times_found = false;
  im.places.clear();
  im.places_found = false;
  for (uint32_t i = 0; i < im.sentences.size(); ++i) {
    const Sentence& s = im.sentences[i];
    // A headline repeated as the first body line, or a paragraph syndicated twice, is coded once.
    std::string_view text = std::string_view(document.text).substr(s.start, s.end - s.start);
    if (!im.seen_sentences.insert(text).second) continue;
    im.CodeSentence(document, s, i, events);
  }
}

void Coder::Impl::GroupMembers(int32_t chunk, std::vector<int32_t>* members) const {
  members->clear();
  if (chunk < 0) return;
  for (size_t c = 0; c < analysis.chunks.size(); ++c)
    if (analysis.chunks[c].group == analysis.chunks[chunk].group) members->push_back(static_cast<int32_t>(c));
}

void Coder::Impl::ResolveActor(const Document& doc, int32_t chunk_index, EventActor* out) const {
  const EntryTable entries = dictionary->entries();
  const ActorChunk& chunk = analysis.chunks[chunk_index];
  *out = EventActor{};
  if (chunk.referent >= 0) {
    // Resolved by coreference: the earlier actor, with the words of this mention as its span.
    const Referent& r = analysis.referents[chunk.referent];
    ResolveReferent(entries, r, out);
    // An antecedent in an earlier part of a story (CodeDocument's continues_story) has its offsets in a text
    // the coder no longer holds: the actor is known, its earlier words are not given.
    if (r.antecedent_sentence < story_sentence_base) {
      out->start = analysis.tokens[chunk.begin].start;
      out->end = analysis.tokens[chunk.end - 1].end;
      out->text = doc.text.substr(out->start, out->end - out->start);
      return;
    }
    out->antecedent = doc.text.substr(r.antecedent_start, r.antecedent_end - r.antecedent_start);
    out->antecedent_start = r.antecedent_start;
    out->antecedent_end = r.antecedent_end;
    // "Lavrov said that he urges Iran ...": an antecedent in the same sentence is the better evidence, the
    // name a reader (and an annotator) takes for the actor; one in an earlier sentence is not in this
    // sentence's text, so the mention's own words ("he", "the minister") stay the span.
    if (r.antecedent_start >= current_sentence_start) {
      out->start = r.antecedent_start;
      out->end = r.antecedent_end;
      out->text = out->antecedent;
      return;
    }
  } else {
    Referent named;
    named.actor_entry = chunk.actor_entry;
    if (chunk.country_entry >= 0) named.country = entries[chunk.country_entry].code;
    named.agent_entry = chunk.agent_entry;
    // "Toqaev's government", "Putin's army": a person's possessive before a sector noun names that
    // institution of the person's country (KAZGOV, RUSMIL), not the person (nor a former leader's ELI). A
    // country in the chunk ("Kazakhstan's President Nazarbayev") puts the possessive on the country: the
    // person keeps their own code.
    if (chunk.actor_entry >= 0 && chunk.agent_entry >= 0 && chunk.country_entry < 0 &&
        PossessiveBeforeAgent(chunk)) {
      const EntryView person = entries[chunk.actor_entry];
      if (IsPersonEntry(person) && !person.country.empty()) {
        named.actor_entry = -1;
        named.country = person.country;
      }
    }
    ResolveReferent(entries, named, out);
  }
  // "35 persons", "Kazakh people": civilians, the unmarked sector, where nothing more specific was named.
  if (chunk.people && out->sectors.empty() && chunk.actor_entry < 0) {
    out->code += "CVL";
    out->sectors.push_back("CVL");
  }
  out->start = analysis.tokens[chunk.begin].start;
  out->end = analysis.tokens[chunk.end - 1].end;
  out->text = doc.text.substr(out->start, out->end - out->start);
}

// For --explain: " (source 'he' resolved to 'Kassym-Jomart Tokayev' at bytes 120-141)", or nothing.
static std::string ResolvedNote(std::string_view role, const EventActor& actor) {
  if (actor.antecedent.empty()) return {};
  return " (" + std::string(role) + " '" + actor.text + "' resolved to '" + actor.antecedent + "' at bytes " +
         std::to_string(actor.antecedent_start) + "-" + std::to_string(actor.antecedent_end) + ")";
}

// The event's own date: the temporal expression in the trigger's clause nearest to the trigger, else the
// nearest one in the sentence, else the document date ("document" precision). Periods and ranges are dated by
// their first day; date_precision says which they are.
Coder::Impl::EventDate Coder::Impl::DateFor(const Document& doc, const Sentence& s, const VerbMatch& match) {
  if (!times_found) {
    FindTemporalExpressions(doc.text, doc.date, &times);
    times_found = true;
  }
  const TemporalExpression* best = nullptr;
  bool best_same_clause = false;
  uint32_t best_distance = 0;
  const uint32_t trigger_start = analysis.tokens[match.trigger_begin].start;
  const uint16_t clause = analysis.tokens[match.trigger_begin].clause;
  for (const TemporalExpression& t : times) {
    if (t.end <= s.start) continue;
    if (t.start >= s.end) break;
    // The clause of the expression is the clause of the token where it starts.
    uint32_t token = 0;
    while (token + 1 < analysis.tokens.size() && analysis.tokens[token + 1].start <= t.start) ++token;
    const bool same_clause = analysis.tokens[token].clause == clause;
    const uint32_t distance = t.start > trigger_start ? t.start - trigger_start : trigger_start - t.start;
    if (best == nullptr || (same_clause && !best_same_clause) ||
        (same_clause == best_same_clause && distance < best_distance)) {
      best = &t;
      best_same_clause = same_clause;
      best_distance = distance;
    }
  }
  EventDate out;
  if (best == nullptr) {
    out.date = doc.date;
    out.precision = doc.date.empty() ? "" : "document";
    return out;
  }
  std::string_view first = std::string_view(best->value).substr(0, best->value.find('/'));
  out.date = std::string(first);
  if (out.date.size() == 4) out.date += "-01";
  if (out.date.size() == 7) out.date += "-01";
  out.precision = best->precision;
  out.text = doc.text.substr(best->start, best->end - best->start);
  return out;
}

// The event's place: the locative place mention in its sentence nearest the trigger (one after the trigger
// is preferred: "met in Washington", "clashes erupted in eastern Ukraine"), never the source actor's own
// words
// ("Moscow said"), or the destination of a visit; else the story's dateline place ("MINGORA, Pakistan
// (Reuters) -").
void Coder::Impl::FindPlaces(const Document& doc) {
  if (places_found) return;
  FindPlaceMentions(*options.gazetteer, doc.text, tokens, &places);
  places_found = true;
}

// Actor chunks inside a place where something happened ("in Paris, Texas": "Texas"; a dateline's "KYIV,
// Ukraine") are places for the roles, not subjects or objects. Places after "to" or "from" keep their actors:
// "sent troops to Syria" has Syria as its target.
void Coder::Impl::MarkPlaceChunks(const Document& doc, const Sentence& s) {
  if (options.gazetteer == nullptr) return;
  // Only a chunk that opens the sentence (a dateline) or follows a comma (", Texas") can be a place the
  // roles would take for an actor: chunks after a preposition are never subjects or objects anyway. Most
  // sentences have neither, and skip the document's place mentions altogether.
  bool candidate = false;
  for (const ActorChunk& c : analysis.chunks)
    candidate |= c.begin == 0 || analysis.Folded(c.begin - 1) == ",";
  if (!candidate) return;
  FindPlaces(doc);
  auto first = std::lower_bound(places.begin(), places.end(), s.start,
                                [](const PlaceMention& m, uint32_t start) { return m.end <= start; });
  for (auto m = first; m != places.end() && m->start < s.end; ++m) {
    if (!m->locative || m->directional) continue;
    for (ActorChunk& c : analysis.chunks)
      if (analysis.tokens[c.begin].start >= m->start && analysis.tokens[c.end - 1].end <= m->end)
        c.place = true;
  }
}

std::optional<Location> Coder::Impl::PlaceFor(const Document& doc, const Sentence& s, const Event& event) {
  if (options.gazetteer == nullptr) return std::nullopt;
  FindPlaces(doc);
  const PlaceMention* best = nullptr;
  const PlaceMention* dateline = nullptr;
  uint32_t best_distance = UINT32_MAX;
  for (const PlaceMention& m : places) {
    if (m.dateline && dateline == nullptr) dateline = &m;
    if (m.start < s.start || m.end > s.end) continue;
    // A visit's destination is its place even when named as the host ("visited Washington").
    const bool visited = event.cameo == "042" && m.start < event.target.end && event.target.start < m.end;
    if (!m.locative && !visited) continue;
    if (m.start < event.source.end && event.source.start < m.end) continue;
    const uint32_t distance = m.start >= event.trigger_end
                                  ? m.start - event.trigger_end
                                  : 2 * (event.trigger_start - std::min(m.end, event.trigger_start));
    if (distance < best_distance) {
      best_distance = distance;
      best = &m;
    }
  }
  if (best == nullptr) best = dateline;
  if (best == nullptr) return std::nullopt;
  return LocationFor(*options.gazetteer, doc.text, *best);
}

// Material protest, force posture, coercion and violence (CAMEO 14, 15, 17-20) are coded without a target
// when none is named; other acts need one (whom would "criticized" or "met" concern?).
// The paired event of `ev` (CoderOptions::paired_events): the target's act toward the source, with the
// verb's secondary code ("LEFT_ [032:033]": the visit's reception).
static Event PairedEvent(const Event& ev, std::string_view paired_code, const Dictionary& dictionary) {
  Event p = ev;
  std::swap(p.source, p.target);
  p.cameo = paired_code;
  p.root = p.cameo.substr(0, 2);
  p.quad_class = QuadClassForRoot(p.root);
  const CameoInfo cameo = dictionary.Cameo(paired_code);
  p.goldstein = cameo.goldstein;
  p.plover_event = cameo.entry != nullptr ? cameo.entry->plover_event : "";
  p.plover_mode = cameo.entry != nullptr ? cameo.entry->plover_mode : "";
  p.plover_contexts = cameo.entry != nullptr ? cameo.entry->plover_contexts : std::vector<std::string>{};
  return p;
}

static bool TargetlessAct(std::string_view code) {
  return code.starts_with("14") || code.starts_with("15") || code.starts_with("17") ||
         code.starts_with("18") || code.starts_with("19") || code.starts_with("20");
}

// "pledged to send troops", "threatened to attack": where the intended act has its own intent or threat code,
// the match of the governing verb alone (a generic 03x or 13x: "pledge", "threaten", "agree to") is not
// coded as well; nor is a generic demand (100, "demanded that") whose demanded act has its own 10x code, nor
// one whose words stand between the demanding word and that act ("said on Monday that Sudan must return ...":
// the dictionary's "that + must" is for demanded acts that no pattern codes).
void Coder::Impl::MarkSupersededGovernors(const EntryTable& entries) {
  const CompiledDictionary& dict = dictionary->compiled();
  superseded.assign(analysis.matches.size(), 0);
  for (size_t m = 0; m < analysis.matches.size(); ++m) {
    const RoleAssignment& r = roles[m];
    if (!(r.intended || r.demanded) || r.negated) continue;
    const uint32_t g = static_cast<uint32_t>(r.governor);
    const std::string_view act = entries[dict.pattern(analysis.matches[m].pattern).entry].code;
    if ((r.intended ? IntentCode(act) : DemandCode(act)).empty()) continue;
    for (size_t k = 0; k < analysis.matches.size(); ++k) {
      const VerbMatch& other = analysis.matches[k];
      const bool on_governor = g >= other.trigger_begin && g < other.trigger_end;
      const bool before_act =
          r.demanded && g < other.trigger_begin && other.trigger_end <= analysis.matches[m].trigger_begin;
      if (k == m || !(on_governor || before_act)) continue;
      const std::string_view code = entries[dict.pattern(other.pattern).entry].code;
      if (r.intended ? code.starts_with("03") || code.starts_with("13") : code == "100") superseded[k] = 1;
    }
  }
}

// An armed group that fights the state: rebels, insurgents, militants, separatists.
bool Coder::Impl::ArmedGroupChunk(const EntryTable& entries, int32_t chunk) const {
  if (chunk < 0) return false;
  const ActorChunk& c = analysis.chunks[chunk];
  auto armed = [](std::string_view sector) { return sector == "REB" || sector == "INS" || sector == "SEP"; };
  if (c.actor_entry >= 0) {
    for (std::string_view sector : entries[c.actor_entry].sectors)
      if (armed(sector)) return true;
    return false;
  }
  return c.agent_entry >= 0 && armed(entries[c.agent_entry].code);
}

// Police or armed forces: the sectors that arrest, detain and fire on crowds.
bool Coder::Impl::SecurityChunk(const EntryTable& entries, int32_t chunk, bool police_only) const {
  const ActorChunk& c = analysis.chunks[chunk];
  auto security = [&](std::string_view sector) {
    return sector == "COP" || (!police_only && sector == "MIL");
  };
  if (c.actor_entry >= 0) {
    for (std::string_view sector : entries[c.actor_entry].sectors)
      if (security(sector)) return true;
    return false;
  }
  return c.agent_entry >= 0 && security(entries[c.agent_entry].code);
}

// The agent of an agentless passive, where the sentence names it without a "by": -1 when it does not.
// Arrests and detentions (17x) are made by the police or the army the sentence names anywhere, often as the
// source of the report ("35 persons were arrested, police said"). Killings and violence (18x-20x) need the
// agent in a phrase after the verb ("two were killed in police firing", "... when police opened fire"): a mob
// is the commoner killer, and a police officer merely mentioned is not one.
int32_t Coder::Impl::ContextAgent(const EntryTable& entries, const VerbMatch& match, const RoleAssignment& r,
                                  std::string_view code) const {
  if (!r.agentless) return -1;
  const bool arrest = code.starts_with("17");
  const bool violence = code.starts_with("18") || code.starts_with("19") || code.starts_with("20");
  if (!arrest && !violence) return -1;
  const int32_t target_group = r.target_chunk >= 0 ? analysis.chunks[r.target_chunk].group : INT32_MIN;
  for (size_t c = 0; c < analysis.chunks.size(); ++c) {
    const ActorChunk& chunk = analysis.chunks[c];
    if (chunk.group == target_group || chunk.place || !SecurityChunk(entries, static_cast<int32_t>(c)))
      continue;
    if (arrest) return static_cast<int32_t>(c);
    if (chunk.begin < match.trigger_end ||
        analysis.tokens[chunk.begin].clause != analysis.tokens[match.trigger_begin].clause)
      continue;
    for (uint32_t k = chunk.begin; k > 0 && chunk.begin - k < 3;) {
      std::string_view w = analysis.Folded(--k);
      if (w == "in" || w == "during" || w == "when") return static_cast<int32_t>(c);
      // "one person was killed ... when a mob clashed with the police": in a clash with the police the
      // dead are the police's (a policeman killed there is their own, and no event: same source and target).
      if (w == "with" && k > 0 && analysis.Folded(k - 1).starts_with("clash")) return static_cast<int32_t>(c);
    }
  }
  return -1;
}

// The agent of an agentless killing or injury (18x, 20x) told in a relative clause of a firing: "the police
// firing on its activists at taldih in which one person was killed", "firing by the police during which two
// were injured". The police or army chunk right before the firing noun, or after its "by", is the agent,
// whoever else the sentence names (roles.h, RelativeFiring). -1 when there is none.
int32_t Coder::Impl::RelativeFiringAgent(const EntryTable& entries, const VerbMatch& match,
                                         const RoleAssignment& r, std::string_view code) const {
  if (!r.agentless || r.negated || !(code.starts_with("18") || code.starts_with("20"))) return -1;
  const int32_t firing = RelativeFiring(analysis, match);
  if (firing < 0) return -1;
  const uint32_t f = static_cast<uint32_t>(firing);
  for (size_t c = 0; c < analysis.chunks.size(); ++c) {
    const ActorChunk& chunk = analysis.chunks[c];
    const bool before = chunk.end == f;
    const bool by = chunk.begin >= f + 2 && chunk.begin <= f + 3 && analysis.Folded(f + 1) == "by";
    if ((before || by) && !chunk.place && SecurityChunk(entries, static_cast<int32_t>(c)))
      return static_cast<int32_t>(c);
  }
  return -1;
}

void Coder::Impl::CodeSentence(const Document& doc, const Sentence& s, uint32_t index,
                               std::vector<Event>* events) {
  const CompiledDictionary& dict = dictionary->compiled();
  current_sentence_start = s.start;
  AnalyseTokens(dict, doc.text, tokens.data() + s.first_token, tokens.data() + s.end_token, &analysis);
  if (analysis.tokens.empty() || HasDiscardPhrase(dict, analysis)) return;
  analysis.tags.clear();
  FindActorChunks(dict, doc.date, &analysis, options.sentence_country_sectors);
  // Before the verbs: a resolved pronoun or description is a chunk that slots and roles may take.
  const uint32_t story_index = story_sentence_base + index;
  memory.ResolveSentence(dict, story_index, &analysis);
  // A suite's default actors (DefaultActors) let a sentence without actors be coded.
  const bool defaults = options.default_actors.active();
  if (analysis.chunks.empty() && !defaults &&
      (!options.unnamed_authority ||
       std::none_of(analysis.tokens.begin(), analysis.tokens.end(), [&](const TokenView& t) {
         return t.lemma < authority_anchor.size() && authority_anchor[t.lemma];
       })))
    return;
  FindVerbMatches(dict, &analysis);
  if (analysis.matches.empty()) return;
  // Without actors only an act of the authorities can be coded ("they were detained", roles.h AuthorityAct).
  if (analysis.chunks.empty() && !defaults &&
      std::none_of(analysis.matches.begin(), analysis.matches.end(), [&](const VerbMatch& m) {
        return AuthorityAct(dict.entries()[dict.pattern(m.pattern).entry].code);
      }))
    return;
  // Tagged lazily: only a sentence with an actor and a one-word match after a determiner, possessive or
  // number pays for the tagger (few do), and its matches are found again with the tags (a trigger read as a
  // modifier is no act: see verbs.cc).
  if (options.pos_tagger != nullptr && TagsMayChangeMatches(analysis)) {
    options.pos_tagger->Tag(
        doc.text, std::span<const Token>(tokens.data() + s.first_token, s.end_token - s.first_token),
        &analysis.pos_scratch, &analysis.tags);
    AlignTagsWithSplitTokens(&analysis);
    FindVerbMatches(dict, &analysis);
    if (analysis.matches.empty()) return;
  }
  if (!options.object_nouns_as_events) DropObjectNounMatches(&analysis);
  if (options.first_verb_per_clause) KeepFirstMatchPerClause(dict, &analysis);
  MarkPlaceChunks(doc, s);
  AssignRoles(analysis, &roles, &dict);
  if (options.place_targets) TakePlaceTargets(analysis, &roles);

  const EntryTable entries = dict.entries();
  MarkSupersededGovernors(entries);
  for (size_t m = 0; m < analysis.matches.size(); ++m) {
    const VerbMatch& match = analysis.matches[m];
    const RoleAssignment& r = roles[m];
    if (r.negated || superseded[m]) continue;
    const std::string_view act = entries[dict.pattern(match.pattern).entry].code;
    if (act == "-")
      continue;  // a negative pattern: it took its words from shorter patterns and codes nothing
    int32_t source_chunk = r.source_chunk >= 0 ? r.source_chunk : ContextAgent(entries, match, r, act);
    if (source_chunk < 0) source_chunk = RelativeFiringAgent(entries, match, r, act);
    const bool unnamed_source =  // a source member -1: the empty actor (roles.h, AuthorityAct)
        options.unnamed_authority && source_chunk < 0 && r.agentless && AuthorityAct(act) &&
        UnnamedAgent(analysis, match, r.target_chunk);
    // "one person was killed in the firing" after the story reported the police firing: their killing, when
    // the sentence names no one else who could have done it (a source member -2: the story's police).
    // So is the killing of an armed group's members soon after the police fired, with no cue ("policemen
    // guarding the temple return fire" ... "one militant killed on the spot"): militants in a fight with the
    // police are the police's dead, unlike the victims of a riot, mostly the mobs'. The verb is the span.
    uint32_t cue_begin = 0, cue_end = 0;
    const bool story_source = source_chunk < 0 && !unnamed_source && r.agentless && !r.negated &&
                              (act.starts_with("18") || act.starts_with("20")) && story_force.known &&
                              story_index - story_force.sentence <= kStoryForceWindow &&
                              (StoryForceCue(analysis, match, &cue_begin, &cue_end) ||
                               (ArmedGroupChunk(entries, r.target_chunk) &&
                                (cue_begin = match.trigger_begin, cue_end = match.trigger_end, true))) &&
                              UnnamedAgent(analysis, match, r.target_chunk);
    if (source_chunk < 0 && !unnamed_source && !story_source && !defaults) continue;
    GroupMembers(source_chunk, &source_members);
    if (unnamed_source) source_members.assign(1, -1);
    if (story_source) source_members.assign(1, kStorySource);
    GroupMembers(r.target_chunk, &target_members);
    if (defaults && !unnamed_source && !story_source) {
      ApplyDefaultActors(options.default_actors, &source_members, &target_members);
      if (source_members.empty()) continue;
    }
    const VerbPattern& pattern = dict.pattern(match.pattern);
    const EntryView verb = entries[pattern.entry];
    bool reciprocal = false, targetless = false, domestic = false;
    if (target_members.empty()) {
      // "Kazakhstan and Uzbekistan signed an agreement": each is the other's target, when the coordinated
      // actors are the verb's own subject, right before it.
      if (source_members.size() >= 2 && SubjectRightBefore(source_members.back(), match.trigger_begin)) {
        target_members = source_members;
        reciprocal = true;
      } else if (((options.targetless_events && TargetlessAct(verb.code)) ||
                  (!r.bare_noun &&
                   UnnamedTargetAct(verb.code, unnamed_source || SecurityChunk(entries, source_chunk),
                                    !unnamed_source && SecurityChunk(entries, source_chunk, true)))) &&
                 !r.intended && !r.demanded) {
        // "police fired ten rounds in the air", "thousands demonstrated in Kirkuk": a material act of force
        // or protest is an event without a named target; the target stays empty, never invented.
        target_members.assign(1, -1);
        targetless = true;
      } else if (r.domestic) {
        target_members.assign(1, -1);  // the source's own country, below (roles.h, DomesticAct)
        domestic = true;
      } else if (options.targetless_statements && verb.code.starts_with("01") && !r.demanded) {
        // A public statement the dictionary names ("expressed concern", "declined to comment", "held a news
        // conference") is an act of its speaker whether or not it is addressed to anyone: empty target.
        target_members.assign(1, -1);
        targetless = true;
      } else {
        continue;
      }
    }
    // An announced act is coded as its intent (03x) or threat (13x). One without such a form is no event,
    // unless a future auxiliary announces it ("will criticize"): then it is the act, marked "future".
    std::string_view code = r.intended   ? IntentCode(verb.code)
                            : r.demanded ? DemandCode(verb.code)
                                         : std::string_view(verb.code);
    const bool future_act = r.intended && r.future && (code.empty() || options.future_as_act);
    if (future_act) code = verb.code;
    if (code.empty()) continue;
    CameoInfo cameo = dictionary->Cameo(code);
    const uint32_t evidence_begin =
        r.intended || r.demanded ? static_cast<uint32_t>(r.governor) : match.trigger_begin;
    const EventDate when = DateFor(doc, s, match);
    for (int32_t sc : source_members) {
      for (int32_t tc : target_members) {
        if (reciprocal && sc == tc) continue;
        Event ev;
        if (sc >= 0) ResolveActor(doc, sc, &ev.source);
        if (sc == kStorySource) StoryAgent(doc, cue_begin, cue_end, &ev.source);
        if (tc >= 0) ResolveActor(doc, tc, &ev.target);
        if (sc == kDefaultActor) ev.source.code = options.default_actors.source;
        if (tc == kDefaultActor) ev.target.code = options.default_actors.target;
        if (domestic) {
          if (NonStateSource(ev.source.code, ev.source.sectors)) continue;
          ev.target.code = ev.target.country = ev.source.country;
        }
        if ((ev.source.code.empty() && sc != -1) || (ev.target.code.empty() && !targetless) ||
            (!domestic && !ev.source.code.empty() && ev.source.code == ev.target.code))
          continue;
        ev.cameo = code;
        // One event per source, code, target and date in a document, as ICEWS counts: a story that repeats
        // the same event in its headline and body, or in two paragraphs, reports it once. The first mention
        // is kept; a mention dated only by the document takes the date of a later, dated one.
        bool duplicate = false;
        for (size_t k = document_first_event; k < events->size() && !duplicate; ++k) {
          Event& o = (*events)[k];
          if (o.cameo != ev.cameo || o.source.code != ev.source.code || o.target.code != ev.target.code)
            continue;
          const bool undated_before = o.date_precision == "document";
          duplicate = o.date == when.date || undated_before || when.precision == "document";
          if (duplicate && undated_before && when.precision != "document") {
            o.date = when.date;
            o.date_precision = when.precision;
            o.date_text = when.text;
          }
        }
        if (duplicate) continue;
        ev.doc_id = doc.id;
        ev.sentence_index = index;
        ev.sentence = doc.text.substr(s.start, s.end - s.start);
        ev.root = ev.cameo.substr(0, 2);
        ev.quad_class = QuadClassForRoot(ev.root);
        ev.goldstein = cameo.goldstein;
        if (cameo.entry != nullptr) {
          ev.plover_event = cameo.entry->plover_event;
          ev.plover_mode = cameo.entry->plover_mode;
          ev.plover_contexts = cameo.entry->plover_contexts;
        }
        // PLOVER's auxiliary mode for an announced act, which its manual asks coders to put in the context.
        if (future_act && !ev.plover_event.empty()) ev.plover_contexts.push_back("future");
        ev.date = when.date;
        ev.date_precision = when.precision;
        ev.date_text = when.text;
        ev.trigger_start = analysis.tokens[evidence_begin].start;
        ev.trigger_end = analysis.tokens[match.trigger_end - 1].end;
        ev.trigger = doc.text.substr(ev.trigger_start, ev.trigger_end - ev.trigger_start);
        ev.location = PlaceFor(doc, s, ev);
        if (options.explain) {
          ev.rule = std::string(verb.file) + ":" + std::to_string(verb.line) + " verb " +
                    std::string(verb.code) + " '" + std::string(verb.phrases[pattern.phrase]) + "'" +
                    (match.passive ? " (passive)" : "") + (reciprocal ? " (reciprocal)" : "") +
                    (r.intended && !future_act ? " (intended: " + std::string(code) + ")" : "") +
                    (r.demanded ? " (demanded: " + std::string(code) + ")" : "") +
                    (future_act ? " (future)" : "") + ResolvedNote("source", ev.source) +
                    ResolvedNote("target", ev.target);
        }
        const bool paired = options.paired_events && !verb.paired_code.empty() && code == verb.code &&
                            !ev.target.code.empty() && !domestic;
        if (ev.source.HasSector("COP") &&
            (ev.root == "18" || ev.root == "19" || ev.root == "20" || ev.cameo.starts_with("175")))
          story_force = {ev.source, story_index, true};
        events->push_back(std::move(ev));
        if (paired) events->push_back(PairedEvent(events->back(), verb.paired_code, *dictionary));
      }
    }
  }
}

}  // namespace dyad
