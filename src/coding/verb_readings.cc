// Readings of single words around a verb pattern's anchor (verb_readings.h): a modifier the tagger sees, and
// the month of a date; TABARI's readings of its patterns. Split from verbs.cc.
#include "coding/verb_readings.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace dyad {
namespace {

// A day of the month as written beside its month: "31", "3", "31st", "2nd".
bool IsDayNumber(std::string_view w) {
  size_t digits = 0;
  while (digits < w.size() && w[digits] >= '0' && w[digits] <= '9') ++digits;
  if (digits == 0 || digits > 2) return false;
  const std::string_view suffix = w.substr(digits);
  if (!(suffix.empty() || suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th")) return false;
  const int day = digits == 1 ? w[0] - '0' : (w[0] - '0') * 10 + (w[1] - '0');
  return day >= 1 && day <= 31;
}

bool IsYear(std::string_view w) {
  return w.size() == 4 && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
         (w[0] == '1' || w[0] == '2');
}

}  // namespace

// A one-word trigger that the tagger reads as a modifier inside a noun phrase rather than as a predicate or
// an event noun: after a determiner, possessive or number, an adjective ("the accused men"), or a participle
// or noun followed by the noun it modifies ("the detained protesters", "a protest march", "an arrest
// warrant"). The determiner is required because the tagger's guesses for unknown words are adjectives and
// nouns ("will deplore"/JJ, "might affirm"/NN); a verb after a modal, "to" or a subject is never taken for a
// modifier. It also keeps the tagging cheap: only sentences where MayOpenModifier holds before a one-word
// trigger are tagged (coder.cc). Longer triggers are phrases the dictionary wrote as such and stand.
bool ModifierReading(const SentenceAnalysis& a, const VerbMatch& m) {
  if (m.trigger_end != m.trigger_begin + 1) return false;
  const uint32_t i = m.trigger_begin;
  if (i == 0) return false;
  const PosTag prev = a.tags[i - 1];
  if (!(prev == PosTag::kDT || prev == PosTag::kPRPS || prev == PosTag::kPOS || prev == PosTag::kCD))
    return false;
  const PosTag tag = a.tags[i];
  if (IsAdjective(tag)) return true;
  if (i + 1 >= a.tokens.size()) return false;
  const PosTag next = a.tags[i + 1];
  if (next != PosTag::kNN && next != PosTag::kNNS) return false;
  return tag == PosTag::kNN || tag == PosTag::kNNS || tag == PosTag::kVBG || tag == PosTag::kVBN;
}

// A month name that a date writes ("on 31 March", "March 3", "March 2004", "the 26 March match"): no verb or
// event noun, whatever patterns its word anchors ("march", a protest). Capitalised, a day number before it or
// a day or year after it suffices; in lower-cased text ("on 31 march") the day needs a preposition before it
// or a year after the month, since "30 march on parliament" may be a headline's count of marchers.
bool IsDateMonth(const SentenceAnalysis& a, uint32_t i) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  if (!OneOf(a.Folded(i), kMonths)) return false;
  const bool capitalized = (a.tokens[i].flags & kFlagCapitalized) != 0;
  const bool year_after = i + 1 < a.tokens.size() && IsYear(a.Folded(i + 1));
  const bool day_after = i + 1 < a.tokens.size() && IsDayNumber(a.Folded(i + 1));
  const bool day_before = i > 0 && IsDayNumber(a.Folded(i - 1));
  if (capitalized) return year_after || day_after || day_before;
  if (year_after) return true;
  if (!day_before || i < 2) return false;
  const std::string_view opener = a.Folded(i - 2);
  return opener == "on" || opener == "of" || opener == "since" || opener == "until" || opener == "till" ||
         opener == "from" || opener == "by" || opener == "before" || opener == "after" || opener == "to";
}

bool MayOpenModifier(const SentenceAnalysis& a, uint32_t i) {
  // Determiners (DT), possessive pronouns (PRP$) and possessive endings (POS) as the tagger's lexicon has
  // them, and numbers (CD): every word the tagger can give one of the tags ModifierReading needs.
  static constexpr std::array<std::string_view, 33> kOpeners = {
      "the",  "a",     "an",    "this",    "that",    "these",   "those",  "all",     "any",
      "each", "every", "some",  "no",      "another", "both",    "either", "neither", "half",
      "its",  "their", "his",   "her",     "our",     "my",      "your",   "'s",      "'",
      "one",  "two",   "three", "several", "dozens",  "hundreds"};
  const std::string_view w = a.Folded(i);
  if (!w.empty() && w[0] >= '0' && w[0] <= '9') return true;
  return OneOf(w, kOpeners) || w.ends_with("teen") || w.ends_with("ty") || w == "four" || w == "five" ||
         w == "six" || w == "seven" || w == "eight" || w == "nine" || w == "ten" || w == "eleven" ||
         w == "twelve" || w == "hundred" || w == "thousand" || w == "million" || w == "billion";
}

bool TagsMayChangeMatches(const SentenceAnalysis& a) {
  for (const VerbMatch& m : a.matches)
    if (m.trigger_end == m.trigger_begin + 1 && m.trigger_begin > 0 &&
        MayOpenModifier(a, m.trigger_begin - 1))
      return true;
  return false;
}

bool AnchorIsAVerb(const CompiledDictionary& dict, WordId lemma) {
  auto [begin, end] = dict.PatternsAnchoredAt(lemma);
  for (const uint32_t* p = begin; p != end; ++p) {
    const VerbPattern& v = dict.pattern(*p);
    if (v.elements_end - v.elements_begin == 1) return true;
  }
  return false;
}

int32_t NextChunk(const SentenceAnalysis& a, uint32_t pos, uint16_t clause) {
  for (uint32_t i = pos; i < a.tokens.size() && a.tokens[i].clause == clause; ++i)
    if (a.tokens[i].chunk >= 0) return a.tokens[i].chunk;
  return -1;
}

int32_t LastOfGroup(const SentenceAnalysis& a, int32_t chunk) {
  const int32_t group = a.chunks[chunk].group;
  while (group >= 0 && static_cast<size_t>(chunk) + 1 < a.chunks.size() && a.chunks[chunk + 1].group == group)
    ++chunk;
  return chunk;
}

int32_t ChunkBeforeGroup(const SentenceAnalysis& a, int32_t chunk, uint16_t clause) {
  const int32_t group = a.chunks[chunk].group;
  while (group >= 0 && chunk > 0 && a.chunks[chunk - 1].group == group) --chunk;
  if (chunk == 0 || a.tokens[a.chunks[chunk - 1].begin].clause != clause) return -1;
  return chunk - 1;
}

int32_t NearestGroupBefore(const SentenceAnalysis& a, uint32_t anchor, uint16_t clause) {
  for (uint32_t i = anchor; i-- > 0 && a.tokens[i].clause == clause;) {
    if (a.tokens[i].chunk < 0) continue;
    int32_t first = a.tokens[i].chunk;
    const int32_t group = a.chunks[first].group;
    while (group >= 0 && first > 0 && a.chunks[first - 1].group == group) --first;
    return first;
  }
  return -1;
}

void TabariTargets(const CompiledDictionary& dict, const SentenceAnalysis& a, const VerbPattern& p,
                   bool target_slot, int32_t skipped_chunk, VerbMatch* match) {
  const uint32_t anchor = match->trigger_begin;
  const uint16_t clause = a.tokens[anchor].clause;
  // TABARI's '+' before the words names the target there, as its '$' the source: "Gollum was seen to break
  // in Gondor" under "+ * IN_ $" is Gollum, whatever verb group stands between (the roles take only a slot
  // that its verb group alone separates from the anchor). Not when the matched words hold a form of "be"
  // ("+ WAS * DEAD"): that pattern spells a passive, whose voice the roles read.
  if (p.target_before && anchor > 0 && match->target_chunk < 0) {
    bool be_form = false;
    for (uint32_t i = anchor; i < match->trigger_end && !be_form; ++i) be_form = OneOf(a.Folded(i), kBeForms);
    if (!be_form) match->target_chunk = NearestGroupBefore(a, anchor, clause);
  }
  // Words of a pattern after an actor's possessive ("Gondor's planes attacked Osgiliath" under "PLANES_*",
  // "Eriador's death toll has risen in the dispute with Osgiliath" under "DEATH TOLL RISEN"): the roles read
  // the first word as an event noun, whose target would follow "on" or "against"; TABARI's pattern is a verb
  // phrase, whose target is the first actor after it.
  if (!target_slot && match->target_chunk < 0 && match->trigger_end > anchor + 1 && anchor > 0 &&
      a.Folded(anchor - 1) == "'s")
    match->target_chunk = NextChunk(a, match->trigger_end, clause);
  // TABARI's target is the first actor after the verb, also when it stands inside the matched words ("allowed
  // that Mordor isn't a really pleasant place" under "* REAL~_PLEASANT"), where the roles do not look. Only
  // when the anchor is the verb: the converted pattern does not keep TABARI's '*', so the anchor counts as
  // the verb when it anchors a one-word pattern of its own ("ALLOW"), and not when it is a word written
  // before the verb ("SUGGESTED * APPLY", whose skipped actor stands before the verb), unless no actor
  // follows the matched words in the clause: then the skipped actor is the only one left to take ("was
  // Gondor for Eriador warning next week" under "$ ^ FOR *": Eriador).
  if (skipped_chunk >= 0 && !target_slot && !match->passive && skipped_chunk != match->source_chunk &&
      (AnchorIsAVerb(dict, dict.pattern_elements()[p.anchor].lemma) ||
       NextChunk(a, match->trigger_end, clause) < 0))
    match->target_chunk = skipped_chunk;
}

uint32_t PatternLetters(const CompiledDictionary& dict, const VerbPattern& p) {
  uint32_t letters = 0;
  for (uint32_t k = p.elements_begin; k < p.elements_end; ++k) {
    const PatternElement& e = dict.pattern_elements()[k];
    if (e.kind == PatternElementKind::kWord)
      letters += static_cast<uint32_t>(dict.lemmas().word(e.lemma).size());
  }
  return letters;
}

}  // namespace dyad
