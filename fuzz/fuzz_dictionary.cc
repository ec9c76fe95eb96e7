// Fuzz target: ParseNativeDictionary on arbitrary bytes must never crash, and every entry it accepts must
// satisfy the contracts the compiler relies on (non-empty code and phrases, valid period order). What it
// accepts is then compiled, and the loose name lookup (MayStartLooseName, MatchLooseName) is asked for every
// accepted phrase and for each line of the input itself, on an undated text and on two dates: it must never
// crash, a match must point at an actor or country entry in force on the date, and an ambiguous key must
// match nothing.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "dictionary/compiled.h"
#include "dyad/dictionary.h"

namespace {

void LookUpLoosely(const dyad::CompiledDictionary& dict, std::string_view name) {
  std::string key;
  for (std::string_view date :
       {std::string_view(), std::string_view("1995-01-01"), std::string_view("2020-06-30")}) {
    (void)dict.MayStartLooseName(name, &key);
    const dyad::CompiledDictionary::LooseMatch m = dict.MatchLooseName(name, date, &key);
    if (m.entry < 0) continue;
    if (m.ambiguous || static_cast<size_t>(m.entry) >= dict.entry_count()) std::abort();
    const dyad::EntryView e = dict.entry(static_cast<size_t>(m.entry));
    if (e.kind != dyad::EntryKind::kActor && e.kind != dyad::EntryKind::kCountry) std::abort();
    if (!e.ValidOn(date)) std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  dyad::DictionarySource source;
  std::vector<dyad::Status> errors;
  dyad::ParseNativeDictionary("fuzz.txt", text, &source, &errors);
  for (const dyad::DictionaryEntry& entry : source.entries) {
    if (entry.code.empty() || entry.phrases.empty() || entry.line == 0) std::abort();
    if (!entry.valid_from.empty() && !entry.valid_to.empty() && entry.valid_from > entry.valid_to)
      std::abort();
    for (const auto& phrase : entry.phrases) {
      if (phrase.empty()) std::abort();
    }
  }
  for (const dyad::Status& error : errors) {
    if (error.ok() || error.message().rfind("fuzz.txt:", 0) != 0) std::abort();
  }
  std::vector<std::string> names;
  for (const dyad::DictionaryEntry& entry : source.entries)
    for (const auto& phrase : entry.phrases) names.push_back(phrase);
  std::vector<dyad::Status> compile_errors;
  const auto dict = dyad::Dictionary::Compile(std::move(source), &compile_errors);
  if (dict == nullptr) return 0;
  for (const std::string& name : names) LookUpLoosely(dict->compiled(), name);
  for (size_t start = 0; start < text.size();) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    LookUpLoosely(dict->compiled(), text.substr(start, end - start));
    start = end + 1;
  }
  return 0;
}
