#include "dyad/ingest.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "ingest/ingest_test_util.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;
using ingest_test::ReadBufferCollect;
using ingest_test::ReadInputsCollect;
using ingest_test::TempDir;
using ::testing::HasSubstr;

TEST(InputFormatTest, Names) {
  EXPECT_STREQ(InputFormatName(InputFormat::kText), "text");
  EXPECT_STREQ(InputFormatName(InputFormat::kHtml), "html");
  EXPECT_STREQ(InputFormatName(InputFormat::kJsonLines), "jsonl");
  EXPECT_STREQ(InputFormatName(InputFormat::kWarc), "warc");
}

TEST(DateConfidenceTest, FollowsTheDateSource) {
  for (const char* source : {"meta", "json-ld", "time", "dateline", "jsonl"})
    EXPECT_STREQ(DateConfidence(source), "high") << source;
  EXPECT_STREQ(DateConfidence("visible"), "medium");
  EXPECT_STREQ(DateConfidence("option"), "low");
  EXPECT_STREQ(DateConfidence("crawl"), "low");
  EXPECT_STREQ(DateConfidence(""), "");
}

TEST(DetectFormatTest, ByExtension) {
  EXPECT_EQ(DetectFormat("a/page.html", "plain words"), InputFormat::kHtml);
  EXPECT_EQ(DetectFormat("page.HTM", ""), InputFormat::kHtml);
  EXPECT_EQ(DetectFormat("wire.jsonl", "text"), InputFormat::kJsonLines);
  EXPECT_EQ(DetectFormat("wire.ndjson", ""), InputFormat::kJsonLines);
  EXPECT_EQ(DetectFormat("notes.txt", "{\"a\":1}"), InputFormat::kText);
}

TEST(DetectFormatTest, ByContent) {
  EXPECT_EQ(DetectFormat("-", "  <!DOCTYPE html><html>"), InputFormat::kHtml);
  EXPECT_EQ(DetectFormat("file", "\xEF\xBB\xBF<HTML lang=en>"), InputFormat::kHtml);
  EXPECT_EQ(DetectFormat("file", "\n {\"text\": \"x\"}"), InputFormat::kJsonLines);
  EXPECT_EQ(DetectFormat("file", "Police detained protesters."), InputFormat::kText);
  EXPECT_EQ(DetectFormat("file", ""), InputFormat::kText);
}

TEST(PlainTextTest, TitleDateAndParagraphs) {
  auto out =
      ReadBufferCollect("story.txt",
                        "Ministers meet in Astana\r\n3 July 2019\r\n\r\nThe foreign minister met his\r\n"
                        "counterpart on Tuesday.\r\n\r\nThey signed an agreement.");
  ASSERT_EQ(out.documents.size(), 1u);
  const Document& doc = out.documents[0];
  EXPECT_EQ(doc.id, "story.txt");
  EXPECT_EQ(doc.path, "story.txt");
  EXPECT_EQ(doc.format, InputFormat::kText);
  EXPECT_EQ(doc.title, "Ministers meet in Astana");
  EXPECT_EQ(doc.date, "2019-07-03");
  EXPECT_EQ(doc.date_source, "visible");
  EXPECT_EQ(doc.text,
            "Ministers meet in Astana\n\nThe foreign minister met his counterpart on Tuesday.\n\n"
            "They signed an agreement.");
  EXPECT_TRUE(out.diagnostics.empty());
}

TEST(PlainTextTest, SentenceFirstLineIsNotATitle) {
  auto out =
      ReadBufferCollect("s.txt", "Police detained six protesters on Monday.\nOfficials confirmed it.\n");
  ASSERT_EQ(out.documents.size(), 1u);
  EXPECT_EQ(out.documents[0].title, "");
  EXPECT_EQ(out.documents[0].text, "Police detained six protesters on Monday. Officials confirmed it.");
  EXPECT_EQ(out.documents[0].date, "");
  EXPECT_EQ(out.documents[0].date_source, "");
}

