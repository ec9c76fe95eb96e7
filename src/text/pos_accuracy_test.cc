// Accuracy of the generated model on testdata/pos/news.tagged and heldout.tagged: news-style sentences
// written and hand-tagged for dyad (Penn tags, one sentence per line, tokens as word/TAG separated by spaces,
// '#' lines are comments). The words joined by spaces ("'s" attached) must tokenize into exactly the gold
// tokens. Reports token accuracy and verb (VB*) precision and recall, and fails below the floors, which were
// set from the measurement (see src/README.md): raise them when the tagger improves.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <vector>

#include "dyad/pos.h"
#include "dyad/text.h"

namespace dyad {
namespace {

// Measured at 0.981 accuracy, verb precision 0.987 and recall 0.961 (853 tokens, 154 verbs).
constexpr double kTokenAccuracyFloor = 0.97;
constexpr double kVerbPrecisionFloor = 0.97;
constexpr double kVerbRecallFloor = 0.95;
// Held out: measured at 0.974 accuracy, verb precision 1.000 and recall 0.958 (268 tokens, 48 verbs); the
// floors leave room for one or two sentences' worth of noise in so small a set.
constexpr double kHeldOutAccuracyFloor = 0.95;
constexpr double kHeldOutVerbPrecisionFloor = 0.95;
constexpr double kHeldOutVerbRecallFloor = 0.93;

struct GoldSentence {
  int line = 0;
  std::string text;
  std::vector<PosTag> tags;
};

std::vector<GoldSentence> ReadGold(const std::string& path) {
  std::vector<GoldSentence> sentences;
  std::ifstream in(path);
  EXPECT_TRUE(in) << path;
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty() || line[0] == '#') continue;
    GoldSentence s;
    s.line = number;
    size_t pos = 0;
    while (pos < line.size()) {
      size_t end = line.find(' ', pos);
      if (end == std::string::npos) end = line.size();
      const std::string item = line.substr(pos, end - pos);
      pos = end + 1;
      if (item.empty()) continue;
      const size_t slash = item.rfind('/');
      PosTag tag;
      if (slash == std::string::npos || slash == 0 || !ParsePosTag(item.substr(slash + 1), &tag)) {
        ADD_FAILURE() << path << ":" << number << ": bad item '" << item << "'";
        continue;
      }
      const std::string word = item.substr(0, slash);
      // The possessive is written attached, as in running text ("Germany's"); the tokenizer splits it.
      if (!s.text.empty() && word != "'s") s.text += ' ';
      s.text += word;
      s.tags.push_back(tag);
    }
    sentences.push_back(std::move(s));
  }
  return sentences;
}

struct Score {
  size_t sentences = 0, total = 0, correct = 0, verb_gold = 0, verb_predicted = 0, verb_both = 0;
  double accuracy() const { return total == 0 ? 0 : static_cast<double>(correct) / total; }
  double verb_precision() const {
    return verb_predicted == 0 ? 0 : static_cast<double>(verb_both) / verb_predicted;
  }
  double verb_recall() const { return verb_gold == 0 ? 0 : static_cast<double>(verb_both) / verb_gold; }
};

// Tags every sentence of testdata/pos/NAME and prints the scores; nullopt (skip) without a model.
std::optional<Score> Measure(const std::string& name) {
  const std::string model = DefaultPosModelPath();
  if (!std::filesystem::exists(model)) return std::nullopt;
  Result<PosTagger> tagger = PosTagger::Load(model);
  EXPECT_TRUE(tagger.ok()) << tagger.status().ToString();
  if (!tagger.ok()) return std::nullopt;
  const std::string path = std::string(DYAD_SOURCE_DIR) + "/testdata/pos/" + name;
  const std::vector<GoldSentence> gold = ReadGold(path);
  PosTagger::Scratch scratch;
  std::vector<Token> tokens;
  std::vector<PosTag> tags;
  Score score;
  score.sentences = gold.size();
  const bool verbose = std::getenv("DYAD_POS_VERBOSE") != nullptr;
  for (const GoldSentence& s : gold) {
    tokens.clear();
    Tokenize(s.text, &tokens);
    EXPECT_EQ(tokens.size(), s.tags.size()) << path << ":" << s.line << ": the tokenizer splits differently";
    if (tokens.size() != s.tags.size()) continue;
    tagger->Tag(s.text, tokens, &scratch, &tags);
    for (size_t i = 0; i < tokens.size(); ++i) {
      ++score.total;
      score.correct += tags[i] == s.tags[i];
      score.verb_gold += IsVerb(s.tags[i]);
      score.verb_predicted += IsVerb(tags[i]);
      score.verb_both += IsVerb(s.tags[i]) && IsVerb(tags[i]);
      if (verbose && tags[i] != s.tags[i])
        std::printf("%s:%d: %.*s gold %s got %s\n", name.c_str(), s.line,
                    static_cast<int>(tokens[i].end - tokens[i].start), s.text.data() + tokens[i].start,
                    PosTagName(s.tags[i]), PosTagName(tags[i]));
    }
  }
  std::printf(
      "pos accuracy %s: %zu sentences, %zu tokens, accuracy %.4f; verbs (VB*): %zu gold, precision %.4f, "
      "recall %.4f\n",
      name.c_str(), score.sentences, score.total, score.accuracy(), score.verb_gold, score.verb_precision(),
      score.verb_recall());
  return score;
}

TEST(PosAccuracy, HandTaggedNews) {
  const std::optional<Score> score = Measure("news.tagged");
  if (!score) GTEST_SKIP() << DefaultPosModelPath() << " not built";
  EXPECT_GE(score->sentences, 40u);
  EXPECT_GE(score->total, 800u);
  EXPECT_GE(score->accuracy(), kTokenAccuracyFloor);
  EXPECT_GE(score->verb_precision(), kVerbPrecisionFloor);
  EXPECT_GE(score->verb_recall(), kVerbRecallFloor);
}

// Sentences written after the heuristics were fixed: the honest estimate (src/README.md reports it).
TEST(PosAccuracy, HeldOutNews) {
  const std::optional<Score> score = Measure("heldout.tagged");
  if (!score) GTEST_SKIP() << DefaultPosModelPath() << " not built";
  EXPECT_GE(score->accuracy(), kHeldOutAccuracyFloor);
  EXPECT_GE(score->verb_precision(), kHeldOutVerbPrecisionFloor);
  EXPECT_GE(score->verb_recall(), kHeldOutVerbRecallFloor);
}

}  // namespace
}  // namespace dyad
