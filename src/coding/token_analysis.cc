// Token analysis for the coder: each token of a sentence with its folded form, lemma, vocabulary ids, word
// classes and clause number, attributions and relative clauses marked (AnalyseTokens), and the discard test.
// Split from actors.cc, which finds the actor chunks in what this produces.
#include <array>

#include "coding/sentence.h"

namespace dyad {
namespace {

constexpr std::array<std::string_view, 8> kClauseBreakWords = {"but",    "while", "whereas",   "although",
                                                               "though", "yet",   "meanwhile", "however"};
constexpr std::array<std::string_view, 10> kReportingVerbs = {
    "said", "says", "reported", "added", "told", "stated", "claimed", "according", "noted", "announced"};
constexpr uint32_t kMaxAttributionWords = 8;
// Set on the clause number of an attribution so that it differs from every ordinary clause.
constexpr uint16_t kAttributionClause = 0x8000;
constexpr std::array<std::string_view, 4> kRelativeWords = {"who", "which", "whose", "whom"};
constexpr std::array<std::string_view, 12> kPeopleNouns = {"people", "persons",  "person",  "men",
                                                           "women",  "children", "youths",  "boys",
                                                           "girls",  "adults",   "elderly", "individuals"};
constexpr std::array<std::string_view, 4> kPassiveAuxiliaries = {"were", "was", "have", "had"};

}  // namespace

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
  uint16_t clause = 0;
  for (const Token* t = begin; t != end; ++t) {
    TokenView v;
    v.start = t->start;
    v.end = t->end;
    std::string_view surface = text.substr(t->start, t->end - t->start);
    const bool is_word = t->kind == TokenKind::kWord;
    // Folding, lemma and both vocabulary lookups come from the memo (token_cache.h): the same values as
    // FoldCase, Lemmatize and Find, computed once per distinct word.
    const TokenCache::Info info =
        a->token_cache.Lookup(dict, surface, is_word, is_word && t->capitalized && !t->all_caps);
    v.folded_begin = static_cast<uint32_t>(a->folded.size());
    a->folded += info.folded;
    v.folded_end = static_cast<uint32_t>(a->folded.size());
    if (is_word) {
      v.flags |= kFlagWord;
      if (t->capitalized) v.flags |= kFlagCapitalized;
      if (t->all_caps) v.flags |= kFlagAllCaps;
      if (info.may_start_loose) v.flags |= kFlagMayStartLooseName;
      v.lemma = info.lemma;
    }
    v.word = info.word;
    v.classes = info.classes;
    if (t->kind == TokenKind::kPunctuation && (info.classes & kClassClausePunctuation)) ++clause;
    if (is_word && (info.classes & kClassClauseBreakWord)) ++clause;
    v.clause = clause;
    a->tokens.push_back(v);
  }
  auto is = [a](uint32_t i, uint8_t word_class) { return (a->tokens[i].classes & word_class) != 0; };
  // Attributions are clauses of their own, so the speaker is never an object: "..., the ministry said",
  // "..., according to witnesses", "..., a rights group reported".
  for (uint32_t i = 1; i < a->tokens.size(); ++i) {
    if (!is(i, kClassReportingVerb)) continue;
    uint32_t comma = i;
    while (comma > 0 && i - comma <= kMaxAttributionWords && !is(comma, kClassComma)) --comma;
    if (!is(comma, kClassComma)) continue;
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

bool HasDiscardPhrase(const CompiledDictionary& dict, const SentenceAnalysis& a) {
  const PhraseTrie& trie = dict.discard_trie();
  for (uint32_t i = 0; i < a.tokens.size(); ++i) {
    uint32_t node = 0;
    for (uint32_t j = i; j < a.tokens.size(); ++j) {
      if (a.tokens[j].word == kNoWord) break;
      node = trie.Child(node, a.tokens[j].word);
      if (node == 0) break;
      if (trie.HitsBegin(node) != trie.HitsEnd(node)) return true;
    }
  }
  return false;
}

}  // namespace dyad
