// dyad command-line tool: a thin layer over the library (include/dyad/dyad.h).
//
// Exit status: 0 success, 1 unusable input (one-line reason on stderr), 2 usage error.
#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include "cli.h"
#include "dyad/dyad.h"

namespace {

using namespace dyad_cli;  // NOLINT: the subcommands share the CLI helpers

const char kMainHelp[] = R"(dyad - who did what to whom, when and where, from news text

Usage: dyad COMMAND [OPTIONS] [INPUT...]

Commands:
  code     code news into political events (CAMEO) as JSON lines or TSV
  bench    measure whole-pipeline throughput on INPUT (documents/s, sentences/s, MB/s)
  show     print the events stored in a database as a readable table
  dict     check, convert, compile (binary .dyadc), stats, lookup NAME, explain "SENTENCE" (dyad dict --help)
  validate code a PETRARCH (XML) or TABARI (.project) validation suite and score it (correct / missing / extra)
  eval     code the real-news gold sets and score them (docs/evaluation.md)
  version  print the version

Examples:
  dyad code examples/                          # every file under examples/, events to stdout
  dyad code --date 2019-07-02 article.txt      # reference date for a text without one
  cat news.jsonl | dyad code - --db events.sqlite -o events.jsonl
  dyad code --explain --format tsv page.html
  dyad bench ../shared/data/corpora/bbc-2225
  dyad show --db events.sqlite

Run 'dyad COMMAND --help' for a command's options.
)";

const char kCodeHelp[] = R"(Usage: dyad code [OPTIONS] INPUT...

INPUT is a file, a directory (read recursively) or '-' for standard input. Formats are detected by extension and
content: plain text, HTML pages, JSON lines ({"id","text"|"html","date","title","url","source"} per line),
WARC archives (.warc, .warc.gz: one document per HTML or text page).

Options:
  --date YYYY-MM-DD   reference date for documents that carry none
  -o, --output FILE   write events to FILE instead of standard output
  --format FORMAT     jsonl (default) or tsv
  --db FILE.sqlite    also store documents and events in an SQLite database (idempotent)
  --explain           add the rule that fired and the actor spans to each event
  --dict-dir DIR      dictionary directory or compiled .dyadc file (default: $DYAD_DICT_DIR or built-in)
  --gazetteer FILE    places for event locations (default: $DYAD_GAZETTEER or the built-in gazetteer)
  --no-places         do not locate events (every location is null)
  --no-pos            do not tag parts of speech (code as without the tagger's model)
  --targetless        also code protest, force and violence whose target the text does not name
                      ("police fired in the air"), with an empty target
  -q, --quiet         no per-input warnings, no summary

Examples:
  dyad code examples/kazakhstan-usa-talks.html
  dyad code --date 2019-07-02 --db events.sqlite -o events.jsonl examples/
  echo 'Kazakhstan praised Uzbekistan on Monday.' | dyad code --date 2019-07-01 -
)";

const char kBenchHelp[] =
    R"(Usage: dyad bench [--dict-dir DIR] [--gazetteer FILE | --no-places] [--no-pos] [--repeat N] INPUT...

Reads INPUT once into memory, then runs the whole pipeline (HTML/JSON extraction, normalisation, tokens,
sentences, coding) N times (default 3) on one thread and prints the best run's documents/s, sentences/s and MB/s.
Example: dyad bench ../shared/data/corpora/bbc-sentences.jsonl
)";

const char kShowHelp[] = R"(Usage: dyad show --db FILE.sqlite [--limit N]

Prints stored events as a table: date, source, event, target, trigger, place. Default limit 50.
)";

