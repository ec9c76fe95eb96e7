// The token memo (token_cache.h) must return exactly what the uncached functions return, on hits, on misses,
// after it empties itself and across dictionaries.
#include "coding/token_cache.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "coding/test_dictionary.h"
#include "dyad/text.h"

namespace dyad {
namespace {

constexpr char kDictionary[] = R"(
country KAZ : Kazakhstan | Kazakh
country RUS : Russia | Russian
actor KAZGOV country=KAZ sectors=GOV : Kassym-Jomart Tokayev | Tokayev
agent COP : police | policemen
verb 040 : meet +
verb 051 : praise +
verb 173 : arrest +
)";

constexpr char kOtherDictionary[] = R"(
country UZB : Uzbekistan | Uzbek
agent COP : police
verb 111 : criticize +
)";

struct Expected {
  std::string folded;
  WordId word = kNoWord;
  WordId lemma = kNoWord;
  bool may_start_loose = false;
  bool hyphenated = false;
};

Expected Direct(const CompiledDictionary& dict, std::string_view surface, bool is_word, bool name_word) {
  Expected e;
  FoldCase(surface, &e.folded);
  e.word = dict.words().Find(e.folded);
  if (is_word) {
    std::string lemma;
    Lemmatize(e.folded, &lemma);
    e.lemma = dict.lemmas().Find(lemma);
  }
  std::string key;
  e.may_start_loose = name_word && dict.MayStartLooseName(e.folded, &key);
  e.hyphenated = is_word && (surface.find('-') != std::string_view::npos ||
                             surface.find("\xE2\x80\x90") != std::string_view::npos ||
                             surface.find("\xE2\x80\x91") != std::string_view::npos);
  return e;
}

void ExpectSame(TokenCache* cache, const CompiledDictionary& dict, std::string_view surface, bool is_word,
                bool name_word) {
  const Expected want = Direct(dict, surface, is_word, name_word);
  const TokenCache::Info got = cache->Lookup(dict, surface, is_word, name_word);
  EXPECT_EQ(got.folded, want.folded) << surface;
  EXPECT_EQ(got.word, want.word) << surface;
  EXPECT_EQ(got.lemma, want.lemma) << surface;
  EXPECT_EQ(got.may_start_loose, want.may_start_loose) << surface;
  EXPECT_EQ(got.hyphenated, want.hyphenated) << surface;
}

const std::vector<std::string> kSurfaces = {
    "Police",
    "police",
    "policemen",
    "arrested",
    "Arrested",
    "met",
    "meeting",
    "praised",
    "Tokayev",
    "Toqaev",
    "Токаев",
    "Kazakh",
    "KAZAKHSTAN",
    "Straße",
    "U.S.",
    "'s",
    "’s",
    ",",
    ";",
    "1,200",
    "a",
    "the",
    "Kassym",
    "Jomart",
    "x",
    "xyzzyplugh",
    "criticised",
    "al-Qaeda",
    "US-China",
    "police\xE2\x80\x91protester",
    std::string(64, 'a'),
    std::string(65, 'b'),
    std::string(300, 'C'),
};

TEST(TokenCache, HitsAndMissesEqualTheFunctions) {
  const auto dict = CompileTestDictionary(kDictionary);
  TokenCache cache;
  for (int round = 0; round < 3; ++round) {  // the first round misses, the others hit
    for (const std::string& s : kSurfaces) {
      ExpectSame(&cache, dict->compiled(), s, true, false);
      ExpectSame(&cache, dict->compiled(), s, true, true);
      ExpectSame(&cache, dict->compiled(), s, false, false);
    }
  }
  // The 64-byte surface is filed, longer ones bypass the memo.
  EXPECT_LE(cache.size(), kSurfaces.size() * 2);
}

TEST(TokenCache, LooseNamePreTestIsComputedOnRequest) {
  const auto dict = CompileTestDictionary(kDictionary);
  TokenCache cache;
  // First seen as an ordinary word, later as a name: the loose pre-test is filled in then.
  EXPECT_FALSE(cache.Lookup(dict->compiled(), "Toqaev", true, false).may_start_loose);
  EXPECT_TRUE(cache.Lookup(dict->compiled(), "Toqaev", true, true).may_start_loose);
  EXPECT_TRUE(cache.Lookup(dict->compiled(), "Токаев", true, true).may_start_loose);
  EXPECT_FALSE(cache.Lookup(dict->compiled(), "Smith", true, true).may_start_loose);
}

TEST(TokenCache, EmptiesItselfWhenFullAndStaysCorrect) {
  const auto dict = CompileTestDictionary(kDictionary);
  TokenCache cache;
  std::vector<std::string> words;
  for (uint32_t i = 0; i < TokenCache::kMaxEntries + 1000; ++i) {
    std::string w = "w";
    for (uint32_t k = i; k > 0; k /= 26) w.push_back(static_cast<char>('a' + k % 26));
    w += "ed";
    words.push_back(std::move(w));
  }
  for (const std::string& w : words) {
    (void)cache.Lookup(dict->compiled(), w, true, false);
    ASSERT_LE(cache.size(), TokenCache::kMaxEntries);
  }
  EXPECT_LT(cache.size(), TokenCache::kMaxEntries);  // it emptied itself once and refilled
  for (size_t i = 0; i < words.size(); i += 97) ExpectSame(&cache, dict->compiled(), words[i], true, false);
  for (const std::string& s : kSurfaces) ExpectSame(&cache, dict->compiled(), s, true, true);
}

TEST(TokenCache, AnotherDictionaryEmptiesTheMemo) {
  const auto one = CompileTestDictionary(kDictionary);
  const auto other = CompileTestDictionary(kOtherDictionary);
  TokenCache cache;
  for (const std::string& s : kSurfaces) ExpectSame(&cache, one->compiled(), s, true, true);
  for (const std::string& s : kSurfaces) ExpectSame(&cache, other->compiled(), s, true, true);
  for (const std::string& s : kSurfaces) ExpectSame(&cache, one->compiled(), s, true, true);
}

// The coder with the memo codes the same words the same way however often they recur (a memo hit and a
// miss give one result): the same sentence coded twice in one document.
TEST(TokenCache, CoderGivesTheSameEventsOnHits) {
  const auto dict = CompileTestDictionary(kDictionary);
  const std::vector<std::string> once =
      CodedTriples(dict, "Kazakh police arrested Russian policemen.", "2020-01-01");
  const std::vector<std::string> first = CodedTriples(
      dict, "Russian policemen met Tokayev. Kazakh police arrested Russian policemen.", "2020-01-01");
  ASSERT_EQ(once.size(), 1u);
  EXPECT_EQ(once[0], "KAZCOP 173 RUSCOP");
  EXPECT_NE(std::find(first.begin(), first.end(), once[0]), first.end());
}

}  // namespace
}  // namespace dyad
