#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

#include "dyad/ingest.h"
#include "ingest/ingest_test_util.h"

namespace dyad {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using ::testing::StartsWith;

Document Extract(std::string_view html) {
  Result<Document> doc = ExtractHtml(html, "page.html");
  EXPECT_TRUE(doc.ok()) << doc.status().ToString();
  return doc.ok() ? std::move(doc).value() : Document{};
}

std::string Page(std::string_view head, std::string_view body) {
  return "<!DOCTYPE html><html><head>" + std::string(head) + "</head><body>" + std::string(body) +
         "</body></html>";
}

constexpr std::string_view kArticle =
    "<article><p>Kazakhstan's foreign minister held talks with the U.S. Secretary of State on Tuesday.</p>"
    "<p>The two ministers discussed trade, security and regional cooperation at length.</p></article>";

TEST(ExtractHtmlTest, EmptyInputFails) {
  Result<Document> doc = ExtractHtml("", "x.html");
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().message(), "x.html: empty HTML input");
}

TEST(ExtractHtmlTest, OpenGraphMetadata) {
  Document doc = Extract(
      Page("<title>Other title | Ledger</title><meta property='og:title' content='Ministers hold talks'>"
           "<meta property='og:site_name' content='Ledger'><meta property='og:url' content='https://e.org/a'>"
           "<meta property='article:published_time' content='2019-07-03T10:00:00Z'>",
           kArticle));
  EXPECT_EQ(doc.id, "page.html");
  EXPECT_EQ(doc.format, InputFormat::kHtml);
  EXPECT_EQ(doc.title, "Ministers hold talks");
  EXPECT_EQ(doc.publisher, "Ledger");
  EXPECT_EQ(doc.url, "https://e.org/a");
  EXPECT_EQ(doc.date, "2019-07-03");
  EXPECT_EQ(doc.date_source, "meta");
  EXPECT_THAT(doc.text, StartsWith("Ministers hold talks\n\nKazakhstan's foreign minister held talks"));
}

TEST(ExtractHtmlTest, TwitterTitleAndCanonicalLink) {
  Document doc =
      Extract(Page("<meta name='twitter:title' content='Talks end'><link rel='canonical' href='/c'>"
                   "<meta property='og:url' content='/og'>",
                   kArticle));
  EXPECT_EQ(doc.title, "Talks end");
  EXPECT_EQ(doc.url, "/c");
}

TEST(ExtractHtmlTest, JsonLdInGraph) {
  Document doc = Extract(Page(
      R"(<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [)"
      R"({"@type": "WebSite", "name": "Ledger"}, {"@type": ["NewsArticle"], "headline": "Ministers meet",)"
      R"( "datePublished": "2019-07-04T08:00:00+02:00", "publisher": {"@type": "Organization", "name": "Ledger"}}]})"
      R"(</script>)",
      kArticle));
  EXPECT_EQ(doc.title, "Ministers meet");
  EXPECT_EQ(doc.publisher, "Ledger");
  EXPECT_EQ(doc.date, "2019-07-04");
  EXPECT_EQ(doc.date_source, "json-ld");
}

TEST(ExtractHtmlTest, MalformedJsonLdIsIgnored) {
  Document doc = Extract(Page(
      "<title>Ministers meet</title><script type='application/ld+json'>{\"headline\": </script>", kArticle));
  EXPECT_EQ(doc.title, "Ministers meet");
  EXPECT_EQ(doc.date, "");
}

TEST(ExtractHtmlTest, TitleElementWithPublisherSuffix) {
  Document doc =
      Extract(Page("<title>Ministers meet in Astana - The Ledger</title>"
                   "<meta name='application-name' content='The Ledger'>",
                   kArticle));
  EXPECT_EQ(doc.title, "Ministers meet in Astana");
  EXPECT_EQ(doc.publisher, "The Ledger");
}

TEST(ExtractHtmlTest, ItempropAndNamedMetaDates) {
  EXPECT_EQ(Extract(Page("<meta itemprop='datePublished' content='2019-07-05'>", kArticle)).date,
            "2019-07-05");
  EXPECT_EQ(Extract(Page("<meta name='DC.date.issued' content='2019-07-06'>", kArticle)).date, "2019-07-06");
  EXPECT_EQ(Extract(Page("<meta name='sailthru.date' content='2019-07-07 10:00:00'>", kArticle)).date,
            "2019-07-07");
}

