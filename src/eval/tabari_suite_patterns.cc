// Suite settings that `dyad validate` reads from a TABARI project's dictionaries (include/dyad/eval.h). The
// '%' compound marker (TabariCompoundPatterns): the verb reader converts such a pattern without the marker
// (it is no word); this finds the patterns that had one, so that `dyad validate` can give them to the coder
// (CoderOptions::compound_patterns). The national codes an actor file shows by use
// (TabariNationalCodesByUse).
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "common/lines.h"
#include "dyad/eval.h"

namespace dyad {

std::vector<CoderOptions::CompoundPattern> TabariCompoundPatterns(std::string_view file_name,
                                                                  std::string_view verbs_text) {
  std::vector<CoderOptions::CompoundPattern> out;
  for (LineReader lines(verbs_text); lines.Next();) {
    std::string_view text = lines.line();
    const auto line = static_cast<uint32_t>(lines.number());
    // A pattern line: "- WORDS * WORDS [CODE] ;comment". The marker counts in the words before the code.
    text = text.substr(0, text.find(';'));
    text = text.substr(0, text.find('['));
    const size_t first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos || text[first] != '-') continue;
    const size_t marker = text.find('%'), verb = text.find('*');
    if (marker == std::string_view::npos || verb == std::string_view::npos) continue;
    out.push_back({std::string(file_name), line, marker > verb});
  }
  return out;
}

size_t TabariNationalCodesByUse(DictionarySource* source, size_t first) {
  auto& entries = source->entries;
  std::vector<std::string_view> prefixes;  // views into the entries' codes, which are not changed below
  for (size_t i = first; i < entries.size(); ++i)
    if (entries[i].code.size() > 3 && entries[i].kind == EntryKind::kActor)
      prefixes.push_back(std::string_view(entries[i].code).substr(0, 3));
  std::sort(prefixes.begin(), prefixes.end());
  size_t changed = 0;
  for (size_t i = first; i < entries.size(); ++i) {
    DictionaryEntry& e = entries[i];
    if (e.kind != EntryKind::kActor || e.code.size() != 3 || !e.country.empty() ||
        !std::all_of(e.code.begin(), e.code.end(), [](char c) { return c >= 'A' && c <= 'Z'; }) ||
        !std::binary_search(prefixes.begin(), prefixes.end(), std::string_view(e.code)))
      continue;
    e.kind = EntryKind::kCountry;
    e.country = e.code;
    e.sectors.clear();
    ++changed;
  }
  return changed;
}

}  // namespace dyad
