// The part-of-speech model generator's library (tools/make_pos_model; tests build small models with it).
// Reads the Lingua::EN::Tagger lexicon (Debian liblingua-en-tagger-perl) and WordNet's index and exception
// files (Debian wordnet-base) and writes the model file of pos_model_format.h. Internal; the runtime tagger
// does not link it.
#ifndef DYAD_TEXT_POS_MODEL_BUILD_H_
#define DYAD_TEXT_POS_MODEL_BUILD_H_

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dyad/pos.h"
#include "dyad/status.h"

namespace dyad {

struct PosModelSource {
  // P(next | previous) from Lingua's tags.yml; 0 where the file has no entry. Row kNumPosTags is unused:
  // the sentence start is Lingua's "pp" row (the tag of the previous sentence's final punctuation).
  double transitions[kNumPosTags][kNumPosTags] = {};
  // word -> (tag, count) from words.yml.
  std::map<std::string, std::vector<std::pair<PosTag, double>>> words;
  // unknown-word class ("-cap-") -> (tag, weight) from unknown.yml: weights per class, not corpus counts.
  std::map<std::string, std::vector<std::pair<PosTag, double>>> classes;
  // WordNet lemma -> WordNetPos bits of the indexes it is in.
  std::map<std::string, uint8_t> wordnet;
  // WordNet irregular form -> (WordNetPos, base) in file order.
  std::map<std::string, std::vector<std::pair<uint8_t, std::string>>> exceptions;
};

// Lingua's tag name ("det", "ppc", "prps") -> PosTag; false for a name it does not have.
bool LinguaTag(std::string_view name, PosTag* tag);

// Each parser reports a bad line as "NAME:LINE: reason".
Status AddLinguaTransitions(std::string_view yaml, std::string_view name, PosModelSource* source);
Status AddLinguaWords(std::string_view yaml, std::string_view name, PosModelSource* source);
Status AddLinguaUnknownClasses(std::string_view yaml, std::string_view name, PosModelSource* source);
// `wordnet_pos` is one text_internal::WordNetPos value. Multi-word lemmas ("prime_minister") are skipped.
Status AddWordNetIndex(std::string_view index, std::string_view name, uint8_t wordnet_pos,
                       PosModelSource* source);
Status AddWordNetExceptions(std::string_view exc, std::string_view name, uint8_t wordnet_pos,
                            PosModelSource* source);

// The model file's bytes.
std::string SerializePosModel(const PosModelSource& source);

// Reads LINGUA_DIR/{tags,words,unknown}.yml and WORDNET_DIR/{index,*.exc} and returns the model's bytes.
Result<std::string> BuildPosModel(const std::string& lingua_dir, const std::string& wordnet_dir);

}  // namespace dyad

#endif  // DYAD_TEXT_POS_MODEL_BUILD_H_
