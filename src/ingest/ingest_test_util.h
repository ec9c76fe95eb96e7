// Test helpers: run ingest and collect what reaches the document and diagnostic sinks.
#ifndef DYAD_INGEST_INGEST_TEST_UTIL_H_
#define DYAD_INGEST_INGEST_TEST_UTIL_H_

#include <string>
#include <string_view>
#include <vector>

#include "dyad/ingest.h"

namespace dyad::ingest_test {

struct Collected {
  std::vector<Document> documents;
  std::vector<std::string> diagnostics;  // Status messages
  Status status;
};

inline Collected ReadBufferCollect(std::string_view name, std::string_view bytes,
                                   IngestOptions options = {}) {
  Collected out;
  out.status = ReadBuffer(
      name, bytes, options,
      [&](Document&& doc) {
        out.documents.push_back(std::move(doc));
        return Status::Ok();
      },
      [&](const Status& status) { out.diagnostics.push_back(status.message()); });
  return out;
}

inline Collected ReadInputsCollect(const std::vector<std::string>& inputs, IngestOptions options = {}) {
  Collected out;
  out.status = ReadInputs(
      inputs, options,
      [&](Document&& doc) {
        out.documents.push_back(std::move(doc));
        return Status::Ok();
      },
      [&](const Status& status) { out.diagnostics.push_back(status.message()); });
  return out;
}

}  // namespace dyad::ingest_test

#endif  // DYAD_INGEST_INGEST_TEST_UTIL_H_
