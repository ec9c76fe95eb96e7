// Coding stage: the coder alone (tokens, sentences, actors, patterns, roles) on generated news-like
// documents, with the default dictionaries. Items are sentences.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "coding/sentence.h"
#include "dyad/coder.h"
#include "dyad/text.h"

namespace {

constexpr const char* kSentences[] = {
    "Kazakh Foreign Minister Beibut Atamkulov held talks with U.S. Secretary of State Mike Pompeo in "
    "Washington.",
    "Police in the capital detained dozens of opposition activists on Sunday, a rights group said.",
    "Russia and China condemned the missile strike on Syria, while Turkey praised it.",
    "The European Union imposed new sanctions on Belarus over the crackdown on protesters.",
    "Shares in the company rose three percent after the quarterly results were published.",
    "Several journalists were arrested by Turkish police during the demonstration in Istanbul.",
    "The minister, who visited Moscow last week, accused Ukraine of violating the ceasefire.",
    "Officials said the new road would open to traffic in the spring after years of delays."};

dyad::Document MakeDocument(size_t sentences) {
  dyad::Document doc;
  doc.id = "bench";
  doc.date = "2019-07-02";
  for (size_t i = 0; i < sentences; ++i) {
    // Each sentence is made unique: the coder codes a repeated sentence only once.
    std::string sentence = kSentences[(i * 7 + i / 8) % 8];
    sentence.insert(sentence.size() - 1, " (" + std::to_string(i) + ")");
    doc.text += sentence;
    doc.text += (i % 4 == 3) ? "\n\n" : " ";
  }
  return doc;
}

void BM_CodeDocument(benchmark::State& state) {
  std::vector<dyad::Status> errors;
  auto dict = dyad::Dictionary::LoadDirectory(DYAD_BENCH_DICT_DIR, &errors);
  if (!dict.ok()) {
    state.SkipWithError("cannot load the default dictionaries");
    return;
  }
  dyad::Coder coder(*dict);
  dyad::Document doc = MakeDocument(static_cast<size_t>(state.range(0)));
  std::vector<dyad::Event> events;
  for (auto _ : state) {
    events.clear();
    coder.CodeDocument(doc, &events);
    benchmark::DoNotOptimize(events.data());
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()) * state.range(0));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * doc.text.size()));
}
BENCHMARK(BM_CodeDocument)->Arg(8)->Arg(64)->Arg(512);

// AnalyseTokens alone, sentence by sentence: case folding, lemma and word ids, word classes, the first pass
// of every sentence, served by the per-word memo (coding/token_cache.h). Arg 1: the memo is warm (the
// steady state of a long run); arg 0: it is emptied before every run over the document, so every distinct
// word is a miss once (the time includes emptying it). Items are tokens.
void BM_AnalyseTokens(benchmark::State& state) {
  std::vector<dyad::Status> errors;
  auto dict = dyad::Dictionary::LoadDirectory(DYAD_BENCH_DICT_DIR, &errors);
  if (!dict.ok()) {
    state.SkipWithError("cannot load the default dictionaries");
    return;
  }
  const dyad::CompiledDictionary& compiled = (*dict)->compiled();
  const dyad::Document doc = MakeDocument(512);
  std::vector<dyad::Token> tokens;
  std::vector<dyad::Sentence> sentences;
  dyad::Tokenize(doc.text, &tokens);
  dyad::SplitSentences(doc.text, tokens, &sentences);
  dyad::SentenceAnalysis analysis;
  const bool warm = state.range(0) == 1;
  for (auto _ : state) {
    if (!warm) analysis.token_cache.Clear();
    for (const dyad::Sentence& s : sentences) {
      dyad::AnalyseTokens(compiled, doc.text, tokens.data() + s.first_token, tokens.data() + s.end_token,
                          &analysis);
      benchmark::DoNotOptimize(analysis.tokens.data());
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * tokens.size()));
}
BENCHMARK(BM_AnalyseTokens)->Arg(0)->Arg(1);

}  // namespace