int RunCode(int argc, char** argv) {
  Args args =
      ParseArgs(argc, argv, 2, {"--date", "--output", "--format", "--db", "--dict-dir", "--gazetteer"},
                {"--explain", "--quiet", "--no-places", "--no-pos", "--targetless"});
  if (!args.error.empty()) return Usage(args.error, kCodeHelp);
  if (Has(args, "--help")) {
    std::fputs(kCodeHelp, stdout);
    return kExitOk;
  }
  if (args.positional.empty()) return Usage("no INPUT given", kCodeHelp);
  std::string format = Get(args, "--format", "jsonl");
  if (format != "jsonl" && format != "tsv") return Usage("--format must be jsonl or tsv", kCodeHelp);
  dyad::IngestOptions ingest;
  ingest.default_date = Get(args, "--date");
  if (!ingest.default_date.empty() && !ValidDate(ingest.default_date))
    return Usage("--date must be YYYY-MM-DD, got '" + ingest.default_date + "'", kCodeHelp);
  const bool quiet = Has(args, "--quiet");
  const bool explain = Has(args, "--explain");

  auto dict = LoadDictionary(Get(args, "--dict-dir"), quiet);
  if (!dict) return kExitBadInput;

  std::ofstream file;
  std::ostream* out = &std::cout;
  if (Has(args, "--output")) {
    file.open(Get(args, "--output"), std::ios::binary | std::ios::trunc);
    if (!file) {
      std::fprintf(stderr, "dyad: cannot write %s: %s\n", Get(args, "--output").c_str(),
                   std::strerror(errno));
      return kExitBadInput;
    }
    out = &file;
  }
  std::unique_ptr<dyad::EventStore> store;
  if (Has(args, "--db")) {
    auto opened = dyad::EventStore::Open(Get(args, "--db"));
    if (!opened.ok()) {
      std::fprintf(stderr, "dyad: %s\n", opened.status().ToString().c_str());
      return kExitBadInput;
    }
    store = std::move(opened).value();
    if (auto s = store->Begin(); !s.ok()) {
      std::fprintf(stderr, "dyad: %s\n", s.ToString().c_str());
      return kExitBadInput;
    }
  }
  if (format == "tsv") *out << dyad::EventTsvHeader() << '\n';

  dyad::CoderOptions coder_options;
  coder_options.explain = explain;
  coder_options.targetless_events = Has(args, "--targetless");
  if (!Has(args, "--no-places")) {
    bool failed = false;
    coder_options.gazetteer = LoadGazetteer(Get(args, "--gazetteer"), quiet, &failed);
    if (failed) return kExitBadInput;
  }
  std::unique_ptr<const dyad::PosTagger> tagger;
  if (!Has(args, "--no-pos")) tagger = LoadPosTagger(quiet);
  coder_options.pos_tagger = tagger.get();
  dyad::Coder coder(dict, coder_options);
  uint64_t unchanged = 0;
  std::string line;
  auto sink = [&](const dyad::Document& doc, const std::vector<dyad::Event>& events) -> dyad::Status {
    for (const auto& e : events) {
      line.clear();
      if (format == "tsv") {
        dyad::WriteEventTsv(e, &line);
      } else {
        dyad::WriteEventJson(e, explain, &line);
      }
      line += '\n';
      out->write(line.data(), static_cast<std::streamsize>(line.size()));
    }
    if (!*out) return dyad::Status::IOError("cannot write events: " + std::string(std::strerror(errno)));
    if (store) {
      bool changed = false;
      DYAD_RETURN_IF_ERROR(store->Write(doc, events, &changed));
      if (!changed) ++unchanged;
    }
    return dyad::Status::Ok();
  };
  auto diagnostics = [&](const dyad::Status& s) {
    if (!quiet) std::fprintf(stderr, "dyad: warning: %s\n", s.message().c_str());
  };
  dyad::PipelineStats stats;
  dyad::Status status = dyad::CodeInputs(args.positional, ingest, &coder, sink, diagnostics, &stats);
  if (status.ok() && store) status = store->Commit();
  out->flush();
  if (!status.ok()) {
    std::fprintf(stderr, "dyad: %s\n", status.ToString().c_str());
    return kExitBadInput;
  }
  if (stats.documents == 0) {
    std::fprintf(stderr, "dyad: no readable document in the input (%llu problem%s reported)\n",
                 static_cast<unsigned long long>(stats.diagnostics), stats.diagnostics == 1 ? "" : "s");
    return kExitBadInput;
  }
  if (!quiet) {
    std::fprintf(stderr, "dyad: %llu documents, %llu sentences, %llu events",
                 (unsigned long long)stats.documents, (unsigned long long)stats.sentences,
                 (unsigned long long)stats.events);
    if (store) std::fprintf(stderr, "; %llu already stored unchanged", (unsigned long long)unchanged);
    std::fprintf(stderr, "\n");
  }
  return kExitOk;
}

