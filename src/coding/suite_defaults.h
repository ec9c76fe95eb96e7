// TABARI's default actors (DefaultActors, dyad/coder.h): which actors a verb takes when its sentence does not
// name a source or a target. A suite setting; the coder consults it only when DefaultActors::active().
#ifndef DYAD_CODING_SUITE_DEFAULTS_H_
#define DYAD_CODING_SUITE_DEFAULTS_H_

#include <cstdint>
#include <vector>

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

}  // namespace dyad

#endif  // DYAD_CODING_SUITE_DEFAULTS_H_
