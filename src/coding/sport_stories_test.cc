#include "coding/sport_stories.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "coding/test_dictionary.h"
#include "dyad/text.h"

namespace dyad {
namespace {

bool Sport(const std::string& text) {
  std::vector<Token> tokens;
  Tokenize(text, &tokens);
  return coding_internal::IsSportStory(text, tokens);
}

constexpr char kMatchReport[] =
    "Ruritania beat Freedonia 3-1 in the World Cup qualifier on Saturday.\n\n"
    "The Ruritanian striker scored twice before half-time and the goalkeeper saved a penalty.\n\n"
    "Freedonia's coach said his squad would recover for the semi-final against Sylvania next season.\n\n"
    "Ruritania will meet Freedonia again in the tournament final.";

TEST(SportStories, AMatchReportIsSport) { EXPECT_TRUE(Sport(kMatchReport)); }

TEST(SportStories, PoliticsAndOtherGamesAreNot) {
  EXPECT_FALSE(
      Sport("Ruritania's prime minister met the president of Freedonia for talks on the border "
            "treaty. The government said the talks would continue after the election."));
  // Politics about sport: the ministers' words outweigh the sport's.
  EXPECT_FALSE(
      Sport("The justice minister warned football fans that sectarian chanting at league matches "
            "would be a crime. The government will bring a bill to parliament; police, the "
            "clubs and the opposition party back the law, and the minister said officials would "
            "ask the football authorities for talks."));
  // Video games and music players: "game" and "player" weigh nothing.
  EXPECT_FALSE(
      Sport("The game sold two million copies. Players of the game can race cars online, and the "
            "firm's new music player plays every game soundtrack."));
  // One sport word or two is no sport story: a leader's round of golf.
  EXPECT_FALSE(Sport("The president played golf with the prime minister before their talks."));
}

TEST(SportStories, MatchScoresCountAsSportWords) {
  EXPECT_TRUE(
      Sport("The top seed beat the Argentine 6-1 7-6 and will meet the champion in the final. "
            "She won 6-3 6-4 at the tournament last season."));
}

constexpr char kDictionary[] = R"(
country RUR : Ruritania | Ruritanian
country FRD : Freedonia | Freedonian
agent JUD : prosecutors
agent GOV : prime minister
verb 036 : meet +
verb 042 : tour of +
verb 173 : charge +
cameo 036 goldstein=4.0 : Express intent to meet or negotiate
cameo 042 goldstein=1.9 : Make a visit
cameo 173 goldstein=-5.0 : Arrest, detain, or charge with legal action
)";

TEST(SportStories, CountriesInASportStoryAreTeamsButInstitutionsActStill) {
  static std::shared_ptr<const Dictionary> dict = CompileTestDictionary(kDictionary);
  const std::string story =
      std::string(kMatchReport) + "\n\nRuritanian prosecutors charged Freedonia's captain with match-fixing.";
  // The meeting of the two teams is no event; the prosecutors' charge is (its target, the captain, is known
  // only by his country, but the act is an institution's).
  EXPECT_EQ(CodedTriples(dict, story, "2021-04-02"), std::vector<std::string>({"RURJUD 173 FRD"}));
  CoderOptions keep;
  keep.national_teams_in_sport = false;
  EXPECT_EQ(CodedTriples(dict, story, "2021-04-02", keep),
            std::vector<std::string>({"RUR 036 FRD", "RURJUD 173 FRD"}));
}

TEST(SportStories, OutsideSportCountriesAreStates) {
  static std::shared_ptr<const Dictionary> dict = CompileTestDictionary(kDictionary);
  EXPECT_EQ(CodedTriples(dict,
                         "Ruritania will meet Freedonia for talks on the border treaty, the government said. "
                         "The prime minister's tour of Freedonia starts on Monday.",
                         "2021-04-02"),
            std::vector<std::string>({"GOV 042 FRD", "RUR 036 FRD"}));
}

}  // namespace
}  // namespace dyad
