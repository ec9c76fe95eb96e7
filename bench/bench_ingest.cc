// Micro-benchmarks for ingest: article extraction from the example news page, and JSON-lines reading of a
// generated buffer (records assembled from phrases written for this file).
#include <benchmark/benchmark.h>

#include <fstream>
#include <iterator>
#include <string>
#include <string_view>

#include "dyad/ingest.h"

namespace {

std::string ReadExamplePage() {
  std::ifstream in(std::string(DYAD_SOURCE_DIR) + "/examples/kazakhstan-usa-talks.html", std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

void BM_ExtractHtmlExamplePage(benchmark::State& state) {
  const std::string html = ReadExamplePage();
  if (html.empty()) {
    state.SkipWithError("examples/kazakhstan-usa-talks.html not found");
    return;
  }
  for (auto _ : state) {
    dyad::Result<dyad::Document> doc = dyad::ExtractHtml(html, "example.html");
    benchmark::DoNotOptimize(doc);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(html.size()));
}
BENCHMARK(BM_ExtractHtmlExamplePage);

std::string MakeJsonLines(int records) {
  constexpr std::string_view kSentences[] = {
      "Police detained dozens of protesters in the capital on Saturday, witnesses said.",
      "The foreign minister held talks with his counterpart and praised the new trade agreement.",
      "The opposition accused the government of silencing its critics ahead of the election.",
      "Both sides pledged to respect the ceasefire and to allow aid convoys into the town."};
  std::string out;
  for (int i = 0; i < records; ++i) {
    out += "{\"id\": \"rec-" + std::to_string(i) +
           "\", \"date\": \"2019-07-03T10:00:00Z\", \"title\": \"Story " + std::to_string(i) +
           "\", \"text\": \"";
    for (int k = 0; k < 6; ++k) {
      out += kSentences[(i + k) % 4];
      out += k == 2 ? "\\n\\n" : " ";
    }
    out += "\", \"source\": \"Example Wire\"}\n";
  }
  return out;
}

void BM_ReadJsonLines(benchmark::State& state) {
  const std::string buffer = MakeJsonLines(static_cast<int>(state.range(0)));
  size_t documents = 0;
  for (auto _ : state) {
    dyad::Status status = dyad::ReadBuffer(
        "bench.jsonl", buffer, dyad::IngestOptions{},
        [&](dyad::Document&& doc) {
          documents += doc.text.size() > 0;
          return dyad::Status::Ok();
        },
        [](const dyad::Status&) {});
    benchmark::DoNotOptimize(status);
  }
  benchmark::DoNotOptimize(documents);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(buffer.size()));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()) * state.range(0));
}
BENCHMARK(BM_ReadJsonLines)->Arg(1000);

}  // namespace
