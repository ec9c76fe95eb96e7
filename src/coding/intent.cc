// CAMEO act -> intent (03x) or threat (13x) code; see intent.h. The pairs follow the codebook's parallel
// structure: 06x material cooperation -> 031x intent to cooperate materially, 07x aid -> 033x, 08x yield
// -> 034x/035x, 16x reduce relations -> 131x/134-136, 17x coercion -> 132x/137, 18-20 violence -> 138x.
#include "coding/intent.h"

#include <array>
#include <utility>

namespace dyad {
namespace {

// Longest matching prefix wins ("0831" before "083" before "08").
constexpr std::array<std::pair<std::string_view, std::string_view>, 46> kIntentOf = {{
    // 04 consult: meetings, visits, talks -> 036 intent to meet or negotiate; 045 mediate -> 039.
    {"04", "036"},
    {"045", "039"},
    // 05 diplomatic cooperation -> 032; signing an agreement -> 030 intent to cooperate.
    {"05", "032"},
    {"057", "030"},
    // 06 material cooperation -> 031x.
    {"06", "031"},
    {"061", "0311"},
    {"062", "0312"},
    {"063", "0313"},
    {"064", "0314"},
    // 07 aid -> 033x (asylum is aid in general).
    {"07", "033"},
    {"071", "0331"},
    {"072", "0332"},
    {"073", "0333"},
    {"074", "0334"},
    // 08 yield -> 035x; acceding to reform -> 034x.
    {"08", "035"},
    {"081", "0351"},
    {"082", "0352"},
    {"083", "034"},
    {"0831", "0341"},
    {"0832", "0342"},
    {"0833", "0343"},
    {"0834", "0344"},
    {"084", "0353"},
    {"085", "0354"},
    {"086", "0355"},
    {"087", "0356"},
    // 14 protest -> 133 threaten with political dissent or protest.
    {"14", "133"},
    // 16 reduce relations -> 131x, 134-136.
    {"16", "131"},
    {"161", "1313"},
    {"162", "1311"},
    {"163", "1312"},
    {"164", "134"},
    {"165", "135"},
    {"166", "136"},
    // 17 coercion -> 137 threaten with repression; administrative sanctions -> 132x.
    {"17", "137"},
    {"172", "132"},
    {"1721", "1321"},
    {"1722", "1322"},
    {"1723", "1323"},
    {"1724", "1324"},
    // 18-20 violence -> 138 threaten with military force (the PETRARCH gold codes "wants to attack" so); a
    // blockade 1381, an occupation 1382, weapons of mass destruction 1385.
    {"18", "138"},
    {"19", "138"},
    {"191", "1381"},
    {"192", "1382"},
    {"20", "138"},
    {"204", "1385"},
}};

constexpr std::array<std::pair<std::string_view, std::string_view>, 29> kDemandOf = {{
    {"03", "100"},    {"036", "106"},  {"037", "107"},  {"038", "108"},   {"04", "106"},    {"045", "108"},
    {"05", "102"},    {"06", "101"},   {"061", "1011"}, {"062", "1012"},  {"063", "1013"},  {"064", "1014"},
    {"07", "103"},    {"071", "1031"}, {"072", "1032"}, {"073", "1033"},  {"074", "1034"},  {"08", "105"},
    {"081", "1051"},  {"082", "1052"}, {"083", "104"},  {"0831", "1041"}, {"0832", "1042"}, {"0833", "1043"},
    {"0834", "1044"}, {"084", "1053"}, {"085", "1054"}, {"086", "1055"},  {"087", "1056"},
}};

// A visit not made or not hosted (042, 043) is no rejection of a proposal to meet: empty.
constexpr std::array<std::pair<std::string_view, std::string_view>, 31> kRefusalOf = {{
    {"04", "125"},    {"042", ""},      {"043", ""},      {"045", "126"},   {"057", "127"},
    {"06", "121"},    {"061", "1211"},  {"062", "1212"},  {"063", "1213"},  {"064", "1214"},
    {"07", "122"},    {"071", "1221"},  {"072", "1222"},  {"073", "1223"},  {"074", "1224"},
    {"08", "124"},    {"081", "1241"},  {"082", "1242"},  {"083", "123"},   {"0831", "1231"},
    {"0832", "1232"}, {"0833", "1233"}, {"0834", "1234"}, {"084", "1243"},  {"085", "1244"},
    {"086", "1245"},  {"087", "1246"},  {"0871", "1246"}, {"0872", "1246"}, {"0873", "1246"},
    {"0874", "1246"},
}};

template <size_t N>
std::string_view LongestPrefix(const std::array<std::pair<std::string_view, std::string_view>, N>& table,
                               std::string_view act) {
  std::string_view best;
  size_t best_length = 0;
  for (const auto& [prefix, code] : table) {
    if (prefix.size() > best_length && act.starts_with(prefix)) {
      best = code;
      best_length = prefix.size();
    }
  }
  return best;
}

}  // namespace

std::string_view DemandCode(std::string_view act) { return LongestPrefix(kDemandOf, act); }

std::string_view RefusalCode(std::string_view act) { return LongestPrefix(kRefusalOf, act); }

std::string_view IntentCode(std::string_view act) {
  if (act.starts_with("03") || act.starts_with("13")) return act;
  return LongestPrefix(kIntentOf, act);
}

}  // namespace dyad
