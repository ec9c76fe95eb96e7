#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "dyad/ingest.h"
#include "ingest/ingest_test_util.h"

namespace dyad {
namespace {

using ingest_test::ReadBufferCollect;
using ::testing::HasSubstr;

TEST(JsonLinesTest, ReadsFieldsOfARecord) {
  auto out = ReadBufferCollect(
      "wire.jsonl",
      R"({"id": "w1", "title": "Talks in Ankara", "text": "Turkey met Russia.", "date": "2019-07-08T09:15:00Z",)"
      R"( "url": "https://example.net/w1", "source": "Example Wire", "extra": {"nested": [1, 2, 3]}})");
  ASSERT_EQ(out.documents.size(), 1u);
  EXPECT_TRUE(out.diagnostics.empty());
  const Document& doc = out.documents[0];
  EXPECT_EQ(doc.id, "w1");
  EXPECT_EQ(doc.path, "wire.jsonl");
  EXPECT_EQ(doc.format, InputFormat::kJsonLines);
  EXPECT_EQ(doc.title, "Talks in Ankara");
  EXPECT_EQ(doc.text, "Talks in Ankara\n\nTurkey met Russia.");
  EXPECT_EQ(doc.date, "2019-07-08");
  EXPECT_EQ(doc.date_source, "jsonl");
  EXPECT_EQ(doc.url, "https://example.net/w1");
  EXPECT_EQ(doc.publisher, "Example Wire");
}

TEST(JsonLinesTest, TitleAlreadyLeadingTheTextIsNotRepeated) {
  auto out =
      ReadBufferCollect("w.jsonl", R"({"title": "Talks end", "text": "Talks end\n\nBoth sides left."})");
  ASSERT_EQ(out.documents.size(), 1u);
  EXPECT_EQ(out.documents[0].text, "Talks end\n\nBoth sides left.");
}

TEST(JsonLinesTest, IdFallsBackToPathAndLineNumber) {
  auto out =
      ReadBufferCollect("w.jsonl", "\n{\"text\": \"a\"}\n\n{\"text\": \"b\", \"id\": 42}\n{\"text\": \"c\"}");
  ASSERT_EQ(out.documents.size(), 3u);
  EXPECT_EQ(out.documents[0].id, "w.jsonl#2");
  EXPECT_EQ(out.documents[1].id, "42");
  EXPECT_EQ(out.documents[2].id, "w.jsonl#5");  // last line has no final newline
  EXPECT_EQ(out.documents[2].text, "c");
}

TEST(JsonLinesTest, MalformedLineIsReportedAndReadingContinues) {
  auto out = ReadBufferCollect("w.jsonl",
                               "{\"id\": \"a\", \"text\": \"one\"}\n"
                               "{\"id\": \"b\", \"text\": \"two\"\n"
                               "{\"id\": \"c\", \"text\": \"three\"} {\"id\": \"e\"}\n"
                               "[1, 2]\n"
                               "{\"id\": \"d\", \"text\": \"four\"}\n");
  ASSERT_EQ(out.documents.size(), 2u);
  EXPECT_EQ(out.documents[0].id, "a");
  EXPECT_EQ(out.documents[1].id, "d");
  ASSERT_EQ(out.diagnostics.size(), 3u);
  EXPECT_THAT(out.diagnostics[0], HasSubstr("w.jsonl:2: malformed JSON: "));
  EXPECT_THAT(out.diagnostics[1],
              HasSubstr("w.jsonl:3: malformed JSON: unexpected content after the record"));
  EXPECT_EQ(out.diagnostics[2], "w.jsonl:4: malformed JSON: record is not a JSON object");
}

TEST(JsonLinesTest, RecordProblemsAreDiagnosed) {
  auto out = ReadBufferCollect("w.jsonl",
                               "{\"id\": \"a\", \"title\": \"no body\"}\n"
                               "{\"id\": \"b\", \"text\": 7}\n"
                               "{\"id\": \"c\", \"text\": \"Troops withdrew.\", \"date\": \"sometime\"}\n");
  ASSERT_EQ(out.documents.size(), 1u);
  EXPECT_EQ(out.documents[0].id, "c");
  EXPECT_EQ(out.documents[0].date, "");
  ASSERT_EQ(out.diagnostics.size(), 3u);
  EXPECT_EQ(out.diagnostics[0], "w.jsonl:1: record has neither \"text\" nor \"html\"; skipped");
  EXPECT_EQ(out.diagnostics[1], "w.jsonl:2: field \"text\" must be a string");
  EXPECT_EQ(out.diagnostics[2], "w.jsonl:3: unrecognised date \"sometime\"; ignored");
}

TEST(JsonLinesTest, CrlfBomAndBlankLines) {
  auto out = ReadBufferCollect("w.jsonl",
                               "\xEF\xBB\xBF{\"text\": \"first\"}\r\n\r\n   \r\n{\"text\": \"second\"}\r\n");
  ASSERT_EQ(out.documents.size(), 2u);
  EXPECT_TRUE(out.diagnostics.empty());
  EXPECT_EQ(out.documents[0].text, "first");
  EXPECT_EQ(out.documents[1].text, "second");
  EXPECT_EQ(out.documents[1].id, "w.jsonl#4");
}

TEST(JsonLinesTest, InvalidUtf8InsideALineIsRepairedAndCounted) {
  auto out = ReadBufferCollect("w.jsonl", "{\"text\": \"Police \xC3 detained protesters.\"}\n");
  ASSERT_EQ(out.documents.size(), 1u);
  EXPECT_EQ(out.documents[0].invalid_utf8_replaced, 1u);
  EXPECT_EQ(out.documents[0].text, "Police \xEF\xBF\xBD detained protesters.");
}

TEST(JsonLinesTest, HtmlRecordIsExtractedAndJsonFieldsOverride) {
  auto out = ReadBufferCollect(
      "w.jsonl",
      R"({"id": "h", "date": "2019-07-10", "title": "Border talks resume", "html": "<html><head>)"
      R"(<meta property='og:title' content='Page headline'><meta property='og:site_name' content='Site'>)"
      R"(<meta property='article:published_time' content='2018-01-01'></head><body><nav>Home World</nav>)"
      R"(<article><h1>Page headline</h1><p>India and China held talks on their border on Wednesday.</p>)"
      R"(</article></body></html>"})");
  ASSERT_EQ(out.documents.size(), 1u) << (out.diagnostics.empty() ? "" : out.diagnostics[0]);
  const Document& doc = out.documents[0];
  EXPECT_EQ(doc.id, "h");
  EXPECT_EQ(doc.format, InputFormat::kJsonLines);
  EXPECT_EQ(doc.title, "Border talks resume");
  EXPECT_EQ(doc.publisher, "Site");
  EXPECT_EQ(doc.date, "2019-07-10");
  EXPECT_EQ(doc.date_source, "jsonl");
  EXPECT_EQ(doc.text, "Border talks resume\n\nIndia and China held talks on their border on Wednesday.");
}

TEST(JsonLinesTest, FirstNonBlankBraceMakesAnUnnamedBufferJsonLines) {
  auto out = ReadBufferCollect("-", "{\"text\": \"Rebels rejected the truce.\"}\n");
  ASSERT_EQ(out.documents.size(), 1u);
  EXPECT_EQ(out.documents[0].id, "-#1");
  EXPECT_EQ(out.documents[0].format, InputFormat::kJsonLines);
}

}  // namespace
}  // namespace dyad
