// Fuzz target: reading a compiled binary dictionary (.dyadc) from arbitrary bytes must never crash. Each
// input is read twice: with the checksum verified (the path every load takes), and without it, so that
// mutations reach the structural checks behind the checksum. Whatever the reader accepts must be safe for the
// matcher (a sentence is coded with it), must write back to bytes that read again, and every error must name
// the file and a byte offset.
//
// Seeds (fuzz/corpus/fuzz_binary_dictionary/) are small compiled dictionaries; after a format version change
// regenerate them with `dyad dict compile --dict-dir DIR -o SEED.dyadc` from a directory holding one small
// native file (one of fuzz/corpus/fuzz_dictionary/ plus a few 'cameo' lines).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "coding/roles.h"
#include "coding/sentence.h"
#include "dictionary/binary_format.h"
#include "dyad/text.h"

namespace {

void CodeWith(const dyad::CompiledDictionary& dict) {
  static const std::string kText =
      "Kazakh police arrested protesters in Astana. The US and Kazakhstan held talks with Russia on Monday, "
      "the ministry said. Beibut Atamkulov did not meet Mike Pompeo.";
  std::vector<dyad::Token> tokens;
  std::vector<dyad::Sentence> sentences;
  dyad::Tokenize(kText, &tokens);
  dyad::SplitSentences(kText, tokens, &sentences);
  dyad::SentenceAnalysis a;
  std::vector<dyad::RoleAssignment> roles;
  for (const dyad::Sentence& s : sentences) {
    dyad::AnalyseTokens(dict, kText, tokens.data() + s.first_token, tokens.data() + s.end_token, &a);
    if (dyad::HasDiscardPhrase(dict, a, "")) continue;
    dyad::FindActorChunks(dict, "2019-07-02", &a);
    dyad::FindVerbMatches(dict, &a);
    dyad::AssignRoles(a, &roles);
    for (const dyad::VerbMatch& m : a.matches)
      if (m.trigger_end > a.tokens.size() || m.pattern >= dict.patterns().size()) std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  for (bool verify : {true, false}) {
    dyad::CompiledDictionary dict;
    dyad::Status status = dyad::BinaryDictionaryIo::Read(bytes, "fuzz.dyadc", verify, &dict);
    if (!status.ok()) {
      if (status.message().rfind("fuzz.dyadc: byte ", 0) != 0) std::abort();
      continue;
    }
    CodeWith(dict);
    const std::string again = dyad::BinaryDictionaryIo::Write(dict);
    dyad::CompiledDictionary reread;
    if (!dyad::BinaryDictionaryIo::Read(again, "again.dyadc", true, &reread).ok()) std::abort();
  }
  return 0;
}
