// Dictionary stage: reading and compiling the default dictionaries (target: load under 50 ms), and the
// lookups the coder makes per token.
#include <benchmark/benchmark.h>

#include "dictionary/compiled.h"
#include "dyad/dictionary.h"

namespace {

void BM_ParseDefaultDictionaries(benchmark::State& state) {
  for (auto _ : state) {
    dyad::DictionarySource source;
    std::vector<dyad::Status> errors;
    if (!dyad::ReadNativeDictionaryDir(DYAD_BENCH_DICT_DIR, &source, &errors).ok())
      state.SkipWithError("read");
    benchmark::DoNotOptimize(source.entries.size());
  }
}
BENCHMARK(BM_ParseDefaultDictionaries)->Unit(benchmark::kMillisecond);

void BM_LoadAndCompileDefaultDictionaries(benchmark::State& state) {
  for (auto _ : state) {
    std::vector<dyad::Status> errors;
    auto dict = dyad::Dictionary::LoadDirectory(DYAD_BENCH_DICT_DIR, &errors);
    if (!dict.ok()) state.SkipWithError("load");
    benchmark::DoNotOptimize(dict.ok());
  }
}
BENCHMARK(BM_LoadAndCompileDefaultDictionaries)->Unit(benchmark::kMillisecond);

void BM_WordAndTrieLookup(benchmark::State& state) {
  std::vector<dyad::Status> errors;
  auto dict = dyad::Dictionary::LoadDirectory(DYAD_BENCH_DICT_DIR, &errors);
  if (!dict.ok()) {
    state.SkipWithError("load");
    return;
  }
  const dyad::CompiledDictionary& c = (*dict)->compiled();
  const char* words[] = {"kazakhstan", "police",     "the", "minister",
                         "talks",      "washington", "of",  "protesters"};
  size_t found = 0;
  for (auto _ : state) {
    for (const char* w : words) {
      dyad::WordId id = c.words().Find(w);
      if (id != dyad::kNoWord) found += c.actor_trie().Child(0, id) != 0;
    }
  }
  benchmark::DoNotOptimize(found);
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()) * 8);
}
BENCHMARK(BM_WordAndTrieLookup);

}  // namespace
