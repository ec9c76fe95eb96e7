// WARC archives (ISO 28500, WARC/1.0 and 1.1), plain or gzip-compressed per record (".warc.gz"), as web
// crawlers (wget, Heritrix, warcio, Common Crawl) write them. One Document per `response`, `resource` or
// `conversion` record whose payload is HTML or plain text; requests, metadata, warcinfo, revisits, redirects
// and images are passed over without a message. The archive is streamed: memory holds one record at a time.
//
// Damage costs only the records it touches: a truncated record, a header without a valid Content-Length,
// bytes that are no record, or corrupt compressed data is reported with the record's number and byte offset,
// and reading resumes at the next record header.
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/ingest.h"
#include "ingest/decoding_stream.h"
#include "ingest/ingest_internal.h"

namespace dyad::ingest_internal {
namespace {

// No news page comes near this; a larger record is skipped with a message rather than held in memory.
constexpr size_t kMaxRecordBytes = size_t{64} << 20;
constexpr size_t kMaxHeaderLineBytes = size_t{64} << 10;
constexpr size_t kMaxHeaderLines = 1000;
constexpr size_t kReadChunkBytes = size_t{1} << 16;

bool EqualsIgnoringCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && StartsWithIgnoringCase(a, b);
}

std::string_view Trimmed(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r'))
    text.remove_suffix(1);
  return text;
}

struct Field {
  std::string name;
  std::string value;
};

std::string_view FieldValue(const std::vector<Field>& fields, std::string_view name) {
  for (const Field& field : fields)
    if (EqualsIgnoringCase(field.name, name)) return field.value;
  return {};
}

// "Name: value" lines, with obsolete continuation lines (leading white space) joined to the previous value.
// Returns false on a line without a colon.
bool AddHeaderLine(std::string_view line, std::vector<Field>* fields) {
  if (!line.empty() && (line.front() == ' ' || line.front() == '\t') && !fields->empty()) {
    fields->back().value += ' ';
    fields->back().value += Trimmed(line);
    return true;
  }
  size_t colon = line.find(':');
  if (colon == std::string_view::npos || colon == 0) return false;
  fields->push_back(
      {std::string(Trimmed(line.substr(0, colon))), std::string(Trimmed(line.substr(colon + 1)))});
  return true;
}

bool ParseLength(std::string_view text, uint64_t* length) {
  text = Trimmed(text);
  if (text.empty() || text.size() > 18) return false;
  uint64_t value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
    value = value * 10 + static_cast<uint64_t>(c - '0');
  }
  *length = value;
  return true;
}

// Buffered reading of the decoded archive: header lines and blocks of known length.
class ArchiveInput {
 public:
  explicit ArchiveInput(DecodingStream* stream) : stream_(stream) {}