TEST(PlainTextTest, DefaultDateAppliesOnlyWithoutADate) {
  IngestOptions options;
  options.default_date = "2020-01-02";
  auto undated = ReadBufferCollect("a.txt", "Rebels attacked a convoy on Sunday.", options);
  ASSERT_EQ(undated.documents.size(), 1u);
  EXPECT_EQ(undated.documents[0].date, "2020-01-02");
  EXPECT_EQ(undated.documents[0].date_source, "option");
  auto dated =
      ReadBufferCollect("b.txt", "Convoy attacked\nJuly 3, 2019\n\nRebels attacked a convoy.", options);
  ASSERT_EQ(dated.documents.size(), 1u);
  EXPECT_EQ(dated.documents[0].date, "2019-07-03");
  EXPECT_EQ(dated.documents[0].date_source, "visible");
}

TEST(ReadBufferTest, EmptyAndBinaryInputsAreDiagnosed) {
  auto empty = ReadBufferCollect("empty.txt", "");
  EXPECT_TRUE(empty.status.ok());
  EXPECT_TRUE(empty.documents.empty());
  ASSERT_EQ(empty.diagnostics.size(), 1u);
  EXPECT_EQ(empty.diagnostics[0], "empty.txt: empty file");

  auto binary = ReadBufferCollect("blob", std::string("PK\x03\x04\0\0data", 10));
  EXPECT_TRUE(binary.documents.empty());
  ASSERT_EQ(binary.diagnostics.size(), 1u);
  EXPECT_EQ(binary.diagnostics[0], "blob: binary file skipped");

  std::string controls(100, '\x01');
  controls += "some words";
  auto control_heavy = ReadBufferCollect("ctl.txt", controls);
  ASSERT_EQ(control_heavy.diagnostics.size(), 1u);
  EXPECT_EQ(control_heavy.diagnostics[0], "ctl.txt: binary file skipped");
}

TEST(ReadBufferTest, InvalidUtf8IsRepairedAndCounted) {
  auto out = ReadBufferCollect("bad.txt", "Police met protesters in Almaty\xFF\xFE today.\n");
  ASSERT_EQ(out.documents.size(), 1u);
  EXPECT_GE(out.documents[0].invalid_utf8_replaced, 1u);
  EXPECT_THAT(out.documents[0].text, HasSubstr("\xEF\xBF\xBD"));
  EXPECT_THAT(out.documents[0].text, HasSubstr("today."));
}

TEST(ReadBufferTest, OversizedInputIsSkipped) {
  IngestOptions options;
  options.max_file_bytes = 10;
  auto out = ReadBufferCollect("big.txt", "This input is longer than ten bytes.", options);
  EXPECT_TRUE(out.documents.empty());
  ASSERT_EQ(out.diagnostics.size(), 1u);
  EXPECT_THAT(out.diagnostics[0], HasSubstr("big.txt: input of 36 bytes exceeds the limit of 10 bytes"));
}

TEST(ReadBufferTest, SinkErrorStopsIngest) {
  Status status = ReadBuffer(
      "w.jsonl", "{\"text\":\"a b c\"}\n{\"text\":\"d e f\"}\n", {},
      [](Document&&) { return Status::IOError("disk full"); }, [](const Status&) {});
  EXPECT_EQ(status.code(), StatusCode::kIOError);
  EXPECT_EQ(status.message(), "disk full");
}

