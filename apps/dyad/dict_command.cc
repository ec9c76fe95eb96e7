// dyad dict: check, convert, compile, stats, lookup and explain dictionaries (explain: dict_explain.cc).
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <optional>
#include <set>
#include <string>

#include "cli.h"
#include "coding/sentence.h"
#include "dictionary/compiled.h"
#include "dyad/dictionary.h"
#include "dyad/dictionary_formats.h"
#include "dyad/text.h"

namespace dyad_cli {
namespace {

const char kDictHelp[] = R"(Usage: dyad dict check [--dict-dir DIR]
       dyad dict convert [--kind actors|agents|verbs|discards] [-o FILE] FILE...
       dyad dict compile [--dict-dir DIR | --dict-format tabari|petrarch|native FILE...] [--all] -o OUT.dyadc
       dyad dict stats [--repeat N] [DICT]
       dyad dict lookup [--dict-dir DICT] [--date YYYY-MM-DD] NAME
       dyad dict explain [--dict-dir DICT] [--date YYYY-MM-DD] [--all] "SENTENCE"
       dyad dict coverage ... (dyad dict coverage --help)

check    loads and compiles a native dictionary directory, prints every error with FILE:LINE, the entry
         counts per kind and the ambiguous loose name keys (--all: every one, else 20); exit status 1 when
         any error was found.
convert  reads TABARI (.actors, .agents, .verbs) or PETRARCH/Phoenix (CAMEO.2.0.txt, Phoenix.*.txt) files and
         writes them in dyad's native format (docs/dictionaries.md) to stdout or FILE. The kind of each file is
         guessed from its name unless --kind is given. Everything the native format cannot express is reported
         on stderr with FILE:LINE.
compile  compiles a native directory (--dict-dir, default the built-in dictionaries) or the FILEs of one format
         (--dict-format; with --dict-dir and no FILE, every file of DIR whose kind its name tells) into a
         binary dictionary that loads in milliseconds. Foreign files get dyad's CAMEO table (names, Goldstein
         values, PLOVER). Notes are counted; --all prints them.
stats    entry counts per kind (countries, actors, agents, people with dated roles, verb patterns,
         discards), ambiguous loose name keys (--all: every one, else 10), verb patterns per CAMEO code and
         the codes that have none, and the load time (best of --repeat N loads, default 1). DICT is a directory or a .dyadc file (default: --dict-dir or built-in).
lookup   which actor, country, agent and discard entries the words of NAME match (every span), and the verb
         patterns its words anchor, with codes, dates and FILE:LINE; --date marks entries not in force then.
         A NAME no phrase matches is looked up by its loose name key ("Toqaev" meets "Tokayev").
explain  how SENTENCE is coded: tokens with lemmas and clauses, actor spans and the entries behind them,
         verb patterns tried and fired with their slots, roles, negation/modal blocks, and the events.

Wherever dyad loads dictionaries, --dict-dir accepts a directory of native files or a compiled .dyadc file.

Examples:
  dyad dict check
  dyad dict convert -o phoenix-agents.txt Phoenix.agents.txt
  dyad dict compile --dict-format petrarch --dict-dir ../shared/data/dictionaries/phoenix -o phoenix.dyadc
  dyad dict stats phoenix.dyadc
  dyad dict lookup "Foreign Minister"
  dyad dict explain "Kazakh police arrested three protesters on Monday."
)";

// Reads foreign or native dictionary FILEs into `source`; false (after printing why) when one cannot be read.
// `format` forces the format (else detected per file); `kind` forces the kind (else guessed from the name).
bool ReadSources(const std::vector<std::string>& files, std::optional<dyad::DictionaryFormat> format,
                 std::optional<dyad::ForeignFileKind> forced_kind, bool skip_unknown_kinds,
                 dyad::DictionarySource* source, std::vector<dyad::Status>* notes) {
  for (const std::string& file : files) {
    std::string text;
    if (!ReadFile(file, &text)) {
      std::fprintf(stderr, "dyad: cannot read %s\n", file.c_str());
      return false;
    }
    const dyad::DictionaryFormat f =
        format ? *format : dyad::DetectDictionaryFormat(file, std::string_view(text).substr(0, 4096));
    if (f == dyad::DictionaryFormat::kNative) {
      dyad::ParseNativeDictionary(file, text, source, notes);
      continue;
    }
    std::optional<dyad::ForeignFileKind> kind = forced_kind ? forced_kind : dyad::GuessForeignFileKind(file);
    if (!kind) {
      if (skip_unknown_kinds) {
        std::fprintf(stderr, "dyad: skipping %s (not actors, agents, verbs or discards by its name)\n",
                     file.c_str());
        continue;
      }
      std::fprintf(stderr,
                   "dyad: %s: cannot tell actors, agents, verbs or discards from the name; give --kind\n",
                   file.c_str());
      return false;
    }
    if (f == dyad::DictionaryFormat::kTabari) {
      dyad::ReadTabariDictionary(file, text, *kind, source, notes);
    } else {
      dyad::ReadPetrarchDictionary(file, text, *kind, source, notes);
    }
  }
  return true;
}

double MillisecondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

// Lists the loose name keys (docs/dictionaries.md, "Loose name keys") under which entries with different
// codes hold on a common day: a spelling that meets one of them only by its loose key is not coded. At most
// `limit`.
void PrintAmbiguousKeys(const dyad::Dictionary& dict, size_t limit) {
  const auto keys = dict.compiled().AmbiguousLooseKeys();
  std::printf("%zu ambiguous name key%s (a spelling that meets one only loosely matches nothing)%s\n",
              keys.size(), keys.size() == 1 ? "" : "s",
              keys.size() > limit ? ", the first:"
              : keys.empty()      ? ""
                                  : ":");
  for (size_t k = 0; k < keys.size() && k < limit; ++k) {
    std::string line = "  '" + std::string(keys[k].key) + "':";
    for (size_t i = 0; i < keys[k].entries.size(); ++i) {
      const dyad::EntryView e = dict.entry(keys[k].entries[i]);
      line += (i == 0 ? " " : ", ") + std::string(e.code) + " (" + std::string(e.file) + ":" +
              std::to_string(e.line) + ")";
    }
    std::printf("%s\n", line.c_str());
  }
}

int Check(const Args& args) {
  std::string dir = Has(args, "--dict-dir") ? Get(args, "--dict-dir") : dyad::DefaultDictionaryDir();
  std::vector<dyad::Status> errors;
  auto dict = dyad::Dictionary::LoadDirectory(dir, &errors);
  for (const auto& e : errors) std::fprintf(stderr, "%s\n", e.message().c_str());
  if (!dict.ok()) {
    std::fprintf(stderr, "dyad: %s\n", dict.status().ToString().c_str());
    return kExitBadInput;
  }
  std::map<std::string, std::pair<size_t, size_t>> counts;  // kind -> entries, phrases
  for (const auto& e : (*dict)->source().entries) {
    auto& c = counts[dyad::EntryKindName(e.kind)];
    c.first++;
    c.second += e.phrases.size();
  }
  std::printf("%s\n", dir.c_str());
  for (const auto& [kind, c] : counts)
    std::printf("  %-8s %6zu entries %7zu phrases\n", kind.c_str(), c.first, c.second);
  PrintAmbiguousKeys(**dict, Has(args, "--all") ? SIZE_MAX : 20);
  std::printf("%zu error%s\n", errors.size(), errors.size() == 1 ? "" : "s");
  return errors.empty() ? kExitOk : kExitBadInput;
}

