// WARC archives (ISO 28500, WARC/1.0 and 1.1), plain or gzip-compressed per record (".warc.gz"), as web
// crawlers (wget, Heritrix, warcio, Common Crawl's WARC and WET files) write them. One Document per
// `response`, `resource` or `conversion` record whose payload is HTML or plain text; requests, metadata,
// warcinfo, revisits, redirects and images are passed over without a message. The archive is streamed: memory
// holds one record at a time.
//
// Damage costs only the records it touches: a truncated record, a header without a valid Content-Length, a
// Content-Length that runs into the next record, bytes that are no record, or corrupt compressed data is
// reported with the record's number and byte offset, and reading resumes at the next record header. Bytes
// decoded from a damaged gzip member never join a record, and never join the bytes after the damage.
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/ingest.h"
#include "ingest/decoding_stream.h"
#include "ingest/ingest_internal.h"
#include "ingest/warc_internal.h"

namespace dyad::ingest_internal {
namespace {

using warc::FieldValue;
using warc::kMaxRecordBytes;

constexpr size_t kMaxHeaderLineBytes = size_t{64} << 10;
constexpr size_t kMaxHeaderLines = 1000;
constexpr size_t kReadChunkBytes = size_t{1} << 16;

bool ParseLength(std::string_view text, uint64_t* length) {
  text = warc::Trimmed(text);
  if (text.empty() || text.size() > 18) return false;
  uint64_t value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
    value = value * 10 + static_cast<uint64_t>(c - '0');
  }
  *length = value;
  return true;
}

// Buffered reading of the decoded archive: header lines and blocks of known length. Neither a line nor a
// block runs across a break of the decoded stream (see StreamBreak).
class ArchiveInput {
 public:
  explicit ArchiveInput(DecodingStream* stream) : stream_(stream) {}

  enum class Line { kLine, kEnd, kTooLong };
  // Reads one line without its terminator. A line longer than kMaxHeaderLineBytes is consumed and reported
  // as kTooLong.
  [[nodiscard]] Result<Line> ReadLine(std::string_view* line) {
    size_t scanned = 0;
    while (true) {
      const size_t available = buffer_.size() - pos_;
      const size_t before_break = BytesBeforeBreak(available);
      const size_t window = std::min(available, before_break);
      size_t newline = std::string_view(buffer_).substr(pos_, window).find('\n', scanned);
      if (newline != std::string_view::npos || before_break <= available) {
        const size_t length = newline != std::string_view::npos ? newline : window;
        *line = std::string_view(buffer_).substr(pos_, length);
        if (line->ends_with('\r')) line->remove_suffix(1);
        Advance(length + (newline != std::string_view::npos ? 1 : 0));
        return length > kMaxHeaderLineBytes ? Line::kTooLong : Line::kLine;
      }
      scanned = available;
      if (scanned > kMaxHeaderLineBytes) {
        Advance(scanned);  // drop the overlong line's start; the rest goes with the next read
        return Line::kTooLong;
      }
      DYAD_ASSIGN_OR_RETURN(size_t added, Fill());
      if (added == 0) {
        if (pos_ == buffer_.size()) return Line::kEnd;
        *line = std::string_view(buffer_).substr(pos_);
        Advance(buffer_.size() - pos_);
        return Line::kLine;
      }
    }
  }

  // Appends up to `length` bytes to *out (when out is null they are dropped); returns how many there were:
  // fewer at the end of the input or at a break.
  [[nodiscard]] Result<uint64_t> ReadBlock(uint64_t length, std::string* out) {
    uint64_t done = 0;
    while (done < length) {
      if (pos_ == buffer_.size()) {
        DYAD_ASSIGN_OR_RETURN(size_t added, Fill());
        if (added == 0) break;
      }
      const size_t available = buffer_.size() - pos_;
      const size_t before_break = BytesBeforeBreak(available);
      size_t n = static_cast<size_t>(std::min<uint64_t>(length - done, std::min(available, before_break)));
      if (out != nullptr) out->append(buffer_, pos_, n);
      Advance(n);
      done += n;
      if (before_break <= available && n == before_break) break;
    }
    return done;
  }

  // Up to `n` next bytes, not consumed (fewer at the end of the input or at a break).
  [[nodiscard]] Result<std::string_view> Peek(size_t n) {
    while (buffer_.size() - pos_ < n) {
      DYAD_ASSIGN_OR_RETURN(size_t added, Fill());
      if (added == 0) break;
    }
    const size_t available = buffer_.size() - pos_;
    return std::string_view(buffer_).substr(pos_, std::min({n, available, BytesBeforeBreak(available)}));
  }
  void Skip(size_t n) { Advance(n); }
  // Puts bytes just read back in front of the input, to be read again.
  void Unread(std::string_view bytes) {
    buffer_.insert(pos_, bytes);
    offset_ -= bytes.size();
  }

