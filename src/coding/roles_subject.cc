// Subjects without a parser (see roles.cc): the nearest actor chunk before a verb in its clause, with the
// exceptions the functions below state, and the shared subject of a verb conjoined after "but", "yet", "and".
#include <array>
#include <string_view>

#include "coding/roles.h"
#include "coding/verb_readings.h"
#include "dyad/text.h"

namespace dyad {
namespace {

// A chunk after "before", "after", "since" or "until" that a past verb follows at once is the subject of a
// clause those words open, not their object: "before the police burst tear-gas shells", "after troops
// opened fire on protestors". A present form there is a plan, no reported act ("a day before Sarkozy heads
// to Beijing").
// So is a chunk whose past verb comes right after it while `verb` is further on in that clause, with no
// comma between: "after President X broke a ceasefire with rebels, bombing their positions and killing ..."
// has X as the subject of "killing".
bool ConjunctionSubject(const SentenceAnalysis& a, const ActorChunk& c, uint32_t verb) {
  constexpr std::array<std::string_view, 5> kConjunctions = {"before", "after", "since", "until", "till"};
  if (c.begin == 0 || c.end > verb) return false;
  if (c.end != verb) {
    const std::string_view past = a.Folded(c.end);
    if (!past.ends_with("ed") && !OneOf(past, kIrregularPasts)) return false;
    for (uint32_t i = c.end; i < verb; ++i)
      if (a.Folded(i) == "," ||
          (a.tokens[i].chunk >= 0 && !PrepositionalObject(a, a.chunks[a.tokens[i].chunk].begin)))
        return false;
  }
  const std::string_view v = a.Folded(c.end);
  if (v.ends_with("s") && !v.ends_with("ss")) return false;
  uint32_t i = c.begin - 1;
  if (a.Folded(i) == "the" && i > 0) --i;
  return OneOf(a.Folded(i), kConjunctions);
}

// A chunk inside an apposition of the chunk before it, between the verb group and its subject: "Pakistan, a
// key US ally in the war, has refused to deploy troops". The apposition opens with a comma after a chunk and
// an article, and a comma closes it with only auxiliaries and adverbs between it and the verb. The subject is
// the chunk the apposition describes. Where no chunk stands before the first comma ("Kenzo Oshima, the UN
// relief coordinator, demanded": a name no dictionary knows) the apposition's actor stays the subject.
bool InApposition(const SentenceAnalysis& a, const ActorChunk& c, uint32_t verb) {
  constexpr std::array<std::string_view, 3> kArticles = {"a", "an", "the"};
  constexpr std::array<std::string_view, 11> kAuxiliaries = {"has", "have", "had", "was",  "were", "is",
                                                             "are", "will", "did", "does", "would"};
  constexpr std::array<std::string_view, 11> kTimeWords = {"on",        "monday", "tuesday",  "wednesday",
                                                           "thursday",  "friday", "saturday", "sunday",
                                                           "yesterday", "today",  "tonight"};
  constexpr uint32_t kMaxAppositionWords = 12;
  uint32_t open = c.begin;
  while (open > 0 && c.begin - open <= kMaxAppositionWords && a.Folded(open) != ",") --open;
  if (a.Folded(open) != "," || open == 0 || a.tokens[open - 1].chunk < 0 ||
      !OneOf(a.Folded(open + 1), kArticles) || a.tokens[open - 1].clause != a.tokens[verb].clause)
    return false;
  for (uint32_t i = open + 1; i < c.begin; ++i)
    if (a.Folded(i) == "," || (a.tokens[i].flags & kFlagInRelativeClause)) return false;
  uint32_t close = c.end;
  while (close < verb && close - c.end <= kMaxAppositionWords && a.Folded(close) != ",") ++close;
  if (close >= verb || a.Folded(close) != ",") return false;
  for (uint32_t i = close + 1; i < verb; ++i)
    if (!SkippedAdverb(a, i) && !OneOf(a.Folded(i), kAuxiliaries) && !OneOf(a.Folded(i), kTimeWords))
      return false;
  return true;
}

// A chunk that is the subject of a "be" of its own clause, which `verb`, a past form further on, is not in:
// "advani denies police were passive  british national visiting gujarat killed" (headlines run together),
// "police were investigating who killed him", "police were deployed after clashes killed two". The chunk is
// followed (past adverbs) by is/are/was/were, and between that "be" and `verb` stands a verb of the be's
// clause (a word in "-ing" or "-ed" or an irregular past: "visiting", "deployed") with no coordinating
// conjunction or comma that could join `verb` to the chunk ("police were called in and killed two" keeps
// it; a "who" there opens a clause of a noun after the chunk: "were hunting the men who killed").
// Not concerned: `verb` in the be's own group ("were on Monday killed": no verb between); `verb` after
// "have", "to" or "be", a perfect, infinitive or passive of that clause ("were accused of having killed");
// a `verb` that is no past form, which may be the be's complement or its verb's object ("were seen beating
// protesters", "police are conducting raids"; measured: also reading a noun after "after" or "who" as
// another clause's, "is offering a reward for information on who placed pipe bombs", lost cameo-100 a
// bombing coded right by its label with the wrong source).
bool SubjectOfOtherBe(const SentenceAnalysis& a, const ActorChunk& c, uint32_t verb) {
  constexpr std::array<std::string_view, 4> kFiniteBe = {"is", "are", "was", "were"};
  constexpr std::array<std::string_view, 7> kJoiners = {"and", "or", "but", "then", "nor", ",", ";"};
  constexpr std::array<std::string_view, 10> kGroupWords = {"have", "has",  "had",   "having", "to",
                                                            "be",   "been", "being", "was",    "were"};
  const std::string_view v = a.Folded(verb);
  if (!v.ends_with("ed") && !OneOf(v, kIrregularPasts)) return false;
  if (const int32_t p = PreviousNonAdverb(a, verb); p >= 0 && OneOf(a.Folded(p), kGroupWords)) return false;
  uint32_t be = c.end;
  while (be < verb && SkippedAdverb(a, be)) ++be;
  if (be >= verb || !OneOf(a.Folded(be), kFiniteBe)) return false;
  bool other_verb = false;
  for (uint32_t i = be + 1; i < verb; ++i) {
    const std::string_view w = a.Folded(i);
    if (OneOf(w, kJoiners)) return false;
    if (a.tokens[i].chunk >= 0 || !(a.tokens[i].flags & kFlagWord)) continue;
    other_verb |= (w.size() > 4 && (w.ends_with("ing") || w.ends_with("ed"))) || OneOf(w, kIrregularPasts);
  }
  return other_verb;
}

}  // namespace

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
    // A restrictive relative clause has the chunk before its pronoun as subject, whatever governs that chunk:
    // "action against the policemen who on sunday killed a man", "the militants who attacked the shrine".
    // Not "that", which is as often a complement ("the decision by the court that detaining suspects ...").
    if (t.chunk < 0 && i > 0 && a.tokens[i - 1].chunk >= 0 &&
        (a.Folded(i) == "who" || a.Folded(i) == "which") && !a.chunks[a.tokens[i - 1].chunk].place)
      return a.tokens[i - 1].chunk;
    if (t.chunk < 0) continue;
    const ActorChunk& c = a.chunks[t.chunk];
    i = c.begin;
    if (!in_relative && (a.tokens[c.begin].flags & kFlagInRelativeClause)) continue;
    if (c.place) continue;
    if (PrepositionalObject(a, c.begin) && !ConjunctionSubject(a, c, anchor)) continue;
    if (!in_relative && InApposition(a, c, anchor)) continue;
    if (SubjectOfOtherBe(a, c, anchor)) return -1;
    return t.chunk;
  }
  return -1;
}

