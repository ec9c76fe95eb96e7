// Micro-benchmarks for the text stage on ~1 MB of generated English-like news text (sentences assembled from
// word lists written for this file; a fixed seed makes every run identical).
#include <benchmark/benchmark.h>

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/pos.h"
#include "dyad/text.h"

namespace {

constexpr std::string_view kSubjects[] = {"President Kassym-Jomart Tokayev",
                                          "The U.S. State Department",
                                          "Russian Foreign Minister Sergei Lavrov",
                                          "Gen. Ivanov",
                                          "Kazakhstan's government",
                                          "Protesters in Almaty",
                                          "Mr. J. R. Smith of Acme Inc.",
                                          "The U.N. Security Council",
                                          "Police officers",
                                          "Ukrainian President Volodymyr Zelenskyy"};
constexpr std::string_view kVerbs[] = {
    "met with",     "criticised",    "accused",       "held talks with",      "threatened to sanction",
    "was visiting", "has condemned", "agreed to aid", "denied reports about", "expelled diplomats from"};
constexpr std::string_view kObjects[] = {
    "officials from Beijing", "the European Union",        "Uzbekistan's delegation", "opposition leaders",
    "the 1,200 troops",       "a delegation of 3.5 dozen", "rebels near the border",  "NATO's envoy"};
constexpr std::string_view kTails[] = {" on Tuesday.",
                                       ", officials said.",
                                       " in Astana on 2019-07-02.",
                                       "!",
                                       " \xE2\x80\x94 again.",
                                       ", according to \xE2\x80\x9Csources\xE2\x80\x9D.",
                                       "?",
                                       " at 9 a.m. local time."};

std::string MakeNewsText(size_t target_bytes) {
  std::string text;
  text.reserve(target_bytes + 256);
  uint32_t state = 2024;
  auto next = [&state](uint32_t bound) {
    state = state * 1664525u + 1013904223u;
    return (state >> 8) % bound;
  };
  size_t sentences_in_paragraph = 0;
  while (text.size() < target_bytes) {
    text.append(kSubjects[next(std::size(kSubjects))]);
    text.push_back(' ');
    text.append(kVerbs[next(std::size(kVerbs))]);
    text.push_back(' ');
    text.append(kObjects[next(std::size(kObjects))]);
    text.append(kTails[next(std::size(kTails))]);
    if (++sentences_in_paragraph == 5) {
      text.append("\n\n");
      sentences_in_paragraph = 0;
    } else {
      text.push_back(' ');
    }
  }
  return text;
}

const std::string& NewsText() {
  static const std::string text = MakeNewsText(1 << 20);
  return text;
}

void BM_Tokenize(benchmark::State& state) {
  const std::string& text = NewsText();
  std::vector<dyad::Token> tokens;
  for (auto _ : state) {
    tokens.clear();
    dyad::Tokenize(text, &tokens);
    benchmark::DoNotOptimize(tokens.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * tokens.size()));  // tokens/s
}
BENCHMARK(BM_Tokenize);

void BM_TokenizeAndSplit(benchmark::State& state) {
  const std::string& text = NewsText();
  std::vector<dyad::Token> tokens;
  std::vector<dyad::Sentence> sentences;
  for (auto _ : state) {
    tokens.clear();
    sentences.clear();
    dyad::Tokenize(text, &tokens);
    dyad::SplitSentences(text, tokens, &sentences);
    benchmark::DoNotOptimize(sentences.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * sentences.size()));  // sentences/s
}
BENCHMARK(BM_TokenizeAndSplit);

void BM_FullTextStage(benchmark::State& state) {
  // Tokenize + split + FoldCase and Lemmatize of every word: the per-document work the pipeline does.
  const std::string& text = NewsText();
  std::vector<dyad::Token> tokens;
  std::vector<dyad::Sentence> sentences;
  std::string folded;
  std::string lemma;
  for (auto _ : state) {
    tokens.clear();
    sentences.clear();
    dyad::Tokenize(text, &tokens);
    dyad::SplitSentences(text, tokens, &sentences);
    for (const dyad::Token& token : tokens) {
      if (token.kind != dyad::TokenKind::kWord) continue;
      dyad::FoldCase(std::string_view(text).substr(token.start, token.end - token.start), &folded);
      dyad::Lemmatize(folded, &lemma);
      benchmark::DoNotOptimize(lemma.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * sentences.size()));  // sentences/s
}
BENCHMARK(BM_FullTextStage);

void BM_RepairUtf8(benchmark::State& state) {
  const std::string& text = NewsText();
  std::string out;
  for (auto _ : state) {
    benchmark::DoNotOptimize(dyad::RepairUtf8(text, &out));
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_RepairUtf8);

void BM_NormalizeText(benchmark::State& state) {
  const std::string& text = NewsText();  // contains curly quotes and dashes, so ICU runs
  for (auto _ : state) {
    dyad::Result<std::string> normalized = dyad::NormalizeText(text);
    benchmark::DoNotOptimize(normalized.ok());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_NormalizeText);

// The part-of-speech model, or nullptr (with the reason printed once) when the build has none.
const dyad::PosTagger* PosModel() {
  static const std::optional<dyad::PosTagger> tagger = []() -> std::optional<dyad::PosTagger> {
    dyad::Result<dyad::PosTagger> loaded = dyad::PosTagger::Load(dyad::DefaultPosModelPath());
    if (!loaded.ok()) return std::nullopt;
    return *loaded;
  }();
  return tagger ? &*tagger : nullptr;
}

struct TokenizedNews {
  std::vector<dyad::Token> tokens;
  std::vector<dyad::Sentence> sentences;
};
const TokenizedNews& Tokenized() {
  static const TokenizedNews news = [] {
    TokenizedNews n;
    dyad::Tokenize(NewsText(), &n.tokens);
    dyad::SplitSentences(NewsText(), n.tokens, &n.sentences);
    return n;
  }();
  return news;
}

void BM_PosTag(benchmark::State& state) {
  // Tagging only (the text is tokenized and split once, outside the loop): items are tokens; the
  // "us_per_sentence" counter (printed with a spurious "s") is microseconds per sentence. The generated text
  // has a small vocabulary, so the model stays in cache: real news costs about three times as much per token
  // (src/README.md).
  const dyad::PosTagger* tagger = PosModel();
  if (tagger == nullptr) {
    state.SkipWithError("no part-of-speech model (liblingua-en-tagger-perl / wordnet-base missing)");
    return;
  }
  const std::string& text = NewsText();
  const TokenizedNews& news = Tokenized();
  dyad::PosTagger::Scratch scratch;
  std::vector<dyad::PosTag> tags;
  for (auto _ : state) {
    for (const dyad::Sentence& s : news.sentences) {
      tagger->Tag(text, std::span(news.tokens).subspan(s.first_token, s.end_token - s.first_token), &scratch,
                  &tags);
      benchmark::DoNotOptimize(tags.data());
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * news.tokens.size()));  // tokens/s
  state.counters["sentences"] = benchmark::Counter(static_cast<double>(news.sentences.size()),
                                                   benchmark::Counter::kIsIterationInvariantRate);
  state.counters["us_per_sentence"] =
      benchmark::Counter(static_cast<double>(news.sentences.size()) * 1e-6,
                         benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}
BENCHMARK(BM_PosTag);

void BM_PosTagAndLemma(benchmark::State& state) {
  // Tagging plus the WordNet lemma of every word: items are tokens.
  const dyad::PosTagger* tagger = PosModel();
  if (tagger == nullptr) {
    state.SkipWithError("no part-of-speech model");
    return;
  }
  const std::string& text = NewsText();
  const TokenizedNews& news = Tokenized();
  dyad::PosTagger::Scratch scratch;
  std::vector<dyad::PosTag> tags;
  std::string lemma;
  for (auto _ : state) {
    for (const dyad::Sentence& s : news.sentences) {
      const auto tokens = std::span(news.tokens).subspan(s.first_token, s.end_token - s.first_token);
      tagger->Tag(text, tokens, &scratch, &tags);
      for (size_t i = 0; i < tokens.size(); ++i) {
        if (tokens[i].kind != dyad::TokenKind::kWord) continue;
        tagger->Lemma(dyad::TokenText(text, tokens[i]), tags[i], &lemma);
        benchmark::DoNotOptimize(lemma.data());
      }
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * news.tokens.size()));
  state.counters["us_per_sentence"] =
      benchmark::Counter(static_cast<double>(news.sentences.size()) * 1e-6,
                         benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}
BENCHMARK(BM_PosTagAndLemma);

void BM_PosModelLoad(benchmark::State& state) {
  if (PosModel() == nullptr) {
    state.SkipWithError("no part-of-speech model");
    return;
  }
  for (auto _ : state) {
    dyad::Result<dyad::PosTagger> loaded = dyad::PosTagger::Load(dyad::DefaultPosModelPath());
    benchmark::DoNotOptimize(loaded.ok());
  }
}
BENCHMARK(BM_PosModelLoad)->Unit(benchmark::kMillisecond);

}  // namespace
