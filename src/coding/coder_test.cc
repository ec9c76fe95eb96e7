// The coding grammar on a small dictionary written here, independent of the default dictionaries.
#include "dyad/coder.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "coding/test_dictionary.h"
#include "dyad/where.h"

namespace dyad {
namespace {

constexpr char kDictionary[] = R"(
country KAZ : Kazakhstan | Kazakh | Kazakhstani
country USA : United States | U.S. | US | American
country UZB : Uzbekistan | Uzbek
country RUS : Russia | Russian
country CHN : China | Chinese
country TUR : Turkey | Turkish
actor USAGOV country=USA sectors=GOV : Washington | White House
actor KAZGOV country=KAZ sectors=GOV from=2019-03-20 : Kassym-Jomart Tokayev | Tokayev
actor KAZELI country=KAZ sectors=ELI to=2019-03-19 : Kassym-Jomart Tokayev | Tokayev
actor IGOUNO sectors=IGO : United Nations | UN
actor TUR country=TUR : Mevlut Cavusoglu | Cavusoglu
agent GOV : government | foreign minister | minister | president | secretary of state | officials
agent COP : police | riot police
agent CVL : protesters | demonstrators | supporters
agent OPP : opposition
agent MED : journalists
verb 040 : hold talks with + | meet + | meet with + | hold talks | talks with +
verb 042 : visit +
verb 051 : praise +
verb 057 : sign agreement
verb 111 : criticize + | condemn +
verb 112 : accuse + of
verb 173 : arrest + | detain +
verb 190 : attack + | attack on +
verb 130 : threaten
verb 100 : demand that
verb 070 : aid to +
verb 193 : open fire
verb 1823 : kill +
verb 030 : pledge | agree to
verb 012 : express concern | express concern to +
discard - : football match
cameo 040 goldstein=1.0 : Consult
cameo 012 goldstein=-0.4 : Make pessimistic comment
cameo 042 goldstein=1.9 : Make a visit
cameo 051 goldstein=3.4 : Praise or endorse
cameo 057 goldstein=8.0 : Sign formal agreement
cameo 112 goldstein=-2.0 : Accuse
cameo 173 goldstein=-5.0 : Arrest, detain
cameo 190 goldstein=-10.0 : Use conventional military force
cameo 030 goldstein=4.0 plover=AGREE context=diplomatic : Express intent to cooperate
cameo 036 goldstein=4.0 plover=AGREE context=diplomatic : Express intent to meet or negotiate
cameo 111 goldstein=-2.0 plover=ACCUSE : Criticize or denounce
cameo 1823 goldstein=-10.0 plover=ASSAULT : Kill by physical assault
cameo 100 goldstein=-5.0 plover=REQUEST : Demand
cameo 070 goldstein=7.0 plover=AID : Provide aid
cameo 193 goldstein=-10.0 plover=ASSAULT : Fight with small arms and light weapons
cameo 033 goldstein=5.2 plover=AGREE : Express intent to provide material aid
cameo 106 goldstein=-5.0 plover=REQUEST mode=meet : Demand meeting, negotiation
cameo 130 goldstein=-4.4 plover=THREATEN : Threaten
cameo 138 goldstein=-7.0 plover=THREATEN mode=violence context=military : Threaten with military force
)";

class CoderTest : public ::testing::Test {
 protected:
  static std::shared_ptr<const Dictionary> dict() {
    static std::shared_ptr<const Dictionary> d = CompileTestDictionary(kDictionary);
    return d;
  }

  std::vector<Event> CodeText(const std::string& text, const std::string& date = "2020-05-01") {
    Document doc;
    doc.id = "t";
    doc.text = text;
    doc.date = date;
    Coder coder(dict(), CoderOptions{.explain = true});
    std::vector<Event> events;
    coder.CodeDocument(doc, &events);
    return events;
  }

