// Sport stories: in a report of a match, "England", "the Argentine" and "Zambia will host Lesotho" name teams
// and players, not states. A coder that reads them as states fills the dyad series with tours, meetings and
// protests between national teams (CAMEO 036, 042, 133 "England will protest to the rugby board").
#ifndef DYAD_CODING_SPORT_STORIES_H_
#define DYAD_CODING_SPORT_STORIES_H_

#include <cstddef>
#include <span>
#include <string_view>
#include <vector>

#include "dyad/event.h"
#include "dyad/text.h"

namespace dyad::coding_internal {

// True when the words of a story (its `tokens` in `text`) say it is about sport: at least three words that
// only sport uses ("striker", "semi-final", "wicket") or match scores ("6-1"), a sport weight of at least 10
// (2 per such word, 1 per word that sport uses often but not only: "coach", "season", "beat"), and that
// weight at least four times the story's count of words of politics ("minister", "government", "police",
// "troops"). The last condition keeps political stories about sport (a minister's warning to football bigots,
// a boycott of the games) coded.
bool IsSportStory(std::string_view text, std::span<const Token> tokens);

// When the story is about sport (IsSportStory), removes from (*events)[first_event..] the events whose source
// is known only by its country (code = country, no sector: "England", "the Chilean"), and those whose target
// is and whose source has no sector either. Events made by institutions ("Greek prosecutors charged the
// sprinter", "MPs signed a motion") stay. Returns how many were removed. The story's words are read only when
// some event is such an event.
size_t DropNationalTeamEvents(std::string_view text, std::span<const Token> tokens, size_t first_event,
                              std::vector<Event>* events);

}  // namespace dyad::coding_internal

#endif  // DYAD_CODING_SPORT_STORIES_H_
