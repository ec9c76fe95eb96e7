// libxml2 tree helpers and page-metadata extraction shared by html_extract.cc and html_metadata.cc.
#ifndef DYAD_INGEST_HTML_INTERNAL_H_
#define DYAD_INGEST_HTML_INTERNAL_H_

#include <libxml/tree.h>

#include <string>
#include <string_view>

namespace dyad::html_internal {

// Lower-case element name ("" for non-elements). libxml2's HTML parser already lower-cases tag names.
std::string_view TagName(const xmlNode* node);
// Value of attribute `name` (ASCII case-insensitive), or "" when absent. Points into the tree; no allocation.
std::string_view Attribute(const xmlNode* node, std::string_view name);
// All text under `node`, white space collapsed.
std::string TextOf(const xmlNode* node);

// Iterative pre-order walk of the subtree below `root` (deep trees cannot overflow the stack). `enter(node)`
// returns whether to descend; `leave(node)` runs after the subtree of every node that was descended into.
template <typename Enter, typename Leave>
void Walk(xmlNode* root, Enter enter, Leave leave) {
  if (root == nullptr) return;
  xmlNode* node = root->children;
  while (node != nullptr) {
    bool descend = enter(node);
    if (descend && node->children != nullptr) {
      node = node->children;
      continue;
    }
    if (descend) leave(node);
    while (node->next == nullptr) {
      node = node->parent;
      if (node == nullptr || node == root) return;
      leave(node);
    }
    node = node->next;
  }
}

// Metadata the page declares about itself, each field from its most trusted source.
struct PageMetadata {
  std::string title;  // og:title, twitter:title, JSON-LD headline, then <title>
  bool title_from_title_element = false;
  std::string publisher;    // og:site_name, JSON-LD publisher.name, application-name
  std::string url;          // canonical link, og:url
  std::string date;         // YYYY-MM-DD
  std::string date_source;  // "meta", "json-ld", "time"
};

// Walks the whole tree once. `title` has a trailing " - Publisher" / " | Publisher" removed.
PageMetadata CollectMetadata(xmlNode* root);

}  // namespace dyad::html_internal

#endif  // DYAD_INGEST_HTML_INTERNAL_H_
