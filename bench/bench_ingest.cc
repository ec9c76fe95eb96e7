// Micro-benchmarks for ingest: article extraction from the example news page, and JSON-lines and WARC reading
// of generated buffers (records assembled from phrases written for this file).
#include <benchmark/benchmark.h>
#include <zlib.h>

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

// Reads `buffer` as the input `name` on every iteration; `records` documents per pass.
void ReadBufferLoop(benchmark::State& state, const char* name, const std::string& buffer, int64_t records) {
  size_t documents = 0;
  for (auto _ : state) {
    dyad::Status status = dyad::ReadBuffer(
        name, buffer, dyad::IngestOptions{},
        [&](dyad::Document&& doc) {
          documents += doc.text.size() > 0;
          return dyad::Status::Ok();
        },
        [](const dyad::Status&) {});
    benchmark::DoNotOptimize(status);
  }
  benchmark::DoNotOptimize(documents);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(buffer.size()));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()) * records);
}

void BM_ReadJsonLines(benchmark::State& state) {
  ReadBufferLoop(state, "bench.jsonl", MakeJsonLines(static_cast<int>(state.range(0))), state.range(0));
}
BENCHMARK(BM_ReadJsonLines)->Arg(1000);

std::string GzipMember(const std::string& bytes) {
  uLongf size = compressBound(bytes.size()) + 32;
  std::string out(size, '\0');
  z_stream zlib{};
  deflateInit2(&zlib, 6, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
  zlib.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  zlib.avail_in = static_cast<uInt>(bytes.size());
  zlib.next_out = reinterpret_cast<Bytef*>(out.data());
  zlib.avail_out = static_cast<uInt>(out.size());
  deflate(&zlib, Z_FINISH);
  out.resize(zlib.total_out);
  deflateEnd(&zlib);
  return out;
}

// range(0) records of plain text, each its own gzip member when range(1) is 1 (as crawlers write .warc.gz).
std::string MakeWarc(int records, bool gzip) {
  constexpr std::string_view kSentences[] = {
      "Police detained dozens of protesters in the capital on Saturday, witnesses said.",
      "The foreign minister held talks with his counterpart and praised the new trade agreement.",
      "The opposition accused the government of silencing its critics ahead of the election."};
  std::string out;
  for (int i = 0; i < records; ++i) {
    std::string block;
    for (int k = 0; k < 6; ++k) block += std::string(kSentences[(i + k) % 3]) + (k == 2 ? "\n\n" : " ");
    std::string record =
        "WARC/1.1\r\nWARC-Type: resource\r\nWARC-Date: 2019-07-03T10:00:00Z\r\n"
        "WARC-Target-URI: https://wire.example/" +
        std::to_string(i) +
        "\r\nContent-Type: text/plain\r\nContent-Length: " + std::to_string(block.size()) + "\r\n\r\n" +
        block + "\r\n\r\n";
    out += gzip ? GzipMember(record) : record;
  }
  return out;
}

void BM_ReadWarc(benchmark::State& state) {
  ReadBufferLoop(state, "bench.warc", MakeWarc(static_cast<int>(state.range(0)), state.range(1) == 1),
                 state.range(0));
}
BENCHMARK(BM_ReadWarc)->Args({1000, 0})->Args({1000, 1});

}  // namespace
