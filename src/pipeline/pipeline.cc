#include "dyad/pipeline.h"

namespace dyad {

Status CodeInputs(const std::vector<std::string>& inputs, const IngestOptions& ingest_options, Coder* coder,
                  const CodedDocumentSink& sink, const DiagnosticSink& diagnostics, PipelineStats* stats) {
  std::vector<Event> events;
  auto on_document = [&](Document&& doc) -> Status {
    events.clear();
    coder->CodeDocument(doc, &events);
    stats->documents += 1;
    stats->sentences += coder->last_sentence_count();
    stats->events += events.size();
    stats->bytes += doc.text.size();
    return sink(doc, events);
  };
  auto on_diagnostic = [&](const Status& s) {
    stats->diagnostics += 1;
    diagnostics(s);
  };
  return ReadInputs(inputs, ingest_options, on_document, on_diagnostic);
}

}  // namespace dyad
