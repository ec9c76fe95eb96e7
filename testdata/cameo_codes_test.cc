// Every CAMEO event code of the default dictionaries fires on at least one sentence of our own.
//
// testdata/cameo/codes.txt holds plain news sentences written for dyad, one per line as "CODE | sentence"
// (past-tense declaratives with named country actors). Each sentence is coded alone with the default
// dictionaries; the test fails when the sentence yields no event with its code, and when a code that has verb
// patterns in the default dictionaries has no sentence at all. Other events of the same sentence are allowed:
// the test is about each code being reachable, the golden cases (golden_test.cc) pin exact event lists.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "dyad/dyad.h"

namespace dyad {
namespace {

struct Case {
  std::string code;
  std::string sentence;
  int line = 0;
};

std::string Trim(const std::string& s) {
  const size_t begin = s.find_first_not_of(" \t");
  if (begin == std::string::npos) return "";
  return s.substr(begin, s.find_last_not_of(" \t") - begin + 1);
}

class CameoCodesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::vector<Status> errors;
    auto dict = Dictionary::LoadDirectory(DYAD_TEST_DICT_DIR, &errors);
    ASSERT_TRUE(dict.ok()) << dict.status().ToString();
    for (const Status& e : errors) ADD_FAILURE() << "dictionary error: " << e.message();
    dict_ = new std::shared_ptr<const Dictionary>(*dict);
  }
  static void TearDownTestSuite() { delete dict_; }

  static std::vector<Case> ReadCases() {
    const std::string path = std::string(DYAD_SOURCE_DIR) + "/testdata/cameo/codes.txt";
    std::ifstream in(path);
    EXPECT_TRUE(in) << "cannot read " << path;
    std::vector<Case> cases;
    int number = 0;
    for (std::string line; std::getline(in, line);) {
      ++number;
      const std::string content = Trim(line);
      if (content.empty() || content[0] == '#') continue;
      const size_t bar = content.find(" | ");
      if (bar == std::string::npos) {
        ADD_FAILURE() << "codes.txt:" << number << ": expected 'CODE | sentence'";
        continue;
      }
      cases.push_back({Trim(content.substr(0, bar)), Trim(content.substr(bar + 3)), number});
    }
    return cases;
  }

  static std::shared_ptr<const Dictionary>* dict_;
};

std::shared_ptr<const Dictionary>* CameoCodesTest::dict_ = nullptr;

TEST_F(CameoCodesTest, EverySentenceFiresItsCode) {
  ASSERT_NE(dict_, nullptr);
  const std::vector<Case> cases = ReadCases();
  ASSERT_GT(cases.size(), 250u);
  Coder coder(*dict_);
  std::vector<Event> events;
  for (const Case& c : cases) {
    Document doc;
    doc.id = "codes.txt:" + std::to_string(c.line);
    doc.text = c.sentence;
    doc.date = "2024-03-04";  // a fixed day, so that dated office holders resolve the same way every run
    events.clear();
    coder.CodeDocument(doc, &events);
    std::string got;
    bool fired = false;
    for (const Event& e : events) {
      fired |= e.cameo == c.code;
      got += " [" + e.source.code + " " + e.cameo + " " + e.target.code + "]";
    }
    EXPECT_TRUE(fired) << "codes.txt:" << c.line << ": " << c.code << " did not fire on \"" << c.sentence
                       << "\"; got" << (got.empty() ? " nothing" : got);
  }
}

TEST_F(CameoCodesTest, EveryCodeWithPatternsHasASentence) {
  ASSERT_NE(dict_, nullptr);
  std::set<std::string> with_sentence;
  for (const Case& c : ReadCases()) with_sentence.insert(c.code);
  std::set<std::string> with_patterns;
  for (const DictionaryEntry& e : (*dict_)->source().entries) {
    if (e.kind == EntryKind::kVerb && e.code != "-") with_patterns.insert(e.code);  // "-": negative pattern
  }
  ASSERT_FALSE(with_patterns.empty());
  for (const std::string& code : with_patterns) {
    EXPECT_TRUE(with_sentence.count(code))
        << "CAMEO " << code << " has patterns but no sentence in codes.txt";
  }
  for (const std::string& code : with_sentence) {
    EXPECT_TRUE(with_patterns.count(code)) << "codes.txt names " << code << ", which has no verb pattern";
  }
}

}  // namespace
}  // namespace dyad
