// Actor names whose words stand apart (actor_names.cc), a step of FindActorChunks' longest-match walk.
#pragma once

#include <cstdint>

#include "coding/sentence.h"

namespace dyad {

// At most this many tokens stand between two words of one actor name under CoderOptions::name_gaps.
inline constexpr uint32_t kMaxNameGap = 2;
// A name matched across gaps has at most this many words (longer phrases end the walk there).
inline constexpr uint32_t kMaxGappedNameWords = 16;

// TABARI matches the words of a multi-word actor name with other words between them ("ITHILEN TELEVISION"
// names "Ithilen state-run television", "PRINCE DOL_AMROTH" "the Prince of Dol_Amroth"), and its texts
// write names with '_' ("Dol_Amroth"), which the tokenizer leaves as a token of its own.
//
// The walk over the actor trie has reached `node` (at least one word of a name matched) and token `j` does
// not continue it. Returns the index of the token after a gap of 1 to kMaxNameGap tokens starting at `j`
// that continues the name, and sets `*child` to the trie node that token reaches; returns `j` with `*child`
// 0 when there is none. A gap holds only '_' written against both neighbours and words that cannot be part
// of another role in the clause: no punctuation, clause break, "and"/"or"/"nor", a word that anchors a verb
// pattern (a verb between two actors is the act, not a name's inside) or a word that is an actor, country
// or sector on its own. Allocates nothing.
uint32_t ContinueNameAcrossGap(const CompiledDictionary& dict, const SentenceAnalysis& a, uint32_t node,
                               uint32_t j, uint32_t* child);

}  // namespace dyad