  std::vector<std::string> Triples(const std::string& text, const std::string& date = "2020-05-01") {
    return SortedTriples(CodeText(text, date));
  }
};

using V = std::vector<std::string>;

// A statement a pattern names is its speaker's act without an addressee (empty target); an addressee the
// pattern names is the target. `dyad validate` turns the first off (CoderOptions::targetless_statements).
TEST_F(CoderTest, StatementsNeedNoTarget) {
  EXPECT_EQ(Triples("The Kazakh government expressed concern about the floods."), V{"KAZGOV 012 "});
  EXPECT_EQ(Triples("The Kazakh government expressed concern to Russia."), V{"KAZGOV 012 RUS"});
  EXPECT_EQ(Triples("The Kazakh government did not express concern."), V{});
  CoderOptions off;
  off.targetless_statements = false;
  EXPECT_EQ(
      CodedTriples(dict(), "The Kazakh government expressed concern about the floods.", "2020-05-01", off),
      V{});
}

// TABARI's SET: CODE ALL (CoderOptions::code_all_verbs, suites only): under the one-verb-per-clause rule the
// verbs after a sentence's first act are coded too, with that act's actors; without it they are not, and
// news coding (neither option) reads each verb's own actors.
TEST_F(CoderTest, CodeAllGivesLaterVerbsTheFirstActsActors) {
  const std::string text = "Kazakhstan praised Uzbekistan and signed an agreement on Monday.";
  CoderOptions clause;
  clause.first_verb_per_clause = true;
  EXPECT_EQ(CodedTriples(dict(), text, "2020-05-01", clause), V{"KAZ 051 UZB"});
  CoderOptions all = clause;
  all.code_all_verbs = true;
  EXPECT_EQ(CodedTriples(dict(), text, "2020-05-01", all), (V{"KAZ 051 UZB", "KAZ 057 UZB"}));
  // Each source of the first act gives one event per later verb; an act already coded is not repeated.
  EXPECT_EQ(CodedTriples(dict(),
                         "Kazakhstan and Turkey praised Uzbekistan and signed an agreement and signed "
                         "an agreement again.",
                         "2020-05-01", all),
            (V{"KAZ 051 UZB", "KAZ 057 UZB", "TUR 051 UZB", "TUR 057 UZB"}));
  // Without the one-verb rule the option does nothing.
  CoderOptions alone;
  alone.code_all_verbs = true;
  EXPECT_EQ(CodedTriples(dict(), text, "2020-05-01", alone), V{"KAZ 051 UZB"});
}

// TABARI's conjoined clauses under its one-verb-per-clause reading (CoderOptions::first_verb_per_clause): a
// verb right after "and" is a clause of its own with the previous verb's source; a clause with its own
// subject seeks its source after the conjunction, not after the previous verb.
TEST_F(CoderTest, ConjoinedClausesUnderTheOneVerbRule) {
  CoderOptions clause;
  clause.first_verb_per_clause = true;
  EXPECT_EQ(CodedTriples(dict(), "Kazakhstan criticized Russia on Monday and praised Uzbekistan.",
                         "2020-05-01", clause),
            (V{"KAZ 051 UZB", "KAZ 111 RUS"}));
  EXPECT_EQ(CodedTriples(dict(), "Kazakhstan criticized Russia on Monday and Turkey praised Uzbekistan.",
                         "2020-05-01", clause),
            (V{"KAZ 111 RUS", "TUR 051 UZB"}));
  // A verb after other words is no new clause: the one-verb rule keeps the first.
  EXPECT_EQ(
      CodedTriples(dict(), "Kazakhstan criticized Russia after it praised Uzbekistan.", "2020-05-01", clause),
      (V{"KAZ 111 RUS"}));
}

TEST_F(CoderTest, TitlesComposeWithCountriesAndNames) {
  EXPECT_EQ(Triples("Kazakh Foreign Minister Beibut Atamkulov held talks with U.S. Secretary of State Mike "
                    "Pompeo in Washington."),
            V{"KAZGOV 040 USAGOV"});
}

// The dictionary spells the name "Tokayev" only; romanisations and the Cyrillic original meet it through the
// loose name keys, and the office it names still follows the event date.
TEST_F(CoderTest, NameSpellingsMeetTheDictionarysEntry) {
  EXPECT_EQ(Triples("President Toqaev praised Uzbekistan."), V{"KAZGOV 051 UZB"});
  EXPECT_EQ(Triples("Tokaev criticized Russia on Monday."), V{"KAZGOV 111 RUS"});
  EXPECT_EQ(Triples("\u0422\u043e\u043a\u0430\u0435\u0432 met the Chinese foreign minister."),
            V{"KAZGOV 040 CHNGOV"});
  EXPECT_EQ(Triples("Toqaev praised Uzbekistan.", "2015-01-01"), V{"KAZELI 051 UZB"});
  // Capitalised words that are no name stay unknown.
  EXPECT_EQ(Triples("Tomorrow praised Uzbekistan."), V{});
}

// A person the dictionary knows only by country takes the sector of the title the text gives them.
TEST_F(CoderTest, TitleGivesANamedActorWithoutSectorsItsSector) {
  EXPECT_EQ(Triples("Turkish Foreign Minister Mevlut Cavusoglu criticized Russia."), V{"TURGOV 111 RUS"});
  EXPECT_EQ(Triples("Cavusoglu criticized Russia."), V{"TUR 111 RUS"});
  EXPECT_EQ(Triples("Kassym-Jomart Tokayev criticized Russia."), V{"KAZGOV 111 RUS"});
}

TEST_F(CoderTest, EvidenceSpansPointIntoTheText) {
  std::string text = "Kazakhstan's foreign minister praised Uzbekistan.";
  auto events = CodeText(text);
  ASSERT_EQ(events.size(), 1u);
  const Event& e = events[0];
  EXPECT_EQ(e.source.code, "KAZGOV");
  EXPECT_EQ(e.source.country, "KAZ");
  EXPECT_EQ(e.source.sectors, V{"GOV"});
  EXPECT_EQ(e.source.text, "Kazakhstan's foreign minister");
  EXPECT_EQ(text.substr(e.source.start, e.source.end - e.source.start), e.source.text);
  EXPECT_EQ(e.target.code, "UZB");
  EXPECT_EQ(e.trigger, "praised");
  EXPECT_EQ(text.substr(e.trigger_start, e.trigger_end - e.trigger_start), "praised");
  EXPECT_EQ(e.root, "05");
  EXPECT_EQ(e.quad_class, 1);
  EXPECT_DOUBLE_EQ(e.goldstein, 3.4);
  EXPECT_EQ(e.date, "2020-05-01");
  EXPECT_NE(e.rule.find("test.txt:"), std::string::npos) << e.rule;
}

TEST_F(CoderTest, TypographicApostropheIsAPossessive) {
  EXPECT_EQ(Triples("Kazakhstan\u2019s foreign minister praised Uzbekistan."), V{"KAZGOV 051 UZB"});
}

TEST_F(CoderTest, UnmarkedCivilianSectorDoesNotOverrideASpecificOne) {
  EXPECT_EQ(Triples("Kazakh police detained opposition supporters."), V{"KAZCOP 173 KAZOPP"});
  EXPECT_EQ(Triples("Kazakh police detained supporters."), V{"KAZCOP 173 KAZCVL"});
}

TEST_F(CoderTest, EventsCarryTheirOwnDate) {
  auto events = CodeText("Russia attacked Turkey on July 1-2, officials said on Saturday.", "2019-07-20");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].date, "2019-07-01");
  EXPECT_EQ(events[0].date_precision, "range");
  EXPECT_EQ(events[0].date_text, "July 1-2");
  events = CodeText("Russia condemned Turkey last month.", "2019-07-20");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].date, "2019-06-01");
  EXPECT_EQ(events[0].date_precision, "month");
  events = CodeText("Russia condemned Turkey.", "2019-07-20");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].date, "2019-07-20");
  EXPECT_EQ(events[0].date_precision, "document");
  EXPECT_EQ(events[0].date_text, "");
}

