#include "coding/domestic_parties.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include "coding/roles.h"

namespace dyad {
namespace {

constexpr std::array<std::string_view, 2> kChallengerSectors = {"REB", "OPP"};
constexpr std::array<std::string_view, 4> kAuthoritySectors = {"GOV", "JUD", "LEG", "COP"};

template <size_t N>
bool HasAnyOf(const EventActor& actor, const std::array<std::string_view, N>& sectors) {
  return std::any_of(sectors.begin(), sectors.end(), [&](std::string_view s) { return actor.HasSector(s); });
}

// A party of both kinds ("rebel government", "GOVREB") is no side of the contest.
bool Challenger(const EventActor& a) {
  return HasAnyOf(a, kChallengerSectors) && !HasAnyOf(a, kAuthoritySectors) && !a.HasSector("MIL");
}
bool Authority(const EventActor& a) {
  return HasAnyOf(a, kAuthoritySectors) && !HasAnyOf(a, kChallengerSectors) && !a.HasSector("MIL");
}

// Whether `text` holds `word` as a whole word, in any case of its first letter.
bool ContainsWord(std::string_view text, std::string_view word) {
  for (size_t at = 0; at + word.size() <= text.size(); ++at) {
    const bool starts = at == 0 || text[at - 1] == ' ' || text[at - 1] == '-';
    const bool ends = at + word.size() == text.size() || text[at + word.size()] == ' ';
    if (!starts || !ends) continue;
    const char first =
        text[at] >= 'A' && text[at] <= 'Z' ? static_cast<char>(text[at] - 'A' + 'a') : text[at];
    if (first == word[0] && text.substr(at + 1, word.size() - 1) == word.substr(1)) return true;
  }
  return false;
}

// The word that ends before byte `at` of `text` (spaces between skipped); "" at the start of `text`.
std::string_view WordBefore(std::string_view text, uint32_t at) {
  if (at > text.size()) return {};
  size_t end = at;
  while (end > 0 && text[end - 1] == ' ') --end;
  size_t begin = end;
  while (begin > 0 && text[begin - 1] != ' ' && text[begin - 1] != '\n') --begin;
  return text.substr(begin, end - begin);
}

}  // namespace

void LendDomesticCountry(const EventActor& other, std::string_view text, EventActor* actor,
                         std::string_view cameo, bool actor_is_target) {
  if (!actor->country.empty() || actor->sectors.empty() || other.country.empty() || other.sectors.empty())
    return;
  // Only a code made of the actor's sectors: an organisation ("IGOUNO", "NGOAMN") keeps its own.
  std::string sectors;
  for (const std::string& s : actor->sectors) sectors += s;
  if (sectors != actor->code) return;
  // "foreign terrorist suspects", "foreign fighters": the words say they are not that country's.
  if (ContainsWord(actor->text, "foreign") || ContainsWord(WordBefore(text, actor->start), "foreign")) return;
  if (!((Challenger(*actor) && Authority(other)) || (Authority(*actor) && Challenger(other)))) return;
  if (actor_is_target && Challenger(*actor) && !MaterialConflictAct(cameo)) return;
  actor->country = other.country;
  actor->code = other.country + actor->code;
}

}  // namespace dyad
