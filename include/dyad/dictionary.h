// Dictionaries: actors, agents (sectors), verb patterns and the CAMEO code table.
//
// Two layers, kept apart like re2's parse/compile:
//   1. DictionarySource: entries as written in text files (docs/dictionaries.md describes the native format).
//      Parsing collects every syntax error with file:line and keeps going.
//   2. Dictionary: the compiled, immutable form. Build once, then share one const Dictionary across threads;
//      lookups allocate nothing.
#ifndef DYAD_DICTIONARY_H_
#define DYAD_DICTIONARY_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"

namespace dyad {

enum class EntryKind : uint8_t {
  kCountry,  // a state or territory; code = ISO 3166-1 alpha-3; phrases = names, demonyms, adjectives
  kActor,    // a named actor (person, organisation, metonym such as a capital); may be date-bounded
  kAgent,    // a sector noun that composes with a country ("police" -> COP: "Kazakh police" -> KAZCOP)
  kVerb,     // verb patterns for one CAMEO code
  kDiscard,  // phrases whose presence means a non-political sense; the sentence is not coded
  kCameo,    // a CAMEO code's name and Goldstein value
};

const char* EntryKindName(EntryKind kind);

struct DictionaryEntry {
  EntryKind kind = EntryKind::kActor;
  std::string code;                  // actor code, sector code, or CAMEO code
  std::string country;               // ISO alpha-3 (actors; = code for countries); empty when not national
  std::vector<std::string> sectors;  // actor sector codes, e.g. {"GOV"}
  std::string valid_from;            // YYYY-MM-DD or empty (open)
  std::string valid_to;              // YYYY-MM-DD or empty (open), inclusive
  std::string office;                // kActor only: the office held in the period ("HOS", "FM"), or empty.
                                     // Text dictionaries only: the compiled (.dyadc) form does not keep it.
  double goldstein = 0.0;            // kCameo only
  std::string plover_event;          // kCameo only: PLOVER event ("CONSULT"), empty when PLOVER has none
  std::string plover_mode;           // kCameo only: PLOVER mode ("visit"), may be empty
  std::vector<std::string> plover_contexts;  // kCameo only: PLOVER contexts ("military", "economic")
  std::vector<std::string> phrases;  // names or patterns, as written (trimmed); for kCameo the code's name
  std::string file;                  // where the entry was written, for messages and `dict explain`
  uint32_t line = 0;
};

struct DictionarySource {
  std::vector<DictionaryEntry> entries;
};

// Parses one file of the native format, appending its entries to `out`. Each malformed line adds a
// Status::InvalidArgument("FILE:LINE: reason") to `errors` and parsing continues with the next line.
void ParseNativeDictionary(std::string_view file_name, std::string_view text, DictionarySource* out,
                           std::vector<Status>* errors);

// Reads every "*.txt" file in `dir` (sorted, not recursive) with ParseNativeDictionary.
// Returns NotFound/IOError when the directory cannot be read; syntax errors go to `errors`.
Status ReadNativeDictionaryDir(const std::string& dir, DictionarySource* out, std::vector<Status>* errors);

// The directory holding dyad's default dictionaries: $DYAD_DICT_DIR when set, else the build's data
// directory.
std::string DefaultDictionaryDir();

class CompiledDictionary;  // internal

struct CameoInfo {
  std::string_view code;
  std::string_view name;
  double goldstein = 0.0;
  bool known = false;
  const DictionaryEntry* entry = nullptr;  // the 'cameo' entry (PLOVER mapping), when known
};

// An immutable compiled dictionary. Thread-safe for concurrent const use.
class Dictionary {
 public:
  // Compiles `source`. Conflicts that make the dictionary unusable (a verb entry with no pattern, a pattern
  // that cannot be compiled) are appended to `errors` with the entry's file:line and the entry is skipped.
  static std::shared_ptr<const Dictionary> Compile(DictionarySource source, std::vector<Status>* errors);

  // Reads and compiles a directory of native dictionary files.
  static Result<std::shared_ptr<const Dictionary>> LoadDirectory(const std::string& dir,
                                                                 std::vector<Status>* errors);

  // Loads a compiled binary dictionary (".dyadc", written by WriteCompiled or `dyad dict compile`) by
  // mapping the file. No text is parsed and no pattern expanded: the matcher reads its arrays in the mapping,
  // which the dictionary keeps alive; only the entries (source()) are rebuilt.
  // A truncated, corrupted or wrong-version file is a Status (Corruption, or IOError/NotFound for the file
  // itself) naming the file and the byte offset.
  static Result<std::shared_ptr<const Dictionary>> LoadCompiled(const std::string& path);

  // The same from bytes in memory; `name` is used in messages.
  static Result<std::shared_ptr<const Dictionary>> FromCompiledBytes(std::string_view bytes,
                                                                     std::string_view name);

  // A directory of native files (LoadDirectory) or a compiled file (LoadCompiled), whichever `path` is.
  static Result<std::shared_ptr<const Dictionary>> Load(const std::string& path, std::vector<Status>* errors);

  // The compiled binary form of this dictionary (docs/dictionaries.md, "Compiled binary dictionaries").
  std::string SerializeCompiled() const;
  // Writes SerializeCompiled() to `path` (through a temporary file renamed into place).
  [[nodiscard]] Status WriteCompiled(const std::string& path) const;

  ~Dictionary();
  Dictionary(const Dictionary&) = delete;
  Dictionary& operator=(const Dictionary&) = delete;

  CameoInfo Cameo(std::string_view code) const;
  const DictionarySource& source() const;
  const CompiledDictionary& compiled() const { return *compiled_; }

 private:
  Dictionary();
  std::unique_ptr<CompiledDictionary> compiled_;
};

}  // namespace dyad

#endif  // DYAD_DICTIONARY_H_