TEST(ReadInputsTest, DirectoriesAreRecursiveSortedAndSkipHiddenAndBinary) {
  TempDir dir("tree");
  dir.Write("b.txt", "Second story about talks.");
  dir.Write("a.txt", "First story about talks.");
  dir.Write("sub/c.txt", "Third story about talks.");
  dir.Write(".hidden.txt", "Hidden story.");
  dir.Write(".git/config.txt", "Hidden directory.");
  dir.Write("image.png", "\x89PNG not really");
  dir.Write("data.bin.txt", std::string("abc\0def", 7));
  dir.Write("empty.txt", "");
  auto out = ReadInputsCollect({dir.path()});
  EXPECT_TRUE(out.status.ok());
  ASSERT_EQ(out.documents.size(), 3u);
  EXPECT_EQ(out.documents[0].id, dir.path() + "/a.txt");
  EXPECT_EQ(out.documents[1].id, dir.path() + "/b.txt");
  EXPECT_EQ(out.documents[2].id, dir.path() + "/sub/c.txt");
  EXPECT_EQ(out.documents[2].text, "Third story about talks.");
  ASSERT_EQ(out.diagnostics.size(), 3u);
  EXPECT_EQ(out.diagnostics[0], dir.path() + "/data.bin.txt: binary file skipped");
  EXPECT_EQ(out.diagnostics[1], dir.path() + "/empty.txt: empty file");
  EXPECT_EQ(out.diagnostics[2], dir.path() + "/image.png: binary file skipped");
}

TEST(ReadInputsTest, MissingPathIsReportedAndOthersStillRead) {
  TempDir dir("missing");
  std::string file = dir.Write("ok.txt", "Troops withdrew from the border.");
  auto out = ReadInputsCollect({dir.path() + "/nope.txt", file});
  EXPECT_TRUE(out.status.ok());
  ASSERT_EQ(out.documents.size(), 1u);
  EXPECT_EQ(out.documents[0].path, file);
  ASSERT_EQ(out.diagnostics.size(), 1u);
  EXPECT_EQ(out.diagnostics[0], dir.path() + "/nope.txt: no such file or directory");
}

TEST(ReadInputsTest, FileLargerThanLimitIsSkipped) {
  TempDir dir("limit");
  std::string file = dir.Write("long.txt", std::string(100, 'a'));
  IngestOptions options;
  options.max_file_bytes = 50;
  auto out = ReadInputsCollect({file}, options);
  EXPECT_TRUE(out.documents.empty());
  ASSERT_EQ(out.diagnostics.size(), 1u);
  EXPECT_EQ(out.diagnostics[0], file + ": file of 100 bytes exceeds the limit of 50 bytes; skipped");
}

TEST(ReadInputsTest, HugeSingleLineTextFile) {
  TempDir dir("huge_text");
  std::string line;
  line.reserve(50u << 20);
  while (line.size() < (50u << 20)) line += "protesters gathered ";
  std::string file = dir.Write("huge.txt", line);
  auto out = ReadInputsCollect({file});
  ASSERT_EQ(out.documents.size(), 1u);
  EXPECT_EQ(out.documents[0].title, "");
  EXPECT_EQ(out.documents[0].text.size(), line.size() - 1);  // the trailing space is trimmed
  EXPECT_TRUE(out.diagnostics.empty());
}

TEST(ReadInputsTest, HugeMalformedJsonLineIsReportedAndNextLineRead) {
  TempDir dir("huge_json");
  std::string bytes = "{\"id\": \"huge\", \"text\": \"";
  bytes.append(50u << 20, 'x');
  bytes += "\n{\"id\": \"next\", \"text\": \"Police detained six protesters.\"}\n";
  std::string file = dir.Write("huge.jsonl", bytes);
  auto out = ReadInputsCollect({file});
  ASSERT_EQ(out.documents.size(), 1u);
  EXPECT_EQ(out.documents[0].id, "next");
  ASSERT_EQ(out.diagnostics.size(), 1u);
  EXPECT_THAT(out.diagnostics[0], HasSubstr(file + ":1: malformed JSON: "));
}

TEST(ReadInputsTest, ReadsTheExamples) {
  auto out = ReadInputsCollect({std::string(DYAD_SOURCE_DIR) + "/examples"});
  EXPECT_TRUE(out.status.ok());
  EXPECT_TRUE(out.diagnostics.empty()) << out.diagnostics.front();
  // One HTML page, three plain-text articles and four JSON-lines records.
  ASSERT_EQ(out.documents.size(), 8u);
  for (const Document& doc : out.documents) {
    EXPECT_FALSE(doc.text.empty()) << doc.id;
    EXPECT_EQ(doc.date.size(), 10u) << doc.id;
  }
}

}  // namespace
}  // namespace dyad
