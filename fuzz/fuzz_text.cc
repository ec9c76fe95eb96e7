// Fuzz target for the text stage: RepairUtf8 -> NormalizeText -> Tokenize -> SplitSentences -> FoldCase and
// Lemmatize on every word, checking the invariants the later stages rely on. Tokenize and SplitSentences are
// also run on the raw, unrepaired bytes, since they must never read out of bounds whatever they are given.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/text.h"

namespace {

// Aborts (the fuzzer's signal for a finding) when an invariant does not hold; assert() would vanish in
// release.
void Check(bool condition) {
  if (!condition) std::abort();
}

void CheckTokensAndSentences(std::string_view text, const std::vector<dyad::Token>& tokens,
                             const std::vector<dyad::Sentence>& sentences) {
  uint32_t previous_end = 0;
  for (const dyad::Token& token : tokens) {
    Check(token.start < token.end);
    Check(token.end <= text.size());
    Check(token.start >= previous_end);
    previous_end = token.end;
  }
  uint32_t next_token = 0;
  for (const dyad::Sentence& sentence : sentences) {
    Check(sentence.first_token == next_token);  // contiguous, in order, every token in one sentence
    Check(sentence.first_token < sentence.end_token);
    Check(sentence.end_token <= tokens.size());
    Check(sentence.start == tokens[sentence.first_token].start);
    Check(sentence.end == tokens[sentence.end_token - 1].end);
    next_token = sentence.end_token;
  }
  Check(next_token == tokens.size());
}

void Analyse(std::string_view text, bool lemmatize) {
  std::vector<dyad::Token> tokens;
  dyad::Tokenize(text, &tokens);
  std::vector<dyad::Sentence> sentences;
  dyad::SplitSentences(text, tokens, &sentences);
  CheckTokensAndSentences(text, tokens, sentences);
  if (!lemmatize) return;
  std::string folded;
  std::string lemma;
  for (const dyad::Token& token : tokens) {
    if (token.kind != dyad::TokenKind::kWord) continue;
    dyad::FoldCase(text.substr(token.start, token.end - token.start), &folded);
    Check(!folded.empty());
    dyad::Lemmatize(folded, &lemma);
    Check(!lemma.empty());
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  Analyse(bytes, /*lemmatize=*/false);

  std::string repaired;
  const uint64_t replacements = dyad::RepairUtf8(bytes, &repaired);
  Check(replacements <= size);
  Check(repaired.size() <= size * 3);
  std::string twice;
  Check(dyad::RepairUtf8(repaired, &twice) == 0);  // repaired text is valid UTF-8 without NUL
  Check(twice == repaired);

  dyad::Result<std::string> normalized = dyad::NormalizeText(repaired);
  Check(normalized.ok());
  dyad::Result<std::string> again = dyad::NormalizeText(*normalized);
  Check(again.ok() && *again == *normalized);  // normalisation is idempotent
  Analyse(*normalized, /*lemmatize=*/true);
  return 0;
}
