// Internal to the coding stage: one sentence as the coder sees it, and the three passes over it
// (actor chunks, verb patterns, role assignment). All buffers live in SentenceAnalysis and are reused from
// sentence to sentence, so coding allocates nothing per token once they have grown.
#ifndef DYAD_CODING_SENTENCE_H_
#define DYAD_CODING_SENTENCE_H_

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "coding/token_cache.h"
#include "dictionary/compiled.h"
#include "dyad/pos.h"
#include "dyad/text.h"

namespace dyad {

enum TokenFlag : uint8_t {
  kFlagWord = 1,
  kFlagCapitalized = 2,
  kFlagAllCaps = 4,
  kFlagInRelativeClause = 8,  // inside ", who ... ," / ", which ... ,"
  // A capitalised, not all-capital word that may start a loose name (CompiledDictionary::MayStartLooseName).
  kFlagMayStartLooseName = 16,
  // A token of a sentence written (nearly) all in capitals (AnalyseTokens): its case tells nothing. Such a
  // sentence's ordinary words (function words, verb-pattern words) carry neither capital flag.
  kFlagShouted = 32,
};

// Whether a token with case `flags` (TokenFlag bits) satisfies a dictionary phrase word's case rule: "US"
// only as written in capitals, a capitalised name only capitalised.
inline bool CaseRuleHolds(CaseRule rule, uint8_t flags) {
  switch (rule) {
    case CaseRule::kAny:
      return true;
    case CaseRule::kCapitalized:
      return (flags & (kFlagCapitalized | kFlagAllCaps)) != 0;
    case CaseRule::kAllCaps:
      return (flags & kFlagAllCaps) != 0;
  }
  return false;
}

// A negative contraction, which the tokenizer keeps whole ("didn't", "won't", "can't", "hasn't"): the verb
// after it is negated as after "not". `folded` is the folded token text (’ folded to ').
inline bool IsNegativeContraction(std::string_view folded) {
  return folded.size() > 3 && folded.ends_with("n't");
}

// Closed word classes AnalyseTokens tests every token for: bits of TokenView::classes, computed once per
// distinct word by WordClasses and memoised with the word (TokenCache).
enum WordClass : uint8_t {
  kClassClauseBreakWord = 1,     // "but", "while", "however", ...: a word starting a new clause
  kClassClausePunctuation = 2,   // ";" or ":"
  kClassReportingVerb = 4,       // "said", "reported", "according", ...: an attribution
  kClassRelativeWord = 8,        // "who", "which", "whose", "whom"
  kClassComma = 16,              // ","
  kClassPeriod = 32,             // "."
  kClassPeopleNoun = 64,         // IsPeopleNoun: "people", "persons", ...
  kClassPassiveAuxiliary = 128,  // "were", "was", "have", "had" after a count of people
};
// The WordClass bits of a folded token text (token_analysis.cc).
uint8_t WordClasses(std::string_view folded_word);

struct TokenView {
  uint32_t start = 0;  // byte offsets into the document text
  uint32_t end = 0;
  uint32_t folded_begin = 0;  // folded text in SentenceAnalysis::folded
  uint32_t folded_end = 0;
  WordId word = kNoWord;   // surface id in the dictionary's word vocabulary
  WordId lemma = kNoWord;  // lemma id in the dictionary's lemma vocabulary
  uint16_t clause = 0;     // clause number within the sentence
  uint8_t flags = 0;
  uint8_t classes = 0;  // WordClass bits of the folded text
  int32_t chunk = -1;   // the actor chunk covering this token, or -1
};

// What a referring chunk ("he", "the minister", "his government", "the Central Asian state") stands for,
// as the discourse memory resolved it (coreference.h). A named chunk is composed the same way from its own
// entries (coder.cc, ResolveReferent).
struct Referent {
  int32_t actor_entry = -1;  // a named actor (person, organisation, metonym)
  std::string_view country;  // else a country code (views the dictionary) ...
  int32_t agent_entry = -1;  // ... composed with this sector noun; for a named person known only by country,
                             // the sector of the title the text gave them
  // The naming mention the referent was resolved from: byte offsets into the document text, and its
  // sentence.
  uint32_t antecedent_start = 0;
  uint32_t antecedent_end = 0;
  uint32_t antecedent_sentence = 0;
};

// A maximal run of words that names one actor: "Kazakh Foreign Minister Beibut Atamkulov".
struct ActorChunk {
  uint32_t begin = 0;  // token indices within the sentence
  uint32_t end = 0;
  int32_t actor_entry = -1;    // a named actor (person, organisation, metonym) valid on the event date
  int32_t country_entry = -1;  // a country named in the chunk
  int32_t agent_entry = -1;    // the head sector noun ("police", "minister")
  int32_t group = -1;          // chunks coordinated by "and" share a group
  // Inside a place named where something happened ("in Paris, Texas", a dateline): a place, not an actor,
  // for the roles (set by the coder from the gazetteer's place mentions).
  bool place = false;
  // Holds an unnamed group of people ("35 persons", "five people"): the CVL sector, which no dictionary
  // entry supplies for these words.
  bool people = false;
  // A mention resolved to an earlier actor of the document (index into SentenceAnalysis::referents), or -1.
  // When set, it is what the chunk names; its own entries are only the words' sector.
  int32_t referent = -1;
};

struct VerbMatch {
  uint32_t pattern = 0;
  uint32_t trigger_begin = 0;  // token range of the words that matched
  uint32_t trigger_end = 0;
  int32_t target_chunk = -1;  // filled '+' slot
  int32_t source_chunk = -1;  // filled '$' slot
  bool passive = false;
  bool surface_form = false;  // the pattern writes the anchor as the text does ("met", not "meet")
};

struct SentenceAnalysis {
  std::vector<TokenView> tokens;
  std::string folded;  // concatenated case-folded token texts
  // Hyphenated words split into their actor parts ("US-China": "US", "-", "China"; AnalyseTokens): the
  // index in `tokens` of each one's first part and how many tokens it became, in order. Empty in most
  // sentences; then tokens[i] is the sentence's i-th document token.
  std::vector<uint32_t> split_tokens;
  std::vector<uint32_t> split_sizes;
  std::vector<ActorChunk> chunks;
  std::vector<VerbMatch> matches;
  std::vector<Referent> referents;  // of chunks resolved by coreference
  std::string loose_name;           // scratch for the loose name lookup (FindActorChunks)
  std::string loose_key;
  TokenCache token_cache;  // per-word memo of AnalyseTokens (token_cache.h)
  // Part-of-speech tags, tags[i] for tokens[i]; empty when the sentence is not tagged (no tagger, or not
  // tagged yet). Every reader falls back on the untagged heuristics when it is empty.
  std::vector<PosTag> tags;
  PosTagger::Scratch pos_scratch;

