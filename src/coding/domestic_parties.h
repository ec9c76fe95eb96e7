// Internal to the coding stage: the country of an event party named only by its sector, from the other
// party of a domestic conflict of power.
#ifndef DYAD_CODING_DOMESTIC_PARTIES_H_
#define DYAD_CODING_DOMESTIC_PARTIES_H_

#include <string_view>

#include "dyad/event.h"

namespace dyad {

// Rebels and the opposition contend with the state of their own country: "the main rebel group demanded that
// Burundi's government grant more rights", "President Dos Santos conceded to demands from UNITA", "rebels
// dismissed an appeal from President Gbagbo" (after "rebels in the Ivory Coast"). When one party of an event
// is named only by its sectors (code == its sectors, no country: a title with a name the dictionaries do not
// know, "militants", "the main rebel group") and the other has a country, and the two are a challenger
// (REB, OPP) and the state's civil authority (GOV, JUD, LEG, COP) in either order, the unnamed one takes that
// country: CAMEO's coders code such a pair as one country's, unless the actor's words, or the word before
// them in `text` (the document, in which the actor's offsets lie), call it "foreign". Not the military
// (foreign troops fight rebels abroad: "troops killed Afghan rebels"), not elites or a bare country (a
// president meets or praises another country), not challengers against challengers. Leaves `actor` as it is
// otherwise.
// A challenger that is the target of the authority's act (`actor_is_target`, the event's CAMEO code `cameo`)
// takes the country only for coercion and force (roots 17-20: arrests, raids, attacks are done at home): a
// government's word on "the rebels" or "the opposition" is as often a foreign government's ("President Obama
// praised the opposition", "the British government called on the rebels to lay down their arms").
void LendDomesticCountry(const EventActor& other, std::string_view text, EventActor* actor,
                         std::string_view cameo = {}, bool actor_is_target = false);

}  // namespace dyad

#endif  // DYAD_CODING_DOMESTIC_PARTIES_H_
