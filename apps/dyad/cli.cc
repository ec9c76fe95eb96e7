#include "cli.h"

#include <algorithm>
#include <cstdio>
#include <fstream>

namespace dyad_cli {

bool ReadFile(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  // Block reads: an istreambuf_iterator copies byte by byte (about 10 instructions a byte).
  out->clear();
  char block[1 << 16];
  while (in.read(block, sizeof block) || in.gcount() > 0)
    out->append(block, static_cast<size_t>(in.gcount()));
  return !in.bad();
}

Args ParseArgs(int argc, char** argv, int first, const std::vector<std::string>& with_value,
               const std::vector<std::string>& flags) {
  Args args;
  for (int i = first; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "-" || a.empty() || a[0] != '-') {
      args.positional.push_back(a);
      continue;
    }
    std::string value;
    bool has_value = false;
    if (auto eq = a.find('='); eq != std::string::npos && a.rfind("--", 0) == 0) {
      value = a.substr(eq + 1);
      a = a.substr(0, eq);
      has_value = true;
    }
    if (a == "-o") a = "--output";
    if (a == "-q") a = "--quiet";
    if (a == "-h") a = "--help";
    if (std::find(with_value.begin(), with_value.end(), a) != with_value.end()) {
      if (!has_value) {
        if (i + 1 >= argc) {
          args.error = a + " needs a value";
          return args;
        }
        value = argv[++i];
      }
      args.options[a] = value;
    } else if (std::find(flags.begin(), flags.end(), a) != flags.end() || a == "--help") {
      args.options[a] = "";
    } else {
      args.error = "unknown option " + a;
      return args;
    }
  }
  return args;
}

bool Has(const Args& a, const std::string& k) { return a.options.count(k) != 0; }
std::string Get(const Args& a, const std::string& k, const std::string& def) {
  auto it = a.options.find(k);
  return it == a.options.end() ? def : it->second;
}

int Usage(const std::string& message, const char* help) {
  std::fprintf(stderr, "dyad: %s\n\n%s", message.c_str(), help);
  return kExitUsage;
}

bool ValidDate(const std::string& d) {
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (d[i] < '0' || d[i] > '9') return false;
  int month = std::stoi(d.substr(5, 2)), day = std::stoi(d.substr(8, 2));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

std::shared_ptr<const dyad::Dictionary> LoadDictionary(const std::string& dir_option, bool quiet) {
  // A directory of native files or a compiled .dyadc file (dyad dict compile).
  std::string dir = dir_option.empty() ? dyad::DefaultDictionaryPath() : dir_option;
  std::vector<dyad::Status> errors;
  auto dict = dyad::Dictionary::Load(dir, &errors);
  if (!dict.ok() && dir_option.empty() && dir != dyad::DefaultDictionaryDir()) {
    // The build's compiled copy could not be read (say, written by another dyad version): its sources serve.
    if (!quiet)
      std::fprintf(stderr, "dyad: warning: %s; compiling %s instead\n", dict.status().ToString().c_str(),
                   dyad::DefaultDictionaryDir().c_str());
    dir = dyad::DefaultDictionaryDir();
    dict = dyad::Dictionary::Load(dir, &errors);
  }
  if (!quiet)
    for (const auto& e : errors) std::fprintf(stderr, "dyad: warning: %s\n", e.message().c_str());
  if (!dict.ok()) {
    std::fprintf(stderr, "dyad: cannot load dictionaries: %s\n", dict.status().ToString().c_str());
    return nullptr;
  }
  return *dict;
}

std::shared_ptr<const dyad::Gazetteer> LoadGazetteer(const std::string& path_option, bool quiet,
                                                     bool* failed) {
  *failed = false;
  const std::string path = path_option.empty() ? dyad::DefaultGazetteerPath() : path_option;
  auto gazetteer = dyad::Gazetteer::Load(path);
  if (gazetteer.ok()) return *gazetteer;
  if (!path_option.empty()) {
    std::fprintf(stderr, "dyad: cannot load gazetteer: %s\n", gazetteer.status().ToString().c_str());
    *failed = true;
  } else if (!quiet) {
    std::fprintf(stderr, "dyad: warning: %s; events will carry no location\n",
                 gazetteer.status().ToString().c_str());
  }
  return nullptr;
}

std::unique_ptr<const dyad::PosTagger> LoadPosTagger(bool quiet) {
  auto tagger = dyad::PosTagger::Load(dyad::DefaultPosModelPath());
  if (tagger.ok()) return std::make_unique<const dyad::PosTagger>(std::move(tagger).value());
  if (!quiet || tagger.status().code() != dyad::StatusCode::kNotFound)
    std::fprintf(stderr, "dyad: warning: %s; coding without part-of-speech tags\n",
                 tagger.status().ToString().c_str());
  return nullptr;
}

}  // namespace dyad_cli
