// LendDomesticCountry: a party named only by its sectors takes the country of the other party when the two
// are a challenger and that country's civil authority.
#include "coding/domestic_parties.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dyad {
namespace {

constexpr std::string_view kNoText = "";

EventActor Actor(std::string code, std::string country, std::vector<std::string> sectors) {
  EventActor a;
  a.code = std::move(code);
  a.country = std::move(country);
  a.sectors = std::move(sectors);
  return a;
}

TEST(DomesticParties, RebelsTakeTheCountryOfTheGovernmentTheyFight) {
  // "The main rebel group demanded that Gondor's government release its leaders."
  EventActor rebels = Actor("REB", "", {"REB"});
  LendDomesticCountry(Actor("GONGOV", "GON", {"GOV"}), kNoText, &rebels);
  EXPECT_EQ(rebels.code, "GONREB");
  EXPECT_EQ(rebels.country, "GON");
}

TEST(DomesticParties, AnUnknownPresidentTakesTheCountryOfTheOppositionHeYieldsTo) {
  // "President Bolger conceded to demands from the Gondorian opposition."
  EventActor president = Actor("GOV", "", {"GOV"});
  LendDomesticCountry(Actor("GONOPP", "GON", {"OPP"}), kNoText, &president);
  EXPECT_EQ(president.code, "GONGOV");
  // And a court that tries rebels of a country is that country's.
  EventActor court = Actor("JUD", "", {"JUD"});
  LendDomesticCountry(Actor("ARNREB", "ARN", {"REB"}), kNoText, &court);
  EXPECT_EQ(court.code, "ARNJUD");
}

TEST(DomesticParties, AGovernmentsWordOnRebelsMayBeAForeignOne) {
  // "The Gondorian government praised the opposition": perhaps another country's opposition.
  const EventActor gondor_government = Actor("GONGOV", "GON", {"GOV"});
  EventActor opposition = Actor("OPP", "", {"OPP"});
  LendDomesticCountry(gondor_government, kNoText, &opposition, "051", /*actor_is_target=*/true);
  EXPECT_EQ(opposition.code, "OPP");
  // "Gondorian police arrested opposition leaders": done at home.
  LendDomesticCountry(Actor("GONCOP", "GON", {"COP"}), kNoText, &opposition, "173", /*actor_is_target=*/true);
  EXPECT_EQ(opposition.code, "GONOPP");
  // The challenger as the source keeps the rule: "the rebels demanded that Gondor's government ...".
  EventActor rebels = Actor("REB", "", {"REB"});
  LendDomesticCountry(gondor_government, kNoText, &rebels, "100", /*actor_is_target=*/false);
  EXPECT_EQ(rebels.code, "GONREB");
}

TEST(DomesticParties, OtherPairsKeepTheirCodes) {
  const EventActor gondor_government = Actor("GONGOV", "GON", {"GOV"});
  // A president meeting or praising another government is often a foreign one.
  EventActor president = Actor("GOV", "", {"GOV"});
  LendDomesticCountry(gondor_government, kNoText, &president);
  EXPECT_EQ(president.code, "GOV");
  LendDomesticCountry(Actor("GON", "GON", {}), kNoText, &president);  // a bare country: no sectors to pair
  EXPECT_EQ(president.code, "GOV");
  LendDomesticCountry(Actor("GONELI", "GON", {"ELI"}), kNoText, &president);
  EXPECT_EQ(president.code, "GOV");
  // Troops fight rebels abroad ("troops killed Gondorian rebels").
  EventActor troops = Actor("MIL", "", {"MIL"});
  LendDomesticCountry(Actor("GONREB", "GON", {"REB"}), kNoText, &troops);
  EXPECT_EQ(troops.code, "MIL");
  // Rebels against rebels, and a rebel government, are no contest with the state.
  EventActor rebels = Actor("REB", "", {"REB"});
  LendDomesticCountry(Actor("GONOPP", "GON", {"OPP"}), kNoText, &rebels);
  EXPECT_EQ(rebels.code, "REB");
  LendDomesticCountry(Actor("GONGOVREB", "GON", {"GOV", "REB"}), kNoText, &rebels);
  EXPECT_EQ(rebels.code, "REB");
  // "Foreign militants" are by their own words not the country's.
  EventActor foreign_militants = Actor("REB", "", {"REB"});
  foreign_militants.text = "Foreign militants";
  LendDomesticCountry(gondor_government, kNoText, &foreign_militants);
  EXPECT_EQ(foreign_militants.code, "REB");
  const std::string story = "Gondor said foreign militants attacked the ministry.";
  EventActor militants = Actor("REB", "", {"REB"});
  militants.text = "militants";
  militants.start = static_cast<uint32_t>(story.find("militants"));
  militants.end = militants.start + 9;
  LendDomesticCountry(gondor_government, story, &militants);
  EXPECT_EQ(militants.code, "REB");
  EventActor local_militants = Actor("REB", "", {"REB"});
  local_militants.text = "militants in the forests";
  LendDomesticCountry(gondor_government, kNoText, &local_militants);
  EXPECT_EQ(local_militants.code, "GONREB");
  // An actor with a country, or an organisation's own code, keeps it.
  EventActor arnor_rebels = Actor("ARNREB", "ARN", {"REB"});
  LendDomesticCountry(gondor_government, kNoText, &arnor_rebels);
  EXPECT_EQ(arnor_rebels.code, "ARNREB");
  EventActor amnesty = Actor("NGOAMN", "", {"OPP"});
  LendDomesticCountry(gondor_government, kNoText, &amnesty);
  EXPECT_EQ(amnesty.code, "NGOAMN");
  EXPECT_TRUE(amnesty.country.empty());
}

}  // namespace
}  // namespace dyad
