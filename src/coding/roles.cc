// Role assignment without a parser.
//
// Subject: the nearest actor chunk before the verb in the same clause that is not the object of a preposition
// and not inside a relative clause (a verb inside ", who ...," takes the chunk before the comma). A
// coordinated second verb ("X met Y and praised Z") keeps the first verb's subject. Object: the filled '+'
// slot, else the first chunk after the verb in the same clause, before the next verb. Passive voice swaps
// them: the subject is the target and the "by" phrase the source. Negation: "not", "n't", "never" between
// subject and verb.
#include "coding/roles.h"

#include <algorithm>
#include <array>
#include <string>

#include "dyad/text.h"

namespace dyad {
namespace {

constexpr std::array<std::string_view, 3> kSharedSubjectConjunctions = {"but", "yet", "while"};
// Verbs whose object noun is the event itself: "launched an attack on", "carried out strikes on", "renewed
// an appeal to".
constexpr std::array<std::string_view, 22> kSupportVerbs = {
    "launch",   "carry",    "conduct", "stage", "mount",     "hold",     "make",     "begin",
    "start",    "continue", "resume",  "step",  "intensify", "order",    "escalate", "impose",
    "announce", "declare",  "issue",   "renew", "repeat",    "reiterate"};
constexpr uint32_t kMaxNominalModifiers = 2;
// Words after which a participle in "-ing" before an actor describes it ("Jordan's visiting king").
constexpr std::array<std::string_view, 4> kModifierOpeners = {"'s", "the", "a", "an"};

bool NumberWord(std::string_view w);
constexpr std::array<std::string_view, 8> kApproximators = {"about",  "around", "over",    "nearly",
                                                            "almost", "some",   "roughly", "approximately"};

// Where a trigger is a noun ("the missile strike on Syria"), returns true and sets *possessor to the chunk of
// "Russia's (...) attack" when there is one, and *support_verb to true when a support verb governs the noun
// ("launched an attack on"). `phrase`: the trigger is several words.
bool NominalTrigger(const SentenceAnalysis& a, uint32_t anchor, int32_t* possessor, bool* support_verb,
                    uint32_t* support_index, bool phrase) {
  *possessor = -1;
  *support_verb = false;
  // A past form is a verb, whatever precedes it ("Kazakhstan's largest city dispersed ..."); not the first
  // word of a means after "by" and an article ("killed by an improvised explosive device"). ("of an
  // open-ended strike" stays a verb: the subject of "stopped work on the first day of" is the striker.)
  if (a.Folded(anchor).ends_with("ed") &&
      !(phrase && anchor > 1 && (a.Folded(anchor - 1) == "a" || a.Folded(anchor - 1) == "an") &&
        a.Folded(anchor - 2) == "by"))
    return false;
  // A gerund after a preposition names an act without asserting who did it ("the case for invading Iraq").
  if (anchor > 0 && a.Folded(anchor).ends_with("ing") && IsPreposition(a.Folded(anchor - 1))) return true;
  uint32_t i = anchor;
  for (uint32_t skipped = 0; i > 0 && skipped <= kMaxNominalModifiers; ++skipped) {
    --i;
    std::string_view w = a.Folded(i);
    // A plural possessive: "the traders' arrest" (an apostrophe right after a chunk ending in "s").
    const bool plural_possessive = w == "'" && i > 0 && a.tokens[i - 1].chunk >= 0 &&
                                   a.tokens[i - 1].end == a.tokens[i].start && a.Folded(i - 1).ends_with("s");
    if (plural_possessive) w = "'s";
    if (OneOf(w, kPhraseDeterminers)) {
      if (w == "'s" && i > 0 && a.tokens[i - 1].chunk >= 0) *possessor = a.tokens[i - 1].chunk;
      if (i > 0 && w != "'s") {
        std::string lemma;
        *support_index = i - 1;
        Lemmatize(a.Folded(i - 1), &lemma);
        if (lemma == "out" && i > 1) {  // "carried out an attack"
          *support_index = i - 2;
          Lemmatize(a.Folded(i - 2), &lemma);
        }
        *support_verb = OneOf(std::string_view(lemma), kSupportVerbs);
      }
      return true;
    }
    // "suspending the constitution and arresting opponents", "broke the truce and sent arms": a participle
    // or a past form after "and" is a verb, though a noun after it is a noun ("the arrest and detention of").
    if ((w == "and" || w == "or") &&
        (a.Folded(anchor).ends_with("ing") || OneOf(a.Folded(anchor), kIrregularPasts)))
      return false;
    bool modifier = (a.tokens[i].flags & kFlagWord) && a.tokens[i].chunk < 0 && !IsPreposition(w);
    if (!modifier) return false;
  }
  return false;
}

// A noun event that is the object of a demand ("demanded the arrest of X", "called for a ban and the arrest
// of its leaders", "demanding his arrest"): asked for, not done. Looks back over a few plain words in the
// clause.
bool DemandedNoun(const SentenceAnalysis& a, uint32_t noun) {
  constexpr uint32_t kMaxWords = 6;
  constexpr std::array<std::string_view, 7> kDemandNouns = {"demand", "seek",  "want", "urge",
                                                            "order",  "press", "call"};
  std::string lemma;
  for (uint32_t k = noun; k > 0 && noun - k < kMaxWords;) {
    --k;
    if (a.tokens[k].clause != a.tokens[noun].clause || !(a.tokens[k].flags & kFlagWord)) return false;
    Lemmatize(a.Folded(k), &lemma);
    if (OneOf(std::string_view(lemma), kDemandNouns)) return lemma != "call" || a.Folded(k + 1) == "for";
  }
  return false;
}

// Where a noun event's modality is decided: its support verb ("threatened to launch an offensive"), or the
// verb of an infinitive or future whose object it is ("agreed to provide 70 million dollars of aid", "will
// provide food aid"): the word after the nearest intent "to" or "will" a few plain words back; else the noun.
uint32_t ModalityAnchor(const SentenceAnalysis& a, uint32_t noun, bool support_verb, uint32_t support_index) {
  if (support_verb) return support_index;
  constexpr uint32_t kMaxObjectWords = 8;
  for (uint32_t k = noun; k > 0 && noun - k < kMaxObjectWords;) {
    --k;
    const TokenView& t = a.tokens[k];
    if (t.chunk >= 0 || t.clause != a.tokens[noun].clause) break;
    std::string_view w = a.Folded(k);
    // Only an intent word's "to" moves the anchor: "met to discuss the attack on X" reports the attack.
    if ((w == "to" && IntentGovernor(a, k) >= 0) || OneOf(w, kFutureAuxiliaries) || w == "would")
      return k + 1 < noun ? k + 1 : noun;
    if (!(t.flags & kFlagWord) && w != "," && w != "." && w != "(" && w != ")") continue;  // "25,000", "$"
    if (!(t.flags & kFlagWord)) break;
  }
  return noun;
}

// A one-word plural trigger before a verb or preposition is a noun without a determiner: "432 arrests have
// been made", "preventive arrests were made in the city", "arrests in all major incidents". Used only for
// acts of the authorities, whose verbs a news report does not put in the present tense ("police arrests
// five").
bool PluralNounEvent(const SentenceAnalysis& a, const VerbMatch& m) {
  constexpr std::array<std::string_view, 11> kAfterNoun = {"have", "has",  "had", "were", "are",     "was",
                                                           "is",   "made", "in",  "of",   "followed"};
  const std::string_view w = a.Folded(m.trigger_begin);
  if (m.trigger_end != m.trigger_begin + 1 || !w.ends_with("s") || w.ends_with("ss")) return false;
  return m.trigger_end < a.tokens.size() && OneOf(a.Folded(m.trigger_end), kAfterNoun);
}

constexpr std::array<std::string_view, 3> kForeignParticles = {"down", "off", "back"};

// A number in digits or words ("150", "fifty", "a dozen" is not one: "dozen" is).
bool NumberWord(std::string_view w) {
  constexpr std::array<std::string_view, 16> kNumbers = {
      "one",  "two", "three", "four",   "five",    "six",      "seven",    "eight",
      "nine", "ten", "dozen", "dozens", "hundred", "hundreds", "thousand", "thousands"};
  return (!w.empty() && w[0] >= '0' && w[0] <= '9') || OneOf(w, kNumbers) || w.ends_with("ty") ||
         w.ends_with("teen");
}

// See RoleAssignment::bare_noun.
bool BareNoun(const SentenceAnalysis& a, const VerbMatch& m) {
  constexpr std::array<std::string_view, 17> kVerbMakers = {
      "to",     "will", "would", "shall", "can", "could", "may", "might", "must",
      "should", "did",  "do",    "does",  "not", "n't",   "'ll", "cannot"};
  if (m.trigger_end != m.trigger_begin + 1) return false;
  const std::string_view w = a.Folded(m.trigger_begin);
  if (w.ends_with("ed") || w.ends_with("ing") || w.ends_with("s")) return false;
  const int32_t p = PreviousNonAdverb(a, m.trigger_begin);
  return p < 0 || !(OneOf(a.Folded(p), kVerbMakers) || IsNegativeContraction(a.Folded(p)));
}

// A transitive act on people (17x coercion and arrest, 18x assault and killing) in a one-word past participle
// with no object after it: "the two members arrested in Kolkata", "those detained were released", a
// headline's "50 activists arrested in Mumbai". Arrest, detain, kill and injure always take an object in the
// active, so without one the participle is passive. After "have" it is an active perfect ("police have
// arrested").
//
// The pattern's '+' slot may have reached past a conjunction into the next clause ("five protesters detained
// as police broke up the rally", "two students injured after soldiers opened fire"): an actor right after
// "as", "after", "when" or "while" is that clause's subject, not this participle's object.
bool ReducedPassive(const SentenceAnalysis& a, const VerbMatch& m, std::string_view code) {
  constexpr std::array<std::string_view, 4> kClauseConjunctions = {"as", "after", "when", "while"};
  if (!(code.starts_with("17") || code.starts_with("18"))) return false;
  if (m.trigger_end != m.trigger_begin + 1 || m.source_chunk >= 0) return false;
  if (m.target_chunk >= 0 &&
      !(m.trigger_end + 1 < a.tokens.size() && OneOf(a.Folded(m.trigger_end), kClauseConjunctions) &&
        a.chunks[m.target_chunk].begin == m.trigger_end + 1))
    return false;
  if (!a.Folded(m.trigger_begin).ends_with("ed")) return false;
  if (const int32_t p = PreviousNonAdverb(a, m.trigger_begin); p >= 0) {
    const std::string_view w = a.Folded(p);
    if (w == "have" || w == "has" || w == "had" || w == "having") return false;
  }
  if (m.target_chunk >= 0) return true;  // the conjunction above ends the participle's clause
  uint32_t next = m.trigger_end;
  while (next < a.tokens.size() && SkippedAdverb(a, next)) ++next;
  if (next >= a.tokens.size()) return true;
  const std::string_view w = a.Folded(next);
  // Punctuation ends the participle ("those detained, who ..."); a number is an object ("killed 4 people").
  if (!(a.tokens[next].flags & kFlagWord)) return !w.empty() && !(w[0] >= '0' && w[0] <= '9');
  // "arrested about 150 persons", "killed over 20": an approximated number is the object.
  if (OneOf(w, kApproximators) && next + 1 < a.tokens.size() && NumberWord(a.Folded(next + 1))) return false;
  return IsPreposition(w) || OneOf(w, kBeWords) || w == "are" || w == "have" || w == "has" || w == "had";
}

// A participle after "be" that, with its own preposition, states what its subject does, not what is done to
// it: "Israel is opposed to the plan", "forces were engaged in ethnic cleansing", "the party is committed to
// reform". The pattern matched it as a passive; it is read as an active verb with its subject as source.
bool StativeParticiple(const SentenceAnalysis& a, const VerbMatch& m) {
  constexpr std::array<std::string_view, 7> kParticiples = {"opposed",   "engaged", "involved", "committed",
                                                            "dedicated", "devoted", "united"};
  constexpr std::array<std::string_view, 7> kPrepositions = {"to", "in", "in", "to", "to", "to", "in"};
  const uint32_t next = m.trigger_begin + 1;
  if (!m.passive || next >= a.tokens.size()) return false;
  const std::string_view w = a.Folded(m.trigger_begin);
  for (size_t i = 0; i < kParticiples.size(); ++i)
    if (w == kParticiples[i]) return a.Folded(next) == kPrepositions[i];
  return false;
}

// Some word before token `i` in its clause.
bool WordBefore(const SentenceAnalysis& a, uint32_t i) {
  for (uint32_t k = i; k > 0;) {
    --k;
    if (a.tokens[k].clause != a.tokens[i].clause) return false;
    if (a.tokens[k].flags & kFlagWord) return true;
  }
  return false;
}

// A transitive act on people (17x, 18x) in a one-word past participle right before the noun it describes,
// after a determiner or a number: "the arrested persons were identified as ...", "150 detained activists",
// "of the arrested ramsevaks". The noun is the target of a passive ("persons who were arrested"); the
// pattern's '+' slot took it for the object of an active verb, which has no subject there.
bool AdjectivalParticiple(const SentenceAnalysis& a, const VerbMatch& m, std::string_view code) {
  constexpr std::array<std::string_view, 9> kDescribing = {"the",   "these", "those", "all", "other",
                                                           "their", "his",   "its",   "some"};
  if (!(code.starts_with("17") || code.starts_with("18"))) return false;
  if (m.trigger_end != m.trigger_begin + 1 || m.target_chunk < 0 || m.source_chunk >= 0) return false;
  if (!a.Folded(m.trigger_begin).ends_with("ed") || a.chunks[m.target_chunk].begin != m.trigger_end)
    return false;
  if (m.trigger_begin == 0) return true;
  const uint32_t p = m.trigger_begin - 1;
  if (a.tokens[p].chunk >= 0) return false;
  return OneOf(a.Folded(p), kDescribing) || NumberWord(a.Folded(p));
}

// The subject chunk `subject` of the verb at `verb` (FindSubject) stands right before its verb group: only
// auxiliaries, adverbs and a time phrase ("has", "on Monday", "again") are between, so no other verb, clause
// or conjunction can have put it there ("The dam project has led to half a million people being relocated and
// drawn criticism from ...": "half a million people" are no subject of "drawn"). Used for a pattern's '+'
// slot before its anchor, which verbs.cc leaves empty.
bool SlotSubject(const SentenceAnalysis& a, int32_t subject, uint32_t verb) {
  constexpr std::array<std::string_view, 26> kVerbGroup = {
      "has",    "have",  "had",       "is",       "are",     "was",       "were",     "will",   "would",
      "also",   "again", "on",        "monday",   "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sunday", "today", "yesterday", "recently", "already", "now",       "last",     "week"};
  if (subject < 0) return false;
  const ActorChunk& c = a.chunks[subject];
  if (c.end > verb || a.tokens[c.begin].clause != a.tokens[verb].clause) return false;
  for (uint32_t i = c.end; i < verb; ++i)
    if (!SkippedAdverb(a, i) && !OneOf(a.Folded(i), kVerbGroup)) return false;
  return true;
}

}  // namespace

bool AttributiveSectorWord(const SentenceAnalysis& a, const ActorChunk& chunk) {
  if (chunk.end != chunk.begin + 1 || chunk.agent_entry < 0 || chunk.actor_entry >= 0 ||
      chunk.country_entry >= 0 || chunk.referent >= 0 || chunk.people || chunk.end >= a.tokens.size())
    return false;
  const uint32_t next = chunk.end;
  if (a.tokens[next].chunk >= 0 || !(a.tokens[next].flags & kFlagWord) ||
      (a.tokens[next].flags & (kFlagCapitalized | kFlagAllCaps)) ||
      (a.tokens[chunk.begin].flags & kFlagAllCaps) || a.tokens[next].clause != a.tokens[chunk.begin].clause)
    return false;
  if (a.Tagged()) return IsAdjective(a.tags[chunk.begin]) && IsNoun(a.tags[next]);
  constexpr std::array<std::string_view, 3> kAdjectiveSuffixes = {"al", "ist", "ic"};
  constexpr std::array<std::string_view, 16> kOpeners = {"of",   "in",  "to",    "for", "with", "and",
                                                         "or",   "but", "on",    "at",  "by",   "from",
                                                         "that", "who", "which", "as"};
  const std::string_view w = a.Folded(chunk.begin);
  const std::string_view n = a.Folded(next);
  return std::any_of(kAdjectiveSuffixes.begin(), kAdjectiveSuffixes.end(),
                     [&](std::string_view s) { return w.ends_with(s); }) &&
         !OneOf(n, kOpeners) && !n.ends_with("ed");
}

bool PrepositionalObject(const SentenceAnalysis& a, uint32_t chunk_begin) {
  if (chunk_begin == 0) return false;
  uint32_t i = chunk_begin - 1;
  if (a.Folded(i) == "the" && i > 0) --i;
  // "About 35 protesters were arrested": an approximator opening the sentence or clause before a counted
  // chunk is part of the quantity, not a preposition ("talked about 35 protesters" still is one).
  if (i + 1 == chunk_begin && OneOf(a.Folded(i), kApproximators) && NumberWord(a.Folded(chunk_begin)) &&
      (i == 0 || !(a.tokens[i - 1].flags & kFlagWord) || a.Folded(i - 1) == "and" ||
       a.Folded(i - 1) == "that"))
    return false;
  return IsPreposition(a.Folded(i));
}

bool DomesticAct(std::string_view code) {
  return code.starts_with("14") || code.starts_with("081") || code.starts_with("083") ||
         code.starts_with("172");
}

namespace {

// True when the words after the "to" ending a readiness match at `to_end` (one past the "to") begin a verb
// phrase, an act ("prepared to lift the ban", "committed to opening up", "willing to engage"), not a noun
// phrase, a policy ("committed to poverty reduction", "committed to a strong dollar"), which names no act.
// Without tags, a verb is a word in no actor chunk that ends in "-ing", that anchors a verb pattern, or that
// a determiner, possessive or particle follows (its object: "take their case", "wipe out").
bool VerbComplement(const SentenceAnalysis& a, const CompiledDictionary& dict, uint32_t to_end) {
  uint32_t i = to_end;
  while (i < a.tokens.size() && SkippedAdverb(a, i)) ++i;
  if (i >= a.tokens.size() || a.tokens[i].chunk >= 0 || !(a.tokens[i].flags & kFlagWord)) return false;
  const std::string_view w = a.Folded(i);
  // After "to" a verb stands in its base form, which does not end in a plural's "-s" ("discuss", "focus" do):
  // "committed to talks", "ready to sanctions" are nouns.
  if (w.size() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us")) return false;
  if (a.Tagged()) return IsVerb(a.tags[i]);
  if (OneOf(w, kPhraseDeterminers) || w == "an" || w == "these" || w == "those") return false;
  if (w.ends_with("ing")) return true;
  const auto anchored = dict.PatternsAnchoredAt(a.tokens[i].lemma);
  if (anchored.first != anchored.second) return true;
  constexpr std::array<std::string_view, 5> kParticles = {"up", "out", "off", "down", "back"};
  return i + 1 < a.tokens.size() && (OneOf(a.Folded(i + 1), kPhraseDeterminers) ||
                                     OneOf(a.Folded(i + 1), kParticles) || a.Folded(i + 1) == "these");
}

}  // namespace

bool StatedReadiness(const SentenceAnalysis& a, const CompiledDictionary& dict, const VerbMatch& match,
                     std::string_view code) {
  if (code != "030" || match.trigger_end < match.trigger_begin + 3 ||
      !OneOf(a.Folded(match.trigger_begin), kBeWords) || a.Folded(match.trigger_end - 1) != "to")
    return false;
  // "are simply not prepared to": the pattern's gap may hold the negation, which makes it a refusal.
  for (uint32_t i = match.trigger_begin + 1; i + 1 < match.trigger_end; ++i)
    if (a.Folded(i) == "not" || a.Folded(i) == "never" || IsNegativeContraction(a.Folded(i))) return false;
  return VerbComplement(a, dict, match.trigger_end);
}

bool NonStateSector(std::string_view sector) { return sector == "BUS" || sector == "MNC" || sector == "MED"; }

bool NonStateSource(std::string_view code, const std::vector<std::string>& sectors) {
  return code.starts_with("MNC") || std::any_of(sectors.begin(), sectors.end(), NonStateSector);
}

bool MaterialConflictAct(std::string_view code) {
  return code.size() >= 2 && code.substr(0, 2) >= "17" && code.substr(0, 2) <= "20";
}

void AssignRoles(const SentenceAnalysis& a, std::vector<RoleAssignment>* roles,
                 const CompiledDictionary* dict, bool hypotheticals_as_acts) {
  roles->assign(a.matches.size(), RoleAssignment{});
  // A question ("Will Russia attack Turkey?") reports nothing.
  uint32_t last = static_cast<uint32_t>(a.tokens.size());
  while (last > 0 && (a.Folded(last - 1) == "\"" || a.Folded(last - 1) == "'" || a.Folded(last - 1) == ")"))
    --last;
  const bool question = last > 0 && a.Folded(last - 1) == "?";
  for (size_t m = 0; m < a.matches.size(); ++m) {
    const VerbMatch& match = a.matches[m];
    const uint16_t clause = a.tokens[match.trigger_begin].clause;
    RoleAssignment& r = (*roles)[m];
    int32_t subject = FindSubject(a, match.trigger_begin);
    // "X praised Y but criticized Z": the verb right after the conjunction has the first clause's subject.
    if (subject < 0 && m > 0 && match.trigger_begin > 0 &&
        OneOf(a.Folded(match.trigger_begin - 1), kSharedSubjectConjunctions))
      subject = (*roles)[m - 1].source_chunk;
    if (subject < 0) subject = ConjoinedVerbSubject(a, match.trigger_begin);
    int32_t possessor = -1;
    bool support_verb = false;
    uint32_t support_index = 0;
    const std::string_view code =
        dict != nullptr ? std::string_view(dict->entries()[dict->pattern(match.pattern).entry].code) : "";
    const bool passive = (match.passive && !StativeParticiple(a, match)) ||
                         (dict != nullptr && ReducedPassive(a, match, code)) ||
                         AgentPhraseParticiple(a, match);
    r.passive = passive;
    // A particle the pattern does not include makes another verb of an arrest verb: "the clearance was
    // charged down", "held off", "held back" (a sports report, a delay).
    if (code.starts_with("173") && match.trigger_end == match.trigger_begin + 1 &&
        match.trigger_end < a.tokens.size() && OneOf(a.Folded(match.trigger_end), kForeignParticles))
      r.negated = true;
    const bool nominal =
        !passive && (NominalTrigger(a, match.trigger_begin, &possessor, &support_verb, &support_index,
                                    match.trigger_end > match.trigger_begin + 1) ||
                     (AuthorityAct(code) && PluralNounEvent(a, match)));
    // "threatened to launch an offensive": the support verb carries the modality of a noun event.
    // A noun after "of" is one too ("70 million dollars of aid"), though NominalTrigger, which looks for a
    // determiner, does not take it for one.
    const bool noun = nominal || (match.trigger_begin > 0 && a.Folded(match.trigger_begin - 1) == "of");
    ClassifyModality(
        a, noun ? ModalityAnchor(a, match.trigger_begin, support_verb, support_index) : match.trigger_begin,
        subject, &r, code.starts_with("14"), code, hypotheticals_as_acts);
    if (question || (noun && DemandedNoun(a, match.trigger_begin))) r.negated = true;
    r.bare_noun = !nominal && !passive && BareNoun(a, match);
    if (r.demanded) {
      r.target_chunk = subject;
      r.source_chunk = FindSubject(a, static_cast<uint32_t>(r.governor));
      continue;
    }
    // "Jordan's visiting King Abdullah", "the visiting minister": a one-word participle in "-ing" between a
    // possessive or article and the actor right after it describes that actor; it is no act.
    if (match.trigger_end == match.trigger_begin + 1 && match.trigger_begin > 0 &&
        match.trigger_end < a.tokens.size() && a.Folded(match.trigger_begin).ends_with("ing") &&
        OneOf(a.Folded(match.trigger_begin - 1), kModifierOpeners) &&
        a.tokens[match.trigger_end].chunk >= 0 &&
        a.chunks[a.tokens[match.trigger_end].chunk].begin == match.trigger_end) {
      r.negated = true;
      continue;
    }
    if (nominal && !support_verb) {
      // A noun event takes its source from "X's attack" or "attack by X", not from the clause subject:
      // "Russia condemned the strike on Syria" is not a strike by Russia. The possessor of an arrest or a
      // killing is its victim ("the men's arrest", "his deportation", "his murder"); of a crackdown, an
      // attack or an invasion, its agent ("China's crackdown").
      const bool patient_possessor =
          code.starts_with("173") || code.starts_with("174") || code.starts_with("18");
      r.source_chunk =
          possessor >= 0 && !patient_possessor ? possessor : FindAgentAfterBy(a, match.trigger_end, clause);
      if (match.source_chunk >= 0) r.source_chunk = match.source_chunk;
      r.target_chunk = match.target_chunk >= 0 ? match.target_chunk : patient_possessor ? possessor : -1;
      r.agentless = r.source_chunk < 0;
      // The noun "charge" is an accusation ("a charge the company denies"), not a charge brought by a court.
      if (code.starts_with("173") && match.trigger_end == match.trigger_begin + 1 &&
          a.Folded(match.trigger_begin).starts_with("charge"))
        r.negated = true;
      continue;
    }
    if (!passive && dict != nullptr && AdjectivalParticiple(a, match, code)) {
      r.passive = true;
      r.target_chunk = match.target_chunk;
      r.source_chunk = FindAgentAfterBy(a, match.trigger_end, clause);
      r.agentless = r.source_chunk < 0;
      continue;
    }
    if (passive) {
      r.target_chunk = subject;
      r.source_chunk =
          match.source_chunk >= 0 ? match.source_chunk : FindAgentAfterBy(a, match.trigger_end, clause);
      r.agentless = r.source_chunk < 0;
      continue;
    }
    uint32_t limit = m + 1 < a.matches.size() ? a.matches[m + 1].trigger_begin : a.tokens.size();
    r.source_chunk = match.source_chunk >= 0 ? match.source_chunk : subject;
    // "police opened fire on the mob, killing two": a participle clause after a comma has the subject of the
    // clause it follows, not the nearest chunk (the mob).
    if (match.source_chunk < 0 && m > 0 && match.trigger_begin > 0 &&
        a.Folded(match.trigger_begin).ends_with("ing") && a.Folded(match.trigger_begin - 1) == "," &&
        a.tokens[a.matches[m - 1].trigger_begin].clause == clause && (*roles)[m - 1].source_chunk >= 0)
      r.source_chunk = (*roles)[m - 1].source_chunk;
    // Fighting (19x, 20x) in a pattern written with its '$' right before the anchor names its agent there
    // ("the police firing at taldi"). Without an actor there, a determiner right before the anchor, or an
    // article with one word between, makes it a noun that is no act of the clause's subject ("police said a
    // (huge) fire at the plant was put out"); a verb keeps its subject ("those it fires at Israel").
    if (dict != nullptr && match.source_chunk < 0 && dict->pattern(match.pattern).source_before &&
        (code.starts_with("19") || code.starts_with("20"))) {
      const uint32_t t = match.trigger_begin;
      auto article = [&](uint32_t i) {
        return a.tokens[i].chunk < 0 && (a.Folded(i) == "a" || a.Folded(i) == "an" || a.Folded(i) == "the");
      };
      const bool noun_reading =
          (t > 0 && a.tokens[t - 1].chunk < 0 && MayOpenModifier(a, t - 1)) ||
          (t > 1 && a.tokens[t - 1].chunk < 0 && (a.tokens[t - 1].flags & kFlagWord) && article(t - 2));
      if (noun_reading) r.negated = true;
    }
    // A pattern that places its target before its anchor ("+ draw criticism from $", "+ come under fire from
    // $") says who the target is; with that slot empty ("The dam project has drawn criticism from
    // environmental groups and human rights activists") the words after the verb are the source's side, and
    // the next actor there is no target. (Taking FindSubject's chunk unguarded was tried: it reaches past
    // "half a million people being relocated and drawn criticism", and petr2-gsr's extras rose.)
    const bool target_slot_before = dict != nullptr && dict->pattern(match.pattern).target_before;
    r.target_chunk = match.target_chunk >= 0 ? match.target_chunk
                     : target_slot_before    ? -1
                                             : FindObject(a, match.trigger_end, limit, clause);
    // An event noun right after the verb, matched on its own, ends the object search at it; its author
    // after "from" or "by" is the target ("refused to respond to a demand from the US President").
    if (r.target_chunk < 0 && match.target_chunk < 0 && !target_slot_before && m + 1 < a.matches.size())
      r.target_chunk = NounObjectAuthor(a, match.trigger_end, a.matches[m + 1], clause);
    // An investigation into acts it names without their agent as an actor right after the verb: the acts'
    // agent after "committed by" is the investigated party (InvestigatedAgent).
    if (r.target_chunk < 0 && match.target_chunk < 0 && !target_slot_before && code.starts_with("09"))
      r.target_chunk = InvestigatedAgent(a, match.trigger_end, clause);
    // That slot is the verb's subject ("The United States drew criticism from Chinese students": USA is the
    // target, the students the source), when nothing but its verb group stands between them (SlotSubject).
    if (target_slot_before && match.target_chunk < 0 && SlotSubject(a, subject, match.trigger_begin)) {
      r.target_chunk = subject;
      if (r.source_chunk == subject) r.source_chunk = -1;
    }
    // A '+' slot filled by a sector word used as an adjective ("boycott all official contact with the
    // United States") holds the noun, not an actor: the object is the one after it.
    if (match.target_chunk >= 0 && AttributiveSectorWord(a, a.chunks[match.target_chunk]))
      r.target_chunk = FindObject(a, a.chunks[match.target_chunk].end, limit, clause);
    // A threat or violence against such a noun with a country right after its "in" ("threatened to resume
    // terrorist activities in Israel") is aimed at that country.
    if (r.target_chunk < 0 && (code.starts_with("13") || code.starts_with("18") || code.starts_with("19") ||
                               code.starts_with("20")))
      r.target_chunk = CountryOfAttributiveNoun(a, match.trigger_end, limit, clause);
    // An assault pattern that names its source after the verb and has no target slot ("injured in $ firing",
    // "died in $ firing") says what happened to its subject: "three persons died in police firing". (Other
    // sections' "$" patterns have not been reviewed for this reading.)
    if (match.source_chunk >= 0 && match.target_chunk < 0 && subject != match.source_chunk &&
        code.starts_with("18") && a.chunks[match.source_chunk].begin > match.trigger_begin)
      r.target_chunk = subject;
    // "X met Y and praised Z": the nearest chunk is the first verb's object; the subject is shared. Without
    // the "and", a gerund or infinitive after the object is a complement ("praised Y for resettling
    // refugees", "urged Y to attack Z"): not an act that the text reports as done.
    // Not a source the pattern's own '$' before its anchor named ("rioting and police firing ... left two
    // dead": the police).
    const bool named_before =
        dict != nullptr && match.source_chunk >= 0 && dict->pattern(match.pattern).source_before;
    for (size_t prev = 0; prev < m && r.source_chunk >= 0 && !named_before; ++prev) {
      if ((*roles)[prev].target_chunk != r.source_chunk) continue;
      bool joined = false;
      for (uint32_t i = a.chunks[r.source_chunk].end; i < match.trigger_begin; ++i)
        joined |= a.Folded(i) == "and";
      // "used tear gas to disperse demonstrators protesting the results": a protest in a participle right
      // after the object is a reduced relative clause, whose subject is that object.
      const bool reduced_relative = code.starts_with("14") &&
                                    a.chunks[r.source_chunk].end == match.trigger_begin &&
                                    a.Folded(match.trigger_begin).ends_with("ing");
      if (joined) {
        r.source_chunk = (*roles)[prev].source_chunk;
      } else if (reduced_relative) {
        break;
      } else if (a.Folded(match.trigger_begin).ends_with("ing") ||
                 (match.trigger_begin > 0 && a.Folded(match.trigger_begin - 1) == "to" &&
                  !RealisedInfinitive(a, match.trigger_begin - 1))) {
        // A realised infinitive keeps its subject: "forcing the police to open fire", "the police was forced
        // to lathi-charge".
        r.source_chunk = -1;
      }
    }
    // An arrest or a repression reported done (a past form, or an infinitive ClassifyModality found realised:
    // "was able to arrest") whose subject is no actor ("they arrested him", "sharma had arrested some
    // persons", "they fired 6,500 rounds") was made by an authority the text does not name
    // here: agentless, as a passive without "by". Not "charged": with an unknown subject it is mostly an
    // accusation ("he charged that ..."). Some word must stand before the verb in its clause: a sentence that
    // opens with the participle is a title or a participle clause ("Arrested Development star ...").
    if (r.source_chunk < 0 && subject < 0 && match.source_chunk < 0 && !r.negated && !r.intended &&
        WordBefore(a, match.trigger_begin) && AuthorityAct(code) &&
        (a.Folded(match.trigger_begin).ends_with("ed") ||
         (match.trigger_begin > 0 && a.Folded(match.trigger_begin - 1) == "to")) &&
        !a.Folded(match.trigger_begin).starts_with("charg"))
      r.agentless = true;
  }
  if (dict == nullptr) return;
  ReadExpulsionsFrom(a, *dict, roles);
  TakeReportingAuthorities(a, *dict, roles);
  for (size_t m = 0; m < a.matches.size(); ++m) {
    RoleAssignment& r = (*roles)[m];
    const int32_t means =
        MeansAgent(a, *dict, m, dict->entries()[dict->pattern(a.matches[m].pattern).entry].code, r);
    if (means >= 0) {
      r.source_chunk = means;
      r.agentless = false;
    }
    r.explosive_agent =
        ExplosiveAgent(a, *dict, m, dict->entries()[dict->pattern(a.matches[m].pattern).entry].code, r);
  }
  // The code of a chunk that names a country and nothing else ("Iraq", "thousands of Iraqi"), else "".
  const EntryTable entries = dict->entries();
  auto bare_country = [&](int32_t chunk) -> std::string_view {
    const ActorChunk& c = a.chunks[chunk];
    if (c.country_entry < 0 || c.actor_entry >= 0 || c.agent_entry >= 0 || c.referent >= 0 || c.people)
      return {};
    return entries[c.country_entry].code;
  };
  for (size_t m = 0; m < a.matches.size(); ++m) {
    RoleAssignment& r = (*roles)[m];
    const std::string_view code = entries[dict->pattern(a.matches[m].pattern).entry].code;
    // A domestic act whose object is the source's own country ("thousands of Iraqi Kurds demonstrated in
    // Kirkuk calling for independence from Iraq") names no other party: it is the domestic act, which the
    // coder would otherwise drop as an act of an actor on itself.
    if (!r.negated && !r.demanded && r.source_chunk >= 0 && r.target_chunk >= 0 && DomesticAct(code) &&
        !bare_country(r.source_chunk).empty() && bare_country(r.source_chunk) == bare_country(r.target_chunk))
      r.target_chunk = -1;
    if (r.negated || r.demanded || r.source_chunk < 0 || r.target_chunk >= 0 ||
        !(DomesticAct(code) || StatedReadiness(a, *dict, a.matches[m], code)))
      continue;
    r.domestic = true;
    const int32_t group = a.chunks[r.source_chunk].group;
    for (size_t o = 0; o < a.matches.size() && r.domestic; ++o) {
      const RoleAssignment& other = (*roles)[o];
      if (o != m && !other.negated && other.target_chunk >= 0 && other.source_chunk >= 0 &&
          a.chunks[other.source_chunk].group == group)
        r.domestic = false;
    }
  }
}

}  // namespace dyad
