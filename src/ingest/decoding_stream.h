// Byte streams for archive readers: bytes from an open file or a buffer, inflated when they are gzip.
//
// A WARC file is usually written as one gzip member per record, concatenated (".warc.gz"); a corrupt or
// truncated member must cost that record, not the rest of the archive. DecodingStream therefore inflates
// member by member, and on corrupt data reports the compressed byte offset and resumes at the next gzip
// member header it finds. Plain (uncompressed) input passes through unchanged. Not part of the public API.
#ifndef DYAD_INGEST_DECODING_STREAM_H_
#define DYAD_INGEST_DECODING_STREAM_H_

#include <zlib.h>

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/ingest.h"
#include "dyad/status.h"

namespace dyad::ingest_internal {

// Where the (possibly compressed) bytes come from: a buffer, an open file, or a buffer followed by the rest
// of a file (the head already read from a pipe to sniff its format). Neither the file nor the buffer is
// owned; both must outlive the source.
class ChunkSource {
 public:
  explicit ChunkSource(std::FILE* file) : file_(file) {}
  explicit ChunkSource(std::string_view bytes) : bytes_(bytes) {}
  ChunkSource(std::string_view head, std::FILE* rest) : file_(rest), bytes_(head) {}

  // Copies up to `capacity` bytes into `out`; 0 means the end. Fails only on a read error of the file.
  [[nodiscard]] Result<size_t> Read(char* out, size_t capacity);

 private:
  std::FILE* file_ = nullptr;
  std::string_view bytes_;
};

// A place in the decoded output where contiguous data ends: the bytes in [damaged_from, at) came from a
// member that turned out corrupt or truncated (empty when it produced nothing), and the bytes from `at` on
// come from the next readable member.
struct StreamBreak {
  uint64_t damaged_from = 0;
  uint64_t at = 0;
};

class DecodingStream {
 public:
  // `name` prefixes every diagnostic ("archive.warc.gz: byte 1234: ...").
  DecodingStream(ChunkSource source, std::string name, const DiagnosticSink& diagnostics);
  ~DecodingStream();
  DecodingStream(const DecodingStream&) = delete;
  DecodingStream& operator=(const DecodingStream&) = delete;

  // Copies up to `capacity` decoded bytes into `out`; 0 means the end of the input. Corrupt or truncated gzip
  // data is reported to the diagnostics (with its compressed byte offset) and skipped: decoding resumes at
  // the next member header after the damaged member's start, and a StreamBreak records where. Only a read
  // error of the underlying file fails.
  [[nodiscard]] Result<size_t> Read(char* out, size_t capacity);

  // Whether the input is gzip (known after the first Read).
  bool compressed() const { return mode_ == Mode::kGzip; }
  // The first break at or after decoded offset `from` (at >= from), or null.
  const StreamBreak* NextBreak(uint64_t from) const;
  // Whether decoded bytes in [from, to) came from a damaged member.
  bool Damaged(uint64_t from, uint64_t to) const;
  // Drops what is known of breaks that end before `offset` (readers call it as they move on).
  void ForgetBreaksBefore(uint64_t offset);

 private:
  enum class Mode { kUnknown, kPlain, kGzip };

  // Drops the input before input_[keep_from] and appends the source's next chunk; false at its end.
  [[nodiscard]] Result<bool> ReadChunk(size_t keep_from);
  // Ensures unread input is available (keeping the current member's bytes for a rewind); false at the end.
  [[nodiscard]] Result<bool> Refill();
  // Drops input up to the next gzip member header ("\x1f\x8b\x08"); returns false when none is left.
  [[nodiscard]] Result<bool> SkipToNextMember();
  // After corrupt data: go back to just after the damaged member's header, so that a member the damaged one
  // ran into is found again.
  void RewindIntoMember();
  void Report(uint64_t offset, const std::string& message);
  uint64_t consumed() const { return input_base_ + input_pos_; }

  ChunkSource source_;
  std::string name_;
  const DiagnosticSink& diagnostics_;
  Mode mode_ = Mode::kUnknown;
  z_stream zlib_{};
  bool zlib_ready_ = false;
  std::string input_;  // compressed bytes; input_[input_pos_, size) are unread
  size_t input_pos_ = 0;
  uint64_t input_base_ = 0;            // compressed offset of input_[0]
  uint64_t member_start_ = 0;          // compressed offset of the current member's header
  uint64_t member_decoded_start_ = 0;  // decoded offset of its first byte
  bool in_member_ = false;             // a member has started and has not reached its end
  bool source_done_ = false;
  uint64_t decoded_ = 0;  // decoded bytes returned so far
  std::vector<StreamBreak> breaks_;
};

// Inflates a whole gzip or zlib ("deflate") body, as HTTP's Content-Encoding uses them. Fails with a message
// without a location (the caller adds it) on corrupt or truncated data or when the output would pass
// `max_bytes`.
[[nodiscard]] Status InflateBody(std::string_view compressed, size_t max_bytes, std::string* out);

// The first bytes (at most `max_bytes`) that a gzip prefix decodes to; "" when it is not gzip. For sniffing.
std::string InflatePrefix(std::string_view compressed, size_t max_bytes);

}  // namespace dyad::ingest_internal

#endif  // DYAD_INGEST_DECODING_STREAM_H_
