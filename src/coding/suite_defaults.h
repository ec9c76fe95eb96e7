// TABARI's default actors (DefaultActors, dyad/coder.h): which actors a verb takes when its sentence does not
// name a source or a target. A suite setting; the coder consults it only when DefaultActors::active().
#ifndef DYAD_CODING_SUITE_DEFAULTS_H_
#define DYAD_CODING_SUITE_DEFAULTS_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "coding/sentence.h"
#include "dictionary/compiled.h"
#include "dyad/coder.h"

namespace dyad {

// A source or target member that stands for DefaultActors::source or ::target.
inline constexpr int32_t kDefaultActor = -3;

// `sources` and `targets` are the members (actor chunk indices) the verb found, either possibly empty.
// Fills them as TABARI does under `defaults` (see DefaultActors): after the call `sources` is empty only
// when there is no default source (the verb is then not coded), and `targets` is empty only when there is
// no default target and no actor to take (the coder's own rules for a verb without target then apply).
void ApplyDefaultActors(const DefaultActors& defaults, std::vector<int32_t>* sources,
                        std::vector<int32_t>* targets);

// PETRARCH-2 combines a verb with the act its infinitive names by its coding ontology, which adds the verb's
// class to the act's content: a verb the dictionary codes as an intent by itself ("WANT [030]") makes a
// cooperative act (CAMEO roots 05-08, whose ontology codes carry no class of their own) its intent: "wants to
// help Gondor" 033, where the suites' coders otherwise code an announced act as the act
// (CoderOptions::future_as_act: "agreed to lift the sanctions" is the lifting, AGREE being 050). An act with
// a class of its own (a meeting 04x, an investigation 09x) stays the act: "prepared to attend the games" 042.
// True when `act_code` is in roots 05-08 and the word at token `governor` anchors a one-word pattern whose
// code is in root 03. Asked only for suites, for an intended act.
bool IntentCombinesWith(const CompiledDictionary& dict, const SentenceAnalysis& a, uint32_t governor,
                        std::string_view act_code);

}  // namespace dyad

#endif  // DYAD_CODING_SUITE_DEFAULTS_H_
