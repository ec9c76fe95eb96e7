// Ingest: turns files, directories and stdin into Documents.
//
// Formats are detected per file by extension and then content: ".warc"/".warc.gz" or a leading "WARC/1."
// (plain or gzip-compressed) is a WARC archive, read record by record (one document per HTML or text
// response, resource or conversion record; archives are streamed, from files and from stdin alike, so any
// size is read);
// ".html"/".htm" or a leading "<!doctype"/"<html" is HTML; ".jsonl"/".ndjson" or a first non-blank byte '{'
// is JSON lines; anything else is plain text. Directories are walked recursively in sorted order, so runs are
// reproducible.
//
// Bad input never stops a run: a malformed JSON line, a binary file, a truncated or corrupt archive record or
// an unreadable path is reported to the DiagnosticSink with its location ("file.jsonl:12: ...",
// "crawl.warc.gz: record 7 at decoded byte 81234: ...") and reading continues with the next record or file.
#ifndef DYAD_INGEST_H_
#define DYAD_INGEST_H_

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/document.h"
#include "dyad/status.h"

namespace dyad {

struct IngestOptions {
  // Reference date (YYYY-MM-DD) for documents that carry none; recorded with date_source "option".
  std::string default_date;
  // Files larger than this are skipped with a diagnostic (never read partially).
  uint64_t max_file_bytes = uint64_t{1} << 31;
};

// Receives each document as soon as it is read. Returning a non-OK Status stops ingest and is returned.
using DocumentSink = std::function<Status(Document&&)>;
// Receives one message per problem that was skipped over, already prefixed with its location.
using DiagnosticSink = std::function<void(const Status&)>;

// Reads every input ("-" is stdin) and passes each Document to `sink`. Returns non-OK only when the sink
// fails; per-file and per-record problems go to `diagnostics`.
Status ReadInputs(const std::vector<std::string>& inputs, const IngestOptions& options,
                  const DocumentSink& sink, const DiagnosticSink& diagnostics);

// Reads one in-memory input whose name (used for ids and messages, format detection by extension) is `name`.
Status ReadBuffer(std::string_view name, std::string_view bytes, const IngestOptions& options,
                  const DocumentSink& sink, const DiagnosticSink& diagnostics);

// Detects the format of one input from its name and first bytes.
InputFormat DetectFormat(std::string_view name, std::string_view head);

// Extracts the article from an HTML page: title, publisher, publication date, and body paragraphs with
// navigation, breadcrumbs, repeated headline, share widgets, copyright and postal-address footers removed.
// `id` becomes Document::id. Never fails on malformed HTML (libxml2 recovers); fails only on empty input.
Result<Document> ExtractHtml(std::string_view html, std::string_view id);

}  // namespace dyad

#endif  // DYAD_INGEST_H_