int Convert(const Args& args, const std::vector<std::string>& files) {
  static const std::map<std::string, dyad::ForeignFileKind> kKinds = {
      {"actors", dyad::ForeignFileKind::kActors},
      {"agents", dyad::ForeignFileKind::kAgents},
      {"verbs", dyad::ForeignFileKind::kVerbs},
      {"discards", dyad::ForeignFileKind::kDiscards}};
  if (files.empty()) return Usage("dict convert needs at least one FILE", kDictHelp);
  if (Has(args, "--kind") && kKinds.count(Get(args, "--kind")) == 0)
    return Usage("--kind must be actors, agents, verbs or discards", kDictHelp);
  dyad::DictionarySource source;
  std::vector<dyad::Status> notes;
  for (const std::string& file : files) {
    std::string text;
    if (!ReadFile(file, &text)) {
      std::fprintf(stderr, "dyad: cannot read %s\n", file.c_str());
      return kExitBadInput;
    }
    std::optional<dyad::ForeignFileKind> kind =
        Has(args, "--kind") ? kKinds.at(Get(args, "--kind")) : dyad::GuessForeignFileKind(file);
    dyad::DictionaryFormat format =
        dyad::DetectDictionaryFormat(file, std::string_view(text).substr(0, 4096));
    if (format == dyad::DictionaryFormat::kNative) {
      dyad::ParseNativeDictionary(file, text, &source, &notes);
      continue;
    }
    if (!kind) {
      std::fprintf(stderr,
                   "dyad: %s: cannot tell actors, agents, verbs or discards from the name; give --kind\n",
                   file.c_str());
      return kExitUsage;
    }
    if (format == dyad::DictionaryFormat::kTabari) {
      dyad::ReadTabariDictionary(file, text, *kind, &source, &notes);
    } else {
      dyad::ReadPetrarchDictionary(file, text, *kind, &source, &notes);
    }
  }
  for (const auto& n : notes) std::fprintf(stderr, "%s\n", n.ToString().c_str());
  std::string native = dyad::WriteNativeDictionary(source);
  if (Has(args, "--output")) {
    std::ofstream out(Get(args, "--output"), std::ios::binary | std::ios::trunc);
    out << native;
    if (!out) {
      std::fprintf(stderr, "dyad: cannot write %s\n", Get(args, "--output").c_str());
      return kExitBadInput;
    }
  } else {
    std::fwrite(native.data(), 1, native.size(), stdout);
  }
  std::fprintf(stderr, "dyad: %zu entries written, %zu notes\n", source.entries.size(), notes.size());
  return kExitOk;
}

// The dictionary a subcommand works on: --dict-format FILE... (or every file of --dict-dir), else DICT (a
// directory or a .dyadc file) from `path`, --dict-dir or the built-in dictionaries. Null after printing why.
std::shared_ptr<const dyad::Dictionary> LoadForDict(const Args& args, const std::vector<std::string>& files,
                                                    const std::string& path, std::string* name,
                                                    std::vector<dyad::Status>* notes) {
  if (!Has(args, "--dict-format")) {
    *name = !path.empty()             ? path
            : Has(args, "--dict-dir") ? Get(args, "--dict-dir")
                                      : dyad::DefaultDictionaryDir();
    auto dict = dyad::Dictionary::Load(*name, notes);
    if (!dict.ok()) {
      std::fprintf(stderr, "dyad: %s\n", dict.status().ToString().c_str());
      return nullptr;
    }
    return *dict;
  }
  static const std::map<std::string, dyad::DictionaryFormat> kFormats = {
      {"native", dyad::DictionaryFormat::kNative},
      {"tabari", dyad::DictionaryFormat::kTabari},
      {"petrarch", dyad::DictionaryFormat::kPetrarch}};
  auto format = kFormats.find(Get(args, "--dict-format"));
  if (format == kFormats.end()) {
    std::fprintf(stderr, "dyad: --dict-format must be tabari, petrarch or native\n");
    return nullptr;
  }
  std::vector<std::string> inputs = files;
  bool from_dir = false;
  if (inputs.empty() && Has(args, "--dict-dir")) {
    std::error_code ec;
    for (const auto& f : std::filesystem::directory_iterator(Get(args, "--dict-dir"), ec))
      if (f.is_regular_file()) inputs.push_back(f.path().string());
    std::sort(inputs.begin(), inputs.end());
    from_dir = true;
  }
  if (inputs.empty()) {
    std::fprintf(stderr, "dyad: --dict-format needs FILEs (or --dict-dir DIR)\n");
    return nullptr;
  }
  *name = from_dir ? Get(args, "--dict-dir") : inputs.front() + (inputs.size() > 1 ? " ..." : "");
  dyad::DictionarySource source;
  if (!ReadSources(inputs, format->second, std::nullopt, from_dir, &source, notes)) return nullptr;
  const bool has_cameo = std::any_of(source.entries.begin(), source.entries.end(),
                                     [](const auto& e) { return e.kind == dyad::EntryKind::kCameo; });
  if (!has_cameo) {
    // Names, Goldstein values and PLOVER mappings of the CAMEO codes, from dyad's own table.
    dyad::DictionarySource own;
    std::vector<dyad::Status> own_errors;
    if (dyad::ReadNativeDictionaryDir(dyad::DefaultDictionaryDir(), &own, &own_errors).ok())
      for (auto& e : own.entries)
        if (e.kind == dyad::EntryKind::kCameo) source.entries.push_back(std::move(e));
  }
  if (source.entries.empty()) {
    std::fprintf(stderr, "dyad: %s: no dictionary entries\n", name->c_str());
    return nullptr;
  }
  return dyad::Dictionary::Compile(std::move(source), notes);
}

