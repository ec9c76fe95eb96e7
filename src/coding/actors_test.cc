// Actor chunks (actors.cc) on a small dictionary written here: the quantity head of "thousands of X", country
// and sector noun with modifiers between them, and named actors in undated text.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "coding/test_dictionary.h"
#include "dyad/coder.h"

namespace dyad {
namespace {

// Yeltsin has two offices with one code; Atambayev's MIL period is invented, so that his ended offices
// disagree.
constexpr char kDictionary[] = R"(
country KAZ : Kazakhstan | Kazakh
country UZB : Uzbekistan | Uzbek
country RUS : Russia | Russian
country KGZ : Kyrgyzstan | Kyrgyz
country CHN : China | Chinese
country MLI : Mali
actor UZBGOV country=UZB sectors=GOV : Tashkent
actor KAZGOV country=KAZ sectors=GOV from=1991-12-16 to=2019-03-19 : Nursultan Nazarbayev | Nazarbayev
actor KAZELI country=KAZ sectors=ELI from=2019-03-20 to=2022-01-05 : Nursultan Nazarbayev | Nazarbayev
actor RUSGOV country=RUS sectors=GOV from=1991-07-10 to=1999-12-31 : Boris Yeltsin | Yeltsin
actor RUSGOV country=RUS sectors=GOV from=1990-05-29 to=1991-07-09 : Boris Yeltsin | Yeltsin
actor RUSELI country=RUS sectors=ELI from=2000-01-01 to=2007-04-23 : Boris Yeltsin | Yeltsin
actor KGZGOV country=KGZ sectors=GOV from=1990-10-27 to=2005-04-04 : Askar Akayev | Akayev
actor KGZELI country=KGZ sectors=ELI from=2005-04-05 : Askar Akayev | Akayev
actor KGZGOV country=KGZ sectors=GOV from=2010-12-17 to=2011-12-01 : Almazbek Atambayev | Atambayev
actor KGZGOV country=KGZ sectors=GOV from=2011-12-01 to=2017-11-24 : Almazbek Atambayev | Atambayev
actor KGZOPP country=KGZ sectors=OPP from=2017-11-25 to=2019-08-08 : Almazbek Atambayev | Atambayev
actor KGZMIL country=KGZ sectors=MIL from=1990-01-01 to=1991-01-01 : Almazbek Atambayev | Atambayev
actor KGZELI country=KGZ sectors=ELI from=2019-08-09 : Almazbek Atambayev | Atambayev
agent GOV : government | officials | diplomats | president
agent COP : police
agent REB : militants | militant | guerrillas
agent CVL : protesters | students
verb 040 : meet +
verb 051 : praise +
verb 111 : criticize +
verb 173 : arrest +
verb 190 : attack +
verb 174 : expel +
verb 201 : expel thousands of
verb 040 : have talks with +
cameo 040 goldstein=1.0 : Consult
cameo 051 goldstein=3.4 : Praise or endorse
cameo 111 goldstein=-2.0 : Criticize or denounce
cameo 173 goldstein=-5.0 : Arrest, detain
cameo 190 goldstein=-10.0 : Use conventional military force
cameo 174 goldstein=-5.0 : Expel or deport individuals
cameo 201 goldstein=-9.5 : Engage in mass expulsion
)";

std::vector<std::string> Triples(const std::string& text, const std::string& date = "2020-05-01") {
  static std::shared_ptr<const Dictionary> dict = CompileTestDictionary(kDictionary);
  return CodedTriples(dict, text, date);
}

using V = std::vector<std::string>;

// Without the quantity as the chunk's head the actor would be the object of "of" and never a subject.
TEST(ActorChunksTest, QuantityOfPeopleIsTheHeadOfTheActor) {
  EXPECT_EQ(Triples("Thousands of protesters attacked the police."), V{"CVL 190 COP"});
  EXPECT_EQ(Triples("Tens of thousands of Kazakh students attacked the police."), V{"KAZCVL 190 KAZCOP"});
  EXPECT_EQ(Triples("A group of Kazakh diplomats met Uzbekistan."), V{"KAZGOV 040 UZB"});
  EXPECT_EQ(Triples("Police arrested dozens of protesters."), V{"COP 173 CVL"});
  // A quantity word that a pattern uses stays with the pattern after its verb.
  EXPECT_EQ(Triples("Uzbekistan expelled thousands of Kazakh students."), V{"UZB 201 KAZCVL"});
  // Membership: a member of X, one of X (also over "the").
  EXPECT_EQ(Triples("A member of the Kazakh government, Foo Bar, attacked Uzbekistan."), V{"KAZGOV 190 UZB"});
  EXPECT_EQ(Triples("One of the Uzbek militants attacked Kazakhstan."), V{"UZBREB 190 KAZ"});
  EXPECT_EQ(Triples("Several of the Uzbek militants attacked Kazakhstan."), V{"UZBREB 190 KAZ"});
  // Only nouns of quantity and membership: "supporters of X" are not X.
  EXPECT_EQ(Triples("The capital of Uzbekistan praised Russia."), V{});
}

// Supporters and opponents of an actor are people of its country, not the actor, and the subject of what
// follows.
TEST(ActorChunksTest, AllegianceNounsHeadTheActorWithItsCountryAlone) {
  EXPECT_EQ(Triples("About 200 supporters of the Kazakh government attacked the police."),
            V{"KAZ 190 KAZCOP"});  // the police take the sentence's only country
  EXPECT_EQ(Triples("Opponents of President Nazarbayev attacked Uzbekistan.", "2010-01-01"),
            V{"KAZ 190 UZB"});
  EXPECT_EQ(Triples("Uzbekistan arrested supporters of the Kazakh government."), V{"UZB 173 KAZ"});
  // A state's noun names the state: its country.
  EXPECT_EQ(Triples("The republic of Uzbekistan criticized Russia on Monday."), V{"UZB 111 RUS"});
  // Without a country after "of" there is no actor to compose ("supporters of the plan").
  EXPECT_EQ(Triples("Supporters of the plan attacked the police."), V{});
  // As the suites' coders compose (sentence_country_sectors off, `dyad validate`): the actor stays the object
  // of "of", and the sentence has no subject.
  static std::shared_ptr<const Dictionary> dict = CompileTestDictionary(kDictionary);
  CoderOptions suites;
  suites.sentence_country_sectors = false;
  EXPECT_EQ(Triples("Supporters of the Kazakh government attacked Uzbekistan."), V{"KAZ 190 UZB"});
  EXPECT_EQ(
      CodedTriples(dict, "Supporters of the Kazakh government attacked Uzbekistan.", "2020-05-01", suites),
      V{});
}

TEST(ActorChunksTest, CountBelongsToTheActor) {
  EXPECT_EQ(Triples("Kazakhstan criticized 18 Uzbek militants."), V{"KAZ 111 UZBREB"});
  EXPECT_EQ(Triples("Kazakhstan criticized two Uzbek diplomats."), V{"KAZ 111 UZBGOV"});
  // A year is no count: the actor after it stays a subject.
  EXPECT_EQ(Triples("In 2004 Uzbek militants attacked Kazakhstan."), V{"UZBREB 190 KAZ"});
}

TEST(ActorChunksTest, ModifiersMayStandBetweenCountryAndSector) {
  EXPECT_EQ(Triples("Kazakh nationalist militants attacked Uzbekistan."), V{"KAZREB 190 UZB"});
  EXPECT_EQ(Triples("Uzbek very young nationalist guerrillas attacked Russia."),
            V{"REB 190 RUS"});  // too far
  // A verb between them is no modifier: the country is the subject, the sector noun the object (which takes
  // the sentence's only country, below).
  EXPECT_EQ(Triples("Kazakhstan praised militants."), V{"KAZ 051 KAZREB"});
  EXPECT_EQ(Triples("Kazakhstan has militants."), V{});
  // A sector noun takes the country after "of", "in" or "from".
  EXPECT_EQ(Triples("Militants from Uzbekistan attacked Kazakhstan."), V{"UZBREB 190 KAZ"});
  EXPECT_EQ(Triples("The government of Uzbekistan praised Russia."), V{"UZBGOV 051 RUS"});
  // ... and after "throughout" or "across" ("students throughout Indonesia staged protests").
  EXPECT_EQ(Triples("Students throughout Uzbekistan attacked the police."), V{"UZBCVL 190 UZBCOP"});
  EXPECT_EQ(Triples("Militants across Kyrgyzstan attacked Kazakhstan."), V{"KGZREB 190 KAZ"});
  // ... also with a collective noun heading the phrase ("opposition groups in Zimbabwe").
  EXPECT_EQ(Triples("Militant groups in Uzbekistan attacked Kazakhstan."), V{"UZBREB 190 KAZ"});
  // A capital after "in" lends its country, not its government's code; acting, it is the government.
  EXPECT_EQ(Triples("Protesters in Tashkent attacked Kazakhstan."), V{"UZBCVL 190 KAZ"});
  EXPECT_EQ(Triples("Tashkent criticized Kazakhstan."), V{"UZBGOV 111 KAZ"});
  // Capitalised words and prepositions do not bridge.
  EXPECT_EQ(Triples("Russia on Monday criticized police."), V{"RUS 111 RUSCOP"});
}

// A bare sector noun after the sentence's only country takes it; not before it, not with two countries, not a
// title with a name.
TEST(ActorChunksTest, BareSectorNounTakesTheSentencesOnlyCountry) {
  EXPECT_EQ(Triples("The Kazakh government arrested protesters."), V{"KAZGOV 173 KAZCVL"});
  EXPECT_EQ(Triples("Police arrested Kazakh students."), V{"COP 173 KAZCVL"});
  EXPECT_EQ(Triples("Kazakh police arrested students from Uzbekistan."), V{"KAZCOP 173 UZBCVL"});
  EXPECT_EQ(Triples("Kazakhstan criticized police in Uzbekistan."), V{"KAZ 111 UZBCOP"});
  EXPECT_EQ(Triples("Kazakhstan and Russia criticized the government."), (V{"KAZ 111 GOV", "RUS 111 GOV"}));
  EXPECT_EQ(Triples("Kazakh officials met President Tokayev."), V{"KAZGOV 040 GOV"});
}

// Undated text: a former leader whose ELI period is open is coded by the office; a name with no entry in
// force gives its country only (every entry of the name agrees on it); dated text follows the dates.
TEST(ActorChunksTest, ASectorWordAfterATitleAndANameIsTheSurname) {
  // Before, "Police" was an actor of its own after "Russian President Tom", and the verb's subject.
  EXPECT_EQ(Triples("Russian President Tom Police praised the Kazakh government."), V({"RUSGOV 051 KAZGOV"}));
  // Without a name between, the sector word is another actor.
  EXPECT_EQ(Triples("The Russian president met Kazakh police."), V({"RUSGOV 040 KAZCOP"}));
}

TEST(ActorChunksTest, UndatedTextPrefersAnOfficeToAnOpenFormerLeaderPeriod) {
  EXPECT_EQ(Triples("Askar Akayev criticized Russia.", ""), V{"KGZGOV 111 RUS"});
  EXPECT_EQ(Triples("Askar Akayev criticized Russia.", "2020-01-01"), V{"KGZELI 111 RUS"});
  EXPECT_EQ(Triples("Nazarbayev criticized Russia.", ""), V{"KAZ 111 RUS"});
  EXPECT_EQ(Triples("Boris Yeltsin criticized Kazakhstan.", ""), V{"RUS 111 KAZ"});
  EXPECT_EQ(Triples("Nazarbayev criticized Russia.", "2010-01-01"), V{"KAZGOV 111 RUS"});
  // Ended offices with different codes: no guess; the entry in force holds.
  EXPECT_EQ(Triples("Almazbek Atambayev criticized Russia.", ""), V{"KGZELI 111 RUS"});
}

// A name none of whose entries holds on the date is still its country's: alone the country, with a title or
// an institution of its own the country and that sector ("President Obama" in 2000 is USAGOV).
TEST(ActorChunksTest, NameOutsideItsPeriodsKeepsItsCountry) {
  EXPECT_EQ(Triples("Nazarbayev criticized Russia.", "2024-01-01"), V{"KAZ 111 RUS"});
  EXPECT_EQ(Triples("Nazarbayev criticized Russia.", "1980-01-01"), V{"KAZ 111 RUS"});
  EXPECT_EQ(Triples("President Nursultan Nazarbayev criticized Russia.", "1980-01-01"), V{"KAZGOV 111 RUS"});
  EXPECT_EQ(Triples("Russia criticized the Nazarbayev government.", "1980-01-01"), V{"RUS 111 KAZGOV"});
  // The country is the person's, not the sentence's: a bare sector noun after it takes no country from it.
  EXPECT_EQ(Triples("Nazarbayev praised militants.", "1980-01-01"), V{"KAZ 051 REB"});
  // An apposition after another actor names that actor: the earlier chunk, with its sector, stays the
  // subject.
  EXPECT_EQ(Triples("Kazakh police in Uzbekistan, Nursultan Nazarbayev, attacked Russia.", "1980-01-01"),
            V{"KAZCOP 190 RUS"});
}

// A conjunct may open with articles and modifiers ("and the evil awful Gondor"); a pattern word between the
// actors is a verb: "and then attacked" joins no second subject.
TEST(ActorGroupsTest, ArticlesAndModifiersOpenAConjunct) {
  EXPECT_EQ(Triples("Kazakhstan and the neighbouring Uzbekistan attacked Russia."),
            (V{"KAZ 190 RUS", "UZB 190 RUS"}));
  EXPECT_EQ(Triples("Troubled Kazakhstan, the awful Kyrgyzstan, and proud Uzbekistan attacked Russia."),
            (V{"KAZ 190 RUS", "KGZ 190 RUS", "UZB 190 RUS"}));
  EXPECT_EQ(Triples("Kazakhstan and then attacked Uzbekistan."), V{"KAZ 190 UZB"});
  // A comma with an article alone is an apposition, no list: the first actor stays the subject.
  EXPECT_EQ(Triples("Nazarbayev, the Kazakh president, criticized Uzbekistan.", "2010-01-01"),
            V{"KAZGOV 111 UZB"});
}

// An agent before the first of coordinated countries is each country's; TABARI's suite reading keeps it with
// its own country (CoderOptions::distribute_agents).
TEST(ActorGroupsTest, AnAgentBeforeCoordinatedCountriesIsEachCountrys) {
  EXPECT_EQ(Triples("Militants from Uzbekistan and Kyrgyzstan attacked Kazakhstan."),
            (V{"KGZREB 190 KAZ", "UZBREB 190 KAZ"}));
  EXPECT_EQ(Triples("The government of Uzbekistan, Kyrgyzstan and Russia criticized Kazakhstan."),
            (V{"KGZGOV 111 KAZ", "RUSGOV 111 KAZ", "UZBGOV 111 KAZ"}));
  // A named actor or a country with its own agent keeps its own code.
  EXPECT_EQ(Triples("Militants from Uzbekistan and Russian police attacked Kazakhstan."),
            (V{"RUSCOP 190 KAZ", "UZBREB 190 KAZ"}));
  static std::shared_ptr<const Dictionary> dict = CompileTestDictionary(kDictionary);
  CoderOptions tabari;
  tabari.distribute_agents = false;
  EXPECT_EQ(CodedTriples(dict, "Militants from Uzbekistan and Kyrgyzstan attacked Kazakhstan.", "2020-05-01",
                         tabari),
            (V{"KGZ 190 KAZ", "UZBREB 190 KAZ"}));
}

// Bare agents before "agent in/of/from country" take its country, and the bare countries after it its agent;
// a country adjective before a list of bare sector nouns is each noun's. Not across an article ("and the
// militants" may be anyone's), nor with TABARI's reading (distribute_agents off).
TEST(ActorGroupsTest, AgentsAndCountriesAcrossACompound) {
  EXPECT_EQ(Triples("Police and militants in Uzbekistan and Kyrgyzstan attacked Kazakhstan."),
            (V{"KGZREB 190 KAZ", "UZBCOP 190 KAZ", "UZBREB 190 KAZ"}));
  EXPECT_EQ(Triples("Russian police and militants attacked Kazakhstan."),
            (V{"RUSCOP 190 KAZ", "RUSREB 190 KAZ"}));
  EXPECT_EQ(Triples("Russian police, students and militants attacked Kazakhstan."),
            (V{"RUSCOP 190 KAZ", "RUSCVL 190 KAZ", "RUSREB 190 KAZ"}));
  EXPECT_EQ(Triples("Russian police and the militants attacked Kazakhstan."),
            (V{"REB 190 KAZ", "RUSCOP 190 KAZ"}));
  EXPECT_EQ(Triples("Russian police and Uzbek militants attacked Kazakhstan."),
            (V{"RUSCOP 190 KAZ", "UZBREB 190 KAZ"}));
  static std::shared_ptr<const Dictionary> dict = CompileTestDictionary(kDictionary);
  CoderOptions tabari;
  tabari.distribute_agents = false;
  EXPECT_EQ(CodedTriples(dict, "Russian police and militants attacked Kazakhstan.", "2020-05-01", tabari),
            (V{"REB 190 KAZ", "RUSCOP 190 KAZ"}));
}

// Country adjectives coordinated before "adjective + sector noun" share the noun; a country's name there is
// the country itself, and TABARI's reading (distribute_agents off) keeps the bare adjective.
TEST(ActorGroupsTest, CoordinatedCountryAdjectivesShareTheSectorNoun) {
  EXPECT_EQ(Triples("Chinese and Russian militants attacked Kazakhstan."),
            (V{"CHNREB 190 KAZ", "RUSREB 190 KAZ"}));
  EXPECT_EQ(Triples("China and Russian militants attacked Kazakhstan."),
            (V{"CHN 190 KAZ", "RUSREB 190 KAZ"}));
  EXPECT_EQ(Triples("Kazakhstan criticized Chinese and Russian students."),
            (V{"KAZ 111 CHNCVL", "KAZ 111 RUSCVL"}));
  static std::shared_ptr<const Dictionary> dict = CompileTestDictionary(kDictionary);
  CoderOptions tabari;
  tabari.distribute_agents = false;
  EXPECT_EQ(CodedTriples(dict, "Chinese and Russian militants attacked Kazakhstan.", "2020-05-01", tabari),
            (V{"CHN 190 KAZ", "RUSREB 190 KAZ"}));
}

// An agent takes the country after "in", "of" or "from" also over one modifier of the country, but not over
// a word a verb pattern uses or two modifiers.
TEST(ActorChunksTest, AgentTakesTheCountryAfterAPrepositionAndAModifier) {
  EXPECT_EQ(Triples("Militants in northern Mali attacked Kazakhstan."), V{"MLIREB 190 KAZ"});
  EXPECT_EQ(Triples("Kazakhstan met students from war-torn Mali."), V{"KAZ 040 MLICVL"});
  EXPECT_EQ(Triples("Kazakhstan met students from the impoverished Mali."), V{"KAZ 040 MLICVL"});
  EXPECT_EQ(Triples("Kazakhstan met students from poor rural Mali."), V{"KAZ 040 CVL"});
}

// A possessor composes with a sector noun over up to two modifiers; TABARI's reading (possessive_modifiers
// off) only with the noun right after the "'s".
TEST(ActorChunksTest, PossessorAndSectorNounOverModifiers) {
  EXPECT_EQ(Triples("Kazakhstan's interim government criticized Uzbekistan."), V{"KAZGOV 111 UZB"});
  EXPECT_EQ(Triples("Kazakhstan's government criticized Uzbekistan."), V{"KAZGOV 111 UZB"});
  static std::shared_ptr<const Dictionary> dict = CompileTestDictionary(kDictionary);
  CoderOptions tabari;
  tabari.possessive_modifiers = false;
  tabari.first_verb_per_clause = true;
  tabari.sentence_country_sectors = false;  // as `dyad validate` codes every suite
  EXPECT_EQ(
      CodedTriples(dict, "Kazakhstan's interim government criticized Uzbekistan.", "2020-05-01", tabari),
      V{"KAZ 111 UZB"});
  EXPECT_EQ(CodedTriples(dict, "Kazakhstan's government criticized Uzbekistan.", "2020-05-01", tabari),
            V{"KAZGOV 111 UZB"});
}

// Two lower-case modifiers that "and" joins stand between a possessor and its sector noun as two modifiers
// do; not across a capitalised word, and not in TABARI's reading (the sector noun is an actor of its own).
TEST(ActorChunksTest, PossessorOverModifiersJoinedByAnd) {
  EXPECT_EQ(Triples("Kazakhstan's proud and powerful police attacked Uzbekistan."), V{"KAZCOP 190 UZB"});
  EXPECT_EQ(Triples("Kazakhstan's proud and Russian police attacked Uzbekistan."), V{"RUSCOP 190 UZB"});
  static std::shared_ptr<const Dictionary> dict = CompileTestDictionary(kDictionary);
  CoderOptions tabari;
  tabari.possessive_modifiers = false;
  EXPECT_EQ(
      CodedTriples(dict, "Kazakhstan's proud and powerful police attacked Uzbekistan.", "2020-05-01", tabari),
      V{"COP 190 UZB"});
}

// A possessor's title over a known name: news coding keeps the person's own code; with possessor_names (the
// PETRARCH suites) the possessor's institution is the actor. Without a possessor the name keeps its code.
TEST(ActorChunksTest, PossessorsTitleOverANameUnderTheOption) {
  static std::shared_ptr<const Dictionary> dict = CompileTestDictionary(kDictionary);
  const std::string text = "Uzbekistan's president Yeltsin criticized Kazakhstan.";
  EXPECT_EQ(CodedTriples(dict, text, "1995-05-01"), V{"RUSGOV 111 KAZ"});
  CoderOptions petrarch;
  petrarch.possessor_names = true;
  EXPECT_EQ(CodedTriples(dict, text, "1995-05-01", petrarch), V{"UZBGOV 111 KAZ"});
  EXPECT_EQ(CodedTriples(dict, "Uzbekistan's proud and powerful president Yeltsin criticized Kazakhstan.",
                         "1995-05-01", petrarch),
            V{"UZBGOV 111 KAZ"});
  EXPECT_EQ(CodedTriples(dict, "President Yeltsin criticized Kazakhstan.", "1995-05-01", petrarch),
            V{"RUSGOV 111 KAZ"});
}

// TABARI's actor names whose words stand apart (CoderOptions::name_gaps, actor_names.h): up to two words
// between a name's words, '_' written inside a word between them; no possessive, conjunction, verb or actor
// in the gap, and nothing of this without the option.
constexpr char kGapDictionary[] = R"(
country KAZ : Kazakhstan
country UZB : Uzbekistan
actor KAZMED country=KAZ sectors=MED : Kazakhstan television
actor MRS : Lord Marshal
verb 111 : criticize +
cameo 111 goldstein=-2.0 : Criticize or denounce
)";

