// Page metadata: <meta> tags, canonical link, JSON-LD (including @graph), <time datetime> and <title>.
#include <simdjson.h>

#include <array>
#include <cstring>

#include "ingest/html_internal.h"
#include "ingest/ingest_internal.h"

namespace dyad::html_internal {
namespace {

using ingest_internal::Collapse;
using ingest_internal::ParseDate;
using ingest_internal::SameText;

bool EqualsIgnoringCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && ingest_internal::StartsWithIgnoringCase(a, b);
}

// Fields found in JSON-LD blocks. Article-typed objects win over other objects (WebPage, Organization).
struct JsonLd {
  std::string headline, date, publisher, fallback_date;
};

std::string_view StringField(simdjson::dom::object object, std::string_view key) {
  std::string_view value;
  if (object[key].get_string().get(value)) return "";
  return value;
}

bool IsArticleType(simdjson::dom::element type) {
  auto matches = [](std::string_view name) {
    return name.find("Article") != std::string_view::npos || name.find("Posting") != std::string_view::npos ||
           name == "Report";
  };
  std::string_view name;
  if (!type.get_string().get(name)) return matches(name);
  simdjson::dom::array names;
  if (type.get_array().get(names)) return false;
  for (simdjson::dom::element element : names)
    if (!element.get_string().get(name) && matches(name)) return true;
  return false;
}

std::string PublisherName(simdjson::dom::object object) {
  simdjson::dom::element publisher;
  if (object["publisher"].get(publisher)) return "";
  std::string_view name;
  if (!publisher.get_string().get(name)) return std::string(name);
  simdjson::dom::array list;
  if (!publisher.get_array().get(list) && list.size() > 0) {
    simdjson::dom::element first;
    if (!list.at(0).get(first)) publisher = first;
  }
  simdjson::dom::object publisher_object;
  if (publisher.get_object().get(publisher_object)) return "";
  return std::string(StringField(publisher_object, "name"));
}

void VisitJsonLd(simdjson::dom::element element, int depth, JsonLd* out) {
  if (depth > 16) return;
  simdjson::dom::array array;
  if (!element.get_array().get(array)) {
    for (simdjson::dom::element child : array) VisitJsonLd(child, depth + 1, out);
    return;
  }
  simdjson::dom::object object;
  if (element.get_object().get(object)) return;
  simdjson::dom::element graph;
  if (!object["@graph"].get(graph)) VisitJsonLd(graph, depth + 1, out);
  simdjson::dom::element type;
  bool article = !object["@type"].get(type) && IsArticleType(type);
  std::string date = ParseDate(StringField(object, "datePublished"));
  if (!article) {
    if (out->fallback_date.empty()) out->fallback_date = date;
    return;
  }
  if (out->headline.empty()) out->headline = Collapse(StringField(object, "headline"));
  if (out->date.empty()) out->date = date;
  if (out->publisher.empty()) out->publisher = Collapse(PublisherName(object));
}

void ParseJsonLd(simdjson::dom::parser& parser, std::string_view text, JsonLd* out) {
  // Some sites wrap the block in an HTML comment or CDATA marker.
  size_t begin = text.find_first_of("{[");
  size_t end = text.find_last_of("}]");
  if (begin == std::string_view::npos || end == std::string_view::npos || end < begin) return;
  simdjson::padded_string padded(text.substr(begin, end - begin + 1));
  simdjson::dom::element root;
  if (parser.parse(padded).get(root)) return;  // malformed JSON-LD is common and simply ignored
  VisitJsonLd(root, 0, out);
}

bool IsMetaDateKey(std::string_view key) {
  static constexpr std::array<std::string_view, 13> kKeys = {"article:published_time",
                                                             "og:published_time",
                                                             "datepublished",
                                                             "date",
                                                             "pubdate",
                                                             "dc.date",
                                                             "dc.date.issued",
                                                             "parsely-pub-date",
                                                             "sailthru.date",
                                                             "publish-date",
                                                             "publishdate",
                                                             "article.published",
                                                             "dcterms.date"};
  for (std::string_view candidate : kKeys)
    if (EqualsIgnoringCase(key, candidate)) return true;
  return false;
}

// Removes " - Publisher" / " | Publisher" (or the same at the front) from a page title.
std::string StripPublisher(std::string title, std::string_view publisher) {
  if (publisher.empty()) return title;
  static constexpr std::array<std::string_view, 6> kSeparators = {
      " | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " :: ", " \xC2\xB7 "};
  for (std::string_view separator : kSeparators) {
    size_t at = title.rfind(separator);
    if (at != std::string::npos && at > 0 &&
        SameText(std::string_view(title).substr(at + separator.size()), publisher))
      return title.substr(0, at);
    at = title.find(separator);
    if (at != std::string::npos && SameText(std::string_view(title).substr(0, at), publisher) &&
        at + separator.size() < title.size())
      return title.substr(at + separator.size());
  }
  return title;
}

}  // namespace

std::string_view TagName(const xmlNode* node) {
  if (node == nullptr || node->type != XML_ELEMENT_NODE || node->name == nullptr) return "";
  return reinterpret_cast<const char*>(node->name);
}

std::string_view Attribute(const xmlNode* node, std::string_view name) {
  if (node == nullptr || node->type != XML_ELEMENT_NODE) return "";
  for (const xmlAttr* attr = node->properties; attr != nullptr; attr = attr->next) {
    if (attr->name == nullptr || !EqualsIgnoringCase(reinterpret_cast<const char*>(attr->name), name))
      continue;
    if (attr->children == nullptr || attr->children->content == nullptr) return "";
    return reinterpret_cast<const char*>(attr->children->content);
  }
  return "";
}

std::string TextOf(const xmlNode* node) {
  std::string text;
  Walk(
      const_cast<xmlNode*>(node),
      [&](xmlNode* child) {
        if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
          if (child->content != nullptr)
            ingest_internal::AppendCollapsed(reinterpret_cast<const char*>(child->content), &text);
          return false;
        }
        return child->type == XML_ELEMENT_NODE;
      },
      [](xmlNode*) {});
  ingest_internal::TrimTrailingSpace(&text);
  return text;
}

