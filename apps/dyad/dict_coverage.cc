// dyad dict coverage: which actor names and verb lemmas of another dictionary ours lack, and how many of its
// names found in a corpus ours resolve to the same country.
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "cli.h"
#include "dyad/dictionary.h"
#include "dyad/dictionary_coverage.h"
#include "dyad/where.h"

namespace dyad_cli {
namespace {

const char kCoverageHelp[] =
    R"(Usage: dyad dict coverage [--dict-dir DIR] [--gazetteer FILE|none] [--corpus PATH]... [--top N] OTHER...

Compares OTHER (dictionary files or directories in TABARI, PETRARCH/Phoenix or native format, detected from
name and content) with dyad's dictionaries (--dict-dir, default the built-in ones):
  - OTHER's actor and country names that no phrase of ours has, and OTHER's verb lemmas (first word of each
    pattern) that none of our patterns starts with;
  - with --corpus PATH (a file or directory of news text, HTML, TSV or JSON lines; repeatable): OTHER's names
    that occur in the corpus, and the share that ours resolve to the same country (first three letters of
    the code), by distinct name and by mention, with the biggest misses. Place names that no dictionary
    phrase has are resolved through the gazetteer (--gazetteer, default the built-in one; 'none' to skip),
    as dyad resolves places: the most populous place of that name.
--top N limits each example list (default 25). Exit status 0; 1 when a dictionary or corpus cannot be read.

Example:
  dyad dict coverage --corpus ../corpora ../dictionaries/phoenix/Phoenix.Countries.actors.txt
)";

double Percent(size_t part, size_t whole) { return whole == 0 ? 0.0 : 100.0 * part / whole; }

}  // namespace

