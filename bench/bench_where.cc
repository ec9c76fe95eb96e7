// Micro-benchmarks for the where stage: loading the default gazetteer, and finding place mentions in ~100 KB
// of generated English-like news text (sentences assembled from word lists written for this file, a fixed
// seed makes every run identical; about half the sentences name a place after a locative word).
#include <benchmark/benchmark.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/text.h"
#include "dyad/where.h"

namespace {

constexpr std::string_view kSubjects[] = {
    "President Kassym-Jomart Tokayev", "The U.S. State Department", "Russian Foreign Minister Sergei Lavrov",
    "Kazakhstan's government",         "Police officers",           "A spokeswoman for the ministry"};
constexpr std::string_view kVerbs[] = {"met officials", "criticised the plan", "held talks",
                                       "signed a deal", "detained protesters", "condemned the attack"};
constexpr std::string_view kTails[] = {
    " in Washington on Monday.", " near Donetsk.",       ", officials said.", " in Paris, Texas.",
    " at the United Nations.",   " in eastern Ukraine.", " on Tuesday.",      " from Tehran."};

std::string MakeNewsText(size_t target_bytes) {
  std::string text;
  uint32_t state = 2024;
  auto next = [&state](uint32_t bound) {
    state = state * 1664525u + 1013904223u;
    return (state >> 8) % bound;
  };
  while (text.size() < target_bytes) {
    text += kSubjects[next(std::size(kSubjects))];
    text += ' ';
    text += kVerbs[next(std::size(kVerbs))];
    text += kTails[next(std::size(kTails))];
    text += next(5) == 0 ? "\n\n" : " ";
  }
  return text;
}

std::shared_ptr<const dyad::Gazetteer> DefaultGazetteer() {
  static auto g = dyad::Gazetteer::Load(dyad::DefaultGazetteerPath());
  return g.ok() ? *g : nullptr;
}

void BM_LoadDefaultGazetteer(benchmark::State& state) {
  for (auto _ : state) {
    auto g = dyad::Gazetteer::Load(dyad::DefaultGazetteerPath());
    if (!g.ok()) {
      state.SkipWithError(g.status().ToString().c_str());
      return;
    }
    benchmark::DoNotOptimize(g);
  }
}
BENCHMARK(BM_LoadDefaultGazetteer)->Unit(benchmark::kMillisecond);

// Tokens are given, as in the coder, so this measures the mention finder alone.
void BM_FindPlaceMentions(benchmark::State& state) {
  auto g = DefaultGazetteer();
  if (!g) {
    state.SkipWithError("default gazetteer not built");
    return;
  }
  const std::string text = MakeNewsText(100 * 1024);
  std::vector<dyad::Token> tokens;
  dyad::Tokenize(text, &tokens);
  std::vector<dyad::PlaceMention> mentions;
  for (auto _ : state) {
    mentions.clear();
    dyad::FindPlaceMentions(*g, text, tokens, &mentions);
    benchmark::DoNotOptimize(mentions.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  state.counters["mentions"] = static_cast<double>(mentions.size());
}
BENCHMARK(BM_FindPlaceMentions)->Unit(benchmark::kMicrosecond);

}  // namespace
