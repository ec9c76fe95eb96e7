// Participle clauses as PETRARCH-2's suites read them (CoderOptions::participle_clause_acts). Internal to
// the coding stage.
#ifndef DYAD_CODING_PARTICIPLE_CLAUSES_H_
#define DYAD_CODING_PARTICIPLE_CLAUSES_H_

#include "coding/sentence.h"

namespace dyad {

// Drops the matches of a participle clause that follows a comma after an earlier match of the sentence
// ("bombarded the city overnight, killing at least eight people"; "held talks ..., offering further military
// support"): from the "-ing" word up to the next comma, clause break or the sentence's end. PETRARCH-2's
// suites code the sentence's act and not such a clause's consequence or addition; news coding keeps both (a
// killing is an event of its own). "including" and "according" open no such clause. Allocates nothing.
void DropParticipleClauseMatches(SentenceAnalysis* analysis);

}  // namespace dyad

#endif  // DYAD_CODING_PARTICIPLE_CLAUSES_H_
