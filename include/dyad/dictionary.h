// Dictionaries: actors, agents (sectors), verb patterns and the CAMEO code table.
//
// Two layers, kept apart like re2's parse/compile:
//   1. DictionarySource: entries as written in text files (docs/dictionaries.md describes the native format).
//      Parsing collects every syntax error with file:line and keeps going.
//   2. Dictionary: the compiled, immutable form. Build once, then share one const Dictionary across threads;
//      lookups allocate nothing.
#ifndef DYAD_DICTIONARY_H_
#define DYAD_DICTIONARY_H_

#include <cstddef>
#include <cstdint>
#include <iterator>
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

// Where a kAgent entry's code goes when it composes with a country or an actor. Most agents name a sector of
// the state ("Arnor police": ARN + COP = ARNCOP); some name a kind of body that the country then qualifies,
// and their code comes first ("human rights activists in Arnor": NGM + ARN = NGMARN), as TABARI and PETRARCH
// write "[NGM~]" against "[~COP]".
enum class AgentPlacement : uint8_t {
  kAfterCountry,   // native default; TABARI "[~COP]"
  kBeforeCountry,  // native "compose=before"; TABARI "[NGO~]"
};

struct DictionaryEntry {
  EntryKind kind = EntryKind::kActor;
  std::string code;                  // actor code, sector code, or CAMEO code
  std::string country;               // ISO alpha-3 (actors; = code for countries); empty when not national
  std::vector<std::string> sectors;  // actor sector codes, e.g. {"GOV"}
  std::string valid_from;            // YYYY-MM-DD or empty (open)
  std::string valid_to;              // YYYY-MM-DD or empty (open), inclusive
  std::string office;                // kActor only: the office held in the period ("HOS", "FM"), or empty
  std::string paired_code;           // kVerb only: the CAMEO code of the paired event, target toward source
                                     // (TABARI's and PETRARCH-1's secondary code: "LEFT_ [032:033]", a visit
                                     // and its reception), or empty. Coded only with
                                     // CoderOptions::paired_events. With the code "-" the entry is
                                     // reversed-only: that event alone ("[:030]").
  double goldstein = 0.0;            // kCameo only
  std::string plover_event;          // kCameo only: PLOVER event ("CONSULT"), empty when PLOVER has none
  std::string plover_mode;           // kCameo only: PLOVER mode ("visit"), may be empty
  std::vector<std::string> plover_contexts;  // kCameo only: PLOVER contexts ("military", "economic")
  std::vector<std::string> phrases;  // names or patterns, as written (trimmed); for kCameo the code's name
  std::string file;                  // where the entry was written, for messages and `dict explain`
  uint32_t line = 0;
  // kAgent only: where its code goes in a composed actor code.
  AgentPlacement agent_placement = AgentPlacement::kAfterCountry;
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
// directory. Tools that need the sources (compile, convert, coverage) read this.
std::string DefaultDictionaryDir();

// What to load for coding with the default dictionaries: $DYAD_DICT_DIR when set; else the build's compiled
// copy of the data directory (share/dyad/dict.dyadc, written by the build with `dyad dict compile`) while it
// is at least as new as the directory and every file in it; else the directory (compiled at load). Mapping
// the compiled file costs a few milliseconds where compiling the ~2 MB of text costs some 40.
std::string DefaultDictionaryPath();

class CompiledDictionary;  // internal

// A list of strings stored flat in a compiled dictionary (an entry's sectors, PLOVER contexts or phrases):
// string_views into the dictionary's string pool, valid as long as the dictionary.
class StringListView {
 public:
  struct Ref {  // one string of the pool; the layout of the compiled tables (compiled.h)
    uint32_t offset = 0;
    uint32_t size = 0;
  };
  class Iterator {
   public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = std::string_view;
    using difference_type = std::ptrdiff_t;
    using pointer = void;
    using reference = std::string_view;
    Iterator() = default;
    Iterator(const char* pool, const Ref* ref) : pool_(pool), ref_(ref) {}
    std::string_view operator*() const { return std::string_view(pool_ + ref_->offset, ref_->size); }
    Iterator& operator++() {
      ++ref_;
      return *this;
    }
    Iterator operator++(int) {
      Iterator old = *this;
      ++ref_;
      return old;
    }
    bool operator==(const Iterator& o) const { return ref_ == o.ref_; }

   private:
    const char* pool_ = nullptr;
    const Ref* ref_ = nullptr;
  };
  StringListView() = default;
  StringListView(const char* pool, const Ref* refs, uint32_t count)
      : pool_(pool), refs_(refs), count_(count) {}
  size_t size() const { return count_; }
  bool empty() const { return count_ == 0; }
  std::string_view operator[](size_t i) const {
    return std::string_view(pool_ + refs_[i].offset, refs_[i].size);
  }
  Iterator begin() const { return Iterator(pool_, refs_); }
  Iterator end() const { return Iterator(pool_, refs_ + count_); }

 private:
  const char* pool_ = nullptr;
  const Ref* refs_ = nullptr;
  uint32_t count_ = 0;
};

// One entry read in place from a compiled dictionary's flat tables: no allocation, valid as long as the
// dictionary. The fields mirror DictionaryEntry's. This is what the coder reads per match; the full
// DictionarySource (source()) is only for tools.
struct EntryView {
  EntryKind kind = EntryKind::kActor;
  std::string_view code;
  std::string_view country;
  StringListView sectors;
  std::string_view valid_from;  // YYYY-MM-DD or empty (open)
  std::string_view valid_to;    // YYYY-MM-DD or empty (open), inclusive
  double goldstein = 0.0;
  std::string_view plover_event;
  std::string_view plover_mode;
  StringListView plover_contexts;
  StringListView phrases;
  std::string_view file;
  uint32_t line = 0;
  std::string_view office;       // DictionaryEntry::office
  std::string_view paired_code;  // DictionaryEntry::paired_code
  // DictionaryEntry::agent_placement
  AgentPlacement agent_placement = AgentPlacement::kAfterCountry;

  // True when the entry holds on `date` (YYYY-MM-DD); an unknown (empty) date accepts only entries that are
  // still open, so a past office holder is not coded on an undated text.
  bool ValidOn(std::string_view date) const;
};

// Every entry of a compiled dictionary by index (the indices PhraseHit and VerbPattern name). A cheap value.
class EntryTable {
 public:
  explicit EntryTable(const CompiledDictionary* dict) : dict_(dict) {}
  size_t size() const;
  EntryView operator[](size_t i) const;

 private:
  const CompiledDictionary* dict_;
};

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
  // mapping the file. No text is parsed, no pattern expanded and no entry rebuilt: the matcher and entries()
  // read their arrays in the mapping, which the dictionary keeps alive (source() is built on first use).
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
  // The entries, read in place (no allocation): what the coder reads per match.
  EntryTable entries() const;
  EntryView entry(size_t i) const { return entries()[i]; }
  // The entries as DictionaryEntry objects, for tools (convert, explain, lookup, coverage). A dictionary
  // loaded from a compiled file builds them on the first call (thread-safe; the same object afterwards).
  const DictionarySource& source() const;
  const CompiledDictionary& compiled() const { return *compiled_; }

 private:
  Dictionary();
  std::unique_ptr<CompiledDictionary> compiled_;
};

}  // namespace dyad

#endif  // DYAD_DICTIONARY_H_
