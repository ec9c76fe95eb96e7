// JSON lines and TSV writers for events. See include/dyad/output.h; the JSON field order is a contract.
//
// Everything appends to the caller's string, so a caller that reuses one buffer per output line allocates
// nothing per event once the buffer has grown.
#include "dyad/output.h"

#include <cassert>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dyad {
namespace {

void AppendUnsigned(uint64_t value, std::string* out) {
  char buffer[24];
  const auto result = std::to_chars(buffer, buffer + sizeof(buffer), value);
  out->append(buffer, result.ptr);
}

void AppendSigned(int64_t value, std::string* out) {
  char buffer[24];
  const auto result = std::to_chars(buffer, buffer + sizeof(buffer), value);
  out->append(buffer, result.ptr);
}

// Goldstein scores are -10..10 with at most one decimal. Printed rounded to one decimal, without a trailing
// ".0" and never as "-0": 3.4, -10, 0. The result is a valid JSON number.
// Degrees with five decimals (about a metre), or null when unknown or not finite.
void AppendCoordinate(bool known, double degrees, std::string* out) {
  if (!known || !std::isfinite(degrees)) {
    out->append("null");
    return;
  }
  char buffer[32];
  auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, degrees, std::chars_format::fixed, 5);
  if (ec != std::errc()) {
    out->append("null");
    return;
  }
  out->append(buffer, end);
}

void AppendGoldstein(double goldstein, std::string* out) {
  assert(std::isfinite(goldstein) && "Goldstein scores come from the CAMEO table and are finite");
  if (!std::isfinite(goldstein)) goldstein = 0.0;  // release builds: a number, never "nan" in a JSON file
  constexpr double kLimit = 1e15;                  // far outside -10..10; keeps llround in range
  if (goldstein > kLimit) goldstein = kLimit;
  if (goldstein < -kLimit) goldstein = -kLimit;
  const int64_t tenths = std::llround(goldstein * 10.0);
  if (tenths < 0) out->push_back('-');
  const uint64_t magnitude = static_cast<uint64_t>(tenths < 0 ? -tenths : tenths);
  AppendUnsigned(magnitude / 10, out);
  if (magnitude % 10 != 0) {
    out->push_back('.');
    out->push_back(static_cast<char>('0' + magnitude % 10));
  }
}

// Appends `"key":` (the key is a literal from this file and needs no escaping).
void AppendKey(std::string_view key, std::string* out) {
  out->push_back('"');
  out->append(key);
  out->append("\":");
}

void AppendStringField(std::string_view key, std::string_view value, std::string* out) {
  AppendKey(key, out);
  AppendJsonString(value, out);
}

void AppendSpan(std::string_view key, uint32_t start, uint32_t end, std::string* out) {
  AppendKey(key, out);
  out->push_back('[');
  AppendUnsigned(start, out);
  out->push_back(',');
  AppendUnsigned(end, out);
  out->push_back(']');
}

void AppendStringArray(const std::vector<std::string>& items, std::string* out) {
  out->push_back('[');
  for (size_t i = 0; i < items.size(); ++i) {
    if (i != 0) out->push_back(',');
    AppendJsonString(items[i], out);
  }
  out->push_back(']');
}

void AppendActorJson(const EventActor& actor, std::string* out) {
  out->push_back('{');
  AppendStringField("code", actor.code, out);
  out->push_back(',');
  AppendStringField("country", actor.country, out);
  out->append(",\"sectors\":");
  AppendStringArray(actor.sectors, out);
  out->push_back(',');
  AppendStringField("text", actor.text, out);
  out->push_back('}');
}

// TSV cells: a tab, newline, carriage return or backslash inside text would break the row, so each is written
// as a two-character escape (\t \n \r \\), the convention of PostgreSQL COPY and most TSV readers.
void AppendTsvText(std::string_view text, std::string* out) {
  size_t run_start = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    char escape = 0;
    switch (text[i]) {
      case '\t':
        escape = 't';
        break;
      case '\n':
        escape = 'n';
        break;
      case '\r':
        escape = 'r';
        break;
      case '\\':
        escape = '\\';
        break;
      default:
        continue;
    }
    out->append(text.substr(run_start, i - run_start));
    out->push_back('\\');
    out->push_back(escape);
    run_start = i + 1;
  }
  out->append(text.substr(run_start));
}

