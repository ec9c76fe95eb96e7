// JSON lines: one record per line, parsed with simdjson On Demand. Each line is validated completely (unknown
// fields included) so that a malformed line is reported as such and never half-read.
#include <simdjson.h>

#include <string>

#include "dyad/ingest.h"
#include "ingest/ingest_internal.h"

namespace dyad::ingest_internal {
namespace {

// Longer lines are rejected: simdjson needs several bytes of index per input byte, and no news record is this
// large. Parsing a line costs roughly six times its size in memory.
constexpr size_t kMaxJsonLineBytes = size_t{64} << 20;
// After a line this large the parser's buffers are released so one huge record does not pin memory.
constexpr size_t kParserShrinkBytes = size_t{8} << 20;

struct Record {
  std::string id, text, html, title, url, date, publisher;
  bool has_text = false;
  bool has_html = false;
};

// Reads one top-level object into *record; returns a message (empty on success). `malformed` tells whether
// the problem is JSON syntax rather than a record-level problem.
std::string ParseRecord(simdjson::ondemand::parser& parser, const std::string& padded, size_t length,
                        Record* record, bool* malformed) {
  *malformed = true;
  simdjson::ondemand::document json;
  auto error = parser.iterate(padded.data(), length, padded.capacity()).get(json);
  if (error) return simdjson::error_message(error);
  simdjson::ondemand::object object;
  if ((error = json.get_object().get(object))) {
    return error == simdjson::INCORRECT_TYPE ? "record is not a JSON object" : simdjson::error_message(error);
  }
  for (auto field : object) {
    std::string_view key;
    if ((error = field.unescaped_key().get(key))) return simdjson::error_message(error);
    simdjson::ondemand::value value;
    if ((error = field.value().get(value))) return simdjson::error_message(error);
    std::string* target = nullptr;
    if (key == "id") {
      target = &record->id;
    } else if (key == "text") {
      target = &record->text;
      record->has_text = true;
    } else if (key == "html") {
      target = &record->html;
      record->has_html = true;
    } else if (key == "title") {
      target = &record->title;
    } else if (key == "url") {
      target = &record->url;
    } else if (key == "date") {
      target = &record->date;
    } else if (key == "source" || key == "publisher") {
      target = &record->publisher;
    }
    if (target == nullptr) continue;  // unknown fields are skipped (and still validated by the parser)
    simdjson::ondemand::json_type type;
    if ((error = value.type().get(type))) return simdjson::error_message(error);
    if (type == simdjson::ondemand::json_type::null) continue;
    if (key == "id" && type == simdjson::ondemand::json_type::number) {
      std::string_view raw = value.raw_json_token();
      while (!raw.empty() && (raw.back() == ' ' || raw.back() == '\t' || raw.back() == ','))
        raw.remove_suffix(1);
      target->assign(raw);
      continue;
    }
    std::string_view text;
    if ((error = value.get_string().get(text))) {
      if (error != simdjson::INCORRECT_TYPE) return simdjson::error_message(error);
      *malformed = false;
      return "field \"" + std::string(key) + "\" must be a string";
    }
    target->assign(text);
  }
  // simdjson 3.0 has no document::at_end(); a location that is not out of bounds means trailing content.
  const char* trailing = nullptr;
  if (json.current_location().get(trailing) != simdjson::OUT_OF_BOUNDS) {
    size_t offset = trailing == nullptr ? 0 : static_cast<size_t>(trailing - padded.data());
    return "unexpected content after the record at byte " + std::to_string(offset + 1);
  }
  *malformed = false;
  return "";
}

// Prepends the title as the first paragraph unless the text already starts with it.
void PrependTitle(Document* doc) {
  if (doc->title.empty()) return;
  size_t end = doc->text.find("\n\n");
  std::string_view first = std::string_view(doc->text).substr(0, end);
  if (SameText(first, doc->title)) return;
  doc->text = doc->title + (doc->text.empty() ? "" : "\n\n") + doc->text;
}

}  // namespace

Status ReadJsonLines(std::string_view name, std::string_view bytes, const IngestOptions& options,
                     const DocumentSink& sink, const DiagnosticSink& diagnostics) {
  const std::string path(name);
  simdjson::ondemand::parser parser;
  std::string line_buffer;  // repaired copy of the current line plus simdjson's padding; reused across lines
  size_t line_number = 0;
  size_t start = 0;
  if (bytes.starts_with("\xEF\xBB\xBF")) start = 3;
  while (start < bytes.size()) {
    ++line_number;
    size_t end = bytes.find('\n', start);
    if (end == std::string_view::npos) end = bytes.size();
    std::string_view line = bytes.substr(start, end - start);
    start = end + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    size_t first = line.find_first_not_of(" \t\r\f\v");
    if (first == std::string_view::npos) continue;  // blank line
    const std::string where = path + ":" + std::to_string(line_number) + ": ";
    if (line.size() > kMaxJsonLineBytes) {
      diagnostics(Status::InvalidArgument(where + "JSON line of " + std::to_string(line.size()) +
                                          " bytes exceeds the limit of " + std::to_string(kMaxJsonLineBytes) +
                                          " bytes; skipped"));
      continue;
    }
    line_buffer.reserve(line.size() + simdjson::SIMDJSON_PADDING);
    uint64_t replaced = RepairInto(line, &line_buffer);
    size_t length = line_buffer.size();
    line_buffer.reserve(length + simdjson::SIMDJSON_PADDING);

    Record record;
    bool malformed = false;
    std::string problem = ParseRecord(parser, line_buffer, length, &record, &malformed);
    if (length > kParserShrinkBytes) parser = simdjson::ondemand::parser();
    if (!problem.empty()) {
      diagnostics(Status::InvalidArgument(where + (malformed ? "malformed JSON: " : "") + problem));
      continue;
    }
    if (!record.has_text && !record.has_html) {
      diagnostics(Status::InvalidArgument(where + "record has neither \"text\" nor \"html\"; skipped"));
      continue;
    }
    const std::string id = record.id.empty() ? path + "#" + std::to_string(line_number) : record.id;
    Document doc;
    if (record.has_text || record.html.empty()) {
      doc.text = std::move(record.text);
    } else {
      Result<Document> extracted = ExtractHtml(record.html, id);
      if (!extracted.ok()) {
        diagnostics(extracted.status().WithContext(where));
        continue;
      }
      doc = std::move(extracted).value();
    }
    doc.id = id;
    doc.path = path;
    doc.format = InputFormat::kJsonLines;
    doc.invalid_utf8_replaced += replaced;
    if (!record.title.empty()) {
      // The record's title replaces the page's; drop the page headline that ExtractHtml put first.
      std::string title = Collapse(record.title);
      if (!doc.title.empty() && !SameText(title, doc.title) && doc.text.starts_with(doc.title)) {
        size_t body = doc.text.find("\n\n");
        doc.text.erase(0, body == std::string::npos ? doc.text.size() : body + 2);
      }
      doc.title = std::move(title);
    }
    if (!record.url.empty()) doc.url = std::move(record.url);
    if (!record.publisher.empty()) doc.publisher = std::move(record.publisher);
    if (!record.date.empty()) {
      std::string date = ParseDate(record.date);
      if (date.empty()) {
        diagnostics(Status::InvalidArgument(where + "unrecognised date \"" + record.date + "\"; ignored"));
      } else {
        doc.date = std::move(date);
        doc.date_source = "jsonl";
      }
    }
    PrependTitle(&doc);
    if (doc.text.empty()) {
      diagnostics(Status::InvalidArgument(where + "record has no text; skipped"));
      continue;
    }
    if (Status finished = FinishDocument(options, &doc); !finished.ok()) {
      diagnostics(finished.WithContext(where));
      continue;
    }
    DYAD_RETURN_IF_ERROR(sink(std::move(doc)));
  }
  return Status::Ok();
}

}  // namespace dyad::ingest_internal
