// Checks on the default dictionaries as assembled in the build tree (DYAD_TEST_DICT_DIR =
// build/share/dyad/dict): they parse without a single error, people's offices and spellings are consistent,
// and every verb code is a CAMEO code (countries and capitals: default_countries_test.cc).
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "dictionary/default_dictionaries_test_util.h"
#include "dyad/dictionary.h"

namespace dyad {
namespace {

using namespace default_dictionaries_test;  // NOLINT: the shared fixture and helpers

// The sectors of people.txt lines that hold an office (and so carry office=).
constexpr std::string_view kOfficeSectors[] = {"GOV", "IGO"};

TEST_F(DefaultDictionariesTest, ParseWithoutErrors) {
  ASSERT_TRUE(read_status_->ok()) << read_status_->ToString();
  for (const Status& error : *errors_) ADD_FAILURE() << error.message();
  EXPECT_GT(source_->entries.size(), 500u);
}

TEST_F(DefaultDictionariesTest, PeopleAreDatedAndKnownOnesAreRight) {
  const auto people = Entries(EntryKind::kActor, "/people.txt");
  ASSERT_FALSE(people.empty());
  for (const DictionaryEntry* e : people) {
    EXPECT_TRUE(!e->valid_from.empty() || !e->valid_to.empty())
        << Where(*e) << ": a person's office needs dates";
    // Heads of IGOs and leaders of transnational armed groups carry the organisation's code and no country.
    EXPECT_TRUE(!e->country.empty() || e->code.starts_with("IGO") || e->code.starts_with("IMG")) << Where(*e);
  }
  // Spot checks of facts the coder's tests rely on.
  auto code_on = [&](std::string_view phrase, std::string_view date) { return CodeOn(people, phrase, date); };
  EXPECT_EQ(code_on("Pompeo", "2019-06-01"), "USAGOV");
  EXPECT_EQ(code_on("Pompeo", "2018-01-01"), "");
  EXPECT_EQ(code_on("Atamkulov", "2019-06-01"), "KAZGOV");
  EXPECT_EQ(code_on("Toqaev", "2023-01-01"), "KAZGOV");
  EXPECT_EQ(code_on("Nazarbayev", "2018-01-01"), "KAZGOV");
  EXPECT_EQ(code_on("Nazarbayev", "2023-01-01"), "KAZELI");
  EXPECT_EQ(code_on("Zelenskyy", "2022-03-01"), "UKRGOV");
  EXPECT_EQ(code_on("Trump", "2023-01-01"), "USAELI");
  EXPECT_EQ(code_on("Trump", "2025-06-01"), "USAGOV");
  EXPECT_EQ(code_on("Putin", "2010-01-01"), "RUSGOV");  // prime minister between presidencies
  EXPECT_EQ(code_on("Medvedev", "2021-01-01"), "RUSELI");
  EXPECT_EQ(code_on("Guterres", "2020-01-01"), "IGOUNO");
  EXPECT_EQ(code_on("Guterres", "2010-01-01"), "PRTELI");
  EXPECT_EQ(code_on("Mark Rutte", "2020-01-01"), "NLDGOV");
  EXPECT_EQ(code_on("Mark Rutte", "2024-08-01"), "NLDELI");
  EXPECT_EQ(code_on("Mark Rutte", "2025-01-01"), "IGOWSTNAT");
  EXPECT_EQ(code_on("Abe", "2023-01-01"), "");  // died 2022-07-08
  // Heads of other departments and central banks: coded GOV while in office, nothing between offices.
  EXPECT_EQ(code_on("David Blunkett", "2004-06-01"), "GBRGOV");  // Home Secretary
  EXPECT_EQ(code_on("David Blunkett", "2005-02-01"), "");        // between two cabinet posts
  EXPECT_EQ(code_on("Greenspan", "2005-06-01"), "USAGOV");       // chair of the Federal Reserve
  EXPECT_EQ(code_on("Yellen", "2022-06-01"), "USAGOV");          // Secretary of the Treasury
  // Members of Congress are LEG while they sit and hand over to their executive office without a shared day;
  // White House staff (COS, NSA) are GOV.
  EXPECT_EQ(code_on("John McCain", "2008-06-01"), "USALEG");
  EXPECT_EQ(code_on("John McCain", "2019-01-01"), "");  // died 2018-08-25
  EXPECT_EQ(code_on("Kerry", "2005-01-01"), "");        // bare surname left out (header)
  EXPECT_EQ(code_on("John Kerry", "2005-01-01"), "USALEG");
  EXPECT_EQ(code_on("John Kerry", "2014-01-01"), "USAGOV");
  // No LEG line for a president with an ELI line: undated text codes "Obama" by his ended office (actors.cc).
  EXPECT_EQ(code_on("Obama", "2006-01-01"), "");
  EXPECT_EQ(code_on("Hillary Clinton", "2009-01-20"), "USALEG");
  EXPECT_EQ(code_on("Hillary Clinton", "2009-01-21"), "USAGOV");
  EXPECT_EQ(code_on("Howard Baker", "1987-06-01"), "USAGOV");  // White House Chief of Staff
  EXPECT_EQ(code_on("Scowcroft", "1990-06-01"), "USAGOV");     // National Security Advisor
  EXPECT_EQ(code_on("McConnell", "2005-01-01"), "");  // shared with Scotland's First Minister of the time
  // "George Bush" (countries.txt) is dated by whichever Bush held an office.
  const auto actors = Entries(EntryKind::kActor);
  EXPECT_EQ(CodeOn(actors, "George Bush", "1987-06-01"), "USAGOV");  // vice president
  EXPECT_EQ(CodeOn(actors, "George Bush", "1996-06-01"), "USAELI");
  EXPECT_EQ(CodeOn(actors, "George Bush", "2004-06-01"), "USAGOV");
  // A state's earlier name holds only in its period.
  const auto countries = Entries(EntryKind::kCountry);
  EXPECT_EQ(CodeOn(countries, "Kampuchea", "1985-01-01"), "KHM");
  EXPECT_EQ(CodeOn(countries, "Kampuchea", "2005-01-01"), "");
}

// Issue 4: a people of one state's region is that state's adjective ("Chechen rebels" RUSREB); a people or
// faith that lives in several states qualifies an armed group as an agent phrase, which takes the country the
// text gives ("Kurdish rebels", "Shiite militiamen"); "Tamil" alone stays uncoded (India's Tamil Nadu), only
// the armed phrases are Sri Lanka's.
TEST_F(DefaultDictionariesTest, SubNationalPeoplesBeforeArmedGroups) {
  const auto countries = Entries(EntryKind::kCountry);
  const auto actors = Entries(EntryKind::kActor);
  const auto agents = Entries(EntryKind::kAgent);
  EXPECT_EQ(CodeOn(countries, "Chechen", "2000-01-01"), "RUS");
  EXPECT_EQ(CodeOn(countries, "Darfuri", "2005-01-01"), "SDN");
  EXPECT_EQ(CodeOn(countries, "Kurdish", "2000-01-01"), "");
  EXPECT_EQ(CodeOn(countries, "Tamil", "2000-01-01"), "");
  EXPECT_EQ(CodeOn(actors, "Tamil", "2000-01-01"), "");
  EXPECT_EQ(CodeOn(actors, "Tamil rebels", "2000-01-01"), "LKAREB");
  EXPECT_EQ(CodeOn(actors, "Darfur rebels", "2005-01-01"), "SDNREB");
  EXPECT_EQ(CodeOn(actors, "Darfur", "2005-01-01"), "");  // a place, not an actor
  EXPECT_EQ(CodeOn(agents, "kurdish rebels", "2000-01-01"), "REB");
  EXPECT_EQ(CodeOn(agents, "shiite militiamen", "2000-01-01"), "UAF");
}

// Unnamed actors a news coder meets (branch news10): armed men of unknown alignment, lawbreakers, activists.
// The words left out on purpose stay out: each made false events on bbc-2225 or muc3-html (agents.txt says
// which), so a later edit that adds one should be measured again, not slipped in.
TEST_F(DefaultDictionariesTest, UnnamedAttackersLawbreakersAndActivists) {
  const auto agents = Entries(EntryKind::kAgent);
  EXPECT_EQ(CodeOn(agents, "attackers", "2000-01-01"), "UAF");
  EXPECT_EQ(CodeOn(agents, "assailants", "2000-01-01"), "UAF");
  EXPECT_EQ(CodeOn(agents, "captors", "2000-01-01"), "UAF");
  EXPECT_EQ(CodeOn(agents, "death squads", "2000-01-01"), "UAF");
  EXPECT_EQ(CodeOn(agents, "hackers", "2000-01-01"), "CRM");
  EXPECT_EQ(CodeOn(agents, "activists", "2000-01-01"), "OPP");
  EXPECT_EQ(CodeOn(agents, "youths", "2000-01-01"), "CVL");
  EXPECT_EQ(CodeOn(agents, "prison guards", "2000-01-01"), "COP");
  for (const char* left_out :
       {"suspect", "suspects", "tycoon", "snipers", "bombers", "man", "men", "people"}) {
    EXPECT_EQ(CodeOn(agents, left_out, "2000-01-01"), "") << left_out;
  }
}

// The office= attribute of people.txt lines (docs/dictionaries.md, "People and offices"). A line holds an
// office exactly when it is coded GOV or IGO; former leaders (ELI), the opposition and armed groups hold
// none. No (country or organisation, office) has two holders on the same day; the outgoing holder's last day
// may be the successor's first (handover day).
TEST_F(DefaultDictionariesTest, NoOfficeHasTwoHoldersAtOnce) {
  // The heads of the other great departments (DPM ... NIR, ENR, and CST, ECO, IAC of people.txt's header) and
  // central banks (CBG) are listed for some states only; each is still one holder at a time.
  static const std::set<std::string> kOffices = {
      "HOS",  "HOG",    "HOSG",    "VP",  "FM",  "DEF", "NSC", "UNSG", "NATOSG", "EUCOPRES",
      "EUHR", "ECPRES", "IGOHEAD", "DPM", "INT", "FIN", "HLH", "EDU",  "TRD",    "DEV",
      "WRK",  "CUL",    "NIR",     "CBG", "ENR", "CST", "ECO", "IAC",  "COS",    "NSA"};
  std::map<std::pair<std::string, std::string>, std::vector<const DictionaryEntry*>> holders;
  size_t offices = 0;
  for (const DictionaryEntry* e : Entries(EntryKind::kActor, "/people.txt")) {
    const bool in_office =
        std::find_first_of(e->sectors.begin(), e->sectors.end(), std::begin(kOfficeSectors),
                           std::end(kOfficeSectors)) != e->sectors.end();
    if (!in_office) {
      EXPECT_TRUE(e->office.empty()) << Where(*e) << ": office=" << e->office << " on a line coded "
                                     << e->code << " (only GOV and IGO lines hold an office)";
      continue;
    }
    if (e->office.empty()) {
      ADD_FAILURE() << Where(*e) << ": a GOV or IGO line needs office=";
      continue;
    }
    EXPECT_TRUE(kOffices.count(e->office)) << Where(*e) << ": unknown office " << e->office;
    const std::string holder_of = e->country.empty() ? e->code : e->country;
    for (const std::string& o :
         e->office == "HOSG" ? std::vector<std::string>{"HOS", "HOG"} : std::vector<std::string>{e->office}) {
      holders[{holder_of, o}].push_back(e);
    }
    ++offices;
  }
  EXPECT_GT(offices, 1000u);
  EXPECT_GT(holders.size(), 250u);
  auto before_or_handover = [](const std::string& to, const std::string& from) {
    return !to.empty() && !from.empty() && to <= from;
  };
  for (const auto& [key, list] : holders) {
    for (size_t i = 0; i < list.size(); ++i) {
      for (size_t j = i + 1; j < list.size(); ++j) {
        const DictionaryEntry& a = *list[i];
        const DictionaryEntry& b = *list[j];
        const bool apart =
            before_or_handover(a.valid_to, b.valid_from) || before_or_handover(b.valid_to, a.valid_from);
        EXPECT_TRUE(apart) << key.first << " " << key.second << " has two holders at once: " << a.phrases[0]
                           << " (" << Where(a) << ") and " << b.phrases[0] << " (" << Where(b) << ")";
      }
    }
  }
}

// ISO 3166-1 entries that are not states (dependent territories). Used by the two heads-of-state tests below.
const std::set<std::string>& Territories() {
  static const auto* territories = new std::set<std::string>{
      "ABW", "AIA", "ALA", "ASM", "ATA", "ATF", "BES", "BLM", "BMU", "BVT", "CCK", "COK", "CUW", "CXR",
      "CYM", "ESH", "FLK", "FRO", "GGY", "GIB", "GLP", "GRL", "GUF", "GUM", "HKG", "HMD", "IMN", "IOT",
      "JEY", "MAC", "MAF", "MNP", "MSR", "MTQ", "MYT", "NCL", "NFK", "NIU", "PCN", "PRI", "PYF", "REU",
      "SGS", "SHN", "SJM", "SPM", "SXM", "TCA", "TKL", "UMI", "VGB", "VIR", "WLF"};
  return *territories;
}

// States whose head of state holds another state's office: the Commonwealth realms' is the British monarch
// (GBR's office=HOS lines), Andorra's co-prince is the French president. Value: that state and the last day
// of the arrangement ("" while it lasts; Barbados became a republic on 2021-11-30).
struct HeadOfStateElsewhere {
  std::string state;
  std::string last_day;
};
const std::map<std::string, HeadOfStateElsewhere>& HeadsOfStateElsewhere() {
  static const auto* elsewhere = new std::map<std::string, HeadOfStateElsewhere>{
      {"ATG", {"GBR", ""}}, {"AUS", {"GBR", ""}}, {"BHS", {"GBR", ""}},           {"BLZ", {"GBR", ""}},
      {"CAN", {"GBR", ""}}, {"GRD", {"GBR", ""}}, {"JAM", {"GBR", ""}},           {"KNA", {"GBR", ""}},
      {"LCA", {"GBR", ""}}, {"NZL", {"GBR", ""}}, {"PNG", {"GBR", ""}},           {"SLB", {"GBR", ""}},
      {"TUV", {"GBR", ""}}, {"VCT", {"GBR", ""}}, {"BRB", {"GBR", "2021-11-29"}}, {"AND", {"FRA", ""}}};
  return *elsewhere;
}

// (state, office) pairs no dated one-holder list can describe, each with its reason; both tests skip them.
const std::map<std::pair<std::string, std::string>, std::string>& UnlistableOffices() {
  static const auto* unlistable = new std::map<std::pair<std::string, std::string>, std::string>{
      {{"BIH", "HOS"}, "a three-member presidency whose chair rotates every eight months"},
      {{"SMR", "HOS"}, "two Captains Regent, a new pair every six months"},
  };
  return *unlistable;
}

// Issue 5 asks for every state's heads of state and government since 2000. This lists the ISO 3166-1 states
// without an office=HOS or HOG holder in people.txt (HOSG counts for both) and fails when the list grows past
// kMaxStatesWithoutHeads: lower the number when people are added, never raise it. A state whose head of
// state is another state's (HeadsOfStateElsewhere) and the offices in UnlistableOffices need no line.
TEST_F(DefaultDictionariesTest, StatesWithoutHeadsOfStateOrGovernment) {
  constexpr size_t kMaxStatesWithoutHeads = 0;
  std::map<std::string, std::set<std::string>> offices;
  for (const DictionaryEntry* e : Entries(EntryKind::kActor, "/people.txt")) {
    if (e->country.empty() || e->office.empty()) continue;
    if (e->office == "HOS" || e->office == "HOSG") offices[e->country].insert("HOS");
    if (e->office == "HOG" || e->office == "HOSG") offices[e->country].insert("HOG");
  }
  std::vector<std::string> missing;
  for (const DictionaryEntry* e : Entries(EntryKind::kCountry, "/countries.iso.txt")) {
    if (Territories().count(e->code)) continue;
    const std::set<std::string>& held = offices[e->code];
    const auto elsewhere = HeadsOfStateElsewhere().find(e->code);
    const bool hos_elsewhere =
        elsewhere != HeadsOfStateElsewhere().end() && elsewhere->second.last_day.empty();
    std::string lacks;
    if (!held.count("HOS") && !hos_elsewhere && !UnlistableOffices().count({e->code, "HOS"})) lacks += " HOS";
    if (!held.count("HOG") && !UnlistableOffices().count({e->code, "HOG"})) lacks += " HOG";
    if (!lacks.empty()) missing.push_back(e->code + " (" + e->phrases[0] + "):" + lacks);
  }
  std::string list;
  for (const std::string& m : missing) list += "\n  " + m;
  std::printf("%zu states without a head of state or government in people.txt:%s\n", missing.size(),
              list.c_str());
  EXPECT_LE(missing.size(), kMaxStatesWithoutHeads) << list;
}

// Days since 1970-01-01 of an ISO date YYYY-MM-DD (people.txt's dates are all full; the parser checks that).
int DayNumber(std::string_view iso) {
  const int y = std::stoi(std::string(iso.substr(0, 4)));
  const unsigned m = static_cast<unsigned>(std::stoi(std::string(iso.substr(5, 2))));
  const unsigned d = static_cast<unsigned>(std::stoi(std::string(iso.substr(8, 2))));
  return std::chrono::sys_days(
             std::chrono::year_month_day(std::chrono::year(y), std::chrono::month(m), std::chrono::day(d)))
      .time_since_epoch()
      .count();
}

// Issue 5's real requirement: for every state and office (HOS, HOG), a holder on every day from 2000-01-01
// (or the state's independence) to kPeopleAsOf, the day people.txt was last brought up to date. This counts
// the days no people.txt line covers (HOSG counts for both offices; HeadsOfStateElsewhere's HOS is the other
// state's; UnlistableOffices count as covered), prints the states with the largest gaps, and fails when the
// uncovered share of all (state, office, day) triples grows past kMaxUncoveredShare: lower the ceiling when
// people are added, never raise it. The end is a fixed date, not the clock, so that the suite gives the same
// answer on any day; when successors are added, move kPeopleAsOf forward with them.
TEST_F(DefaultDictionariesTest, HeadsOfStateAndGovernmentCoverEveryDaySince2000) {
  constexpr double kMaxUncoveredShare =
      0.0125;  // 0.0120 on 2026-11-29 after branch world7 (0.0122 before it, 0.0371 before the KGZ, JOR, VUT,
               // MDG, GNB, ... additions)
  // States that came into being after 2000-01-01: their offices are counted from that day.
  static const std::map<std::string, std::string> kStateSince = {
      {"TLS", "2002-05-20"}, {"MNE", "2006-06-03"}, {"SRB", "2006-06-05"}, {"SSD", "2011-07-09"}};
  const int first_day = DayNumber("2000-01-01");
  constexpr std::string_view kPeopleAsOf = "2026-11-29";
  const int today = DayNumber(kPeopleAsOf);
  ASSERT_GT(today, first_day);

  using Periods = std::vector<std::pair<int, int>>;  // inclusive [first, last] day numbers
  std::map<std::pair<std::string, std::string>, Periods> held;
  for (const DictionaryEntry* e : Entries(EntryKind::kActor, "/people.txt")) {
    if (e->country.empty() || e->office.empty()) continue;
    const int from = e->valid_from.empty() ? first_day : DayNumber(e->valid_from);
    const int to = e->valid_to.empty() ? today : DayNumber(e->valid_to);
    if (e->office == "HOS" || e->office == "HOSG") held[{e->country, "HOS"}].emplace_back(from, to);
    if (e->office == "HOG" || e->office == "HOSG") held[{e->country, "HOG"}].emplace_back(from, to);
  }
  // The days of [start, today] that no period covers.
  auto uncovered = [&](Periods periods, int start) {
    std::sort(periods.begin(), periods.end());
    int next = start;  // first day not yet known to be covered
    int gap = 0;
    for (const auto& [from, to] : periods) {
      if (to < next) continue;
      if (from > next) gap += std::min(from, today + 1) - next;
      next = std::max(next, to + 1);
      if (next > today) break;
    }
    return gap + std::max(0, today + 1 - next);
  };

  int64_t total_days = 0;
  int64_t total_gap = 0;
  std::vector<std::pair<int, std::string>> gaps;  // (uncovered days, "CODE (name): HOS n HOG m")
  for (const DictionaryEntry* e : Entries(EntryKind::kCountry, "/countries.iso.txt")) {
    if (Territories().count(e->code)) continue;
    const auto since = kStateSince.find(e->code);
    const int start = since == kStateSince.end() ? first_day : DayNumber(since->second);
    Periods hos_periods = held[{e->code, "HOS"}];
    if (const auto elsewhere = HeadsOfStateElsewhere().find(e->code);
        elsewhere != HeadsOfStateElsewhere().end()) {
      const int last = elsewhere->second.last_day.empty() ? today : DayNumber(elsewhere->second.last_day);
      for (const auto& [from, to] : held[{elsewhere->second.state, "HOS"}]) {
        if (from <= last) hos_periods.emplace_back(from, std::min(to, last));
      }
    }
    const int hos = UnlistableOffices().count({e->code, "HOS"}) ? 0 : uncovered(hos_periods, start);
    const int hog =
        UnlistableOffices().count({e->code, "HOG"}) ? 0 : uncovered(held[{e->code, "HOG"}], start);
    total_days += 2 * (today + 1 - start);
    total_gap += hos + hog;
    if (hos + hog > 0) {
      gaps.emplace_back(hos + hog, e->code + " (" + e->phrases[0] + "): HOS " + std::to_string(hos) +
                                       " HOG " + std::to_string(hog));
    }
  }
  std::sort(gaps.rbegin(), gaps.rend());
  const double share = static_cast<double>(total_gap) / static_cast<double>(total_days);
  std::string list;
  for (size_t i = 0; i < gaps.size() && i < 40; ++i) list += "\n  " + gaps[i].second;
  std::printf(
      "%.4f of (state, office, day) since 2000 without a holder in people.txt; %zu states have gaps; "
      "the largest (uncovered days):%s\n",
      share, gaps.size(), list.c_str());
  EXPECT_LE(share, kMaxUncoveredShare) << list;
}

// Every spelling of a person gives the same code on any day: the lines of one person (same first phrase and
// country) list the same spellings, and the transliterations news uses resolve alike.
TEST_F(DefaultDictionariesTest, SpellingVariantsResolveToTheSamePerson) {
  const auto people = Entries(EntryKind::kActor, "/people.txt");
  std::map<std::pair<std::string, std::string>, const DictionaryEntry*> first_line;
  for (const DictionaryEntry* e : people) {
    auto [it, inserted] = first_line.try_emplace({e->country, e->phrases[0]}, e);
    if (inserted) continue;
    std::set<std::string> a(it->second->phrases.begin(), it->second->phrases.end());
    std::set<std::string> b(e->phrases.begin(), e->phrases.end());
    EXPECT_EQ(a, b) << Where(*e) << " lists other spellings of " << e->phrases[0] << " than "
                    << Where(*it->second);
  }
  auto code_on = [&](std::string_view phrase, std::string_view date) { return CodeOn(people, phrase, date); };
  const std::vector<std::pair<std::vector<std::string_view>, std::string_view>> variants = {
      {{"Tokayev", "Toqaev", "Tokaev", "Kassym-Jomart Tokayev", "Qasym-Jomart Toqaev"}, "2023-01-01"},
      {{"Nazarbayev", "Nazarbaev", "Nursultan Nazarbayev", "Elbasy"}, "2015-01-01"},
      {{"Zelensky", "Zelenskyy", "Zelenskiy", "Volodymyr Zelenskyy"}, "2022-03-01"},
      {{"Erdogan", "Erdoğan", "Recep Tayyip Erdoğan"}, "2020-01-01"},
      {{"Lukashenko", "Lukashenka", "Alyaksandr Lukashenka"}, "2020-08-09"},
      {{"Mirziyoyev", "Mirziyoev"}, "2018-01-01"},
      {{"Gaddafi", "Qaddafi", "Gadhafi"}, "2011-03-01"},
      {{"Rouhani", "Rohani"}, "2015-01-01"},
      {{"Çavuşoğlu", "Cavusoglu"}, "2020-01-01"},
  };
  for (const auto& [names, date] : variants) {
    const std::string expected = code_on(names[0], date);
    EXPECT_FALSE(expected.empty()) << names[0] << " on " << date;
    for (std::string_view name : names) EXPECT_EQ(code_on(name, date), expected) << name << " on " << date;
  }
}

// Presidents named by their title alone are dated as their names are: in office, then former.
TEST_F(DefaultDictionariesTest, PresidentByTitleFollowsTheDate) {
  const auto people = Entries(EntryKind::kActor, "/people.txt");
  EXPECT_EQ(CodeOn(people, "President Eisenhower", "1957-01-01"), "USAGOV");
  EXPECT_EQ(CodeOn(people, "President Eisenhower", "1965-01-01"), "USAELI");
  EXPECT_EQ(CodeOn(people, "President Carter", "1979-01-01"), "USAGOV");
  EXPECT_EQ(CodeOn(people, "President Carter", "1994-06-01"), "USAELI");
  EXPECT_EQ(CodeOn(people, "Mr Clinton", "2004-06-01"), "USAELI");
}

TEST_F(DefaultDictionariesTest, EveryVerbCodeIsACameoCode) {
  if (!HasFile("cameo.txt")) GTEST_SKIP() << "cameo.txt not assembled yet";
  std::set<std::string> cameo;
  for (const DictionaryEntry* e : Entries(EntryKind::kCameo)) {
    EXPECT_TRUE(cameo.insert(e->code).second) << Where(*e) << ": cameo " << e->code << " defined twice";
  }
  for (const DictionaryEntry* e : Entries(EntryKind::kVerb)) {
    if (e->code == "-") continue;  // a negative pattern codes nothing
    EXPECT_TRUE(cameo.count(e->code)) << Where(*e) << ": verb code " << e->code << " has no cameo entry";
  }
  for (int root = 1; root <= 20; ++root) {
    const std::string code = (root < 10 ? "0" : "") + std::to_string(root);
    EXPECT_TRUE(cameo.count(code)) << "CAMEO root " << code << " has no cameo entry";
  }
}

TEST_F(DefaultDictionariesTest, EveryCameoRootHasAVerbPattern) {
  if (!HasFile("cameo.txt") || !HasFile("verbs.txt"))
    GTEST_SKIP() << "cameo.txt or verbs.txt not assembled yet";
  std::set<std::string> roots_with_patterns;
  for (const DictionaryEntry* e : Entries(EntryKind::kVerb)) roots_with_patterns.insert(e->code.substr(0, 2));
  for (int root = 1; root <= 20; ++root) {
    const std::string code = (root < 10 ? "0" : "") + std::to_string(root);
    EXPECT_TRUE(roots_with_patterns.count(code)) << "CAMEO root " << code << " has no verb pattern";
  }
}

}  // namespace
}  // namespace dyad