  enum class Line { kLine, kEnd, kTooLong };
  // Reads one line without its terminator. A line longer than kMaxHeaderLineBytes is consumed and reported
  // as kTooLong.
  [[nodiscard]] Result<Line> ReadLine(std::string_view* line) {
    size_t scanned = 0;
    while (true) {
      size_t newline = buffer_.find('\n', pos_ + scanned);
      if (newline != std::string::npos) {
        size_t length = newline - pos_;
        *line = std::string_view(buffer_).substr(pos_, length);
        if (line->ends_with('\r')) line->remove_suffix(1);
        Advance(length + 1);
        return length > kMaxHeaderLineBytes ? Line::kTooLong : Line::kLine;
      }
      scanned = buffer_.size() - pos_;
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

  // Appends up to `length` bytes to *out (when out is null they are dropped); returns how many there were.
  [[nodiscard]] Result<uint64_t> ReadBlock(uint64_t length, std::string* out) {
    uint64_t done = 0;
    while (done < length) {
      if (pos_ == buffer_.size()) {
        DYAD_ASSIGN_OR_RETURN(size_t added, Fill());
        if (added == 0) break;
      }
      size_t n = static_cast<size_t>(std::min<uint64_t>(length - done, buffer_.size() - pos_));
      if (out != nullptr) out->append(buffer_, pos_, n);
      Advance(n);
      done += n;
    }
    return done;
  }

  // Offset in the decoded archive of the next unread byte.
  uint64_t offset() const { return offset_; }
  // Whether reading the archive itself failed (as opposed to the document sink).
  bool failed() const { return failed_; }

 private:
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

enum class PayloadKind { kNone, kHtml, kText };

PayloadKind KindOfMediaType(std::string_view content_type, std::string_view payload) {
  std::string_view type = Trimmed(content_type.substr(0, content_type.find(';')));
  if (EqualsIgnoringCase(type, "text/html") || EqualsIgnoringCase(type, "application/xhtml+xml"))
    return PayloadKind::kHtml;
  if (EqualsIgnoringCase(type, "text/plain")) return PayloadKind::kText;
  if (!type.empty()) return PayloadKind::kNone;
  // No declared type: HTML is recognised by its start, anything else that is not binary is text.
  InputFormat sniffed = DetectFormat("", payload.substr(0, 1024));
  if (sniffed == InputFormat::kHtml) return PayloadKind::kHtml;
  return payload.find('\0') == std::string_view::npos ? PayloadKind::kText : PayloadKind::kNone;
}

// Undoes HTTP/1.1 chunked transfer coding. Returns false when the body is not validly chunked.
bool Dechunk(std::string_view body, std::string* out) {
  out->clear();
  while (true) {
    size_t end = body.find('\n');
    if (end == std::string_view::npos) return false;
    std::string_view size_line = Trimmed(body.substr(0, end));
    size_line = size_line.substr(0, size_line.find(';'));  // chunk extensions
    if (size_line.empty() || size_line.size() > 15) return false;
    uint64_t size = 0;
    for (char c : size_line) {
      int digit = std::isxdigit(static_cast<unsigned char>(c))
                      ? (std::isdigit(static_cast<unsigned char>(c)) ? c - '0' : std::tolower(c) - 'a' + 10)
                      : -1;
      if (digit < 0) return false;
      size = size * 16 + static_cast<uint64_t>(digit);
    }
    body.remove_prefix(end + 1);
    if (size == 0) return true;  // trailers, if any, carry nothing dyad uses
    if (size > body.size()) return false;
    out->append(body.substr(0, size));
    body.remove_prefix(size);
    if (body.starts_with("\r\n"))
      body.remove_prefix(2);
    else if (body.starts_with("\n"))
      body.remove_prefix(1);
  }
}

struct Payload {
  PayloadKind kind = PayloadKind::kNone;
  std::string bytes;
  std::string charset;  // as the Content-Type declared it ("" when it did not)
};

std::string CharsetOf(std::string_view content_type) {
  size_t at = 0;
  while ((at = content_type.find(';', at)) != std::string_view::npos) {
    std::string_view parameter = Trimmed(content_type.substr(++at));
    if (!StartsWithIgnoringCase(parameter, "charset=")) continue;
    std::string_view value = Trimmed(parameter.substr(8, parameter.find(';') - 8));
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"')
      value = value.substr(1, value.size() - 2);
    return std::string(value);
  }
  return "";
}

// Reads an HTTP response message: a 2xx status, its headers, and the body with transfer and content codings
// undone. Returns "" and leaves payload->kind kNone for responses that carry no article (redirects, errors,
// images); returns a message for a response that should have been readable and was not.
std::string HttpPayload(std::string_view message, Payload* payload) {
  size_t line_end = message.find('\n');
  std::string_view status_line = Trimmed(message.substr(0, line_end));
  if (!status_line.starts_with("HTTP/")) return "HTTP response without a status line";
  size_t space = status_line.find(' ');
  if (space == std::string_view::npos || space + 4 > status_line.size()) return "malformed HTTP status line";
  std::string_view code = status_line.substr(space + 1, 3);
  if (code.size() != 3 || code[0] != '2') return "";  // not a successful response
  std::vector<Field> headers;
  size_t at = line_end == std::string_view::npos ? message.size() : line_end + 1;
  while (at < message.size()) {
    size_t end = message.find('\n', at);
    std::string_view line =
        message.substr(at, end == std::string_view::npos ? std::string_view::npos : end - at);
    at = end == std::string_view::npos ? message.size() : end + 1;
    if (line.ends_with('\r')) line.remove_suffix(1);
    if (line.empty()) break;
    if (!AddHeaderLine(line, &headers)) return "malformed HTTP header line";
  }
  std::string_view body = message.substr(std::min(at, message.size()));
  std::string_view content_type = FieldValue(headers, "Content-Type");
  payload->kind = KindOfMediaType(content_type, body);
  if (payload->kind == PayloadKind::kNone) return "";
  payload->charset = CharsetOf(content_type);
  std::string decoded;
  // Some archives store the body already decoded but keep the original headers; a coding is undone only
  // when the body really has it.
  if (ContainsIgnoringCase(FieldValue(headers, "Transfer-Encoding"), "chunked") && Dechunk(body, &decoded)) {
    payload->bytes = std::move(decoded);
  } else {
    payload->bytes.assign(body);
  }
  std::string_view coding = Trimmed(FieldValue(headers, "Content-Encoding"));
  if (coding.empty() || EqualsIgnoringCase(coding, "identity")) return "";
  const bool gzip = EqualsIgnoringCase(coding, "gzip") || EqualsIgnoringCase(coding, "x-gzip");
  if (gzip || EqualsIgnoringCase(coding, "deflate")) {
    if (gzip && !std::string_view(payload->bytes).starts_with("\x1f\x8b")) return "";  // already decoded
    Status inflated = InflateBody(payload->bytes, kMaxRecordBytes, &decoded);
    if (!inflated.ok()) {
      payload->kind = PayloadKind::kNone;
      return "HTTP body with Content-Encoding " + std::string(coding) + ": " + inflated.message();
    }
    payload->bytes = std::move(decoded);
    return "";
  }
  payload->kind = PayloadKind::kNone;
  return "HTTP Content-Encoding \"" + std::string(coding) + "\" is not supported; record skipped";
}

class WarcReader {
 public:
  WarcReader(std::string_view name, ChunkSource source, const IngestOptions& options,
             const DocumentSink& sink, const DiagnosticSink& diagnostics)
      : name_(name),
        options_(options),
        sink_(sink),
        diagnostics_(diagnostics),
        stream_(source, std::string(name), diagnostics),
        input_(&stream_) {}

  bool input_failed() const { return input_.failed(); }

  Status Run() {
    while (true) {
      std::vector<Field> fields;
      uint64_t header_offset = 0;
      DYAD_ASSIGN_OR_RETURN(bool found, NextHeader(&fields, &header_offset));
      if (!found) return Status::Ok();
      DYAD_RETURN_IF_ERROR(ReadRecord(fields, header_offset));
    }
  }

 private:
  std::string Where(uint64_t offset) const {
    return name_ + ": record " + std::to_string(record_number_) + " at " +
           (stream_.compressed() ? "decoded byte " : "byte ") + std::to_string(offset) + ": ";
  }

  // Finds the next "WARC/1.x" line and reads the header fields after it. Bytes that are no record are
  // reported once per run and skipped.
  Result<bool> NextHeader(std::vector<Field>* fields, uint64_t* header_offset) {
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
      if (kind == ArchiveInput::Line::kLine && Trimmed(line).empty()) continue;
      if (junk_bytes == 0) junk_start = offset;
      junk_bytes += input_.offset() - offset;
    }
    if (junk_bytes > 0) {
      diagnostics_(Status::InvalidArgument(
          name_ + ": byte " + std::to_string(junk_start) + ": " + std::to_string(junk_bytes) +
          " bytes that are not a WARC record (no \"WARC/1.x\" header); skipped"));
    }
    if (!found) return false;
    ++record_number_;
    discontinuities_at_start_ = stream_.discontinuities();
    for (size_t lines = 0;; ++lines) {
      DYAD_ASSIGN_OR_RETURN(ArchiveInput::Line kind, input_.ReadLine(&line));
      if (kind == ArchiveInput::Line::kEnd) {
        diagnostics_(Status::InvalidArgument(Where(*header_offset) + "truncated record header; skipped"));
        return false;
      }
      if (kind == ArchiveInput::Line::kTooLong || lines >= kMaxHeaderLines) {
        diagnostics_(Status::InvalidArgument(Where(*header_offset) + "record header is too long; skipped"));
        return true;  // no Content-Length in *fields: ReadRecord reports nothing more and resynchronises
      }
      if (line.empty()) return true;
      if (!AddHeaderLine(line, fields)) {
        diagnostics_(Status::InvalidArgument(Where(*header_offset) + "malformed header line \"" +
                                             std::string(line.substr(0, 80)) + "\"; record skipped"));
        fields->clear();
        return true;
      }
    }
  }

  Status ReadRecord(const std::vector<Field>& fields, uint64_t header_offset) {
    if (fields.empty()) return Status::Ok();  // already reported; the next header search skips the block
    uint64_t length = 0;
    if (!ParseLength(FieldValue(fields, "Content-Length"), &length)) {
      diagnostics_(Status::InvalidArgument(Where(header_offset) +
                                           "missing or invalid Content-Length; skipping to the next record"));
      return Status::Ok();
    }
    std::string_view type = FieldValue(fields, "WARC-Type");
    const bool wanted = EqualsIgnoringCase(type, "response") || EqualsIgnoringCase(type, "resource") ||
                        EqualsIgnoringCase(type, "conversion");
    const bool too_large = length > kMaxRecordBytes;
    std::string block;
    DYAD_ASSIGN_OR_RETURN(uint64_t got, input_.ReadBlock(length, wanted && !too_large ? &block : nullptr));
    if (got < length) {
      diagnostics_(Status::InvalidArgument(Where(header_offset) + "truncated: Content-Length " +
                                           std::to_string(length) + " but the input ends after " +
                                           std::to_string(got) + " bytes; skipped"));
      return Status::Ok();
    }
    if (stream_.discontinuities() != discontinuities_at_start_) {
      diagnostics_(Status::InvalidArgument(Where(header_offset) +
                                           "part of this record was in damaged compressed data; skipped"));
      return Status::Ok();
    }
    if (!wanted) return Status::Ok();
    if (too_large) {
      diagnostics_(Status::InvalidArgument(Where(header_offset) + "block of " + std::to_string(length) +
                                           " bytes exceeds the limit of " + std::to_string(kMaxRecordBytes) +
                                           " bytes; skipped"));
      return Status::Ok();
    }
    Payload payload;
    std::string_view content_type = FieldValue(fields, "Content-Type");
    if (EqualsIgnoringCase(type, "response") && StartsWithIgnoringCase(content_type, "application/http")) {
      std::string problem = HttpPayload(block, &payload);
      if (!problem.empty()) {
        diagnostics_(Status::InvalidArgument(Where(header_offset) + problem));
        return Status::Ok();
      }
    } else {
      payload.kind = KindOfMediaType(content_type, block);
      payload.charset = CharsetOf(content_type);
      payload.bytes = std::move(block);
    }
    if (payload.kind == PayloadKind::kNone) return Status::Ok();
    if (!FieldValue(fields, "WARC-Truncated").empty()) {
      diagnostics_(Status::InvalidArgument(Where(header_offset) + "the crawler truncated this record (" +
                                           std::string(FieldValue(fields, "WARC-Truncated")) +
                                           "); coded what it holds"));
    }
    return Emit(fields, header_offset, payload);
  }

  Status Emit(const std::vector<Field>& fields, uint64_t header_offset, const Payload& payload) {
    const std::string id = name_ + "#" + std::to_string(record_number_);
    Document doc;
    if (payload.kind == PayloadKind::kHtml) {
      Result<Document> extracted = ExtractHtmlInCharset(payload.bytes, id, payload.charset);
      if (!extracted.ok()) {
        diagnostics_(extracted.status().WithContext(Where(header_offset)));
        return Status::Ok();
      }
      doc = std::move(extracted).value();
    } else {
      std::string repaired;
      uint64_t replaced = RepairInto(payload.bytes, &repaired);
      doc = ParsePlainText(id, repaired);
      doc.invalid_utf8_replaced = replaced;
    }
    doc.id = id;
    doc.path = name_;
    doc.format = InputFormat::kWarc;
    if (doc.url
            .empty()) {  // a page's canonical URL names the article better than the address it was fetched at
      doc.url = std::string(FieldValue(fields, "WARC-Target-URI"));
      if (doc.url.starts_with('<') && doc.url.ends_with('>')) doc.url = doc.url.substr(1, doc.url.size() - 2);
    }
    if (doc.text.empty()) {
      diagnostics_(Status::InvalidArgument(Where(header_offset) + "no text found"));
      return Status::Ok();
    }
    // The page's own date and a dateline come first, the capture date next, --date last.
    IngestOptions without_default = options_;
    without_default.default_date.clear();
    if (Status finished = FinishDocument(without_default, &doc); !finished.ok()) {
      diagnostics_(finished.WithContext(Where(header_offset)));
      return Status::Ok();
    }
    if (doc.date.empty()) {
      std::string captured = ParseDate(FieldValue(fields, "WARC-Date"));
      if (!captured.empty()) {
        doc.date = std::move(captured);
        doc.date_source = "crawl";
      } else if (!options_.default_date.empty()) {
        doc.date = options_.default_date;
        doc.date_source = "option";
      }
    }
    return sink_(std::move(doc));
  }

  std::string name_;
  const IngestOptions& options_;
  const DocumentSink& sink_;
  const DiagnosticSink& diagnostics_;
  DecodingStream stream_;
  ArchiveInput input_;
  uint64_t record_number_ = 0;
  uint64_t discontinuities_at_start_ = 0;
};

}  // namespace

bool IsWarcName(std::string_view name) {
  std::string lowered(name);
  for (char& c : lowered) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lowered.ends_with(".warc") || lowered.ends_with(".warc.gz");
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
  WarcReader reader(path, ChunkSource(file), options, sink, diagnostics);
  Status status = reader.Run();
  std::fclose(file);
  if (!status.ok() && reader.input_failed()) {  // a read error ends this archive, not the run
    diagnostics(status);
    return Status::Ok();
  }
  return status;
}

}  // namespace dyad::ingest_internal
