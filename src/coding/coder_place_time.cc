// An event's date and place: the temporal expressions and place mentions of its document nearest its
// trigger. Part of Coder::Impl (coder_impl.h).
#include <algorithm>
#include <array>

#include "coding/coder_impl.h"

namespace dyad {

// The event's own date: the temporal expression in the trigger's clause nearest to the trigger, else the
// nearest one in the sentence, else the document date ("document" precision). Periods and ranges are dated by
// their first day; date_precision says which they are.
Coder::Impl::EventDate Coder::Impl::DateFor(const Document& doc, const Sentence& s, const VerbMatch& match) {
  times.FindUntil(s.end);  // the loop below reads expressions starting before s.end only
  const TemporalExpression* best = nullptr;
  bool best_same_clause = false;
  uint32_t best_distance = 0;
  const uint32_t trigger_start = analysis.tokens[match.trigger_begin].start;
  const uint16_t clause = analysis.tokens[match.trigger_begin].clause;
  for (const TemporalExpression& t : times.found()) {
    if (t.end <= s.start) continue;
    if (t.start >= s.end) break;
    // The clause of the expression is the clause of the token where it starts.
    uint32_t token = 0;
    while (token + 1 < analysis.tokens.size() && analysis.tokens[token + 1].start <= t.start) ++token;
    const bool same_clause = analysis.tokens[token].clause == clause;
    const uint32_t distance = t.start > trigger_start ? t.start - trigger_start : trigger_start - t.start;
    if (best == nullptr || (same_clause && !best_same_clause) ||
        (same_clause == best_same_clause && distance < best_distance)) {
      best = &t;
      best_same_clause = same_clause;
      best_distance = distance;
    }
  }
  EventDate out;
  if (best == nullptr) {
    out.date = doc.date;
    out.precision = doc.date.empty() ? "" : "document";
    return out;
  }
  std::string_view first = std::string_view(best->value).substr(0, best->value.find('/'));
  out.date = std::string(first);
  if (out.date.size() == 4) out.date += "-01";
  if (out.date.size() == 7) out.date += "-01";
  out.precision = best->precision;
  out.text = doc.text.substr(best->start, best->end - best->start);
  return out;
}

// The event's place: the locative place mention in its sentence nearest the trigger (one after the trigger
// is preferred: "met in Washington", "clashes erupted in eastern Ukraine"), never the source actor's own
// words ("Moscow said"), or the destination of a visit; else the story's dateline place ("MINGORA, Pakistan
// (Reuters) -"). PlaceFor below; FindPlaces finds the document's mentions once.
void Coder::Impl::FindPlaces(const Document& doc) {
  if (places_found) return;
  FindPlaceMentions(*options.gazetteer, doc.text, tokens, &places);
  places_found = true;
}

// Actor chunks inside a place where something happened ("in Paris, Texas": "Texas"; a dateline's "KYIV,
// Ukraine") are places for the roles, not subjects or objects. Places after "to" or "from" keep their actors:
// "sent troops to Syria" has Syria as its target.
void Coder::Impl::MarkPlaceChunks(const Document& doc, const Sentence& s) {
  if (options.gazetteer == nullptr) return;
  // Only a chunk that opens the sentence (a dateline) or follows a comma (", Texas") can be a place the
  // roles would take for an actor: chunks after a preposition are never subjects or objects anyway. Most
  // sentences have neither, and skip the document's place mentions altogether.
  bool candidate = false;
  for (const ActorChunk& c : analysis.chunks)
    candidate |= c.begin == 0 || analysis.Folded(c.begin - 1) == ",";
  if (!candidate) return;
  FindPlaces(doc);
  auto first = std::lower_bound(places.begin(), places.end(), s.start,
                                [](const PlaceMention& m, uint32_t start) { return m.end <= start; });
  for (auto m = first; m != places.end() && m->start < s.end; ++m) {
    if (!m->locative || m->directional) continue;
    for (ActorChunk& c : analysis.chunks)
      if (analysis.tokens[c.begin].start >= m->start && analysis.tokens[c.end - 1].end <= m->end)
        c.place = true;
  }
}

// "Meeting in Brussels, finance ministers ... voiced", "after being held at Guantanamo Bay, the men's
// arrest": a place before the trigger inside a participle phrase of its own (opening the sentence or
// following a subordinator), set off from the trigger by a comma, is where that other act happened, not where
// the event's actors are from. A bare fronted place ("In Tel Aviv, police arrested"), one after a preposition
// ending in -ing ("During talks in X,") and a clause with its own subject ("Protesters gathered in Cairo, and
// police
// ...") are the sentence's setting and count.
bool Coder::Impl::InFrontedParticiplePhrase(uint32_t place_start, uint32_t trigger_start) const {
  if (place_start >= trigger_start) return false;
  uint32_t place_token = 0;
  while (place_token + 1 < analysis.tokens.size() && analysis.tokens[place_token + 1].start <= place_start)
    ++place_token;
  bool comma_between = false;
  for (uint32_t i = place_token; i < analysis.tokens.size() && analysis.tokens[i].start < trigger_start; ++i)
    comma_between |= (analysis.tokens[i].classes & kClassComma) != 0;
  if (!comma_between) return false;
  constexpr std::array<std::string_view, 7> kSubordinators = {"after", "before", "while", "when",
                                                              "since", "once",   "that"};
  uint32_t first = place_token;  // the phrase's first token
  while (first > 0 && (analysis.tokens[first - 1].classes & kClassComma) == 0 &&
         std::find(kSubordinators.begin(), kSubordinators.end(), analysis.Folded(first - 1)) ==
             kSubordinators.end())
    --first;
  for (uint32_t i = first; i < place_token; ++i) {
    const std::string_view w = analysis.Folded(i);
    if ((analysis.tokens[i].flags & kFlagWord) == 0 || w == "being" || w == "having" || w == "been" ||
        std::find(kSubordinators.begin(), kSubordinators.end(), w) != kSubordinators.end())
      continue;
    constexpr std::array<std::string_view, 4> kPrepositions = {"during", "following", "including",
                                                               "according"};
    if (std::find(kPrepositions.begin(), kPrepositions.end(), w) != kPrepositions.end()) return false;
    // A name is no participle ("Mohammed Ali in Karachi, ...": in an actor, or before another capitalised
    // word), nor is "armed" before a noun ("Armed men in Baghdad, ...").
    const bool in_name = analysis.tokens[i].chunk >= 0 ||
                         ((analysis.tokens[i].flags & kFlagCapitalized) && i + 1 < analysis.tokens.size() &&
                          (analysis.tokens[i + 1].flags & kFlagCapitalized));
    if (in_name || w == "armed") return false;
    constexpr std::array<std::string_view, 16> kIrregularParticiples = {
        "held", "kept",   "taken", "seen",   "born",  "built",   "caught", "found",
        "shot", "beaten", "sent",  "hidden", "flown", "brought", "fought", "thrown"};
    return (w.size() >= 5 && (w.ends_with("ing") || w.ends_with("ed"))) ||
           std::find(kIrregularParticiples.begin(), kIrregularParticiples.end(), w) !=
               kIrregularParticiples.end();
  }
  return false;
}

std::optional<Location> Coder::Impl::PlaceFor(const Document& doc, const Sentence& s, const Event& event,
                                              bool* in_sentence) {
  if (in_sentence != nullptr) *in_sentence = false;
  if (options.gazetteer == nullptr) return std::nullopt;
  FindPlaces(doc);
  const PlaceMention* best = nullptr;
  const PlaceMention* dateline = nullptr;
  uint32_t best_distance = UINT32_MAX;
  for (const PlaceMention& m : places) {
    if (m.dateline && dateline == nullptr) dateline = &m;
    if (m.start < s.start || m.end > s.end) continue;
    // A visit's destination is its place even when named as the host ("visited Washington").
    const bool visited = event.cameo == "042" && m.start < event.target.end && event.target.start < m.end;
    if (!m.locative && !visited) continue;
    if (m.start < event.source.end && event.source.start < m.end) continue;
    const uint32_t distance = m.start >= event.trigger_end
                                  ? m.start - event.trigger_end
                                  : 2 * (event.trigger_start - std::min(m.end, event.trigger_start));
    if (distance < best_distance) {
      best_distance = distance;
      best = &m;
    }
  }
  // A place the actors are in: in the trigger's clause ("23 people were killed in Tel Aviv", not ", relief
  // officials in Nairobi said"), and not one the act is directed to or comes from ("to Syria", "from
  // Tehran").
  if (in_sentence != nullptr && best != nullptr && !best->directional) {
    auto clause_at = [&](uint32_t byte) {
      uint32_t token = 0;
      while (token + 1 < analysis.tokens.size() && analysis.tokens[token + 1].start <= byte) ++token;
      return analysis.tokens[token].clause;
    };
    *in_sentence = clause_at(best->start) == clause_at(event.trigger_start) &&
                   !InFrontedParticiplePhrase(best->start, event.trigger_start);
  }
  if (best == nullptr) best = dateline;
  if (best == nullptr) return std::nullopt;
  return LocationFor(*options.gazetteer, doc.text, *best);
}

namespace {

// Whether a place's country may be lent to its actors: not a region (a region's name is often an ordinary
// word, "Western", "South", and a region may lie across a border), nor a month name the place finder took for
// a town ("in August", "in March").
bool LendsItsCountry(const Location& place) {
  constexpr std::array<std::string_view, 12> kMonths = {"January",   "February", "March",    "April",
                                                        "May",       "June",     "July",     "August",
                                                        "September", "October",  "November", "December"};
  return !place.country.empty() && place.precision != "region" &&
         std::find(kMonths.begin(), kMonths.end(), place.text) == kMonths.end();
}

// Whether the actor ending at byte `actor_end` is followed by an "of" or "from" phrase of at most five words
// whose head is a plural of states ("of the G7 nations", "from 12 countries", "of the member states").
bool OfSeveralStates(std::string_view text, uint32_t actor_end) {
  if (actor_end > text.size()) return false;
  std::string_view rest = text.substr(actor_end);
  if (rest.starts_with(" of ")) {
    rest.remove_prefix(4);
  } else if (rest.starts_with(" from ")) {
    rest.remove_prefix(6);
  } else {
    return false;
  }
  for (int words = 0; words < 5 && !rest.empty(); ++words) {
    size_t end = 0;
    while (end < rest.size() && rest[end] != ' ' && rest[end] != ',' && rest[end] != '.' && rest[end] != ';')
      ++end;
    const std::string_view word = rest.substr(0, end);
    if (word == "countries" || word == "nations" || word == "states") return true;
    if (end >= rest.size() || rest[end] != ' ') return false;
    rest.remove_prefix(end + 1);
  }
  return false;
}

}  // namespace

void LendPlaceCountry(const Location& place, std::string_view other, std::string_view text,
                      uint32_t sentence_start, EventActor* actor) {
  // Companies and media trade abroad, refugees and aid groups are abroad by definition: their place says
  // nothing of their country.
  constexpr std::array<std::string_view, 5> kForeignSectors = {"BUS", "MNC", "MED", "REF", "NGO"};
  if (!LendsItsCountry(place) || !actor->country.empty() || actor->code.empty() || actor->sectors.empty())
    return;
  // Only a code made of the actor's sectors ("CVL", "GOVMIL"): an organisation ("IGOUNO") keeps its own.
  // But refugees "fleeing the civil war in Liberia" come from the place named after them.
  const bool fleeing_from_place = actor->end < text.size() && place.start > actor->end &&
                                  (text.substr(actor->end).starts_with(" fleeing ") ||
                                   text.substr(actor->end).starts_with(" who fled ") ||
                                   text.substr(actor->end).starts_with(" who have fled "));
  std::string sectors;
  for (const std::string& sector : actor->sectors) {
    if (std::find(kForeignSectors.begin(), kForeignSectors.end(), sector) != kForeignSectors.end() &&
        !(sector == "REF" && fleeing_from_place))
      return;
    sectors += sector;
  }
  if (sectors != actor->code || other == place.country + sectors) return;
  // Only people the text does not name: a named person ("MP George Galloway", "Archbishop Desmond Tutu")
  // travels; a capitalised word counts but the sentence's first.
  if (actor->end > text.size() || actor->start > actor->end) return;
  for (uint32_t i = actor->start; i < actor->end; ++i) {
    const bool word_start = i == actor->start || text[i - 1] == ' ';
    if (word_start && i != sentence_start && text[i] >= 'A' && text[i] <= 'Z') return;
  }
  // "finance ministers of the 12 eurozone countries", "delegates from 40 nations": people of several states
  // meeting somewhere are not that place's.
  if (OfSeveralStates(text, actor->end)) return;
  // "urged its citizens in Iraq to leave": a possessive before the actor makes it the possessor's people.
  std::string_view before = text.substr(0, actor->start);
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  for (std::string_view p : {"its", "their", "his", "her", "our"})
    if (before.ends_with(p) && (before.size() == p.size() || before[before.size() - p.size() - 1] == ' '))
      return;
  actor->country = place.country;
  actor->code = place.country + actor->code;
}

// "A roadside bomb near the town of Samarra killed one U.S. soldier", "arresting political opponents" after
// "in Haiti": the act of force names no one for this side, whom CAMEO's coders code by the country where it
// happened (the bombers of Samarra are coded IRQ, the people arrested in Haiti HTI). Only material conflict
// (17 coerce to 20), whose unnamed party is there; not when the other party is that country itself.
void LendPlaceToUnnamedActor(const Location& place, std::string_view cameo, std::string_view other,
                             EventActor* actor) {
  if (!LendsItsCountry(place) || !actor->code.empty() || !actor->sectors.empty() ||
      !MaterialConflictAct(cameo) || other == place.country)
    return;
  actor->country = place.country;
  actor->code = place.country;
}

}  // namespace dyad
