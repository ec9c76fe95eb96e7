// Place mentions for the cameo-100 Location spans, through the gazetteer of include/dyad/where.h.
#include <memory>
#include <string>
#include <vector>

#include "dyad/gold.h"
#include "dyad/where.h"

namespace dyad {

void FindGoldPlaces(const GoldSet& set, GoldOutputs* outputs) {
  auto gazetteer = Gazetteer::Load(DefaultGazetteerPath());
  if (!gazetteer.ok()) {
    outputs->places_measured = false;
    outputs->places_note = "gazetteer not loaded: " + gazetteer.status().message();
    return;
  }
  std::vector<PlaceMention> mentions;
  for (size_t i = 0; i < set.sentences.size() && i < outputs->sentences.size(); ++i) {
    mentions.clear();
    const std::string& text = set.sentences[i].text;
    FindPlaceMentions(**gazetteer, text, &mentions);
    for (const PlaceMention& m : mentions)
      outputs->sentences[i].places.push_back({text.substr(m.start, m.end - m.start), m.start, m.end});
  }
  outputs->places_measured = true;
}

}  // namespace dyad