  // Offset in the decoded archive of the next unread byte.
  uint64_t offset() const { return offset_; }
  // Whether reading the archive itself failed (as opposed to the document sink).
  bool failed() const { return failed_; }

 private:
  // Bytes from pos_ to the next break ahead, or SIZE_MAX when none lies within the `available` bytes.
  size_t BytesBeforeBreak(size_t available) const {
    const StreamBreak* next = stream_->NextBreak(offset_ + 1);
    if (next == nullptr || next->at - offset_ > available) return SIZE_MAX;
    return static_cast<size_t>(next->at - offset_);
  }
  void Advance(size_t n) {
    pos_ += n;
    offset_ += n;
  }
  Result<size_t> Fill() {
    if (pos_ > 0) {
      buffer_.erase(0, pos_);
      pos_ = 0;
    }
    size_t old = buffer_.size();
    buffer_.resize(old + kReadChunkBytes);
    Result<size_t> n = stream_->Read(buffer_.data() + old, kReadChunkBytes);
    buffer_.resize(old + (n.ok() ? *n : 0));
    if (!n.ok()) failed_ = true;
    return n;
  }

  DecodingStream* stream_;
  std::string buffer_;
  size_t pos_ = 0;
  uint64_t offset_ = 0;
  bool failed_ = false;
};

class WarcReader {
 public:
  WarcReader(std::string_view name, ChunkSource source, const IngestOptions& options,
             const DocumentSink& sink, const DiagnosticSink& diagnostics)
      : name_(name),
        sink_(sink),
        diagnostics_(diagnostics),
        stream_(source, std::string(name), diagnostics),
        input_(&stream_),
        default_date_(options.default_date) {
    finish_options_ = options;
    finish_options_.default_date.clear();  // the capture date comes before --date
  }

  bool input_failed() const { return input_.failed(); }

  Status Run() {
    while (true) {
      std::vector<warc::Field> fields;
      uint64_t header_offset = 0;
      DYAD_ASSIGN_OR_RETURN(bool found, NextHeader(&fields, &header_offset));
      if (!found) return Status::Ok();
      DYAD_RETURN_IF_ERROR(ReadRecord(fields, header_offset));
    }
  }

 private:
  // "byte N" in a plain archive; in a compressed one the offset counts decoded bytes.
  std::string Location(uint64_t offset) const {
    return (stream_.compressed() ? "decoded byte " : "byte ") + std::to_string(offset);
  }
  std::string Where(uint64_t offset) const {
    return name_ + ": record " + std::to_string(record_number_) + " at " + Location(offset) + ": ";
  }
  void Report(uint64_t header_offset, const std::string& message) {
    diagnostics_(Status::InvalidArgument(Where(header_offset) + message));
  }
  // A header problem in bytes decoded from a damaged member is that damage, already reported by the stream.
  void ReportHeader(uint64_t header_offset, const std::string& message) {
    if (stream_.Damaged(header_offset, input_.offset() + 1)) {
      Report(header_offset, "part of this record was in damaged compressed data; skipped");
    } else {
      Report(header_offset, message);
    }
  }

  // Finds the next "WARC/1.x" line and reads the header fields after it into *fields (left empty when the
  // header was unreadable and has been reported). Bytes that are no record are reported once per run.
  Result<bool> NextHeader(std::vector<warc::Field>* fields, uint64_t* header_offset) {
    std::string_view line;
    uint64_t junk_start = 0;
    uint64_t junk_bytes = 0;
    bool found = false;
    while (!found) {
      uint64_t offset = input_.offset();
      DYAD_ASSIGN_OR_RETURN(ArchiveInput::Line kind, input_.ReadLine(&line));
      if (kind == ArchiveInput::Line::kEnd) break;
      if (kind == ArchiveInput::Line::kLine && line.starts_with("WARC/")) {
        *header_offset = offset;
        found = true;
        continue;
      }
      if (kind == ArchiveInput::Line::kLine && warc::Trimmed(line).empty()) continue;
      if (junk_bytes == 0) junk_start = offset;
      junk_bytes += input_.offset() - offset;
    }
    if (junk_bytes > 0 && !stream_.Damaged(junk_start, junk_start + junk_bytes)) {  // damage was reported
      diagnostics_(
          Status::InvalidArgument(name_ + ": " + Location(junk_start) + ": " + std::to_string(junk_bytes) +
                                  " bytes that are not a WARC record (no \"WARC/1.x\" header); skipped"));
    }
    if (!found) return false;
    ++record_number_;
    stream_.ForgetBreaksBefore(*header_offset);
    for (size_t lines = 0;; ++lines) {
      DYAD_ASSIGN_OR_RETURN(ArchiveInput::Line kind, input_.ReadLine(&line));
      if (kind == ArchiveInput::Line::kEnd) {
        Report(*header_offset, "truncated record header; skipped");
        return false;
      }
      if (kind == ArchiveInput::Line::kTooLong || lines >= kMaxHeaderLines) {
        ReportHeader(*header_offset, "record header is too long; skipping to the next record");
        fields->clear();
        return true;
      }
      if (line.empty()) return true;
      if (!warc::AddHeaderLine(line, fields)) {
        ReportHeader(*header_offset, "malformed header line \"" + std::string(line.substr(0, 80)) +
                                         "\"; skipping to the next record");
        fields->clear();
        return true;
      }
    }
  }

