// Verb pattern matching.
//
// Every token outside an actor chunk whose lemma anchors some pattern is tried against those patterns. Words
// match by lemma; up to kMaxGap modifier words may sit between two pattern words ("held bilateral talks
// with"), up to kMaxNounPhraseGap when they are one noun phrase's modifiers ("signed an 800 million ducat
// trade protocol"), none when the pattern joins the two with '_' ("new_economic_relations"); a slot takes
// the actor chunk that starts there, after at most kMaxSlotSkip determiners or adjectives ("praised the
// Kazakh government"). A TABARI stem ("real~_pleasant", kElementStem) matches any word that begins with it,
// an exact word ("resolution_", kElementExact) only itself as written, and the skip ('^', kSkip, TABARI's and
// PETRARCH's) steps over the next actor and those coordinated with it, the slot after it taking the clause's
// next actor;
// under CoderOptions::unbounded_pattern_gaps (TABARI's reading, suites only) a gap between unjoined words may
// hold any words of the clause, and a slot takes the clause's next actor wherever it stands. Among
// overlapping matches the one with more required words wins, then (TABARI dictionaries) the one with more
// letters, then one with a slot before the verb, then the more specific (longer) code, then the earlier one.
// With part-of-speech tags, a one-word trigger that the tagger reads as a modifier inside a noun phrase ("the
// detained protesters") is no match.
#include <algorithm>
#include <array>
#include <span>

#include "coding/roles.h"
#include "coding/sentence.h"
#include "coding/verb_readings.h"

