// How much of another dictionary (TABARI, PETRARCH/Phoenix or native) dyad's dictionaries cover, for
// `dyad dict coverage`.
//
// Names are compared by a match key: ASCII case folded, ’ read as ', words split on white space and on
// punctuation other than the apostrophe, hyphen and inner full stops ("U.S." keeps its stops, "Putin." loses
// its last one). A name of OTHER "resolves" in ours when one of our country or actor phrases has the same
// key, or when it composes the way the coder composes actors: a country or actor phrase followed by agent
// words
// ("kazakh police"), or agent words + "of" (+ "the") + a country phrase ("president of kazakhstan"). It
// resolves "to the same country" when the first three letters of one of OTHER's codes for the name equal the
// first three letters of one of our codes for it (dates are ignored: the comparison is of names).
//
// Verb lemmas: the first word of each verb pattern that is not a slot ('+', '$') or an optional group.
#ifndef DYAD_DICTIONARY_COVERAGE_H_
#define DYAD_DICTIONARY_COVERAGE_H_

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/dictionary.h"
#include "dyad/status.h"

namespace dyad {

// The match key of a phrase or a stretch of text (see above); words joined by one space.
std::string CoverageKey(std::string_view phrase);

// Reads OTHER: a file or a directory (its files in sorted order, not recursive) of any supported dictionary
// format, auto-detected. Files whose kind cannot be told from the name (licences, ontologies) are skipped
// with a note; everything the readers report is appended to `notes`. NotFound when `path` does not exist.
[[nodiscard]] Status ReadAnyDictionary(const std::string& path, DictionarySource* out,
                                       std::vector<Status>* notes);

struct CoverageMiss {
  std::string name;         // as OTHER writes it (first spelling seen)
  std::string other_codes;  // OTHER's codes for it, comma separated
  std::string our_codes;    // ours, comma separated; empty when we do not know the name at all
  size_t mentions = 0;      // in the corpus
};

struct CoverageReport {
  // Dictionary against dictionary.
  size_t other_actor_names = 0;  // distinct keys of OTHER's actor and country phrases
  size_t missing_actor_names = 0;
  std::vector<std::string> missing_actor_examples;  // sorted, at most `max_examples`
  size_t other_verb_lemmas = 0;
  size_t missing_verb_lemmas = 0;
  std::vector<std::string> missing_verb_examples;
  // Against a corpus (zero when no text was added).
  size_t corpus_texts = 0;
  size_t corpus_bytes = 0;
  // Names OTHER codes with a country (or with the same type code as ours) are scored; a name OTHER codes
  // with only a type and no country ("BBC" MED) while ours gives a code of another kind (GBRMED) cannot be
  // compared by country and is counted apart, in corpus_names_no_country.
  size_t corpus_names = 0;       // distinct names of OTHER found in the corpus and scored
  size_t corpus_names_same = 0;  // ... that ours resolve to the same country
  size_t corpus_mentions = 0;    // their mentions
  size_t corpus_mentions_same = 0;
  size_t corpus_names_by_resolver = 0;  // of corpus_names_same: resolved only by the NameResolver
  std::vector<CoverageMiss> misses;     // by mentions, descending, at most `max_examples`
  size_t corpus_names_no_country = 0;   // found, OTHER gives no country, ours another kind of code
  size_t corpus_mentions_no_country = 0;
  std::vector<CoverageMiss> no_country;  // those names, by mentions, at most `max_examples`
};

// Compares two dictionaries and counts names of OTHER in text. Build once, AddText any number of times.
class CoverageCounter {
 public:
  CoverageCounter(const DictionarySource& ours, const DictionarySource& other);
  ~CoverageCounter();
  CoverageCounter(const CoverageCounter&) = delete;
  CoverageCounter& operator=(const CoverageCounter&) = delete;

  // Optional second source for names our dictionary phrases do not resolve: returns the countries (ISO
  // alpha-3) of a name given as its CoverageKey, e.g. from the gazetteer through which dyad resolves place
  // names (`dyad dict coverage` passes it). Names resolved this way are counted in corpus_names_by_resolver.
  using NameResolver = std::function<std::vector<std::string>(const std::string& key)>;
  void SetNameResolver(NameResolver resolver);

  // Counts the names of OTHER in `text`: longest match first, the match must start with a capital letter or
  // a non-letter (so that "may" the verb is not the name "May").
  void AddText(std::string_view text);

  // Reads a file or a directory (recursively, sorted) of news text, HTML, TSV/CSV or JSON lines, as raw
  // text; files with NUL bytes (archives, binaries) are skipped and counted in `skipped`.
  [[nodiscard]] Status AddCorpusPath(const std::string& path, size_t* skipped);

  CoverageReport Report(size_t max_examples) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace dyad

#endif  // DYAD_DICTIONARY_COVERAGE_H_
