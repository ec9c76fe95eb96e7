// PosTagger on a small model built in the test (loader, Viterbi, lemmas, damaged files) and on the
// generated model when the build has one (skipped otherwise).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <chrono>
#include <cstring>
#include <filesystem>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "dyad/pos.h"
#include "dyad/text.h"
#include "text/pos_model_build.h"
#include "text/pos_model_format.h"

namespace dyad {
namespace {

using ::testing::HasSubstr;

// A toy lexicon in Lingua's formats, written for this test.
constexpr std::string_view kTags =
    "--- #YAML:1.0\n"
    "pp: { det: 0.5, nnp: 0.3, prp: 0.2 }\n"
    "det: { nn: 0.7, jj: 0.3 }\n"
    "jj: { nn: 0.8, nns: 0.2 }\n"
    "nn: { vbz: 0.4, vbd: 0.3, pp: 0.2, nn: 0.1 }\n"
    "nns: { vbp: 0.5, pp: 0.3, vbd: 0.2 }\n"
    "nnp: { vbd: 0.6, vbz: 0.3, nnp: 0.1 }\n"
    "prp: { vbd: 0.7, vbz: 0.3 }\n"
    "vbd: { det: 0.6, nns: 0.2, pp: 0.2 }\n"
    "vbz: { det: 0.6, nns: 0.2, pp: 0.2 }\n"
    "vbp: { det: 0.6, pp: 0.4 }\n";
constexpr std::string_view kWords =
    "--- #YAML:1.0\n"
    "\".\": { pp: 100 }\n"
    "the: { det: 200 }\n"
    "The: { det: 50 }\n"
    "saw: { vbd: 20, nn: 5 }\n"
    "leaves: { vbz: 4, nns: 6 }\n"
    "talks: { nns: 10, vbz: 3 }\n"
    "minister: { nn: 30 }\n"
    "envoy: { nn: 10 }\n"
    "he: { prp: 40 }\n"
    "Astana: { nnp: 20 }\n"
    "*NUM*: { cd: 50 }\n";
constexpr std::string_view kUnknown =
    "--- #YAML:1.0\n"
    "\"-cap-\": { nnp: 900, nn: 100 }\n"
    "\"-unknown-\": { nn: 875, jj: 125 }\n"
    "\"-s-\": { nns: 900, vbz: 100 }\n";

PosModelSource ToySource() {
  PosModelSource source;
  EXPECT_TRUE(AddLinguaTransitions(kTags, "tags.yml", &source).ok());
  EXPECT_TRUE(AddLinguaWords(kWords, "words.yml", &source).ok());
  EXPECT_TRUE(AddLinguaUnknownClasses(kUnknown, "unknown.yml", &source).ok());
  EXPECT_TRUE(AddWordNetIndex("  1 licence line\nsaw n 1\nleaf n 1\ntalk n 1\nprime_minister n 1\n",
                              "index.noun", text_internal::kWnNoun, &source)
                  .ok());
  EXPECT_TRUE(AddWordNetIndex("see v 1\nsaw v 1\nleave v 1\ntalk v 1\nhold v 1\nmeet v 1\n", "index.verb",
                              text_internal::kWnVerb, &source)
                  .ok());
  EXPECT_TRUE(AddWordNetExceptions("leaves leaf leave\n", "noun.exc", text_internal::kWnNoun, &source).ok());
  EXPECT_TRUE(
      AddWordNetExceptions("saw see\nheld hold\nmet meet\n", "verb.exc", text_internal::kWnVerb, &source)
          .ok());
  return source;
}

std::string ToyModelBytes() { return SerializePosModel(ToySource()); }

PosTagger ToyTagger() {
  Result<PosTagger> tagger = PosTagger::Parse(ToyModelBytes(), "toy.model");
  EXPECT_TRUE(tagger.ok()) << tagger.status().ToString();
  return *tagger;
}

std::vector<std::string> TagNames(const PosTagger& tagger, std::string_view text) {
  std::vector<Token> tokens;
  Tokenize(text, &tokens);
  PosTagger::Scratch scratch;
  std::vector<PosTag> tags;
  tagger.Tag(text, tokens, &scratch, &tags);
  std::vector<std::string> names;
  for (const PosTag t : tags) names.push_back(PosTagName(t));
  return names;
}

TEST(PosTagNames, RoundTrip) {
  for (int t = 0; t < kNumPosTags; ++t) {
    PosTag parsed;
    ASSERT_TRUE(ParsePosTag(PosTagName(static_cast<PosTag>(t)), &parsed));
    EXPECT_EQ(static_cast<int>(parsed), t);
  }
  PosTag tag;
  EXPECT_FALSE(ParsePosTag("XYZ", &tag));
  EXPECT_TRUE(IsVerb(PosTag::kVBD));
  EXPECT_FALSE(IsVerb(PosTag::kMD));
  EXPECT_TRUE(IsNoun(PosTag::kNNPS));
  EXPECT_TRUE(IsPunctuation(PosTag::kComma));
}

TEST(PosTaggerToy, ViterbiUsesContext) {
  const PosTagger tagger = ToyTagger();
  EXPECT_THAT(TagNames(tagger, "He saw the envoy ."), ::testing::ElementsAre("PRP", "VBD", "DT", "NN", "."));
  // "saw" after a determiner is a noun; "leaves" after a noun subject is a verb.
  EXPECT_THAT(TagNames(tagger, "The saw leaves ."), ::testing::ElementsAre("DT", "NN", "VBZ", "."));
  // Unknown words: capitalised -> NNP, plural-looking -> NNS, numbers -> CD.
  EXPECT_THAT(TagNames(tagger, "Tokayev saw 12 delegations ."),
              ::testing::ElementsAre("NNP", "VBD", "CD", "NNS", "."));
  EXPECT_TRUE(TagNames(tagger, "").empty());
}

TEST(PosTaggerToy, LemmaByPartOfSpeech) {
  const PosTagger tagger = ToyTagger();
  std::string lemma;
  tagger.Lemma("saw", PosTag::kVBD, &lemma);
  EXPECT_EQ(lemma, "see");
  tagger.Lemma("saw", PosTag::kNN, &lemma);
  EXPECT_EQ(lemma, "saw");
  tagger.Lemma("leaves", PosTag::kVBZ, &lemma);
  EXPECT_EQ(lemma, "leave");
  tagger.Lemma("leaves", PosTag::kNNS, &lemma);
  EXPECT_EQ(lemma, "leaf");
  tagger.Lemma("Talks", PosTag::kNNS, &lemma);
  EXPECT_EQ(lemma, "talk");
  tagger.Lemma("held", PosTag::kVBD, &lemma);
  EXPECT_EQ(lemma, "hold");
  tagger.Lemma("met", PosTag::kVBD, &lemma);
  EXPECT_EQ(lemma, "meet");
  tagger.Lemma("The", PosTag::kDT, &lemma);
  EXPECT_EQ(lemma, "the");
  tagger.Lemma("accused", PosTag::kVBD, &lemma);  // not in the toy WordNet: the rule-based lemmatiser
  EXPECT_EQ(lemma, "accuse");
}

TEST(PosTaggerToy, AnalyzeGivesOneLemmaPerToken) {
  const PosTagger tagger = ToyTagger();
  const std::string text = "He saw the saw, 12.";
  std::vector<Token> tokens;
  Tokenize(text, &tokens);
  PosTagger::Scratch scratch;
  std::vector<PosTag> tags;
  std::vector<std::string> lemmas(10, "stale");
  tagger.Analyze(text, tokens, &scratch, &tags, &lemmas);
  EXPECT_THAT(lemmas, ::testing::ElementsAre("he", "see", "the", "saw", ",", "12", "."));
}

TEST(PosTaggerToy, OneTaggerSharedByThreads) {
  const PosTagger tagger = ToyTagger();
  std::vector<std::thread> threads;
  std::vector<int> wrong(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      const PosTagger copy = tagger;  // copies share the tables
      for (int i = 0; i < 200; ++i) {
        if (TagNames(t % 2 == 0 ? tagger : copy, "He saw the envoy .") !=
            std::vector<std::string>{"PRP", "VBD", "DT", "NN", "."})
          ++wrong[t];
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  EXPECT_THAT(wrong, ::testing::Each(0));
}

TEST(PosTaggerLoad, MissingFileIsNotFound) {
  Result<PosTagger> tagger = PosTagger::Load("/nonexistent/pos.model");
  ASSERT_FALSE(tagger.ok());
  EXPECT_EQ(tagger.status().code(), StatusCode::kNotFound);
  EXPECT_THAT(tagger.status().message(), HasSubstr("/nonexistent/pos.model"));
}

TEST(PosTaggerLoad, EveryTruncationIsCorruptionWithOffset) {
  const std::string bytes = ToyModelBytes();
  for (size_t cut = 0; cut < bytes.size(); ++cut) {
    Result<PosTagger> tagger = PosTagger::Parse(std::string_view(bytes).substr(0, cut), "cut.model");
    ASSERT_FALSE(tagger.ok()) << cut;
    EXPECT_EQ(tagger.status().code(), StatusCode::kCorruption);
    EXPECT_THAT(tagger.status().message(), HasSubstr("cut.model: byte "));
  }
}

TEST(PosTaggerLoad, GarbledFieldsAreReportedWhereTheyAre) {
  const std::string good = ToyModelBytes();
  {
    std::string bytes = good;
    bytes[0] = 'X';
    Result<PosTagger> t = PosTagger::Parse(bytes, "m");
    ASSERT_FALSE(t.ok());
    EXPECT_THAT(t.status().message(), HasSubstr("m: byte 0: not a dyad part-of-speech model"));
  }
  {
    std::string bytes = good + "xyz!";
    Result<PosTagger> t = PosTagger::Parse(bytes, "m");
    ASSERT_FALSE(t.ok());
    EXPECT_THAT(t.status().message(),
                HasSubstr("byte " + std::to_string(good.size()) + ": 4 unexpected bytes after the model"));
  }
  {
    // The first word record's string offset pointed past the strings.
    std::string bytes = good;
    text_internal::PosModelHeader h;
    std::memcpy(&h, bytes.data(), sizeof(h));
    const size_t words_at = sizeof(h) + kNumPosTags * text_internal::kTagNameBytes +
                            (kNumPosTags + 1) * kNumPosTags * sizeof(float) + h.string_bytes;
    const uint32_t far = 0x7fffffff;
    std::memcpy(bytes.data() + words_at, &far, sizeof(far));
    Result<PosTagger> t = PosTagger::Parse(bytes, "m");
    ASSERT_FALSE(t.ok());
    EXPECT_THAT(t.status().message(),
                HasSubstr("byte " + std::to_string(words_at) + ": word 0 lies outside"));
  }
  // Any single garbled byte either loads (a score changed) or fails cleanly; tagging never crashes.
  for (size_t i = 0; i < good.size(); ++i) {
    std::string bytes = good;
    bytes[i] = static_cast<char>(bytes[i] ^ 0x5a);
    Result<PosTagger> t = PosTagger::Parse(bytes, "m");
    if (t.ok()) {
      TagNames(*t, "The minister saw Tokayev 's envoy .");
    } else {
      EXPECT_THAT(t.status().message(), HasSubstr("m: byte "));
    }
  }
}

TEST(PosModelBuild, BadLinesNameTheFileAndLine) {
  PosModelSource source;
  Status s = AddLinguaWords("--- #YAML:1.0\nthe: { det: 5 }\nbroken line\n", "words.yml", &source);
  EXPECT_THAT(s.message(), HasSubstr("words.yml:3:"));
  s = AddLinguaWords("x: { zz: 5 }\n", "words.yml", &source);
  EXPECT_THAT(s.message(), HasSubstr("unknown tag 'zz'"));
  s = AddLinguaTransitions("det: { nn: 7 }\n", "tags.yml", &source);
  EXPECT_THAT(s.message(), HasSubstr("tags.yml:1: probability above 1"));
  s = AddWordNetExceptions("lonely\n", "verb.exc", text_internal::kWnVerb, &source);
  EXPECT_THAT(s.message(), HasSubstr("verb.exc:1:"));
}

// The generated model, when this build has one.
class PosTaggerModel : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::string path = DefaultPosModelPath();
    if (!std::filesystem::exists(path))
      GTEST_SKIP() << path
                   << " not built (liblingua-en-tagger-perl or wordnet-base missing at configure time)";
    const auto begin = std::chrono::steady_clock::now();
    Result<PosTagger> loaded = PosTagger::Load(path);
    load_ms_ = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - begin).count();
    ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
    tagger_.emplace(*loaded);
  }
  std::optional<PosTagger> tagger_;
  double load_ms_ = 0;
};

TEST_F(PosTaggerModel, LoadsAndLemmatises) {
  std::printf("pos model: %zu words, loaded in %.1f ms\n", tagger_->word_count(), load_ms_);
  struct Case {
    const char* word;
    PosTag tag;
    const char* lemma;
  };
  const Case cases[] = {{"saw", PosTag::kVBD, "see"},
                        {"saw", PosTag::kNN, "saw"},
                        {"leaves", PosTag::kVBZ, "leave"},
                        {"leaves", PosTag::kNNS, "leaf"},
                        {"talks", PosTag::kNNS, "talk"},
                        {"held", PosTag::kVBN, "hold"},
                        {"met", PosTag::kVBD, "meet"},
                        {"was", PosTag::kVBD, "be"},
                        {"accused", PosTag::kVBD, "accuse"},
                        {"stopped", PosTag::kVBD, "stop"},
                        {"making", PosTag::kVBG, "make"},
                        {"women", PosTag::kNNS, "woman"},
                        {"better", PosTag::kJJR, "good"},
                        {"Ministers", PosTag::kNNS, "minister"},
                        {"news", PosTag::kNN, "news"},
                        {"installed", PosTag::kVBN, "install"},
                        {"criticised", PosTag::kVBD, "criticize"}};
  std::string lemma;
  for (const Case& c : cases) {
    tagger_->Lemma(c.word, c.tag, &lemma);
    EXPECT_EQ(lemma, c.lemma) << c.word << "/" << PosTagName(c.tag);
  }
}

TEST_F(PosTaggerModel, FindsTheMainVerb) {
  // "arrested" is only a participle in the lexicon; a clause's first verb after its subject is finite.
  std::vector<std::string> tags =
      TagNames(*tagger_, "Kazakh police arrested dozens of protesters in Almaty.");
  ASSERT_EQ(tags.size(), 9u);
  EXPECT_EQ(tags[2], "VBD");
  EXPECT_EQ(tags[7], "NNP");
  // "doesn't" is one token: its verb, and the next word follows an adverb ("n't"), so "plan" is a verb.
  tags = TagNames(*tagger_, "The minister doesn't plan to visit Moscow.");
  EXPECT_THAT(tags, ::testing::ElementsAre("DT", "NN", "VBZ", "VB", "TO", "VB", "NNP", "."));
  // Sentence-initial capitals: "Police" is also "police".
  tags = TagNames(*tagger_, "Police detained two journalists on Friday.");
  EXPECT_EQ(tags[0], "NNS");
  EXPECT_EQ(tags[1], "VBD");
}

}  // namespace
}  // namespace dyad