int Compile(const Args& args, const std::vector<std::string>& files) {
  if (!Has(args, "--output")) return Usage("dict compile needs -o OUT.dyadc", kDictHelp);
  if (!files.empty() && !Has(args, "--dict-format"))
    return Usage("dict compile takes FILEs only with --dict-format", kDictHelp);
  const auto start = std::chrono::steady_clock::now();
  std::string name;
  std::vector<dyad::Status> notes;
  auto dict = LoadForDict(args, files, "", &name, &notes);
  if (!dict) return kExitBadInput;
  const double compile_ms = MillisecondsSince(start);
  if (Has(args, "--all"))
    for (const auto& n : notes) std::fprintf(stderr, "%s\n", n.ToString().c_str());
  const std::string out = Get(args, "--output");
  const auto write_start = std::chrono::steady_clock::now();
  if (dyad::Status s = dict->WriteCompiled(out); !s.ok()) {
    std::fprintf(stderr, "dyad: %s\n", s.ToString().c_str());
    return kExitBadInput;
  }
  std::error_code ec;
  const auto bytes = std::filesystem::file_size(out, ec);
  std::printf(
      "%s: %zu entries, %zu verb patterns, %zu notes%s; read and compiled in %.0f ms, written in %.0f ms\n",
      name.c_str(), dict->source().entries.size(), dict->compiled().patterns().size(), notes.size(),
      notes.empty() || Has(args, "--all") ? "" : " (--all lists them)", compile_ms,
      MillisecondsSince(write_start));
  std::printf("%s: %llu bytes\n", out.c_str(), static_cast<unsigned long long>(ec ? 0 : bytes));
  return kExitOk;
}

int Stats(const Args& args, const std::vector<std::string>& rest) {
  if (rest.size() > 1) return Usage("dict stats takes at most one DICT", kDictHelp);
  const int repeat = Has(args, "--repeat") ? std::max(1, std::atoi(Get(args, "--repeat").c_str())) : 1;
  std::string name;
  std::vector<dyad::Status> notes;
  std::shared_ptr<const dyad::Dictionary> dict;
  double best_ms = 0;
  for (int i = 0; i < repeat; ++i) {
    notes.clear();
    dict = nullptr;  // the previous load is freed before timing the next
    const auto start = std::chrono::steady_clock::now();
    dict = LoadForDict(args, {}, rest.empty() ? "" : rest[0], &name, &notes);
    const double ms = MillisecondsSince(start);
    if (!dict) return kExitBadInput;
    best_ms = i == 0 ? ms : std::min(best_ms, ms);
  }
  size_t countries = 0, actors = 0, dated = 0, agents = 0, verbs = 0, discards = 0, cameo = 0, phrases = 0;
  std::set<std::string> dated_codes;
  const dyad::EntryTable entries = dict->entries();  // read in place: stats never builds source()
  for (size_t i = 0; i < entries.size(); ++i) {
    const dyad::EntryView e = entries[i];
    phrases += e.phrases.size();
    switch (e.kind) {
      case dyad::EntryKind::kCountry:
        ++countries;
        break;
      case dyad::EntryKind::kActor:
        ++actors;
        if (!e.valid_from.empty() || !e.valid_to.empty()) {
          ++dated;
          dated_codes.insert(std::string(e.code));
        }
        break;
      case dyad::EntryKind::kAgent:
        ++agents;
        break;
      case dyad::EntryKind::kVerb:
        ++verbs;
        break;
      case dyad::EntryKind::kDiscard:
        discards += e.phrases.size();
        break;
      case dyad::EntryKind::kCameo:
        ++cameo;
        break;
    }
  }
  const dyad::CompiledDictionary& c = dict->compiled();
  std::map<std::string, size_t> per_code;
  for (const auto& p : c.patterns()) ++per_code[std::string(entries[p.entry].code)];
  std::printf("%s\n", name.c_str());
  std::printf("  load: %.1f ms (best of %d)\n", best_ms, repeat);
  std::printf("  %zu entries, %zu phrases, %zu notes\n", entries.size(), phrases, notes.size());
  std::printf("  countries                %7zu\n  actors                   %7zu\n", countries, actors);
  std::printf("  people with dated roles  %7zu codes (%zu dated entries)\n", dated_codes.size(), dated);
  std::printf("  agents                   %7zu\n", agents);
  std::printf("  verb patterns            %7zu (in %zu entries, %zu codes)\n", c.patterns().size(), verbs,
              per_code.size());
  std::printf("  discard phrases          %7zu\n  cameo codes              %7zu\n", discards, cameo);
  std::printf("  words %zu, lemmas %zu, actor trie nodes %zu, loose name keys %zu\n", c.words().size(),
              c.lemmas().size(), c.actor_trie().node_count(), c.loose_keys().size());
  PrintAmbiguousKeys(*dict, Has(args, "--all") ? SIZE_MAX : 10);
  std::printf("verb patterns per CAMEO code:\n");
  std::vector<std::string> none;
  for (size_t i = 0; i < entries.size(); ++i) {
    const dyad::EntryView e = entries[i];
    if (e.kind != dyad::EntryKind::kCameo) continue;
    const std::string code(e.code);
    auto it = per_code.find(code);
    if (it == per_code.end()) {
      none.push_back(code);
    } else {
      const std::string_view title = e.phrases.empty() ? std::string_view() : e.phrases[0];
      std::printf("  %-5s %6zu  %.*s\n", code.c_str(), it->second, static_cast<int>(title.size()),
                  title.data());
    }
  }
  for (const auto& [code, n] : per_code)
    if (!dict->Cameo(code).known) std::printf("  %-5s %6zu  (no 'cameo' entry)\n", code.c_str(), n);
  std::printf("codes with no verb pattern (%zu):", none.size());
  for (const auto& code : none) std::printf(" %s", code.c_str());
  std::printf("\n");
  return kExitOk;
}

