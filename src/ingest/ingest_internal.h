// Helpers shared by the ingest sources (plain text, JSON lines, HTML). Not part of the public API.
#ifndef DYAD_INGEST_INGEST_INTERNAL_H_
#define DYAD_INGEST_INGEST_INTERNAL_H_

#include <string>
#include <string_view>

#include "dyad/document.h"
#include "dyad/ingest.h"
#include "dyad/status.h"

namespace dyad::ingest_internal {

// Parses one date value as found in metadata or JSON: "2019-07-03", "2019-07-03T10:00:00Z",
// "2019/07/03", "July 3, 2019", "3 July 2019", "Wed, 03 Jul 2019 10:00:00 GMT". Returns "YYYY-MM-DD", or ""
// when the value holds no recognisable date. Numeric day/month orders that are ambiguous ("03/07/2019") are
// rejected rather than guessed.
std::string ParseDate(std::string_view value);

// True for a short line that is essentially a date ("Published July 3, 2019", "Updated: 3 July 2019 10:32"),
// as opposed to a sentence that happens to mention one. Sets *date to YYYY-MM-DD when true.
bool IsDateLine(std::string_view line, std::string* date);

// Appends `in` to `out` with runs of white space (ASCII and U+00A0) collapsed to one space. Leading white
// space is dropped when `out` is empty or already ends in white space; trailing white space is kept as one
// space so that adjacent inline runs stay separated (call TrimTrailingSpace when a block ends).
void AppendCollapsed(std::string_view in, std::string* out);
void TrimTrailingSpace(std::string* text);
std::string Collapse(std::string_view in);

// Case- and white-space-insensitive equality (ASCII folding), used to spot a headline repeated in the body.
bool SameText(std::string_view a, std::string_view b);
bool StartsWithIgnoringCase(std::string_view text, std::string_view prefix);
bool ContainsIgnoringCase(std::string_view text, std::string_view needle);

// Boilerplate paragraphs that survive structural cleaning: copyright notices, postal addresses, share/follow
// prompts and byline-only lines.
bool IsCopyrightLine(std::string_view line);
bool IsAddressLine(std::string_view line);
bool IsWidgetLine(std::string_view line);
bool IsBylineLine(std::string_view line);

// Repairs invalid UTF-8 in `bytes` into *out and returns the number of replaced sequences.
uint64_t RepairInto(std::string_view bytes, std::string* out);

// Last step for every document: normalises text and title (dyad::NormalizeText) and applies the default date.
// Fails only when normalisation fails; the message names the document.
Status FinishDocument(const IngestOptions& options, Document* doc);

// Splits plain text into a Document: title line, visible date line, paragraphs joined by "\n\n".
Document ParsePlainText(std::string_view name, std::string_view utf8);

// Reads a JSON-lines buffer; one Document per record, problems reported per line.
Status ReadJsonLines(std::string_view name, std::string_view bytes, const IngestOptions& options,
                     const DocumentSink& sink, const DiagnosticSink& diagnostics);

// Converts `bytes` from `charset` (any name ICU knows: "ISO-8859-1", "windows-1252", "koi8-r", ...) into
// UTF-8 in *out; unmappable bytes become U+FFFD. False, with *out untouched, for an empty name, UTF-8 or
// ASCII (no conversion needed) or a name ICU does not know.
bool ConvertToUtf8(std::string_view charset, std::string_view bytes, std::string* out);

// ExtractHtml for a page whose transport (an HTTP header) declared `transport_charset`: a legacy charset
// there is honoured when the page itself declares none ("" or UTF-8: the page is read as UTF-8, as
// ExtractHtml does).
Result<Document> ExtractHtmlInCharset(std::string_view html, std::string_view id,
                                      std::string_view transport_charset);

// WARC archives (warc_reader.cc). A name ending ".warc" or ".warc.gz", or a head that is (or inflates to)
// "WARC/1.", marks an archive.
bool IsWarcName(std::string_view name);
bool StartsLikeWarc(std::string_view head);
// Reads an archive held in memory; one Document per HTML or text response, resource or conversion record,
// problems reported per record with its number and byte offset.
Status ReadWarc(std::string_view name, std::string_view bytes, const IngestOptions& options,
                const DocumentSink& sink, const DiagnosticSink& diagnostics);
// Streams an archive from disk (no size limit: one record is in memory at a time). A read error ends the
// archive with a diagnostic; only a failing sink fails the call.
Status ReadWarcFile(const std::string& path, const IngestOptions& options, const DocumentSink& sink,
                    const DiagnosticSink& diagnostics);
// Streams an archive whose first bytes (`head`) were already read from `rest`, an open stream such as stdin.
// Same contract as ReadWarcFile; `rest` is not closed.
Status ReadWarcStream(std::string_view name, std::string_view head, std::FILE* rest,
                      const IngestOptions& options, const DocumentSink& sink,
                      const DiagnosticSink& diagnostics);

}  // namespace dyad::ingest_internal

#endif  // DYAD_INGEST_INGEST_INTERNAL_H_
