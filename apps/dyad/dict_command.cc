// dyad dict: check a native dictionary directory; convert TABARI / PETRARCH files into the native format.
#include <cstdio>
#include <fstream>
#include <iterator>
#include <map>
#include <optional>
#include <string>

#include "cli.h"
#include "dyad/dictionary.h"
#include "dyad/dictionary_formats.h"

namespace dyad_cli {
namespace {

const char kDictHelp[] = R"(Usage: dyad dict check [--dict-dir DIR]
       dyad dict convert [--kind actors|agents|verbs|discards] [-o FILE] FILE...

check    loads and compiles a native dictionary directory, prints every error with FILE:LINE and the entry
         counts per kind; exit status 1 when any error was found.
convert  reads TABARI (.actors, .agents, .verbs) or PETRARCH/Phoenix (CAMEO.2.0.txt, Phoenix.*.txt) files and
         writes them in dyad's native format (docs/dictionaries.md) to stdout or FILE. The kind of each file is
         guessed from its name unless --kind is given. Everything the native format cannot express is reported
         on stderr with FILE:LINE.

Examples:
  dyad dict check
  dyad dict convert -o phoenix-agents.txt Phoenix.agents.txt
)";

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

}  // namespace

int RunDict(int argc, char** argv) {
  Args args = ParseArgs(argc, argv, 2, {"--dict-dir", "--kind", "--output"}, {});
  if (!args.error.empty()) return Usage(args.error, kDictHelp);
  if (Has(args, "--help")) {
    std::fputs(kDictHelp, stdout);
    return kExitOk;
  }
  if (args.positional.empty()) return Usage("expected 'check' or 'convert'", kDictHelp);
  const std::string sub = args.positional[0];
  if (sub == "check" && args.positional.size() == 1) return Check(args);
  if (sub == "convert")
    return Convert(args, std::vector<std::string>(args.positional.begin() + 1, args.positional.end()));
  return Usage("expected 'check' or 'convert FILE...'", kDictHelp);
}

}  // namespace dyad_cli