int RunDictCoverage(int argc, char** argv) {
  // argv: dyad dict coverage ...; --corpus may repeat, so it is collected here rather than in ParseArgs.
  std::vector<std::string> corpora;
  std::vector<char*> rest = {argv[0], argv[1], argv[2]};
  for (int i = 3; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--corpus" && i + 1 < argc) {
      corpora.push_back(argv[++i]);
    } else if (arg.rfind("--corpus=", 0) == 0) {
      corpora.push_back(arg.substr(9));
    } else {
      rest.push_back(argv[i]);
    }
  }
  Args args =
      ParseArgs(static_cast<int>(rest.size()), rest.data(), 3, {"--dict-dir", "--top", "--gazetteer"}, {});
  if (!args.error.empty()) return Usage(args.error, kCoverageHelp);
  if (Has(args, "--help")) {
    std::fputs(kCoverageHelp, stdout);
    return kExitOk;
  }
  if (args.positional.empty())
    return Usage("dict coverage needs at least one OTHER dictionary", kCoverageHelp);
  size_t top = 25;
  if (Has(args, "--top")) {
    const std::string v = Get(args, "--top");
    if (v.empty() || v.find_first_not_of("0123456789") != std::string::npos || v.size() > 6)
      return Usage("--top must be a number", kCoverageHelp);
    top = std::stoul(v);
  }

  const std::string dir = Has(args, "--dict-dir") ? Get(args, "--dict-dir") : dyad::DefaultDictionaryDir();
  dyad::DictionarySource ours, other;
  std::vector<dyad::Status> ours_errors, other_notes;
  if (dyad::Status s = dyad::ReadNativeDictionaryDir(dir, &ours, &ours_errors); !s.ok()) {
    std::fprintf(stderr, "dyad: %s\n", s.ToString().c_str());
    return kExitBadInput;
  }
  for (const auto& e : ours_errors) std::fprintf(stderr, "dyad: warning: %s\n", e.message().c_str());
  for (const std::string& path : args.positional) {
    if (dyad::Status s = dyad::ReadAnyDictionary(path, &other, &other_notes); !s.ok()) {
      std::fprintf(stderr, "dyad: %s\n", s.ToString().c_str());
      return kExitBadInput;
    }
  }
  std::fprintf(stderr, "dyad: OTHER read with %zu notes (dict convert lists them)\n", other_notes.size());

  dyad::CoverageCounter counter(ours, other);
  std::shared_ptr<const dyad::Gazetteer> gazetteer;
  const std::string gazetteer_path =
      Has(args, "--gazetteer") ? Get(args, "--gazetteer") : dyad::DefaultGazetteerPath();
  if (!corpora.empty() && gazetteer_path != "none") {
    auto loaded = dyad::Gazetteer::Load(gazetteer_path);
    if (loaded.ok()) {
      gazetteer = *loaded;
      counter.SetNameResolver([&gazetteer](const std::string& key) -> std::vector<std::string> {
        auto [begin, end] = gazetteer->Candidates(key);
        const dyad::Place* best = nullptr;
        for (const uint32_t* i = begin; i != end; ++i) {
          const dyad::Place& p = gazetteer->place(*i);
          if (best == nullptr || p.population > best->population) best = &p;
        }
        if (best == nullptr) return {};
        return {best->country};
      });
    } else {
      std::fprintf(stderr, "dyad: warning: no gazetteer, place names are not resolved: %s\n",
                   loaded.status().ToString().c_str());
    }
  }
  size_t skipped = 0;
  for (const std::string& path : corpora) {
    if (dyad::Status s = counter.AddCorpusPath(path, &skipped); !s.ok()) {
      std::fprintf(stderr, "dyad: %s\n", s.ToString().c_str());
      return kExitBadInput;
    }
  }
  const dyad::CoverageReport r = counter.Report(top);

  std::printf("ours: %s (%zu entries); other: %zu entries\n", dir.c_str(), ours.entries.size(),
              other.entries.size());
  std::printf("actor names of OTHER missing from ours: %zu of %zu (%.1f%%)\n", r.missing_actor_names,
              r.other_actor_names, Percent(r.missing_actor_names, r.other_actor_names));
  for (const auto& name : r.missing_actor_examples) std::printf("  %s\n", name.c_str());
  std::printf("verb lemmas of OTHER missing from ours: %zu of %zu (%.1f%%)\n", r.missing_verb_lemmas,
              r.other_verb_lemmas, Percent(r.missing_verb_lemmas, r.other_verb_lemmas));
  for (const auto& lemma : r.missing_verb_examples) std::printf("  %s\n", lemma.c_str());
  if (corpora.empty()) return kExitOk;

  std::printf("corpus: %zu files, %zu bytes (%zu binary files skipped)\n", r.corpus_texts, r.corpus_bytes,
              skipped);
  std::printf(
      "names of OTHER in the corpus resolved to the same country: %zu of %zu distinct (%.1f%%), "
      "%zu of %zu mentions (%.1f%%)\n",
      r.corpus_names_same, r.corpus_names, Percent(r.corpus_names_same, r.corpus_names),
      r.corpus_mentions_same, r.corpus_mentions, Percent(r.corpus_mentions_same, r.corpus_mentions));
  std::printf("  of these, resolved as places through the gazetteer: %zu distinct names\n",
              r.corpus_names_by_resolver);
  std::printf(
      "  not scored: %zu distinct names (%zu mentions) that OTHER codes with no country and ours with a code "
      "of "
      "another kind:\n",
      r.corpus_names_no_country, r.corpus_mentions_no_country);
  for (const auto& name : r.no_country) {
    std::printf("  %6zu  %-32s %s -> %s\n", name.mentions, name.name.c_str(), name.other_codes.c_str(),
                name.our_codes.c_str());
  }
  std::printf("biggest misses (mentions, name, OTHER's codes -> ours):\n");
  for (const auto& miss : r.misses) {
    std::printf("  %6zu  %-32s %s -> %s\n", miss.mentions, miss.name.c_str(), miss.other_codes.c_str(),
                miss.our_codes.empty() ? "(unknown)" : miss.our_codes.c_str());
  }
  return kExitOk;
}

}  // namespace dyad_cli
