// Reader for PETRARCH validation XML suites.
//
// The suites are not well-formed XML: the GSR file closes <Sentence .../> at once, puts its codings and text
// after it as siblings, and still writes </Sentence> later; an XML parser in recovery mode then closes
// <Sentences> early and loses most records. So this is a tolerant tag scanner: comments are skipped, every
// <Sentence ...> opens a record, and the <EventCoding .../> and <Text>...</Text> that follow belong to it
// until the next <Sentence ...>.
#include <algorithm>
#include <cctype>
#include <string>

#include "dyad/eval.h"
#include "eval/suite_text.h"

namespace dyad {
namespace {

using suite_text::Collapse;
using suite_text::IsSpace;

std::string DecodeEntities(std::string_view s) {
  static constexpr std::pair<std::string_view, char> kEntities[] = {
      {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    bool replaced = false;
    if (s[i] == '&') {
      for (const auto& [entity, c] : kEntities) {
        if (s.substr(i, entity.size()) == entity) {
          out.push_back(c);
          i += entity.size();
          replaced = true;
          break;
        }
      }
    }
    if (!replaced) out.push_back(s[i++]);
  }
  return out;
}

// The value of attribute `name` inside a start tag's text (between '<' and '>'), or "".
std::string Attribute(std::string_view tag, std::string_view name) {
  for (size_t pos = 0; (pos = tag.find(name, pos)) != std::string_view::npos; pos += name.size()) {
    if (pos > 0 && !IsSpace(tag[pos - 1])) continue;
    size_t p = pos + name.size();
    while (p < tag.size() && IsSpace(tag[p])) ++p;
    if (p >= tag.size() || tag[p] != '=') continue;
    ++p;
    while (p < tag.size() && IsSpace(tag[p])) ++p;
    if (p >= tag.size() || (tag[p] != '"' && tag[p] != '\'')) continue;
    const char quote = tag[p];
    const size_t end = tag.find(quote, p + 1);
    if (end == std::string_view::npos) return "";
    return DecodeEntities(tag.substr(p + 1, end - p - 1));
  }
  return "";
}

// Content of the first <name>...</name> in `xml`, or "" when absent.
std::string ElementText(std::string_view xml, std::string_view name) {
  const std::string open = "<" + std::string(name) + ">";
  const std::string close = "</" + std::string(name) + ">";
  const size_t start = xml.find(open);
  if (start == std::string_view::npos) return "";
  const size_t end = xml.find(close, start + open.size());
  if (end == std::string_view::npos) return "";
  return DecodeEntities(xml.substr(start + open.size(), end - start - open.size()));
}

// "19950101" -> "1995-01-01"; anything else stays empty.
std::string SuiteDate(const std::string& raw) {
  if (raw.size() != 8 || !std::all_of(raw.begin(), raw.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return "";
  return raw.substr(0, 4) + "-" + raw.substr(4, 2) + "-" + raw.substr(6, 2);
}

void ReadEnvironment(std::string_view env, Suite* suite, std::vector<std::string>* include) {
  static constexpr std::pair<std::string_view, const char*> kFiles[] = {
      {"Verbfile", "verbs"}, {"Actorfile", "actors"}, {"Agentfile", "agents"}, {"Discardfile", "discards"}};
  for (const auto& [element, kind] : kFiles) {
    // Actorfile may list several files separated by commas.
    std::string list = ElementText(env, element);
    size_t start = 0;
    while (start < list.size()) {
      size_t comma = list.find(',', start);
      if (comma == std::string::npos) comma = list.size();
      std::string name = Collapse(std::string_view(list).substr(start, comma - start));
      if (!name.empty()) suite->dictionaries.push_back({kind, name});
      start = comma + 1;
    }
  }
  std::string words = Collapse(ElementText(env, "Include"));
  for (size_t start = 0; start < words.size();) {
    size_t space = words.find(' ', start);
    if (space == std::string::npos) space = words.size();
    include->push_back(words.substr(start, space - start));
    start = space + 1;
  }
}

// Removes <!-- ... --> so that codings inside comments are not read.
std::string WithoutComments(std::string_view xml) {
  std::string out;
  out.reserve(xml.size());
  size_t pos = 0;
  while (pos < xml.size()) {
    const size_t open = xml.find("<!--", pos);
    if (open == std::string_view::npos) break;
    out.append(xml.substr(pos, open - pos));
    const size_t close = xml.find("-->", open + 4);
    pos = close == std::string_view::npos ? xml.size() : close + 3;
  }
  if (pos < xml.size()) out.append(xml.substr(pos));
  return out;
}

}  // namespace

Result<Suite> ParsePetrarchSuite(std::string_view file_name, std::string_view raw) {
  const std::string name(file_name);
  if (raw.empty()) return Status::InvalidArgument(name + ": empty suite file");
  const std::string xml = WithoutComments(raw);
  const size_t sentences = xml.find("<Sentences>");
  if (sentences == std::string::npos) return Status::InvalidArgument(name + ": no <Sentences> element");
  Suite suite;
  std::vector<std::string> include;
  const std::string environment = ElementText(std::string_view(xml).substr(0, sentences), "Environment");
  ReadEnvironment(environment, &suite, &include);
  // UniversalPetrarch (PETRARCH-2), whose suites name its internal coding ontology (<PICOfile>), codes dyads
  // only whatever require_dyad says: the records of its 2.02 suite under require_dyad=false list none of
  // the one-sided events that PETRARCH-1's unit suite lists for the same sentences.
  suite.ontology_file = Collapse(ElementText(environment, "PICOfile"));
  const bool reads_require_dyad = suite.ontology_file.empty();

  std::string_view body = std::string_view(xml).substr(sentences);
  SuiteSettings settings;  // the <Config> options in force, given to each record that follows them
  size_t pos = 0;
  while (true) {
    const size_t tag = body.find('<', pos);
    if (tag == std::string_view::npos) break;
    const size_t tag_end = body.find('>', tag);
    if (tag_end == std::string_view::npos) break;
    const std::string_view tag_text = body.substr(tag + 1, tag_end - tag - 1);
    pos = tag_end + 1;
    auto starts = [&](std::string_view prefix) {
      return tag_text.substr(0, prefix.size()) == prefix &&
             (tag_text.size() == prefix.size() || IsSpace(tag_text[prefix.size()]) ||
              tag_text[prefix.size()] == '/');
    };
    if (starts("Config")) {
      // <Config option="require_dyad" value="false">: in force from the next record on. Other options (the
      // comma_* clause limits, new_actor_length) are not applied.
      std::string value = Attribute(tag_text, "value");
      std::transform(value.begin(), value.end(), value.begin(),
                     [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
      if (reads_require_dyad && Attribute(tag_text, "option") == "require_dyad")
        settings.require_dyad = value != "false";
    } else if (starts("Sentence")) {
      SuiteRecord& r = suite.records.emplace_back();
      r.settings = settings;
      r.id = Attribute(tag_text, "id");
      r.date = SuiteDate(Attribute(tag_text, "date"));
      r.category = Attribute(tag_text, "category");
      r.evaluate = Attribute(tag_text, "evaluate") != "false";
      if (!include.empty() && std::find(include.begin(), include.end(), r.category) == include.end())
        r.evaluate = false;
    } else if (suite.records.empty()) {
      continue;
    } else if (starts("EventCoding")) {
      ExpectedEvent e{Attribute(tag_text, "sourcecode"), Attribute(tag_text, "targetcode"),
                      Attribute(tag_text, "eventcode")};
      // error="bad_input_parse": the record tests PETRARCH's reaction to a malformed <Parse>, which dyad does
      // not read; it states nothing about the text's events, so it is not scored. The other errors
      // (dateline, story and sentence discards) concern the text and expect nothing coded.
      if (Attribute(tag_text, "error") == "bad_input_parse") suite.records.back().evaluate = false;
      // A null coding (all empty) states that nothing should be coded.
      if (!e.source.empty() || !e.target.empty() || !e.code.empty())
        suite.records.back().expected.push_back(std::move(e));
    } else if (starts("Text")) {
      const size_t close = body.find("</Text>", pos);
      if (close == std::string_view::npos) {
        return Status::InvalidArgument(name + ": record " + suite.records.back().id +
                                       ": <Text> is not closed");
      }
      suite.records.back().text = Collapse(DecodeEntities(body.substr(pos, close - pos)));
      pos = close + 7;
    } else if (starts("Parse")) {
      const size_t close = body.find("</Parse>", pos);
      pos = close == std::string_view::npos ? body.size() : close + 8;
    }
  }
  // A record without text cannot be coded or scored.
  for (SuiteRecord& r : suite.records)
    if (r.text.empty()) r.evaluate = false;
  return suite;
}

std::vector<CoderOptions::CompoundPattern> PetrarchCompoundPatterns(std::string_view file_name,
                                                                    std::string_view verbs_text) {
  // Blanks each line's '#' comment and keeps the lines, so that the TABARI reading counts them alike.
  std::string uncommented(verbs_text);
  bool comment = false;
  for (char& c : uncommented) {
    if (c == '\n') {
      comment = false;
      continue;
    }
    comment = comment || c == '#';
    if (comment) c = ' ';
  }
  return TabariCompoundPatterns(file_name, uncommented);
}

}  // namespace dyad
