// Modality of a verb match without a parser (roles.h, ClassifyModality): negated, hypothetical, demanded,
// announced (intent, threat) or reported as done, from the words before the verb.
#include <algorithm>
#include <array>
#include <string>
#include <string_view>

#include "coding/intent.h"
#include "coding/roles.h"
#include "dyad/text.h"

namespace dyad {
namespace {

// "nobody was arrested", "none were detained": a negative subject negates its verb as "not" does.
constexpr std::array<std::string_view, 7> kNegations = {"not",     "n't",    "never", "no",
                                                        "neither", "nobody", "none"};
constexpr std::array<std::string_view, 8> kHypotheticalModals = {"would", "could", "should", "might",
                                                                 "may",   "must",  "can",    "cannot"};

}  // namespace

// Intended acts (see intent.h). Future auxiliaries make the verb after them an announced act; "would" does
// so only in reported speech ("said it would allow"), elsewhere it is hypothetical ("would create a
// climate").
constexpr std::array<std::string_view, 23> kReportingWords = {
    "said",     "says",     "say",       "saying",   "announced", "told",      "stated",     "confirmed",
    "added",    "insisted", "pledged",   "promised", "vowed",     "warned",    "threatened", "indicated",
    "declared", "agreed",   "signalled", "signaled", "assured",   "announces", "announce"};
// Words whose "to" governs an intended act, by surface or lemma: verbs and nouns of intent, commitment and
// threat ("agreed to", "plans to", "seeks to", "threatened to", "a pledge to"), adjectives after "be" ("is
// ready to", "is due to"), and "be to" itself ("is to visit"). "decide", "try" and "refuse" are not among
// them: a decision is reported as taken, an attempt is not an intent, a refusal is a rejection.
constexpr std::array<std::string_view, 35> kIntentGovernors = {
    "agree",    "plan",      "intend",    "seek",      "aim",         "hope",   "want",
    "prepare",  "prepared",  "pledge",    "promise",   "vow",         "offer",  "undertake",
    "threaten", "swear",     "sworn",     "expect",    "expected",    "ready",  "willing",
    "due",      "set",       "scheduled", "going",     "determined",  "poised", "eager",
    "keen",     "consensus", "intention", "readiness", "willingness", "threat", "is"};
// Adjectives of readiness whose "for" governs an intended act named by a noun ("ready for talks").
constexpr std::array<std::string_view, 3> kReadinessWords = {"ready", "prepared", "poised"};
// A conditional before the verb in its clause makes it hypothetical ("if Russia attacks").
constexpr std::array<std::string_view, 3> kConditionals = {"if", "unless", "whether"};
constexpr std::array<std::string_view, 10> kSkippedAdverbs = {"also", "soon",  "then",  "again", "first",
                                                              "now",  "still", "later", "once",  "jointly"};
constexpr uint32_t kMaxGovernorGap = 4;  // "agreed in principle on Saturday to provide"

bool SkippedAdverb(const SentenceAnalysis& a, uint32_t i) {
  std::string_view w = a.Folded(i);
  if (a.tokens[i].chunk >= 0 || !(a.tokens[i].flags & kFlagWord)) return false;
  return OneOf(w, kSkippedAdverbs) || (w.size() > 4 && w.ends_with("ly"));
}

// The nearest token before `i` that is not a skipped adverb, or -1.
int32_t PreviousNonAdverb(const SentenceAnalysis& a, uint32_t i) {
  while (i > 0) {
    --i;
    if (!SkippedAdverb(a, i)) return static_cast<int32_t>(i);
  }
  return -1;
}

// The intent word that governs the infinitive marker `to_index`, a few plain words back at most, or -1 when
// none does ("urged Russia to attack": an actor stands between, the appeal is coded by its own verb).
int32_t IntentGovernor(const SentenceAnalysis& a, uint32_t to_index) {
  std::string lemma;
  for (uint32_t j = to_index; j > 0 && to_index - j < kMaxGovernorGap;) {
    --j;
    const TokenView& t = a.tokens[j];
    if (t.chunk >= 0 || !(t.flags & kFlagWord) || t.clause != a.tokens[to_index].clause) return -1;
    std::string_view w = a.Folded(j);
    if (w == "are") w = "is";
    // "is to visit" (CAMEO's IS_TO); "is" further back governs nothing ("is about to", "is in talks to").
    if (w == "is") {
      if (j + 1 == to_index) return static_cast<int32_t>(j);
      continue;
    }
    if (OneOf(w, kIntentGovernors)) return static_cast<int32_t>(j);
    Lemmatize(w, &lemma);
    if (lemma != "be" && OneOf(std::string_view(lemma), kIntentGovernors)) return static_cast<int32_t>(j);
  }
  return -1;
}

namespace {

// A reporting word before token `i` in the sentence: "said it would".
bool ReportedBefore(const SentenceAnalysis& a, uint32_t i) {
  for (uint32_t k = 0; k < i; ++k)
    if (OneOf(a.Folded(k), kReportingWords)) return true;
  return false;
}

// What blocks the act of `verb` in the few words before it (after the subject): a negation, else a
// hypothetical modal ("would now boycott"; "would not boycott" is a negation).
enum class Blocker { kNone, kNegation, kModal };
Blocker NegationOrModal(const SentenceAnalysis& a, uint32_t verb, int32_t subject) {
  uint32_t from = verb >= 4 ? verb - 4 : 0;
  if (subject >= 0) from = std::max(from, a.chunks[subject].end);
  bool modal = false;
  for (uint32_t i = from; i < verb; ++i) {
    // "would" in reported speech announces ("said it would attack"); ClassifyModality decides.
    if (a.Folded(i) == "would" && PreviousNonAdverb(a, verb) == static_cast<int32_t>(i) &&
        ReportedBefore(a, i))
      continue;
    const std::string_view w = a.Folded(i);
    if (OneOf(w, kNegations) || IsNegativeContraction(w) || w == "cannot") return Blocker::kNegation;
    modal |= OneOf(w, kHypotheticalModals);
  }
  return modal ? Blocker::kModal : Blocker::kNone;
}

// The auxiliary of an announced refusal right before `verb` (adverbs aside): "will not" / "shall not" /
// "'ll not" / "will never", "won't", and "would not" / "wouldn't" after a reporting word ("said it would not
// meet"). -1 for any other negation ("did not meet" reports that nothing happened; "could not" is
// inability).
int32_t RefusingAuxiliary(const SentenceAnalysis& a, uint32_t verb) {
  const int32_t p = PreviousNonAdverb(a, verb);
  if (p < 0) return -1;
  const std::string_view w = a.Folded(p);
  if (w == "won't" || w == "wont") return p;
  if (w == "wouldn't") return ReportedBefore(a, p) ? p : -1;
  if (w != "not" && w != "never") return -1;
  const int32_t q = PreviousNonAdverb(a, static_cast<uint32_t>(p));
  if (q < 0) return -1;
  const std::string_view aux = a.Folded(q);
  if (OneOf(aux, kFutureAuxiliaries)) return q;
  if (aux == "would" && ReportedBefore(a, q)) return q;
  return -1;
}

// A subject that denies the act: "no protesters were arrested", "not a single activist ... has been
// arrested", "none of the protesters were detained" (a subject after "of" is no chunk the roles take, so
// the words right before the verb are read).
bool NegativeSubject(const SentenceAnalysis& a, uint32_t verb, int32_t subject) {
  constexpr std::array<std::string_view, 5> kNegativeDeterminers = {"no", "not", "none", "neither", "nobody"};
  constexpr std::array<std::string_view, 6> kQuantityWords = {"a", "single", "one", "of", "the", "its"};
  constexpr uint32_t kMaxWords = 3;
  uint32_t i = subject >= 0 ? a.chunks[subject].begin : verb;
  const uint16_t clause = a.tokens[verb].clause;
  for (uint32_t words = 0; i > 0 && words <= kMaxWords + (subject >= 0 ? 0 : 3); ++words) {
    --i;
    if (a.tokens[i].clause != clause || !(a.tokens[i].flags & kFlagWord)) return false;
    const std::string_view w = a.Folded(i);
    if (OneOf(w, kNegativeDeterminers)) return true;
    // Without a subject chunk the words between may also be the noun and the auxiliaries ("of the protesters
    // were"); with one, only a quantity ("not a single", "none of the").
    if (subject >= 0 && !OneOf(w, kQuantityWords)) return false;
  }
  return false;
}

// Words that report a demand made with "must" or "should" ("said China must drop barriers"), and that
// demand an act in a "that" clause ("demanded that Israel ease restrictions").
constexpr std::array<std::string_view, 20> kDemandReporters = {
    "said",      "says",     "saying",   "declared", "reiterated", "insisted", "concluded",
    "announced", "warned",   "told",     "stated",   "added",      "argued",   "stressed",
    "reminder",  "reminded", "demanded", "urged",    "maintained", "declares"};
constexpr std::array<std::string_view, 6> kDemandWords = {"demand", "urge",    "insist",
                                                          "ask",    "request", "press"};

// The token that demands the act at `verb` of its subject, or -1 (see RoleAssignment::demanded).
int32_t DemandingWord(const SentenceAnalysis& a, uint32_t verb, int32_t subject) {
  const int32_t p = PreviousNonAdverb(a, verb);
  if (p >= 0 && (a.Folded(p) == "must" || a.Folded(p) == "should")) {
    if (subject < 0 || a.chunks[subject].end > static_cast<uint32_t>(p)) return -1;
    for (uint32_t k = a.chunks[subject].begin; k > 0;) {
      --k;
      if (OneOf(a.Folded(k), kDemandReporters)) return static_cast<int32_t>(k);
    }
    return -1;
  }
  if (subject < 0) return -1;
  // "... demanded (today) that (its) X <verb>"
  uint32_t i = a.chunks[subject].begin;
  for (uint32_t back = 0; i > 0 && back < 2 && a.Folded(i - 1) != "that"; ++back) --i;
  if (i < 2 || a.Folded(i - 1) != "that") return -1;
  std::string lemma;
  for (uint32_t k = i - 1; k > 0 && i - 1 - k < 3;) {
    --k;
    Lemmatize(a.Folded(k), &lemma);
    if (OneOf(std::string_view(lemma), kDemandWords)) return static_cast<int32_t>(k);
  }
  return -1;
}

}  // namespace

constexpr std::array<std::string_view, 7> kRealisingPastVerbs = {"continued", "began", "started",  "decided",
                                                                 "moved",     "tried", "attempted"};

// Past necessity, compulsion and ability report the infinitive after them as done: "police had to open fire",
// "was forced to lathi-charge", "forcing the police to open fire", "were able to arrest 39", "managed to
// arrest". Present or future forms do not ("have to", "will be able to": the future's modality is checked by
// the caller through the verb's own auxiliaries only, so it is refused here). `to_index` is the "to".
bool RealisedInfinitive(const SentenceAnalysis& a, uint32_t to_index) {
  if (to_index == 0) return false;
  uint32_t j = to_index - 1;
  // "forcing the police to open fire": the compelled actor stands between.
  if (a.tokens[j].chunk >= 0) {
    j = a.chunks[a.tokens[j].chunk].begin;
    if (j > 0 && a.Folded(j - 1) == "the") --j;
    if (j == 0) return false;
    const std::string_view w = a.Folded(j - 1);
    return w == "forcing" || w == "forced" || w == "compelling" || w == "compelled" || w == "prompting";
  }
  const std::string_view w = a.Folded(j);
  if (w == "had") return true;  // "had to": "have to" and "has to" are obligations, not acts
  // Aspect, decision and attempt in the past report the act: "continued to send arms", "began to withdraw",
  // "decided to resume talks", "moved to expel", "tried to hack into" (CAMEO codes attempts as the act: 185
  // is "attempt to assassinate"). Present and future forms ("will continue to", "decides to") are not
  // reports.
  if (OneOf(w, kRealisingPastVerbs)) return true;
  if (w == "managed" || w == "succeeded") return true;
  const int32_t before = PreviousNonAdverb(a, j);
  if (before < 0) return false;
  const std::string_view b = a.Folded(before);
  const bool past_be = b == "was" || b == "were";
  if (w == "able" || w == "forced" || w == "compelled" || w == "obliged") return past_be;
  return false;
}

// An infinitive of purpose after a clause that reports what its subject did: "rallied in the capital to
// protest the law", "shunned work on Monday to protest at". The act before the "to" (a rally, a strike, a
// blockade) is the protest itself, so the protest is reported as done. Not when an actor stands right before
// the "to" ("urged students to protest": an appeal, coded by its own verb), nor when a few plain words back
// hold a word that asks, permits, refuses or names the infinitive ("called on supporters to protest",
// "refused to protest", "the right to protest", "a chance to protest"). `to_index` is the "to".
bool PurposeInfinitive(const SentenceAnalysis& a, uint32_t to_index) {
  constexpr std::array<std::string_view, 30> kNotRealising = {
      "call",        "urge",      "ask",       "encourage", "invite",   "allow",   "permit",     "tell",
      "order",       "persuade",  "convince",  "appeal",    "need",     "refuse",  "decline",    "fail",
      "unable",      "reluctant", "unwilling", "hesitate",  "right",    "freedom", "permission", "chance",
      "opportunity", "how",       "whether",   "plan",      "decision", "have"};
  constexpr uint32_t kMaxWords = 4;
  if (to_index == 0) return false;
  std::string lemma;
  for (uint32_t j = to_index, words = 0; j > 0 && words < kMaxWords; ++words) {
    --j;
    const TokenView& t = a.tokens[j];
    if (t.clause != a.tokens[to_index].clause) return words > 0;
    if (t.chunk >= 0) return words > 0;  // "urged students to protest"; further back, the clause's actors
    if (!(t.flags & kFlagWord)) return words > 0;
    Lemmatize(a.Folded(j), &lemma);
    if (OneOf(a.Folded(j), kNotRealising) || OneOf(std::string_view(lemma), kNotRealising)) return false;
  }
  return true;
}

// Sets r->demanded, r->negated or r->intended (with r->governor) for the verb at `verb`. Negated,
// hypothetical or an infinitive without an intent word: not an act the text reports as done or announces.
// Intent patterns that carry their own "to" ("agree to meet") match as one pattern and never reach the
// infinitive rule.
namespace {

// The modal of a conditional threat at `verb` ("may halt mediation ... if", "will impose sanctions unless"):
// "will", "may", "might", "could" or "would" right before the verb (past adverbs; no negation: "will not
// accept refugees if" is a refusal) and right after the `subject` chunk, the one who threatens (not "the
// agency said ... fragments could injure people if": the subject search reached past the fragments), and
// "if" or "unless" after the verb in the sentence, at most kMaxConditionDistance tokens on. Returns the
// modal's token, or -1.
int32_t ConditionalThreat(const SentenceAnalysis& a, uint32_t verb, int32_t subject) {
  constexpr std::array<std::string_view, 6> kThreatModals = {"will", "'ll", "may", "might", "could", "would"};
  constexpr uint32_t kMaxConditionDistance = 16;
  const int32_t modal = PreviousNonAdverb(a, verb);
  if (modal < 0 || !OneOf(a.Folded(modal), kThreatModals)) return -1;
  uint32_t before = static_cast<uint32_t>(modal);
  while (before > 0 && SkippedAdverb(a, before - 1)) --before;
  if (a.chunks[subject].end != before) return -1;
  for (uint32_t i = verb + 1; i < a.tokens.size() && i <= verb + kMaxConditionDistance; ++i) {
    const std::string_view w = a.Folded(i);
    if (w == "if" || w == "unless") return modal;
    if (w == ";" || w == ".") break;
  }
  return -1;
}

// The words between a subject chunk ending at `from` and the verb group at `to` are plain ones of the same
// clause: at most three words, no comma, no preposition but "on" ("Gondor on Monday refused").
bool PlainWordsBetween(const SentenceAnalysis& a, uint32_t from, uint32_t to) {
  constexpr uint32_t kMaxWordsBetween = 3;
  if (from > to || to - from > kMaxWordsBetween) return false;
  for (uint32_t i = from; i < to; ++i) {
    const std::string_view w = a.Folded(i);
    if (!(a.tokens[i].flags & kFlagWord) || a.tokens[i].clause != a.tokens[to].clause) return false;
    // "a commander who disobeys orders": the chunk heads a relative clause, no refusal of its own.
    if ((w != "on" && IsPreposition(w)) || (a.tokens[i].classes & kClassRelativeWord) || w == "that")
      return false;
  }
  return true;
}

// "(Gondor) said it", "(Gondor) says that they": the subject's own report of the verb group at `to`, a
// reporting verb right after the chunk ending at `chunk_end`, an optional "that" and a subject pronoun right
// before `to`.
bool OwnReportBefore(const SentenceAnalysis& a, uint32_t chunk_end, uint32_t to) {
  uint32_t i = chunk_end;
  if (i >= to || !OneOf(a.Folded(i), kReportingWords)) return false;
  ++i;
  if (i < to && a.Folded(i) == "that") ++i;
  return i + 1 == to && (a.Folded(i) == "it" || a.Folded(i) == "they");
}

// Refusing to speak is declining to comment, no rejection: "refused to say if it would appeal", "refused to
// answer questions", "refused to rule out an interest", "refused to be drawn on".
constexpr std::array<std::string_view, 14> kSpeechInfinitives = {
    "say",      "answer", "comment",   "confirm", "deny",      "discuss", "reveal",
    "disclose", "name",   "speculate", "rule",    "elaborate", "be",      "explain"};
// A claim rejected is a denial, not the rejection of a proposal or demand: "dismissed claims of broken
// promises", "dismisses quit claim report", "rejected the allegations".
constexpr std::array<std::string_view, 16> kAssertionNouns = {
    "claim",       "claims",      "report",  "reports",  "allegation", "allegations",
    "accusation",  "accusations", "comment", "comments", "suggestion", "suggestions",
    "speculation", "criticism",   "rumours", "rumors"};
constexpr std::array<std::string_view, 6> kSubjectPronouns = {"he", "she", "it", "they", "we", "i"};
constexpr uint32_t kMaxObjectWords = 4;  // "dismisses quit claim report"

// What the refusal at `trigger_end` refuses is speech or a claim (kSpeechInfinitives, kAssertionNouns): the
// word right after an infinitive's "to", or a noun in the few words of its object, up to a preposition,
// comma or clause end.
bool RefusesSpeechOrClaim(const SentenceAnalysis& a, uint32_t trigger_end) {
  if (trigger_end == 0 || trigger_end >= a.tokens.size()) return false;
  if (a.Folded(trigger_end - 1) == "to") return OneOf(a.Folded(trigger_end), kSpeechInfinitives);
  for (uint32_t i = trigger_end; i < a.tokens.size() && i < trigger_end + kMaxObjectWords; ++i) {
    const std::string_view w = a.Folded(i);
    if (!(a.tokens[i].flags & kFlagWord) || a.tokens[i].clause != a.tokens[trigger_end].clause ||
        IsPreposition(w))
      return false;
    if (OneOf(w, kAssertionNouns)) return true;
  }
  return false;
}

}  // namespace

bool RefusalWithoutTarget(const SentenceAnalysis& a, const VerbMatch& match, const RoleAssignment& r,
                          bool refused, std::string_view code, int32_t source_chunk) {
  if (source_chunk < 0 || r.intended || r.demanded || r.bare_noun) return false;
  uint32_t group = 0;  // where the refusing verb group begins
  if (refused && r.governor >= 0) {
    group = static_cast<uint32_t>(r.governor);
  } else if (!r.negated && code.starts_with("12")) {
    group = match.trigger_begin;
  } else {
    return false;
  }
  const ActorChunk& subject = a.chunks[source_chunk];
  // A pronoun's antecedent is a guess that no target confirms ("prompted a donor to say he will refuse").
  if (subject.place || subject.end > group || OneOf(a.Folded(subject.begin), kSubjectPronouns) ||
      RefusesSpeechOrClaim(a, match.trigger_end))
    return false;
  return PlainWordsBetween(a, subject.end, group) || OwnReportBefore(a, subject.end, group);
}

void ClassifyModality(const SentenceAnalysis& a, uint32_t verb, int32_t subject, RoleAssignment* r,
                      bool protest, std::string_view act, bool hypotheticals_as_acts) {
  if (const int32_t demander = DemandingWord(a, verb, subject); demander >= 0) {
    r->demanded = true;
    r->governor = demander;
    return;
  }
  // "police arrested no one": a negative object denies the act as well.
  const bool negative_object =
      verb + 1 < a.tokens.size() &&
      (a.Folded(verb + 1) == "nobody" || a.Folded(verb + 1) == "none" ||
       (a.Folded(verb + 1) == "no" && verb + 2 < a.tokens.size() && a.Folded(verb + 2) == "one"));
  if (!act.empty() && subject >= 0 && !NegativeSubject(a, verb, subject) && !negative_object) {
    if (const int32_t modal = ConditionalThreat(a, verb, subject);
        modal >= 0 && IntentCode(act).starts_with("13")) {
      r->intended = true;
      r->governor = modal;
      r->future = OneOf(a.Folded(modal), kFutureAuxiliaries);
      return;
    }
  }
  const Blocker blocker = NegationOrModal(a, verb, subject);
  if (blocker == Blocker::kNegation || NegativeSubject(a, verb, subject) || negative_object) {
    r->negated = true;
    if (blocker == Blocker::kNegation && !negative_object && !NegativeSubject(a, verb, subject)) {
      const int32_t auxiliary = RefusingAuxiliary(a, verb);
      r->refused = auxiliary >= 0;
      r->governor = auxiliary;
    }
    return;
  }
  if (blocker == Blocker::kModal) {
    // TABARI reads no modality: a modal without a negation is the act there ("would now boycott").
    if (!hypotheticals_as_acts) r->negated = true;
    return;
  }
  for (uint32_t i = verb; i > 0;) {
    --i;
    if (a.Folded(i) == "," || a.tokens[i].clause != a.tokens[verb].clause) break;
    if (OneOf(a.Folded(i), kConditionals)) {
      r->negated = true;
      return;
    }
  }
  int32_t p = PreviousNonAdverb(a, verb);
  if (p < 0) return;
  // A bare "be" before the verb is a passive's infinitive or subjunctive: "will be arrested" and "to be
  // arrested" are read by the word before it; "demanded (that) X be arrested" reports no act.
  if (a.Folded(p) == "be") {
    p = PreviousNonAdverb(a, static_cast<uint32_t>(p));
    if (p < 0 || !(OneOf(a.Folded(p), kFutureAuxiliaries) || a.Folded(p) == "to" || a.Folded(p) == "would")) {
      r->negated = true;
      return;
    }
  }
  const std::string_view w = a.Folded(p);
  int32_t governor = -1;
  if (OneOf(w, kFutureAuxiliaries)) {
    governor = p;
  } else if (w == "would") {
    if (!ReportedBefore(a, p)) {
      r->negated = true;
      return;
    }
    governor = p;
  } else if (w == "to") {
    // "is about to sign": imminent, reported as the act itself (the PETRARCH and TABARI suites code it so).
    if (p >= 2 && a.Folded(p - 1) == "about" && OneOf(a.Folded(p - 2), kBeWords)) return;
    // "police had to open fire", "was forced to lathi-charge", "were able to arrest": done, not intended.
    if (RealisedInfinitive(a, static_cast<uint32_t>(p))) return;
    // "to" before a gerund is a preposition ("committed to opening", "due to fighting").
    governor = a.Folded(verb).ends_with("ing") ? -1 : IntentGovernor(a, p);
    // "rallied in the capital to protest the law": the rally is the protest.
    // Its subject must head its noun phrase: after a possessive ("the ministry's Gondor office to protest")
    // the chunk is a modifier of a place or a thing, not the protester.
    if (governor < 0 && protest && subject >= 0 && PurposeInfinitive(a, static_cast<uint32_t>(p)) &&
        !(a.chunks[subject].begin > 0 && a.Folded(a.chunks[subject].begin - 1) == "'s"))
      return;
    if (governor < 0) {
      // TABARI reads no modality: "was seen to break", "was known to break" are the act there.
      if (hypotheticals_as_acts) return;
      r->negated = true;
      return;
    }
  } else if (w == "for") {
    // "is ready for talks with", "stands prepared for a dialogue": readiness for an act announces it as
    // "ready to" does; "for" after anything else ("talks for peace", "arrested for rioting") is no modality.
    const int32_t q = PreviousNonAdverb(a, static_cast<uint32_t>(p));
    if (q < 0 || a.tokens[q].chunk >= 0 || !OneOf(a.Folded(q), kReadinessWords)) return;
    governor = q;
  } else {
    return;
  }
  // "could agree to meet", "did not plan to attack": the governor's own negation or modal counts.
  if (NegationOrModal(a, governor, subject) != Blocker::kNone) {
    r->negated = true;
    return;
  }
  r->intended = true;
  r->governor = governor;
  r->future = OneOf(a.Folded(governor), kFutureAuxiliaries);
}

}  // namespace dyad