  bool Tagged() const { return !tags.empty(); }

  std::string_view Folded(uint32_t i) const {
    return std::string_view(folded).substr(tokens[i].folded_begin,
                                           tokens[i].folded_end - tokens[i].folded_begin);
  }
  bool IsWord(uint32_t i, std::string_view folded_word) const {
    return i < tokens.size() && Folded(i) == folded_word;
  }
};

// Fills analysis->tokens (ids, flags, clauses) for the document tokens [begin, end).
void AnalyseTokens(const CompiledDictionary& dict, std::string_view text, const Token* begin,
                   const Token* end, SentenceAnalysis* analysis);

// Gives the tokens of split words (SentenceAnalysis::split_tokens) their tags: `tags`, as the tagger wrote
// them, has one per document token; afterwards one per analysis token (each part the word's tag, a hyphen
// ':'). Call after tagging; does nothing when no word was split.
void AlignTagsWithSplitTokens(SentenceAnalysis* analysis);

// True when the sentence contains a discard phrase whose entry holds on `date`: TABARI's dated "[###]" holds
// in a period only; undated discards (all of dyad's own) always hold.
bool HasDiscardPhrase(const CompiledDictionary& dict, const SentenceAnalysis& analysis,
                      std::string_view date);

// An unnamed group of people ("persons", "people", "children"): victims and crowds that the news does not
// name.
bool IsPeopleNoun(std::string_view folded_word);

// Finds actor chunks and coordination groups. `date` (YYYY-MM-DD or empty) selects date-bounded entries.
// `distribute_agents`: CoderOptions::distribute_agents (GroupCoordinatedChunks).
// `name_gaps`: CoderOptions::name_gaps (ContinueNameAcrossGap, actor_names.h).
// `possessive_modifiers`: CoderOptions::possessive_modifiers.
// `possessor_names`: CoderOptions::possessor_names.
void FindActorChunks(const CompiledDictionary& dict, std::string_view date, SentenceAnalysis* analysis,
                     bool sentence_country_sectors = true, bool distribute_agents = true,
                     bool name_gaps = false, bool possessive_modifiers = true, bool possessor_names = false);

// Finds the best non-overlapping verb pattern matches, in token order. `unbounded_gaps`:
// CoderOptions::unbounded_pattern_gaps.
void FindVerbMatches(const CompiledDictionary& dict, SentenceAnalysis* analysis, bool unbounded_gaps = false);
// Adds a match for each event noun written after two actors joined by a hyphen, an en dash or a slash
// ("US-China trade talks", "Israel–Hamas war"): the noun's "N between $ and +" pattern, the first actor as
// source and the second as target (pair_nouns.cc). Called by FindVerbMatches before it chooses among
// overlapping matches.
void AddPairNounMatches(const CompiledDictionary& dict, SentenceAnalysis* analysis);
// The pattern "N between $ and +" anchored at lemma `lemma` (the noun's reading after a joined pair), or -1.
int64_t BetweenPattern(const CompiledDictionary& dict, WordId lemma, WordId between, WordId and_word);
// BetweenPattern with the dictionary's lemmas of "between" and "and" looked up (for the rare caller that asks
// once).
int64_t PairEventPattern(const CompiledDictionary& dict, WordId lemma);
// TABARI's reading of a clause (CoderOptions::first_verb_per_clause): only the first match in each clause
// that codes an event stays (negative patterns, which code nothing, are kept); the verbs after it are no acts
// of their own, so its target is sought up to the clause's end; its source is the clause's first actor before
// it (unless the pattern has a '$' or the verb is passive).
void KeepFirstMatchPerClause(const CompiledDictionary& dict, SentenceAnalysis* analysis);
// PETRARCH's reading of an event noun (CoderOptions::object_nouns_as_events off): a one-word match that heads
// the noun phrase right after another match of its clause and is followed by its agent's "by" ("condemned an
// attack by", "denounced the recent raids by") is part of that verb's object, not an act, and is removed.
void DropObjectNounMatches(SentenceAnalysis* analysis);
// PETRARCH's suites (with DropObjectNounMatches): a match whose verb follows an article or "of" ("a show of
// support to", "in an accord") is a noun there, which PETRARCH's parse never reads as a verb; such matches
// are dropped. The verb is the pattern's anchor, or the word after it when a preposition anchors the
// pattern ("IN * [072]"). Source: suite_clauses.cc.
void DropNounTriggerMatches(const CompiledDictionary& dict, SentenceAnalysis* analysis);
// PETRARCH's target of an act with no object (CoderOptions::place_targets): the first actor chunk its clause
// names as a place after the verb, before the next match ("renewed his license in Michel Delving", "will
// meet in Zurich"), given to an active act with a source and no target after the roles are assigned (a
// passive, also a reduced one, "soldiers killed in Z", keeps its reading). `first_actor` (TABARI, whose
// target is the first actor after the verb): such a place also comes before a target the roles found after it
// ("arrived back in Gondor ... to leave Lorien": Gondor). Defined in suite_clauses.cc.
struct RoleAssignment;  // roles.h
void TakePlaceTargets(const SentenceAnalysis& analysis, std::vector<RoleAssignment>* roles,
                      bool first_actor = false);

// True when the folded word at `i` may be tagged as a determiner, possessive or number, the words before a
// trigger that the tagger may read as a modifier (verbs.cc).
bool MayOpenModifier(const SentenceAnalysis& analysis, uint32_t i);
// True when part-of-speech tags could remove one of analysis.matches (FindVerbMatches without tags): only
// then is the sentence worth tagging.
bool TagsMayChangeMatches(const SentenceAnalysis& analysis);

// True when `word` is one of `list` (the coder's small closed word classes).
template <size_t N>
bool OneOf(std::string_view word, const std::array<std::string_view, N>& list) {
  // Length and first byte before the full comparison: most candidates fail those without a memcmp call.
  for (const std::string_view x : list) {
    if (x.size() != word.size()) continue;
    if (word.empty() || (x[0] == word[0] && std::memcmp(x.data(), word.data(), word.size()) == 0))
      return true;
  }
  return false;
}

// True for a folded English preposition ("in", "with", "against", ...).
bool IsPreposition(std::string_view folded_word);

}  // namespace dyad

#endif  // DYAD_CODING_SENTENCE_H_