TEST_F(CoderTest, UndatedRepeatTakesTheDateOfTheDatedMention) {
  auto events = CodeText("Russia condemns Turkey\n\nRussia condemned Turkey on Tuesday.", "2019-07-20");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].sentence_index, 0u);
  EXPECT_EQ(events[0].date, "2019-07-16");
  EXPECT_EQ(events[0].date_precision, "day");
}

TEST_F(CoderTest, AgentOfCountryComposes) {
  EXPECT_EQ(Triples("The president of Kazakhstan criticized Russia."), V{"KAZGOV 111 RUS"});
  EXPECT_EQ(Triples("Police in Kazakhstan detained journalists."), V{"KAZCOP 173 KAZMED"});
  // A possessive country reaches over two modifiers to its sector noun.
  EXPECT_EQ(Triples("Turkey's interim government criticized Russia."), V{"TURGOV 111 RUS"});
}

TEST_F(CoderTest, PassiveVoiceSwapsRoles) {
  EXPECT_EQ(Triples("Several Kazakh journalists were detained by Turkish police on Monday."),
            V{"TURCOP 173 KAZMED"});
  EXPECT_EQ(Triples("Protesters were reportedly arrested by police."), V{"COP 173 CVL"});
}

TEST_F(CoderTest, PassiveWithoutAgentCodesNothing) {
  EXPECT_EQ(Triples("Kazakh protesters were criticized on Monday."), V{});
  // Except an arrest, whose unnamed agent is an authority: an empty source (police_roles_test.cc).
  EXPECT_EQ(Triples("Kazakh protesters were detained on Monday."), V{" 173 KAZCVL"});
}

