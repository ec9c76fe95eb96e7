// Internal to the coding stage: the words and facts coreference reads (coreference.cc). Region and monarchy
// tables are geographic facts written for dyad.
#ifndef DYAD_CODING_COREFERENCE_WORDS_H_
#define DYAD_CODING_COREFERENCE_WORDS_H_

#include <array>
#include <cstdint>
#include <string_view>

#include "coding/sentence.h"

namespace dyad::coref {

// Sectors of the state, which "the government", "the army", "the police" after a country belong to. Others
// ("the protesters", "the opposition", "the rebels") are not composed with the country before them.
inline constexpr std::array<std::string_view, 6> kStateSectors = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY"};
// Prepositions after which a country description is a place ("reforms in the country").
inline constexpr std::array<std::string_view, 8> kLocativePrepositions = {
    "in", "at", "near", "inside", "across", "throughout", "around", "within"};
// Plain modifiers allowed between "the" and the noun: "the new prime minister", "the oil-rich Gulf state".
inline constexpr uint32_t kMaxModifiers = 3;

// Regions of country descriptions ("the Central Asian state") and the countries (ISO 3166-1 alpha-3) they
// cover: geographic facts written for dyad. A description with a region word resolves only to one of these.
struct Region {
  std::string_view words;      // folded, one or two words
  std::string_view countries;  // space-separated codes
};
inline constexpr std::array<Region, 20> kRegions = {{
    {"central asian", "KAZ KGZ TJK TKM UZB"},
    {"gulf", "BHR KWT OMN QAT SAU ARE"},
    {"arab", "DZA BHR COM DJI EGY IRQ JOR KWT LBN LBY MRT MAR OMN PSE QAT SAU SOM SDN SYR TUN ARE YEM"},
    {"jewish", "ISR"},
    {"baltic", "EST LVA LTU"},
    {"balkan", "ALB BIH BGR HRV GRC MNE MKD ROU SRB SVN"},
    {"caucasus", "ARM AZE GEO"},
    {"caucasian", "ARM AZE GEO"},
    {"nordic", "DNK FIN ISL NOR SWE"},
    {"scandinavian", "DNK NOR SWE"},
    {"himalayan", "NPL BTN"},
    {"andean", "BOL COL ECU PER VEN CHL"},
    {"caribbean", "ATG BHS BRB CUB DMA DOM GRD HTI JAM KNA LCA VCT TTO"},
    {"pacific", "FJI KIR MHL FSM NRU PLW PNG WSM SLB TON TUV VUT"},
    {"southeast asian", "BRN KHM IDN LAO MYS MMR PHL SGP THA TLS VNM"},
    {"south asian", "AFG BGD BTN IND MDV NPL PAK LKA"},
    {"west african", "BEN BFA CPV CIV GMB GHA GIN GNB LBR MLI MRT NER NGA SEN SLE TGO"},
    {"east african", "BDI DJI ERI ETH KEN RWA SOM SSD SDN TZA UGA"},
    {"north african", "DZA EGY LBY MAR TUN"},
    {"horn", "DJI ERI ETH SOM"},
}};
// Kingdoms, emirates and sultanates by their usual English description (facts).
inline constexpr std::string_view kKingdoms =
    "BHR BEL BTN KHM DNK SWZ JOR LSO MAR NLD NOR SAU ESP SWE THA TON GBR";
inline constexpr std::string_view kEmirates = "KWT QAT ARE";
inline constexpr std::string_view kSultanates = "OMN BRN";

// Modifiers that make a description name another country than the one before: "the neighbouring country",
// "a third country".
inline constexpr std::array<std::string_view, 12> kOtherWords = {
    "other",   "neighbouring", "neighboring", "second", "third",   "fourth",
    "foreign", "host",         "donor",       "each",   "another", "different"};
// Capitalised words that start no name: sentence openers and function words, days and months.
inline constexpr std::array<std::string_view, 40> kNotNameStarts = {
    "the",    "a",       "an",        "in",       "on",     "at",       "after",     "before",
    "but",    "and",     "as",        "for",      "with",   "from",     "by",        "when",
    "while",  "if",      "this",      "that",     "it",     "he",       "she",       "they",
    "we",     "his",     "her",       "its",      "their",  "there",    "meanwhile", "however",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",    "said"};
inline constexpr std::array<std::string_view, 12> kMonths = {"january",   "february", "march",    "april",
                                                             "may",       "june",     "july",     "august",
                                                             "september", "october",  "november", "december"};
inline constexpr std::array<std::string_view, 5> kMaleTitles = {"mr", "mr.", "sir", "king", "prince"};
inline constexpr std::array<std::string_view, 7> kFemaleTitles = {"mrs",  "mrs.",  "ms",   "ms.",
                                                                  "miss", "madam", "queen"};

// A sector noun that names one person ("the minister", "the spokesman"), by its last word; others name an
// institution ("the government", "the army", "the police").
inline constexpr std::array<std::string_view, 36> kPersonTitles = {
    "minister",    "president",    "premier",    "chancellor", "secretary", "spokesman",
    "spokeswoman", "spokesperson", "leader",     "mayor",      "governor",  "king",
    "queen",       "prince",       "emir",       "sultan",     "monarch",   "general",
    "commander",   "chief",        "ambassador", "envoy",      "official",  "senator",
    "judge",       "prosecutor",   "chairman",   "chairwoman", "director",  "head",
    "adviser",     "advisor",      "diplomat",   "negotiator", "speaker",   "commissioner"};

// True when the 3-letter `code` is one of the space-separated codes of `list`.
bool InList(std::string_view list, std::string_view code);
// A capitalised word that is not all capitals (inline: tested on most tokens).
inline bool Capitalized(const TokenView& t) {
  return (t.flags & kFlagWord) && (t.flags & kFlagCapitalized) && !(t.flags & kFlagAllCaps);
}
// The chunk at `begin` follows a preposition (over an optional "the"): an object, never the subject.
bool AfterPreposition(const SentenceAnalysis& a, uint32_t begin);
// A plain lower-case word that may stand between a determiner and its noun ("new", "interim", "oil-rich").
bool PlainModifier(const SentenceAnalysis& a, uint32_t i);
// "Foreign Minister Beibut Atamkulov": a sector title followed by capitalised words no phrase covers.
bool TitledName(const CompiledDictionary& dict, const SentenceAnalysis& a, const ActorChunk& c);
// "her" before a noun is a possessive ("her comments"), not an object ("told her that").
bool PossessiveHer(const SentenceAnalysis& a, uint32_t i);
// The nouns of a country description: "country", "nation", "state", "kingdom", ...
bool CountryHead(std::string_view w);
// A country noun among the few plain words from `i` on (the cheap test before reading a description).
bool CountryHeadAhead(const SentenceAnalysis& a, uint32_t i);
// The referent's named actor or title has `sector`.
bool SectorFits(const EntryTable& entries, const Referent& r, std::string_view sector);

}  // namespace dyad::coref

#endif  // DYAD_CODING_COREFERENCE_WORDS_H_