TEST(ExtractHtmlTest, TimeElementDate) {
  Document doc = Extract(
      Page("", "<article><time datetime='2019-07-08T12:00'>8 July</time>" + std::string(kArticle.substr(9))));
  EXPECT_EQ(doc.date, "2019-07-08");
  EXPECT_EQ(doc.date_source, "time");
}

TEST(ExtractHtmlTest, VisibleDateFallback) {
  Document doc =
      Extract(Page("<title>Talks</title>", "<article><div class='dateline'>Published July 3, 2019</div>" +
                                               std::string(kArticle.substr(9))));
  EXPECT_EQ(doc.date, "2019-07-03");
  EXPECT_EQ(doc.date_source, "visible");
  EXPECT_THAT(doc.text, Not(HasSubstr("Published")));
}

TEST(ExtractHtmlTest, AmbiguousNumericDateIsNotGuessed) {
  Document doc = Extract(Page("", "<article><p>03/07/2019</p>" + std::string(kArticle.substr(9))));
  EXPECT_EQ(doc.date, "");
}

TEST(ExtractHtmlTest, BoilerplateIsRemoved) {
  Document doc = Extract(
      Page("<meta property='og:title' content='Ministers meet'>",
           "<header><a href='/'>Ledger home</a></header>"
           "<nav><ul><li><a href='/world'>World news section</a></li></ul></nav>"
           "<ol class='breadcrumb'><li>Home</li><li>World</li><li>Asia</li></ol>"
           "<div class='article-body'>"
           "<h1>Ministers meet</h1>"
           "<p class='byline'>By Dana Wells</p>"
           "<div class='share-tools'>Share on Facebook Share on Twitter</div>"
           "<p>Kazakhstan's foreign minister held talks with the U.S. Secretary of State on Tuesday.</p>"
           "<p>Share this article</p>"
           "<p>An opposition party accused the government of silencing critics.</p>"
           "<p>Read more: other stories</p>"
           "</div>"
           "<aside>Related stories: Uzbekistan opens border</aside>"
           "<div role='contentinfo'>Contact details</div>"
           "<footer><p>Footer links</p></footer>"
           "<p>\xC2\xA9 2019 Ledger Media. All rights reserved.</p>"
           "<p>1200 Harbour Avenue, Suite 400, Springfield, IL 62701</p>"));
  EXPECT_EQ(doc.text,
            "Ministers meet\n\nKazakhstan's foreign minister held talks with the U.S. Secretary of State on "
            "Tuesday.\n\nAn opposition party accused the government of silencing critics.");
}

TEST(ExtractHtmlTest, CopyrightAndAddressParagraphsInsideTheBodyAreDropped) {
  Document doc = Extract(Page("<title>Talks</title>",
                              "<div id='story-body'><p>Police detained dozens of protesters in Almaty on "
                              "Saturday, witnesses said.</p><p>Copyright 2019 Ledger Media</p>"
                              "<p>P.O. Box 1234, Springfield</p><p>Follow us on Twitter</p></div>"));
  EXPECT_EQ(doc.text, "Talks\n\nPolice detained dozens of protesters in Almaty on Saturday, witnesses said.");
}

TEST(ExtractHtmlTest, RepeatedHeadlineIsDroppedButTitleLeads) {
  Document doc = Extract(Page("<meta property='og:title' content='Ministers Meet In Astana'>",
                              "<article><h1>ministers  meet in astana</h1><p>The foreign ministers of "
                              "Kazakhstan and Turkey met in Astana on Monday.</p></article>"));
  EXPECT_EQ(doc.text,
            "Ministers Meet In Astana\n\nThe foreign ministers of Kazakhstan and Turkey met in Astana on "
            "Monday.");
}

TEST(ExtractHtmlTest, ReadabilityScoringWithoutMarkers) {
  std::string body =
      "<div class='top'><a href='/a'>Sport</a> <a href='/b'>Weather</a></div>"
      "<div class='col'><div class='text'>";
  for (int i = 0; i < 5; ++i)
    body +=
        "<p>The government signed an agreement with the rebels, officials said, ending weeks of "
        "fighting.</p>";
  body +=
      "</div></div><div class='links'><p><a href='/x'>A link-only paragraph that is long enough to "
      "count</a></p>"
      "</div>";
  Document doc = Extract(Page("<title>Truce</title>", body));
  EXPECT_THAT(doc.text, Not(HasSubstr("Sport")));
  EXPECT_THAT(doc.text, Not(HasSubstr("link-only")));
  EXPECT_THAT(doc.text, HasSubstr("ending weeks of fighting."));
}