namespace dyad {
namespace {

constexpr uint32_t kMaxGap = 2;
// A longer gap is allowed only over a noun phrase's own modifiers (TryPattern).
constexpr uint32_t kMaxNounPhraseGap = 5;
// Words of a verb group, never a noun phrase's modifiers: auxiliaries, modals, negations, pronouns.
constexpr std::array<std::string_view, 32> kVerbGroupWords = {
    "is",   "are", "was",   "were",  "be",    "been",   "being", "has",   "have", "had",   "do",
    "does", "did", "will",  "would", "shall", "should", "can",   "could", "may",  "might", "must",
    "not",  "n't", "never", "he",    "she",   "it",     "they",  "we",    "i",    "you"};
bool IsVerbGroupWord(std::string_view w) { return OneOf(w, kVerbGroupWords) || IsNegativeContraction(w); }
constexpr uint32_t kMaxSlotSkip = 3;
// Words that open an embedded clause: an actor after them is that clause's subject, not the verb's object.
constexpr std::array<std::string_view, 9> kClauseOpeners = {"how",     "what", "why",  "when", "where",
                                                            "whether", "if",   "that", "who"};

// Adverbs without "-ly" that stand inside a verb group ("were later released", "were all arrested").
constexpr std::array<std::string_view, 15> kAdverbs = {
    "also",  "reportedly", "allegedly", "later", "previously", "recently", "then", "already",
    "again", "soon",       "first",     "even",  "just",       "all",      "both"};

// Pattern words may match a bare sector noun ("deploy troops", "military aid", "expel the ambassador"): such
// a chunk names no one in particular. Chunks with a country or a named actor are never pattern words, nor is
// a capitalised word inside a chunk after its first word: it is part of a name ("Islamic State" is no
// "state", "the Peace Corps" no "corps").
bool Matchable(const SentenceAnalysis& a, uint32_t i) {
  int32_t chunk = a.tokens[i].chunk;
  if (chunk < 0) return true;
  const ActorChunk& c = a.chunks[chunk];
  if (c.actor_entry >= 0 || c.country_entry >= 0) return false;
  return i == c.begin || !(a.tokens[i].flags & kFlagCapitalized);
}

bool IsPlainWord(const SentenceAnalysis& a, uint32_t i) {
  const TokenView& t = a.tokens[i];
  return (t.flags & kFlagWord) && Matchable(a, i);
}

// True when word token `i` begins with the stem that a kElementStem element names (TABARI's "REAL~_": "real",
// "really"). Only stem elements ask: dyad's own patterns have none.
bool StemMatches(const CompiledDictionary& dict, const SentenceAnalysis& a, uint32_t i, WordId stem) {
  return (a.tokens[i].flags & kFlagWord) && a.Folded(i).starts_with(dict.lemmas().word(stem));
}

// True when word token `i` is written as the exact word a kElementExact element names (TABARI's
// "RESOLUTION_": "resolution", not "resolutions").
bool ExactMatches(const CompiledDictionary& dict, const SentenceAnalysis& a, uint32_t i, WordId word) {
  return (a.tokens[i].flags & kFlagWord) && a.Folded(i) == dict.lemmas().word(word);
}

// True when lower-case word token `i` inside an actor chunk may be a word of dictionary entry `entry`'s
// pattern: only a negative pattern's ('-' without a paired code) may take it. Its words often run into the
// chunk that names the firm or body they describe ("US phone company Qwest", "the US long-distance phone
// firm", where "company" and "firm" open the actor's chunk): the negative must still win over the shorter
// event pattern ("phone +"), which would make a call of the actor's description. Asked only when the lemma
// matched and Matchable refused, so the entry is looked up rarely.
[[gnu::noinline]] bool NegativeWordInChunk(const CompiledDictionary& dict, const SentenceAnalysis& a,
                                           uint32_t i, uint32_t entry) {
  if (a.tokens[i].chunk < 0 || (a.tokens[i].flags & kFlagCapitalized)) return false;
  const EntryView v = dict.entry(entry);
  return v.code == "-" && v.paired_code.empty();
}

// True when token `i` is pattern word `e` of dictionary entry `entry`'s pattern: its lemma, for a stem its
// beginning, for an exact word the word. On the common path one flag test is added to the lemma test: dyad's
// own patterns have neither kind.
inline bool WordMatches(const CompiledDictionary& dict, const SentenceAnalysis& a, uint32_t i,
                        const PatternElement& e, uint32_t entry) {
  if (a.tokens[i].lemma == e.lemma && !(e.flags & kElementExact))
    return Matchable(a, i) || NegativeWordInChunk(dict, a, i, entry);
  if (!(e.flags & (kElementStem | kElementExact))) return false;
  return ((e.flags & kElementStem) ? StemMatches(dict, a, i, e.lemma) : ExactMatches(dict, a, i, e.lemma)) &&
         Matchable(a, i);
}

// The chunk that a slot at token `pos` takes, skipping a few lower-case modifiers; -1 when none.
int32_t SlotChunk(const SentenceAnalysis& a, uint32_t pos, uint16_t clause) {
  for (uint32_t skipped = 0; pos < a.tokens.size() && skipped <= kMaxSlotSkip; ++pos, ++skipped) {
    const TokenView& t = a.tokens[pos];
    if (t.clause != clause) return -1;
    if (t.chunk >= 0) return a.chunks[t.chunk].begin == pos ? t.chunk : -1;
    bool modifier = (t.flags & kFlagWord) && !(t.flags & kFlagCapitalized) && a.Folded(pos) != "and" &&
                    !IsPreposition(a.Folded(pos)) && !OneOf(a.Folded(pos), kClauseOpeners);
    if (!modifier && a.Folded(pos) != "'s") return -1;
  }
  return -1;
}

bool IsNumber(const SentenceAnalysis& a, uint32_t i) {
  const std::string_view w = a.Folded(i);
  return !w.empty() && w[0] >= '0' && w[0] <= '9';
}

// Words naming a time that may sit inside a verb group: "were on wednesday taken into custody", "was on
// monday night arrested", "were last week detained", "were today remanded".
constexpr std::array<std::string_view, 31> kTimeWords = {
    "monday",    "tuesday",   "wednesday", "thursday",  "friday",  "saturday", "sunday",   "today",
    "tonight",   "yesterday", "morning",   "afternoon", "evening", "night",    "midnight", "week",
    "january",   "february",  "march",     "april",     "may",     "june",     "july",     "august",
    "september", "october",   "november",  "december",  "weekend", "day",      "month"};
// Words that open a time phrase before the time word: "on wednesday", "last week", "late on monday".
constexpr std::array<std::string_view, 5> kTimeOpeners = {"on", "last", "this", "late", "early"};
// How far back from a participle its "be" may stand: "were on tuesday night also taken".
constexpr int kMaxPassiveSkip = 5;

// A past participle after a form of "be", with adverbs ("was reportedly shot", "were later released") and
// time phrases ("were on wednesday taken into custody", "were on march 3 detained") allowed between.
// Inlined into both callers (FindVerbMatches, TryStemAnchors), as the matcher had it before the second.
[[gnu::always_inline]] inline bool IsPassive(const SentenceAnalysis& a, uint32_t anchor) {
  std::string_view w = a.Folded(anchor);
  if (w.size() < 3 || w.ends_with("ing") || w.ends_with("s")) return false;
  uint32_t i = anchor;
  bool time_after = false;  // the token after i is part of a time phrase
  for (int steps = 0; i > 0 && steps < kMaxPassiveSkip; ++steps) {
    --i;
    std::string_view prev = a.Folded(i);
    if (OneOf(prev, kBeForms)) return true;
    // A number is a date's day only after a month or an opener ("on march 3", "on 3 march").
    const bool day = IsNumber(a, i) && i > 0 &&
                     (OneOf(a.Folded(i - 1), kTimeWords) || OneOf(a.Folded(i - 1), kTimeOpeners));
    if (OneOf(prev, kTimeWords) || day || (time_after && OneOf(prev, kTimeOpeners))) {
      time_after = true;
      continue;
    }
    time_after = false;
    if (!OneOf(prev, kAdverbs) && !prev.ends_with("ly")) return false;
  }
  return false;
}

// True when `lemma` occurs in tokens [from, to): a long gap is worth checking only then (integer compares
// before any string work).
bool LemmaAhead(const SentenceAnalysis& a, WordId lemma, uint32_t from, uint32_t to) {
  to = std::min<uint32_t>(to, static_cast<uint32_t>(a.tokens.size()));
  for (uint32_t k = from; k < to; ++k)
    if (a.tokens[k].lemma == lemma) return true;
  return false;
}

// A count as a word: digits ("5,176") or a number word ("ten", "sixty-three", "hundreds").
bool IsCount(std::string_view w) {
  static constexpr std::array<std::string_view, 28> kCounts = {
      "one",    "two",     "three",    "four",     "five",      "six",     "seven",
      "eight",  "nine",    "ten",      "eleven",   "twelve",    "twenty",  "thirty",
      "forty",  "fifty",   "sixty",    "seventy",  "eighty",    "ninety",  "dozen",
      "dozens", "hundred", "hundreds", "thousand", "thousands", "million", "scores"};
  if (!w.empty() && w[0] >= '0' && w[0] <= '9') return true;
  if (w.ends_with("teen")) return true;
  const size_t hyphen = w.find('-');  // "sixty-three"
  return OneOf(hyphen == std::string_view::npos ? w : w.substr(0, hyphen), kCounts);
}

// A word that links or approximates counts and so belongs to a quantity, not to the clause: "fired 10 to 15
// rounds", "more than 3,900 rounds", "over 500 tear gas shells", "two or three rounds", "at least 40 rounds".
// It needs a count within two words after it.
bool QuantityLink(const SentenceAnalysis& a, uint32_t i) {
  static constexpr std::array<std::string_view, 12> kLinks = {
      "to", "than", "or", "more", "less", "fewer", "over", "about", "around", "nearly", "at", "least"};
  if (!OneOf(a.Folded(i), kLinks)) return false;
  const uint32_t n = static_cast<uint32_t>(a.tokens.size());
  return (i + 1 < n && IsCount(a.Folded(i + 1))) ||
         (i + 2 < n && OneOf(a.Folded(i + 1), kLinks) && IsCount(a.Folded(i + 2)));
}

// True when word token `i` is the verb of another clause or an infinitive, a word that anchors patterns of
// its own right after "to" (in its base form: "wants to help Gondor", "asked Arnor to aid Gondor") or after
// a subject pronoun or a modal ("said they will attack Gondor", "said it attacked Gondor"). A pattern word
// reached over a gap there names the verb's noun object ("wants help", "said the attack"), and the verb is
// another act: its own, which the intent and speech readings combine with the first ("wants to help" is an
// intent to help). A noun ("agreed to talks") is no base form, and a pattern that writes "to" matches it as
// its own word. Asked only when a pattern word matched after a gap. Subject pronouns and modals: what follows
// is their clause's verb. Not "be", "have" or "do": a passive pattern's participle or a noun ("had talks")
// may follow those.
constexpr std::array<std::string_view, 16> kPronounsAndModals = {
    "he",    "she",   "it",     "they", "we",    "i",   "you",   "will",
    "would", "shall", "should", "can",  "could", "may", "might", "must"};
bool VerbOfAnotherClause(const CompiledDictionary& dict, const SentenceAnalysis& a, uint32_t i) {
  if (i == 0) return false;
  const WordId lemma = a.tokens[i].lemma;
  const std::string_view before = a.Folded(i - 1);
  if (before == "to" ? a.Folded(i) != dict.lemmas().word(lemma) : !OneOf(before, kPronounsAndModals))
    return false;
  const auto [begin, end] = dict.PatternsAnchoredAt(lemma);
  return begin != end;
}

// Where the noun phrase opening at `start` ends for a long pattern gap: the first token after `start` that is
// no modifier of it (a preposition, conjunction, clause opener or verb-group word), or `start` itself when no
// determiner or number opens a phrase there. Memoised for one start: the patterns tried at one anchor ask
// about the same tokens, and this runs inside the pattern loop.
struct NounPhraseRun {
  uint32_t start = UINT32_MAX;
  uint32_t end = 0;

