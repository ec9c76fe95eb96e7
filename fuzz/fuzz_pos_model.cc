// Fuzz target for the part-of-speech model: the first byte chooses the parser.
//   'M' (and anything else): the rest is a model file for PosTagger::Parse; when it loads, a fixed sentence
//        and the input's own bytes are tagged and lemmatised, checking one tag per token from the tag set.
//   'Y': the rest is Lingua YAML (words and classes) and 'W' WordNet index/exception text; the parsed source
//        is serialised, and the model must load unless it lacks the '-unknown-' class.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/pos.h"
#include "dyad/text.h"
#include "text/pos_model_build.h"
#include "text/pos_model_format.h"

namespace {

void Check(bool condition) {
  if (!condition) std::abort();
}

void Exercise(const dyad::PosTagger& tagger, std::string_view text) {
  std::vector<dyad::Token> tokens;
  dyad::Tokenize(text, &tokens);
  dyad::PosTagger::Scratch scratch;
  std::vector<dyad::PosTag> tags;
  tagger.Tag(text, tokens, &scratch, &tags);
  Check(tags.size() == tokens.size());
  std::string lemma;
  for (size_t i = 0; i < tokens.size(); ++i) {
    Check(static_cast<int>(tags[i]) < dyad::kNumPosTags);
    tagger.Lemma(dyad::TokenText(text, tokens[i]), tags[i], &lemma);
  }
  std::vector<std::string> lemmas;
  tagger.Analyze(text, tokens, &scratch, &tags, &lemmas);
  Check(lemmas.size() == tokens.size());
}

void CheckSource(const dyad::PosModelSource& source) {
  const std::string bytes = dyad::SerializePosModel(source);
  dyad::Result<dyad::PosTagger> tagger = dyad::PosTagger::Parse(bytes, "fuzz");
  // The serialiser never writes a damaged file: the only reason not to load is a lexicon without the
  // '-unknown-' class the tagger falls back on.
  if (!tagger.ok()) Check(tagger.status().message().find("'-unknown-'") != std::string::npos);
  if (tagger.ok()) Exercise(*tagger, "The minister doesn't plan to visit Moscow, \"officials\" said.");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const std::string_view input(reinterpret_cast<const char*>(data) + 1, size - 1);
  switch (data[0]) {
    case 'Y': {
      dyad::PosModelSource source;
      (void)dyad::AddLinguaWords(input, "words.yml", &source);
      (void)dyad::AddLinguaUnknownClasses(input, "unknown.yml", &source);
      (void)dyad::AddLinguaTransitions(input, "tags.yml", &source);
      CheckSource(source);
      break;
    }
    case 'W': {
      dyad::PosModelSource source;
      (void)dyad::AddWordNetIndex(input, "index.verb", dyad::text_internal::kWnVerb, &source);
      (void)dyad::AddWordNetExceptions(input, "verb.exc", dyad::text_internal::kWnVerb, &source);
      CheckSource(source);
      break;
    }
    default: {
      dyad::Result<dyad::PosTagger> tagger = dyad::PosTagger::Parse(input, "fuzz.model");
      if (!tagger.ok()) {
        Check(tagger.status().message().rfind("fuzz.model: byte ", 0) == 0);
        return 0;
      }
      Exercise(*tagger, "Police arrested 12 protesters in Almaty on Tuesday, the ministry said.");
      Exercise(*tagger, input.substr(0, 256));
    }
  }
  return 0;
}
