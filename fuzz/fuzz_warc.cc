// Fuzz target: ReadBuffer on arbitrary bytes read as a WARC archive (plain or gzip). Every document must
// carry an id inside the archive and text, and every diagnostic must name the archive.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "dyad/ingest.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  dyad::Status status = dyad::ReadBuffer(
      "x.warc", bytes, dyad::IngestOptions{},
      [](dyad::Document&& doc) {
        if (!doc.id.starts_with("x.warc#") || doc.text.empty()) std::abort();
        return dyad::Status::Ok();
      },
      [](const dyad::Status& diagnostic) {
        if (diagnostic.ok() || !std::string_view(diagnostic.message()).starts_with("x.warc")) std::abort();
      });
  if (!status.ok()) std::abort();  // the sink never fails, so neither may ReadBuffer
  return 0;
}
