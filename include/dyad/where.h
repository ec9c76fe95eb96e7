// Places: a gazetteer of countries, first-level regions and cities, and the place mentions of a text.
//
// The default gazetteer is generated at build time (cmake/DyadPlaces.cmake) from Debian's iso-codes (ISO
// 3166-1 countries, ISO 3166-2 subdivisions) and GeoNames data taken from two pinned npm packages (cities
// with coordinates and populations, first-level region names); data/places/ adds hand-written English names
// ("Kiev", "Washington", "the United States"). Like dictionaries, a Gazetteer is immutable once loaded and is
// shared across threads.
//
//   DYAD_ASSIGN_OR_RETURN(std::shared_ptr<const Gazetteer> places, Gazetteer::Load(DefaultGazetteerPath()));
//   std::vector<PlaceMention> mentions;
//   FindPlaceMentions(*places, text, &mentions);  // "in Paris, Texas" -> Paris (USA, Texas), city
#ifndef DYAD_WHERE_H_
#define DYAD_WHERE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"
#include "dyad/text.h"

namespace dyad {

enum class PlaceKind : uint8_t { kCountry, kRegion, kCity };

// "country", "region", "city": the spelling of Location::precision.
const char* PlaceKindName(PlaceKind kind);

// One gazetteer record.
struct Place {
  std::string name;     // the gazetteer's own spelling ("Kyiv", "Texas", "Ukraine")
  std::string country;  // ISO 3166-1 alpha-3 ("UKR"), the CAMEO country code for states
  std::string admin1;   // first-level region name ("Texas"); empty for countries and regions themselves
  double lat = 0.0;     // WGS84 degrees; has_coordinates is false when the sources give none
  double lon = 0.0;
  bool has_coordinates = false;
  uint64_t population = 0;  // cities: GeoNames population; regions and countries: sum over their cities
  bool capital = false;     // national capital (GeoNames PPLC)
  PlaceKind kind = PlaceKind::kCity;
};

// Where an event happened, as written to the output: the resolved place plus the words that named it.
struct Location {
  std::string name;     // the gazetteer's name of the resolved place ("Ukraine", "Paris")
  std::string text;     // the words in the text ("eastern Ukraine", "Paris, Texas")
  std::string country;  // ISO alpha-3
  std::string admin1;
  double lat = 0.0;
  double lon = 0.0;
  bool has_coordinates = false;
  std::string precision;  // "city", "region" or "country"
  uint32_t start = 0;     // byte offsets of `text` in the document text
  uint32_t end = 0;
};

class Gazetteer {
 public:
  Gazetteer(const Gazetteer&) = delete;  // its index points into its own storage
  Gazetteer& operator=(const Gazetteer&) = delete;

  // Reads a gazetteer file (tab-separated, see docs/places.md). Errors name the file and line.
  [[nodiscard]] static Result<std::shared_ptr<const Gazetteer>> Load(const std::string& path);
  // The same from the file's text; `path` only names it in errors.
  [[nodiscard]] static Result<std::shared_ptr<const Gazetteer>> Parse(std::string text,
                                                                      const std::string& path);
  // Builds a gazetteer from records and extra names (tests; the build-time generator): every record is found
  // by its own name, and `aliases` adds names (any case; folded here) for record indices.
  static std::shared_ptr<const Gazetteer> FromPlaces(std::vector<Place> places,
                                                     std::vector<std::pair<std::string, uint32_t>> aliases);

  size_t size() const { return places_.size(); }
  const Place& place(uint32_t index) const { return places_[index]; }

  // Candidate records whose name or alias, case-folded, equals `folded_name` (lower case, single spaces).
  // Empty when none. The returned indices stay valid for the gazetteer's lifetime.
  std::pair<const uint32_t*, const uint32_t*> Candidates(std::string_view folded_name) const;

  // Longest name in the gazetteer, in words: bounds the scan in FindPlaceMentions.
  uint32_t max_name_words() const { return max_name_words_; }

  // The index as the gazetteer file writes it ("K<TAB>key<TAB>record,record" lines, sorted): the generator
  // builds a gazetteer with FromPlaces and writes its records and this index, so that Load only parses.
  std::string IndexText() const;

 private:
  Gazetteer() = default;
  void Index(std::vector<std::pair<std::string, uint32_t>> keys);
  // Fills slots_ from keys_ (after Parse or Index): Candidates() is one hash and a probe or two, not a
  // binary search over every key; the mention finder asks several names per capitalised word.
  void BuildHashIndex();

  std::vector<Place> places_;
  // Sorted folded names, as views into storage_ (the loaded file, or the keys FromPlaces computed); sorted
  // so that IndexText writes them in file order; Candidates() finds them through slots_.
  std::string storage_;
  std::vector<std::string_view> keys_;
  std::vector<uint32_t>
      key_first_;  // keys_[i]'s candidates are candidates_[key_first_[i] .. key_first_[i+1])
  std::vector<uint32_t> candidates_;
  // Open-addressed table over keys_ (linear probing, at most half full): each slot holds a keys_ index + 1,
  // 0 when empty. slot_mask_ is its size - 1 (a power of two).
  std::vector<uint32_t> slots_;
  uint64_t slot_mask_ = 0;
  uint32_t max_name_words_ = 1;
};

// The built-in gazetteer: $DYAD_GAZETTEER when set and non-empty, else the one generated in the build tree.
std::string DefaultGazetteerPath();

struct PlaceMention {
  uint32_t start =
      0;  // byte offsets into the text: the place words plus any qualifier ("eastern", ", Texas")
  uint32_t end = 0;
  uint32_t place = 0;  // index into the gazetteer
  // True when a locative preposition introduces it ("in", "at", "near", "from", "outside", ...) or it opens a
  // dateline: a place where something happened. False for a bare name ("Pakistan's Swat valley").
  bool locative = false;
  bool dateline = false;
  // Introduced by "to", "into", "toward(s)" or "from": also how a target or source is named ("sent troops to
  // Syria"), so the coder does not take such a name away from the actors.
  bool directional = false;
};

// Finds the place mentions in `text`, in text order, without overlaps. Only capitalised names are considered;
// a name followed by ", <country or region>" is resolved inside that country or region ("Paris, Texas");
// otherwise ambiguity is resolved by the countries the text itself names, then by national capitals, then by
// population. A bare name (no locative preposition) must be a country, a region or a city of at least
// kBareCityMinPopulation people, so that ordinary capitalised words are not taken for villages.
inline constexpr uint64_t kBareCityMinPopulation = 100000;
void FindPlaceMentions(const Gazetteer& gazetteer, std::string_view text, std::vector<PlaceMention>* out);

// The same on already tokenised text (the coder's path: no second tokenisation).
void FindPlaceMentions(const Gazetteer& gazetteer, std::string_view text, const std::vector<Token>& tokens,
                       std::vector<PlaceMention>* out);

// Fills a Location from a mention.
Location LocationFor(const Gazetteer& gazetteer, std::string_view text, const PlaceMention& mention);

}  // namespace dyad

#endif  // DYAD_WHERE_H_
