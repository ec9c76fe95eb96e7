// Dictionary stage: reading and compiling the default dictionaries (target: load under 50 ms), loading the
// compiled binary form (.dyadc) from a mapped file and from memory, and the lookups the coder makes per
// token.
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <cstdio>
#include <string>

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

// The default dictionaries compiled once and written to a temporary .dyadc file, removed at exit.
struct CompiledFile {
  CompiledFile() {
    std::string p = "/tmp/dyad_bench_default_" + std::to_string(getpid()) + ".dyadc";
    std::vector<dyad::Status> errors;
    auto dict = dyad::Dictionary::LoadDirectory(DYAD_BENCH_DICT_DIR, &errors);
    if (dict.ok() && (*dict)->WriteCompiled(p).ok()) path = p;
  }
  ~CompiledFile() {
    if (!path.empty()) std::remove(path.c_str());
  }
  std::string path;
};

const std::string& CompiledDefaultPath() {
  static const CompiledFile file;
  return file.path;
}

void BM_LoadCompiledDefaultDictionaries(benchmark::State& state) {
  const std::string& path = CompiledDefaultPath();
  if (path.empty()) {
    state.SkipWithError("compile");
    return;
  }
  for (auto _ : state) {
    auto dict = dyad::Dictionary::LoadCompiled(path);
    if (!dict.ok()) state.SkipWithError("load");
    benchmark::DoNotOptimize(dict.ok());
  }
}
BENCHMARK(BM_LoadCompiledDefaultDictionaries)->Unit(benchmark::kMillisecond);

void BM_SerializeDefaultDictionaries(benchmark::State& state) {
  std::vector<dyad::Status> errors;
  auto dict = dyad::Dictionary::LoadDirectory(DYAD_BENCH_DICT_DIR, &errors);
  if (!dict.ok()) {
    state.SkipWithError("load");
    return;
  }
  for (auto _ : state) benchmark::DoNotOptimize((*dict)->SerializeCompiled().size());
}
BENCHMARK(BM_SerializeDefaultDictionaries)->Unit(benchmark::kMillisecond);

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