  // A record whose Content-Length does not end it (the input ends first, or no blank line follows): when a
  // record header starts inside the block, the block is given back from there and reading resumes at it.
  bool ResumeAtHeaderInside(const std::string& block, uint64_t header_offset, uint64_t length) {
    size_t at = block.starts_with("WARC/1.") ? 0 : block.find("\nWARC/1.");
    if (at == std::string::npos) return false;
    if (at > 0) ++at;
    const uint64_t resume = input_.offset() - (block.size() - at);
    input_.Unread(std::string_view(block).substr(at));
    Report(header_offset, "Content-Length " + std::to_string(length) +
                              " runs into the next record header at " + Location(resume) +
                              "; record skipped");
    return true;
  }

  Status ReadRecord(const std::vector<warc::Field>& fields, uint64_t header_offset) {
    if (fields.empty()) return Status::Ok();  // reported; the next header search passes over the block
    uint64_t length = 0;
    if (!ParseLength(FieldValue(fields, "Content-Length"), &length)) {
      ReportHeader(header_offset, "missing or invalid Content-Length; skipping to the next record");
      return Status::Ok();
    }
    std::string_view type = FieldValue(fields, "WARC-Type");
    const bool wanted = warc::EqualsIgnoringCase(type, "response") ||
                        warc::EqualsIgnoringCase(type, "resource") ||
                        warc::EqualsIgnoringCase(type, "conversion");
    const bool too_large = length > kMaxRecordBytes;
    std::string block;
    DYAD_ASSIGN_OR_RETURN(uint64_t got, input_.ReadBlock(length, too_large ? nullptr : &block));
    if (got < length) {
      if (!too_large && ResumeAtHeaderInside(block, header_offset, length)) return Status::Ok();
      if (stream_.Damaged(header_offset, input_.offset() + 1)) {
        Report(header_offset, "part of this record was in damaged compressed data; skipped");
      } else {
        Report(header_offset, "truncated: Content-Length " + std::to_string(length) +
                                  " but the input ends after " + std::to_string(got) + " bytes; skipped");
      }
      return Status::Ok();
    }
    // The block ends with a blank line ("\r\n\r\n"; a bare "\n\n" is accepted).
    DYAD_ASSIGN_OR_RETURN(std::string_view tail, input_.Peek(4));
    if (tail.starts_with("\r\n\r\n")) {
      input_.Skip(4);
    } else if (tail.starts_with("\n\n")) {
      input_.Skip(2);
    } else if (!tail.empty() && !(tail == "\r\n" || tail == "\n")) {
      if (!too_large && ResumeAtHeaderInside(block, header_offset, length)) return Status::Ok();
      if (!tail.starts_with("\r\n") && !tail.starts_with("\n")) {
        Report(header_offset,
               "no blank line after its Content-Length bytes; the record is kept, the next header is "
               "searched for");
      }
    }
    // Decoding one byte further settles whether the member holding this record ended intact: a gzip
    // member's checksum is checked after its last byte is decoded, and before any byte of the next.
    DYAD_RETURN_IF_ERROR(input_.Peek(1).status());
    if (stream_.Damaged(header_offset, input_.offset())) {
      Report(header_offset, "part of this record was in damaged compressed data; skipped");
      return Status::Ok();
    }
    if (!wanted) return Status::Ok();
    if (too_large) {
      Report(header_offset, "block of " + std::to_string(length) + " bytes exceeds the limit of " +
                                std::to_string(kMaxRecordBytes) + " bytes; skipped");
      return Status::Ok();
    }
    warc::Payload payload;
    std::string_view content_type = FieldValue(fields, "Content-Type");
    const bool http = StartsWithIgnoringCase(content_type, "application/http") ||
                      (content_type.empty() && block.starts_with("HTTP/"));
    if (warc::EqualsIgnoringCase(type, "response") && http) {
      for (const std::string& problem : warc::HttpPayload(block, &payload))
        Report(header_offset,
               problem + (payload.kind != warc::PayloadKind::kNone && problem.starts_with("chunked")
                              ? "; coded what it holds"
                              : ""));
    } else {
      payload.kind = warc::KindOfMediaType(content_type, block);
      payload.charset = warc::CharsetOf(content_type);
      payload.bytes = std::move(block);
    }
    if (payload.kind == warc::PayloadKind::kNone) return Status::Ok();
    if (!FieldValue(fields, "WARC-Truncated").empty()) {
      Report(header_offset, "the crawler truncated this record (" +
                                std::string(FieldValue(fields, "WARC-Truncated")) + "); coded what it holds");
    }
    return Emit(fields, header_offset, payload);
  }

