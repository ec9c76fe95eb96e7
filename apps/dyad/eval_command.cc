// dyad eval: codes the real-news gold sets with the default dictionaries and scores them
// (include/dyad/gold.h).
#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "cli.h"
#include "dyad/coder.h"
#include "dyad/gold.h"

namespace dyad_cli {
namespace {

const char kEvalHelp[] = R"(Usage: dyad eval [--gold-dir DIR] [--dict-dir DIR] [--no-pos] [-q] [SET...]

Codes the real-news gold sets with dyad's default dictionaries (or --dict-dir DIR) and scores them.
SET is one of cameo-100, plover-gsr, conflibert-test, indiapoliceevents-dev; default: every one present
under the gold directory (default ../shared/data/gold). For each set it prints precision, recall and F1 by
label (CAMEO root, PLOVER event, five-way class or police label), actor accuracy, the ten most frequent
errors, and for cameo-100 the human coders' agreement with each other beside dyad's, and recall of the coders'
Time (and, with a gazetteer, Location) spans. Each set ends with one line
  eval: set=NAME sentences=N events_p=P events_r=R events_f1=F [actor_acc=A ...]
that scripts/eval compares with eval/floors.txt. -q prints only those lines. docs/evaluation.md explains
every measure and mapping. --no-pos codes without part-of-speech tags.
)";

}  // namespace

int RunEval(int argc, char** argv) {
  Args args = ParseArgs(argc, argv, 2, {"--gold-dir", "--dict-dir"}, {"--quiet", "--no-pos"});
  if (!args.error.empty()) return Usage(args.error, kEvalHelp);
  if (Has(args, "--help")) {
    std::fputs(kEvalHelp, stdout);
    return kExitOk;
  }
  const std::string gold_dir = Get(args, "--gold-dir", "../shared/data/gold");
  const bool quiet = Has(args, "--quiet");
  const std::vector<std::string>& known = dyad::KnownGoldSets();
  std::vector<std::string> sets = args.positional;
  for (const std::string& s : sets) {
    bool ok = false;
    for (const std::string& k : known) ok = ok || k == s;
    if (!ok) return Usage("unknown set '" + s + "'", kEvalHelp);
  }
  const bool explicit_sets = !sets.empty();
  if (!explicit_sets) sets = known;
  std::vector<std::string> present, absent;
  std::error_code ec;
  for (const std::string& s : sets)
    (std::filesystem::is_directory(std::filesystem::path(gold_dir) / s, ec) ? present : absent).push_back(s);
  for (const std::string& s : absent)
    std::printf("eval: %s: absent (no %s/%s), not measured\n", s.c_str(), gold_dir.c_str(), s.c_str());
  if (present.empty()) {
    std::printf("eval: no gold set found under %s\n", gold_dir.c_str());
    return explicit_sets ? kExitBadInput : kExitOk;
  }
  auto dict = LoadDictionary(Get(args, "--dict-dir"), quiet);
  if (!dict) return kExitBadInput;
  // Coded as `dyad code` codes: the gazetteer also tells places from actors for the roles.
  dyad::CoderOptions coder_options;
  bool gazetteer_failed = false;
  coder_options.gazetteer = LoadGazetteer("", quiet, &gazetteer_failed);
  std::unique_ptr<const dyad::PosTagger> tagger;
  if (!Has(args, "--no-pos")) tagger = LoadPosTagger(quiet);
  coder_options.pos_tagger = tagger.get();
  dyad::Coder coder(dict, coder_options);
  int status = kExitOk;
  for (const std::string& name : present) {
    auto set = dyad::LoadGoldSet(gold_dir, name);
    if (!set.ok()) {
      std::fprintf(stderr, "dyad: %s: %s\n", name.c_str(), set.status().ToString().c_str());
      status = kExitBadInput;
      continue;
    }
    dyad::GoldOutputs outputs = dyad::CodeGoldSet(*set, &coder);
    dyad::GoldSetReport report = dyad::ScoreGoldSet(*set, outputs);
    if (quiet) {
      std::printf("%s\n", dyad::GoldSummaryLine(report).c_str());
    } else {
      std::printf("(%s: %s)\n%s\n", name.c_str(), set->source.c_str(),
                  dyad::FormatGoldReport(report).c_str());
    }
    std::fflush(stdout);
  }
  return status;
}

}  // namespace dyad_cli
