// Tests for dyad/dictionary_coverage.h on tiny dictionaries written here.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "dyad/dictionary_coverage.h"

namespace dyad {
namespace {

DictionarySource Native(std::string_view text) {
  DictionarySource source;
  std::vector<Status> errors;
  ParseNativeDictionary("test.txt", text, &source, &errors);
  EXPECT_TRUE(errors.empty()) << errors.front().message();
  return source;
}

constexpr char kOurs[] = R"(country KAZ : Kazakhstan | Kazakh
country UKR : Ukraine | Ukrainian
agent POL : police
agent GOV : president
actor KAZGOV country=KAZ sectors=GOV from=2019-03-20 : Kassym-Jomart Tokayev | Tokayev | Toqaev
actor UKRGOV country=UKR sectors=GOV from=2019-05-20 : Volodymyr Zelensky | Zelensky
actor RUSGOV country=RUS sectors=GOV : Mikhail Mishustin
verb 040 : consult | hold talks with +
verb 111 : (strongly) criticize +
)";

// Written as a TABARI/PETRARCH-style file would be converted: lower case names, codes with sectors.
constexpr char kOther[] = R"(country KAZ : kazakhstan
country UZB : uzbekistan
actor KAZGOV : toqaev | kazakh police
actor UKRGOV : zelensky | petro poroshenko
actor UZBGOV : mikhail mishustin
verb 040 : consult +
verb 042 : visit +
verb 111 : + (sharply) criticize
)";

TEST(CoverageKeyTest, FoldsCaseAndPunctuation) {
  EXPECT_EQ(CoverageKey("Kassym-Jomart  Tokayev"), "kassym-jomart tokayev");
  EXPECT_EQ(CoverageKey("U.S."), "u.s.");
  EXPECT_EQ(CoverageKey("Putin."), "putin");
  EXPECT_EQ(CoverageKey("Putin’s"), "putin");
  EXPECT_EQ(CoverageKey("Kurdistan Workers' Party"), "kurdistan workers party");
  EXPECT_EQ(CoverageKey("(al-Qaeda)"), "al-qaeda");
}

TEST(CoverageTest, DictionaryAgainstDictionary) {
  CoverageCounter counter(Native(kOurs), Native(kOther));
  const CoverageReport r = counter.Report(10);
  // OTHER's names: kazakhstan, uzbekistan, toqaev, kazakh police, zelensky, petro poroshenko, mikhail
  // mishustin.
  EXPECT_EQ(r.other_actor_names, 7u);
  // Missing as phrases: uzbekistan, kazakh police (composes, but is not a phrase), petro poroshenko.
  EXPECT_EQ(r.missing_actor_names, 3u);
  EXPECT_EQ(r.missing_actor_examples,
            (std::vector<std::string>{"kazakh police", "petro poroshenko", "uzbekistan"}));
  // Lemmas: consult, visit, criticize; ours lack visit.
  EXPECT_EQ(r.other_verb_lemmas, 3u);
  EXPECT_EQ(r.missing_verb_lemmas, 1u);
  EXPECT_EQ(r.missing_verb_examples, std::vector<std::string>{"visit"});
  EXPECT_EQ(r.corpus_names, 0u);
}

TEST(CoverageTest, CorpusShareByCountry) {
  CoverageCounter counter(Native(kOurs), Native(kOther));
  counter.AddText(
      "Toqaev met Zelensky in Kazakhstan. Kazakh police said Mikhail Mishustin and Petro Poroshenko "
      "were not there. Zelensky's aides may visit Uzbekistan; the word toqaev in lower case does not count.");
  const CoverageReport r = counter.Report(10);
  EXPECT_EQ(r.corpus_texts, 1u);
  // Found: toqaev, zelensky (x2), kazakhstan, kazakh police, mikhail mishustin, petro poroshenko, uzbekistan.
  EXPECT_EQ(r.corpus_names, 7u);
  EXPECT_EQ(r.corpus_mentions, 8u);
  // Same country: toqaev, zelensky, kazakhstan, kazakh police (composed). Mishustin: ours RUS, OTHER UZB.
  EXPECT_EQ(r.corpus_names_same, 4u);
  EXPECT_EQ(r.corpus_mentions_same, 5u);
  ASSERT_EQ(r.misses.size(), 3u);
  EXPECT_EQ(r.misses[0].name, "mikhail mishustin");
  EXPECT_EQ(r.misses[0].other_codes, "UZBGOV");
  EXPECT_EQ(r.misses[0].our_codes, "RUS");
  EXPECT_EQ(r.misses[1].our_codes, "");
}

