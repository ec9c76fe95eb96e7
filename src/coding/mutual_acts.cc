// Mutual acts (mutual_acts.h): which acts of "A and B" with no object make each the other's target.
#include "coding/mutual_acts.h"

#include <array>

namespace dyad {
namespace {

// Words of a fighting phrase that name the fight as both sides' ("clashes with", "exchange fire"), unlike
// one side's attack ("launch an offensive", "fire on").
constexpr std::array<std::string_view, 11> kFightWords = {"clash",    "clashes",  "fight",     "fighting",
                                                          "battle",   "war",      "exchange",  "firefight",
                                                          "gunfight", "skirmish", "skirmishes"};

// Words of an intent phrase that name a bond between the parties ("seek to deepen (a) partnership", "agree
// to boost trade"), which two parties who announce it together announce toward each other.
constexpr std::array<std::string_view, 6> kBondWords = {"cooperation", "partnership", "ties",
                                                        "relations",   "trade",       "alliance"};

std::string_view FirstWord(std::string_view phrase) {
  const size_t space = phrase.find(' ');
  return space == std::string_view::npos ? phrase : phrase.substr(0, space);
}

template <size_t N>
bool HasWordOf(std::string_view phrase, const std::array<std::string_view, N>& words) {
  while (!phrase.empty()) {
    const size_t space = phrase.find(' ');
    const std::string_view word = space == std::string_view::npos ? phrase : phrase.substr(0, space);
    for (std::string_view w : words)
      if (word == w) return true;
    if (space == std::string_view::npos) break;
    phrase.remove_prefix(space + 1);
  }
  return false;
}

}  // namespace

bool MutualAct(std::string_view code, std::string_view phrase) {
  if (code.size() < 3) return false;
  if (code.starts_with("04")) return code != "042" && code != "043" && code != "045";
  if (code == "036" || code == "037" || code == "050" || code == "057" || code.starts_with("06")) return true;
  if (code == "161" || code == "164") return true;
  if (code.starts_with("03")) {
    const std::string_view first = FirstWord(phrase);
    const bool agreed = first == "agree" || first == "reach" || HasWordOf(phrase, kBondWords);
    const bool concession = code.starts_with("034") || (code.starts_with("035") && code != "0356");
    return agreed && !concession && !code.starts_with("032") && !code.starts_with("038") &&
           !code.starts_with("039");
  }
  if (code.starts_with("19")) return HasWordOf(phrase, kFightWords);
  return false;
}

bool EachOtherAfter(const SentenceAnalysis& a, uint32_t end) {
  constexpr uint32_t kMaxTokensBetween = 2;  // "accused each other", "blamed in turn each other"
  for (uint32_t i = end; i <= end + kMaxTokensBetween && i + 1 < a.tokens.size(); ++i) {
    const std::string_view w = a.Folded(i), next = a.Folded(i + 1);
    if ((w == "each" && next == "other") || (w == "one" && next == "another")) return true;
  }
  return false;
}

}  // namespace dyad
