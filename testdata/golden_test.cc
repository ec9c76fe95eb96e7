// Golden end-to-end cases: article in, events out, with the default dictionaries.
//
// Each case is testdata/golden/NAME.expected beside its input NAME.txt, NAME.html, NAME.jsonl or NAME.warc.
// The expected file lists one event per line as "SOURCE CAMEO TARGET" (TARGET "-": none; optionally
// followed by the event date,
// then optionally by " @ PLACE (CCC)" or " @ -", the event's location and country or none), and may set
// "# date: YYYY-MM-DD" (the reference date, as --date). The coded events must equal the list exactly: nothing
// missing, nothing extra. Cases are coded with the default dictionaries and gazetteer. Adding a case needs no
// C++.
//
// The bad-input tests below run the whole pipeline over broken files and check that each problem is reported
// and the good documents beside them are still coded.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "dyad/dyad.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

std::shared_ptr<const Dictionary> DefaultDictionary() {
  static std::shared_ptr<const Dictionary> dict = [] {
    std::vector<Status> errors;
    auto d = Dictionary::LoadDirectory(DYAD_TEST_DICT_DIR, &errors);
    EXPECT_TRUE(d.ok()) << d.status().ToString();
    for (const auto& e : errors) ADD_FAILURE() << "dictionary error: " << e.message();
    return d.ok() ? *d : nullptr;
  }();
  return dict;
}

struct CodedRun {
  std::vector<Event> events;
  std::vector<std::string> diagnostics;
  PipelineStats stats;
};

std::shared_ptr<const Gazetteer> DefaultPlaces() {
  static std::shared_ptr<const Gazetteer> places = [] {
    auto g = Gazetteer::Load(DefaultGazetteerPath());
    EXPECT_TRUE(g.ok()) << g.status().ToString();
    return g.ok() ? *g : nullptr;
  }();
  return places;
}

CodedRun Code(const std::vector<std::string>& inputs, const std::string& date) {
  CodedRun run;
  auto dict = DefaultDictionary();
  if (!dict) return run;
  CoderOptions coder_options;
  coder_options.gazetteer = DefaultPlaces();
  Coder coder(dict, coder_options);
  IngestOptions options;
  options.default_date = date;
  Status s = CodeInputs(
      inputs, options, &coder,
      [&](const Document&, const std::vector<Event>& events) {
        run.events.insert(run.events.end(), events.begin(), events.end());
        return Status::Ok();
      },
      [&](const Status& d) { run.diagnostics.push_back(d.message()); }, &run.stats);
  EXPECT_TRUE(s.ok()) << s.ToString();
  return run;
}

std::string Describe(const Event& e, bool with_date, bool with_location) {
  std::string s = e.source.code + " " + e.cameo + " " + e.target.code;
  if (with_date) s += " " + e.date;
  if (with_location) s += e.location ? " @ " + e.location->name + " (" + e.location->country + ")" : " @ -";
  return s;
}

std::vector<fs::path> GoldenCases() {
  std::vector<fs::path> cases;
  for (const auto& entry : fs::directory_iterator(fs::path(DYAD_SOURCE_DIR) / "testdata" / "golden"))
    if (entry.path().extension() == ".expected") cases.push_back(entry.path());
  std::sort(cases.begin(), cases.end());
  return cases;
}

class GoldenTest : public ::testing::TestWithParam<fs::path> {};

TEST_P(GoldenTest, EventsMatchExactly) {
  const fs::path expected_path = GetParam();
  std::ifstream in(expected_path);
  std::string line, date;
  std::vector<std::string> expected;
  bool with_dates = false, with_locations = false;
  while (std::getline(in, line)) {
    if (line.rfind("# date:", 0) == 0) {
      date = line.substr(7);
      date.erase(0, date.find_first_not_of(' '));
      continue;
    }
    if (line.empty() || line[0] == '#') continue;
    std::string location;
    if (const size_t at = line.find(" @ "); at != std::string::npos) {
      location = line.substr(at);
      line.resize(at);
      with_locations = true;
    }
    std::istringstream fields(line);
    std::string a, b, c, d;
    fields >> a >> b >> c >> d;
    ASSERT_FALSE(c.empty()) << expected_path
                            << ": expected 'SOURCE CAMEO TARGET [DATE] [@ PLACE (CCC)]': " << line;
    if (c == "-") c.clear();  // an event with no target (a statement addressed to no one named)
    with_dates |= !d.empty();
    expected.push_back(a + " " + b + " " + c + (d.empty() ? "" : " " + d) + location);
  }
  fs::path input;
  for (const char* ext : {".txt", ".html", ".jsonl", ".warc"}) {
    fs::path p = expected_path;
    p.replace_extension(ext);
    if (fs::exists(p)) input = p;
  }
  ASSERT_FALSE(input.empty()) << "no input beside " << expected_path;
  CodedRun run = Code({input.string()}, date);
  EXPECT_TRUE(run.diagnostics.empty()) << run.diagnostics.front();
  std::vector<std::string> got;
  for (const Event& e : run.events) got.push_back(Describe(e, with_dates, with_locations));
  std::sort(expected.begin(), expected.end());
  std::sort(got.begin(), got.end());
  std::string explanation;
  for (const Event& e : run.events)
    explanation += "  " + Describe(e, true, true) + "  <- \"" + e.trigger + "\" in: " + e.sentence + "\n";
  EXPECT_EQ(got, expected) << "coded events of " << input << ":\n" << explanation;
}