std::string Where(const dyad::EntryView& e) {
  std::string s = dyad::EntryKindName(e.kind) + std::string(" ") + std::string(e.code);
  if (!e.country.empty() && e.country != e.code) s += " country=" + std::string(e.country);
  for (size_t i = 0; i < e.sectors.size(); ++i) s += (i == 0 ? " sectors=" : ",") + std::string(e.sectors[i]);
  if (!e.valid_from.empty()) s += " from=" + std::string(e.valid_from);
  if (!e.valid_to.empty()) s += " to=" + std::string(e.valid_to);
  return s + "  " + std::string(e.file) + ":" + std::to_string(e.line);
}

int Lookup(const Args& args, const std::string& phrase) {
  std::string name;
  std::vector<dyad::Status> notes;
  auto dict = LoadForDict(args, {}, "", &name, &notes);
  if (!dict) return kExitBadInput;
  const dyad::CompiledDictionary& c = dict->compiled();
  const dyad::EntryTable entries = dict->entries();  // read in place: lookup never builds source()
  const std::string date = Get(args, "--date");
  std::vector<std::string> words;
  std::vector<dyad::CaseRule> rules;
  dyad::PhraseWords(phrase, &words, &rules);
  size_t found = 0;
  for (const auto* trie : {&c.actor_trie(), &c.discard_trie()}) {
    for (size_t i = 0; i < words.size(); ++i) {
      uint32_t node = 0;
      std::string span;
      for (size_t j = i; j < words.size(); ++j) {
        const dyad::WordId id = c.words().Find(words[j]);
        node = id == dyad::kNoWord ? 0 : trie->Child(node, id);
        if (node == 0) break;
        span += (span.empty() ? "" : " ") + words[j];
        for (const dyad::PhraseHit* h = trie->HitsBegin(node); h != trie->HitsEnd(node); ++h) {
          std::string cases;
          for (uint16_t k = 0; k < h->word_count; ++k) {
            const auto rule = trie->case_rules()[h->case_rules + k];
            if (rule != dyad::CaseRule::kAny)
              cases += std::string(cases.empty() ? " (" : ", ") + "'" + words[i + k] + "' " +
                       (rule == dyad::CaseRule::kAllCaps ? "in capitals" : "capitalised");
          }
          const bool valid = date.empty() || entries[h->entry].ValidOn(date);
          std::printf("\"%s\" -> %s%s%s\n", span.c_str(), Where(entries[h->entry]).c_str(),
                      cases.empty() ? "" : (cases + " only)").c_str(),
                      valid ? "" : "  (not valid on --date)");
          ++found;
        }
      }
    }
  }
  if (found == 0) {
    // What the coder's last resort would find: the entries filed under the name's loose key.
    std::string key;
    const auto loose = c.MatchLooseName(phrase, date, &key);
    const auto filed = c.LooseKeyEntries(key);
    for (size_t h = 0; h < filed.size(); ++h) {
      if (h > 0 && filed[h].entry == filed[h - 1].entry) continue;
      const uint32_t i = filed[h].entry;
      const bool valid = date.empty() || entries[i].ValidOn(date);
      std::printf("\"%s\" (loose key '%s') -> %s%s\n", phrase.c_str(), key.c_str(), Where(entries[i]).c_str(),
                  valid ? "" : "  (not valid on --date)");
      ++found;
    }
    if (loose.ambiguous)
      std::printf("loose key '%s' is ambiguous%s: different codes, so it matches nothing\n", key.c_str(),
                  date.empty() ? "" : " on --date");
  }
  std::string lemma;
  for (size_t i = 0; i < words.size(); ++i) {
    dyad::Lemmatize(words[i], &lemma);
    auto [begin, end] = c.PatternsAnchoredAt(c.lemmas().Find(lemma));
    if (begin == end) continue;
    std::printf("'%s' (lemma '%s') anchors %td verb pattern%s:\n", words[i].c_str(), lemma.c_str(),
                end - begin, end - begin == 1 ? "" : "s");
    const bool all = Has(args, "--all");
    for (const uint32_t* p = begin; p != end && (all || p - begin < 20); ++p) {
      const auto& pattern = c.pattern(*p);
      const dyad::EntryView e = entries[pattern.entry];
      std::printf("  verb %-4s '%.*s'  %.*s:%u\n", std::string(e.code).c_str(),
                  static_cast<int>(e.phrases[pattern.phrase].size()), e.phrases[pattern.phrase].data(),
                  static_cast<int>(e.file.size()), e.file.data(), e.line);
    }
    if (!all && end - begin > 20) std::printf("  ... (--all lists every one)\n");
    found += static_cast<size_t>(end - begin);
  }
  if (found == 0) std::printf("\"%s\": no entry matches\n", phrase.c_str());
  return found == 0 ? kExitBadInput : kExitOk;
}

}  // namespace

