#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <string>

#include "dyad/where.h"

namespace dyad {
namespace {

std::string WriteTemp(const std::string& name, const std::string& content) {
  const std::string path = ::testing::TempDir() + std::to_string(::getpid()) + "_" + name;
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

TEST(GazetteerTest, LoadsRecordsAndAliases) {
  const std::string path = WriteTemp("gaz_ok.tsv",
                                     "# comment\n"
                                     "P\tcountry\tUkraine\tUKR\t\t49.0\t31.0\t40000000\t0\n"
                                     "P\tcity\tKyiv\tUKR\tKyiv City\t50.45\t30.52\t2797553\t1\n"
                                     "P\tregion\tCrimea\tUKR\t\t\t\t0\t0\n"
                                     "K\tcrimea\t2\n"
                                     "K\tkiev\t1\n"
                                     "K\tkyiv\t1\n"
                                     "K\tukraine\t0\n");
  Result<std::shared_ptr<const Gazetteer>> g = Gazetteer::Load(path);
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  ASSERT_EQ((*g)->size(), 3u);
  auto [first, last] = (*g)->Candidates("kiev");
  ASSERT_EQ(last - first, 1);
  EXPECT_EQ((*g)->place(*first).name, "Kyiv");
  EXPECT_TRUE((*g)->place(*first).capital);
  EXPECT_EQ((*g)->place(*first).admin1, "Kyiv City");
  auto kyiv = (*g)->Candidates("kyiv");
  EXPECT_EQ(kyiv.second - kyiv.first, 1);
  const Place& crimea = (*g)->place(2);
  EXPECT_FALSE(crimea.has_coordinates);
  EXPECT_EQ(crimea.kind, PlaceKind::kRegion);
  EXPECT_EQ((*g)->Candidates("odesa").first, nullptr);
}

TEST(GazetteerTest, ErrorsNameFileAndLine) {
  const std::string path = WriteTemp("gaz_bad.tsv",
                                     "P\tcountry\tUkraine\tUKR\t\t49.0\t31.0\t40000000\t0\n"
                                     "P\tcity\tKyiv\tUKR\t\tnorth\t30.52\t2797553\t1\n");
  Result<std::shared_ptr<const Gazetteer>> g = Gazetteer::Load(path);
  ASSERT_FALSE(g.ok());
  EXPECT_NE(g.status().message().find("gaz_bad.tsv:2: bad coordinates"), std::string::npos)
      << g.status().ToString();

  const std::string alias =
      WriteTemp("gaz_alias.tsv", "P\tcountry\tUkraine\tUKR\t\t\t\t0\t0\nK\tkiev\t0,7\n");
  g = Gazetteer::Load(alias);
  ASSERT_FALSE(g.ok());
  EXPECT_NE(g.status().message().find(":2: 'kiev' names an unknown record '7'"), std::string::npos)
      << g.status().ToString();

  const std::string unsorted =
      WriteTemp("gaz_sort.tsv", "P\tcountry\tUkraine\tUKR\t\t\t\t0\t0\nK\tukraine\t0\nK\tkiev\t0\n");
  g = Gazetteer::Load(unsorted);
  ASSERT_FALSE(g.ok());
  EXPECT_NE(g.status().message().find(":3: index keys must be unique and sorted"), std::string::npos)
      << g.status().ToString();

  g = Gazetteer::Load(WriteTemp("gaz_kind.tsv", "P\tplanet\tMars\tMRS\t\t\t\t0\t0\n"));
  ASSERT_FALSE(g.ok());
  EXPECT_NE(g.status().message().find(":1: unknown place kind 'planet'"), std::string::npos);

  g = Gazetteer::Load(::testing::TempDir() + "does_not_exist.tsv");
  ASSERT_FALSE(g.ok());
  EXPECT_EQ(g.status().code(), StatusCode::kIOError);
}

TEST(GazetteerTest, IndexTextRoundTrips) {
  std::vector<Place> places(2);
  places[0].name = "Kyiv";
  places[0].country = "UKR";
  places[1].name = "São Paulo";
  places[1].country = "BRA";
  auto g = Gazetteer::FromPlaces(std::move(places), {{"Kiev", 0}, {"Sao Paulo", 1}});
  EXPECT_EQ(g->IndexText(), "K\tkiev\t0\nK\tkyiv\t0\nK\tsao paulo\t1\nK\tsão paulo\t1\n");
  EXPECT_EQ(g->max_name_words(), 2u);
}

TEST(GazetteerTest, SharedNamesKeepEveryCandidate) {
  std::vector<Place> places(2);
  places[0].name = "Paris";
  places[0].country = "FRA";
  places[1].name = "Paris";
  places[1].country = "USA";
  auto g = Gazetteer::FromPlaces(std::move(places), {});
  auto [first, last] = g->Candidates("paris");
  EXPECT_EQ(last - first, 2);
}

// The gazetteer generated at build time: present in every developer build (cmake/DyadPlaces.cmake).
TEST(GazetteerTest, DefaultGazetteerHasCountriesRegionsAndCities) {
  Result<std::shared_ptr<const Gazetteer>> g = Gazetteer::Load(DefaultGazetteerPath());
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  auto country = [&](std::string_view key, PlaceKind kind) {
    auto [first, last] = (*g)->Candidates(key);
    for (const uint32_t* c = first; c != last; ++c)
      if ((*g)->place(*c).kind == kind) return (*g)->place(*c).country;
    return std::string();
  };
  EXPECT_EQ(country("kazakhstan", PlaceKind::kCountry), "KAZ");
  EXPECT_EQ(country("united states", PlaceKind::kCountry), "USA");
  EXPECT_EQ(country("russia", PlaceKind::kCountry), "RUS");
  EXPECT_EQ(country("texas", PlaceKind::kRegion), "USA");
  EXPECT_GT((*g)->size(), 250u);
}

// Candidates() is a hash lookup: every key of the index (IndexText, in sorted order) must come back with
// exactly its own records, and a key with a byte more or less must not match it.
TEST(GazetteerTest, HashedIndexFindsEveryKeyAndNoOther) {
  Result<std::shared_ptr<const Gazetteer>> g = Gazetteer::Load(DefaultGazetteerPath());
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  const std::string index = (*g)->IndexText();
  size_t keys = 0;
  for (size_t at = 0; at < index.size();) {
    const size_t nl = index.find('\n', at);
    const std::string_view line(index.data() + at, nl - at);
    at = nl + 1;
    const size_t tab = line.find('\t', 2);
    const std::string key(line.substr(2, tab - 2));
    std::string listed;
    auto [first, last] = (*g)->Candidates(key);
    for (const uint32_t* c = first; c != last; ++c) listed += (c == first ? "" : ",") + std::to_string(*c);
    ASSERT_EQ(listed, line.substr(tab + 1)) << key;
    EXPECT_EQ((*g)->Candidates(key + "#").first, nullptr) << key;
    if (key.size() > 1) {  // a shorter key, when indexed, has records of its own
      const auto shorter = (*g)->Candidates(key.substr(0, key.size() - 1));
      if (shorter.first != nullptr) {
        EXPECT_NE(shorter.first, first) << key;
      }
    }
    ++keys;
  }
  EXPECT_GT(keys, 1000u);
  EXPECT_EQ((*g)->Candidates("").first, nullptr);
}

}  // namespace
}  // namespace dyad
