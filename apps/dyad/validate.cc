// dyad validate: codes a validation suite's records and scores them (include/dyad/eval.h).
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "cli.h"
#include "dyad/coder.h"
#include "dyad/eval.h"

namespace dyad_cli {
namespace {

const char kValidateHelp[] = R"(Usage: dyad validate SUITE [--dict-dir DIR] [--all] [-q]

Codes every record of a PETRARCH validation XML suite (the <Text>, not the <Parse>) and compares the events
with the suite's <EventCoding> records: an expected event is found when source, target and code all match.
Prints each record that is not exactly right (every record with --all), then the totals and one line
  validate: records=R correct=C missing=M extra=E extra_records=X
Records marked evaluate="false", or whose category <Include> leaves out, are not scored.

Dictionaries: dyad's own (--dict-dir DIR, default the built-in ones), so the figures say how dyad's dictionaries
code the suite's sentences.

Example: dyad validate ../shared/data/gold/petr2-gsr/PETR2_GSR_validation.xml
)";

std::string Triples(const std::vector<dyad::ExpectedEvent>& events) {
  std::string out;
  for (const auto& e : events) {
    if (!out.empty()) out += ", ";
    out += (e.source.empty() ? "-" : e.source) + "/" + (e.target.empty() ? "-" : e.target) + "/" + e.code;
  }
  return out.empty() ? "none" : out;
}

}  // namespace

int RunValidate(int argc, char** argv) {
  Args args = ParseArgs(argc, argv, 2, {"--dict-dir"}, {"--all", "--quiet"});
  if (!args.error.empty()) return Usage(args.error, kValidateHelp);
  if (Has(args, "--help")) {
    std::fputs(kValidateHelp, stdout);
    return kExitOk;
  }
  if (args.positional.size() != 1) return Usage("expected one SUITE file", kValidateHelp);
  const std::string path = args.positional[0];
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "dyad: cannot read %s\n", path.c_str());
    return kExitBadInput;
  }
  std::string xml((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  auto suite = dyad::ParsePetrarchSuite(path, xml);
  if (!suite.ok()) {
    std::fprintf(stderr, "dyad: %s\n", suite.status().ToString().c_str());
    return kExitBadInput;
  }
  auto dict = LoadDictionary(Get(args, "--dict-dir"), Has(args, "--quiet"));
  if (!dict) return kExitBadInput;
  dyad::Coder coder(dict);
  dyad::SuiteScore total;
  std::vector<dyad::Event> events;
  for (const dyad::SuiteRecord& record : suite->records) {
    if (!record.evaluate) continue;
    dyad::Document doc;
    doc.id = record.id;
    doc.text = record.text;
    doc.date = record.date;
    events.clear();
    coder.CodeDocument(doc, &events);
    dyad::RecordScore score = dyad::ScoreRecord(record, events);
    total.Add(score);
    if (Has(args, "--quiet") || (!Has(args, "--all") && score.missing == 0 && score.extra == 0)) continue;
    std::vector<dyad::ExpectedEvent> got;
    for (const auto& e : events) got.push_back({e.source.code, e.target.code, e.cameo});
    std::printf("%-24s correct=%u missing=%u extra=%u  expected: %s  coded: %s\n", record.id.c_str(),
                score.correct, score.missing, score.extra, Triples(record.expected).c_str(),
                Triples(got).c_str());
  }
  const uint32_t expected = total.correct + total.missing;
  std::printf(
      "%s: %u records, %u exactly right; %u of %u expected events found (%.1f%%); extras on %u records "
      "(%.1f%%)\n",
      path.c_str(), total.records, total.exact_records, total.correct, expected,
      expected ? 100.0 * total.correct / expected : 0.0, total.extra_records,
      total.records ? 100.0 * total.extra_records / total.records : 0.0);
  std::printf("%s\n", total.SummaryLine().c_str());
  return kExitOk;
}

}  // namespace dyad_cli