void AppendTsvSectors(const std::vector<std::string>& sectors, std::string* out) {
  for (size_t i = 0; i < sectors.size(); ++i) {
    if (i != 0) out->push_back(',');
    AppendTsvText(sectors[i], out);
  }
}

}  // namespace

void AppendJsonString(std::string_view s, std::string* out) {
  static constexpr char kHex[] = "0123456789abcdef";
  out->push_back('"');
  size_t run_start = 0;  // bytes that need no escape are appended in runs, not one by one
  for (size_t i = 0; i < s.size(); ++i) {
    const auto byte = static_cast<unsigned char>(s[i]);
    if (byte >= 0x20 && byte != '"' && byte != '\\') continue;  // includes all UTF-8 multi-byte sequences
    out->append(s.substr(run_start, i - run_start));
    run_start = i + 1;
    out->push_back('\\');
    switch (byte) {
      case '"':
        out->push_back('"');
        break;
      case '\\':
        out->push_back('\\');
        break;
      case '\b':
        out->push_back('b');
        break;
      case '\f':
        out->push_back('f');
        break;
      case '\n':
        out->push_back('n');
        break;
      case '\r':
        out->push_back('r');
        break;
      case '\t':
        out->push_back('t');
        break;
      default:  // any other control character
        out->append("u00");
        out->push_back(kHex[byte >> 4]);
        out->push_back(kHex[byte & 0xf]);
        break;
    }
  }
  out->append(s.substr(run_start));
  out->push_back('"');
}

namespace {

// {"name","country","admin1","lat","lon","precision","text","start","end"}, or null when the event has no
// place; lat and lon are null when the gazetteer has no coordinates for it.
void AppendLocationJson(const std::optional<Location>& location, std::string* out) {
  if (!location) {
    out->append("null");
    return;
  }
  const Location& l = *location;
  out->push_back('{');
  AppendStringField("name", l.name, out);
  out->push_back(',');
  AppendStringField("country", l.country, out);
  out->push_back(',');
  AppendStringField("admin1", l.admin1, out);
  out->append(",\"lat\":");
  AppendCoordinate(l.has_coordinates, l.lat, out);
  out->append(",\"lon\":");
  AppendCoordinate(l.has_coordinates, l.lon, out);
  out->push_back(',');
  AppendStringField("precision", l.precision, out);
  out->push_back(',');
  AppendStringField("text", l.text, out);
  out->append(",\"start\":");
  AppendUnsigned(l.start, out);
  out->append(",\"end\":");
  AppendUnsigned(l.end, out);
  out->push_back('}');
}

}  // namespace

void WriteEventJson(const Event& event, bool explain, std::string* out) {
  out->push_back('{');
  AppendStringField("doc_id", event.doc_id, out);
  out->append(",\"sentence_index\":");
  AppendUnsigned(event.sentence_index, out);
  out->push_back(',');
  AppendStringField("sentence", event.sentence, out);
  out->append(",\"source\":");
  AppendActorJson(event.source, out);
  out->append(",\"target\":");
  AppendActorJson(event.target, out);
  out->push_back(',');
  AppendStringField("cameo", event.cameo, out);
  out->push_back(',');
  AppendStringField("root", event.root, out);
  out->append(",\"quad_class\":");
  AppendSigned(event.quad_class, out);
  out->append(",\"goldstein\":");
  AppendGoldstein(event.goldstein, out);
  out->push_back(',');
  AppendStringField("date", event.date, out);
  out->push_back(',');
  AppendStringField("date_precision", event.date_precision, out);
  out->append(",\"evidence\":{");
  AppendStringField("trigger", event.trigger, out);
  out->append(",\"start\":");
  AppendUnsigned(event.trigger_start, out);
  out->append(",\"end\":");
  AppendUnsigned(event.trigger_end, out);
  if (explain) {
    out->push_back(',');
    AppendStringField("rule", event.rule, out);
    out->push_back(',');
    AppendSpan("source_span", event.source.start, event.source.end, out);
    out->push_back(',');
    AppendSpan("target_span", event.target.start, event.target.end, out);
    // Coreference (only for an actor resolved from an earlier mention): that mention's words and span.
    for (const auto& [key, actor] :
         {std::pair{"source_antecedent", &event.source}, std::pair{"target_antecedent", &event.target}}) {
      if (actor->antecedent.empty()) continue;
      out->push_back(',');
      AppendKey(key, out);
      out->push_back('{');
      AppendStringField("text", actor->antecedent, out);
      out->push_back(',');
      AppendSpan("span", actor->antecedent_start, actor->antecedent_end, out);
      out->push_back('}');
    }
  }
  out->append("},\"plover\":{");
  AppendStringField("event", event.plover_event, out);
  out->push_back(',');
  AppendStringField("mode", event.plover_mode, out);
  out->append(",\"context\":");
  AppendStringArray(event.plover_contexts, out);
  out->append("},");
  AppendStringField("date_text", event.date_text, out);
  out->append(",\"location\":");
  AppendLocationJson(event.location, out);
  out->push_back('}');
}