// "Benin opened its borders to X, but was still refusing admittance to Y": a verb group after "but", "yet"
// or "and" that opens its clause with only auxiliaries and adverbs before the verb has the subject of the
// clause before: its first actor chunk that is no place, no object of a preposition and not in a relative
// clause (the object of the first verb comes after its subject). Returns -1 when the words between are
// anything else, or the clause before has no such chunk.
int32_t ConjoinedVerbSubject(const SentenceAnalysis& a, uint32_t verb) {
  // Not "while": "while defending champion X took third" is as often a noun phrase as a verb.
  constexpr std::array<std::string_view, 3> kConjunctions = {"but", "yet", "and"};
  constexpr std::array<std::string_view, 11> kAuxiliaries = {"was", "were", "is",   "are", "has", "have",
                                                             "had", "did",  "does", "do",  "been"};
  uint32_t i = verb;
  while (i > 0 && (SkippedAdverb(a, i - 1) || OneOf(a.Folded(i - 1), kAuxiliaries)) &&
         a.tokens[i - 1].clause == a.tokens[verb].clause)
    --i;
  if (i == 0 || !OneOf(a.Folded(i - 1), kConjunctions)) return -1;
  uint32_t k = i - 1;  // the conjunction
  if (k > 0 && a.Folded(k - 1) == ",") --k;
  if (k == 0 || a.tokens[k - 1].clause == a.tokens[verb].clause) return -1;
  const uint16_t before = a.tokens[k - 1].clause;
  uint32_t begin = k - 1;
  while (begin > 0 && a.tokens[begin - 1].clause == before) --begin;
  for (uint32_t j = begin; j < k; ++j) {
    const int32_t chunk = a.tokens[j].chunk;
    if (chunk < 0) continue;
    const ActorChunk& c = a.chunks[chunk];
    if (!c.place && !(a.tokens[c.begin].flags & kFlagInRelativeClause) && !PrepositionalObject(a, c.begin))
      return chunk;
    j = c.end - 1;
  }
  return -1;
}