INSTANTIATE_TEST_SUITE_P(Cases, GoldenTest, ::testing::ValuesIn(GoldenCases()),
                         [](const ::testing::TestParamInfo<fs::path>& param_info) {
                           std::string name = param_info.param.stem().string();
                           std::replace_if(
                               name.begin(), name.end(), [](char c) { return !std::isalnum(c); }, '_');
                           return name;
                         });

class BadInputTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::path(::testing::TempDir()) / ("dyad_bad_input_" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string Write(const std::string& name, const std::string& bytes) {
    fs::path p = dir_ / name;
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }
  static constexpr const char* kGoodText = "Kazakhstan praised Uzbekistan for its reforms.\n";
  fs::path dir_;
};

TEST_F(BadInputTest, EmptyAndBinaryFilesAreReportedAndTheRestIsCoded) {
  Write("a_empty.txt", "");
  Write("b_binary.bin", std::string("\x7f"
                                    "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0\x3e\0",
                                    20) +
                            std::string(4000, '\0'));
  Write("c_good.txt", kGoodText);
  CodedRun run = Code({dir_.string()}, "2020-01-01");
  EXPECT_EQ(run.stats.documents, 1u);
  EXPECT_EQ(run.diagnostics.size(), 2u);
  ASSERT_EQ(run.events.size(), 1u);
  EXPECT_EQ(Describe(run.events[0], false, false), "KAZ 051 UZB");
}

TEST_F(BadInputTest, InvalidUtf8IsRepairedAndCounted) {
  std::string text = "Kazakhstan praised \xff\xfe Uzbekistan for its reforms.\n";
  std::string path = Write("bad_utf8.txt", text);
  auto dict = DefaultDictionary();
  ASSERT_NE(dict, nullptr);
  std::vector<Document> docs;
  Status s = ReadInputs(
      {path}, IngestOptions{},
      [&](Document&& d) {
        docs.push_back(std::move(d));
        return Status::Ok();
      },
      [](const Status&) {});
  ASSERT_TRUE(s.ok());
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_GT(docs[0].invalid_utf8_replaced, 0u);
  Coder coder(dict);
  std::vector<Event> events;
  coder.CodeDocument(docs[0], &events);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].cameo, "051");
}

TEST_F(BadInputTest, MalformedJsonLineIsReportedWithItsLineNumber) {
  std::string path =
      Write("wire.jsonl",
            "{\"id\": \"a\", \"text\": \"Kazakhstan praised Uzbekistan for its reforms.\"}\n"
            "{\"id\": \"b\", \"text\": \"unterminated\n"
            "{\"id\": \"c\", \"text\": \"Russia condemned Ukraine.\", \"date\": \"2019-03-02\"}\n");
  CodedRun run = Code({path}, "");
  EXPECT_EQ(run.stats.documents, 2u);
  ASSERT_EQ(run.diagnostics.size(), 1u);
  EXPECT_NE(run.diagnostics[0].find("wire.jsonl:2"), std::string::npos) << run.diagnostics[0];
  std::vector<std::string> got;
  for (const Event& e : run.events) got.push_back(e.doc_id + " " + Describe(e, true, false));
  std::sort(got.begin(), got.end());
  EXPECT_EQ(got, (std::vector<std::string>{"a KAZ 051 UZB ", "c RUS 111 UKR 2019-03-02"}));
}

TEST_F(BadInputTest, TruncatedArchiveKeepsItsWholeRecordsAndTheOtherFiles) {
  auto record = [](const std::string& text) {
    return "WARC/1.0\r\nWARC-Type: resource\r\nContent-Type: text/plain\r\nContent-Length: " +
           std::to_string(text.size()) + "\r\n\r\n" + text + "\r\n\r\n";
  };
  std::string archive = record("Russia condemned Ukraine.\n") + record(kGoodText);
  Write("a_crawl.warc", archive.substr(0, archive.size() - 20));
  Write("b_good.txt", kGoodText);
  CodedRun run = Code({dir_.string()}, "2020-01-01");
  EXPECT_EQ(run.stats.documents, 2u);
  ASSERT_EQ(run.diagnostics.size(), 1u);
  EXPECT_NE(run.diagnostics[0].find("a_crawl.warc: record 2 at byte "), std::string::npos)
      << run.diagnostics[0];
  std::vector<std::string> got;
  for (const Event& e : run.events) got.push_back(Describe(e, false, false));
  std::sort(got.begin(), got.end());
  EXPECT_EQ(got, (std::vector<std::string>{"KAZ 051 UZB", "RUS 111 UKR"}));
}

TEST_F(BadInputTest, FiftyMegabyteSingleLineDoesNotStopTheRun) {
  std::string line;
  line.reserve(50u << 20);
  while (line.size() < (50u << 20)) line += "the quick brown fox jumps over the lazy dog ";
  Write("a_huge.txt", line);
  Write("b_good.txt", kGoodText);
  CodedRun run = Code({dir_.string()}, "2020-01-01");
  EXPECT_EQ(run.stats.documents, 2u);
  ASSERT_EQ(run.events.size(), 1u);
  EXPECT_EQ(Describe(run.events[0], false, false), "KAZ 051 UZB");
}

}  // namespace
}  // namespace dyad
