// Compiled binary dictionaries: round trip (entries and coded events identical to the in-memory dictionary),
// determinism, and clear errors for truncated, corrupted and wrong-version files.
#include "dictionary/binary_format.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "dyad/coder.h"
#include "dyad/dictionary.h"
#include "dyad/document.h"

namespace dyad {
namespace {

constexpr char kTinyDictionary[] = R"(# our own test dictionary
country KAZ : Kazakhstan | Kazakh | Kazakhstani
country USA : United States | US
country UZB from=1991-09-01 : Uzbekistan
actor USAGOV country=USA sectors=GOV from=2018-04-26 to=2021-01-20 : Mike Pompeo | Pompeo
actor KAZGOV country=KAZ sectors=GOV office=HOS : Akorda
agent GOV : government | foreign minister | minister
agent COP : police | policeman
agent NGM compose=before : rights activists
verb 040 : consult | hold talks with + | meet with +
verb 042 paired=043 : travel to +
verb - paired=051 : win backing
verb 051 : praise | commend + | speak_highly of +
verb 173 : arrest | detain
discard - : football match
cameo 040 goldstein=1.0 plover=CONSULT : Consult
cameo 051 goldstein=3.4 plover=SUPPORT context=economic,military : Praise or endorse
cameo 173 goldstein=-5.0 plover=ARREST : Arrest, detain
)";

std::shared_ptr<const Dictionary> Tiny() {
  DictionarySource source;
  std::vector<Status> errors;
  ParseNativeDictionary("tiny.txt", kTinyDictionary, &source, &errors);
  EXPECT_TRUE(errors.empty()) << errors.front().ToString();
  return Dictionary::Compile(std::move(source), &errors);
}

std::shared_ptr<const Dictionary> Defaults() {
  std::vector<Status> errors;
  auto dict = Dictionary::LoadDirectory(DefaultDictionaryDir(), &errors);
  EXPECT_TRUE(dict.ok()) << dict.status().ToString();
  return dict.ok() ? *dict : Tiny();
}

std::shared_ptr<const Dictionary> RoundTrip(const Dictionary& dict) {
  auto loaded = Dictionary::FromCompiledBytes(dict.SerializeCompiled(), "test.dyadc");
  EXPECT_TRUE(loaded.ok()) << loaded.status().ToString();
  return loaded.ok() ? *loaded : nullptr;
}

void ExpectSameEntries(const Dictionary& a, const Dictionary& b) {
  const auto& x = a.source().entries;
  const auto& y = b.source().entries;
  ASSERT_EQ(x.size(), y.size());
  for (size_t i = 0; i < x.size(); ++i) {
    SCOPED_TRACE(x[i].file + ":" + std::to_string(x[i].line));
    EXPECT_EQ(x[i].kind, y[i].kind);
    EXPECT_EQ(x[i].code, y[i].code);
    EXPECT_EQ(x[i].country, y[i].country);
    EXPECT_EQ(x[i].sectors, y[i].sectors);
    EXPECT_EQ(x[i].valid_from, y[i].valid_from);
    EXPECT_EQ(x[i].valid_to, y[i].valid_to);
    EXPECT_EQ(x[i].goldstein, y[i].goldstein);
    EXPECT_EQ(x[i].plover_event, y[i].plover_event);
    EXPECT_EQ(x[i].plover_mode, y[i].plover_mode);
    EXPECT_EQ(x[i].plover_contexts, y[i].plover_contexts);
    EXPECT_EQ(x[i].phrases, y[i].phrases);
    EXPECT_EQ(x[i].file, y[i].file);
    EXPECT_EQ(x[i].line, y[i].line);
    EXPECT_EQ(x[i].office, y[i].office);
    EXPECT_EQ(x[i].paired_code, y[i].paired_code);
    EXPECT_EQ(x[i].agent_placement, y[i].agent_placement);
  }
}

// Every field of every event, as one line per event.
std::vector<std::string> Code(std::shared_ptr<const Dictionary> dict, const std::string& text,
                              const std::string& date) {
  Coder coder(std::move(dict), CoderOptions{.explain = true, .paired_events = true});
  Document doc;
  doc.id = "t";
  doc.text = text;
  doc.date = date;
  std::vector<Event> events;
  coder.CodeDocument(doc, &events);
  std::vector<std::string> out;
  for (const Event& e : events) {
    std::string line = e.source.code + " " + e.cameo + " " + e.target.code + " " + e.date + " " +
                       std::to_string(e.goldstein) + " " + e.plover_event + " " + e.trigger + " " +
                       std::to_string(e.trigger_start) + " " + e.rule + " [" + e.source.text + "|" +
                       e.target.text + "]";
    for (const auto& c : e.plover_contexts) line += " " + c;
    out.push_back(line);
  }
  return out;
}

const char* const kSentences[] = {
    "Kazakh Foreign Minister Beibut Atamkulov held talks with Mike Pompeo in Astana on Tuesday.",
    "Secretary of State Mike Pompeo praised Kazakhstan for its help.",
    "Kazakh police arrested three protesters, the government said.",
    "The United States commended Uzbekistan on Monday.",
    "Kazakhstan and Uzbekistan met with the police after the football match.",
    "Uzbekistan did not praise Kazakhstan.",
    // '_' (kElementAdjacent) survives the round trip: the second sentence codes nothing only with it.
    "The United States spoke highly of Kazakhstan.",
    "The United States spoke very highly of Kazakhstan.",
    // A reversed-only entry ("-" with paired=051) codes only the praise of the United States for Kazakhstan.
    "Kazakhstan won backing from the United States.",
};

TEST(BinaryDictionaryTest, TinyDictionaryRoundTripsEntriesAndEvents) {
  auto memory = Tiny();
  auto loaded = RoundTrip(*memory);
  ASSERT_NE(loaded, nullptr);
  ExpectSameEntries(*memory, *loaded);
  size_t events = 0;
  for (const char* s : kSentences) {
    auto expected = Code(memory, s, "2019-07-02");
    events += expected.size();
    EXPECT_EQ(Code(loaded, s, "2019-07-02"), expected) << s;
  }
  EXPECT_GE(events, 2u);  // the sentences exercise the dictionary
  EXPECT_EQ(loaded->Cameo("051").goldstein, 3.4);
  ASSERT_NE(loaded->Cameo("051").entry, nullptr);
  EXPECT_EQ(loaded->Cameo("051").entry->plover_event, "SUPPORT");
}

// entries() reads the flat tables in place; a loaded dictionary builds source() only when asked, once, and
// concurrent first calls see one complete object.
TEST(BinaryDictionaryTest, EntriesAreReadInPlaceAndSourceIsBuiltOnce) {
  auto memory = Tiny();
  auto loaded = RoundTrip(*memory);
  ASSERT_NE(loaded, nullptr);
  const EntryTable entries = loaded->entries();
  ASSERT_EQ(entries.size(), memory->source().entries.size());
  for (size_t i = 0; i < entries.size(); ++i) {
    const EntryView v = entries[i];
    const DictionaryEntry& e = memory->source().entries[i];
    EXPECT_EQ(v.kind, e.kind);
    EXPECT_EQ(v.code, e.code);
    EXPECT_EQ(v.country, e.country);
    EXPECT_EQ(std::vector<std::string>(v.sectors.begin(), v.sectors.end()), e.sectors);
    EXPECT_EQ(v.valid_from, e.valid_from);
    EXPECT_EQ(v.valid_to, e.valid_to);
    EXPECT_EQ(std::vector<std::string>(v.phrases.begin(), v.phrases.end()), e.phrases);
    EXPECT_EQ(v.line, e.line);
    EXPECT_EQ(v.office, e.office);  // since format version 3
    EXPECT_EQ(v.paired_code, e.paired_code);
    EXPECT_EQ(v.agent_placement, e.agent_placement);  // since format version 4
    EXPECT_EQ(memory->entry(i).code, e.code);  // the compiled-in-memory dictionary serves the same views
  }
  const DictionarySource* seen[4] = {};
  std::vector<std::thread> threads;
  for (auto& s : seen) threads.emplace_back([&loaded, &s] { s = &loaded->source(); });
  for (auto& t : threads) t.join();
  for (const DictionarySource* s : seen) EXPECT_EQ(s, seen[0]);
  EXPECT_EQ(seen[0]->entries.size(), entries.size());
  ExpectSameEntries(*memory, *loaded);
}

TEST(BinaryDictionaryTest, EntryValidOnFollowsTheDates) {
  auto dict = Tiny();
  const EntryTable entries = dict->entries();
  size_t pompeo = entries.size();
  for (size_t i = 0; i < entries.size(); ++i)
    if (entries[i].code == "USAGOV" && !entries[i].valid_from.empty()) pompeo = i;
  ASSERT_LT(pompeo, entries.size());
  EXPECT_TRUE(entries[pompeo].ValidOn("2019-07-02"));
  EXPECT_TRUE(entries[pompeo].ValidOn("2021-01-20"));  // inclusive end
  EXPECT_FALSE(entries[pompeo].ValidOn("2021-01-21"));
  EXPECT_FALSE(entries[pompeo].ValidOn("2018-04-25"));
  EXPECT_FALSE(entries[pompeo].ValidOn(""));  // an undated text does not get a past office holder
}

TEST(BinaryDictionaryTest, DefaultDictionariesCodeTheSameEvents) {
  auto memory = Defaults();
  auto loaded = RoundTrip(*memory);
  ASSERT_NE(loaded, nullptr);
  ExpectSameEntries(*memory, *loaded);
  const char* const more[] = {
      "Russian troops fired on Ukrainian soldiers near the border, the ministry said.",
      "China and Japan signed a trade agreement in Beijing.",
      "The French president met the German chancellor to discuss sanctions against Iran.",
      "Egyptian police detained dozens of protesters in Cairo on Friday.",
  };
  size_t events = 0;
  for (const char* s : kSentences) {
    auto expected = Code(memory, s, "2019-07-02");
    events += expected.size();
    EXPECT_EQ(Code(loaded, s, "2019-07-02"), expected) << s;
  }
  for (const char* s : more) {
    auto expected = Code(memory, s, "2019-07-02");
    events += expected.size();
    EXPECT_EQ(Code(loaded, s, "2019-07-02"), expected) << s;
  }
  EXPECT_GE(events, 5u);
}

TEST(BinaryDictionaryTest, SerializationIsDeterministicAndStable) {
  auto memory = Tiny();
  const std::string bytes = memory->SerializeCompiled();
  EXPECT_EQ(Tiny()->SerializeCompiled(), bytes);
  auto loaded = RoundTrip(*memory);
  ASSERT_NE(loaded, nullptr);
  EXPECT_EQ(loaded->SerializeCompiled(), bytes);
  EXPECT_TRUE(LooksLikeBinaryDictionary(bytes));
  EXPECT_EQ(bytes.size() % 8, 0u);
}

TEST(BinaryDictionaryTest, WritesAndMapsAFileAndLoadAcceptsBoth) {
  auto memory = Tiny();
  const std::string path = ::testing::TempDir() + "/tiny_" + std::to_string(getpid()) + ".dyadc";
  ASSERT_TRUE(memory->WriteCompiled(path).ok());
  auto loaded = Dictionary::LoadCompiled(path);
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  ExpectSameEntries(*memory, **loaded);
  std::vector<Status> errors;
  auto either = Dictionary::Load(path, &errors);
  ASSERT_TRUE(either.ok());
  EXPECT_EQ((*either)->source().entries.size(), memory->source().entries.size());
  auto dir = Dictionary::Load(DefaultDictionaryDir(), &errors);
  EXPECT_TRUE(dir.ok());
  std::remove(path.c_str());
  auto missing = Dictionary::LoadCompiled(path);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
  EXPECT_NE(missing.status().message().find(path), std::string::npos);
}

TEST(BinaryDictionaryTest, CompiledCopyIsUpToDateOnlyWhileNoSourceIsNewer) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::path(::testing::TempDir()) / ("fresh_" + std::to_string(getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  const fs::path source = dir / "a.txt";
  const fs::path compiled = dir.string() + ".dyadc";
  std::ofstream(source) << "country KAZ : Kazakhstan\n";
  EXPECT_FALSE(CompiledIsUpToDate(compiled.string(), dir.string()));  // not written yet
  std::ofstream(compiled) << "compiled";
  const auto written = fs::last_write_time(compiled);
  fs::last_write_time(source, written - std::chrono::seconds(10));
  fs::last_write_time(dir, written - std::chrono::seconds(10));
  EXPECT_TRUE(CompiledIsUpToDate(compiled.string(), dir.string()));
  fs::last_write_time(source, written + std::chrono::seconds(10));  // a source edited after compiling
  EXPECT_FALSE(CompiledIsUpToDate(compiled.string(), dir.string()));
  fs::last_write_time(source, written - std::chrono::seconds(10));
  fs::last_write_time(dir, written + std::chrono::seconds(10));  // a file added or removed
  EXPECT_FALSE(CompiledIsUpToDate(compiled.string(), dir.string()));
  EXPECT_FALSE(CompiledIsUpToDate(compiled.string(), (dir / "absent").string()));
  fs::remove_all(dir);
  fs::remove(compiled);
}

TEST(BinaryDictionaryTest, DefaultPathIsTheEnvironmentTheBuildsCompiledCopyOrTheDirectory) {
  const char* saved = std::getenv("DYAD_DICT_DIR");
  const std::string saved_value = saved ? saved : "";
  ::setenv("DYAD_DICT_DIR", "/somewhere/dict", 1);
  EXPECT_EQ(DefaultDictionaryPath(), "/somewhere/dict");
  ::unsetenv("DYAD_DICT_DIR");
  const std::string path = DefaultDictionaryPath();
  const std::string dir = DefaultDictionaryDir();
  if (path != dir) {  // the build's compiled copy: it must code what the directory codes
    EXPECT_TRUE(CompiledIsUpToDate(path, dir));
    std::vector<Status> errors;
    auto compiled = Dictionary::Load(path, &errors);
    ASSERT_TRUE(compiled.ok()) << compiled.status().ToString();
    ExpectSameEntries(*Defaults(), **compiled);
  }
  if (saved) ::setenv("DYAD_DICT_DIR", saved_value.c_str(), 1);
}

TEST(BinaryDictionaryTest, TruncatedFilesNameTheFileAndOffset) {
  const std::string bytes = Tiny()->SerializeCompiled();
  for (size_t size :
       {size_t{0}, size_t{7}, size_t{63}, size_t{64}, size_t{200}, bytes.size() / 2, bytes.size() - 1}) {
    auto loaded = Dictionary::FromCompiledBytes(std::string_view(bytes).substr(0, size), "cut.dyadc");
    ASSERT_FALSE(loaded.ok()) << size;
    const std::string& msg = loaded.status().message();
    EXPECT_EQ(msg.rfind("cut.dyadc: byte ", 0), 0u) << msg;
  }
  auto cut = Dictionary::FromCompiledBytes(std::string_view(bytes).substr(0, 100), "cut.dyadc");
  EXPECT_NE(cut.status().message().find("truncated"), std::string::npos) << cut.status().message();
}

TEST(BinaryDictionaryTest, CorruptionAndWrongVersionAreReported) {
  const std::string bytes = Tiny()->SerializeCompiled();
  std::string flipped = bytes;
  flipped[bytes.size() - 20] ^= 0x5a;
  auto corrupt = Dictionary::FromCompiledBytes(flipped, "bad.dyadc");
  ASSERT_FALSE(corrupt.ok());
  EXPECT_EQ(corrupt.status().code(), StatusCode::kCorruption);
  EXPECT_NE(corrupt.status().message().find("checksum"), std::string::npos);

  std::string version = bytes;
  version[8] = 99;
  auto old = Dictionary::FromCompiledBytes(version, "old.dyadc");
  ASSERT_FALSE(old.ok());
  EXPECT_NE(old.status().message().find("old.dyadc: byte 8: format version 99"), std::string::npos)
      << old.status().message();

  std::string magic = bytes;
  magic[0] = 'X';
  EXPECT_NE(Dictionary::FromCompiledBytes(magic, "m").status().message().find("bad magic"),
            std::string::npos);
}

// With the checksum not checked, damaged sections must still be caught by the structural checks.
TEST(BinaryDictionaryTest, StructuralChecksCatchDamageBehindTheChecksum) {
  auto memory = Tiny();
  const std::string bytes = memory->SerializeCompiled();
  size_t rejected = 0;
  for (size_t pos = kBinaryDictionaryHeaderSize; pos < bytes.size(); pos += 3) {
    std::string damaged = bytes;
    damaged[pos] = static_cast<char>(0xff);
    CompiledDictionary out;
    Status s = BinaryDictionaryIo::Read(damaged, "d", /*verify_checksum=*/false, &out);
    rejected += !s.ok();
  }
  EXPECT_GT(rejected, 0u);
}

TEST(Xxh64Test, MatchesTheReferenceValues) {
  EXPECT_EQ(Xxh64("", 0), 0xEF46DB3751D8E999ull);
  std::string long_input(100, 'x');
  EXPECT_NE(Xxh64(long_input.data(), long_input.size()), Xxh64(long_input.data(), 99));
}

}  // namespace
}  // namespace dyad