PageMetadata CollectMetadata(xmlNode* root) {
  std::string og_title, twitter_title, title_element, og_site_name, application_name, canonical, og_url;
  std::string meta_date, time_date;
  JsonLd json_ld;
  simdjson::dom::parser parser;
  Walk(
      root,
      [&](xmlNode* node) {
        std::string_view tag = TagName(node);
        if (tag.empty()) return false;
        if (tag == "meta") {
          std::string_view key = Attribute(node, "property");
          if (key.empty()) key = Attribute(node, "name");
          if (key.empty()) key = Attribute(node, "itemprop");
          std::string_view content = Attribute(node, "content");
          if (content.empty()) content = Attribute(node, "datetime");
          if (EqualsIgnoringCase(key, "og:title") && og_title.empty()) og_title = Collapse(content);
          if (EqualsIgnoringCase(key, "twitter:title") && twitter_title.empty())
            twitter_title = Collapse(content);
          if (EqualsIgnoringCase(key, "og:site_name") && og_site_name.empty())
            og_site_name = Collapse(content);
          if (EqualsIgnoringCase(key, "application-name") && application_name.empty())
            application_name = Collapse(content);
          if (EqualsIgnoringCase(key, "og:url") && og_url.empty()) og_url = Collapse(content);
          if (meta_date.empty() && IsMetaDateKey(key)) meta_date = ParseDate(content);
          return false;
        }
        if (tag == "link") {
          if (canonical.empty() && EqualsIgnoringCase(Attribute(node, "rel"), "canonical"))
            canonical = Collapse(Attribute(node, "href"));
          return false;
        }
        if (tag == "title") {
          if (title_element.empty()) title_element = TextOf(node);
          return false;
        }
        if (tag == "script") {
          if (EqualsIgnoringCase(Collapse(Attribute(node, "type")), "application/ld+json")) {
            xmlChar* content = xmlNodeGetContent(node);
            if (content != nullptr) ParseJsonLd(parser, reinterpret_cast<const char*>(content), &json_ld);
            xmlFree(content);
          }
          return false;
        }
        if (tag == "style") return false;
        if (meta_date.empty() && EqualsIgnoringCase(Attribute(node, "itemprop"), "datePublished")) {
          std::string_view value = Attribute(node, "datetime");
          if (value.empty()) value = Attribute(node, "content");
          meta_date = ParseDate(value);
        }
        if (tag == "time" && time_date.empty()) time_date = ParseDate(Attribute(node, "datetime"));
        return true;
      },
      [](xmlNode*) {});

  PageMetadata meta;
  meta.publisher = !og_site_name.empty()        ? og_site_name
                   : !json_ld.publisher.empty() ? json_ld.publisher
                                                : application_name;
  meta.url = !canonical.empty() ? canonical : og_url;
  if (!og_title.empty()) {
    meta.title = og_title;
  } else if (!twitter_title.empty()) {
    meta.title = twitter_title;
  } else if (!json_ld.headline.empty()) {
    meta.title = json_ld.headline;
  } else {
    meta.title = title_element;
    meta.title_from_title_element = true;
  }
  meta.title = StripPublisher(std::move(meta.title), meta.publisher);
  if (!meta_date.empty()) {
    meta.date = meta_date;
    meta.date_source = "meta";
  } else if (!json_ld.date.empty() || !json_ld.fallback_date.empty()) {
    meta.date = !json_ld.date.empty() ? json_ld.date : json_ld.fallback_date;
    meta.date_source = "json-ld";
  } else if (!time_date.empty()) {
    meta.date = time_date;
    meta.date_source = "time";
  }
  return meta;
}

}  // namespace dyad::html_internal
