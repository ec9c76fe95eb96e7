// Pieces of the WARC reader shared by its files (warc_reader.cc: records; warc_http.cc: payloads). Not part
// of the public API.
#ifndef DYAD_INGEST_WARC_INTERNAL_H_
#define DYAD_INGEST_WARC_INTERNAL_H_

#include <string>
#include <string_view>
#include <vector>

namespace dyad::ingest_internal::warc {

// No news page comes near this; a larger record is skipped with a message rather than held in memory.
inline constexpr size_t kMaxRecordBytes = size_t{64} << 20;

struct Field {
  std::string name;
  std::string value;
};

bool EqualsIgnoringCase(std::string_view a, std::string_view b);
// Without surrounding spaces, tabs and a final '\r'.
std::string_view Trimmed(std::string_view text);
// The value of the first field named `name` (any case), or "".
std::string_view FieldValue(const std::vector<Field>& fields, std::string_view name);
// Adds one "Name: value" line (a line opening with white space continues the previous value). False on a line
// without a colon.
bool AddHeaderLine(std::string_view line, std::vector<Field>* fields);

enum class PayloadKind { kNone, kHtml, kText };

struct Payload {
  PayloadKind kind = PayloadKind::kNone;
  std::string bytes;
  std::string charset;  // as the Content-Type declared it ("" when it did not)
};

// What a record's payload is by its media type ("text/html; charset=..."), sniffed when none is declared.
PayloadKind KindOfMediaType(std::string_view content_type, std::string_view payload);
// The charset parameter of a media type, or "".
std::string CharsetOf(std::string_view content_type);

// Reads an HTTP response message: a 2xx status, its headers, and the body with transfer and content codings
// undone. Leaves payload->kind kNone for responses that carry no article (redirects, errors, images). Returns
// problems worth a diagnostic (the caller adds the record's location); a problem with kind still set means
// the payload was kept ("coded what it holds").
std::vector<std::string> HttpPayload(std::string_view message, Payload* payload);

}  // namespace dyad::ingest_internal::warc

#endif  // DYAD_INGEST_WARC_INTERNAL_H_
