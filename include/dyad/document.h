// A news document after ingest: normalised UTF-8 text plus the metadata that the page or record carried.
#ifndef DYAD_DOCUMENT_H_
#define DYAD_DOCUMENT_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace dyad {

enum class InputFormat { kText, kHtml, kJsonLines, kWarc };

// "text", "html", "jsonl", "warc". Stored in databases (documents.format): never change a spelling.
const char* InputFormatName(InputFormat format);

// How sure a document date from `date_source` (Document::date_source) is: "high" for a date the publisher
// states in metadata, a dateline or a JSON-lines field; "medium" for a date read off the visible page, which
// may be an update or another article's date; "low" for a WARC record's capture date ("crawl": the page
// existed then, it may be older) and for --date, a default the user supplied for undated input; "" when there
// is no date. Stored in databases (documents.date_confidence).
const char* DateConfidence(std::string_view date_source);

struct Document {
  // The JSON-lines `id` when given, else the file path, plus "#N" (1-based line number of a JSON-lines
  // file, record number of a WARC archive) inside a multi-document file. Stable across runs: the store keys
  // on it.
  std::string id;
  std::string path;  // where it came from ("-" for stdin)
  InputFormat format = InputFormat::kText;

  // Article text, UTF-8, NFC-normalised, paragraphs separated by "\n\n". Every character offset dyad reports
  // (sentences, evidence) is a byte offset into this string.
  std::string text;

  std::string title;
  std::string url;
  std::string publisher;
  // Publication date as YYYY-MM-DD, or empty when unknown. `date_source` says where it came from:
  // "meta", "json-ld", "time", "dateline", "visible", "jsonl", "crawl" (a WARC record's WARC-Date),
  // "option" (--date), or "" when unknown.
  std::string date;
  std::string date_source;

  // Bytes of the input that were not valid UTF-8 and were replaced by U+FFFD while reading.
  uint64_t invalid_utf8_replaced = 0;
};

}  // namespace dyad

#endif  // DYAD_DOCUMENT_H_
