// Part-of-speech tags (Penn Treebank) and WordNet lemmas by part of speech.
//
// The model file is generated at build time (cmake/DyadPos.cmake, tools/make_pos_model) from two Debian
// packages: liblingua-en-tagger-perl (tag-bigram probabilities and word/tag counts) and wordnet-base
// (exception lists and the lemma index that validates suffix rules). Without them at configure time there is
// no model, Load reports NotFound and callers go on without tags.
//
// A PosTagger is immutable once loaded; copies share the tables, and any number of threads may tag with one
// tagger as long as each uses its own Scratch. Tagging allocates nothing per token once the caller's buffers
// have grown.
//
//   DYAD_ASSIGN_OR_RETURN(PosTagger tagger, PosTagger::Load(DefaultPosModelPath()));
//   std::vector<Token> tokens;
//   Tokenize(sentence, &tokens);                       // or one Sentence's token range of a document
//   PosTagger::Scratch scratch;                        // reuse across sentences (one per thread)
//   std::vector<PosTag> tags;
//   tagger.Tag(sentence, tokens, &scratch, &tags);      // tags[i] is the tag of tokens[i]
//   std::vector<std::string> lemmas;                   // or both at once:
//   tagger.Analyze(sentence, tokens, &scratch, &tags, &lemmas);  // lemmas[i]: "met"/VBD -> "meet"
//   std::string lemma;
//   for (size_t i = 0; i < tokens.size(); ++i) {
//     if (!IsVerb(tags[i])) continue;
//     tagger.Lemma(TokenText(sentence, tokens[i]), tags[i], &lemma);  // "held"/VBD -> "hold"
//   }
#ifndef DYAD_POS_H_
#define DYAD_POS_H_

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"
#include "dyad/text.h"

namespace dyad {

// The Penn Treebank tag set as the Lingua model uses it (44 tags). The order is part of the model file
// format: the generator writes the names and the loader checks them.
enum class PosTag : uint8_t {
  kCC,
  kCD,
  kDT,
  kEX,
  kFW,
  kIN,
  kJJ,
  kJJR,
  kJJS,
  kLS,
  kMD,
  kNN,
  kNNS,
  kNNP,
  kNNPS,
  kPDT,
  kPOS,
  kPRP,
  kPRPS,  // PRP$
  kRB,
  kRBR,
  kRBS,
  kRP,
  kSYM,
  kTO,
  kUH,
  kVB,
  kVBD,
  kVBG,
  kVBN,
  kVBP,
  kVBZ,
  kWDT,
  kWP,
  kWPS,  // WP$
  kWRB,
  kPeriod,      // . ! ?
  kComma,       // ,
  kColon,       // : ; -- ...
  kDollar,      // $
  kOpenQuote,   // ``
  kCloseQuote,  // ''
  kLRB,         // -LRB-
  kRRB,         // -RRB-
  kOther,       // anything the model cannot tag (only for tokens the tagger did not see)
};
inline constexpr int kNumPosTags = static_cast<int>(PosTag::kOther);

// "NN", "VBD", "PRP$", ".", "-LRB-"; "?" for kOther.
const char* PosTagName(PosTag tag);
// The tag named `name` (Penn spelling); false when there is none.
bool ParsePosTag(std::string_view name, PosTag* tag);

inline bool IsVerb(PosTag t) { return t >= PosTag::kVB && t <= PosTag::kVBZ; }  // VB VBD VBG VBN VBP VBZ
inline bool IsFiniteVerb(PosTag t) {  // can head a clause on its own
  return t == PosTag::kVBD || t == PosTag::kVBP || t == PosTag::kVBZ;
}
inline bool IsNoun(PosTag t) { return t >= PosTag::kNN && t <= PosTag::kNNPS; }
inline bool IsProperNoun(PosTag t) { return t == PosTag::kNNP || t == PosTag::kNNPS; }
inline bool IsAdjective(PosTag t) { return t >= PosTag::kJJ && t <= PosTag::kJJS; }
inline bool IsAdverb(PosTag t) { return t >= PosTag::kRB && t <= PosTag::kRBS; }
inline bool IsPunctuation(PosTag t) { return t >= PosTag::kPeriod && t <= PosTag::kRRB; }

// The bytes of `token` in `text`.
inline std::string_view TokenText(std::string_view text, const Token& token) {
  return text.substr(token.start, token.end - token.start);
}

class PosTagger {
 public:
  // Reusable per-thread working memory for Tag (Viterbi lattice). Grows to the longest sentence seen.
  class Scratch {
   private:
    friend class PosTagger;
    std::vector<uint32_t> first;    // per token: index of its first candidate; one extra entry at the end
    std::vector<uint8_t> cand_tag;  // per candidate
    std::vector<float> cand_emit;   // log P(word | tag) up to a per-token constant
    std::vector<float> score;       // best path score ending in this candidate
    std::vector<uint32_t> back;     // best previous candidate
    std::vector<uint8_t> leaves_as_adverb;  // per token: 1 a contraction ending in "n't", 2 of do or a modal
  };

  // Reads a model file written by tools/make_pos_model. A missing file is NotFound; a truncated or damaged
  // one is Corruption naming the file and the byte offset of the first field that is wrong.
  static Result<PosTagger> Load(const std::string& path);
  // The same from bytes in memory; `name` stands for the file in messages.
  static Result<PosTagger> Parse(std::string_view bytes, std::string_view name);

  // Tags `tokens` (spans of `text`, one sentence) with a first-order HMM Viterbi over each word's candidate
  // tags: the tags the word was seen with, else the tags of its unknown-word class (number, capitalised,
  // hyphenated, -ing, -ed, -s, -ly, -tion ...). `tags` is resized to tokens.size(). Allocates only when
  // `scratch` or `tags` must grow.
  void Tag(std::string_view text, std::span<const Token> tokens, Scratch* scratch,
           std::vector<PosTag>* tags) const;

  // WordNet lemma of `word` (any case; the lemma is lower case) for its tag, written into `out`: the
  // exception lists first ("saw"/VBD -> "see", "leaves"/NNS -> "leaf", "held" -> "hold"), then WordNet's
  // morphy suffix rules, accepted only when the result is in the index for that part of speech
  // ("leaves"/VBZ -> "leave", "talks"/NNS -> "talk"). Words WordNet does not know fall back to Lemmatize().
  // Tags without a WordNet part of speech (pronouns, determiners, ...) give the lower-cased word. British
  // -ise verbs are spelt -ize as Lemmatize spells them ("criticised"/VBD -> "criticize").
  void Lemma(std::string_view word, PosTag tag, std::string* out) const;

  // Tag, then the lemma of every token for its tag: (*lemmas)[i] belongs to tokens[i] (punctuation and
  // numbers come back as written). The strings keep their capacity across calls, so a reused `lemmas`
  // allocates only for a longer sentence or a longer word than it has held. This is the one call the coder
  // needs per sentence.
  void Analyze(std::string_view text, std::span<const Token> tokens, Scratch* scratch,
               std::vector<PosTag>* tags, std::vector<std::string>* lemmas) const;

  // Number of distinct word forms the model holds (tagger lexicon plus WordNet words).
  size_t word_count() const;

  struct Model;  // internal tables (text/pos_tagger.cc)

 private:
  explicit PosTagger(std::shared_ptr<const Model> model) : model_(std::move(model)) {}
  std::shared_ptr<const Model> model_;
};

// $DYAD_POS_MODEL when set, else the model generated into the build tree (share/dyad/pos/pos.model).
std::string DefaultPosModelPath();

}  // namespace dyad

#endif  // DYAD_POS_H_
