// Payloads of WARC records: media types, charsets, and HTTP responses with their transfer and content codings
// undone (RFC 9112 chunking; gzip and deflate).
#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/ingest.h"
#include "ingest/decoding_stream.h"
#include "ingest/ingest_internal.h"
#include "ingest/warc_internal.h"

namespace dyad::ingest_internal::warc {
namespace {

enum class Chunking { kDecoded, kNotChunked, kCutShort };

// Undoes HTTP/1.1 chunked transfer coding into *out. kNotChunked when the body does not even open with a
// chunk size (archives that stored it decoded); kCutShort when it stops before the last chunk, with what
// was decoded until then in *out.
Chunking Dechunk(std::string_view body, std::string* out) {
  out->clear();
  for (bool first = true;; first = false) {
    size_t end = body.find('\n');
    std::string_view size_line = Trimmed(body.substr(0, end));
    size_line = Trimmed(size_line.substr(0, size_line.find(';')));  // chunk extensions, "5d ;a=b" too
    bool hex = !size_line.empty() && size_line.size() <= 15 &&
               std::all_of(size_line.begin(), size_line.end(),
                           [](char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; });
    if (!hex || end == std::string_view::npos) return first ? Chunking::kNotChunked : Chunking::kCutShort;
    uint64_t size = std::stoull(std::string(size_line), nullptr, 16);
    body.remove_prefix(end + 1);
    if (size == 0) return Chunking::kDecoded;  // trailers, if any, carry nothing dyad uses
    if (size > body.size()) {
      out->append(body);
      return Chunking::kCutShort;
    }
    out->append(body.substr(0, size));
    body.remove_prefix(size);
    if (body.starts_with("\r\n"))
      body.remove_prefix(2);
    else if (body.starts_with("\n"))
      body.remove_prefix(1);
  }
}

// Text (not binary): no NUL and few control characters in its first kilobytes.
bool LooksLikeText(std::string_view bytes) {
  std::string_view head = bytes.substr(0, 4096);
  size_t control = 0;
  for (char ch : head) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (c == 0) return false;
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') ++control;
  }
  return control * 20 <= head.size();
}

}  // namespace

bool EqualsIgnoringCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && StartsWithIgnoringCase(a, b);
}

std::string_view Trimmed(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r'))
    text.remove_suffix(1);
  return text;
}

std::string_view FieldValue(const std::vector<Field>& fields, std::string_view name) {
  for (const Field& field : fields)
    if (EqualsIgnoringCase(field.name, name)) return field.value;
  return {};
}

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

PayloadKind KindOfMediaType(std::string_view content_type, std::string_view payload) {
  std::string_view type = Trimmed(content_type.substr(0, content_type.find(';')));
  if (EqualsIgnoringCase(type, "text/html") || EqualsIgnoringCase(type, "application/xhtml+xml"))
    return PayloadKind::kHtml;
  if (EqualsIgnoringCase(type, "text/plain")) return PayloadKind::kText;
  if (!type.empty()) return PayloadKind::kNone;
  // No declared type: HTML is recognised by its start, anything else that is not binary is text.
  if (DetectFormat("", payload.substr(0, 1024)) == InputFormat::kHtml) return PayloadKind::kHtml;
  return LooksLikeText(payload) ? PayloadKind::kText : PayloadKind::kNone;
}

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

std::vector<std::string> HttpPayload(std::string_view message, Payload* payload) {
  if (Trimmed(message).empty()) return {"empty HTTP response"};
  size_t line_end = message.find('\n');
  std::string_view status_line = Trimmed(message.substr(0, line_end));
  if (!status_line.starts_with("HTTP/")) return {"HTTP response without a status line"};
  size_t space = status_line.find(' ');
  if (space == std::string_view::npos || space + 4 > status_line.size())
    return {"malformed HTTP status line"};
  std::string_view code = status_line.substr(space + 1, 3);
  if (code[0] != '2') return {};  // not a successful response: nothing to code, nothing wrong
  std::vector<std::string> problems;
  std::vector<Field> headers;
  size_t at = line_end == std::string_view::npos ? message.size() : line_end + 1;
  while (at < message.size()) {
    size_t end = message.find('\n', at);
    std::string_view line =
        message.substr(at, end == std::string_view::npos ? std::string_view::npos : end - at);
    at = end == std::string_view::npos ? message.size() : end + 1;
    if (line.ends_with('\r')) line.remove_suffix(1);
    if (line.empty()) break;
    // As browsers do, a header line without a colon is passed over, not the whole response.
    if (!AddHeaderLine(line, &headers))
      problems.push_back("HTTP header line without a colon ignored: \"" + std::string(line.substr(0, 60)) +
                         "\"");
  }
  std::string_view body = message.substr(std::min(at, message.size()));
  std::string_view content_type = FieldValue(headers, "Content-Type");
  payload->kind = KindOfMediaType(content_type, body);
  if (payload->kind == PayloadKind::kNone) return problems;
  payload->charset = CharsetOf(content_type);
  std::string decoded;
  // Some archives store the body already decoded but keep the original headers; a coding is undone only
  // when the body really has it.
  payload->bytes.assign(body);
  if (ContainsIgnoringCase(FieldValue(headers, "Transfer-Encoding"), "chunked")) {
    Chunking chunking = Dechunk(body, &decoded);
    if (chunking != Chunking::kNotChunked) payload->bytes = std::move(decoded);
    if (chunking == Chunking::kCutShort) problems.push_back("chunked HTTP body ends before its last chunk");
  }
  std::string_view coding = Trimmed(FieldValue(headers, "Content-Encoding"));
  if (coding.empty() || EqualsIgnoringCase(coding, "identity")) return problems;
  const bool gzip = EqualsIgnoringCase(coding, "gzip") || EqualsIgnoringCase(coding, "x-gzip");
  if (gzip || EqualsIgnoringCase(coding, "deflate")) {
    const bool has_gzip_magic = std::string_view(payload->bytes).starts_with("\x1f\x8b");
    if ((gzip && !has_gzip_magic) || (!gzip && LooksLikeText(payload->bytes))) {
      if (LooksLikeText(payload->bytes)) return problems;  // stored already decoded
      payload->kind = PayloadKind::kNone;
      problems.push_back("HTTP body declared " + std::string(coding) +
                         " is neither that nor text; record skipped");
      return problems;
    }
    Status inflated = InflateBody(payload->bytes, kMaxRecordBytes, &decoded);
    if (!inflated.ok()) {
      payload->kind = PayloadKind::kNone;
      problems.push_back("HTTP body with Content-Encoding " + std::string(coding) + ": " +
                         inflated.message() + "; record skipped");
      return problems;
    }
    payload->bytes = std::move(decoded);
    return problems;
  }
  payload->kind = PayloadKind::kNone;
  problems.push_back("HTTP Content-Encoding \"" + std::string(coding) +
                     "\" is not supported; record skipped");
  return problems;
}

}  // namespace dyad::ingest_internal::warc