TEST(ActorNamesTest, NameWordsMayStandApartUnderTheOption) {
  static std::shared_ptr<const Dictionary> dict = CompileTestDictionary(kGapDictionary);
  CoderOptions gaps;
  gaps.name_gaps = true;
  auto coded = [&](const std::string& text, const CoderOptions& options) {
    return CodedTriples(dict, text, "2020-05-01", options);
  };
  EXPECT_EQ(coded("Kazakhstan state-run television criticized Uzbekistan.", gaps), V{"KAZMED 111 UZB"});
  EXPECT_EQ(coded("Kazakhstan official state-run television criticized Uzbekistan.", gaps),
            V{"KAZMED 111 UZB"});
  EXPECT_EQ(coded("The Lord High Marshal criticized Uzbekistan.", gaps), V{"MRS 111 UZB"});
  EXPECT_EQ(coded("The Lord_Marshal criticized Uzbekistan.", gaps), V{"MRS 111 UZB"});
  EXPECT_EQ(coded("The Lord of_Marshal criticized Uzbekistan.", gaps), V{"MRS 111 UZB"});
  // Not across three words, a possessive, a conjunction, a verb or another actor.
  auto no_media = [](const std::vector<std::string>& triples) {
    return std::none_of(triples.begin(), triples.end(),
                        [](const std::string& t) { return t.starts_with("KAZMED"); });
  };
  EXPECT_TRUE(no_media(coded("Kazakhstan new official state-run television criticized Uzbekistan.", gaps)));
  EXPECT_TRUE(no_media(coded("Kazakhstan's television criticized Uzbekistan.", gaps)));
  EXPECT_TRUE(no_media(coded("Kazakhstan and television criticized Uzbekistan.", gaps)));
  EXPECT_TRUE(no_media(coded("Kazakhstan criticized television.", gaps)));
  EXPECT_TRUE(no_media(coded("Kazakhstan Uzbekistan television criticized Uzbekistan.", gaps)));
  // News coding matches names word by word.
  EXPECT_TRUE(no_media(coded("Kazakhstan state-run television criticized Uzbekistan.", {})));
  const V news = coded("The Lord_Marshal criticized Uzbekistan.", {});
  EXPECT_TRUE(
      std::none_of(news.begin(), news.end(), [](const std::string& t) { return t.starts_with("MRS"); }));
}

