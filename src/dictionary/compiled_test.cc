#include "dictionary/compiled.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

TEST(VocabularyTest, InternIsStableAndFindDoesNotInsert) {
  Vocabulary v;
  WordId a = v.Intern("police");
  EXPECT_EQ(v.Intern("police"), a);
  EXPECT_NE(v.Intern("army"), a);
  EXPECT_EQ(v.Find("police"), a);
  EXPECT_EQ(v.Find("navy"), kNoWord);
  EXPECT_EQ(v.size(), 2u);
}

TEST(PhraseTrieTest, WalksWordsAndGroupsHitsPerNode) {
  PhraseTrie t;
  t.Insert({1, 2}, {CaseRule::kAny, CaseRule::kAny}, 10);
  t.Insert({1}, {CaseRule::kCapitalized}, 11);
  t.Insert({1, 2}, {CaseRule::kAny, CaseRule::kAllCaps}, 12);
  t.Insert({1, 2}, {CaseRule::kAny, CaseRule::kAny}, 10);  // same entry twice: kept once
  t.Finish();
  uint32_t n1 = t.Child(0, 1);
  ASSERT_NE(n1, 0u);
  EXPECT_EQ(t.Child(0, 2), 0u);
  uint32_t n2 = t.Child(n1, 2);
  ASSERT_NE(n2, 0u);
  ASSERT_EQ(t.HitsEnd(n1) - t.HitsBegin(n1), 1);
  EXPECT_EQ(t.HitsBegin(n1)->entry, 11u);
  EXPECT_EQ(t.case_rules()[t.HitsBegin(n1)->case_rules], CaseRule::kCapitalized);
  ASSERT_EQ(t.HitsEnd(n2) - t.HitsBegin(n2), 2);
  EXPECT_EQ(t.HitsBegin(n2)[0].entry, 10u);
  EXPECT_EQ(t.HitsBegin(n2)[1].entry, 12u);
  EXPECT_EQ(t.case_rules()[t.HitsBegin(n2)[1].case_rules + 1], CaseRule::kAllCaps);
}

TEST(PhraseWordsTest, SplitsLikeTheTokenizerAndRecordsCase) {
  std::vector<std::string> words;
  std::vector<CaseRule> rules;
  PhraseWords("Secretary of State", &words, &rules);
  EXPECT_EQ(words, (std::vector<std::string>{"secretary", "of", "state"}));
  EXPECT_EQ(rules, (std::vector<CaseRule>{CaseRule::kCapitalized, CaseRule::kAny, CaseRule::kCapitalized}));
  PhraseWords("US", &words, &rules);
  EXPECT_EQ(words, std::vector<std::string>{"us"});
  EXPECT_EQ(rules, std::vector<CaseRule>{CaseRule::kAllCaps});
}

DictionarySource Source(const char* text, std::vector<Status>* errors) {
  DictionarySource s;
  ParseNativeDictionary("t.txt", text, &s, errors);
  return s;
}

TEST(DictionaryCompileTest, IndexesPatternsByAnchorLemma) {
  std::vector<Status> errors;
  auto d = Dictionary::Compile(Source("verb 040 : hold talks with + | (to) meet +\n"
                                      "cameo 040 goldstein=1 : Consult\n",
                                      &errors),
                               &errors);
  ASSERT_TRUE(errors.empty()) << errors[0].message();
  const CompiledDictionary& c = d->compiled();
  ASSERT_EQ(c.patterns().size(), 2u);
  WordId hold = c.lemmas().Find("hold");
  ASSERT_NE(hold, kNoWord);
  auto [b, e] = c.PatternsAnchoredAt(hold);
  ASSERT_EQ(e - b, 1);
  EXPECT_EQ(c.pattern(*b).required_words, 3);  // hold, talk, with
  auto [b2, e2] = c.PatternsAnchoredAt(c.lemmas().Find("meet"));
  ASSERT_EQ(e2 - b2, 1);  // anchored on "meet", not on the optional "to"
  EXPECT_EQ(c.pattern(*b2).required_words, 1);
  EXPECT_TRUE(d->Cameo("040").known);
  EXPECT_DOUBLE_EQ(d->Cameo("040").goldstein, 1.0);
  EXPECT_FALSE(d->Cameo("999").known);
}

TEST(DictionaryCompileTest, ReportsVerbCodesWithoutCameoEntry) {
  std::vector<Status> errors;
  auto d = Dictionary::Compile(
      Source("verb 040 : meet +\nverb 051 : praise +\ncameo 040 goldstein=1 : Consult\n", &errors), &errors);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].message().find("t.txt:2:"), std::string::npos) << errors[0].message();
  EXPECT_NE(errors[0].message().find("051"), std::string::npos);
}

}  // namespace
}  // namespace dyad
