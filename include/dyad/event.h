// A coded political event: who did what to whom, when, with the words that justify it.
//
// The JSON-lines form (see WriteEventJson) is a stable contract: later versions add fields, never rename
// these.
#ifndef DYAD_EVENT_H_
#define DYAD_EVENT_H_

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/where.h"

namespace dyad {

struct EventActor {
  std::string code;                  // "USAGOV"; empty when unknown, never invented
  std::string country;               // "USA"; empty when unknown
  std::vector<std::string> sectors;  // {"GOV"}
  std::string text;                  // the words in the sentence that name the actor
  uint32_t start = 0;                // byte offsets of `text` in Document::text
  uint32_t end = 0;
  // Coreference: when `text` names no one itself ("he", "the minister", "the Central Asian state") and the
  // actor was resolved from an earlier mention of the document, that mention's words and byte offsets
  // ("Kassym-Jomart Tokayev"); empty otherwise.
  std::string antecedent;
  uint32_t antecedent_start = 0;
  uint32_t antecedent_end = 0;

  // True when `sectors` holds `sector` ("COP": the actor is police).
  bool HasSector(std::string_view sector) const {
    return std::find(sectors.begin(), sectors.end(), sector) != sectors.end();
  }
};

struct Event {
  std::string doc_id;
  uint32_t sentence_index = 0;  // 0-based within the document
  std::string sentence;
  EventActor source;
  EventActor target;
  std::string cameo;   // full code, e.g. "051"
  std::string root;    // first two digits, e.g. "05"
  int quad_class = 0;  // 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
  double goldstein = 0.0;
  // PLOVER (through the CAMEO-to-PLOVER table): event ("CONSULT"), mode ("visit") and contexts. The event is
  // empty for CAMEO codes that PLOVER does not map (public statements, appeals).
  std::string plover_event;
  std::string plover_mode;
  std::vector<std::string> plover_contexts;
  std::string date;            // YYYY-MM-DD, empty when unknown
  std::string date_precision;  // "day", "month", "year", "range" or "document"
  // The words that dated the event ("July 1-2", "last month"); empty when the document date was used.
  std::string date_text;
  // Where it happened: the place named in the event's sentence after a locative word ("in Washington"),
  // else the story's dateline place; empty when the text names neither.
  std::optional<Location> location;
  // Evidence: the trigger words and their byte span in Document::text; `rule` names the dictionary entry
  // (file:line and pattern) that fired, shown with --explain.
  std::string trigger;
  uint32_t trigger_start = 0;
  uint32_t trigger_end = 0;
  std::string rule;
};

// CAMEO root ("05") to quad class (1-4); 0 for an unknown root.
int QuadClassForRoot(std::string_view root);

}  // namespace dyad

#endif  // DYAD_EVENT_H_
