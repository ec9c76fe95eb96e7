// The parsing half of dyad/dictionary.h: the native line format described in docs/dictionaries.md. This
// file reads files and lines; each entry line goes to ParseEntryLine (native_format_entry.cc).
//
// One pass over the text, line by line, with string_views into the caller's buffer; the only allocations are
// the entry's own strings. Every malformed line yields one Status "FILE:LINE: reason" (the first problem
// found) and is skipped; parsing never stops early. No regex: the grammar is simple enough to scan by hand,
// and the full default dictionary must load in a few milliseconds.
#include <algorithm>
#include <cassert>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include "common/lines.h"
#include "dictionary/native_format_internal.h"
#include "dyad/dictionary.h"

#ifndef DYAD_DEFAULT_DICT_DIR
#define DYAD_DEFAULT_DICT_DIR "share/dyad/dict"
#endif

namespace dyad {
namespace {

using native_format_internal::ParseEntryLine;
using native_format_internal::Trim;

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

// Returns 0 when `line` is valid UTF-8 without control characters (tab excepted), else the 1-based byte
// column of the first offending byte. Rejects overlong forms, surrogates and code points above U+10FFFF, like
// the Unicode standard's table 3-7.
size_t FirstBadByteColumn(std::string_view line, bool* is_control) {
  *is_control = false;
  const auto* bytes = reinterpret_cast<const unsigned char*>(line.data());
  const size_t size = line.size();
  size_t i = 0;
  while (i < size) {
    const unsigned char lead = bytes[i];
    if (lead < 0x80) {
      if ((lead < 0x20 && lead != '\t') || lead == 0x7F) {
        *is_control = true;
        return i + 1;
      }
      ++i;
      continue;
    }
    size_t length = 0;
    unsigned char second_min = 0x80, second_max = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
      length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      length = 3;
      if (lead == 0xE0) second_min = 0xA0;  // overlong
      if (lead == 0xED) second_max = 0x9F;  // surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      length = 4;
      if (lead == 0xF0) second_min = 0x90;  // overlong
      if (lead == 0xF4) second_max = 0x8F;  // above U+10FFFF
    } else {
      return i + 1;
    }
    if (i + 1 >= size || bytes[i + 1] < second_min || bytes[i + 1] > second_max) return i + 1;
    for (size_t k = 2; k < length; ++k) {
      if (i + k >= size || bytes[i + k] < 0x80 || bytes[i + k] > 0xBF) return i + 1;
    }
    i += length;
  }
  return 0;
}

// Removes a comment ('#' to end of line) and turns each "\#" into '#'. Returns a view of `line` when there
// was no escape, else a view of `scratch`, which is reused across lines so that escapes cost no allocation
// per line.
std::string_view StripComment(std::string_view line, std::string* scratch) {
  size_t hash = line.find('#');
  if (hash == std::string_view::npos) return line;
  if (hash == 0 || line[hash - 1] != '\\') return line.substr(0, hash);
  scratch->clear();
  for (size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (c == '\\' && i + 1 < line.size() && line[i + 1] == '#') {
      scratch->push_back('#');
      ++i;
    } else if (c == '#') {
      break;
    } else {
      scratch->push_back(c);
    }
  }
  return *scratch;
}

}  // namespace

const char* EntryKindName(EntryKind kind) {
  switch (kind) {
    case EntryKind::kCountry:
      return "country";
    case EntryKind::kActor:
      return "actor";
    case EntryKind::kAgent:
      return "agent";
    case EntryKind::kVerb:
      return "verb";
    case EntryKind::kDiscard:
      return "discard";
    case EntryKind::kCameo:
      return "cameo";
  }
  return "unknown";
}

void ParseNativeDictionary(std::string_view file_name, std::string_view text, DictionarySource* out,
                           std::vector<Status>* errors) {
  assert(out != nullptr && errors != nullptr);
  if (text.substr(0, kUtf8Bom.size()) == kUtf8Bom) text.remove_prefix(kUtf8Bom.size());
  std::string scratch;
  const std::string prefix = std::string(file_name) + ":";
  auto report = [&](uint32_t line_number, std::string reason) {
    errors->push_back(Status::InvalidArgument(prefix + std::to_string(line_number) + ": " + reason));
  };

  for (LineReader lines(text); lines.Next();) {
    const auto line_number = static_cast<uint32_t>(lines.number());
    const std::string_view line = lines.line();

    bool is_control = false;
    if (const size_t column = FirstBadByteColumn(line, &is_control); column != 0) {
      char byte_hex[8];
      std::snprintf(byte_hex, sizeof byte_hex, "0x%02X", static_cast<unsigned char>(line[column - 1]));
      report(line_number, std::string(is_control ? "control character " : "invalid UTF-8 byte ") + byte_hex +
                              " at byte column " + std::to_string(column));
      continue;
    }
    const std::string_view content = Trim(StripComment(line, &scratch));
    if (content.empty()) continue;

    DictionaryEntry entry;
    if (Status status = ParseEntryLine(content, &entry); !status.ok()) {
      report(line_number, status.message());
      continue;
    }
    entry.file = file_name;
    entry.line = line_number;
    out->entries.push_back(std::move(entry));
  }
}

Status ReadNativeDictionaryDir(const std::string& dir, DictionarySource* out, std::vector<Status>* errors) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    if (ec && ec != std::errc::no_such_file_or_directory) {
      return Status::IOError("cannot read dictionary directory " + dir + ": " + ec.message());
    }
    return Status::NotFound("dictionary directory " + dir + " does not exist or is not a directory");
  }
  std::vector<fs::path> files;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    std::error_code type_ec;
    if (it->path().extension() == ".txt" && it->is_regular_file(type_ec)) files.push_back(it->path());
  }
  if (ec) return Status::IOError("cannot list dictionary directory " + dir + ": " + ec.message());
  std::sort(files.begin(), files.end());
  // dyad's countries.txt holds demonyms and informal names only; the ISO 3166-1 names are generated at build
  // time into countries.iso.txt beside it. Pointing --dict-dir at the source tree's data/dict would silently
  // lose every "Kazakhstan": said once, and the files are read all the same.
  const auto has_file = [&files](std::string_view name) {
    return std::any_of(files.begin(), files.end(),
                       [name](const fs::path& p) { return p.filename() == name; });
  };
  if (errors != nullptr && has_file("countries.txt") && !has_file("countries.iso.txt"))
    errors->push_back(Status::NotFound(
        dir +
        ": countries.txt adds to countries.iso.txt (the ISO 3166-1 country names), which is not here: it is "
        "generated at build time, so use the build's share/dyad/dict (the default) or copy it beside"));

  std::string text;
  for (const fs::path& path : files) {
    const std::string name = path.string();
    std::FILE* file = std::fopen(name.c_str(), "rb");
    if (file == nullptr) return Status::IOError("cannot open dictionary file " + name);
    text.clear();
    char buffer[1 << 16];
    size_t got = 0;
    while ((got = std::fread(buffer, 1, sizeof buffer, file)) > 0) text.append(buffer, got);
    const bool failed = std::ferror(file) != 0;
    std::fclose(file);
    if (failed) return Status::IOError("cannot read dictionary file " + name);
    ParseNativeDictionary(name, text, out, errors);
  }
  return Status::Ok();
}

std::string DefaultDictionaryDir() {
  const char* from_environment = std::getenv("DYAD_DICT_DIR");
  if (from_environment != nullptr && from_environment[0] != '\0') return from_environment;
  return DYAD_DEFAULT_DICT_DIR;
}

}  // namespace dyad
