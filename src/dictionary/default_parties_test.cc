// Checks on the parties of organizations.txt: a party is its country's government while it holds the national
// executive and the opposition otherwise, so its dated lines must tile time without overlaps or gaps and
// agree with the facts the coder's golden cases rely on (testdata/golden/party_people*.txt).
#include <gtest/gtest.h>

#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include "dictionary/default_dictionaries_test_util.h"
#include "dyad/dictionary.h"

namespace dyad {
namespace {

using namespace default_dictionaries_test;  // NOLINT: the shared fixture and helpers

// The organisations coded COUNTRY+GOV or COUNTRY+OPP alone with dates: parties in and out of office.
std::vector<const DictionaryEntry*> DatedParties(const std::vector<const DictionaryEntry*>& organisations) {
  std::vector<const DictionaryEntry*> out;
  for (const DictionaryEntry* e : organisations) {
    const bool party_code = e->code == e->country + "GOV" || e->code == e->country + "OPP";
    if (!e->country.empty() && party_code && (!e->valid_from.empty() || !e->valid_to.empty()))
      out.push_back(e);
  }
  return out;
}

// The day after `date` (YYYY-MM-DD), by the civil calendar.
std::string NextDay(const std::string& date) {
  int y = std::stoi(date.substr(0, 4)), m = std::stoi(date.substr(5, 2)), d = std::stoi(date.substr(8, 2));
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  const int last = kDays[m - 1] + (m == 2 && leap ? 1 : 0);
  if (++d > last) {
    d = 1;
    if (++m > 12) {
      m = 1;
      ++y;
    }
  }
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

TEST_F(DefaultDictionariesTest, PartiesAreGovernmentOrOppositionByDate) {
  const auto parties = DatedParties(Entries(EntryKind::kActor, "/organizations.txt"));
  ASSERT_GT(parties.size(), 40u);
  auto code_on = [&](std::string_view phrase, std::string_view date) {
    return CodeOn(parties, phrase, date);
  };
  EXPECT_EQ(code_on("Labour", "2005-05-01"), "GBRGOV");
  EXPECT_EQ(code_on("Labour", "2012-01-01"), "GBROPP");
  EXPECT_EQ(code_on("Labour", "2025-01-01"), "GBRGOV");
  EXPECT_EQ(code_on("Tories", "2005-05-01"), "GBROPP");
  EXPECT_EQ(code_on("Tories", "2012-01-01"), "GBRGOV");
  EXPECT_EQ(code_on("Lib Dems", "2012-01-01"), "GBRGOV");  // the 2010-2015 coalition
  EXPECT_EQ(code_on("Lib Dems", "2016-01-01"), "GBROPP");
  EXPECT_EQ(code_on("Democratic Party", "2010-01-01"), "USAGOV");
  EXPECT_EQ(code_on("Republican Party", "2010-01-01"), "USAOPP");
  EXPECT_EQ(code_on("GOP", "2026-01-01"), "USAGOV");
  EXPECT_EQ(code_on("CDU", "2000-01-01"), "DEUOPP");
  EXPECT_EQ(code_on("SPD", "2000-01-01"), "DEUGOV");
  EXPECT_EQ(code_on("LDP", "2010-01-01"), "JPNOPP");
  EXPECT_EQ(code_on("PSOE", "2008-01-01"), "ESPGOV");
  EXPECT_EQ(code_on("ALP", "2010-01-01"), "AUSGOV");
  EXPECT_EQ(code_on("Congress party", "2010-01-01"), "INDGOV");
}

TEST_F(DefaultDictionariesTest, APartysPeriodsNeitherOverlapNorLeaveGaps) {
  ExpectNoConflictingPhrases(DatedParties(Entries(EntryKind::kActor, "/organizations.txt")));
  // Each phrase's periods, in order, must follow one another day by day: a gap would leave the party uncoded
  // (or coded by an undated line) in the middle of its history.
  std::map<std::string, std::map<std::string, const DictionaryEntry*>> by_phrase;  // phrase -> from -> entry
  for (const DictionaryEntry* e : DatedParties(Entries(EntryKind::kActor, "/organizations.txt")))
    for (const std::string& phrase : e->phrases) by_phrase[phrase][e->valid_from] = e;
  for (const auto& [phrase, periods] : by_phrase) {
    const DictionaryEntry* previous = nullptr;
    for (const auto& [from, e] : periods) {
      if (previous != nullptr) {
        ASSERT_FALSE(previous->valid_to.empty()) << phrase << ": open period before " << Where(*e);
        EXPECT_EQ(NextDay(previous->valid_to), from)
            << "'" << phrase << "': " << Where(*previous) << " ends " << previous->valid_to << " but "
            << Where(*e) << " starts " << from;
      }
      previous = e;
    }
  }
}

}  // namespace
}  // namespace dyad