  Status Emit(const std::vector<warc::Field>& fields, uint64_t header_offset, const warc::Payload& payload) {
    const std::string id = name_ + "#" + std::to_string(record_number_);
    Document doc;
    if (payload.kind == warc::PayloadKind::kHtml) {
      Result<Document> extracted = ExtractHtmlInCharset(payload.bytes, id, payload.charset);
      if (!extracted.ok()) {
        diagnostics_(extracted.status().WithContext(Where(header_offset)));
        return Status::Ok();
      }
      doc = std::move(extracted).value();
    } else {
      std::string converted;
      std::string_view text = payload.bytes;
      if (ConvertToUtf8(payload.charset, text, &converted)) text = converted;
      std::string repaired;
      uint64_t replaced = RepairInto(text, &repaired);
      doc = ParsePlainText(id, repaired);
      doc.invalid_utf8_replaced = replaced;
    }
    doc.id = id;
    doc.path = name_;
    doc.format = InputFormat::kWarc;
    // A page's canonical URL names the article better than the address it was fetched at.
    if (doc.url.empty()) {
      doc.url = std::string(FieldValue(fields, "WARC-Target-URI"));
      if (doc.url.starts_with('<') && doc.url.ends_with('>')) doc.url = doc.url.substr(1, doc.url.size() - 2);
    }
    if (doc.text.empty()) {
      Report(header_offset, "no text found");
      return Status::Ok();
    }
    // The page's own date and a dateline come first, the capture date next, --date last.
    if (Status finished = FinishDocument(finish_options_, &doc); !finished.ok()) {
      diagnostics_(finished.WithContext(Where(header_offset)));
      return Status::Ok();
    }
    if (doc.date.empty()) {
      std::string captured = ParseDate(FieldValue(fields, "WARC-Date"));
      if (!captured.empty()) {
        doc.date = std::move(captured);
        doc.date_source = "crawl";
      } else if (!default_date_.empty()) {
        doc.date = default_date_;
        doc.date_source = "option";
      }
    }
    return sink_(std::move(doc));
  }

  std::string name_;
  const DocumentSink& sink_;
  const DiagnosticSink& diagnostics_;
  DecodingStream stream_;
  ArchiveInput input_;
  IngestOptions finish_options_;
  std::string default_date_;
  uint64_t record_number_ = 0;
};

}  // namespace

bool IsWarcName(std::string_view name) {
  std::string lowered(name);
  for (char& c : lowered) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (lowered.ends_with(".gz")) lowered.resize(lowered.size() - 3);
  // Common Crawl's text extracts (WET) and metadata (WAT) are WARC files too.
  return lowered.ends_with(".warc") || lowered.ends_with(".warc.wet") || lowered.ends_with(".warc.wat");
}

bool StartsLikeWarc(std::string_view head) {
  if (head.starts_with("WARC/1.")) return true;
  return head.starts_with("\x1f\x8b") && InflatePrefix(head, 16).starts_with("WARC/1.");
}

Status ReadWarc(std::string_view name, std::string_view bytes, const IngestOptions& options,
                const DocumentSink& sink, const DiagnosticSink& diagnostics) {
  return WarcReader(name, ChunkSource(bytes), options, sink, diagnostics).Run();
}

Status ReadWarcFile(const std::string& path, const IngestOptions& options, const DocumentSink& sink,
                    const DiagnosticSink& diagnostics) {
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (file == nullptr) {
    diagnostics(Status::IOError(path + ": cannot open: " + std::strerror(errno)));
    return Status::Ok();
  }
  Status status = ReadWarcStream(path, "", file, options, sink, diagnostics);
  std::fclose(file);
  return status;
}

Status ReadWarcStream(std::string_view name, std::string_view head, std::FILE* rest,
                      const IngestOptions& options, const DocumentSink& sink,
                      const DiagnosticSink& diagnostics) {
  WarcReader reader(name, ChunkSource(head, rest), options, sink, diagnostics);
  Status status = reader.Run();
  if (!status.ok() && reader.input_failed()) {  // a read error ends this archive, not the run
    diagnostics(status);
    return Status::Ok();
  }
  return status;
}

}  // namespace dyad::ingest_internal
