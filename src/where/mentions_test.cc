#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dyad/where.h"

namespace dyad {
namespace {

Place MakePlace(PlaceKind kind, std::string name, std::string country, std::string admin1,
                uint64_t population, bool capital = false) {
  Place p;
  p.kind = kind;
  p.name = std::move(name);
  p.country = std::move(country);
  p.admin1 = std::move(admin1);
  p.population = population;
  p.capital = capital;
  p.has_coordinates = true;
  return p;
}

class MentionsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::vector<Place> p;
    p.push_back(MakePlace(PlaceKind::kCountry, "France", "FRA", "", 60000000));                // 0
    p.push_back(MakePlace(PlaceKind::kCountry, "United States", "USA", "", 300000000));        // 1
    p.push_back(MakePlace(PlaceKind::kRegion, "Texas", "USA", "", 25000000));                  // 2
    p.push_back(MakePlace(PlaceKind::kCity, "Paris", "FRA", "Ile-de-France", 2138551, true));  // 3
    p.push_back(MakePlace(PlaceKind::kCity, "Paris", "USA", "Texas", 25171));                  // 4
    p.push_back(MakePlace(PlaceKind::kCountry, "Ukraine", "UKR", "", 40000000));               // 5
    p.push_back(MakePlace(PlaceKind::kCity, "Kyiv", "UKR", "Kyiv City", 2797553, true));       // 6
    p.push_back(MakePlace(PlaceKind::kCountry, "Pakistan", "PAK", "", 200000000));             // 7
    p.push_back(MakePlace(PlaceKind::kCity, "Mingora", "PAK", "Khyber Pakhtunkhwa", 279914));  // 8
    p.push_back(MakePlace(PlaceKind::kCity, "Reading", "GBR", "England", 318014));             // 9
    p.push_back(MakePlace(PlaceKind::kCity, "Smalltown", "USA", "Texas", 4000));               // 10
    p.push_back(MakePlace(PlaceKind::kCountry, "Jordan", "JOR", "", 10000000));                // 11
    p.push_back(MakePlace(PlaceKind::kCity, "Washington, D.C.", "USA", "District of Columbia", 601723, true));
    p.push_back(MakePlace(PlaceKind::kRegion, "Washington", "USA", "", 7000000));  // 13
    p.push_back(MakePlace(PlaceKind::kCity, "Geneva", "CHE", "Geneva", 183981));   // 14
    p.push_back(MakePlace(PlaceKind::kCity, "Geneva", "USA", "Illinois", 21495));  // 15
    gazetteer_ = Gazetteer::FromPlaces(std::move(p), {{"kiev", 6}, {"u.s.", 1}, {"washington", 12}});
  }

  std::vector<PlaceMention> Find(std::string_view text) {
    std::vector<PlaceMention> out;
    FindPlaceMentions(*gazetteer_, text, &out);
    return out;
  }
  std::string Text(std::string_view text, const PlaceMention& m) {
    return std::string(text.substr(m.start, m.end - m.start));
  }

  std::shared_ptr<const Gazetteer> gazetteer_;
};

TEST_F(MentionsTest, LocativeCityResolvesToTheCapitalByDefault) {
  const std::string text = "The ministers met in Paris on Monday.";
  auto m = Find(text);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].place, 3u);
  EXPECT_TRUE(m[0].locative);
  EXPECT_EQ(Text(text, m[0]), "Paris");
}

TEST_F(MentionsTest, QualifierNarrowsToItsRegion) {
  const std::string text = "A tornado struck homes in Paris, Texas, on Friday.";
  auto m = Find(text);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].place, 4u);
  EXPECT_EQ(Text(text, m[0]), "Paris, Texas");
  Location loc = LocationFor(*gazetteer_, text, m[0]);
  EXPECT_EQ(loc.country, "USA");
  EXPECT_EQ(loc.admin1, "Texas");
  EXPECT_EQ(loc.precision, "city");
}

TEST_F(MentionsTest, CountriesNamedInTheTextSteerAmbiguousNames) {
  const std::string text = "Police in the United States said a fire broke out in Paris overnight.";
  auto m = Find(text);
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].place, 1u);
  // The text is about the United States, but a capital of 2 million still outweighs a town of 25,000.
  EXPECT_EQ(m[1].place, 3u);
}

TEST_F(MentionsTest, ACountryNamedOnceBesideOthersDoesNotSteer) {
  // Jordan and the United States, each named once: the parties, not the story's country.
  const std::string two = "Jordan and the United States held talks in Geneva.";
  auto m = Find(two);
  ASSERT_EQ(m.size(), 3u);
  EXPECT_EQ(m[2].place, 14u);
  // Named twice, the United States is the story's country.
  const std::string twice = "Jordan criticised the United States. In Geneva, the United States replied.";
  m = Find(twice);
  ASSERT_EQ(m.size(), 4u);
  EXPECT_EQ(m[2].place, 15u);
  // The only country a text names steers as before.
  m = Find("The United States held talks in Geneva.");
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[1].place, 15u);
}

TEST_F(MentionsTest, AliasesFillersAndDirections) {
  const std::string text = "Talks in Kiev followed shelling in eastern Ukraine.";
  auto m = Find(text);
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].place, 6u);
  EXPECT_EQ(Text(text, m[1]), "eastern Ukraine");
  EXPECT_EQ(LocationFor(*gazetteer_, text, m[1]).precision, "country");
}

TEST_F(MentionsTest, NationalityBeforeAPlaceNounIsAFiller) {
  const std::string text = "A bomb exploded outside the Pakistani city of Mingora on Sunday.";
  auto m = Find(text);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].place, 8u);
  EXPECT_TRUE(m[0].locative);
  // Without a place noun after it a capitalised word is no filler: "in Smith Mingora" is no locative.
  auto n = Find("Talks in Arnor Mingora ended.");
  for (const PlaceMention& mention : n) EXPECT_FALSE(mention.locative);
}

TEST_F(MentionsTest, WashingtonIsTheCapitalNotTheState) {
  const std::string text = "He arrived in Washington late on Tuesday.";
  auto m = Find(text);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].place, 12u);
}

TEST_F(MentionsTest, DatelineWithCountry) {
  const std::string text = "MINGORA, Pakistan (Reuters) - A bomb exploded.";
  auto m = Find(text);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].place, 8u);
  EXPECT_TRUE(m[0].dateline);
  EXPECT_EQ(Text(text, m[0]), "MINGORA, Pakistan");
}

TEST_F(MentionsTest, BareNamesNeedToBeCountriesOrLargeCities) {
  // A possessive country counts; a sentence-initial common word and a person's name do not; a small town
  // named without a locative is not taken.
  const std::string text =
      "Reading the report, Michael Jordan praised Pakistan's army and Smalltown schools.";
  auto m = Find(text);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].place, 7u);
  EXPECT_FALSE(m[0].locative);
  EXPECT_EQ(Text(text, m[0]), "Pakistan");  // the tokenizer splits off "'s"
}

TEST_F(MentionsTest, SmallTownAfterLocativeIsKept) {
  const std::string text = "Protesters gathered near Smalltown.";
  auto m = Find(text);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].place, 10u);
}

TEST_F(MentionsTest, LowerCaseWordsAreNotPlaces) {
  EXPECT_TRUE(Find("they went in reading glasses to paris").empty());
  EXPECT_TRUE(Find("").empty());
}

}  // namespace
}  // namespace dyad
