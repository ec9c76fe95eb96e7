#include <benchmark/benchmark.h>
// placeholder: being written
static void BM_Placeholder(benchmark::State& state) { for (auto _ : state) benchmark::DoNotOptimize(0); }
BENCHMARK(BM_Placeholder);