TEST_F(CoderTest, UnnamedPeopleAreCivilians) {
  EXPECT_EQ(Triples("Russia attacked five people."), V{"RUS 190 CVL"});
  EXPECT_EQ(Triples("Kazakh police detained Turkish people."), V{"KAZCOP 173 TURCVL"});
}

TEST_F(CoderTest, AgentlessPassiveTakesTheSecurityForcesTheSentenceNames) {
  // Arrests: the police that the sentence names anywhere, also as the report's source.
  EXPECT_EQ(Triples("About 35 persons were arrested on Monday, police said."), V{"COP 173 CVL"});
  // Killings: only an agent in a locative phrase after the verb.
  EXPECT_EQ(Triples("Two persons were killed in police firing."), V{"COP 1823 CVL"});
  // The reporting police are no killing's agent: the agent is unnamed (roles.h, UnnamedViolence).
  EXPECT_EQ(Triples("Five people were killed in the riots, police said."), V{" 1823 CVL"});
  // A number that stands for people; an agent in a "when" clause after the verb.
  EXPECT_EQ(Triples("Two were killed when police fired on protesters."), (V{"COP 1823 CVL"}));
  EXPECT_EQ(Triples("Kazakh police arrested 99 of them and 40 were detained."), V{"KAZCOP 173 CVL"});
}

TEST_F(CoderTest, ParticipleClauseHasTheSubjectOfTheClauseItFollows) {
  EXPECT_EQ(Triples("Russia attacked the protesters, killing five people."),
            (V{"RUS 1823 CVL", "RUS 190 RUSCVL"}));
}

TEST_F(CoderTest, TargetlessForceIsCodedOnlyWhenAskedFor) {
  // Not the police: "police opened fire" keeps an unnamed target by default (police_roles_test.cc).
  const std::string text = "The Kazakh opposition opened fire on Monday.";
  EXPECT_EQ(Triples(text), V{});
  Document doc;
  doc.id = "t";
  doc.text = text;
  Coder coder(dict(), CoderOptions{.targetless_events = true});
  std::vector<Event> events;
  coder.CodeDocument(doc, &events);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].source.code, "KAZOPP");
  EXPECT_EQ(events[0].cameo, "193");
  EXPECT_EQ(events[0].target.code, "");
  // Announced acts still need a target.
  events.clear();
  doc.text = "The Kazakh opposition will open fire on Monday.";
  coder.CodeDocument(doc, &events);
  EXPECT_TRUE(events.empty());
}

TEST_F(CoderTest, CompoundActorsYieldOneEventEach) {
  EXPECT_EQ(Triples("Russia and China condemned Turkey."), (V{"CHN 111 TUR", "RUS 111 TUR"}));
  EXPECT_EQ(Triples("Turkey criticized Russia, China and Uzbekistan."),
            (V{"TUR 111 CHN", "TUR 111 RUS", "TUR 111 UZB"}));
}

