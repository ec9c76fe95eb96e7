// Sport stories: the word lists and the test (contract in sport_stories.h).
//
// The lists are written from general knowledge of sports reporting, not from any corpus: words whose only
// common sense is sport (positions, stages of a competition, the kit and officials of a game, sports
// themselves), words that sport uses often and politics sometimes ("coach", "victory", "title"), and the
// everyday words of political news. "game", "player" and "played" are in no list: video games and music
// players use them as much as sport.
#include "coding/sport_stories.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace dyad::coding_internal {
namespace {

// Each list is sorted (static_assert below), so that a word is easy to find and never listed twice.
constexpr std::array<std::string_view, 91> kSportOnly = {
    "athlete",       "athletes",       "athletics",   "baseball",     "basketball",    "batsman",
    "batsmen",       "bowler",         "bowlers",     "boxer",        "boxing",        "championship",
    "championships", "cricket",        "cricketer",   "cricketers",   "cycling",       "cyclist",
    "fifa",          "fixture",        "fixtures",    "fly-half",     "football",      "footballer",
    "footballers",   "goalkeeper",     "goalkeepers", "golf",         "golfer",        "golfers",
    "hamstring",     "hat-trick",      "hockey",      "hurdler",      "hurdles",       "iaaf",
    "innings",       "league",         "leagues",     "marathon",     "medallist",     "medallists",
    "midfielder",    "midfielders",    "motorsport",  "nba",          "nfl",           "olympian",
    "olympians",     "olympic",        "olympics",    "playoff",      "playoffs",      "premiership",
    "quarter-final", "quarter-finals", "quarterback", "quarterfinal", "quarterfinals", "racing",
    "referee",       "referees",       "relay",       "rugby",        "scrum",         "semi-final",
    "semi-finals",   "semifinal",      "semifinals",  "snooker",      "soccer",        "sprinter",
    "sprinters",     "striker",        "strikers",    "team-mate",    "team-mates",    "teammate",
    "teammates",     "tennis",         "touchdown",   "tournament",   "tournaments",   "uefa",
    "umpire",        "umpires",        "wicket",      "wickets",      "wimbledon",     "winger",
    "wingers"};

constexpr std::array<std::string_view, 46> kSportOften = {
    "beat",     "beaten", "captain",     "champion", "champions", "club",    "clubs",    "coach",
    "coaches",  "cup",    "defeat",      "defender", "defenders", "fans",    "final",    "finals",
    "goal",     "goals",  "heavyweight", "injured",  "injury",    "manager", "match",    "matches",
    "medal",    "medals", "penalty",     "podium",   "race",      "score",   "scored",   "season",
    "seasons",  "seed",   "seeded",      "squad",    "squads",    "stadium", "stadiums", "title",
    "transfer", "tries",  "trophy",      "victory",  "win",       "won"};

constexpr std::array<std::string_view, 62> kPolitics = {
    "army",        "authorities",  "bill",          "cabinet",     "campaign",    "campaigners", "ceasefire",
    "congress",    "conservative", "council",       "court",       "democrat",    "democrats",   "diplomats",
    "election",    "elections",    "embassy",       "government",  "governments", "governor",    "judge",
    "labour",      "law",          "laws",          "legislation", "liberal",     "militants",   "military",
    "minister",    "ministers",    "ministry",      "mp",          "mps",         "official",    "officials",
    "opposition",  "parliament",   "parliamentary", "parties",     "party",       "police",      "policy",
    "president",   "prime",        "protest",       "protesters",  "rebels",      "regime",      "republican",
    "republicans", "sanctions",    "secretary",     "senate",      "senator",     "spokesman",   "talks",
    "tory",        "treaty",       "troops",        "vote",        "voters",      "war"};

template <size_t N>
constexpr bool IsSorted(const std::array<std::string_view, N>& words) {
  for (size_t i = 1; i < N; ++i)
    if (!(words[i - 1] < words[i])) return false;
  return true;
}

static_assert(IsSorted(kSportOnly) && IsSorted(kSportOften) && IsSorted(kPolitics));

enum class WordClass : uint8_t { kNone, kOnlySport, kOftenSport, kPoliticalWord };

// The three lists in one open-addressing table keyed by FNV-1a of the lower-cased word: a story is read word
// by word, and one hash probe per word is far cheaper than three binary searches of string compares (measured
// with callgrind over bbc-2225's bench: 1,756M -> 1,707M instructions for the whole run).
class WordTable {
 public:
  WordTable() {
    Add(kSportOnly, WordClass::kOnlySport);
    Add(kSportOften, WordClass::kOftenSport);
    Add(kPolitics, WordClass::kPoliticalWord);
  }
  static uint32_t Hash(std::string_view word) {
    uint32_t h = 2166136261u;
    for (char c : word) h = (h ^ static_cast<uint8_t>(c)) * 16777619u;
    return h;
  }
  WordClass Find(std::string_view word, uint32_t hash) const {
    for (uint32_t i = hash & kMask;; i = (i + 1) & kMask) {
      if (slots_[i].word.empty()) return WordClass::kNone;
      if (slots_[i].word == word) return slots_[i].word_class;
    }
  }

