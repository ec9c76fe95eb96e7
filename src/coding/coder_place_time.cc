// An event's date and place: the temporal expressions and place mentions of its document nearest its
// trigger. Part of Coder::Impl (coder_impl.h).
#include <algorithm>

#include "coding/coder_impl.h"

namespace dyad {

// The event's own date: the temporal expression in the trigger's clause nearest to the trigger, else the
// nearest one in the sentence, else the document date ("document" precision). Periods and ranges are dated by
// their first day; date_precision says which they are.
Coder::Impl::EventDate Coder::Impl::DateFor(const Document& doc, const Sentence& s, const VerbMatch& match) {
  if (!times_found) {
    FindTemporalExpressions(doc.text, doc.date, &times);
    times_found = true;
  }
  const TemporalExpression* best = nullptr;
  bool best_same_clause = false;
  uint32_t best_distance = 0;
  const uint32_t trigger_start = analysis.tokens[match.trigger_begin].start;
  const uint16_t clause = analysis.tokens[match.trigger_begin].clause;
  for (const TemporalExpression& t : times) {
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

std::optional<Location> Coder::Impl::PlaceFor(const Document& doc, const Sentence& s, const Event& event) {
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
  if (best == nullptr) best = dateline;
  if (best == nullptr) return std::nullopt;
  return LocationFor(*options.gazetteer, doc.text, *best);
}

}  // namespace dyad
