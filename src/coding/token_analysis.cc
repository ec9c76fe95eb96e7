// Token analysis for the coder: each token of a sentence with its folded form, lemma, vocabulary ids, word
// classes and clause number, attributions and relative clauses marked (AnalyseTokens), and the discard test.
// Split from actors.cc, which finds the actor chunks in what this produces.
#include <array>
#include <string>

#include "coding/sentence.h"

namespace dyad {
namespace {

constexpr std::array<std::string_view, 8> kClauseBreakWords = {"but",    "while", "whereas",   "although",
                                                               "though", "yet",   "meanwhile", "however"};
constexpr std::array<std::string_view, 10> kReportingVerbs = {
    "said", "says", "reported", "added", "told", "stated", "claimed", "according", "noted", "announced"};
constexpr uint32_t kMaxAttributionWords = 8;
// Words of time that may stand between a reporting verb and its "that" ("announced on Thursday that").
constexpr std::array<std::string_view, 17> kReportTimeWords = {
    "on",        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
    "yesterday", "also",   "earlier", "late",      "last",     "night",  "week",     "tonight"};
// Set on the clause number of an attribution so that it differs from every ordinary clause.
constexpr uint16_t kAttributionClause = 0x8000;
constexpr std::array<std::string_view, 4> kRelativeWords = {"who", "which", "whose", "whom"};
constexpr std::array<std::string_view, 12> kPeopleNouns = {"people", "persons",  "person",  "men",
                                                           "women",  "children", "youths",  "boys",
                                                           "girls",  "adults",   "elderly", "individuals"};
constexpr std::array<std::string_view, 4> kPassiveAuxiliaries = {"were", "was", "have", "had"};

// A hyphenated word is split into its parts when every part names an actor; at most this many parts.
constexpr uint32_t kMaxSplitParts = 3;
// Words between the word and its event noun ("US-China trade talks"): as pair_nouns.cc allows.
constexpr uint32_t kMaxPairModifiers = 2;

// After "while" or "whereas", a clause whose verb is left out because it is the clause's before: "one person
// was killed in stone-pelting while another in police firing", "two died in the town whereas three others in
// the villages". It opens with "another" or a count (and "other(s)", "more", "persons") and a
// preposition, and the rest, to the next punctuation, reads as prepositional phrases: no form of "be",
// "have" or a modal, no word in "-ed", no determiner but right after a preposition ("while two in the crowd
// were hurt", "while many in Congress support the move" have verbs of their own). It stays in the clause
// before, whose verb it shares. Only ASCII case is folded: the words are English.
bool GappedClause(std::string_view text, const Token* next, const Token* end) {
  constexpr std::array<std::string_view, 11> kCounts = {"another", "one",   "two",   "three", "four", "five",
                                                        "six",     "seven", "eight", "nine",  "ten"};
  constexpr std::array<std::string_view, 4> kOthers = {"other", "others", "more", "persons"};
  constexpr std::array<std::string_view, 5> kPrepositions = {"in", "at", "by", "during", "near"};
  constexpr std::array<std::string_view, 8> kDeterminers = {"the",   "a",   "an",  "its",
                                                            "their", "his", "her", "this"};
  constexpr std::array<std::string_view, 16> kVerbWords = {"is",    "are",  "was",   "were",  "be",    "been",
                                                           "has",   "have", "had",   "will",  "would", "can",
                                                           "could", "may",  "might", "should"};
  std::string w;
  auto word = [&](const Token* t) {
    w.assign(text.substr(t->start, t->end - t->start));
    for (char& c : w) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    return t->kind == TokenKind::kWord;
  };
  if (next == end || !word(next)) return false;
  if (!OneOf(std::string_view(w), kCounts) && !(w[0] >= '0' && w[0] <= '9')) return false;
  if (++next == end || !word(next)) return false;
  if (OneOf(std::string_view(w), kOthers) && (++next == end || !word(next))) return false;
  if (!OneOf(std::string_view(w), kPrepositions)) return false;
  bool after_preposition = true;
  for (++next; next != end && word(next); ++next) {
    const std::string_view v(w);
    if (OneOf(v, kVerbWords) || v.ends_with("ed") || (OneOf(v, kDeterminers) && !after_preposition))
      return false;
    after_preposition = IsPreposition(v);
  }
  return true;
}

// The byte length of a hyphen (ASCII '-', U+2010, U+2011: the ones the tokenizer keeps inside a word) at
// `pos` of `s`, or 0.
uint32_t HyphenAt(std::string_view s, size_t pos) {
  if (s[pos] == '-') return 1;
  if (pos + 2 < s.size() && s[pos] == '\xE2' && s[pos + 1] == '\x80' &&
      (s[pos + 2] == '\x90' || s[pos + 2] == '\x91'))
    return 3;
  return 0;
}

// The case flags of one part of a hyphenated word, as the tokenizer would give the part alone (ASCII
// letters; a part opening with another character keeps the word's flags only when it is the first part).
uint8_t PartCaseFlags(std::string_view part, bool first, const Token& word) {
  const unsigned char c = static_cast<unsigned char>(part[0]);
  if (c >= 0x80)
    return first ? static_cast<uint8_t>((word.capitalized ? kFlagCapitalized : 0) |
                                        (word.all_caps ? kFlagAllCaps : 0))
                 : 0;
  uint8_t flags = 0;
  if (c >= 'A' && c <= 'Z') flags |= kFlagCapitalized;
  bool all_caps = part.size() >= 2;
  for (const char ch : part)
    if (ch >= 'a' && ch <= 'z') all_caps = false;
  if (all_caps && (flags & kFlagCapitalized)) flags |= kFlagAllCaps;
  return flags;
}

// True when the one word `word` (case flags `flags`) is on its own a name the actor trie knows: an actor,
// a country or a sector noun whose case rule the word satisfies.
bool OneWordActor(const CompiledDictionary& dict, WordId word, uint8_t flags) {
  if (word == kNoWord) return false;
  const PhraseTrie& trie = dict.actor_trie();
  const uint32_t node = trie.Child(0, word);
  if (node == 0) return false;
  for (const PhraseHit* h = trie.HitsBegin(node); h != trie.HitsEnd(node); ++h) {
    const EntryKind kind = dict.entry(h->entry).kind;
    if ((kind == EntryKind::kActor || kind == EntryKind::kCountry || kind == EntryKind::kAgent) &&
        CaseRuleHolds(trie.case_rules()[h->case_rules], flags))
      return true;
  }
  return false;
}

// Appends the parts of the hyphenated word `t` (and the hyphens between them) to a->tokens and returns true
// when every part names an actor on its own (OneWordActor); otherwise appends nothing and returns false.
// `whole` is the memo's analysis of the whole word; its `folded` view dies at the first Lookup here. Rare
// (hyphenated words only), so kept out of line: inlined into AnalyseTokens it made GCC stop inlining the
// memo's Lookup there (+3% instructions on bbc-2225).
[[gnu::noinline, gnu::cold]] bool SplitActorCompound(const CompiledDictionary& dict, std::string_view text,
                                                     const Token& t, const Token* end,
                                                     const TokenCache::Info& whole, SentenceAnalysis* a) {
  const std::string_view surface = text.substr(t.start, t.end - t.start);
  // A word the dictionary knows as the start of a name stays whole ("Guinea-Bissau", "Kassym-Jomart").
  if (whole.word != kNoWord && dict.actor_trie().Child(0, whole.word) != 0) return false;
  std::array<std::pair<uint32_t, uint32_t>, kMaxSplitParts> parts{};  // byte ranges within `surface`
  uint32_t count = 0, part_begin = 0;
  for (size_t pos = 0; pos <= surface.size();) {
    const uint32_t hyphen = pos < surface.size() ? HyphenAt(surface, pos) : 1;
    if (hyphen == 0) {
      ++pos;
      continue;
    }
    if (count == kMaxSplitParts || pos == part_begin) return false;
    parts[count++] = {part_begin, static_cast<uint32_t>(pos)};
    pos += hyphen;
    part_begin = static_cast<uint32_t>(pos);
  }
  if (count < 2) return false;
  for (uint32_t k = 0; k < count; ++k) {
    const std::string_view part = surface.substr(parts[k].first, parts[k].second - parts[k].first);
    const uint8_t flags = PartCaseFlags(part, k == 0, t);
    const WordId word = a->token_cache.Lookup(dict, part, true, false).word;
    if (!OneWordActor(dict, word, flags)) return false;
  }
  // Only before an event noun that the pair's two sides make (PairEventPattern: "US-China trade talks",
  // "police-protester clashes"), within kMaxPairModifiers words. Elsewhere two demonyms joined describe one
  // actor ("a Dutch-Moroccan man was charged": one man of two nationalities), and "US-German relations" or
  // "Bush-Cheney" name no event: the word stays whole, as before.
  bool event_noun = false;
  for (const Token* next = &t + 1; next != end && next <= &t + 1 + kMaxPairModifiers && !event_noun; ++next) {
    if (next->kind != TokenKind::kWord) break;
    const TokenCache::Info info =
        a->token_cache.Lookup(dict, text.substr(next->start, next->end - next->start), true, false);
    if (IsPreposition(info.folded) || info.folded == "and" || info.folded == "or") break;
    event_noun = PairEventPattern(dict, info.lemma) >= 0;
  }
  if (!event_noun) return false;
  // Every part names an actor: the parts and the hyphens between them become tokens of their own, with
  // their own byte spans, so that the actor stage sees "US", "-", "China".
  a->split_tokens.push_back(static_cast<uint32_t>(a->tokens.size()));
  for (uint32_t k = 0; k < count; ++k) {
    if (k > 0) {
      TokenView h;
      h.start = t.start + parts[k - 1].second;
      h.end = t.start + parts[k].first;
      const TokenCache::Info info =
          a->token_cache.Lookup(dict, text.substr(h.start, h.end - h.start), false, false);
      h.folded_begin = static_cast<uint32_t>(a->folded.size());
      a->folded += info.folded;
      h.folded_end = static_cast<uint32_t>(a->folded.size());
      h.word = info.word;
      h.classes = info.classes;
      a->tokens.push_back(h);
    }
    TokenView v;
    v.start = t.start + parts[k].first;
    v.end = t.start + parts[k].second;
    const std::string_view part = text.substr(v.start, v.end - v.start);
    v.flags = static_cast<uint8_t>(kFlagWord | PartCaseFlags(part, k == 0, t));
    const TokenCache::Info info =
        a->token_cache.Lookup(dict, part, true, (v.flags & kFlagCapitalized) && !(v.flags & kFlagAllCaps));
    if (info.may_start_loose) v.flags |= kFlagMayStartLooseName;
    v.folded_begin = static_cast<uint32_t>(a->folded.size());
    a->folded += info.folded;
    v.folded_end = static_cast<uint32_t>(a->folded.size());
    v.word = info.word;
    v.lemma = info.lemma;
    v.classes = info.classes;
    a->tokens.push_back(v);
  }
  a->split_sizes.push_back(static_cast<uint32_t>(a->tokens.size()) - a->split_tokens.back());
  return true;
}

// A sentence counts as written in capitals when at least this many of its words are all capitals ...
constexpr uint32_t kMinShoutedWords = 4;
// ... and at most one word in this many of those has a lower-case letter ("Mr", "km" in an old wire's
// capitals).
constexpr uint32_t kShoutedWordsPerLowerCaseWord = 8;
// Closed-class English words that dictionaries also list as acronyms ("WHO", "IT", "AM", "AS"): in a
// sentence written in capitals they are read as the words they are. Not "us": in news written in capitals
// "US" is far more often the United States than the pronoun, and dyad reads it as before.
constexpr std::array<std::string_view, 64> kFunctionWords = {
    "a",     "an",   "the",   "this", "that",  "these", "those",  "who",  "whom", "whose", "which",
    "what",  "when", "where", "why",  "how",   "it",    "its",    "he",   "him",  "his",   "she",
    "her",   "we",   "our",   "they", "them",  "their", "me",     "my",   "am",   "is",    "are",
    "was",   "were", "be",    "been", "has",   "have",  "had",    "do",   "does", "did",   "will",
    "would", "can",  "could", "may",  "might", "shall", "should", "must", "not",  "no",    "and",
    "or",    "but",  "if",    "so",   "as",    "than",  "then",   "also", "all"};

// In a sentence written (nearly) all in capitals ("PRESIDENT AYLWIN, WHO WILL ALSO VISIT ARGENTINA, MET
// PRESIDENT MENEM.", old wires, shouted headlines) the capitals tell nothing about names: every token gets
// kFlagShouted, and a word that is an ordinary English word there, a function word, a preposition or a word
// some verb pattern uses ("MET", "WILL", "WHO", "ON"), loses its capital flags. So a one-word acronym rule
// does not read "WHO" as the World Health Organization, and a title's name run ("PRESIDENT MENEM") does not
// swallow the verb before it. Names the dictionary holds as phrases of several words still match
// (FindActorChunks ignores case rules on those in such a sentence). Returns without marking when the sentence
// is mixed case. Rare in mixed-case news (one cheap pass, only when kMinShoutedWords words are all capitals).
[[gnu::noinline]] void MarkShoutedSentence(std::string_view text, uint32_t all_caps_words,
                                           SentenceAnalysis* a) {
  uint32_t lower_case_words = 0;
  for (const TokenView& v : a->tokens) {
    if (!(v.flags & kFlagWord) || (v.flags & kFlagAllCaps)) continue;
    for (uint32_t b = v.start; b < v.end; ++b)
      if (text[b] >= 'a' && text[b] <= 'z') {
        ++lower_case_words;
        break;
      }
  }
  if (lower_case_words * kShoutedWordsPerLowerCaseWord > all_caps_words) return;
  for (uint32_t i = 0; i < a->tokens.size(); ++i) {
    TokenView& v = a->tokens[i];
    v.flags |= kFlagShouted;
    if (!(v.flags & kFlagWord)) continue;
    const std::string_view w = a->Folded(i);
    // After an article a function word is a name ("THE WHO SAID"): no pronoun or auxiliary stands there.
    const bool after_article = i > 0 && (a->Folded(i - 1) == "the" || a->Folded(i - 1) == "a");
    if (v.lemma != kNoWord || (!after_article && (OneOf(w, kFunctionWords) || IsPreposition(w))))
      v.flags &= static_cast<uint8_t>(~(kFlagCapitalized | kFlagAllCaps | kFlagMayStartLooseName));
  }
}

}  // namespace

void AlignTagsWithSplitTokens(SentenceAnalysis* a) {
  if (a->split_tokens.empty() || a->tags.empty()) return;
  // tags[] has one tag per document token; a split word's tag goes to each of its parts, the hyphens
  // between them are punctuation (the tagger's ":" class). Filled from the back, in place.
  const size_t old_size = a->tags.size();
  a->tags.resize(a->tokens.size());
  size_t out = a->tags.size(), in = old_size;
  for (size_t s = a->split_tokens.size(); s-- > 0;) {
    const size_t first = a->split_tokens[s], size = a->split_sizes[s];
    while (out > first + size) a->tags[--out] = a->tags[--in];
    const PosTag word_tag = a->tags[--in];
    for (size_t k = size; k-- > 0;) a->tags[--out] = k % 2 == 0 ? word_tag : PosTag::kColon;
  }
}

uint8_t WordClasses(std::string_view w) {
  uint8_t classes = 0;
  if (OneOf(w, kClauseBreakWords)) classes |= kClassClauseBreakWord;
  if (w == ";" || w == ":") classes |= kClassClausePunctuation;
  if (OneOf(w, kReportingVerbs)) classes |= kClassReportingVerb;
  if (OneOf(w, kRelativeWords)) classes |= kClassRelativeWord;
  if (w == ",") classes |= kClassComma;
  if (w == ".") classes |= kClassPeriod;
  if (IsPeopleNoun(w)) classes |= kClassPeopleNoun;
  if (OneOf(w, kPassiveAuxiliaries)) classes |= kClassPassiveAuxiliary;
  return classes;
}

bool IsPeopleNoun(std::string_view folded_word) { return OneOf(folded_word, kPeopleNouns); }

void AnalyseTokens(const CompiledDictionary& dict, std::string_view text, const Token* begin,
                   const Token* end, SentenceAnalysis* a) {
  a->tokens.clear();
  a->folded.clear();
  a->split_tokens.clear();
  a->split_sizes.clear();
  uint16_t clause = 0;
  uint32_t all_caps_words = 0;
  for (const Token* t = begin; t != end; ++t) {
    TokenView v;
    v.start = t->start;
    v.end = t->end;
    std::string_view surface = text.substr(t->start, t->end - t->start);
    const bool is_word = t->kind == TokenKind::kWord;
    // Folding, lemma and both vocabulary lookups come from the memo (token_cache.h): the same values as
    // FoldCase, Lemmatize and Find, computed once per distinct word.
    const bool name_word = is_word && t->capitalized && !t->all_caps;
    TokenCache::Info info = a->token_cache.Lookup(dict, surface, is_word, name_word);
    // "US-China", "Israel-Hamas", "police-protester": two actors joined by a hyphen before an event noun are
    // the two sides of that event ("US-China trade talks"), each a chunk of its own. Only a word the
    // dictionary does not know pays for the test, and "pro-Russian", "Soviet-era" stay whole: "pro", "era"
    // name no one. The parts share the word's clause (no clause word splits off).
    if (is_word && info.hyphenated && info.word == kNoWord) {
      if (SplitActorCompound(dict, text, *t, end, info, a)) {
        for (size_t k = a->split_tokens.back(); k < a->tokens.size(); ++k) a->tokens[k].clause = clause;
        continue;
      }
      // The test looked its parts up in the memo, which may have moved or emptied its text: `info.folded`
      // is valid only until the next Lookup (token_cache.h), so look the word up again (a hit).
      info = a->token_cache.Lookup(dict, surface, is_word, name_word);
    }
    v.folded_begin = static_cast<uint32_t>(a->folded.size());
    a->folded += info.folded;
    v.folded_end = static_cast<uint32_t>(a->folded.size());
    if (is_word) {
      v.flags |= kFlagWord;
      if (t->capitalized) v.flags |= kFlagCapitalized;
      if (t->all_caps) {
        v.flags |= kFlagAllCaps;
        ++all_caps_words;
      }
      if (info.may_start_loose) v.flags |= kFlagMayStartLooseName;
      v.lemma = info.lemma;
    }
    v.word = info.word;
    v.classes = info.classes;
    if (t->kind == TokenKind::kPunctuation && (info.classes & kClassClausePunctuation)) ++clause;
    if (is_word && (info.classes & kClassClauseBreakWord) &&
        !((info.folded == "while" || info.folded == "whereas") && GappedClause(text, t + 1, end)))
      ++clause;
    v.clause = clause;
    a->tokens.push_back(v);
  }
  if (all_caps_words >= kMinShoutedWords) MarkShoutedSentence(text, all_caps_words, a);
  auto is = [a](uint32_t i, uint8_t word_class) { return (a->tokens[i].classes & word_class) != 0; };
  // Attributions are clauses of their own, so the speaker is never an object: "..., the ministry said",
  // "..., according to witnesses", "..., a rights group reported".
  for (uint32_t i = 1; i < a->tokens.size(); ++i) {
    if (!is(i, kClassReportingVerb)) continue;
    uint32_t comma = i;
    while (comma > 0 && i - comma <= kMaxAttributionWords && !is(comma, kClassComma)) --comma;
    if (!is(comma, kClassComma)) continue;
    // A reporting verb with a "that" complement heads the sentence's main clause; the comma before it
    // closes an apposition of its subject ("The Gondor Teachers' Union (GTU), the largest union,
    // announced on Thursday that it had called off the strike"), not an aside, which takes no complement.
    uint32_t next = i + 1;
    while (next < a->tokens.size() && OneOf(a->Folded(next), kReportTimeWords)) ++next;
    if (next < a->tokens.size() && a->Folded(next) == "that") continue;
    uint32_t span_end = i + 1;
    while (span_end < a->tokens.size() && !is(span_end, kClassComma | kClassPeriod)) ++span_end;
    for (uint32_t j = comma; j < span_end; ++j) a->tokens[j].clause |= kAttributionClause;
    i = span_end;
  }
  // Relative clauses: from ", who" to the next comma or the clause's end.
  for (uint32_t i = 0; i + 1 < a->tokens.size(); ++i) {
    if (!is(i, kClassComma) || !is(i + 1, kClassRelativeWord)) continue;
    uint32_t j = i + 1;
    for (; j < a->tokens.size() && !is(j, kClassComma) && a->tokens[j].clause == a->tokens[i].clause; ++j)
      a->tokens[j].flags |= kFlagInRelativeClause;
    i = j;
  }
}

bool HasDiscardPhrase(const CompiledDictionary& dict, const SentenceAnalysis& a, std::string_view date) {
  const PhraseTrie& trie = dict.discard_trie();
  const EntryTable entries = dict.entries();
  for (uint32_t i = 0; i < a.tokens.size(); ++i) {
    uint32_t node = 0;
    for (uint32_t j = i; j < a.tokens.size(); ++j) {
      if (a.tokens[j].word == kNoWord) break;
      node = trie.Child(node, a.tokens[j].word);
      if (node == 0) break;
      for (const PhraseHit* h = trie.HitsBegin(node); h != trie.HitsEnd(node); ++h)
        if (entries[h->entry].ValidOn(date)) return true;
    }
  }
  return false;
}

}  // namespace dyad