bool HeadlinePassiveAct(std::string_view code) {
  return AuthorityAct(code) || code.starts_with("180") || code.starts_with("181") || code.starts_with("182");
}

bool HeadlinePassive(const SentenceAnalysis& a, uint32_t anchor) {
  constexpr std::array<std::string_view, 9> kFiniteVerbs = {"has", "have", "had",   "said", "says",
                                                            "say", "will", "would", "can"};
  constexpr std::array<std::string_view, 4> kOpeners = {"a", "an", "the", "two"};
  // The subject's chunk ends at the participle and opens the headline, after a determiner or a count at most.
  // Integer tests first: most anchors follow no chunk.
  if (anchor == 0 || a.tokens[anchor - 1].chunk < 0) return false;
  const int32_t subject = a.tokens[anchor - 1].chunk;
  if (a.chunks[subject].end != anchor || a.chunks[subject].begin > 2) return false;
  const std::string_view w = a.Folded(anchor);
  if (!(w.ends_with("ed") || w.ends_with("en"))) return false;
  for (uint32_t i = 0; i < a.chunks[subject].begin; ++i)
    if (const std::string_view f = a.Folded(i);
        !OneOf(f, kOpeners) && !(!f.empty() && f[0] >= '0' && f[0] <= '9'))
      return false;
  // No object after it: the headline ends, or a preposition follows ("expelled over spy row").
  if (anchor + 1 < a.tokens.size() && !IsPreposition(a.Folded(anchor + 1))) return false;
  // No other finite verb, and no full stop: a sentence of a story's body has its verb ("Russia expelled
  // from the talks the envoys who ...") and a headline has none.
  for (uint32_t i = anchor + 1; i < a.tokens.size(); ++i) {
    const std::string_view t = a.Folded(i);
    if (t == "." || OneOf(t, kBeForms) || OneOf(t, kFiniteVerbs)) return false;
  }
  return true;
}

}  // namespace dyad
