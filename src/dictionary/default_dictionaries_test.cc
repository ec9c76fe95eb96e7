// Checks on the default dictionaries as assembled in the build tree (DYAD_TEST_DICT_DIR =
// build/share/dyad/dict): they parse without a single error, cover every ISO 3166-1 country, and do not
// contradict themselves.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "dyad/dictionary.h"

namespace dyad {
namespace {

constexpr char kIsoJson[] = "/usr/share/iso-codes/json/iso_3166-1.json";

// Countries allowed to have no demonym or informal name in countries.txt, each with its reason.
const std::map<std::string, std::string>& CountryExemptions() {
  static const auto* exemptions = new std::map<std::string, std::string>{
      {"DMA", "its demonym 'Dominican' belongs to the Dominican Republic (DOM)"},
  };
  return *exemptions;
}

bool EndsWith(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

// The comparison key the coder matches with: ASCII case folded, ’ read as '.
std::string MatchKey(std::string_view phrase) {
  std::string key;
  for (size_t i = 0; i < phrase.size(); ++i) {
    if (phrase.substr(i, 3) == "\xE2\x80\x99") {
      key += '\'';
      i += 2;
    } else {
      const char c = phrase[i];
      key += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
  }
  return key;
}

// Two inclusive periods (empty = open) share at least one day.
bool Overlap(const DictionaryEntry& a, const DictionaryEntry& b) {
  const bool a_ends_before_b = !a.valid_to.empty() && !b.valid_from.empty() && a.valid_to < b.valid_from;
  const bool b_ends_before_a = !b.valid_to.empty() && !a.valid_from.empty() && b.valid_to < a.valid_from;
  return !a_ends_before_b && !b_ends_before_a;
}

std::string Where(const DictionaryEntry& e) { return e.file + ":" + std::to_string(e.line); }

class DefaultDictionariesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    source_ = new DictionarySource;
    errors_ = new std::vector<Status>;
    read_status_ = new Status(ReadNativeDictionaryDir(DYAD_TEST_DICT_DIR, source_, errors_));
  }
  static void TearDownTestSuite() {
    delete source_;
    delete errors_;
    delete read_status_;
  }

  static std::vector<const DictionaryEntry*> Entries(EntryKind kind, std::string_view file_suffix = "") {
    std::vector<const DictionaryEntry*> out;
    for (const auto& e : source_->entries) {
      if (e.kind == kind && EndsWith(e.file, file_suffix)) out.push_back(&e);
    }
    return out;
  }

  static bool HasFile(std::string_view name) {
    return std::filesystem::exists(std::filesystem::path(DYAD_TEST_DICT_DIR) / name);
  }

  static DictionarySource* source_;
  static std::vector<Status>* errors_;
  static Status* read_status_;
};

DictionarySource* DefaultDictionariesTest::source_ = nullptr;
std::vector<Status>* DefaultDictionariesTest::errors_ = nullptr;
Status* DefaultDictionariesTest::read_status_ = nullptr;

TEST_F(DefaultDictionariesTest, ParseWithoutErrors) {
  ASSERT_TRUE(read_status_->ok()) << read_status_->ToString();
  for (const Status& error : *errors_) ADD_FAILURE() << error.message();
  EXPECT_GT(source_->entries.size(), 500u);
}

TEST_F(DefaultDictionariesTest, GeneratedFileHasEveryIsoCountry) {
  std::ifstream in(kIsoJson);
  if (!in) GTEST_SKIP() << kIsoJson << " not installed";
  const std::string json((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::set<std::string> iso_codes;
  constexpr std::string_view kKey = "\"alpha_3\": \"";
  for (size_t pos = json.find(kKey); pos != std::string::npos; pos = json.find(kKey, pos + 1)) {
    iso_codes.insert(json.substr(pos + kKey.size(), 3));
  }
  ASSERT_GE(iso_codes.size(), 249u);

  std::set<std::string> generated;
  for (const DictionaryEntry* e : Entries(EntryKind::kCountry, "/countries.iso.txt")) {
    EXPECT_FALSE(e->phrases.empty());
    generated.insert(e->code);
  }
  for (const std::string& code : iso_codes) EXPECT_TRUE(generated.count(code)) << code << " missing";
  EXPECT_EQ(generated.size(), iso_codes.size());
}

TEST_F(DefaultDictionariesTest, EveryCountryHasHandWrittenNames) {
  std::set<std::string> hand_written;
  for (const DictionaryEntry* e : Entries(EntryKind::kCountry, "/countries.txt"))
    hand_written.insert(e->code);
  const auto generated = Entries(EntryKind::kCountry, "/countries.iso.txt");
  ASSERT_FALSE(generated.empty());
  for (const DictionaryEntry* e : generated) {
    const bool exempt = CountryExemptions().count(e->code) > 0;
    EXPECT_TRUE(hand_written.count(e->code) || exempt)
        << e->code << " (" << e->phrases[0]
        << ") has no demonym, adjective or informal name in countries.txt";
    EXPECT_FALSE(hand_written.count(e->code) && exempt)
        << e->code << " is exempt but has names: drop the exemption";
  }
}

TEST_F(DefaultDictionariesTest, HandWrittenCountriesAreIsoOrDatedFormerStates) {
  std::set<std::string> iso;
  for (const DictionaryEntry* e : Entries(EntryKind::kCountry, "/countries.iso.txt")) iso.insert(e->code);
  ASSERT_FALSE(iso.empty());
  std::set<std::string> former;
  for (const DictionaryEntry* e : Entries(EntryKind::kCountry)) {
    if (iso.count(e->code)) continue;
    EXPECT_FALSE(e->valid_to.empty())
        << Where(*e) << ": " << e->code << " is not ISO 3166-1 and has no to= date";
    former.insert(e->code);
  }
  EXPECT_TRUE(former.count("SUN"));
  for (const auto& e : source_->entries) {
    if (e.kind != EntryKind::kActor || e.country.empty()) continue;
    EXPECT_TRUE(iso.count(e.country) || former.count(e.country))
        << Where(e) << ": country=" << e.country << " is not a known country code";
  }
}

// One phrase must not name two different things on the same day: the coder could not choose.
void ExpectNoConflictingPhrases(const std::vector<const DictionaryEntry*>& entries) {
  std::map<std::string, std::vector<const DictionaryEntry*>> by_phrase;
  for (const DictionaryEntry* e : entries) {
    for (const std::string& phrase : e->phrases) by_phrase[MatchKey(phrase)].push_back(e);
  }
  for (const auto& [phrase, holders] : by_phrase) {
    for (size_t i = 0; i < holders.size(); ++i) {
      for (size_t j = i + 1; j < holders.size(); ++j) {
        if (holders[i]->code != holders[j]->code && Overlap(*holders[i], *holders[j])) {
          ADD_FAILURE() << "'" << phrase << "' is " << holders[i]->code << " at " << Where(*holders[i])
                        << " and " << holders[j]->code << " at " << Where(*holders[j])
                        << " in overlapping periods";
        }
      }
    }
  }
}

TEST_F(DefaultDictionariesTest, NoActorPhraseHasTwoCodesAtOnce) {
  const auto actors = Entries(EntryKind::kActor);
  ASSERT_FALSE(actors.empty());
  ExpectNoConflictingPhrases(actors);
}

TEST_F(DefaultDictionariesTest, NoCountryPhraseNamesTwoCountriesAtOnce) {
  ExpectNoConflictingPhrases(Entries(EntryKind::kCountry));
}

TEST_F(DefaultDictionariesTest, PeopleAreDatedAndKnownOnesAreRight) {
  const auto people = Entries(EntryKind::kActor, "/people.txt");
  ASSERT_FALSE(people.empty());
  for (const DictionaryEntry* e : people) {
    EXPECT_TRUE(!e->valid_from.empty() || !e->valid_to.empty())
        << Where(*e) << ": a person's office needs dates";
    EXPECT_FALSE(e->country.empty()) << Where(*e);
  }
  // Spot checks of facts the coder's tests rely on.
  auto code_on = [&](std::string_view phrase, std::string_view date) -> std::string {
    for (const DictionaryEntry* e : people) {
      const bool in_period =
          (e->valid_from.empty() || e->valid_from <= date) && (e->valid_to.empty() || date <= e->valid_to);
      if (in_period && std::find(e->phrases.begin(), e->phrases.end(), phrase) != e->phrases.end())
        return e->code;
    }
    return "";
  };
  EXPECT_EQ(code_on("Pompeo", "2019-06-01"), "USAGOV");
  EXPECT_EQ(code_on("Pompeo", "2018-01-01"), "");
  EXPECT_EQ(code_on("Atamkulov", "2019-06-01"), "KAZGOV");
  EXPECT_EQ(code_on("Toqaev", "2023-01-01"), "KAZGOV");
  EXPECT_EQ(code_on("Nazarbayev", "2018-01-01"), "KAZGOV");
  EXPECT_EQ(code_on("Nazarbayev", "2023-01-01"), "KAZELI");
  EXPECT_EQ(code_on("Zelenskyy", "2022-03-01"), "UKRGOV");
  EXPECT_EQ(code_on("Trump", "2023-01-01"), "USAELI");
  EXPECT_EQ(code_on("Trump", "2025-06-01"), "USAGOV");
}

TEST_F(DefaultDictionariesTest, RenamedCapitalIsDated) {
  bool nur_sultan = false;
  for (const DictionaryEntry* e : Entries(EntryKind::kActor, "/countries.txt")) {
    if (std::find(e->phrases.begin(), e->phrases.end(), "Nur-Sultan") == e->phrases.end()) continue;
    nur_sultan = true;
    EXPECT_EQ(e->code, "KAZGOV");
    EXPECT_EQ(e->valid_from, "2019-03-23");
    EXPECT_EQ(e->valid_to, "2022-09-17");
  }
  EXPECT_TRUE(nur_sultan);
}

TEST_F(DefaultDictionariesTest, EveryVerbCodeIsACameoCode) {
  if (!HasFile("cameo.txt")) GTEST_SKIP() << "cameo.txt not assembled yet";
  std::set<std::string> cameo;
  for (const DictionaryEntry* e : Entries(EntryKind::kCameo)) {
    EXPECT_TRUE(cameo.insert(e->code).second) << Where(*e) << ": cameo " << e->code << " defined twice";
  }
  for (const DictionaryEntry* e : Entries(EntryKind::kVerb)) {
    EXPECT_TRUE(cameo.count(e->code)) << Where(*e) << ": verb code " << e->code << " has no cameo entry";
  }
  for (int root = 1; root <= 20; ++root) {
    const std::string code = (root < 10 ? "0" : "") + std::to_string(root);
    EXPECT_TRUE(cameo.count(code)) << "CAMEO root " << code << " has no cameo entry";
  }
}

TEST_F(DefaultDictionariesTest, EveryCameoRootHasAVerbPattern) {
  if (!HasFile("cameo.txt") || !HasFile("verbs.txt"))
    GTEST_SKIP() << "cameo.txt or verbs.txt not assembled yet";
  std::set<std::string> roots_with_patterns;
  for (const DictionaryEntry* e : Entries(EntryKind::kVerb)) roots_with_patterns.insert(e->code.substr(0, 2));
  for (int root = 1; root <= 20; ++root) {
    const std::string code = (root < 10 ? "0" : "") + std::to_string(root);
    EXPECT_TRUE(roots_with_patterns.count(code)) << "CAMEO root " << code << " has no verb pattern";
  }
}

}  // namespace
}  // namespace dyad