 private:
  static constexpr uint32_t kSize = 1024;  // more than four times the words: probes stay short
  static constexpr uint32_t kMask = kSize - 1;
  struct Slot {
    std::string_view word;
    WordClass word_class = WordClass::kNone;
  };
  template <size_t N>
  void Add(const std::array<std::string_view, N>& words, WordClass word_class) {
    for (std::string_view word : words) {
      uint32_t i = Hash(word) & kMask;
      while (!slots_[i].word.empty()) i = (i + 1) & kMask;
      slots_[i] = {word, word_class};
    }
  }
  std::array<Slot, kSize> slots_{};
};
static_assert(kSportOnly.size() + kSportOften.size() + kPolitics.size() < 256);

// "6-1", "7-6", "23-19": a number token of one or two digits, a hyphen, one or two digits.
bool IsMatchScore(std::string_view word) {
  const size_t dash = word.find('-');
  if (dash == std::string_view::npos || dash == 0 || dash > 2 || word.size() - dash - 1 == 0 ||
      word.size() - dash - 1 > 2)
    return false;
  for (size_t i = 0; i < word.size(); ++i)
    if (i != dash && (word[i] < '0' || word[i] > '9')) return false;
  return true;
}

bool IsCountryOnly(const EventActor& actor) {
  return !actor.code.empty() && actor.code == actor.country && actor.sectors.empty();
}

}  // namespace

bool IsSportStory(std::string_view text, std::span<const Token> tokens) {
  static const WordTable table;
  int weight = 0, sport_only = 0, politics = 0;
  char lower[16];  // longer than any listed word
  for (const Token& token : tokens) {
    const std::string_view word = text.substr(token.start, token.end - token.start);
    if (token.kind == TokenKind::kNumber) {
      if (IsMatchScore(word)) {
        weight += 2;
        ++sport_only;
      }
      continue;
    }
    if (token.kind != TokenKind::kWord || word.size() < 2 || word.size() > sizeof lower) continue;
    uint32_t hash = 2166136261u;
    for (size_t i = 0; i < word.size(); ++i) {
      const char c = (word[i] >= 'A' && word[i] <= 'Z') ? static_cast<char>(word[i] - 'A' + 'a') : word[i];
      lower[i] = c;
      hash = (hash ^ static_cast<uint8_t>(c)) * 16777619u;
    }
    switch (table.Find(std::string_view(lower, word.size()), hash)) {
      case WordClass::kOnlySport:
        weight += 2;
        ++sport_only;
        break;
      case WordClass::kOftenSport:
        weight += 1;
        break;
      case WordClass::kPoliticalWord:
        ++politics;
        break;
      case WordClass::kNone:
        break;
    }
  }
  return sport_only >= 3 && weight >= 10 && weight >= 4 * politics;
}

size_t DropNationalTeamEvents(std::string_view text, std::span<const Token> tokens, size_t first_event,
                              std::vector<Event>* events) {
  // A team's act, or an act toward a team or player by no institution ("the Argentine beat Germany's Haas").
  auto country_only = [](const Event& e) {
    return IsCountryOnly(e.source) || (IsCountryOnly(e.target) && e.source.sectors.empty());
  };
  if (first_event >= events->size() ||
      std::none_of(events->begin() + static_cast<std::ptrdiff_t>(first_event), events->end(), country_only))
    return 0;
  if (!IsSportStory(text, tokens)) return 0;
  const auto removed =
      std::remove_if(events->begin() + static_cast<std::ptrdiff_t>(first_event), events->end(), country_only);
  const size_t count = static_cast<size_t>(events->end() - removed);
  events->erase(removed, events->end());
  return count;
}

}  // namespace dyad::coding_internal
