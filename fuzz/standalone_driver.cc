// Replays fuzz inputs without libFuzzer: every file under the given paths, then a deterministic set of
// mutated inputs derived from them (truncations, byte flips, duplications). Exit status 0 means nothing
// crashed; the sanitizer build turns memory errors into failures.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {

void Run(const std::string& input) {
  LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(input.data()), input.size());
}

void RunMutations(const std::string& seed, uint32_t* rng) {
  auto next = [rng]() {
    *rng = *rng * 1664525u + 1013904223u;
    return *rng >> 8;
  };
  for (size_t cut = 0; cut < seed.size(); cut += std::max<size_t>(1, seed.size() / 16))
    Run(seed.substr(0, cut));
  for (int i = 0; i < 64 && !seed.empty(); ++i) {
    std::string m = seed;
    for (int k = 0; k < 4; ++k) m[next() % m.size()] = static_cast<char>(next() & 0xff);
    Run(m);
  }
  Run(seed + seed);
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    std::error_code ec;
    if (std::filesystem::is_directory(argv[i], ec)) {
      for (const auto& e : std::filesystem::recursive_directory_iterator(argv[i], ec))
        if (e.is_regular_file()) files.push_back(e.path().string());
    } else {
      files.push_back(argv[i]);
    }
  }
  std::sort(files.begin(), files.end());
  uint32_t rng = 12345;
  Run("");
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::string seed((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    Run(seed);
    RunMutations(seed, &rng);
  }
  std::printf("replayed %zu seed files\n", files.size());
  return 0;
}
