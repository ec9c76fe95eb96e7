// Loose name keys: spellings of one name in different romanisations and scripts meet one entry; a key that
// leads to different codes matches nothing and is reported. All entries are written for this test.
#include "dictionary/name_keys.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dictionary/compiled.h"
#include "dyad/dictionary.h"

namespace dyad {
namespace {

std::string Key(std::string_view name) {
  std::string key;
  LooseNameKey(name, &key);
  return key;
}

TEST(LooseNameKeyTest, RomanisationsAndScriptsMeet) {
  EXPECT_EQ(Key("Tokayev"), "tokaev");
  EXPECT_EQ(Key("Toqaev"), "tokaev");
  EXPECT_EQ(Key("Tokaev"), "tokaev");
  EXPECT_EQ(Key("Токаев"), "tokaev");
  EXPECT_EQ(Key("Zelensky"), Key("Zelenskyy"));
  EXPECT_EQ(Key("Zelensky"), Key("Зеленський"));  // Ukrainian
  EXPECT_EQ(Key("Zelensky"), Key("Зеленский"));   // Russian
  EXPECT_EQ(Key("Zelensky"), Key("Zelenskiy"));
  EXPECT_EQ(Key("Khrushchev"), Key("Хрущёв"));
  EXPECT_EQ(Key("Nazarbayev"), Key("Назарбаев"));
  EXPECT_EQ(Key("Lukashenko"), Key("Лукашенко"));
  EXPECT_EQ(Key("Viktor Yanukovych"), Key("Виктор Янукович"));
  EXPECT_EQ(Key("Arseniev"), Key("Arsenyev"));
  EXPECT_EQ(Key("Erdoğan"), Key("Erdogan"));
  EXPECT_EQ(Key("Łukasz Øresund Straße"), Key("Lukasz Oresund Strasse"));
  EXPECT_EQ(Key("Zelens’kyi"), Key("Zelensky"));
  EXPECT_EQ(Key("Łukasz Токаев"), "lukasz tokaev");  // mixed scripts: transliterated whole
  EXPECT_EQ(Key("Kassym-Jomart Tokayev"), "kasim omart tokaev");
  EXPECT_EQ(Key("Kassym Jomart  Tokayev"), Key("Kassym-Jomart Tokayev"));
}

TEST(LooseNameKeyTest, DigraphsAtWordEdges) {
  // Each digraph folds wherever it stands; a "shch" cut short by the word's end is "sh" and what follows.
  EXPECT_EQ(Key("Shch"), "s");
  EXPECT_EQ(Key("Ashch Ashc Ash"), "as asc as");
  EXPECT_EQ(Key("Zhukov Kharkiv Chechnya"), "zukov harkiv cecnia");
  EXPECT_EQ(Key("Qhat Shh"), "khat sh");  // "qh" is no digraph: q -> k, h stays; "shh" is "s" + "h"
  EXPECT_EQ(Key("H Sh S"), "h s s");
}

TEST(LooseNameKeyTest, OneWordKeepsWhatEnglishSpellsApart) {
  // English words and given names that the folds of a longer name would give a foreign name's key.
  EXPECT_NE(Key("Moody"), Key("Modi"));
  EXPECT_NE(Key("Scott"), Key("Scot"));
  EXPECT_NE(Key("Phillips"), Key("Philips"));
  EXPECT_NE(Key("Life"), Key("Liffe"));
  EXPECT_NE(Key("Ellen"), Key("Yellen"));
  EXPECT_NE(Key("Jenny"), Key("Eni"));
  EXPECT_NE(Key("Being"), Key("Beijing"));
  EXPECT_NE(Key("Iris"), Key("Irish"));
  EXPECT_NE(Key("Wells"), Key("Welsh"));
  EXPECT_NE(Key("Days"), Key("Daish"));
  EXPECT_EQ(Key("Scott"), "scott");
  EXPECT_EQ(Key("Irish"), "irish");
  // Romanisations of one word still meet, and a longer name keeps every fold.
  EXPECT_EQ(Key("Zelenskyy"), Key("Zelensky"));
  EXPECT_EQ(Key("Karzay"), Key("Karzai"));
  EXPECT_EQ(Key("Aliyev"), Key("Aliev"));
  EXPECT_EQ(Key("Shevardnadze"), Key("Ševardnadze"));
  EXPECT_EQ(Key("Jose Manuel Barosso"), Key("Jose Manuel Barroso"));
  EXPECT_EQ(Key("Janet Yellen"), Key("Janet Ellen"));
  // The first-word key is the longer names' fold.
  std::string word;
  ASSERT_TRUE(LooseWordKey("Yassir", &word));
  EXPECT_EQ(word, "asir");
  EXPECT_EQ(Key("Yassir Arafat").substr(0, 4), word);
}

TEST(LooseNameKeyTest, DifferentNamesStayApart) {
  EXPECT_NE(Key("Tokayev"), Key("Nazarbayev"));
  EXPECT_NE(Key("Zelensky"), Key("Zelenska"));
  EXPECT_NE(Key("Putin"), Key("Patin"));
  EXPECT_NE(Key("G7"), Key("G77"));
  std::string key = "stale";
  EXPECT_FALSE(LooseNameKey("--", &key));
  EXPECT_TRUE(key.empty());
}

constexpr char kNames[] = R"(# our own test entries
country KAZ : Kazakhstan
country UKR : Ukraine
actor KAZGOV country=KAZ sectors=GOV from=2019-03-20 : Kassym-Jomart Tokayev | Tokayev
actor KAZGOV country=KAZ sectors=GOV to=2019-03-19 : Nursultan Nazarbayev | Nazarbayev
actor KAZELI country=KAZ sectors=ELI from=2019-03-20 : Nursultan Nazarbayev | Nazarbayev
actor UKRGOV country=UKR sectors=GOV from=2019-05-20 : Volodymyr Zelensky | Zelensky
actor AZEGOV country=AZE sectors=GOV : Aliyev
actor RUSBUS country=RUS sectors=BUS : Aliev
actor IGOUNO : UN | United Nations
actor AFGGOV country=AFG sectors=GOV from=2001-12-22 to=2014-09-29 : Hamid Karzai | Karzai
actor AFGELI country=AFG sectors=ELI : Hamid Karzai | Karzai
actor INDGOV country=IND sectors=GOV from=2014-05-26 : Narendra Modi | Modi
actor PSEGOV country=PSE sectors=GOV : Yasir Arafat
)";

std::shared_ptr<const Dictionary> Names() {
  DictionarySource source;
  std::vector<Status> errors;
  ParseNativeDictionary("names.txt", kNames, &source, &errors);
  EXPECT_TRUE(errors.empty()) << errors.front().ToString();
  return Dictionary::Compile(std::move(source), &errors);
}

std::string CodeOf(const Dictionary& dict, std::string_view name, std::string_view date) {
  std::string key;
  const CompiledDictionary::LooseMatch m = dict.compiled().MatchLooseName(name, date, &key);
  if (m.ambiguous) return "ambiguous";
  return m.entry < 0 ? "" : std::string(dict.entry(m.entry).code);
}

void ExpectNamesMeet(const Dictionary& dict) {
  const std::string_view date = "2023-01-01";
  std::string key;
  const int32_t tokayev = dict.compiled().MatchLooseName("Tokayev", date, &key).entry;
  ASSERT_GE(tokayev, 0);
  for (std::string_view name : {"Toqaev", "Tokaev", "Токаев", "TOKAYEV"})
    EXPECT_EQ(dict.compiled().MatchLooseName(name, date, &key).entry, tokayev) << name;
  EXPECT_EQ(dict.compiled().MatchLooseName("Kassym-Jomart Toqaev", date, &key).entry, tokayev);
  EXPECT_EQ(CodeOf(dict, "Zelenskyy", date), "UKRGOV");
  EXPECT_EQ(CodeOf(dict, "Зеленський", date), "UKRGOV");
  EXPECT_EQ(CodeOf(dict, "Volodymyr Zelenskyy", date), "UKRGOV");
  // Dated entries of one name are not ambiguous: the date chooses.
  EXPECT_EQ(CodeOf(dict, "Nazarbaev", "2018-06-01"), "KAZGOV");
  EXPECT_EQ(CodeOf(dict, "Назарбаев", "2020-06-01"), "KAZELI");
  EXPECT_EQ(CodeOf(dict, "Zelenskyy", "2019-05-20"), "UKRGOV");  // first day
  EXPECT_EQ(CodeOf(dict, "Nazarbaev", "2019-03-19"), "KAZGOV");  // last day
  // Entries of one phrase whose periods overlap are the exact matcher's choice (the first), not ambiguity.
  EXPECT_EQ(CodeOf(dict, "Karzay", "2010-01-01"), "AFGGOV");
  EXPECT_EQ(CodeOf(dict, "Karzay", "2020-01-01"), "AFGELI");
  // Before Tokayev's entry starts, the name meets nothing.
  EXPECT_EQ(CodeOf(dict, "Toqaev", "2018-06-01"), "");
  // Two people whose names meet under one key: no guess.
  EXPECT_EQ(CodeOf(dict, "Aliyev", date), "ambiguous");
  EXPECT_EQ(CodeOf(dict, "Алиев", date), "ambiguous");
  // Acronyms are matched exactly or not at all.
  EXPECT_TRUE(dict.compiled().LooseKeyEntries("un").empty());
  EXPECT_EQ(CodeOf(dict, "Unknown Person", date), "");

  // The cheap test before a lookup: runs starting with "Toqaev" or "Kassym" may meet a key, "Reuters" cannot.
  EXPECT_TRUE(dict.compiled().MayStartLooseName("Toqaev", &key));
  EXPECT_TRUE(dict.compiled().MayStartLooseName("Касым", &key));
  EXPECT_FALSE(dict.compiled().MayStartLooseName("Reuters", &key));
  // A one-word name meets a one-word phrase only by its stricter key; the first word of a longer name by the
  // longer names' folds.
  EXPECT_EQ(CodeOf(dict, "Moody", date), "");
  EXPECT_EQ(CodeOf(dict, "Lewis Moody", date), "");
  EXPECT_EQ(CodeOf(dict, "Narendra Moodi", date), "INDGOV");
  EXPECT_TRUE(dict.compiled().MayStartLooseName("Yassir", &key));
  EXPECT_EQ(CodeOf(dict, "Yassir Arafat", date), "PSEGOV");

  const auto ambiguous = dict.compiled().AmbiguousLooseKeys();
  ASSERT_EQ(ambiguous.size(), 1u);
  EXPECT_EQ(ambiguous[0].key, Key("Aliyev"));
  EXPECT_EQ(ambiguous[0].entries.size(), 2u);
}

TEST(LooseNameMatchTest, SpellingsMeetOneEntryAndAmbiguityIsNotGuessed) { ExpectNamesMeet(*Names()); }

TEST(LooseNameMatchTest, CompiledFilesKeepTheKeys) {
  auto memory = Names();
  auto loaded = Dictionary::FromCompiledBytes(memory->SerializeCompiled(), "names.dyadc");
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  ExpectNamesMeet(**loaded);
}

}  // namespace
}  // namespace dyad
