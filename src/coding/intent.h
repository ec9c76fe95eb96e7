// Internal to the coding stage: the CAMEO code of an act that a sentence announces rather than reports.
//
// CAMEO codes intentions, plans and promises of cooperation in root 03 ("will visit Albania" is 036, intent
// to meet or negotiate; "agreed to provide aid" 033) and intended conflict as a threat in root 13
// ("threatened to attack" is 138; "said it would boycott the talks" 1312). The codebook's first rule on verb
// phrases: verbs that innately express intent (plan, promise, pledge, vow, ...) or a WILL / IS_TO / WOULD
// make the act an intent, not an event that took place.
#ifndef DYAD_CODING_INTENT_H_
#define DYAD_CODING_INTENT_H_

#include <string_view>

namespace dyad {

// The 03x or 13x code for an intended act with CAMEO code `act`; `act` itself when it already is one (03x,
// 13x). Empty where CAMEO has no intent form of the act (statements 01, appeals 02, investigations 09,
// demands 10, disapproval 11, rejections 12, force postures 15): an announced act of those kinds is not an
// event. PLOVER follows from the returned code's row in the CAMEO table (AGREE, THREATEN with its mode): the
// PLOVER manual asks for that single category rather than the act plus the auxiliary mode "future".
std::string_view IntentCode(std::string_view act);

// The 10x code for demanding the act `act` of someone ("said China must drop barriers", "demanded that Israel
// ease restrictions": 1051): 04x meet -> 106, 05x -> 102, 06x -> 101x, 07x -> 103x, 08x -> 104x/105x, 03x ->
// the demand matching the intent (036 -> 106, 037 -> 107, 038 -> 108, else 100). Empty for other acts: CAMEO
// has no demand of a statement, a protest or an attack, and "demanded that its partners refuse" is not a
// rejection.
std::string_view DemandCode(std::string_view act);

// The 12x code for refusing the act `act` ("said it will not accept refugees", "won't release the prisoners",
// "would not meet"): 04x meet or negotiate -> 125 (045 mediate -> 126; a visit not made or hosted, 042 and
// 043, is none), 057 sign an agreement -> 127, 06x
// material cooperation -> 121x, 07x aid -> 122x, 08x yield -> 124x (083x reform -> 123x). CAMEO codes an
// announced refusal to cooperate or yield as a rejection. Empty for other acts: "will not criticize" is no
// event, and a negated threat or attack is no rejection.
std::string_view RefusalCode(std::string_view act);

}  // namespace dyad

#endif  // DYAD_CODING_INTENT_H_