// dict_explain.cc
int ExplainSentence(const std::shared_ptr<const dyad::Dictionary>& dict, const std::string& sentence,
                    const std::string& date, bool all);

int RunDict(int argc, char** argv) {
  if (argc > 2 && std::string(argv[2]) == "coverage") return RunDictCoverage(argc, argv);
  Args args = ParseArgs(
      argc, argv, 2, {"--dict-dir", "--kind", "--output", "--dict-format", "--repeat", "--date"}, {"--all"});
  if (!args.error.empty()) return Usage(args.error, kDictHelp);
  if (Has(args, "--help")) {
    std::fputs(kDictHelp, stdout);
    return kExitOk;
  }
  if (args.positional.empty())
    return Usage("expected check, convert, compile, stats, lookup or explain", kDictHelp);
  const std::string sub = args.positional[0];
  const std::vector<std::string> rest(args.positional.begin() + 1, args.positional.end());
  if (Has(args, "--date") && !ValidDate(Get(args, "--date")))
    return Usage("--date must be YYYY-MM-DD", kDictHelp);
  if (sub == "check" && rest.empty()) return Check(args);
  if (sub == "convert") return Convert(args, rest);
  if (sub == "compile") return Compile(args, rest);
  if (sub == "stats") return Stats(args, rest);
  if (sub == "lookup" && rest.size() == 1) return Lookup(args, rest[0]);
  if (sub == "explain" && rest.size() == 1) {
    std::string name;
    std::vector<dyad::Status> notes;
    auto dict = LoadForDict(args, {}, "", &name, &notes);
    if (!dict) return kExitBadInput;
    return ExplainSentence(dict, rest[0], Get(args, "--date"), Has(args, "--all"));
  }
  return Usage("expected check, convert FILE..., compile, stats [DICT], lookup NAME or explain \"SENTENCE\"",
               kDictHelp);
}

}  // namespace dyad_cli