// A sentence written in capitals (an old wire, a shouted headline): case tells nothing, so an acronym that
// is also an English word is read as the word, and a title's name run does not take the verb before it.
TEST(ActorChunksTest, SentenceInCapitalsReadsOrdinaryWordsAsWords) {
  static std::shared_ptr<const Dictionary> dict = CompileTestDictionary(R"(
country KAZ : Kazakhstan | Kazakh
country UZB : Uzbekistan | Uzbek
country RUS : Russia
actor KAZGOV country=KAZ sectors=GOV : Tokayev
actor UZBGOV country=UZB sectors=GOV : Mirziyoyev
actor IGOWHO sectors=IGO : World Health Organization | WHO
actor KAZREB country=KAZ sectors=REB : Free Steppe Army
agent GOV : president
verb 040 : meet +
verb 042 : visit +
verb 111 : criticize +
verb 084 : free +
cameo 040 goldstein=1.0 : Consult
cameo 042 goldstein=1.9 : Make a visit
cameo 111 goldstein=-2.0 : Criticize or denounce
cameo 084 goldstein=7.0 : Return, release
)");
  auto coded = [&](const std::string& text) { return CodedTriples(dict, text, "2020-05-01"); };
  auto has = [](const V& triples, const std::string& triple) {
    return std::find(triples.begin(), triples.end(), triple) != triples.end();
  };
  auto names_who = [](const V& triples) {
    return std::any_of(triples.begin(), triples.end(),
                       [](const std::string& t) { return t.find("IGOWHO") != std::string::npos; });
  };
  // Mixed case: "who" is the pronoun, the meeting is coded.
  const V mixed = coded("President Tokayev, who will also visit Russia, met President Mirziyoyev.");
  EXPECT_TRUE(has(mixed, "KAZGOV 040 UZBGOV"));
  EXPECT_FALSE(names_who(mixed));
  // The same in capitals: "WHO" is still the pronoun and "MET" still the verb.
  const V caps = coded("PRESIDENT TOKAYEV, WHO WILL ALSO VISIT RUSSIA, MET PRESIDENT MIRZIYOYEV.");
  EXPECT_TRUE(has(caps, "KAZGOV 040 UZBGOV"));
  EXPECT_FALSE(names_who(caps));
  // After an article the word is a name again, and in mixed case the acronym is the organisation.
  EXPECT_TRUE(names_who(coded("THE WHO CRITICIZED KAZAKHSTAN OVER ITS HOSPITALS.")));
  EXPECT_TRUE(names_who(coded("The WHO criticized Kazakhstan over its hospitals.")));
  // A name of several words matches whatever its words are elsewhere ("FREE" is a verb-pattern word).
  EXPECT_TRUE(has(coded("THE FREE STEPPE ARMY CRITICIZED UZBEKISTAN YESTERDAY."), "KAZREB 111 UZB"));
  // One capitalised word in a mixed-case sentence changes nothing ("WHO" there is the organisation).
  EXPECT_TRUE(names_who(coded("Kazakhstan met WHO officials in Astana on Monday.")));
}

// An agent marked compose=before (TABARI's "[NGM~]") puts its code before the country's, whether the country
// comes before it, after it, or after "in"; other agents keep theirs after it.
TEST(ActorChunksTest, AgentCodeBeforeTheCountryWhereTheEntrySaysSo) {
  static std::shared_ptr<const Dictionary> dict = CompileTestDictionary(R"(
country ARN : Arnor | Arnorian
country GON : Gondor
agent NGM compose=before : rights activists | rights activist
agent COP : police
verb 040 : meet +
cameo 040 goldstein=1.0 : Consult
)");
  auto triples = [&](const std::string& text) { return CodedTriples(dict, text, "2020-05-01"); };
  EXPECT_EQ(triples("Arnorian rights activists met Gondor police."), V{"NGMARN 040 GONCOP"});
  EXPECT_EQ(triples("Rights activists in Arnor met the police of Gondor."), V{"NGMARN 040 GONCOP"});
  // With no country the agent's code stands alone.
  EXPECT_EQ(triples("Rights activists met the police."), V{"NGM 040 COP"});
}

}  // namespace
}  // namespace dyad
