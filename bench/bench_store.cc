// Store throughput: bulk ingest of documents and their events into a fresh WAL database file.
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "dyad/store.h"

namespace {

constexpr int kDocuments = 10000;
constexpr int kEventsPerDocument = 3;

struct Batch {
  std::vector<dyad::Document> documents;
  std::vector<std::vector<dyad::Event>> events;
};

// Realistic-sized rows: a few hundred bytes of article text and a sentence per event.
Batch MakeBatch() {
  Batch batch;
  batch.documents.reserve(kDocuments);
  batch.events.reserve(kDocuments);
  for (int d = 0; d < kDocuments; ++d) {
    dyad::Document document;
    document.id = "bench/wire.jsonl#" + std::to_string(d + 1);
    document.path = "bench/wire.jsonl";
    document.format = dyad::InputFormat::kJsonLines;
    document.title = "Talks resume on border crossings, report " + std::to_string(d);
    document.date = "2022-05-17";
    document.date_source = "jsonl";
    document.publisher = "Bench Wire";
    document.url = "https://example.org/bench/" + std::to_string(d);
    for (int p = 0; p < 4; ++p) {
      document.text +=
          "The foreign ministers of Kazakhstan and Kyrgyzstan met in Bishkek on Tuesday to discuss "
          "water sharing and border crossings, officials said. ";
    }
    std::vector<dyad::Event> events;
    for (int e = 0; e < kEventsPerDocument; ++e) {
      dyad::Event event;
      event.doc_id = document.id;
      event.sentence_index = static_cast<uint32_t>(e);
      event.sentence = "The foreign ministers of Kazakhstan and Kyrgyzstan met in Bishkek on Tuesday.";
      event.source = {"KAZGOV", "KAZ", {"GOV"}, "foreign ministers of Kazakhstan", 4, 36};
      event.target = {"KGZGOV", "KGZ", {"GOV"}, "Kyrgyzstan", 41, 51};
      event.cameo = "040";
      event.root = "04";
      event.quad_class = 1;
      event.goldstein = 1.0;
      event.date = "2022-05-17";
      event.date_precision = "day";
      event.trigger = "met";
      event.trigger_start = 52;
      event.trigger_end = 55;
      event.rule = "verbs.txt:10 meet";
      events.push_back(std::move(event));
    }
    batch.documents.push_back(std::move(document));
    batch.events.push_back(std::move(events));
  }
  return batch;
}

void RemoveDatabase(const std::string& path) {
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
}

// Items are documents; the "events" counter reports event rows per second alongside.
void BM_StoreBulkWrite(benchmark::State& state) {
  const Batch batch = MakeBatch();
  const std::string path =
      (std::filesystem::temp_directory_path() / ("dyad_bench_store_" + std::to_string(::getpid()) + ".db"))
          .string();
  for (auto _ : state) {
    state.PauseTiming();
    RemoveDatabase(path);
    state.ResumeTiming();
    auto store = dyad::EventStore::Open(path);
    if (!store.ok()) {
      state.SkipWithError(store.status().ToString().c_str());
      break;
    }
    dyad::Status status = (*store)->Begin();
    bool changed = false;
    for (size_t i = 0; status.ok() && i < batch.documents.size(); ++i) {
      status = (*store)->Write(batch.documents[i], batch.events[i], &changed);
    }
    if (status.ok()) status = (*store)->Commit();
    if (!status.ok()) {
      state.SkipWithError(status.ToString().c_str());
      break;
    }
  }
  RemoveDatabase(path);
  state.SetItemsProcessed(state.iterations() * kDocuments);
  state.counters["events"] = benchmark::Counter(
      static_cast<double>(state.iterations()) * kDocuments * kEventsPerDocument, benchmark::Counter::kIsRate);
}
BENCHMARK(BM_StoreBulkWrite)->Unit(benchmark::kMillisecond);

// Re-ingesting the same batch: every document is found unchanged, so this measures the idempotence check.
void BM_StoreRewriteUnchanged(benchmark::State& state) {
  const Batch batch = MakeBatch();
  const std::string path =
      (std::filesystem::temp_directory_path() / ("dyad_bench_store_rw_" + std::to_string(::getpid()) + ".db"))
          .string();
  RemoveDatabase(path);
  auto opened = dyad::EventStore::Open(path);
  if (!opened.ok()) {
    state.SkipWithError(opened.status().ToString().c_str());
    return;
  }
  std::unique_ptr<dyad::EventStore> store = std::move(opened).value();
  bool changed = false;
  dyad::Status status = store->Begin();
  for (size_t i = 0; status.ok() && i < batch.documents.size(); ++i) {
    status = store->Write(batch.documents[i], batch.events[i], &changed);
  }
  if (status.ok()) status = store->Commit();
  for (auto _ : state) {
    if (status.ok()) status = store->Begin();
    for (size_t i = 0; status.ok() && i < batch.documents.size(); ++i) {
      status = store->Write(batch.documents[i], batch.events[i], &changed);
    }
    if (status.ok()) status = store->Commit();
    if (status.ok() && changed) status = dyad::Status::Internal("an unchanged document was rewritten");
    if (!status.ok()) break;
  }
  if (!status.ok()) state.SkipWithError(status.ToString().c_str());
  store.reset();  // close (and checkpoint) before the files go
  RemoveDatabase(path);
  state.SetItemsProcessed(state.iterations() * kDocuments);
}
BENCHMARK(BM_StoreRewriteUnchanged)->Unit(benchmark::kMillisecond);

}  // namespace
