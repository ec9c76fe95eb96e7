// Article extraction from HTML: parse with libxml2 (recovering from any markup), choose the main content
// container, and flatten it into paragraphs with boilerplate removed.
#include <libxml/HTMLparser.h>
#include <libxml/xmlerror.h>

#include <algorithm>
#include <array>
#include <climits>
#include <cstring>
#include <unordered_map>
#include <vector>

#include "dyad/ingest.h"
#include "ingest/html_internal.h"
#include "ingest/ingest_internal.h"

namespace dyad {
namespace {

using html_internal::Attribute;
using html_internal::TagName;
using html_internal::Walk;
using ingest_internal::AppendCollapsed;
using ingest_internal::SameText;
using ingest_internal::TrimTrailingSpace;

void IgnoreGenericError(void*, const char*, ...) {}
void IgnoreStructuredError(void*, xmlErrorPtr) {}

template <size_t N>
bool OneOf(std::string_view word, const std::array<std::string_view, N>& words) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

// Elements that never hold article text.
bool IsNoiseTag(std::string_view tag) {
  static constexpr std::array<std::string_view, 22> kTags = {
      "script", "style", "noscript", "template", "svg",    "nav",      "header", "footer",
      "aside",  "form",  "iframe",   "button",   "select", "textarea", "input",  "figcaption",
      "object", "embed", "canvas",   "video",    "audio",  "head"};
  return OneOf(tag, kTags);
}

// Elements dropped even when looking for a visible date (header and byline areas are kept for that).
bool IsInvisibleTag(std::string_view tag) {
  static constexpr std::array<std::string_view, 8> kTags = {"script", "style",  "noscript", "template",
                                                            "svg",    "iframe", "head",     "nav"};
  return OneOf(tag, kTags);
}

// Splits a class/id value into lower-case alphanumeric parts: "share-bar__item" -> share, bar, item.
template <typename Visit>
void ForEachNamePart(std::string_view value, Visit visit) {
  std::string part;
  for (size_t i = 0; i <= value.size(); ++i) {
    char c = i < value.size() ? value[i] : ' ';
    if (std::isalnum(static_cast<unsigned char>(c))) {
      part += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else if (!part.empty()) {
      visit(part);
      part.clear();
    }
  }
}

bool HasBoilerplateName(std::string_view value) {
  // Strong names remove an element whatever else it is called; weak ones ("sidebar", "menu") only when no
  // content word is present, because layouts name wrappers "content-with-sidebar" or "main-menu-and-content".
  static constexpr std::array<std::string_view, 30> kStrong = {
      "breadcrumb", "breadcrumbs", "share",        "sharing",       "social",   "related",
      "newsletter", "subscribe",   "subscription", "comment",       "comments", "cookie",
      "cookies",    "promo",       "advert",       "advertisement", "ad",       "ads",
      "footer",     "copyright",   "byline",       "caption",       "signup",   "recommended",
      "trending",   "outbrain",    "taboola",      "disqus",        "tags",     "popup"};
  static constexpr std::array<std::string_view, 8> kWeak = {"sidebar", "nav",      "navbar", "navigation",
                                                            "menu",    "masthead", "modal",  "toolbar"};
  static constexpr std::array<std::string_view, 9> kContent = {
      "article", "body", "content", "main", "story", "text", "entry", "post", "column"};
  bool strong = false, weak = false, content = false;
  ForEachNamePart(value, [&](const std::string& part) {
    std::string_view word = part;
    strong = strong || OneOf(word, kStrong);
    weak = weak || OneOf(word, kWeak);
    content = content || OneOf(word, kContent);
  });
  return strong || (weak && !content);
}

// Class/id names that mark the article body: article-body, story-body, entry-content, post-content, ...
bool HasBodyMarker(std::string_view value) {
  static constexpr std::array<std::string_view, 10> kMarkers = {
      "articlebody",  "storybody", "entrycontent", "postcontent", "articlecontent",
      "storycontent", "postbody",  "articletext",  "bodytext",    "storytext"};
  std::string squeezed;
  for (char c : value) {
    if (std::isalnum(static_cast<unsigned char>(c)))
      squeezed += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    else if (c == ' ')
      squeezed += ' ';
  }
  for (std::string_view marker : kMarkers)
    if (squeezed.find(marker) != std::string::npos) return true;
  return false;
}

bool IsBodyMarker(const xmlNode* node) {
  return ingest_internal::SameText(Attribute(node, "itemprop"), "articleBody") ||
         HasBodyMarker(Attribute(node, "class")) || HasBodyMarker(Attribute(node, "id"));
}

bool IsHidden(const xmlNode* node) {
  if (xmlHasProp(node, reinterpret_cast<const xmlChar*>("hidden")) != nullptr) return true;
  if (SameText(Attribute(node, "aria-hidden"), "true")) return true;
  std::string style;
  for (char c : Attribute(node, "style"))
    if (c != ' ') style += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return style.find("display:none") != std::string::npos ||
         style.find("visibility:hidden") != std::string::npos;
}

// Ancestors of the headline (<h1>) and of explicit body markers are protected from class/id-based removal:
// page wrappers often carry names like "advertisement-pusher" or "has-comments". The mark lives in libxml2's
// per-node application pointer, so the tree carries it and no lookup table is needed.
char protected_mark;

bool IsProtected(const xmlNode* node) { return node->_private == &protected_mark; }

void MarkProtectedAncestors(xmlNode* root) {
  Walk(
      root,
      [](xmlNode* node) {
        if (node->type != XML_ELEMENT_NODE) return false;
        if (TagName(node) == "h1" || IsBodyMarker(node)) {
          for (xmlNode* up = node; up != nullptr && up->type == XML_ELEMENT_NODE && !IsProtected(up);
               up = up->parent)
            up->_private = &protected_mark;
        }
        return true;
      },
      [](xmlNode*) {});
}

// Whether an element and its subtree are boilerplate. The page skeleton and explicit body markers are never
// removed by their class names ("<body class='has-comments'>" must survive).
bool IsBoilerplate(const xmlNode* node) {
  std::string_view tag = TagName(node);
  // ASP.NET pages wrap the whole page in one <form>; a form holding the headline or body is not a widget.
  if (tag == "form" && IsProtected(node)) return false;
  if (IsNoiseTag(tag)) return true;
  if (IsHidden(node)) return true;
  std::string_view role = Attribute(node, "role");
  if (SameText(role, "navigation") || SameText(role, "banner") || SameText(role, "contentinfo") ||
      SameText(role, "complementary") || SameText(role, "search") || SameText(role, "dialog"))
    return true;
  if (tag == "html" || tag == "body" || tag == "main" || IsProtected(node)) return false;
  return HasBoilerplateName(Attribute(node, "class")) || HasBoilerplateName(Attribute(node, "id"));
}

bool IsInlineTag(std::string_view tag) {
  static constexpr std::array<std::string_view, 36> kInline = {
      "a",   "abbr", "b",   "bdi", "bdo",   "cite",    "code", "data",   "dfn",    "em",   "font", "i",
      "kbd", "mark", "q",   "s",   "samp",  "small",   "span", "strong", "sub",    "sup",  "time", "u",
      "var", "wbr",  "del", "ins", "label", "acronym", "big",  "tt",     "strike", "nobr", "img",  "picture"};
  return OneOf(tag, kInline);
}

enum class BlockKind { kParagraph, kHeading, kListItem, kOther };

BlockKind KindOf(std::string_view tag) {
  if (tag == "p" || tag == "blockquote" || tag == "pre" || tag == "dd") return BlockKind::kParagraph;
  if (tag.size() == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6') return BlockKind::kHeading;
  if (tag == "li") return BlockKind::kListItem;
  return BlockKind::kOther;
}

struct Block {
  std::string text;
  xmlNode* owner = nullptr;  // the block-level element whose text this is
  size_t link_bytes = 0;
  BlockKind kind = BlockKind::kOther;
};

// Flattens the subtree below `root` into text blocks. With `clean`, boilerplate subtrees are skipped;
// without, only invisible ones (used to find a visible date in header/byline areas).
class Flattener {
 public:
  Flattener(bool clean, size_t max_blocks) : clean_(clean), max_blocks_(max_blocks) {}

  void Add(xmlNode* root) {
    current_.owner = root;
    Walk(
        root, [this](xmlNode* node) { return Enter(node); }, [this](xmlNode* node) { Leave(node); });
    EndBlock();
  }
  std::vector<Block>& blocks() { return blocks_; }

 private:
  bool Enter(xmlNode* node) {
    if (blocks_.size() >= max_blocks_) return false;
    if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
      if (node->content == nullptr) return false;
      size_t before = current_.text.size();
      AppendCollapsed(reinterpret_cast<const char*>(node->content), &current_.text);
      if (link_depth_ > 0) current_.link_bytes += current_.text.size() - before;
      if (current_.text.size() > before && current_.text.back() != ' ') after_break_ = false;
      return false;
    }
    if (node->type != XML_ELEMENT_NODE) return false;
    std::string_view tag = TagName(node);
    if (clean_ ? IsBoilerplate(node) : (IsInvisibleTag(tag) || IsHidden(node))) {
      AppendCollapsed(" ", &current_.text);
      return false;
    }
    if (tag == "br") {
      // One <br> is a line break inside the paragraph; two in a row separate paragraphs.
      if (after_break_) {
        EndBlock();
      } else {
        AppendCollapsed(" ", &current_.text);
        after_break_ = true;
      }
      return false;
    }
    after_break_ = false;
    if (IsInlineTag(tag)) {
      if (tag == "a") ++link_depth_;
      return true;
    }
    EndBlock();
    kinds_.push_back({KindOf(tag), node});
    current_.kind = kinds_.back().kind;
    current_.owner = node;
    return true;
  }

  void Leave(xmlNode* node) {
    std::string_view tag = TagName(node);
    if (IsInlineTag(tag)) {
      if (tag == "a" && link_depth_ > 0) --link_depth_;
      return;
    }
    EndBlock();
    if (!kinds_.empty()) kinds_.pop_back();
    current_.kind = kinds_.empty() ? BlockKind::kOther : kinds_.back().kind;
    current_.owner = kinds_.empty() ? nullptr : kinds_.back().node;
  }

  void EndBlock() {
    TrimTrailingSpace(&current_.text);
    after_break_ = false;
    if (!current_.text.empty() && blocks_.size() < max_blocks_) {
      current_.link_bytes = std::min(current_.link_bytes, current_.text.size());
      blocks_.push_back(std::move(current_));
    }
    BlockKind kind = current_.kind;
    xmlNode* owner = current_.owner;
    current_ = Block{};
    current_.kind = kind;
    current_.owner = owner;
  }

  bool clean_;
  size_t max_blocks_;
  std::vector<Block> blocks_;
  struct OpenBlock {
    BlockKind kind;
    xmlNode* node;
  };
  std::vector<OpenBlock> kinds_;
  Block current_;
  int link_depth_ = 0;
  bool after_break_ = false;
};

size_t WordCount(std::string_view text) {
  size_t words = 0;
  bool in_word = false;
  for (char c : text) {
    bool space = c == ' ';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

bool EndsLikeSentence(std::string_view text) {
  static constexpr std::array<std::string_view, 8> kEndings = {
      ".", "!", "?", "\"", ")", "\xE2\x80\x9D", "\xE2\x80\x99", ":"};
  for (std::string_view ending : kEndings)
    if (text.ends_with(ending)) return true;
  return false;
}

bool IsSentenceLike(std::string_view text) { return WordCount(text) >= 6 && EndsLikeSentence(text); }

// Non-link text length of the cleaned subtree: the measure of how much article a container holds.
size_t ContentLength(xmlNode* node) {
  Flattener flattener(/*clean=*/true, SIZE_MAX);
  flattener.Add(node);
  size_t length = 0;
  for (const Block& block : flattener.blocks()) length += block.text.size() - block.link_bytes;
  return length;
}

// Chooses the containers holding the article, in document order.
std::vector<xmlNode*> ChooseContainers(xmlNode* body) {
  std::vector<xmlNode*> markers, articles;
  Walk(
      body,
      [&](xmlNode* node) {
        if (node->type != XML_ELEMENT_NODE) return false;
        if (IsBoilerplate(node)) return false;
        std::string_view tag = TagName(node);
        if (IsBodyMarker(node)) markers.push_back(node);
        if (tag == "article") articles.push_back(node);
        return true;
      },
      [](xmlNode*) {});

  // Each candidate costs a walk of its subtree; nested candidates would make that quadratic, so only the
  // first few (in document order) are measured.
  constexpr size_t kMaxCandidates = 64;
  auto best_of = [](const std::vector<xmlNode*>& nodes, size_t minimum) -> xmlNode* {
    xmlNode* best = nullptr;
    size_t best_length = 0;
    for (size_t i = 0; i < nodes.size() && i < kMaxCandidates; ++i) {
      xmlNode* node = nodes[i];
      size_t length = ContentLength(node);
      if (length > best_length) {
        best = node;
        best_length = length;
      }
    }
    return best_length >= minimum ? best : nullptr;
  };
  if (xmlNode* marker = best_of(markers, 200)) {
    // Pages that split the body around ads repeat the marker on sibling containers; keep them all.
    std::vector<xmlNode*> chosen;
    for (xmlNode* sibling = marker->parent->children; sibling != nullptr; sibling = sibling->next)
      if (sibling == marker ||
          (sibling->type == XML_ELEMENT_NODE && IsBodyMarker(sibling) && !IsBoilerplate(sibling)))
        chosen.push_back(sibling);
    return chosen;
  }
  if (xmlNode* article = best_of(articles, 300)) return {article};

  // Readability-style scoring: each substantial paragraph votes for the element holding it and, at half
  // weight, the next one up; links do not count as content. Text directly inside a <div> (paragraphs split by
  // <br>) votes for that <div> itself.
  std::unordered_map<xmlNode*, double> scores;
  std::vector<xmlNode*> scored_in_order;  // iteration order must not depend on pointer hashing
  auto add_score = [&](xmlNode* node, double score) {
    auto [it, inserted] = scores.try_emplace(node, 0.0);
    if (inserted) scored_in_order.push_back(node);
    it->second += score;
  };
  Flattener flattener(/*clean=*/true, SIZE_MAX);
  flattener.Add(body);
  for (const Block& block : flattener.blocks()) {
    if (block.owner == nullptr || block.owner == body) continue;
    if (block.kind != BlockKind::kParagraph && block.kind != BlockKind::kOther) continue;
    size_t length = block.text.size() - block.link_bytes;
    if (length < 25) continue;
    size_t commas = static_cast<size_t>(std::count(block.text.begin(), block.text.end(), ','));
    double score = 1.0 + static_cast<double>(commas) + std::min(static_cast<double>(length) / 100.0, 3.0);
    xmlNode* parent = block.kind == BlockKind::kParagraph ? block.owner->parent : block.owner;
    if (parent == nullptr || parent->type != XML_ELEMENT_NODE) continue;
    add_score(parent, score);
    if (parent->parent != nullptr && parent->parent->type == XML_ELEMENT_NODE)
      add_score(parent->parent, score / 2);
  }
  xmlNode* top = nullptr;
  double top_score = 0;
  for (xmlNode* node : scored_in_order) {
    if (scores[node] > top_score) {  // ties go to the earlier element
      top = node;
      top_score = scores[node];
    }
  }
  if (top == nullptr) return {body};
  std::vector<xmlNode*> chosen;
  for (xmlNode* sibling = top->parent != nullptr ? top->parent->children : top; sibling != nullptr;
       sibling = sibling->next) {
    auto it = scores.find(sibling);
    if (sibling == top || (it != scores.end() && it->second >= std::max(3.0, top_score * 0.2)))
      chosen.push_back(sibling);
  }
  return chosen;
}

// Keeps the blocks that read as article text.
bool KeepBlock(const Block& block) {
  const std::string& text = block.text;
  if (text.empty()) return false;
  if (block.link_bytes * 2 > text.size()) return false;
  if (ingest_internal::IsCopyrightLine(text) || ingest_internal::IsAddressLine(text) ||
      ingest_internal::IsWidgetLine(text) || ingest_internal::IsBylineLine(text))
    return false;
  std::string date;
  if (ingest_internal::IsDateLine(text, &date)) return false;
  switch (block.kind) {
    case BlockKind::kParagraph:
    case BlockKind::kHeading:
      return true;
    case BlockKind::kListItem:
      return IsSentenceLike(text);
    case BlockKind::kOther:
      return IsSentenceLike(text) || text.size() >= 150;
  }
  return false;
}

xmlNode* FindBody(xmlNode* root) {
  xmlNode* found = nullptr;
  Walk(
      root,
      [&](xmlNode* node) {
        if (found != nullptr || node->type != XML_ELEMENT_NODE) return false;
        if (TagName(node) == "body") found = node;
        return found == nullptr;
      },
      [](xmlNode*) {});
  return found != nullptr ? found : root;
}

// The first date line in the header/byline area around the article, else near the top of the page.
std::string FindVisibleDate(xmlNode* body, xmlNode* container) {
  xmlNode* scope = container;
  for (xmlNode* up = container; up != nullptr && up->type == XML_ELEMENT_NODE; up = up->parent) {
    if (TagName(up) == "article") {
      scope = up;
      break;
    }
  }
  for (xmlNode* area : {scope, body}) {
    Flattener flattener(/*clean=*/false, area == body ? 80 : 40);
    flattener.Add(area);
    for (const Block& block : flattener.blocks()) {
      std::string date;
      if (ingest_internal::IsDateLine(block.text, &date)) return date;
    }
  }
  return "";
}

// Whether the page's head declares any charset ("charset=" in any case).
bool DeclaresCharset(std::string_view html) {
  return ingest_internal::ContainsIgnoringCase(html.substr(0, 4096), "charset=");
}

// The page's declared charset when it is not UTF-8 ("" for UTF-8 or undeclared).
bool DeclaresOtherCharset(std::string_view html) {
  std::string head(html.substr(0, 4096));
  for (char& c : head) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  size_t at = head.find("charset=");
  if (at == std::string::npos) return false;
  at += 8;
  while (at < head.size() && (head[at] == '"' || head[at] == '\'' || head[at] == ' ')) ++at;
  return !(head.compare(at, 5, "utf-8") == 0 || head.compare(at, 4, "utf8") == 0);
}

}  // namespace

Result<Document> ExtractHtml(std::string_view html, std::string_view id) {
  return ingest_internal::ExtractHtmlInCharset(html, id, "");
}

namespace ingest_internal {

Result<Document> ExtractHtmlInCharset(std::string_view html, std::string_view id,
                                      std::string_view transport_charset) {
  if (html.empty()) return Status::InvalidArgument(std::string(id) + ": empty HTML input");
  if (html.size() > static_cast<size_t>(INT_MAX))
    return Status::InvalidArgument(std::string(id) + ": HTML input too large");
  Document doc;
  doc.id = std::string(id);
  doc.path = std::string(id);
  doc.format = InputFormat::kHtml;

  std::string repaired;
  const char* encoding = nullptr;  // let libxml2 honour a declared legacy charset
  if (!DeclaresOtherCharset(html)) {
    // A page that declares nothing may have been declared by its transport (an HTTP header).
    std::string converted;
    if (!DeclaresCharset(html) && ingest_internal::ConvertToUtf8(transport_charset, html, &converted)) {
      repaired = std::move(converted);
    } else {
      doc.invalid_utf8_replaced = ingest_internal::RepairInto(html, &repaired);
    }
    html = repaired;
    encoding = "UTF-8";
  }
  xmlSetGenericErrorFunc(nullptr, IgnoreGenericError);
  xmlSetStructuredErrorFunc(nullptr, IgnoreStructuredError);
  htmlDocPtr tree = htmlReadMemory(
      html.data(), static_cast<int>(html.size()), nullptr, encoding,
      HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | HTML_PARSE_COMPACT);
  // Input libxml2 cannot make a tree of (e.g. only white space) has no article: an empty document, not an
  // error.
  if (tree == nullptr) return doc;
  xmlNode* root = xmlDocGetRootElement(tree);
  if (root == nullptr) {
    xmlFreeDoc(tree);
    return doc;
  }
  html_internal::PageMetadata meta = html_internal::CollectMetadata(reinterpret_cast<xmlNode*>(tree));
  doc.title = meta.title;
  doc.publisher = meta.publisher;
  doc.url = meta.url;
  doc.date = meta.date;
  doc.date_source = meta.date_source;

  xmlNode* body = FindBody(root);
  MarkProtectedAncestors(body);
  std::vector<xmlNode*> containers = ChooseContainers(body);
  Flattener flattener(/*clean=*/true, SIZE_MAX);
  for (xmlNode* container : containers) flattener.Add(container);
  std::vector<Block>& blocks = flattener.blocks();

  // A <title> that carries a site suffix the publisher tags did not name is replaced by a matching <h1>.
  if (meta.title_from_title_element) {
    for (const Block& block : blocks) {
      if (block.kind == BlockKind::kHeading && block.text.size() < doc.title.size() &&
          SameText(std::string_view(doc.title).substr(0, block.text.size()), block.text)) {
        doc.title = block.text;
        break;
      }
    }
  }
  if (doc.date.empty() && !containers.empty()) {
    doc.date = FindVisibleDate(body, containers.front());
    if (!doc.date.empty()) doc.date_source = "visible";
  }

  std::string text = doc.title;
  const std::string* previous = nullptr;
  for (size_t i = 0; i < blocks.size(); ++i) {
    const Block& block = blocks[i];
    if (!KeepBlock(block)) continue;
    if (!doc.title.empty() && SameText(block.text, doc.title)) continue;  // the headline is already first
    if (previous != nullptr && *previous == block.text) continue;
    if (!text.empty()) text += "\n\n";
    text += block.text;
    previous = &block.text;
  }
  doc.text = std::move(text);
  xmlFreeDoc(tree);
  return doc;
}

}  // namespace ingest_internal
}  // namespace dyad