  uint32_t End(const SentenceAnalysis& a, uint32_t from) {
    if (from == start) return end;
    start = from;
    end = from;
    if (!MayOpenModifier(a, from) && !QuantityLink(a, from)) return end;
    const uint32_t limit =
        std::min<uint32_t>(static_cast<uint32_t>(a.tokens.size()), from + kMaxNounPhraseGap + 1);
    while (end < limit) {
      const std::string_view w = a.Folded(end);
      if ((IsPreposition(w) || w == "and" || w == "or" || OneOf(w, kClauseOpeners) || IsVerbGroupWord(w)) &&
          !QuantityLink(a, end))
        break;
      ++end;
    }
    return end;
  }
};

// The position after a hyphen written against the word before it ("anti- Gondor", "pro-"): a prefix's hyphen
// belongs to the pattern word ("ANTI- + *"), so the next element starts after it.
// Integer tests first: this runs for every matched pattern word.
inline uint32_t AfterAttachedHyphen(const SentenceAnalysis& a, uint32_t pos) {
  if (pos > 0 && pos < a.tokens.size() && a.tokens[pos].start == a.tokens[pos - 1].end &&
      a.tokens[pos].end == a.tokens[pos].start + 1 && a.Folded(pos) == "-")
    return pos + 1;
  return pos;
}

// A place phrase after an event noun that a '$' names ("police firing in a-division police station area of
// bharuch left two dead", "the army firing near the border killed"): the position of `lemma` after it, or
// `pos` when there is none. The phrase opens with a locative preposition right after the anchor and runs over
// at most kMaxPlacePhraseWords tokens (words of a name, its modifiers, "of" and its noun, quotes around
// them) that belong to no verb group, clause or other prepositional phrase. Not in a pattern's other gaps:
// elsewhere a preposition after the anchor opens the verb's own complement.
constexpr uint32_t kMaxPlacePhraseWords = 8;
uint32_t AfterPlacePhrase(const SentenceAnalysis& a, uint32_t pos, WordId lemma, uint16_t clause) {
  static constexpr std::array<std::string_view, 4> kLocatives = {"in", "at", "near", "outside"};
  const uint32_t n = static_cast<uint32_t>(a.tokens.size());
  if (pos >= n || !OneOf(a.Folded(pos), kLocatives)) return pos;
  for (uint32_t i = pos + 1; i < n && i <= pos + kMaxPlacePhraseWords; ++i) {
    const TokenView& t = a.tokens[i];
    if (t.clause != clause) break;
    if (t.lemma == lemma && i > pos + 1 && Matchable(a, i)) return i;
    const std::string_view w = a.Folded(i);
    if (w == "'" || w == "\"") continue;  // quotes around a name: "in ''a'' division police station area"
    if (!(t.flags & kFlagWord) || (IsPreposition(w) && w != "of") || w == "and" || w == "or" ||
        OneOf(w, kClauseOpeners) || IsVerbGroupWord(w))
      break;
  }
  return pos;
}

// Tries pattern `p` anchored at token `anchor` (`passive`: IsPassive there, computed once per anchor); fills
// `match` and returns true when it matches.
// Inlined into both callers: it is the matcher's inner loop (callgrind: a call costs ~3% of a news run).
[[gnu::always_inline]] inline bool TryPattern(const CompiledDictionary& dict, const SentenceAnalysis& a,
                                              uint32_t pattern_index, uint32_t anchor, bool passive,
                                              bool unbounded_gaps, NounPhraseRun* run, VerbMatch* match) {
  const VerbPattern& p = dict.pattern(pattern_index);
  const PatternElement* el = dict.pattern_elements();
  const uint16_t clause = a.tokens[anchor].clause;
  const uint32_t n = static_cast<uint32_t>(a.tokens.size());
  *match = VerbMatch{};
  match->pattern = pattern_index;
  match->trigger_begin = anchor;
  match->trigger_end = anchor + 1;
  match->passive = passive;
  // A '$' written right before the anchor ("$ firing claim lives") takes the actor chunk that ends there
  // wherever the phrase stands, also as a prepositional object ("an inquiry into the police firing that left
  // one dead"); when no chunk ends there, the roles give the clause subject.
  if (p.source_before && anchor > 0) {
    const int32_t c = a.tokens[anchor - 1].chunk;
    if (c >= 0 && a.chunks[c].end == anchor && a.tokens[anchor - 1].clause == clause) {
      // "$ ^ FOR *": the actor that ends at the anchor is skipped (TABARI files only).
      match->source_chunk = p.anchor > p.elements_begin && el[p.anchor - 1].kind == PatternElementKind::kSkip
                                ? ChunkBeforeGroup(a, c, clause)
                                : c;
    } else if (unbounded_gaps) {
      // TABARI's '$': "Mordor et Arnor will be hosting" under "$ HOSTING" is Arnor's act.
      match->source_chunk = NearestGroupBefore(a, anchor, clause);
    }
  }
  uint32_t pos = AfterAttachedHyphen(a, anchor + 1);
  bool after_slot = false;
  int32_t skipped_chunk = -1;  // the first actor chunk an unbounded gap skipped
  bool target_slot = false;
  bool after_skip = false;  // the previous element skipped an actor
  for (uint32_t k = p.anchor + 1; k < p.elements_end; ++k) {
    const PatternElement& e = el[k];
    switch (e.kind) {
      case PatternElementKind::kWord: {
        // Modifiers sit between verb and particle ("held bilateral talks with"), not after the slot's actor:
        // "accused Russia of", "urged Kazakhstan to", nor before a word joined to the previous one with '_'
        // (kElementAdjacent: "new_economic_relations" refuses "new global economic relations").
        const uint32_t max_gap = after_slot || (e.flags & kElementAdjacent) ? 0 : kMaxGap;
        after_slot = false;
        after_skip = false;
        // After "to" only a determiner, possessive or number may intervene: any other word there is the
        // infinitive's own verb, which changes the act ("agreed to lift the sanctions" is not "agreed to
        // sanctions").
        const bool after_to = pos > 0 && a.Folded(pos - 1) == "to";
        // The word after a '$'-named event noun may follow the place where it happened (AfterPlacePhrase).
        if (p.source_before && k == p.anchor + 1 && max_gap != 0)
          pos = AfterPlacePhrase(a, pos, e.lemma, clause);
        bool found = false;
        if (unbounded_gaps && max_gap != 0) {
          // TABARI's reading (CoderOptions::unbounded_pattern_gaps): the word's first occurrence in the
          // rest of the clause, whatever stands between.
          for (uint32_t i = pos; i < n && a.tokens[i].clause == clause; ++i) {
            if (WordMatches(dict, a, i, e, p.entry)) {
              pos = AfterAttachedHyphen(a, i + 1);
              found = true;
              break;
            }
            if (skipped_chunk < 0 && a.tokens[i].chunk >= 0) skipped_chunk = a.tokens[i].chunk;
          }
          if (!found) return false;
          match->trigger_end = pos;
          break;
        }
        // Beyond kMaxGap only a noun phrase's own modifiers: it opens with a determiner or number, and no
        // skipped word ends it or belongs to a verb group ("signed an 800 million ducat trade protocol", not
        // "said he would not provide support", nor "violated the ceasefire on the border with"). Checked
        // only once a gap grows that long: this loop runs for every pattern tried.
        const uint32_t start = pos;
        for (uint32_t gap = 0; gap <= (max_gap == 0 ? 0 : kMaxNounPhraseGap) && pos + gap < n; ++gap) {
          uint32_t i = pos + gap;
          if (a.tokens[i].clause != clause) break;
          if (WordMatches(dict, a, i, e, p.entry)) {
            if (i > start && VerbOfAnotherClause(dict, a, i)) break;
            pos = AfterAttachedHyphen(a, i + 1);
            found = true;
            break;
          }
          if (!(IsPlainWord(a, i) || (IsNumber(a, i) && Matchable(a, i))) ||
              (after_to && !MayOpenModifier(a, i)))
            break;
          if (gap < max_gap) continue;
          if (max_gap == 0 || !LemmaAhead(a, e.lemma, i + 1, start + kMaxNounPhraseGap + 1) ||
              i >= run->End(a, start))
            break;
        }
        if (!found) return false;
        match->trigger_end = pos;
        break;
      }
      case PatternElementKind::kOptionalWord:
        if (pos < n && a.tokens[pos].lemma == e.lemma) {
          ++pos;
          match->trigger_end = pos;
        }
        break;
      case PatternElementKind::kTarget:
      case PatternElementKind::kSource: {
        // TABARI's slot is the next actor of the clause, wherever it stands: after a skip ("warned at Gondor
        // of the Prince of Dol Amroth" under "* AT ^ +"), after a preposition ("have been warned of the
        // Prince of Dol Amroth" under "NOW + HAVE BEEN * $ RECENT"). dyad's slot takes the actor right there.
        // After a skip the slot is the next actor of the clause too: the skipped noun phrase may run on
        // past dyad's actor chunk ("with the leaders of Gondor" under PETRARCH's "IN ^ +").
        int32_t chunk = unbounded_gaps || after_skip ? NextChunk(a, pos, clause) : SlotChunk(a, pos, clause);
        after_skip = false;
        if (chunk < 0) {
          // In the passive the target is the subject, so an empty object slot is expected.
          if (e.kind == PatternElementKind::kTarget && match->passive) break;
          return false;
        }
        (e.kind == PatternElementKind::kTarget ? match->target_chunk : match->source_chunk) = chunk;
        target_slot |= e.kind == PatternElementKind::kTarget;
        pos = a.chunks[chunk].end;
        after_slot = true;
        break;
      }
      case PatternElementKind::kSkip: {
        // TABARI's '^': the next actor and those coordinated with it play no part. Under TABARI's reading it
        // may stand anywhere ahead in the clause and the next word may follow it at any distance ("hosting
        // Osgiliath to celebrate" under "HOSTING ^ CELEBRATE"); otherwise it stands where a slot would.
        int32_t chunk = unbounded_gaps ? NextChunk(a, pos, clause) : SlotChunk(a, pos, clause);
        if (chunk < 0) {
          if (unbounded_gaps) return false;
          // PETRARCH's '^' skips a noun phrase of its parse, an actor or not ("warned their populations
          // about" under "* THEIR ^ ABOUT +"): with no actor there the skip is a gap before the next word.
          break;
        }
        pos = a.chunks[LastOfGroup(a, chunk)].end;
        after_skip = true;
        // The skipped actors belong to the matched words: no later reading takes them for the act's place or
        // object (TakePlaceTargets, the roles' target after the match).
        match->trigger_end = pos;
        // PETRARCH's '^' covers the noun phrase the actor stands in ("their Ent populations about" under
        // "* THEIR ^ ABOUT +"), which may run on past dyad's chunk: the next word may follow a short gap.
        after_slot = false;
        break;
      }
    }
  }
  // A pattern written in the passive order ("round be fire": "rounds were fired") is passive: what its first
  // word names was acted on, and the agent follows "by" or goes unnamed. Its last word is then a participle
  // right after a form of "be" that the pattern matched.
  const uint32_t last = match->trigger_end - 1;
  if (!match->passive && last >= anchor + 2 && OneOf(a.Folded(last - 1), kBeForms)) {
    const std::string_view w = a.Folded(last);
    match->passive = w.ends_with("ed") || w.ends_with("en");
  }
  if (unbounded_gaps) TabariTargets(dict, a, p, target_slot, skipped_chunk, match);
  return true;
}

// True when the pattern's phrase writes the anchor word as the text has it: TABARI and PETRARCH list
// inflected forms as verbs of their own ("MET [031:032]" beside "MEET [031:031]", "LEFT_ [032:033]" beside
// "LEAVE [012]"), which dyad matches by lemma; the form the text uses is the more specific. Called only for
// patterns that matched.
bool SurfaceForm(const CompiledDictionary& dict, const SentenceAnalysis& a, const VerbMatch& m) {
  const VerbPattern& p = dict.pattern(m.pattern);
  const std::string_view phrase = dict.entries()[p.entry].phrases[p.phrase];
  const std::string_view word = a.Folded(m.trigger_begin);
  for (size_t start = 0; start < phrase.size();) {
    size_t end = phrase.find_first_of(" _", start);  // words joined with '_' are words of their own
    if (end == std::string_view::npos) end = phrase.size();
    std::string_view w = phrase.substr(start, end - start);
    if (w.ends_with('~')) w.remove_suffix(1);  // a TABARI stem's mark
    if (w.size() == word.size() && std::equal(w.begin(), w.end(), word.begin(), [](char x, char y) {
          return (x >= 'A' && x <= 'Z' ? x - 'A' + 'a' : x) == y;
        }))
      return true;
    start = end + 1;
  }
  return false;
}

// The target of an act aimed "at" someone: "fired two artillery shells at Seoul", "launched a new broadside
// at the government", "fired anti-aircraft batteries at Russia" (the pattern's own "at"), "hurled stones at
// the police". The roles read a chunk after "at" as a place ("arrested demonstrators at the border"), which
// for these acts it is not: in "V NP at NP" (caused motion) "at" names where the act is aimed. Only a
// conflict act (CAMEO roots 10-20 but protest, 14, and reducing relations, 16, which are done "at" places:
// "protested at the embassy") whose match has no target yet takes the actor chunk after "at", and only when
// an object stands before "at": the pattern's own words ("fire artillery shells", "fire at") or up to
// kMaxNounPhraseGap plain words after the trigger ("fired rockets at"). A one-word trigger right before "at"
// ("clashed at the border") is intransitive and "at" locative there.
void TakeAimedAtTargets(const CompiledDictionary& dict, SentenceAnalysis* a) {
  const EntryTable entries = dict.entries();
  const uint32_t n = static_cast<uint32_t>(a->tokens.size());
  for (VerbMatch& m : a->matches) {
    if (m.target_chunk >= 0 || m.passive) continue;
    const std::string_view code = entries[dict.pattern(m.pattern).entry].code;
    if (code.size() < 2 || code[0] < '1' || code[0] > '2' || (code[0] == '2' && code[1] != '0') ||
        (code[0] == '1' && (code[1] == '4' || code[1] == '6')))
      continue;
    const uint16_t clause = a->tokens[m.trigger_begin].clause;
    uint32_t at = UINT32_MAX;
    if (m.trigger_end >= m.trigger_begin + 2 && a->Folded(m.trigger_end - 1) == "at") {
      at = m.trigger_end - 1;
    } else {
      for (uint32_t i = m.trigger_end; i < n && i <= m.trigger_end + kMaxNounPhraseGap; ++i) {
        const std::string_view w = a->Folded(i);
        if (w == "at") {
          if (i > m.trigger_end || m.trigger_end >= m.trigger_begin + 2) at = i;
          break;
        }
        if (a->tokens[i].clause != clause || !IsPlainWord(*a, i) || IsPreposition(w) || w == "and" ||
            w == "or" || OneOf(w, kClauseOpeners) || IsVerbGroupWord(w))
          break;
      }
    }
    if (at == UINT32_MAX || at + 1 >= n) continue;
    const int32_t chunk = SlotChunk(*a, at + 1, clause);
    if (chunk >= 0 && chunk != m.source_chunk) m.target_chunk = chunk;
  }
}
// Patterns anchored at a stem ("RECENT~_*", TABARI's unclosed "SAID WOULD * NOW") tried at token `i` when
// it begins with the stem without being the stem's own lemma, which the anchor index serves ("recently",
// "saidth"). The stems are the token's prefixes that the lemma vocabulary holds: one lookup per prefix
// length, so the cost does not grow with the number of stems (a TABARI file marks every unclosed pattern
// word). Out of line: dyad's own dictionaries have no stems, and FindVerbMatches calls this only when the
// dictionary has some.
[[gnu::noinline]] void TryStemAnchors(const CompiledDictionary& dict, SentenceAnalysis* a, uint32_t i,
                                      bool unbounded_gaps, NounPhraseRun* run) {
  if (!(a->tokens[i].flags & kFlagWord) || !Matchable(*a, i)) return;
  const PatternElement* el = dict.pattern_elements();
  const std::string_view word = a->Folded(i);
  bool passive = false, passive_known = false;
  VerbMatch candidate;
  for (size_t length = 1; length <= word.size(); ++length) {
    const WordId stem = dict.lemmas().Find(word.substr(0, length));
    if (stem == kNoWord || stem == a->tokens[i].lemma) continue;
    auto [begin, end] = dict.PatternsAnchoredAt(stem);
    for (const uint32_t* p = begin; p != end; ++p) {
      if (!(el[dict.pattern(*p).anchor].flags & kElementStem)) continue;
      // A participle only when the word is written as one: "was into accord" under "IN *" is no passive.
      if (!passive_known)
        passive = (word.ends_with("ed") || word.ends_with("en")) && IsPassive(*a, i), passive_known = true;
      if (!TryPattern(dict, *a, *p, i, passive, unbounded_gaps, run, &candidate)) continue;
      if (a->Tagged() && ModifierReading(*a, candidate)) continue;
      a->matches.push_back(candidate);
    }
  }
}
}  // namespace

void FindVerbMatches(const CompiledDictionary& dict, SentenceAnalysis* a, bool unbounded_gaps) {
  a->matches.clear();
  const EntryTable entries = dict.entries();
  const bool stems = !dict.stem_anchored().empty();  // only TABARI files write '~'
  NounPhraseRun run;                                 // this sentence's
  for (uint32_t i = 0; i < a->tokens.size(); ++i) {
    const TokenView& t = a->tokens[i];
    const size_t first_here = a->matches.size();
    if (stems) TryStemAnchors(dict, a, i, unbounded_gaps, &run);
    if (t.lemma == kNoWord || !Matchable(*a, i)) continue;
    auto [begin, end] = dict.PatternsAnchoredAt(t.lemma);
    if (begin != end && IsDateMonth(*a, i)) continue;
    if (begin == end) continue;
    const bool passive = IsPassive(*a, i);
    // roles.h: "Two diplomats expelled"; only after a chunk, tested here to spare the call.
    const bool headline = !passive && i > 0 && a->tokens[i - 1].chunk >= 0 && HeadlinePassive(*a, i);
    VerbMatch candidate;
    for (const uint32_t* p = begin; p != end; ++p) {
      const bool read_passive =
          passive || (headline && HeadlinePassiveAct(entries[dict.pattern(*p).entry].code));
      if (!TryPattern(dict, *a, *p, i, read_passive, unbounded_gaps, &run, &candidate)) continue;
      if (a->Tagged() && ModifierReading(*a, candidate)) continue;
      a->matches.push_back(candidate);
    }
    // The written form only decides among matches at one word: looked up only when there are several.
    if (a->matches.size() - first_here >= 2)
      for (size_t m = first_here; m < a->matches.size(); ++m)
        a->matches[m].surface_form = SurfaceForm(dict, *a, a->matches[m]);
  }
  // "US-China trade talks": an event noun after two joined actors (pair_nouns.cc).
  AddPairNounMatches(dict, a);
  // Best first: more required words, a slot before the verb, longer code, earlier position, then at one
  // position the pattern that writes the anchor as the text does (SurfaceForm).
  auto better = [&](const VerbMatch& x, const VerbMatch& y) {
    const VerbPattern& px = dict.pattern(x.pattern);
    const VerbPattern& py = dict.pattern(y.pattern);
    if (px.required_words != py.required_words) return px.required_words > py.required_words;
    // TABARI tries its longer patterns first: "* RESISTANCE TO THE INVADING" before "* RESIST { TO THE END |
    // ... }", both matching "resistance to the end to the invading" once their words are stems. Only for a
    // dictionary from TABARI files (it has stems); dyad's own order is the one below.
    if (stems) {
      const uint32_t lx = PatternLetters(dict, px), ly = PatternLetters(dict, py);
      if (lx != ly) return lx > ly;
    }
    // Then one that names the subject's slot before the verb: TABARI's "$ CALLED_ON" is more specific than
    // "CALLED_ON" (the roles give the subject either way).
    const int sx = px.source_before + px.target_before, sy = py.source_before + py.target_before;
    if (sx != sy) return sx > sy;
    size_t cx = entries[px.entry].code.size(), cy = entries[py.entry].code.size();
    if (cx != cy) return cx > cy;
    if (x.trigger_begin != y.trigger_begin) return x.trigger_begin < y.trigger_begin;
    if (x.surface_form != y.surface_form) return x.surface_form;
    return x.pattern < y.pattern;
  };
  std::sort(a->matches.begin(), a->matches.end(), better);
  size_t kept = 0;
  for (size_t m = 0; m < a->matches.size(); ++m) {
    const VerbMatch& cand = a->matches[m];
    bool overlaps = false;
    for (size_t k = 0; k < kept && !overlaps; ++k) {
      const VerbMatch& acc = a->matches[k];
      overlaps = cand.trigger_begin < acc.trigger_end && acc.trigger_begin < cand.trigger_end;
    }
    if (!overlaps) a->matches[kept++] = cand;
  }
  a->matches.resize(kept);
  std::sort(a->matches.begin(), a->matches.end(),
            [](const VerbMatch& x, const VerbMatch& y) { return x.trigger_begin < y.trigger_begin; });
  TakeAimedAtTargets(dict, a);
}

void DropObjectNounMatches(SentenceAnalysis* a) {
  size_t kept = 0;
  for (size_t m = 0; m < a->matches.size(); ++m) {
    const VerbMatch& match = a->matches[m];
    bool object_noun = false;
    // Only a noun whose agent follows with "by" ("condemned an attack by X"): that agent is what PETRARCH's
    // verb takes as its target. Without one ("delayed their meeting") the noun's own coding (a reciprocal
    // meeting) is the better reading of the verb's object.
    if (kept > 0 && match.trigger_end == match.trigger_begin + 1 && match.trigger_end < a->tokens.size() &&
        a->Folded(match.trigger_end) == "by") {
      const VerbMatch& verb = a->matches[kept - 1];
      const uint32_t from = verb.trigger_end, to = match.trigger_begin;
      // A determiner, possessive or number opens the noun phrase ("an attack", "its raids", "two attacks"),
      // then at most kMaxSlotSkip - 1 lower-case modifiers ("a brutal attack"); no actor, preposition or
      // clause boundary in between, and not "that", which opens a clause ("warned that strikes would").
      object_noun = to > from && to - from <= kMaxSlotSkip && MayOpenModifier(*a, from) &&
                    a->Folded(from) != "that" && a->tokens[from].clause == a->tokens[to].clause &&
                    a->tokens[from].chunk < 0;
      for (uint32_t i = from + 1; object_noun && i < to; ++i)
        object_noun = IsPlainWord(*a, i) && a->tokens[i].chunk < 0 &&
                      !(a->tokens[i].flags & kFlagCapitalized) && !IsPreposition(a->Folded(i)) &&
                      !IsVerbGroupWord(a->Folded(i));
    }
    if (!object_noun) a->matches[kept++] = match;
  }
  a->matches.resize(kept);
}

}  // namespace dyad
