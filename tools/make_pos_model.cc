// make_pos_model: writes dyad's part-of-speech model at build time (cmake/DyadPos.cmake runs it).
//
// Usage: make_pos_model --lingua DIR --wordnet DIR -o OUT
// DIR for --lingua holds Lingua::EN::Tagger's tags.yml, words.yml and unknown.yml (Debian
// liblingua-en-tagger-perl: /usr/share/perl5/Lingua/EN/Tagger); --wordnet holds WordNet's index.* and *.exc
// files (Debian wordnet-base: /usr/share/wordnet). The output is written to OUT.part and renamed.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <string>

#include "text/pos_model_build.h"

int main(int argc, char** argv) {
  std::string lingua, wordnet, output;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string flag = argv[i], value = argv[i + 1];
    if (flag == "--lingua") {
      lingua = value;
    } else if (flag == "--wordnet") {
      wordnet = value;
    } else if (flag == "-o") {
      output = value;
    } else {
      std::fprintf(stderr, "make_pos_model: unknown option %s\n", flag.c_str());
      return 2;
    }
  }
  if (lingua.empty() || wordnet.empty() || output.empty()) {
    std::fprintf(stderr, "usage: make_pos_model --lingua DIR --wordnet DIR -o OUT\n");
    return 2;
  }
  dyad::Result<std::string> model = dyad::BuildPosModel(lingua, wordnet);
  if (!model.ok()) {
    std::fprintf(stderr, "make_pos_model: %s\n", model.status().ToString().c_str());
    return 1;
  }
  const std::string partial = output + ".part";
  {
    std::ofstream out(partial, std::ios::binary);
    out << *model;
    if (!out) {
      std::fprintf(stderr, "make_pos_model: cannot write %s\n", partial.c_str());
      return 1;
    }
  }
  if (std::rename(partial.c_str(), output.c_str()) != 0) {
    std::fprintf(stderr, "make_pos_model: cannot rename %s: %s\n", partial.c_str(), std::strerror(errno));
    return 1;
  }
  return 0;
}
