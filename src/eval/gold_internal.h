// Internal helpers shared by the gold-set files of the eval stage (not public API).
#ifndef DYAD_SRC_EVAL_GOLD_INTERNAL_H_
#define DYAD_SRC_EVAL_GOLD_INTERNAL_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/gold.h"

namespace dyad::gold_internal {

Status ReadWholeFile(const std::string& path, std::string* out);

// 1-based line number of byte `offset` in `text`.
size_t LineAt(std::string_view text, size_t offset);

// Finds `span` in `text`, taking the occurrence nearest to byte `hint`; false when it does not occur.
bool LocateSpan(std::string_view text, std::string_view span, size_t hint, GoldSpan* out);

// Byte offset of code point `index` in UTF-8 `text` (annotation tools count code points); text.size() past
// the end.
size_t ByteOffsetOfCodePoint(std::string_view text, size_t index);

// The label set of each sentence for one coding source, used by the agreement measures.
using LabelSets = std::vector<std::vector<std::string>>;

// cameo-100 only: the coders' pairwise agreement and dyad's agreement with each coder (labels and actor
// spans), the time and place span recall. Fills the has_ceiling and has_spans parts of `report`.
void ScoreCameo100Extras(const GoldSet& set, const GoldOutputs& outputs, GoldSetReport* report);

// Actor span agreement of `ours` with `gold` events of the same label: for each of our events whose label
// the gold coding also has, its source (target) counts as right when it overlaps a source (target) span of a
// gold event of that label. Slots the gold leaves empty are not checked.
void CompareActorSpans(const std::vector<GoldEvent>& gold, const std::vector<GoldEvent>& ours,
                       uint32_t* checked, uint32_t* correct);

// dyad's events of one sentence as GoldEvents in the set's scheme (label, source and target spans).
std::vector<GoldEvent> EventsAsGold(GoldScheme scheme, const std::vector<Event>& events);

}  // namespace dyad::gold_internal

#endif  // DYAD_SRC_EVAL_GOLD_INTERNAL_H_
