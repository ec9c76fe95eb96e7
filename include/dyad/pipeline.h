// The whole pipeline in one call: ingest -> text -> coding, handing each document and its events to a sink.
//
// Start here: include/dyad/dyad.h lists every public header; this one shows how they fit together.
#ifndef DYAD_PIPELINE_H_
#define DYAD_PIPELINE_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "dyad/coder.h"
#include "dyad/document.h"
#include "dyad/event.h"
#include "dyad/ingest.h"
#include "dyad/status.h"

namespace dyad {

struct PipelineStats {
  uint64_t documents = 0;
  uint64_t sentences = 0;
  uint64_t events = 0;
  uint64_t bytes = 0;        // document text bytes after extraction
  uint64_t diagnostics = 0;  // inputs or records skipped over, each reported to the DiagnosticSink
};

// Receives every document (also those without events) with its events.
using CodedDocumentSink = std::function<Status(const Document&, const std::vector<Event>&)>;

// Reads `inputs`, codes every document with `coder` and passes the result to `sink`. Returns non-OK only when
// the sink fails; bad input is reported to `diagnostics` and skipped.
Status CodeInputs(const std::vector<std::string>& inputs, const IngestOptions& ingest_options, Coder* coder,
                  const CodedDocumentSink& sink, const DiagnosticSink& diagnostics, PipelineStats* stats);

}  // namespace dyad

#endif  // DYAD_PIPELINE_H_