const char* EventTsvHeader() {
  return "doc_id\tsentence_index\tdate\tdate_precision\tsource_code\tsource_country\tsource_sectors\tsource_"
         "text"
         "\tcameo\troot\tquad_class\tgoldstein\ttarget_code\ttarget_country\ttarget_sectors\ttarget_text"
         "\ttrigger\ttrigger_start\ttrigger_end\tsentence\tplover_event\tplover_mode\tplover_context\tdate_"
         "text\tlocation_name\tlocation_country\tlocation_admin1\tlocation_lat\tlocation_lon\tlocation_"
         "precision";
}

void WriteEventTsv(const Event& event, std::string* out) {
  // Column order must match EventTsvHeader().
  AppendTsvText(event.doc_id, out);
  out->push_back('\t');
  AppendUnsigned(event.sentence_index, out);
  out->push_back('\t');
  AppendTsvText(event.date, out);
  out->push_back('\t');
  AppendTsvText(event.date_precision, out);
  out->push_back('\t');
  AppendTsvText(event.source.code, out);
  out->push_back('\t');
  AppendTsvText(event.source.country, out);
  out->push_back('\t');
  AppendTsvSectors(event.source.sectors, out);
  out->push_back('\t');
  AppendTsvText(event.source.text, out);
  out->push_back('\t');
  AppendTsvText(event.cameo, out);
  out->push_back('\t');
  AppendTsvText(event.root, out);
  out->push_back('\t');
  AppendSigned(event.quad_class, out);
  out->push_back('\t');
  AppendGoldstein(event.goldstein, out);
  out->push_back('\t');
  AppendTsvText(event.target.code, out);
  out->push_back('\t');
  AppendTsvText(event.target.country, out);
  out->push_back('\t');
  AppendTsvSectors(event.target.sectors, out);
  out->push_back('\t');
  AppendTsvText(event.target.text, out);
  out->push_back('\t');
  AppendTsvText(event.trigger, out);
  out->push_back('\t');
  AppendUnsigned(event.trigger_start, out);
  out->push_back('\t');
  AppendUnsigned(event.trigger_end, out);
  out->push_back('\t');
  AppendTsvText(event.sentence, out);
  out->push_back('\t');
  AppendTsvText(event.plover_event, out);
  out->push_back('\t');
  AppendTsvText(event.plover_mode, out);
  out->push_back('\t');
  AppendTsvSectors(event.plover_contexts, out);
  out->push_back('\t');
  AppendTsvText(event.date_text, out);
  // Location columns: empty when the event has no place (lat/lon also when the place has no coordinates).
  const Location* l = event.location ? &*event.location : nullptr;
  out->push_back('\t');
  if (l) AppendTsvText(l->name, out);
  out->push_back('\t');
  if (l) AppendTsvText(l->country, out);
  out->push_back('\t');
  if (l) AppendTsvText(l->admin1, out);
  out->push_back('\t');
  if (l && l->has_coordinates) AppendCoordinate(true, l->lat, out);
  out->push_back('\t');
  if (l && l->has_coordinates) AppendCoordinate(true, l->lon, out);
  out->push_back('\t');
  if (l) AppendTsvText(l->precision, out);
}

}  // namespace dyad
