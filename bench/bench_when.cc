// Micro-benchmarks for the when stage on ~100 KB of generated English-like news text (sentences assembled
// from word lists written for this file; a fixed seed makes every run identical). One text has no temporal
// expressions, so it measures the pre-scan every sentence pays; the other has one in most sentences.
#include <benchmark/benchmark.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/when.h"

namespace {

constexpr std::string_view kSubjects[] = {"President Kassym-Jomart Tokayev",
                                          "The U.S. State Department",
                                          "Russian Foreign Minister Sergei Lavrov",
                                          "Kazakhstan's government",
                                          "Protesters in Almaty",
                                          "The U.N. Security Council",
                                          "Police officers",
                                          "A spokeswoman for the ministry"};
constexpr std::string_view kVerbs[] = {"met with",        "criticised",    "accused",
                                       "held talks with", "may sanction",  "was visiting",
                                       "has condemned",   "agreed to aid", "denied reports about"};
constexpr std::string_view kObjects[] = {"officials from Beijing", "the European Union",
                                         "opposition leaders",     "the 1,200 troops",
                                         "a march of 300 people",  "NATO's envoy"};
constexpr std::string_view kPlainTails[] = {", officials said.", " in Astana.", " at 9 a.m. local time.",
                                            " \xE2\x80\x94 again.", " near the border."};
constexpr std::string_view kDatedTails[] = {" on Tuesday.", " on July 2, 2019.", " yesterday.",
                                            " last week.",  " two days ago.",    " between July 1 and 3.",
                                            " in March.",   ", officials said.", " on 2019-07-02."};

template <size_t kTails>
std::string MakeNewsText(size_t target_bytes, const std::string_view (&tails)[kTails]) {
  std::string text;
  text.reserve(target_bytes + 256);
  uint32_t state = 2024;
  auto next = [&state](uint32_t bound) {
    state = state * 1664525u + 1013904223u;
    return (state >> 8) % bound;
  };
  while (text.size() < target_bytes) {
    text.append(kSubjects[next(std::size(kSubjects))]);
    text.push_back(' ');
    text.append(kVerbs[next(std::size(kVerbs))]);
    text.push_back(' ');
    text.append(kObjects[next(std::size(kObjects))]);
    text.append(tails[next(kTails)]);
    text.push_back(' ');
  }
  return text;
}

void RunFind(benchmark::State& state, const std::string& text) {
  std::vector<dyad::TemporalExpression> found;
  for (auto _ : state) {
    found.clear();
    dyad::FindTemporalExpressions(text, "2019-07-04", &found);
    benchmark::DoNotOptimize(found.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  state.counters["expressions"] = static_cast<double>(found.size());
}

void BM_FindTemporalExpressionsNoDates(benchmark::State& state) {
  static const std::string text = MakeNewsText(100 * 1024, kPlainTails);
  RunFind(state, text);
}
BENCHMARK(BM_FindTemporalExpressionsNoDates);

void BM_FindTemporalExpressionsDated(benchmark::State& state) {
  static const std::string text = MakeNewsText(100 * 1024, kDatedTails);
  RunFind(state, text);
}
BENCHMARK(BM_FindTemporalExpressionsDated);

void BM_DatelineDate(benchmark::State& state) {
  const std::string text =
      "ALMATY, Kazakhstan, 2 July 2019 \xE2\x80\x94 Police detained dozens of protesters.";
  for (auto _ : state) benchmark::DoNotOptimize(dyad::DatelineDate(text, "2019-07-04"));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_DatelineDate);

}  // namespace
