// WARC archives: records to documents, HTTP codings, gzip members, and damage that costs only its record.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <zlib.h>

#include <cstdio>
#include <string>
#include <vector>

#include "dyad/ingest.h"
#include "ingest/decoding_stream.h"
#include "ingest/ingest_internal.h"
#include "ingest/ingest_test_util.h"

namespace dyad {
namespace {

using ingest_test::ReadBufferCollect;
using ingest_test::ReadInputsCollect;
using ingest_test::TempDir;
using ::testing::AllOf;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;

// One gzip member; level 0 stores the bytes uncompressed (readable inside the member).
std::string Gzip(std::string_view bytes, int level = 6) {
  z_stream zlib{};
  EXPECT_EQ(deflateInit2(&zlib, level, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY), Z_OK);
  std::string out(deflateBound(&zlib, bytes.size()) + 32, '\0');
  zlib.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  zlib.avail_in = static_cast<uInt>(bytes.size());
  zlib.next_out = reinterpret_cast<Bytef*>(out.data());
  zlib.avail_out = static_cast<uInt>(out.size());
  EXPECT_EQ(deflate(&zlib, Z_FINISH), Z_STREAM_END);
  out.resize(zlib.total_out);
  deflateEnd(&zlib);
  return out;
}

std::string Record(std::string_view type, std::string_view content_type, std::string_view block,
                   std::string_view extra_fields = "") {
  std::string out = "WARC/1.1\r\nWARC-Type: " + std::string(type) +
                    "\r\nWARC-Record-ID: <urn:uuid:0>\r\nWARC-Date: 2019-07-03T08:15:00Z\r\n";
  if (type == "response" || type == "resource" || type == "conversion" || type == "request")
    out += "WARC-Target-URI: https://news.example/story\r\n";
  out += extra_fields;
  if (!content_type.empty()) out += "Content-Type: " + std::string(content_type) + "\r\n";
  out += "Content-Length: " + std::to_string(block.size()) + "\r\n\r\n";
  out += block;
  out += "\r\n\r\n";
  return out;
}

std::string HttpResponse(std::string_view status, std::string_view headers, std::string_view body) {
  return "HTTP/1.1 " + std::string(status) + "\r\n" + std::string(headers) + "\r\n" + std::string(body);
}

constexpr std::string_view kPage =
    "<!doctype html><html><head><title>Ministers meet in the capital</title>"
    "<meta property=\"article:published_time\" content=\"2019-07-02T10:00:00Z\"></head><body><article>"
    "<h1>Ministers meet in the capital</h1>"
    "<p>The foreign ministers of the two neighbours held talks on Tuesday about the border crossing.</p>"
    "<p>They agreed to meet again in the autumn, officials said.</p></article></body></html>";

constexpr std::string_view kUndatedPage =
    "<html><head><title>Port reopens</title></head><body><article>"
    "<p>The harbour authority reopened the northern port to cargo ships after the storm.</p>"
    "</article></body></html>";

std::string Chunked(std::string_view body) {
  size_t half = body.size() / 2;
  char first[32], second[32];
  std::snprintf(first, sizeof first, "%zx\r\n", half);
  std::snprintf(second, sizeof second, "%zx;name=value\r\n", body.size() - half);
  return std::string(first) + std::string(body.substr(0, half)) + "\r\n" + second +
         std::string(body.substr(half)) + "\r\n0\r\n\r\n";
}

// Six records: a warcinfo, a request, a page, a redirect, an image and a plain-text conversion.
std::vector<std::string> SampleRecords() {
  return {
      Record("warcinfo", "application/warc-fields", "software: test\r\nformat: WARC File Format 1.1\r\n"),
      Record("request", "application/http; msgtype=request",
             "GET /story HTTP/1.1\r\nHost: news.example\r\n\r\n"),
      Record("response", "application/http; msgtype=response",
             HttpResponse("200 OK", "Content-Type: text/html; charset=utf-8\r\n", kPage)),
      Record("response", "application/http; msgtype=response",
             HttpResponse("301 Moved Permanently", "Location: https://news.example/other\r\n", "")),
      Record("response", "application/http; msgtype=response",
             HttpResponse("200 OK", "Content-Type: image/png\r\n", std::string("\x89PNG\r\n\x1a\n\0\0", 10))),
      Record("conversion", "text/plain",
             "Storm closes port\n\nThe harbour authority closed the northern port on Monday as the storm "
             "approached.\n"),
  };
}

std::string Join(const std::vector<std::string>& records, bool gzip) {
  std::string out;
  for (const std::string& record : records) out += gzip ? Gzip(record) : record;
  return out;
}

TEST(WarcReaderTest, OneDocumentPerPageOrTextRecord) {
  auto got = ReadBufferCollect("crawl.warc", Join(SampleRecords(), false));
  ASSERT_TRUE(got.status.ok());
  EXPECT_THAT(got.diagnostics, IsEmpty());
  ASSERT_EQ(got.documents.size(), 2u);
  const Document& page = got.documents[0];
  EXPECT_EQ(page.id, "crawl.warc#3");
  EXPECT_EQ(page.path, "crawl.warc");
  EXPECT_EQ(page.format, InputFormat::kWarc);
  EXPECT_EQ(page.url, "https://news.example/story");
  EXPECT_EQ(page.title, "Ministers meet in the capital");
  EXPECT_EQ(page.date, "2019-07-02");  // the page's own date, not the capture date
  EXPECT_EQ(page.date_source, "meta");
  EXPECT_THAT(page.text, AllOf(HasSubstr("held talks on Tuesday"), HasSubstr("meet again in the autumn")));
  const Document& text = got.documents[1];
  EXPECT_EQ(text.id, "crawl.warc#6");
  EXPECT_EQ(text.title, "Storm closes port");
  EXPECT_THAT(text.text, HasSubstr("closed the northern port on Monday"));
  EXPECT_EQ(text.date, "2019-07-03");  // no date of its own: the capture date
  EXPECT_EQ(text.date_source, "crawl");
}

TEST(WarcReaderTest, GzipMembersReadLikePlainRecords) {
  auto plain = ReadBufferCollect("crawl.warc", Join(SampleRecords(), false));
  auto gzip = ReadBufferCollect("crawl.warc.gz", Join(SampleRecords(), true));
  ASSERT_TRUE(gzip.status.ok());
  EXPECT_THAT(gzip.diagnostics, IsEmpty());
  ASSERT_EQ(gzip.documents.size(), plain.documents.size());
  for (size_t i = 0; i < plain.documents.size(); ++i)
    EXPECT_EQ(gzip.documents[i].text, plain.documents[i].text);
  // A whole-file gzip stream (one member) reads the same.
  auto whole = ReadBufferCollect("crawl.warc.gz", Gzip(Join(SampleRecords(), false)));
  EXPECT_EQ(whole.documents.size(), plain.documents.size());
}

TEST(WarcReaderTest, RecognisedByContentWithoutItsExtension) {
  EXPECT_EQ(DetectFormat("archive.bin", "WARC/1.0\r\nWARC-Type: warcinfo\r\n"), InputFormat::kWarc);
  EXPECT_EQ(DetectFormat("-", Gzip(SampleRecords()[0])), InputFormat::kWarc);
  EXPECT_EQ(DetectFormat("notes.gz", Gzip("just words")), InputFormat::kText);
  auto got = ReadBufferCollect("-", Join(SampleRecords(), true));  // as from stdin
  EXPECT_EQ(got.documents.size(), 2u);
}

TEST(WarcReaderTest, UndoesChunkedAndGzipHttpCodings) {
  std::string body = Chunked(Gzip(kPage));
  std::string warc = Record("response", "application/http; msgtype=response",
                            HttpResponse("200 OK",
                                         "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n"
                                         "Content-Encoding: gzip\r\n",
                                         body));
  auto got = ReadBufferCollect("c.warc", warc);
  EXPECT_THAT(got.diagnostics, IsEmpty());
  ASSERT_EQ(got.documents.size(), 1u);
  EXPECT_THAT(got.documents[0].text, HasSubstr("held talks on Tuesday"));
  // Archives that stored the body already decoded keep the headers; the body is used as it is.
  std::string stored =
      Record("response", "application/http; msgtype=response",
             HttpResponse("200 OK", "Content-Type: text/html\r\nContent-Encoding: gzip\r\n", kPage));
  auto decoded = ReadBufferCollect("d.warc", stored);
  EXPECT_THAT(decoded.diagnostics, IsEmpty());
  EXPECT_EQ(decoded.documents.size(), 1u);
}

TEST(WarcReaderTest, UnsupportedOrBrokenContentCodingIsReported) {
  std::string brotli =
      Record("response", "application/http; msgtype=response",
             HttpResponse("200 OK", "Content-Type: text/html\r\nContent-Encoding: br\r\n", "\x1b\x2f"));
  std::string broken = Gzip(kPage);
  broken.resize(broken.size() / 2);
  std::string truncated =
      Record("response", "application/http; msgtype=response",
             HttpResponse("200 OK", "Content-Type: text/html\r\nContent-Encoding: gzip\r\n", broken));
  auto got = ReadBufferCollect("e.warc", brotli + truncated + Record("resource", "text/html", kUndatedPage));
  EXPECT_THAT(
      got.diagnostics,
      ElementsAre(AllOf(HasSubstr("e.warc: record 1 at byte 0: "), HasSubstr("\"br\" is not supported")),
                  AllOf(HasSubstr("e.warc: record 2 at byte "), HasSubstr("truncated compressed body"))));
  ASSERT_EQ(got.documents.size(), 1u);  // the rest of the archive is still read
  EXPECT_EQ(got.documents[0].id, "e.warc#3");
}

TEST(WarcReaderTest, CharsetOfTheHttpHeaderIsHonouredWhenThePageNamesNone) {
  const std::string latin1_page =
      "<html><head><title>Caf\xe9 owners protest</title></head><body><article><p>Caf\xe9 owners in "
      "Montr\xe9"
      "al protested against the new tax on Friday.</p></article></body></html>";
  auto got = ReadBufferCollect(
      "l.warc",
      Record("response", "application/http; msgtype=response",
             HttpResponse("200 OK", "Content-Type: text/html; charset=ISO-8859-1\r\n", latin1_page)));
  ASSERT_EQ(got.documents.size(), 1u);
  EXPECT_THAT(got.documents[0].text, HasSubstr("Caf\u00e9 owners in Montr\u00e9al protested"));
  EXPECT_EQ(got.documents[0].invalid_utf8_replaced, 0u);
  // Without the header the same bytes are invalid UTF-8, repaired and counted.
  auto undeclared =
      ReadBufferCollect("m.warc", Record("response", "application/http; msgtype=response",
                                         HttpResponse("200 OK", "Content-Type: text/html\r\n", latin1_page)));
  ASSERT_EQ(undeclared.documents.size(), 1u);
  EXPECT_GT(undeclared.documents[0].invalid_utf8_replaced, 0u);
}

TEST(WarcReaderTest, CanonicalUrlOfThePageBeatsTheFetchedAddress) {
  std::string page(kUndatedPage);
  page.insert(page.find("</head>"), "<link rel=\"canonical\" href=\"https://news.example/port-reopens\">");
  auto got = ReadBufferCollect(
      "u.warc", Record("resource", "text/html", page) + Record("resource", "text/html", kUndatedPage));
  ASSERT_EQ(got.documents.size(), 2u);
  EXPECT_EQ(got.documents[0].url, "https://news.example/port-reopens");
  EXPECT_EQ(got.documents[1].url, "https://news.example/story");
}

TEST(WarcReaderTest, DateFallsBackToCaptureThenOption) {
  IngestOptions options;
  options.default_date = "2020-01-01";
  auto captured = ReadBufferCollect("f.warc", Record("resource", "text/html", kUndatedPage), options);
  ASSERT_EQ(captured.documents.size(), 1u);
  EXPECT_EQ(captured.documents[0].date, "2019-07-03");
  EXPECT_EQ(captured.documents[0].date_source, "crawl");
  std::string no_date = "WARC/1.0\r\nWARC-Type: resource\r\nContent-Type: text/html\r\nContent-Length: " +
                        std::to_string(kUndatedPage.size()) + "\r\n\r\n" + std::string(kUndatedPage) +
                        "\r\n\r\n";
  auto option = ReadBufferCollect("g.warc", no_date, options);
  ASSERT_EQ(option.documents.size(), 1u);
  EXPECT_EQ(option.documents[0].date, "2020-01-01");
  EXPECT_EQ(option.documents[0].date_source, "option");
}

TEST(WarcReaderTest, TruncatedPlainRecordIsReportedAndEarlierOnesKept) {
  std::string warc = Join(SampleRecords(), false);
  std::string cut = warc.substr(0, warc.size() - 40);  // into the last record's block
  auto got = ReadBufferCollect("t.warc", cut);
  ASSERT_TRUE(got.status.ok());
  ASSERT_EQ(got.documents.size(), 1u);
  EXPECT_THAT(got.diagnostics, ElementsAre(AllOf(HasSubstr("t.warc: record 6 at byte "),
                                                 HasSubstr("truncated: Content-Length"))));
}

TEST(WarcReaderTest, BadLengthAndJunkResynchroniseAtTheNextHeader) {
  std::vector<std::string> records = SampleRecords();
  std::string bad = "WARC/1.1\r\nWARC-Type: resource\r\nContent-Length: twelve\r\n\r\nsome bytes\r\n\r\n";
  std::string warc = records[2] + bad + "stray bytes that are no record\r\n" + records[5];
  auto got = ReadBufferCollect("j.warc", warc);
  EXPECT_EQ(got.documents.size(), 2u);
  EXPECT_THAT(got.diagnostics,
              ElementsAre(AllOf(HasSubstr("record 2 at byte " + std::to_string(records[2].size())),
                                HasSubstr("invalid Content-Length")),
                          HasSubstr("are not a WARC record")));
}

TEST(WarcReaderTest, CorruptGzipMemberCostsOnlyItsRecord) {
  std::vector<std::string> members;
  for (const std::string& record : SampleRecords()) members.push_back(Gzip(record));
  std::string& page = members[2];
  for (size_t i = page.size() / 2; i < page.size() / 2 + 8; ++i) page[i] = static_cast<char>(page[i] ^ 0x5a);
  std::string archive;
  for (const std::string& member : members) archive += member;
  auto got = ReadBufferCollect("z.warc.gz", archive);
  ASSERT_TRUE(got.status.ok());
  ASSERT_EQ(got.documents.size(), 1u);  // the page is lost, the text record after it is not
  EXPECT_THAT(got.documents[0].text, HasSubstr("northern port"));
  ASSERT_FALSE(got.diagnostics.empty());
  EXPECT_THAT(got.diagnostics[0], HasSubstr("z.warc.gz: byte "));
}

TEST(WarcReaderTest, TruncatedGzipArchiveKeepsWhatCameBefore) {
  std::string archive = Join(SampleRecords(), true);
  std::string cut = archive.substr(0, archive.size() - 30);
  auto got = ReadBufferCollect("cut.warc.gz", cut);
  ASSERT_TRUE(got.status.ok());
  EXPECT_EQ(got.documents.size(), 1u);
  EXPECT_THAT(got.diagnostics, testing::Contains(HasSubstr("truncated gzip member")));
}

TEST(WarcReaderTest, FilesAreStreamedAndFoundInDirectories) {
  TempDir dir("warc");
  dir.Write("a/crawl.warc.gz", Join(SampleRecords(), true));
  dir.Write("a/image.gz", Gzip("not an archive"));
  IngestOptions options;
  options.max_file_bytes = 16;  // an archive is streamed, so the in-memory limit does not apply to it
  auto got = ReadInputsCollect({dir.path()}, options);
  ASSERT_TRUE(got.status.ok());
  ASSERT_EQ(got.documents.size(), 2u);
  EXPECT_THAT(got.documents[0].id, HasSubstr("crawl.warc.gz#3"));
  EXPECT_THAT(got.diagnostics, ElementsAre(HasSubstr("image.gz: binary file skipped")));
}

TEST(WarcReaderTest, ArchiveWhoseHeadWasAlreadyReadStreamsFromTheRest) {
  // As from stdin: the first bytes were read to recognise the archive, the rest is still in the stream. A cut
  // inside the first gzip member must read the same as the whole archive.
  std::string archive = Join(SampleRecords(), true);
  auto whole = ReadBufferCollect("crawl.warc.gz", archive);
  ASSERT_EQ(whole.documents.size(), 2u);
  for (size_t cut : {size_t{0}, size_t{7}, archive.size() / 2, archive.size()}) {
    std::FILE* rest = std::tmpfile();
    ASSERT_NE(rest, nullptr);
    std::string tail = archive.substr(cut);
    ASSERT_EQ(std::fwrite(tail.data(), 1, tail.size(), rest), tail.size());
    std::rewind(rest);
    ingest_test::Collected got;
    got.status = ingest_internal::ReadWarcStream(
        "-", std::string_view(archive).substr(0, cut), rest, IngestOptions{},
        [&](Document&& doc) {
          got.documents.push_back(std::move(doc));
          return Status::Ok();
        },
        [&](const Status& status) { got.diagnostics.push_back(status.message()); });
    std::fclose(rest);
    ASSERT_TRUE(got.status.ok());
    EXPECT_THAT(got.diagnostics, IsEmpty()) << "cut at " << cut;
    ASSERT_EQ(got.documents.size(), whole.documents.size()) << "cut at " << cut;
    for (size_t i = 0; i < got.documents.size(); ++i)
      EXPECT_EQ(got.documents[i].text, whole.documents[i].text);
  }
}

TEST(WarcReaderTest, TruncatedMemberInTheMiddleCostsOnlyItsRecord) {
  std::vector<std::string> records = SampleRecords();
  std::string text_record = records[5];
  std::string archive = Gzip(records[2]);
  std::string cut = Gzip(records[2]);
  archive += cut.substr(0, cut.size() - 100);  // a member cut short, then whole members again
  archive += Gzip(text_record) + Gzip(records[2]);
  auto got = ReadBufferCollect("mid.warc.gz", archive);
  ASSERT_TRUE(got.status.ok());
  ASSERT_EQ(got.documents.size(), 3u) << ::testing::PrintToString(got.diagnostics);
  EXPECT_EQ(got.documents[0].id, "mid.warc.gz#1");
  EXPECT_THAT(got.documents[1].text, HasSubstr("northern port"));
  EXPECT_THAT(got.documents[2].text, HasSubstr("held talks on Tuesday"));
  EXPECT_THAT(got.diagnostics, testing::Contains(HasSubstr("mid.warc.gz: byte ")));
}

TEST(WarcReaderTest, CorruptMemberFollowedByAPageLosesOnlyItself) {
  std::vector<std::string> records = SampleRecords();
  std::string damaged = Gzip(records[5]);
  for (size_t i = damaged.size() / 2; i < damaged.size() / 2 + 6; ++i)
    damaged[i] = static_cast<char>(~damaged[i]);
  auto got = ReadBufferCollect("c.warc.gz", Gzip(records[2]) + damaged + Gzip(records[2]));
  ASSERT_EQ(got.documents.size(), 2u) << ::testing::PrintToString(got.diagnostics);
  EXPECT_EQ(got.documents[1].id, "c.warc.gz#3");
  for (const std::string& diagnostic : got.diagnostics)
    EXPECT_THAT(diagnostic, Not(HasSubstr("not a WARC record"))) << "damage reported as junk";
}

TEST(WarcReaderTest, StoredMemberWithABadChecksumIsNotCoded) {
  // A member stored without compression keeps its bytes readable: only the checksum tells it is damaged.
  std::string stored = Gzip(Record("resource", "text/plain", "Russia condemned Ukraine on Monday.\n"), 0);
  size_t at = stored.find("Ukraine");
  ASSERT_NE(at, std::string::npos);
  stored.replace(at, 7, "Ukrxxxx");
  auto got = ReadBufferCollect("s.warc.gz", stored + Gzip(SampleRecords()[5]));
  ASSERT_EQ(got.documents.size(), 1u);
  EXPECT_THAT(got.documents[0].text, HasSubstr("northern port"));
  EXPECT_THAT(got.diagnostics,
              testing::Contains(HasSubstr("record 1 at decoded byte 0: part of this record")));
}

TEST(WarcReaderTest, OverlongHeaderIsNotCoded) {
  std::string overlong =
      "WARC/1.1\r\nWARC-Type: resource\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n"
      "WARC-Target-URI: https://x.example/" +
      std::string(70000, 'a') + "\r\n\r\nwords\r\n\r\n";
  auto got = ReadBufferCollect("h.warc", overlong + SampleRecords()[5]);
  ASSERT_EQ(got.documents.size(), 1u);
  EXPECT_EQ(got.documents[0].id, "h.warc#2");
  EXPECT_THAT(got.diagnostics, testing::Contains(HasSubstr("record 1 at byte 0: record header is too long")));
}

TEST(WarcReaderTest, ContentLengthRunningIntoTheNextRecordResumesThere) {
  std::vector<std::string> records = SampleRecords();
  std::string wrong = records[5];
  wrong.replace(wrong.find("Content-Length: "), std::string("Content-Length: ").size(), "Content-Length: 99");
  for (bool gzip : {false, true}) {
    std::string archive =
        gzip ? Gzip(wrong) + Gzip(records[2]) + Gzip(records[5]) : wrong + records[2] + records[5];
    auto got = ReadBufferCollect(gzip ? "l.warc.gz" : "l.warc", archive);
    ASSERT_EQ(got.documents.size(), 2u) << ::testing::PrintToString(got.diagnostics);
    EXPECT_THAT(got.documents[0].text, HasSubstr("held talks on Tuesday"));
    EXPECT_THAT(got.diagnostics, ElementsAre(HasSubstr("runs into the next record header at")));
  }
}

TEST(WarcReaderTest, TextCharsetAndResponsesWithoutAContentType) {
  auto got = ReadBufferCollect(
      "t.warc",
      Record("resource", "text/plain; charset=iso-8859-1",
             "Caf\xe9 owners in Montr\xe9"
             "al protested.\n") +
          Record("response", "", HttpResponse("200 OK", "Content-Type: text/html\r\n", kUndatedPage)));
  ASSERT_EQ(got.documents.size(), 2u);
  EXPECT_THAT(got.documents[0].text, HasSubstr("Caf\u00e9 owners in Montr\u00e9al"));
  EXPECT_EQ(got.documents[0].invalid_utf8_replaced, 0u);
  EXPECT_EQ(got.documents[1].title, "Port reopens");  // the HTTP headers are no part of the text
  EXPECT_THAT(got.documents[1].text, Not(HasSubstr("200 OK")));
}

TEST(WarcReaderTest, CommonCrawlNamesAndGzipFilesThatHoldArchives) {
  EXPECT_TRUE(ingest_internal::IsWarcName("CC-MAIN-20240101-00000.warc.wet.gz"));
  EXPECT_TRUE(ingest_internal::IsWarcName("x.warc.wat"));
  EXPECT_FALSE(ingest_internal::IsWarcName("notes.gz"));
  TempDir dir("warc_names");
  dir.Write("CC-MAIN-1.warc.wet.gz", Join(SampleRecords(), true));
  dir.Write("crawl-0001.gz", Join(SampleRecords(), true));
  auto got = ReadInputsCollect({dir.path()});
  EXPECT_EQ(got.documents.size(), 4u) << ::testing::PrintToString(got.diagnostics);
  EXPECT_THAT(got.diagnostics, IsEmpty());
}

TEST(InflateBodyTest, ReadsGzipZlibAndRawDeflateAndRejectsDamage) {
  std::string out;
  ASSERT_TRUE(ingest_internal::InflateBody(Gzip("hello world"), 1 << 20, &out).ok());
  EXPECT_EQ(out, "hello world");
  std::string zlib_stream(64, '\0');
  uLongf size = zlib_stream.size();
  ASSERT_EQ(compress(reinterpret_cast<Bytef*>(zlib_stream.data()), &size,
                     reinterpret_cast<const Bytef*>("deflated words"), 14),
            Z_OK);
  zlib_stream.resize(size);
  ASSERT_TRUE(ingest_internal::InflateBody(zlib_stream, 1 << 20, &out).ok());
  EXPECT_EQ(out, "deflated words");
  EXPECT_FALSE(ingest_internal::InflateBody("not compressed at all", 1 << 20, &out).ok());
  EXPECT_FALSE(ingest_internal::InflateBody(Gzip(std::string(5000, 'a')), 100, &out).ok());
}

}  // namespace
}  // namespace dyad
