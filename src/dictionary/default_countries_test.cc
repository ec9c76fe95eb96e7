// Checks on the default dictionaries' countries and capitals as assembled in the build tree: every ISO 3166-1
// country is covered, hand-written names are ISO codes or dated former states, no phrase names two countries
// at once, and capitals that changed follow the event's date.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "dictionary/default_dictionaries_test_util.h"
#include "dyad/dictionary.h"

namespace dyad {
namespace {

using namespace default_dictionaries_test;  // NOLINT: the shared fixture and helpers

constexpr char kIsoJson[] = "/usr/share/iso-codes/json/iso_3166-1.json";

// Countries allowed to have no demonym or informal name in countries.txt, each with its reason.
const std::map<std::string, std::string>& CountryExemptions() {
  static const auto* exemptions = new std::map<std::string, std::string>{
      {"DMA", "its demonym 'Dominican' belongs to the Dominican Republic (DOM)"},
  };
  return *exemptions;
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

TEST_F(DefaultDictionariesTest, NoActorPhraseHasTwoCodesAtOnce) {
  const auto actors = Entries(EntryKind::kActor);
  ASSERT_FALSE(actors.empty());
  ExpectNoConflictingPhrases(actors);
}

TEST_F(DefaultDictionariesTest, NoCountryPhraseNamesTwoCountriesAtOnce) {
  ExpectNoConflictingPhrases(Entries(EntryKind::kCountry));
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

// The capital of a state that dissolved names the state of the event's date ("Belgrade" in 1999 is
// Yugoslavia's government), and undated text takes today's.
TEST_F(DefaultDictionariesTest, CapitalOfADissolvedStateFollowsTheDate) {
  const auto capitals = Entries(EntryKind::kActor, "/countries.txt");
  const std::vector<std::tuple<std::string_view, std::string_view, std::string_view>> cases = {
      {"Belgrade", "1999-04-01", "YUGGOV"}, {"Belgrade", "2004-06-01", "SCGGOV"},
      {"Belgrade", "2010-01-01", "SRBGOV"}, {"Moscow", "1985-03-11", "SUNGOV"},
      {"Kremlin", "1992-01-01", "RUSGOV"},  {"Prague", "1968-08-21", "CSKGOV"},
      {"Prague", "1993-01-02", "CZEGOV"},   {"Juba", "2011-07-09", "SSDGOV"},
      {"Juba", "1995-05-01", "SDN"},        {"East Berlin", "1985-03-11", "DDRGOV"},
      {"East Berlin", "1991-01-01", ""},
  };
  for (const auto& [phrase, date, code] : cases)
    EXPECT_EQ(CodeOn(capitals, phrase, date), code) << phrase << " " << date;
  for (std::string_view phrase : {"Belgrade", "Moscow", "Prague", "Juba"}) {
    const DictionaryEntry* first = nullptr;
    for (const DictionaryEntry* e : capitals)
      if (!first && std::find(e->phrases.begin(), e->phrases.end(), phrase) != e->phrases.end()) first = e;
    ASSERT_NE(first, nullptr) << phrase;
    EXPECT_TRUE(first->valid_to.empty())
        << phrase << ": undated text takes the first line, which must be today's";
  }
}

}  // namespace
}  // namespace dyad
