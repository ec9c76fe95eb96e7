// Output formats for events: JSON lines (the stable contract) and TSV.
#ifndef DYAD_OUTPUT_H_
#define DYAD_OUTPUT_H_

#include <string>

#include "dyad/event.h"

namespace dyad {

// Appends one JSON object (no trailing newline) in the documented contract to `out`.
void WriteEventJson(const Event& event, bool explain, std::string* out);

// The TSV header line (no trailing newline) and one row per event; tabs and newlines in text are escaped.
const char* EventTsvHeader();
void WriteEventTsv(const Event& event, std::string* out);

// Appends `s` as a JSON string literal (with quotes) to `out`; invalid UTF-8 never reaches here (ingest
// repairs).
void AppendJsonString(std::string_view s, std::string* out);

}  // namespace dyad

#endif  // DYAD_OUTPUT_H_
