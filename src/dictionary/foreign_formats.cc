// Which format and kind a dictionary file has (DetectDictionaryFormat, GuessForeignFileKind), and the native
// writer that `dyad dict convert` uses (WriteNativeDictionary); the readers are tabari_format.cc and
// petrarch_format.cc.
#include <algorithm>
#include <charconv>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/dictionary_formats.h"

namespace dyad {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r'; }
char ToLower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

std::string_view BaseName(std::string_view path) {
  const size_t slash = path.find_last_of('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

}  // namespace

const char* DictionaryFormatName(DictionaryFormat format) {
  switch (format) {
    case DictionaryFormat::kNative:
      return "native";
    case DictionaryFormat::kTabari:
      return "tabari";
    case DictionaryFormat::kPetrarch:
      return "petrarch";
  }
  return "native";
}

DictionaryFormat DetectDictionaryFormat(std::string_view file_name, std::string_view head) {
  const std::string_view base = BaseName(file_name);
  for (std::string_view extension : {".actors", ".agents", ".verbs", ".options", ".project"}) {
    if (base.ends_with(extension)) return DictionaryFormat::kTabari;
  }
  // The first line that is not blank or a comment decides: native lines are "KIND CODE ... : PHRASES".
  size_t pos = 0;
  while (pos < head.size()) {
    size_t end = head.find('\n', pos);
    if (end == std::string_view::npos) end = head.size();
    std::string_view line = head.substr(pos, end - pos);
    pos = end + 1;
    if (line.starts_with("\xEF\xBB\xBF")) line.remove_prefix(3);
    line = Trim(line);
    if (line.empty() || line.starts_with('#') || line.starts_with("<!--")) continue;
    const std::string_view kind = line.substr(0, line.find_first_of(" \t"));
    const bool native_kind = kind == "country" || kind == "actor" || kind == "agent" || kind == "verb" ||
                             kind == "discard" || kind == "cameo";
    if (native_kind && line.find(" : ") != std::string_view::npos) return DictionaryFormat::kNative;
    break;
  }
  if (base.ends_with(".txt")) {
    const bool foreign_name =
        base.starts_with("Phoenix") || base.starts_with("PETR") || base.starts_with("CAMEO");
    if (foreign_name || pos > 0) return DictionaryFormat::kPetrarch;
  }
  return pos > 0 ? DictionaryFormat::kPetrarch : DictionaryFormat::kNative;
}

std::optional<ForeignFileKind> GuessForeignFileKind(std::string_view file_name) {
  std::string base(BaseName(file_name));
  std::transform(base.begin(), base.end(), base.begin(), ToLower);
  if (base.find("actors") != std::string::npos) return ForeignFileKind::kActors;
  if (base.find("agents") != std::string::npos) return ForeignFileKind::kAgents;
  if (base.find("discard") != std::string::npos) return ForeignFileKind::kDiscards;
  if (base.find("verbs") != std::string::npos || base.starts_with("cameo.2")) return ForeignFileKind::kVerbs;
  return std::nullopt;
}

namespace {

void AppendEscaped(std::string_view phrase, std::string* out) {
  for (char c : phrase) {
    if (c == '#') out->push_back('\\');
    out->push_back(c);
  }
}

void AppendList(const std::vector<std::string>& items, std::string* out) {
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out->push_back(',');
    *out += items[i];
  }
}

}  // namespace

std::string WriteNativeDictionary(const DictionarySource& source) {
  std::string out;
  for (const DictionaryEntry& entry : source.entries) {
    out += EntryKindName(entry.kind);
    out += ' ';
    out += entry.code;
    if (entry.kind == EntryKind::kActor) {
      if (!entry.country.empty()) out += " country=" + entry.country;
      if (!entry.sectors.empty()) {
        out += " sectors=";
        AppendList(entry.sectors, &out);
      }
      if (!entry.office.empty()) out += " office=" + entry.office;
    }
    if (entry.kind == EntryKind::kVerb && !entry.paired_code.empty()) out += " paired=" + entry.paired_code;
    if (entry.kind == EntryKind::kAgent && entry.agent_placement == AgentPlacement::kBeforeCountry)
      out += " compose=before";
    if (entry.kind == EntryKind::kActor || entry.kind == EntryKind::kCountry ||
        entry.kind == EntryKind::kAgent) {
      if (!entry.valid_from.empty()) out += " from=" + entry.valid_from;
      if (!entry.valid_to.empty()) out += " to=" + entry.valid_to;
    }
    if (entry.kind == EntryKind::kCameo) {
      char buffer[32];
      const auto result = std::to_chars(buffer, buffer + sizeof buffer, entry.goldstein);
      out += " goldstein=";
      out.append(buffer, result.ptr);
      if (!entry.plover_event.empty()) out += " plover=" + entry.plover_event;
      if (!entry.plover_mode.empty()) out += " mode=" + entry.plover_mode;
      if (!entry.plover_contexts.empty()) {
        out += " context=";
        AppendList(entry.plover_contexts, &out);
      }
    }
    out += " : ";
    for (size_t i = 0; i < entry.phrases.size(); ++i) {
      if (i > 0) out += " | ";
      AppendEscaped(entry.phrases[i], &out);
    }
    out += '\n';
  }
  return out;
}

}  // namespace dyad
