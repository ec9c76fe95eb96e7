// The subject of a sentence's second act, "it" or "they" (second_acts.h).
#include "coding/second_acts.h"

#include <array>
#include <string_view>

#include "coding/coreference.h"
#include "coding/coreference_words.h"
#include "coding/roles.h"
#include "coding/verb_readings.h"

namespace dyad {
namespace {

// Words that open a later clause of the sentence right before its subject pronoun.
constexpr std::array<std::string_view, 3> kClauseOpeners = {"and", "but", ";"};
// Adverbs between such a subject and its verb ("and it later condemned").
constexpr std::array<std::string_view, 8> kSubjectAdverbs = {"later", "also",    "then",       "subsequently",
                                                             "again", "swiftly", "reportedly", "immediately"};
constexpr std::array<std::string_view, 8> kModals = {"will", "would", "could",  "can",
                                                     "may",  "might", "should", "must"};

// The pronoun opens a clause: after an opener, or after "then" that follows an opener or a comma.
bool OpensClause(const SentenceAnalysis& a, uint32_t pronoun) {
  if (pronoun == 0) return false;
  const std::string_view before = a.Folded(pronoun - 1);
  if (OneOf(before, kClauseOpeners)) return true;
  if (before != "then" || pronoun < 2) return false;
  const std::string_view opener = a.Folded(pronoun - 2);
  return opener == "," || OneOf(opener, kClauseOpeners);
}

// A finite verb follows the pronoun (perhaps after one adverb), not a form of "be".
bool FiniteVerbAfter(const SentenceAnalysis& a, uint32_t pronoun, bool singular) {
  const uint32_t n = static_cast<uint32_t>(a.tokens.size());
  uint32_t v = pronoun + 1;
  if (v < n && OneOf(a.Folded(v), kSubjectAdverbs)) ++v;
  if (v >= n || !(a.tokens[v].flags & kFlagWord) || a.tokens[v].chunk >= 0) return false;
  const std::string_view w = a.Folded(v);
  if (OneOf(w, kBeForms)) return false;
  const bool auxiliary = OneOf(w, kModals) || w == "had" || w == (singular ? "has" : "have");
  if (auxiliary) {
    const std::string_view next = v + 1 < n ? a.Folded(v + 1) : std::string_view();
    return next != "be" && next != "been" && next != "not" && next != "n't";
  }
  if (w.size() > 3 && w.ends_with("ed")) return true;
  if (OneOf(w, kIrregularPasts)) return true;
  return singular && w.size() > 3 && w.ends_with('s') && !w.ends_with("ss");
}

// A group of several people or units by its head noun ("the rebels", "Russian troops", "police").
bool PluralGroup(const SentenceAnalysis& a, const ActorChunk& c) {
  if (c.people) return true;
  if (c.agent_entry < 0 || c.actor_entry >= 0) return false;
  const std::string_view head = a.Folded(c.end - 1);
  return head == "police" || (head.size() > 3 && head.ends_with('s') && !head.ends_with("ss"));
}

bool Person(const CompiledDictionary& dict, const SentenceAnalysis& a, const ActorChunk& c) {
  if (c.actor_entry >= 0 && IsPersonEntry(dict.entries()[c.actor_entry])) return true;
  return OneOf(a.Folded(c.end - 1), coref::kPersonTitles) || coref::TitledName(dict, a, c);
}

// The country a chunk names by itself (a named actor's or a country's), or empty.
std::string_view ChunkCountry(const CompiledDictionary& dict, const ActorChunk& c) {
  if (c.referent >= 0) return {};
  if (c.actor_entry >= 0) return dict.entries()[c.actor_entry].country;
  if (c.country_entry >= 0) return dict.entries()[c.country_entry].code;
  return {};
}

// Whether the antecedent fits the pronoun's number: "it" a country or organisation, "they" a plural group or
// a coordinated subject.
bool FitsPronoun(const CompiledDictionary& dict, const SentenceAnalysis& a, int32_t chunk, bool singular) {
  const ActorChunk& c = a.chunks[chunk];
  if (c.place) return false;
  if (Coordinated(a, chunk)) return !singular;
  const bool plural = PluralGroup(a, c);
  return singular ? !plural && !Person(dict, a, c) : plural;
}

}  // namespace

bool Coordinated(const SentenceAnalysis& a, int32_t chunk) {
  const int32_t group = a.chunks[chunk].group;
  for (size_t k = 0; k < a.chunks.size() && group >= 0; ++k)
    if (static_cast<int32_t>(k) != chunk && a.chunks[k].group == group) return true;
  return false;
}

int32_t SecondActAntecedent(const CompiledDictionary& dict, const SentenceAnalysis& a, uint32_t pronoun,
                            int32_t subject_chunk) {
  if (subject_chunk < 0 || !OpensClause(a, pronoun)) return -1;
  const std::string_view w = a.Folded(pronoun);
  const bool singular = w == "it";
  if (!singular && w != "they") return -1;
  if (!FiniteVerbAfter(a, pronoun, singular)) return -1;
  const ActorChunk& c = a.chunks[subject_chunk];
  if (c.place || c.end > pronoun) return -1;
  // A chunk that a capitalised word continues is a modifier of a longer name ("The Arnorian Work Ministry"),
  // not the subject itself.
  if (c.end < a.tokens.size() && (a.tokens[c.end].flags & kFlagCapitalized)) return -1;
  if (!FitsPronoun(dict, a, subject_chunk, singular)) return -1;
  // The subject is preferred, unless the pronoun's own clause names the subject's country as another party
  // ("Russia cut off gas to Ukraine, and it then accused Moscow of blackmail"): an act of the subject on
  // itself is no reading a writer intends, so "it" is the first clause's other actor of its kind, when there
  // is exactly one, and no one otherwise.
  const std::string_view country = ChunkCountry(dict, c);
  if (country.empty()) return subject_chunk;
  bool names_subject_country = false;
  // Only a name of the state itself counts ("Moscow", "Russia"), not a people of it ("the Japanese crew",
  // "German help", "American aid"): a country's own people are often the object of its own act.
  for (size_t k = 0; k < a.chunks.size() && !names_subject_country; ++k) {
    const ActorChunk& o = a.chunks[k];
    const bool adjective = o.actor_entry < 0 && o.country_entry >= 0 && o.end < a.tokens.size() &&
                           (a.tokens[o.end].flags & kFlagWord) &&
                           !(a.tokens[o.end].flags & kFlagCapitalized) && !IsPreposition(a.Folded(o.end)) &&
                           a.Folded(o.end) != "and";
    const bool modifier = o.agent_entry >= 0 || adjective;
    names_subject_country = o.begin > pronoun && !o.place && !modifier && ChunkCountry(dict, o) == country;
  }
  if (!names_subject_country) return subject_chunk;
  int32_t other = -1;
  for (size_t k = 0; k < a.chunks.size(); ++k) {
    const ActorChunk& o = a.chunks[k];
    if (o.begin < c.end || o.end > pronoun) continue;
    if (!FitsPronoun(dict, a, static_cast<int32_t>(k), singular) || ChunkCountry(dict, o) == country)
      continue;
    if (other >= 0) return -1;
    other = static_cast<int32_t>(k);
  }
  return other;
}

}  // namespace dyad