TEST(ExtractHtmlTest, BreaksAndEntities) {
  Document doc = Extract(Page("<title>T</title>",
                              "<article><p>Police&nbsp;detained &amp; questioned<br>six "
                              "people &mdash; officials said on Sunday evening.</p></article>"));
  EXPECT_EQ(doc.text,
            "T\n\nPolice detained & questioned six people \xE2\x80\x94 officials said on Sunday evening.");
}

TEST(ExtractHtmlTest, ListItemsOnlyWhenSentenceLike) {
  Document doc =
      Extract(Page("<title>T</title>",
                   "<article><p>The ministers agreed on several points during their meeting.</p><ul>"
                   "<li>Trade</li><li>The two sides pledged to expand cooperation on energy.</li>"
                   "</ul></article>"));
  EXPECT_EQ(doc.text,
            "T\n\nThe ministers agreed on several points during their meeting.\n\nThe two sides pledged "
            "to expand cooperation on energy.");
}

TEST(ExtractHtmlTest, MalformedHtmlDoesNotCrash) {
  for (std::string_view html :
       {std::string_view("<"), std::string_view("<html><body><p>unclosed <b>bold <i>nested"),
        std::string_view("</p></div></body>text after</html><p>more"), std::string_view("\0\0\0", 3),
        std::string_view("<p>\xFF\xFE broken utf-8</p>"),
        std::string_view("<!DOCTYPE html><html><head><title>")}) {
    Result<Document> doc = ExtractHtml(html, "m.html");
    EXPECT_TRUE(doc.ok());
  }
  Result<Document> doc = ExtractHtml("<p>Police \xFF detained protesters on Monday.</p>", "u.html");
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->invalid_utf8_replaced, 1u);
  EXPECT_EQ(doc->text, "Police \xEF\xBF\xBD detained protesters on Monday.");
}

TEST(ExtractHtmlTest, DeeplyNestedMarkupDoesNotOverflow) {
  std::string html;
  for (int i = 0; i < 100000; ++i) html += "<div>";
  html += "<p>Deep text that is long enough to be a paragraph of the article.</p>";
  Result<Document> doc = ExtractHtml(html, "deep.html");
  EXPECT_TRUE(doc.ok());
}

TEST(ExtractHtmlTest, ExamplePage) {
  std::ifstream in(std::string(DYAD_SOURCE_DIR) + "/examples/kazakhstan-usa-talks.html", std::ios::binary);
  ASSERT_TRUE(in.good());
  std::string html((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  Document doc = Extract(html);
  EXPECT_EQ(doc.title, "Kazakhstan and US foreign ministers hold talks in Washington");
  EXPECT_EQ(doc.publisher, "The Meridian Ledger");
  EXPECT_EQ(doc.url, "https://news.example.org/world/asia/kazakhstan-usa-talks");
  EXPECT_EQ(doc.date, "2019-07-03");
  EXPECT_EQ(doc.date_source, "json-ld");
  EXPECT_THAT(doc.text,
              StartsWith("Kazakhstan and US foreign ministers hold talks in Washington\n\n"
                         "WASHINGTON \xE2\x80\x94 Kazakhstan's foreign minister held talks with the U.S. "
                         "Secretary of State in Washington on Tuesday"));
  for (std::string_view sentence : {"The Secretary of State praised Kazakhstan's economic reforms",
                                    "police detained dozens of protesters who gathered in a central square",
                                    "An opposition party accused the government of silencing its critics",
                                    "The two governments signed an agreement on visa facilitation"})
    EXPECT_THAT(doc.text, HasSubstr(sentence));
  for (std::string_view boilerplate :
       {"Home", "Politics", "Share on", "By Dana Wells", "Published", "Related stories", "Uzbekistan",
        "newsletter", "Subscribe", "Comments", "cookies", "All rights reserved", "Harbour Avenue",
        "Advertisement", "Read more", "Photo:", "Privacy policy"})
    EXPECT_THAT(doc.text, Not(HasSubstr(boilerplate)));
  // The headline appears exactly once.
  EXPECT_EQ(doc.text.find("hold talks in Washington"), doc.text.rfind("hold talks in Washington"));
}

}  // namespace
}  // namespace dyad