TEST_F(CoderTest, CoordinatedSubjectWithoutObjectIsReciprocal) {
  EXPECT_EQ(Triples("Kazakhstan and Uzbekistan signed an agreement on water."),
            (V{"KAZ 057 UZB", "UZB 057 KAZ"}));
}

TEST_F(CoderTest, NegationBlocksTheEvent) {
  EXPECT_EQ(Triples("Russia did not attack Turkey."), V{});
  EXPECT_EQ(Triples("Russia never criticized China."), V{});
  // Contractions stay one token: "didn't" negates as "did not" does, with either apostrophe.
  EXPECT_EQ(Triples("Russia didn't attack Turkey."), V{});
  EXPECT_EQ(Triples("Russia didn\u2019t attack Turkey."), V{});
  EXPECT_EQ(Triples("The Kazakh police haven't detained the protesters."), V{});
  EXPECT_EQ(Triples("Tokayev won't visit Russia, officials said."), V{});
  EXPECT_EQ(Triples("China can't criticize Turkey."), V{});
}

TEST_F(CoderTest, SecondVerbKeepsTheSubject) {
  EXPECT_EQ(Triples("Tokayev met Chinese officials and praised Turkey."),
            (V{"KAZGOV 040 CHNGOV", "KAZGOV 051 TUR"}));
}

TEST_F(CoderTest, RelativeClauseDoesNotStealTheSubject) {
  EXPECT_EQ(Triples("Tokayev, who visited Russia last week, criticized Turkey."),
            (V{"KAZGOV 042 RUS", "KAZGOV 111 TUR"}));
}

TEST_F(CoderTest, PrepositionalObjectIsNotTheSubject) {
  EXPECT_EQ(Triples("After talks in Russia, the Chinese government praised Uzbekistan."),
            V{"CHNGOV 051 UZB"});
}

TEST_F(CoderTest, TargetSlotWithWordsAfterIt) {
  EXPECT_EQ(Triples("Russia accused Turkey of violating the deal."), V{"RUS 112 TUR"});
}

TEST_F(CoderTest, DatedEntriesFollowTheEventDate) {
  EXPECT_EQ(Triples("Tokayev praised China.", "2020-01-01"), V{"KAZGOV 051 CHN"});
  EXPECT_EQ(Triples("Tokayev praised China.", "2018-01-01"), V{"KAZELI 051 CHN"});
}

TEST_F(CoderTest, CaseRulesKeepPronounsOut) {
  EXPECT_EQ(Triples("China criticized us."), V{});
  EXPECT_EQ(Triples("China criticized the US."), V{"CHN 111 USA"});
}

TEST_F(CoderTest, DiscardPhraseSilencesTheSentence) {
  EXPECT_EQ(Triples("Turkey attacked Russia in the second half of the football match."), V{});
}

TEST_F(CoderTest, RepeatedSentenceIsCodedOnce) {
  EXPECT_EQ(Triples("Russia condemned Turkey.\n\nRussia condemned Turkey."), V{"RUS 111 TUR"});
}

TEST_F(CoderTest, SameActorOnBothSidesIsNotAnEvent) { EXPECT_EQ(Triples("Russia criticized Russia."), V{}); }

TEST_F(CoderTest, SubjectSharedAcrossBut) {
  EXPECT_EQ(Triples("Turkey praised Uzbekistan but criticized Russia."), (V{"TUR 051 UZB", "TUR 111 RUS"}));
}

TEST_F(CoderTest, HypotheticalModalsAreNotEvents) {
  EXPECT_EQ(Triples("Russia could attack Turkey."), V{});
  EXPECT_EQ(Triples("China should criticize Russia."), V{});
}

TEST_F(CoderTest, InfinitivesWithoutAnIntentWordAreNotReportedActs) {
  EXPECT_EQ(Triples("Turkey met Russia to criticize China."), V{"TUR 040 RUS"});
  EXPECT_EQ(Triples("Russia urged Turkey to attack China."), V{});
}

