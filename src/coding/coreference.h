// Internal to the coding stage: coreference inside one document.
//
// A DiscourseMemory remembers the few actors a document has named so far (people, countries, and
// capitalised names the dictionary does not know) and resolves, sentence by sentence, the mentions that name
// no one themselves, where the sentence has no name in that place:
//   - personal pronouns he/him/she/her: the most salient person of the current or the two sentences before
//     (the nearest sentence; in it a subject before others; a subject pronoun prefers an earlier subject to a
//     phrase object of its own sentence; an object pronoun takes the nearest name of its own sentence), whose
//     gender does not contradict the pronoun. "her" before a noun is a possessive, not a mention;
//   - a singular person title after "the" ("the minister", "the president", "the spokesman"): the most
//     recent person (three sentences back at most) given the same title, or named without one and of that
//     sector in the dictionary; unresolved, the title itself is remembered as a person;
//   - a state institution after "the" ("the government", "the army", "the police"): the country of an
//     earlier sentence (four back at most), composed with its sector, unless the mention's own sentence
//     names a country (then "Russia attacked the army" is two actors);
//   - "his"/"her" before a sector noun ("his government"): the person's country plus the sector; "its": the
//     country of the current or the previous sentence;
//   - a country description ("the country", "the nation", "the kingdom", "the republic", "the Central Asian
//     state", "the Gulf state", "the country's president"): the most recent country, checked against the
//     region word and against monarchy ("kingdom") or its absence ("republic"); "state" needs a region word;
//     "the neighbouring country" and "the Republic of ..." are not resolved; "in the country" is a place.
// Plural descriptions ("the two presidents") and ones followed by "of" are not resolved. A pronoun that
// resolves to an unknown name ("analyst John Smith"), or to nothing, stays unresolved: it names no one and
// yields no event. "it", "they" and their forms are not resolved across sentences (see src/README.md,
// coding); within a sentence, one that opens a later clause as its subject ("Egypt condemned Israel; it later
// expelled ...") is that sentence's earlier subject where it agrees in number (second_acts.h).
// People are the actors of a dictionary file whose name contains "people" (dyad's people.txt) and titled
// names the dictionary does not know ("Foreign Minister Beibut Atamkulov"); other named actors are
// organisations or metonyms and count only for their country.
//
// Cost: at most kCapacity entities, reset per document; one pass over a sentence's tokens that looks at
// flags and lengths before any word; no allocation once the buffers have grown.
#ifndef DYAD_CODING_COREFERENCE_H_
#define DYAD_CODING_COREFERENCE_H_

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

#include "coding/sentence.h"

namespace dyad {

class DiscourseMemory {
 public:
  // Forgets everything: call at the start of each document.
  void Reset();

  // Resolves the referring mentions of sentence number `sentence` (its chunks found by FindActorChunks):
  // sets ActorChunk::referent on definite descriptions and possessives, adds chunks for pronouns and country
  // descriptions that resolve (in token order; token chunk indices are renumbered), and remembers the
  // sentence's named actors.
  // With `lend_countries` (CoderOptions::sentence_country_sectors) it first gives a titled name the
  // dictionary places in no country ("Vice-President Tom Awori", "Judge Ana Reyes") the one country of its
  // sentence, where the document names no other (LendStoryCountry).
  void ResolveSentence(const CompiledDictionary& dict, uint32_t sentence, SentenceAnalysis* analysis,
                       bool lend_countries = true);

 private:
  enum class Kind : uint8_t { kPerson, kCountry, kUnknownName };
  enum class Gender : uint8_t { kUnknown, kMale, kFemale };
  struct Entity {
    Referent what;  // antecedent_* is the naming mention
    Kind kind = Kind::kPerson;
    Gender gender = Gender::kUnknown;
    uint32_t sentence = 0;  // last mention
    uint32_t position = 0;  // its first token within that sentence
    bool subject = false;   // the last mention was its clause's first actor, not after a preposition
  };
  // What a mention may refer to.
  enum class Want : uint8_t { kMale, kFemale, kPersonWithTitle, kCountry };

  // The best entity for a mention at (sentence, position) within `window` earlier sentences, or -1.
  // `title_entry` is the sector noun of a kPersonWithTitle description; `region` (space-separated country
  // codes), `kingdom` and `republic` narrow a country description; an `object` pronoun takes the nearest
  // mention of its own sentence rather than the subject.
  int Find(const CompiledDictionary& dict, Want want, int32_t title_entry, std::string_view region,
           bool kingdom, bool republic, uint32_t sentence, uint32_t position, uint32_t window,
           bool object = false) const;
  // Records (or refreshes) an entity; returns its index.
  int Remember(const Entity& entity);
  // A titled name without a country (TitledName, no entry: "President Jan Novak") in a sentence whose
  // chunks name exactly one country, through a group of that nationality or a possessive ("Chilean
  // officials", "Haiti's elections"; no person, no place, no country named alone), takes that country,
  // when the memory holds no other country of the last kCountryWindow sentences: a story about one country
  // names its officials by title, and an unknown one is of that country. Not when the country's chunk has the
  // same sector ("President X welcomed South African leader F.W. de Klerk": two heads of state meet; "Kazakh
  // officials met President X" would be an act on itself) or is coordinated with the titled name.
  void LendStoryCountry(const CompiledDictionary& dict, uint32_t sentence, SentenceAnalysis* analysis) const;
  // Refreshes entity `e` as mentioned again at (sentence, position).
  void Touch(int e, uint32_t sentence, uint32_t position, bool subject);

  static constexpr size_t kCapacity = 12;
  std::array<Entity, kCapacity> entities_{};
  size_t count_ = 0;
  std::vector<ActorChunk> merged_;  // scratch for inserting new chunks in token order
  std::vector<ActorChunk> added_;
};

// A person named by the dictionary: the actors of a file whose name contains "people" (dyad's people.txt,
// dated office holders, holds people only); other named actors are organisations, institutions and metonyms
// ("the Kremlin").
bool IsPersonEntry(const EntryView& e);

// Fills `out` (code, country, sectors; not the text span) from a referent, as the coder composes a named
// chunk: a named actor's own code, a named person known only by country taking the referent's sector, or a
// country composed with a sector.
struct EventActor;
void ResolveReferent(const EntryTable& entries, const Referent& referent, EventActor* out);

}  // namespace dyad

#endif  // DYAD_CODING_COREFERENCE_H_
