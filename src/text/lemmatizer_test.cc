#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dyad/text.h"

namespace dyad {
namespace {

std::string LemmaOf(std::string_view word) {
  std::string out = "stale";  // Lemmatize must clear its output
  Lemmatize(word, &out);
  return out;
}

std::string Folded(std::string_view word) {
  std::string out = "stale";
  FoldCase(word, &out);
  return out;
}

using Pairs = std::vector<std::pair<std::string_view, std::string_view>>;

void ExpectLemmas(const Pairs& pairs) {
  for (const auto& [word, lemma] : pairs) EXPECT_EQ(LemmaOf(word), lemma) << "word: " << word;
}

TEST(FoldCaseTest, AsciiAndUnicode) {
  EXPECT_EQ(Folded("Tokayev"), "tokayev");
  EXPECT_EQ(Folded("NATO-led"), "nato-led");
  EXPECT_EQ(Folded(""), "");
  // "Токаев" -> "токаев"; German sharp s folds fully to "ss"; Greek final sigma folds to sigma.
  EXPECT_EQ(Folded("\xD0\xA2\xD0\xBE\xD0\xBA\xD0\xB0\xD0\xB5\xD0\xB2"),
            "\xD1\x82\xD0\xBE\xD0\xBA\xD0\xB0\xD0\xB5\xD0\xB2");
  EXPECT_EQ(Folded("Stra\xC3\x9F"
                   "e"),
            "strasse");
  EXPECT_EQ(Folded("\xC3\x89LYS\xC3\x89"
                   "E"),
            "\xC3\xA9lys\xC3\xA9"
            "e");
}

TEST(FoldCaseTest, TypographicApostropheBecomesAscii) {
  EXPECT_EQ(Folded("Don\xE2\x80\x99t"), "don't");
  EXPECT_EQ(Folded("\xE2\x80\x99S"), "'s");
}

TEST(LemmatizeTest, IrregularVerbs) {
  ExpectLemmas({{"held", "hold"},
                {"met", "meet"},
                {"fought", "fight"},
                {"sought", "seek"},
                {"struck", "strike"},
                {"shot", "shoot"},
                {"led", "lead"},
                {"said", "say"},
                {"told", "tell"},
                {"took", "take"},
                {"taken", "take"},
                {"gave", "give"},
                {"given", "give"},
                {"began", "begin"},
                {"begun", "begin"},
                {"threw", "throw"},
                {"thrown", "throw"},
                {"fled", "flee"},
                {"was", "be"},
                {"were", "be"},
                {"is", "be"},
                {"are", "be"},
                {"been", "be"},
                {"being", "be"},
                {"has", "have"},
                {"had", "have"},
                {"did", "do"},
                {"does", "do"},
                {"went", "go"},
                {"goes", "go"},
                {"withdrew", "withdraw"},
                {"brought", "bring"},
                {"dying", "die"},
                {"died", "die"},
                {"lying", "lie"},
                {"agreed", "agree"},
                {"became", "become"},
                {"becoming", "become"},
                {"overthrown", "overthrow"},
                {"sent", "send"}});
}

TEST(LemmatizeTest, IrregularNouns) {
  ExpectLemmas({{"men", "man"},
                {"women", "woman"},
                {"children", "child"},
                {"people", "people"},
                {"policemen", "policeman"},
                {"spokesmen", "spokesman"},
                {"crises", "crisis"},
                {"lives", "life"},
                {"yemen", "yemen"}});
}

TEST(LemmatizeTest, PluralsAndThirdPerson) {
  ExpectLemmas({{"talks", "talk"},
                {"watches", "watch"},
                {"studies", "study"},
                {"countries", "country"},
                {"accuses", "accuse"},
                {"closes", "close"},
                {"discusses", "discuss"},
                {"taxes", "tax"},
                {"pushes", "push"},
                {"areas", "area"},
                {"days", "day"},
                {"issues", "issue"},
                {"vetoes", "veto"},
                {"criticizes", "criticize"},
                {"buzzes", "buzz"}});
}

TEST(LemmatizeTest, IngForms) {
  ExpectLemmas(
      {{"meeting", "meet"},  {"hoping", "hope"},    {"stopping", "stop"},       {"making", "make"},
       {"denying", "deny"},  {"visiting", "visit"}, {"accusing", "accuse"},     {"agreeing", "agree"},
       {"taking", "take"},   {"writing", "write"},  {"giving", "give"},         {"having", "have"},
       {"running", "run"},   {"killing", "kill"},   {"continuing", "continue"}, {"threatening", "threaten"},
       {"seizing", "seize"}, {"urging", "urge"},    {"coming", "come"},         {"trying", "try"},
       {"saying", "say"},    {"fleeing", "flee"},   {"passing", "pass"},        {"focusing", "focus"}});
}

TEST(LemmatizeTest, EdForms) {
  ExpectLemmas({{"accused", "accuse"},       {"arrested", "arrest"},      {"stopped", "stop"},
                {"visited", "visit"},        {"closed", "close"},         {"killed", "kill"},
                {"attacked", "attack"},      {"rejected", "reject"},      {"criticized", "criticize"},
                {"praised", "praise"},       {"fired", "fire"},           {"tried", "try"},
                {"denied", "deny"},          {"signed", "sign"},          {"planned", "plan"},
                {"occurred", "occur"},       {"expelled", "expel"},       {"released", "release"},
                {"imposed", "impose"},       {"urged", "urge"},           {"used", "use"},
                {"announced", "announce"},   {"threatened", "threaten"},  {"opened", "open"},
                {"bombed", "bomb"},          {"condemned", "condemn"},    {"negotiated", "negotiate"},
                {"decided", "decide"},       {"invaded", "invade"},       {"included", "include"},
                {"described", "describe"},   {"provoked", "provoke"},     {"blamed", "blame"},
                {"assumed", "assume"},       {"determined", "determine"}, {"escaped", "escape"},
                {"required", "require"},     {"ensured", "ensure"},       {"declared", "declare"},
                {"voted", "vote"},           {"quoted", "quote"},         {"stored", "store"},
                {"judged", "judge"},         {"engaged", "engage"},       {"handled", "handle"},
                {"executed", "execute"},     {"united", "unite"},         {"postponed", "postpone"},
                {"intervened", "intervene"}, {"abandoned", "abandon"},    {"sanctioned", "sanction"},
                {"developed", "develop"},    {"boycotted", "boycott"},    {"added", "add"},
                {"treated", "treat"},        {"retreated", "retreat"},    {"avoided", "avoid"},
                {"welcomed", "welcome"},     {"continued", "continue"},   {"targeted", "target"},
                {"rioted", "riot"},          {"focused", "focus"},        {"passed", "pass"},
                {"combated", "combat"},      {"created", "create"},       {"extradited", "extradite"},
                {"massacred", "massacre"},   {"panicked", "panic"},       {"kidnapped", "kidnap"},
                {"besieged", "besiege"},     {"mobilized", "mobilize"},   {"sentenced", "sentence"}});
}

TEST(LemmatizeTest, AllFormsOfAVerbAgree) {
  const std::vector<std::vector<std::string_view>> families = {
      {"accuse", "accuses", "accused", "accusing"},
      {"stop", "stops", "stopped", "stopping"},
      {"meet", "meets", "met", "meeting"},
      {"hold", "holds", "held", "holding"},
      {"expel", "expels", "expelled", "expelling"},
      {"threaten", "threatens", "threatened", "threatening"},
      {"deny", "denies", "denied", "denying"},
      {"criticize", "criticizes", "criticized", "criticizing"},
      {"criticise", "criticises", "criticised", "criticising"},
      {"boycott", "boycotts", "boycotted", "boycotting"},
      {"agree", "agrees", "agreed", "agreeing"},
      {"seize", "seizes", "seized", "seizing"},
      {"visit", "visits", "visited", "visiting"},
      {"condemn", "condemns", "condemned", "condemning"},
      {"mobilise", "mobilises", "mobilised", "mobilising"},
      {"apologize", "apologised", "apologising"},
      {"detain", "detains", "detained", "detaining"},
      {"kill", "kills", "killed", "killing"}};
  for (const auto& family : families) {
    const std::string expected = LemmaOf(family.front());
    for (const std::string_view form : family) EXPECT_EQ(LemmaOf(form), expected) << "form: " << form;
  }
}

TEST(LemmatizeTest, BritishSpellingsMeetAmericanOnes) {
  ExpectLemmas({{"criticised", "criticize"},
                {"recognised", "recognize"},
                {"organising", "organize"},
                {"analysed", "analyze"},
                {"promised", "promise"},
                {"advertised", "advertise"},
                {"exercised", "exercise"},
                {"surprised", "surprise"},
                {"travelled", "travel"},
                {"cancelled", "cancel"}});
}

TEST(LemmatizeTest, WordsThatOnlyLookInflectedStay) {
  ExpectLemmas(
      {{"news", "news"},       {"police", "police"},     {"us", "us"},           {"this", "this"},
       {"his", "his"},         {"series", "series"},     {"species", "species"}, {"bus", "bus"},
       {"gas", "gas"},         {"analysis", "analysis"}, {"crisis", "crisis"},   {"thing", "thing"},
       {"king", "king"},       {"during", "during"},     {"morning", "morning"}, {"evening", "evening"},
       {"bring", "bring"},     {"sing", "sing"},         {"red", "red"},         {"bed", "bed"},
       {"need", "need"},       {"feed", "feed"},         {"speed", "speed"},     {"seed", "seed"},
       {"indeed", "indeed"},   {"status", "status"},     {"press", "press"},     {"hundred", "hundred"},
       {"beijing", "beijing"}, {"string", "string"},     {"shed", "shed"},       {"'s", "'s"}});
}

TEST(LemmatizeTest, UnknownAndNonAsciiWordsComeBackUnchanged) {
  ExpectLemmas({{"kazakhstan", "kazakhstan"},
                {"tokayev", "tokayev"},
                {"zelenskyy", "zelenskyy"},
                {"\xD1\x82\xD0\xBE\xD0\xBA\xD0\xB0\xD0\xB5\xD0\xB2",
                 "\xD1\x82\xD0\xBE\xD0\xBA\xD0\xB0\xD0\xB5\xD0\xB2"},
                {"don't", "don't"},
                {"1990s", "1990s"},
                {"", ""},
                {"a", "a"}});
}

TEST(LemmatizeTest, HyphenatedWordsInflectTheirLastPart) {
  ExpectLemmas({{"re-elected", "re-elect"},
                {"cease-fires", "cease-fire"},
                {"u.s.-backed", "u.s.-back"},
                {"al-assad", "al-assad"}});
}

}  // namespace
}  // namespace dyad