int RunBench(int argc, char** argv) {
  Args args =
      ParseArgs(argc, argv, 2, {"--dict-dir", "--repeat", "--gazetteer"}, {"--no-places", "--no-pos"});
  if (!args.error.empty()) return Usage(args.error, kBenchHelp);
  if (Has(args, "--help")) {
    std::fputs(kBenchHelp, stdout);
    return kExitOk;
  }
  if (args.positional.empty()) return Usage("no INPUT given", kBenchHelp);
  int repeat = std::max(1, std::atoi(Get(args, "--repeat", "3").c_str()));
  using Clock = std::chrono::steady_clock;
  auto t0 = Clock::now();
  auto dict = LoadDictionary(Get(args, "--dict-dir"), true);
  if (!dict) return kExitBadInput;
  double load_ms = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
  dyad::CoderOptions coder_options;
  double gazetteer_ms = 0;
  if (!Has(args, "--no-places")) {
    auto t1 = Clock::now();
    bool failed = false;
    coder_options.gazetteer = LoadGazetteer(Get(args, "--gazetteer"), false, &failed);
    if (failed) return kExitBadInput;
    gazetteer_ms = std::chrono::duration<double, std::milli>(Clock::now() - t1).count();
  }
  std::unique_ptr<const dyad::PosTagger> tagger;
  if (!Has(args, "--no-pos")) tagger = LoadPosTagger(false);
  coder_options.pos_tagger = tagger.get();

  // Read the raw bytes once so the timed runs measure dyad, not the disk.
  struct Input {
    std::string name, bytes;
  };
  std::vector<Input> inputs;
  uint64_t raw_bytes = 0;
  std::vector<std::string> files;
  for (const auto& p : args.positional) {
    std::error_code ec;
    if (std::filesystem::is_directory(p, ec)) {
      for (const auto& e : std::filesystem::recursive_directory_iterator(p, ec))
        if (e.is_regular_file()) files.push_back(e.path().string());
    } else {
      files.push_back(p);
    }
  }
  std::sort(files.begin(), files.end());
  for (const auto& f : files) {
    std::string bytes;
    (void)ReadFile(f, &bytes);  // an unreadable file is an empty input, which ingest reports
    raw_bytes += bytes.size();
    inputs.push_back({f, std::move(bytes)});
  }
  dyad::Coder coder(dict, coder_options);
  dyad::IngestOptions ingest;
  double best = 1e300;
  dyad::PipelineStats stats;
  for (int r = 0; r < repeat; ++r) {
    stats = dyad::PipelineStats{};
    std::vector<dyad::Event> events;
    auto t = Clock::now();
    for (const auto& in : inputs) {
      auto sink = [&](dyad::Document&& doc) -> dyad::Status {
        events.clear();
        coder.CodeDocument(doc, &events);
        stats.documents++;
        stats.sentences += coder.last_sentence_count();
        stats.events += events.size();
        stats.bytes += doc.text.size();
        return dyad::Status::Ok();
      };
      (void)dyad::ReadBuffer(in.name, in.bytes, ingest, sink,
                             [&](const dyad::Status&) { stats.diagnostics++; });
    }
    best = std::min(best, std::chrono::duration<double>(Clock::now() - t).count());
  }
  std::printf(
      "dyad bench: %zu files, %.1f MB raw, %llu documents, %llu sentences, %llu events, %llu skipped\n",
      inputs.size(), raw_bytes / 1e6, (unsigned long long)stats.documents,
      (unsigned long long)stats.sentences, (unsigned long long)stats.events,
      (unsigned long long)stats.diagnostics);
  std::printf("dictionary load: %.1f ms\n", load_ms);
  if (coder_options.gazetteer)
    std::printf("gazetteer load: %.1f ms (%zu places)\n", gazetteer_ms, coder_options.gazetteer->size());
  else
    std::printf("gazetteer: none (events not located)\n");
  std::printf("part-of-speech tags: %s\n", tagger ? "on" : "off");
  std::printf(
      "whole pipeline (best of %d, 1 thread): %.3f s  %.0f documents/s  %.0f sentences/s  %.2f MB/s\n",
      repeat, best, stats.documents / best, stats.sentences / best, raw_bytes / 1e6 / best);
  return kExitOk;
}

int RunShow(int argc, char** argv) {
  Args args = ParseArgs(argc, argv, 2, {"--db", "--limit"}, {});
  if (!args.error.empty()) return Usage(args.error, kShowHelp);
  if (Has(args, "--help")) {
    std::fputs(kShowHelp, stdout);
    return kExitOk;
  }
  if (!Has(args, "--db")) return Usage("--db is required", kShowHelp);
  auto store = dyad::EventStore::Open(Get(args, "--db"));
  if (!store.ok()) {
    std::fprintf(stderr, "dyad: %s\n", store.status().ToString().c_str());
    return kExitBadInput;
  }
  auto counts = (*store)->Counts();
  auto events = (*store)->Events(std::atoll(Get(args, "--limit", "50").c_str()));
  if (!counts.ok() || !events.ok()) {
    std::fprintf(stderr, "dyad: %s\n", (counts.ok() ? events.status() : counts.status()).ToString().c_str());
    return kExitBadInput;
  }
  std::printf("%lld documents, %lld events in %s\n\n", (long long)counts->documents,
              (long long)counts->events, Get(args, "--db").c_str());
  std::printf("%-10s  %-10s  %-5s  %-10s  %-22s  %-22s  %s\n", "date", "source", "cameo", "target", "trigger",
              "place", "document");
  auto clip = [](const std::string& s) { return s.size() > 22 ? s.substr(0, 21) + "~" : s; };
  for (const auto& e : *events) {
    const std::string place = e.location ? clip(e.location->name + " (" + e.location->country + ")") : "-";
    std::printf("%-10s  %-10s  %-5s  %-10s  %-22s  %-22s  %s\n", e.date.c_str(), e.source.code.c_str(),
                e.cameo.c_str(), e.target.code.c_str(), clip(e.trigger).c_str(), place.c_str(),
                e.doc_id.c_str());
  }
  return kExitOk;
}

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  if (argc < 2) return Usage("no command given", kMainHelp);
  std::string command = argv[1];
  if (command == "--help" || command == "-h" || command == "help") {
    std::fputs(kMainHelp, stdout);
    return kExitOk;
  }
  if (command == "version" || command == "--version") {
    std::printf("dyad 0.1.0\n");
    return kExitOk;
  }
  if (command == "code") return RunCode(argc, argv);
  if (command == "bench") return RunBench(argc, argv);
  if (command == "show") return RunShow(argc, argv);
  if (command == "dict") return RunDict(argc, argv);
  if (command == "validate") return RunValidate(argc, argv);
  if (command == "eval") return RunEval(argc, argv);
  return Usage("unknown command '" + command + "'", kMainHelp);
}