TEST(CoverageTest, ComposedNamesResolveLikeTheCoderComposes) {
  CoverageCounter counter(Native(kOurs), Native(R"(actor UKRGOV : president of ukraine | the ukraine
actor UKRGOV : president zelensky | ukrainian president volodymyr zelensky | president of the ukraine
actor KAZGOV : kazakh police chief | kazakh police
)"));
  counter.AddText(
      "The President of Ukraine spoke. The Ukraine, President Zelensky and Ukrainian President Volodymyr "
      "Zelensky. President of the Ukraine. Kazakh police chief. Kazakh police.");
  const CoverageReport r = counter.Report(10);
  EXPECT_EQ(r.corpus_names, 7u);
  EXPECT_EQ(r.corpus_names_same, 6u);  // "police chief" is not an agent of ours
  ASSERT_EQ(r.misses.size(), 1u);
  EXPECT_EQ(r.misses[0].name, "kazakh police chief");
  EXPECT_EQ(r.misses[0].our_codes, "");
}

TEST(CoverageTest, ResolverResolvesWhatPhrasesDoNot) {
  CoverageCounter counter(Native(kOurs),
                          Native("country USA : united states\nactor USA : texas | new york\n"));
  std::vector<std::string> asked;
  counter.SetNameResolver([&asked](const std::string& key) -> std::vector<std::string> {
    asked.push_back(key);
    if (key == "texas") return {"USA"};
    if (key == "new york") return {"CAN"};  // a wrong answer is a miss, not a match
    return {};
  });
  counter.AddText("Texas and New York, not the United States.");
  const CoverageReport r = counter.Report(10);
  EXPECT_EQ(r.corpus_names, 3u);  // "United States" counts from "United": the lower-case "the" is skipped
  EXPECT_EQ(r.corpus_names_same, 1u);
  EXPECT_EQ(r.corpus_names_by_resolver, 1u);
  ASSERT_EQ(r.misses.size(), 2u);
  EXPECT_EQ(r.misses[0].name, "new york");
  EXPECT_EQ(r.misses[0].our_codes, "CAN");
  EXPECT_EQ(r.misses[1].name, "united states");
  EXPECT_EQ(r.misses[1].our_codes, "");
  EXPECT_EQ(asked.size(), 3u);
}

TEST(CoverageTest, TypeCodesCompareByTheCountryTheyCarry) {
  CoverageCounter counter(Native(R"(country DEU : Germany
country GBR : Britain
actor DEUBUS country=DEU sectors=BUS : Siemens
actor GBRMED country=GBR sectors=MED : BBC
actor IGOUNO : United Nations
actor MNCUSA country=USA sectors=BUS : Acme Oil
)"),
                          Native(R"(country DEU : germany
actor MNCDEU : siemens ag | siemens
actor MNCUSA : acme corp
actor MED : bbc
actor IGOUNO : united nations
actor MED : daily planet
actor MNC : acme oil
)"));
  counter.AddText(
      "Siemens AG and Siemens told the BBC, the United Nations, Acme Corp, Acme Oil and the Daily Planet.");
  const CoverageReport r = counter.Report(10);
  // Scored: siemens ag (the legal form is read as the coder reads it), siemens (MNCDEU is Germany's),
  // united nations (the same type code), acme oil (OTHER's bare type is our code's type), acme corp (unknown
  // to ours: a miss), daily planet (unknown: a miss).
  EXPECT_EQ(r.corpus_names, 6u);
  EXPECT_EQ(r.corpus_names_same, 4u);
  // "BBC": OTHER gives no country, ours GBR: not comparable by country, counted apart.
  EXPECT_EQ(r.corpus_names_no_country, 1u);
  ASSERT_EQ(r.no_country.size(), 1u);
  EXPECT_EQ(r.no_country[0].name, "bbc");
  EXPECT_EQ(r.no_country[0].our_codes, "GBR");
  ASSERT_EQ(r.misses.size(), 2u);
  EXPECT_EQ(r.misses[0].name, "acme corp");
}

TEST(CoverageTest, ReadsForeignFilesAndCorpusDirectories) {
  const auto dir = std::filesystem::temp_directory_path() / "dyad_coverage_test";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir / "corpus" / "sub");
  {
    std::ofstream(dir / "test.actors") << "TOQAEV_ [KAZGOV]\nNURSULTAN_NAZARBAEV_ [KAZGOV]\n";
    std::ofstream(dir / "LICENSE") << "not a dictionary\n";
    std::ofstream(dir / "corpus" / "a.txt") << "President Toqaev spoke.\n";
    std::ofstream(dir / "corpus" / "sub" / "b.jsonl") << R"({"text": "Nursultan Nazarbaev resigned."})"
                                                      << "\n";
    std::ofstream(dir / "corpus" / "c.zip", std::ios::binary) << std::string("PK\0\0", 4);
  }
  DictionarySource other;
  std::vector<Status> notes;
  ASSERT_TRUE(ReadAnyDictionary((dir / "test.actors").string(), &other, &notes).ok());
  EXPECT_EQ(other.entries.size(), 2u);
  EXPECT_FALSE(ReadAnyDictionary((dir / "missing").string(), &other, &notes).ok());

  CoverageCounter counter(Native(kOurs), other);
  size_t skipped = 0;
  ASSERT_TRUE(counter.AddCorpusPath((dir / "corpus").string(), &skipped).ok());
  EXPECT_EQ(skipped, 1u);
  const CoverageReport r = counter.Report(10);
  EXPECT_EQ(r.corpus_texts, 2u);
  EXPECT_EQ(r.corpus_names, 2u);
  EXPECT_EQ(r.corpus_names_same, 1u);  // Nazarbaev is not in kOurs
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace dyad