TEST_F(CoderTest, IntendedActsAreCodedAsIntentOrThreat) {
  EXPECT_EQ(Triples("Tokayev will visit Russia in June."), V{"KAZGOV 036 RUS"});
  EXPECT_EQ(Triples("Turkey plans to attack Russia."), V{"TUR 138 RUS"});
  EXPECT_EQ(Triples("Turkey is ready to hold talks with Russia."), V{"TUR 036 RUS"});
  EXPECT_EQ(Triples("Russia said it would attack Turkey."), V{"RUS 138 TUR"});
  // The intended act is more specific than the generic intent or threat verb that governs it.
  EXPECT_EQ(Triples("Turkey threatened to attack Russia."), V{"TUR 138 RUS"});
  EXPECT_EQ(Triples("Russia agreed on Monday to meet Turkey."), V{"RUS 036 TUR"});
  EXPECT_EQ(Triples("Russia pledged to meet with Turkey."), V{"RUS 036 TUR"});
  auto events = CodeText("Tokayev will visit Russia.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].plover_event, "AGREE");
  EXPECT_EQ(events[0].trigger, "will visit");
  EXPECT_NE(events[0].rule.find("(intended: 036)"), std::string::npos) << events[0].rule;
}

TEST_F(CoderTest, NounEventAsTheObjectOfAnIntendedVerbIsIntended) {
  EXPECT_EQ(Triples("Russia will provide 70 million dollars of aid to Turkey."), V{"RUS 033 TUR"});
  EXPECT_EQ(Triples("Russia agreed on Monday to provide 70 million dollars of aid to Turkey."),
            V{"RUS 033 TUR"});
  EXPECT_EQ(Triples("Russia provided 70 million dollars of aid to Turkey."), V{"RUS 070 TUR"});
  // A plain infinitive does not make its object's event unreal.
  EXPECT_EQ(Triples("China met Turkey to discuss the attack on Uzbekistan by Russia."),
            (V{"CHN 040 TUR", "RUS 190 UZB"}));
}

TEST_F(CoderTest, AnnouncedActWithoutIntentFormIsMarkedFuture) {
  auto events = CodeText("Turkey will criticize Russia.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].cameo, "111");
  EXPECT_EQ(events[0].plover_event, "ACCUSE");
  EXPECT_EQ(events[0].plover_contexts, V{"future"});
  // After "to", an act without an intent form is not an event.
  EXPECT_EQ(Triples("Turkey plans to criticize Russia."), V{});
}

TEST_F(CoderTest, NegatedHypotheticalAndQuestionedIntentsAreNotEvents) {
  EXPECT_EQ(Triples("Russia did not agree to meet Turkey."), V{});
  EXPECT_EQ(Triples("Russia could agree to meet Turkey."), V{});
  EXPECT_EQ(Triples("Russia would attack Turkey."), V{});
  EXPECT_EQ(Triples("Will Russia attack Turkey?"), V{});
  EXPECT_EQ(Triples("China will criticize Russia if Russia attacks Turkey."), V{"CHN 111 RUS"});
  EXPECT_EQ(Triples("Russia refused to meet Turkey."), V{});
}

TEST_F(CoderTest, DemandedActsAreDemandsOfTheirSubject) {
  // "must" in reported speech: a demand by the reporter of the clause's subject.
  EXPECT_EQ(Triples("Russia said Turkey must hold talks with China."), V{"RUS 106 TUR"});
  // The act demanded in a "that" clause replaces the generic demand; one without a demand form leaves it.
  EXPECT_EQ(Triples("Russia demanded that Turkey hold talks with China."), V{"RUS 106 TUR"});
  EXPECT_EQ(Triples("Russia demanded that Turkey criticize China."), V{"RUS 100 TUR"});
  // Without a reporter "must" stays a modal.
  EXPECT_EQ(Triples("Turkey must hold talks with China."), V{});
}

TEST_F(CoderTest, ImminentActIsTheAct) {
  EXPECT_EQ(Triples("Russia is about to attack Turkey."), V{"RUS 190 TUR"});
}

TEST_F(CoderTest, SlotDoesNotReachIntoAnEmbeddedClause) {
  EXPECT_EQ(Triples("Russia accused Turkey of lying."), V{"RUS 112 TUR"});
  EXPECT_EQ(Triples("Russia accused Turkey and then China of lying."), V{});
}

TEST_F(CoderTest, ReciprocalNeedsNoPrepositionBeforeTheVerb) {
  EXPECT_EQ(Triples("Russia and China without delay signed an agreement."), V{});
  EXPECT_EQ(Triples("Russia and China on Monday signed an agreement."), (V{"CHN 057 RUS", "RUS 057 CHN"}));
}

TEST_F(CoderTest, AttributionIsNotATarget) {
  EXPECT_EQ(Triples("Kazakh police detained protesters, Turkish officials said."), V{"KAZCOP 173 CVL"});
  EXPECT_EQ(Triples("Russia and China held talks on Monday, the Kazakh government said."),
            (V{"CHN 040 RUS", "RUS 040 CHN"}));
}

TEST_F(CoderTest, CapitalAfterLocativePrepositionIsAPlace) {
  EXPECT_EQ(Triples("Kazakh police detained protesters in Washington."), V{"KAZCOP 173 CVL"});
  EXPECT_EQ(Triples("Turkey met Russia in Washington."), V{"TUR 040 RUS"});
}

// Event places, with a gazetteer written here: the locative place in the event's sentence, a region that
// qualifies a city is a place and not an actor, a visit's destination, and the dateline as the fallback.
class CoderPlacesTest : public CoderTest {
 protected:
  static std::shared_ptr<const Gazetteer> places() {
    static std::shared_ptr<const Gazetteer> g = [] {
      auto place = [](PlaceKind kind, const char* name, const char* country, const char* admin1,
                      uint64_t population, bool capital) {
        Place p;
        p.kind = kind;
        p.name = name;
        p.country = country;
        p.admin1 = admin1;
        p.population = population;
        p.capital = capital;
        return p;
      };
      std::vector<Place> p = {
          place(PlaceKind::kCountry, "Kazakhstan", "KAZ", "", 18000000, false),
          place(PlaceKind::kCity, "Almaty", "KAZ", "Almaty", 2000000, false),
          place(PlaceKind::kCity, "Washington, D.C.", "USA", "District of Columbia", 600000, true),
          place(PlaceKind::kRegion, "Texas", "USA", "", 25000000, false),
          place(PlaceKind::kCity, "Paris", "USA", "Texas", 25000, false),
          place(PlaceKind::kCountry, "Turkey", "TUR", "", 80000000, false),
      };
      return Gazetteer::FromPlaces(std::move(p), {{"washington", 2}});
    }();
    return g;
  }
  std::vector<std::string> Located(const std::string& text) {
    Document doc;
    doc.id = "t";
    doc.text = text;
    doc.date = "2020-05-01";
    Coder coder(dict(), CoderOptions{.explain = false, .gazetteer = places()});
    std::vector<Event> events;
    coder.CodeDocument(doc, &events);
    std::vector<std::string> out;
    for (const Event& e : events)
      out.push_back(e.source.code + " " + e.cameo + " " + e.target.code + " @ " +
                    (e.location ? e.location->name + "/" + e.location->text : "-"));
    return out;
  }
};

TEST_F(CoderPlacesTest, LocativePlaceOfTheSentence) {
  EXPECT_EQ(Located("Kazakh police detained protesters in Almaty."), V{"KAZCOP 173 KAZCVL @ Almaty/Almaty"});
  EXPECT_EQ(Located("Russia praised Uzbekistan."), V{"RUS 051 UZB @ -"});
}

TEST_F(CoderPlacesTest, QualifierOfAPlaceIsNotTheSubject) {
  // "Texas" is a place qualifying Paris, even where a dictionary knows it as an actor.
  EXPECT_EQ(Located("Kazakh police in Paris, Texas, arrested protesters."),
            V{"KAZCOP 173 KAZCVL @ Paris/Paris, Texas"});
}

TEST_F(CoderPlacesTest, VisitDestinationAndDateline) {
  EXPECT_EQ(Located("Tokayev visited Washington."), V{"KAZGOV 042 USAGOV @ Washington, D.C./Washington"});
  EXPECT_EQ(Located("ALMATY, Kazakhstan - Russia condemned Turkey."),
            V{"RUS 111 TUR @ Almaty/ALMATY, Kazakhstan"});
}

// An actor named only by its sector takes the country of the place of its act that its clause names, as
// CAMEO's coders code "people killed in Tel Aviv"; not a named person, people after a possessive, sectors
// abroad by nature (MED), a place in another clause or one the act is directed to.
TEST_F(CoderPlacesTest, SectorActorsTakeTheCountryOfTheirPlace) {
  EXPECT_EQ(Located("Police detained protesters in Almaty."), V{"KAZCOP 173 KAZCVL @ Almaty/Almaty"});
  EXPECT_EQ(Located("Police detained journalists in Almaty."), V{"KAZCOP 173 MED @ Almaty/Almaty"});
  EXPECT_EQ(Located("Police detained protesters, officials in Almaty said."),
            V{"COP 173 CVL @ Almaty/Almaty"});
  EXPECT_EQ(Located("Police detained their supporters in Almaty."), V{"KAZCOP 173 CVL @ Almaty/Almaty"});
  EXPECT_EQ(Located("Police detained Minister Ali Khan in Almaty."), V{"KAZCOP 173 GOV @ Almaty/Almaty"});
  // The other party's code is not taken: the source stays as it was.
  EXPECT_EQ(Located("Kazakh police said police detained protesters in Almaty."),
            V{"KAZCOP 173 KAZCVL @ Almaty/Almaty"});
}

TEST_F(CoderPlacesTest, CapitalActingIsAnActorNotAPlace) {
  EXPECT_EQ(Located("Washington condemned Turkey."), V{"USAGOV 111 TUR @ -"});
}

TEST_F(CoderTest, NounEventsTakeTheirOwnSource) {
  EXPECT_EQ(Triples("China condemned Russia's attack on Turkey."), (V{"CHN 111 RUS", "RUS 190 TUR"}));
  EXPECT_EQ(Triples("Turkey made the case for attacking Russia."), V{});
}

TEST_F(CoderTest, ReciprocalNeedsTheGroupRightBeforeTheVerb) {
  EXPECT_EQ(Triples("China praised Russia, Turkey and Uzbekistan; they signed an agreement."),
            (V{"CHN 051 RUS", "CHN 051 TUR", "CHN 051 UZB"}));
}

// An abbreviation in parentheses after the last member is part of its name, not a word between the group
// and the verb; other parentheses still are.
TEST_F(CoderTest, ReciprocalGroupMayEndWithAnAbbreviation) {
  EXPECT_EQ(Triples("Kazakhstan and the United Nations (UNO) signed an agreement."),
            (V{"IGOUNO 057 KAZ", "KAZ 057 IGOUNO"}));
  EXPECT_EQ(Triples("Kazakhstan and the United Nations (in Geneva) signed an agreement."), V{});
}

TEST_F(CoderTest, GerundAfterTheObjectIsAComplement) {
  EXPECT_EQ(Triples("Russia praised Turkey for attacking Uzbekistan."), V{"RUS 051 TUR"});
}

// Readiness for an act named by a noun announces the act, as readiness to do it does; a "for" after other
// words is no modality.
TEST_F(CoderTest, ReadinessForANounEventIsAnIntent) {
  EXPECT_EQ(Triples("Turkey is ready for talks with Russia."), V{"TUR 036 RUS"});
  EXPECT_EQ(Triples("Turkey said it was prepared for talks with Russia."), V{"TUR 036 RUS"});
  EXPECT_EQ(Triples("Turkey is not ready for talks with Russia."), V{});
  EXPECT_EQ(Triples("Turkey arrived for talks with Russia."), V{"TUR 040 RUS"});
}

}  // namespace
}  // namespace dyad
