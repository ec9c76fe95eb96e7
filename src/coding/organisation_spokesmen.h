// Spokesmen of organisations the dictionary does not know.
#pragma once

#include "coding/sentence.h"

namespace dyad {

// "Ladbrokes spokesman Warren Lush", "a Fiction Records spokesman", "Swiss Re's spokesman": a spokesman named
// after a capitalised organisation that no dictionary entry covers speaks for that organisation, not for a
// government, so the chunk loses its GOV agent and names no actor (its events are not coded, rather than
// coded as GOV). A spokesman after a known actor or country ("BBC spokesman", "US Embassy spokesman") is one
// chunk with it and is left alone, as is a bare "a spokesman" or "the spokesman" (the story's government as
// often).
void DropUnknownOrganisationSpokesmen(SentenceAnalysis* a);

}  // namespace dyad
