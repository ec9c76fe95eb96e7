// The coder's suite conventions (CoderOptions set by `dyad validate`; news coding uses none of them):
// TABARI's
// '%' compound patterns and compound actor codes, and TABARI's SET: CODE ALL. Coder::Impl is declared in
// coder_impl.h; the passes that call these are in coder.cc.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "coding/coder_impl.h"

namespace dyad {

// TABARI's complexity filter (CoderOptions::complexity): the sentence's verb matches (one per trigger; the
// matches are the non-overlapping best ones) and its conjunctions outside a coordination of actors, counted
// before one verb per clause is kept, against the limits. A match right after an article is a noun to TABARI
// and no verb ("the promised aid", "an attack": the suite's COMPLEX-05 "should code rather than triggering
// complex"). A conjunction joins actors when the chunks right before and after it are of one group
// ("Ithilen and Dagolath", "the Ithilen and the Dagolath").
bool Coder::Impl::TooComplex() const {
  const CoderOptions::Complexity& limit = options.complexity;
  if (limit.verbs == 0 && limit.conjunctions == 0) return false;
  if (limit.verbs != 0) {
    uint32_t verbs = 0;
    for (const VerbMatch& m : analysis.matches) {
      const std::string_view before = m.trigger_begin > 0 ? analysis.Folded(m.trigger_begin - 1) : "";
      verbs += before != "the" && before != "a" && before != "an";
    }
    if (verbs >= limit.verbs) return true;
  }
  if (limit.conjunctions == 0) return false;
  uint32_t conjunctions = 0;
  const uint32_t n = static_cast<uint32_t>(analysis.tokens.size());
  for (uint32_t i = 0; i < n; ++i) {
    const std::string_view w = analysis.Folded(i);
    if (w != "and" && w != "or" && w != "but") continue;
    int32_t before = -1, after = -1;
    for (size_t c = 0; c < analysis.chunks.size(); ++c) {
      const ActorChunk& chunk = analysis.chunks[c];
      if (chunk.end == i || (chunk.end + 1 == i && analysis.Folded(chunk.end) == ","))
        before = static_cast<int32_t>(c);
      if (chunk.begin == i + 1 ||
          (chunk.begin == i + 2 && (analysis.Folded(i + 1) == "the" || analysis.Folded(i + 1) == "a")))
        after = static_cast<int32_t>(c);
    }
    const bool compound =
        before >= 0 && after >= 0 && analysis.chunks[before].group == analysis.chunks[after].group;
    if (!compound && ++conjunctions >= limit.conjunctions) return true;
  }
  return false;
}

const CoderOptions::CompoundPattern* Coder::Impl::CompoundPatternOf(const EntryView& verb) const {
  for (const CoderOptions::CompoundPattern& p : options.compound_patterns)
    if (p.line == verb.line && p.file == verb.file) return &p;
  return nullptr;
}

// The group of the actor nearest to the matched words on the marker's side, in their clause, when it
// coordinates at least two actors ("Mordor with Fornost and Gondor welcomed": Fornost and Gondor).
bool Coder::Impl::CompoundAtMarker(const VerbMatch& match, bool after_verb,
                                   std::vector<int32_t>* members) const {
  members->clear();
  const uint32_t clause = analysis.tokens[match.trigger_begin].clause;
  int32_t nearest = -1;
  for (size_t c = 0; c < analysis.chunks.size(); ++c) {
    const ActorChunk& chunk = analysis.chunks[c];
    if (analysis.tokens[chunk.begin].clause != clause) continue;
    if (!after_verb && chunk.end <= match.trigger_begin) nearest = static_cast<int32_t>(c);
    if (after_verb && chunk.begin >= match.trigger_end) {
      nearest = static_cast<int32_t>(c);
      break;
    }
  }
  GroupMembers(nearest, members);
  if (members->size() < 2) members->clear();
  return !members->empty();
}

// TABARI codes a '%' pattern within the group at its marker whatever the verb's other actors; PETRARCH-1
// (the unit suite's COMPOUND-42, DEMO-25) keeps the roles' actor on the other side of the verb when there is
// one, and codes within the group only when there is none ("Fornost and Gondor agree that ...").
bool Coder::Impl::CompoundPatternActors(const VerbMatch& match, const CoderOptions::CompoundPattern& compound,
                                        bool* reciprocal) {
  std::vector<int32_t>* at_marker = compound.after_verb ? &target_members : &source_members;
  const std::vector<int32_t>& other_side = compound.after_verb ? source_members : target_members;
  if (options.compound_pattern_keeps_roles && !other_side.empty())
    return CompoundAtMarker(match, compound.after_verb, at_marker);
  if (!CompoundAtMarker(match, compound.after_verb, &source_members)) return false;
  target_members = source_members;
  *reciprocal = true;
  return true;
}

// A bare '%' pattern ("POSTPONE - % * [120]": the verb and the marker, no other word) is the verb's reading
// whenever the coordinated actors stand at its marker, over the verb's longer patterns ("Gondor and
// Osgiliath have postponed their meeting" is their postponement, 120, not "* MEET" 161): the compound is
// the pattern's condition, as specific as a word. The match keeps its trigger word; the longer pattern's
// other words are no longer part of it. Only '%' patterns whose phrase has no slot are taken.
void Coder::Impl::PreferCompoundPatterns() {
  const CompiledDictionary& dict = dictionary->compiled();
  const EntryTable entries = dict.entries();
  std::vector<int32_t> members;
  for (VerbMatch& match : analysis.matches) {
    if (CompoundPatternOf(entries[dict.pattern(match.pattern).entry]) != nullptr) continue;
    const TokenView& trigger = analysis.tokens[match.trigger_begin];
    if (trigger.lemma == kNoWord) continue;
    auto [begin, end] = dict.PatternsAnchoredAt(trigger.lemma);
    for (const uint32_t* p = begin; p != end; ++p) {
      const VerbPattern& bare = dict.pattern(*p);
      if (bare.required_words != 1 || bare.source_before != 0 || bare.target_before != 0 ||
          bare.elements_end - bare.elements_begin != 1)
        continue;
      const CoderOptions::CompoundPattern* compound = CompoundPatternOf(entries[bare.entry]);
      if (compound == nullptr) continue;
      VerbMatch candidate = match;
      candidate.pattern = *p;
      candidate.trigger_end = match.trigger_begin + 1;
      candidate.target_chunk = candidate.source_chunk = -1;
      if (!CompoundAtMarker(candidate, compound->after_verb, &members)) continue;
      match = candidate;
      break;
    }
  }
}

// TABARI's compound actor codes ("THE_SHIRE [FRO/BIL/SAM]", src/dictionary/tabari_actors.cc): an actor of
// such a code is each of its parts, so an event of it is one event per part (and per part of a compound on
// the other side), none between an actor and itself. Rewrites the events from `first` on; no dictionary
// but a TABARI actor file has such codes.
void SplitCompoundCodes(size_t first, std::vector<Event>* events) {
  auto parts = [](const EventActor& actor) {
    std::vector<EventActor> out;
    std::string_view code = actor.code;
    if (code.find('/') == std::string_view::npos) return std::vector<EventActor>{actor};
    while (true) {
      const size_t slash = code.find('/');
      EventActor part = actor;
      part.code = std::string(code.substr(0, slash));
      part.country = part.code.size() == 3 ? part.code : std::string();
      part.sectors.clear();
      out.push_back(std::move(part));
      if (slash == std::string_view::npos) break;
      code.remove_prefix(slash + 1);
    }
    return out;
  };
  size_t k = first;
  while (k < events->size()) {
    const Event& ev = (*events)[k];
    if (ev.source.code.find('/') == std::string::npos && ev.target.code.find('/') == std::string::npos) {
      ++k;
      continue;
    }
    std::vector<Event> split;
    for (const EventActor& source : parts(ev.source)) {
      for (const EventActor& target : parts(ev.target)) {
        if (!source.code.empty() && source.code == target.code) continue;
        Event e = ev;
        e.source = source;
        e.target = target;
        split.push_back(std::move(e));
      }
    }
    events->erase(events->begin() + static_cast<std::ptrdiff_t>(k));
    events->insert(events->begin() + static_cast<std::ptrdiff_t>(k), split.begin(), split.end());
    k += split.size();
  }
}

// TABARI's SET: CODE ALL (CoderOptions::code_all_verbs). The sentence's first coded act is its first event
// (`sentence_first_event`) with the events of the same code and trigger (one per source and target; not its
// paired events). Every match after its trigger that made no event of its own, whether the one-verb rule
// dropped it or it found no actors ("crowds burned down"), is coded with that act's sources and targets and
// its own code, evidence and rule. Negative patterns ("-") code nothing; an act already coded in the document
// with the same actors and code is not repeated.
void Coder::Impl::CodeAllVerbs(size_t sentence_first_event, std::vector<Event>* events) const {
  if (sentence_first_event >= events->size()) return;
  const CompiledDictionary& dict = dictionary->compiled();
  const EntryTable entries = dict.entries();
  const size_t first_end = events->size();
  const uint32_t first_trigger_start = (*events)[sentence_first_event].trigger_start;
  const uint32_t first_trigger_end = (*events)[sentence_first_event].trigger_end;
  const std::string first_code = (*events)[sentence_first_event].cameo;
  for (const VerbMatch& f : all_matches) {
    const uint32_t start = analysis.tokens[f.trigger_begin].start;
    if (start < first_trigger_end) continue;
    bool coded = false;
    for (size_t k = sentence_first_event; k < events->size() && !coded; ++k)
      coded = (*events)[k].trigger_start == start;
    if (coded) continue;
    const VerbPattern& pattern = dict.pattern(f.pattern);
    const EntryView verb = entries[pattern.entry];
    if (verb.code == "-") continue;
    for (size_t e = sentence_first_event; e < first_end; ++e) {
      const Event& model = (*events)[e];
      if (model.trigger_start != first_trigger_start || model.cameo != first_code) continue;
      bool duplicate = false;
      for (size_t k = document_first_event; k < events->size() && !duplicate; ++k) {
        const Event& o = (*events)[k];
        duplicate =
            o.cameo == verb.code && o.source.code == model.source.code && o.target.code == model.target.code;
      }
      if (duplicate) continue;
      Event ev = Recoded(model, verb.code, *dictionary);
      ev.trigger_start = start;
      ev.trigger_end = analysis.tokens[f.trigger_end - 1].end;
      // The sentence starts at current_sentence_start in the document; the trigger is inside it.
      ev.trigger =
          ev.sentence.substr(ev.trigger_start - current_sentence_start, ev.trigger_end - ev.trigger_start);
      if (options.explain)
        ev.rule = std::string(verb.file) + ":" + std::to_string(verb.line) + " verb " +
                  std::string(verb.code) + " '" + std::string(verb.phrases[pattern.phrase]) +
                  "' (code all: the actors of " + first_code + ")";
      const bool paired = options.paired_events && !verb.paired_code.empty();
      events->push_back(std::move(ev));
      if (paired) events->push_back(PairedEvent(events->back(), verb.paired_code, *dictionary));
    }
  }
}

}  // namespace dyad
