// cameo-100: the annotation-round summary CSV, and the measures only this set allows: the coders' agreement
// with each other beside dyad's agreement with them, and recall of the coders' time and place spans.
#include <algorithm>
#include <cstdlib>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/gold.h"
#include "eval/gold_internal.h"

namespace dyad {

namespace gold_internal {

size_t ByteOffsetOfCodePoint(std::string_view text, size_t index) {
  size_t seen = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;  // continuation byte
    if (seen == index) return i;
    ++seen;
  }
  return text.size();
}

}  // namespace gold_internal

namespace {

using gold_internal::ByteOffsetOfCodePoint;
using gold_internal::LocateSpan;

// Places a coder's (label, text, code-point offset) entity in the sentence. False when the text is not there.
bool PlaceEntity(std::string_view sentence, std::string_view text, int64_t offset, GoldSpan* span) {
  if (text.empty()) return false;
  size_t at = offset >= 0 ? ByteOffsetOfCodePoint(sentence, static_cast<size_t>(offset)) : 0;
  if (sentence.substr(at, text.size()) == text) {
    span->text = std::string(text);
    span->start = static_cast<uint32_t>(at);
    span->end = static_cast<uint32_t>(at + text.size());
    return true;
  }
  return LocateSpan(sentence, text, at, span);
}

// "Source-2" -> 2; 0 when `label` is not "<kind>-<k>".
int EntityIndex(std::string_view label, std::string_view kind) {
  if (label.size() <= kind.size() + 1 || label.substr(0, kind.size()) != kind || label[kind.size()] != '-')
    return 0;
  return std::atoi(std::string(label.substr(kind.size() + 1)).c_str());
}

// A coder's entity as the summary lists it: its label ("Source-2", "Action-1") and where it is.
struct LabelledSpan {
  std::string label;
  GoldSpan span;
};

// One relation end: the (label, text) pair the relations column names an entity by.
struct RelationEnd {
  std::string label;
  std::string text;
};

// Parses a relations_N cell: a list of two-element lists of (label, text) tuples. Ends that are not such
// tuples are an error, since a misread relation would silently move an actor between events.
Status ParseRelations(const std::string& where, std::string_view cell,
                      std::vector<std::pair<RelationEnd, RelationEnd>>* relations) {
  if (cell.empty()) return Status::Ok();
  DYAD_ASSIGN_OR_RETURN(PyValue list, ParsePythonLiteral(where, cell));
  if (list.kind != PyValue::Kind::kList) return Status::InvalidArgument(where + ": expected a list");
  auto end_of = [](const PyValue& v, RelationEnd* end) {
    if (v.kind != PyValue::Kind::kTuple || v.items.size() < 2 || v.items[0].kind != PyValue::Kind::kString ||
        v.items[1].kind != PyValue::Kind::kString)
      return false;
    end->label = v.items[0].text;
    end->text = v.items[1].text;
    return true;
  };
  for (const PyValue& pair : list.items) {
    RelationEnd a, b;
    if ((pair.kind != PyValue::Kind::kList && pair.kind != PyValue::Kind::kTuple) || pair.items.size() != 2 ||
        !end_of(pair.items[0], &a) || !end_of(pair.items[1], &b)) {
      return Status::InvalidArgument(where + ": expected [(label, text), (label, text)] pairs");
    }
    relations->emplace_back(std::move(a), std::move(b));
  }
  return Status::Ok();
}

void AddSpanOnce(const GoldSpan& span, std::vector<GoldSpan>* spans) {
  for (const GoldSpan& s : *spans)
    if (s.start == span.start && s.end == span.end) return;
  spans->push_back(span);
}

// The role of `related`, an entity a relation links to Action-k. A relation names no role, and the entity's
// label gives its role in the action of its own number: a coder who labels "Arnor" in "Arnor rejected an
// offer from Gondor" Target-1 (of the offer) and Source-2 (of the rejection), then relates the Source-2 label
// to the offer, means Arnor as the offer's target. So a mention the coder also labelled Source-k or Target-k
// (and not both) takes that role; any other takes the role its label names.
bool RelatedAsSource(int k, const LabelledSpan& related, bool labelled_source,
                     const std::vector<LabelledSpan>& entities) {
  bool numbered_source = false, numbered_target = false;
  for (const LabelledSpan& e : entities) {
    if (!SpansOverlap(e.span.start, e.span.end, related.span.start, related.span.end)) continue;
    if (EntityIndex(e.label, "Source") == k) numbered_source = true;
    if (EntityIndex(e.label, "Target") == k) numbered_target = true;
  }
  return numbered_source != numbered_target ? numbered_source : labelled_source;
}

// True when a relation names the entity `label` / `text`.
bool NamedByRelation(std::string_view label, std::string_view text,
                     const std::vector<std::pair<RelationEnd, RelationEnd>>& relations) {
  for (const auto& [a, b] : relations)
    if ((a.label == label && a.text == text) || (b.label == label && b.text == text)) return true;
  return false;
}

// Gives event `k` its actors. A Source-j / Target-j mention that a relation names belongs to the actions its
// relations link it to, whatever its number: coders number a source apart from its action and link the two by
// a relation. A mention no relation names (a coder who relates some actors and not others, or gives no
// relations) belongs to the action of its number. Returns true when a relation names an Action-k mention.
bool AttachActors(int k, const std::vector<LabelledSpan>& entities,
                  const std::vector<std::pair<RelationEnd, RelationEnd>>& relations, GoldEvent* event) {
  const std::string action = "Action-" + std::to_string(k);
  bool related = false;
  for (const auto& [a, b] : relations) {
    const RelationEnd* other = a.label == action ? &b : b.label == action ? &a : nullptr;
    if (!other) continue;
    related = true;
    const bool labelled_source = EntityIndex(other->label, "Source") > 0;
    if (!labelled_source && EntityIndex(other->label, "Target") == 0) continue;
    for (const LabelledSpan& e : entities) {
      if (e.label != other->label || e.span.text != other->text) continue;
      AddSpanOnce(e.span,
                  RelatedAsSource(k, e, labelled_source, entities) ? &event->sources : &event->targets);
    }
  }
  for (const LabelledSpan& e : entities) {
    const bool source = EntityIndex(e.label, "Source") == k;
    if (!source && EntityIndex(e.label, "Target") != k) continue;
    if (NamedByRelation(e.label, e.span.text, relations)) continue;
    AddSpanOnce(e.span, source ? &event->sources : &event->targets);
  }
  return related;
}

}  // namespace

Result<GoldSet> ParseCameo100Summary(std::string_view file_name, std::string_view csv) {
  std::vector<size_t> row_lines;
  DYAD_ASSIGN_OR_RETURN(auto rows, ParseCsv(file_name, csv, &row_lines));
  if (rows.empty()) return Status::InvalidArgument(std::string(file_name) + ":1: empty file");
  std::map<std::string, size_t> column;
  for (size_t i = 0; i < rows[0].size(); ++i) column[rows[0][i]] = i;
  if (!column.count("sentences")) {
    return Status::InvalidArgument(std::string(file_name) + ":1: no 'sentences' column");
  }
  std::vector<std::string> coders;
  for (int n = 1; n <= 9; ++n)
    if (column.count("anncomplete_" + std::to_string(n)) && column.count("entities_" + std::to_string(n)))
      coders.push_back(std::to_string(n));
  if (coders.empty()) return Status::InvalidArgument(std::string(file_name) + ":1: no anncomplete_N columns");

  GoldSet set;
  set.name = "cameo-100";
  set.scheme = GoldScheme::kCameoRoot;
  set.source = std::string(file_name);
  for (size_t r = 1; r < rows.size(); ++r) {
    const std::vector<std::string>& row = rows[r];
    const std::string where = std::string(file_name) + ":" + std::to_string(row_lines[r]);
    auto cell = [&](const std::string& name) -> std::string {
      auto it = column.find(name);
      return it == column.end() || it->second >= row.size() ? std::string() : row[it->second];
    };
    GoldSentence sentence;
    sentence.id = where;
    sentence.text = cell("sentences");
    if (sentence.text.empty()) continue;
    for (const std::string& n : coders) {
      if (cell("anncomplete_" + n) != "True") continue;
      GoldCoding coding;
      coding.coder = n;
      std::map<int, GoldEvent> events;
      for (int k = 1; k <= 9; ++k) {
        const std::string root = CameoRootFromLabel(cell("Action" + std::to_string(k) + "_CAMEO_" + n));
        if (!root.empty()) events[k].label = root;
      }
      std::vector<LabelledSpan> labelled;
      std::vector<std::pair<RelationEnd, RelationEnd>> relations;
      DYAD_RETURN_IF_ERROR(ParseRelations(where + ": relations_" + n, cell("relations_" + n), &relations));
      const std::string entities = cell("entities_" + n);
      if (!entities.empty()) {
        DYAD_ASSIGN_OR_RETURN(PyValue list, ParsePythonLiteral(where + ": entities_" + n, entities));
        if (list.kind != PyValue::Kind::kList) {
          return Status::InvalidArgument(where + ": entities_" + n + ": expected a list");
        }
        for (const PyValue& item : list.items) {
          if (item.kind != PyValue::Kind::kTuple || item.items.size() < 2 ||
              item.items[0].kind != PyValue::Kind::kString || item.items[1].kind != PyValue::Kind::kString) {
            return Status::InvalidArgument(where + ": entities_" + n +
                                           ": expected (label, text, offset) tuples");
          }
          const std::string& label = item.items[0].text;
          int64_t offset =
              item.items.size() > 2 && item.items[2].kind == PyValue::Kind::kInt ? item.items[2].number : -1;
          GoldSpan span;
          if (!PlaceEntity(sentence.text, item.items[1].text, offset, &span)) continue;
          if (label == "Time") {
            coding.times.push_back(std::move(span));
          } else if (label == "Location") {
            coding.locations.push_back(std::move(span));
          } else {
            labelled.push_back({label, std::move(span)});
          }
        }
      }
      for (auto& [k, event] : events) {
        if (AttachActors(k, labelled, relations, &event)) {
          ++set.events_actors_from_relations;
        } else {
          ++set.events_actors_from_numbers;
        }
      }
      for (auto& [k, event] : events) coding.events.push_back(std::move(event));
      sentence.codings.push_back(std::move(coding));
    }
    if (!sentence.codings.empty()) set.sentences.push_back(std::move(sentence));
  }
  return set;
}

namespace gold_internal {

void CompareActorSpans(const std::vector<GoldEvent>& gold, const std::vector<GoldEvent>& ours,
                       uint32_t* checked, uint32_t* correct) {
  auto overlaps = [](const std::vector<GoldSpan>& spans, const GoldSpan& span) {
    for (const GoldSpan& s : spans)
      if (SpansOverlap(s.start, s.end, span.start, span.end)) return true;
    return false;
  };
  for (const GoldEvent& o : ours) {
    std::vector<const GoldEvent*> same;
    for (const GoldEvent& g : gold)
      if (g.label == o.label) same.push_back(&g);
    if (same.empty()) continue;
    for (int slot = 0; slot < 2; ++slot) {
      bool gold_has = false, right = false;
      for (const GoldEvent* g : same) {
        const std::vector<GoldSpan>& gold_spans = slot == 0 ? g->sources : g->targets;
        if (gold_spans.empty()) continue;
        gold_has = true;
        for (const GoldSpan& mine : slot == 0 ? o.sources : o.targets)
          if (overlaps(gold_spans, mine)) right = true;
      }
      if (!gold_has) continue;
      ++*checked;
      if (right) ++*correct;
    }
  }
}

}  // namespace gold_internal

namespace {

std::vector<std::string> LabelsOf(const std::vector<GoldEvent>& events) {
  std::set<std::string> labels;
  for (const GoldEvent& e : events) labels.insert(e.label);
  return {labels.begin(), labels.end()};
}

const GoldCoding* CodingOf(const GoldSentence& s, const std::string& coder) {
  for (const GoldCoding& c : s.codings)
    if (c.coder == coder) return &c;
  return nullptr;
}

// A full date written in a coder's time span ("May 22, 2020", "22 May 2020", "2020-05-22") as YYYY-MM-DD;
// "" when the span states none. Independent of dyad's own date reader so that it can check it.
std::string FullDateIn(std::string_view text) {
  static const char* kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                  "jul", "aug", "sep", "oct", "nov", "dec"};
  std::vector<std::string> words;
  std::string word;
  for (char c : text) {
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-') {
      word += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(word);
  auto month_of = [&](const std::string& w) {
    if (w.size() < 3) return 0;
    for (int m = 0; m < 12; ++m)
      if (w.compare(0, 3, kMonths[m]) == 0) return m + 1;
    return 0;
  };
  auto number = [](const std::string& w, size_t max_digits) {
    if (w.empty() || w.size() > max_digits) return -1;
    int v = 0;
    for (char c : w) {
      if (c < '0' || c > '9') return -1;
      v = v * 10 + (c - '0');
    }
    return v;
  };
  auto format = [](int y, int m, int d) {
    char buf[48];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    return std::string(buf);
  };
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i];
    if (w.size() == 10 && w[4] == '-' && w[7] == '-') {
      int y = number(w.substr(0, 4), 4), m = number(w.substr(5, 2), 2), d = number(w.substr(8, 2), 2);
      if (y > 0 && m >= 1 && m <= 12 && d >= 1 && d <= 31) return format(y, m, d);
    }
    if (i + 2 >= words.size()) continue;
    int m = month_of(w), d = number(words[i + 1], 2), y = number(words[i + 2], 4);
    if (m > 0 && d >= 1 && d <= 31 && y >= 1000) return format(y, m, d);
    d = number(w, 2), m = month_of(words[i + 1]), y = number(words[i + 2], 4);
    if (m > 0 && d >= 1 && d <= 31 && y >= 1000) return format(y, m, d);
  }
  return "";
}

// Gold spans of all coders of a sentence, one per place: a span overlapping one already kept is the same
// mention read by another coder.
std::vector<GoldSpan> MergedSpans(const GoldSentence& s, bool times) {
  std::vector<GoldSpan> kept;
  for (const GoldCoding& c : s.codings) {
    for (const GoldSpan& span : times ? c.times : c.locations) {
      bool seen = false;
      for (const GoldSpan& k : kept)
        if (SpansOverlap(k.start, k.end, span.start, span.end)) seen = true;
      if (!seen) kept.push_back(span);
    }
  }
  return kept;
}

}  // namespace

namespace gold_internal {

void ScoreCameo100Extras(const GoldSet& set, const GoldOutputs& outputs, GoldSetReport* report) {
  std::set<std::string> coder_set;
  for (const GoldSentence& s : set.sentences)
    for (const GoldCoding& c : s.codings) coder_set.insert(c.coder);
  const std::vector<std::string> coders(coder_set.begin(), coder_set.end());
  report->has_ceiling = true;
  report->coders = static_cast<uint32_t>(coders.size());

  std::vector<std::vector<GoldEvent>> ours(set.sentences.size());
  for (size_t i = 0; i < set.sentences.size(); ++i)
    ours[i] = EventsAsGold(set.scheme, outputs.sentences[i].events);

  // Coder pairs.
  double f1_sum = 0;
  int pairs = 0;
  uint32_t pair_checked = 0, pair_correct = 0;
  for (size_t a = 0; a < coders.size(); ++a) {
    for (size_t b = a + 1; b < coders.size(); ++b) {
      LabelSets gold, other;
      uint32_t checked = 0, correct = 0;
      for (const GoldSentence& s : set.sentences) {
        const GoldCoding* ca = CodingOf(s, coders[a]);
        const GoldCoding* cb = CodingOf(s, coders[b]);
        if (!ca || !cb) continue;
        gold.push_back(LabelsOf(ca->events));
        other.push_back(LabelsOf(cb->events));
        CompareActorSpans(ca->events, cb->events, &checked, &correct);
      }
      if (gold.empty()) continue;
      f1_sum += CompareLabelSets(gold, other).F1();
      ++pairs;
      pair_checked += checked;
      pair_correct += correct;
    }
  }
  report->coder_pair_f1 = pairs ? f1_sum / pairs : 0.0;
  report->coder_pair_actor = pair_checked ? static_cast<double>(pair_correct) / pair_checked : 0.0;

  // dyad against each coder.
  f1_sum = 0;
  int n = 0;
  for (const std::string& coder : coders) {
    LabelSets gold, mine;
    uint32_t checked = 0, correct = 0;
    for (size_t i = 0; i < set.sentences.size(); ++i) {
      const GoldCoding* c = CodingOf(set.sentences[i], coder);
      if (!c) continue;
      gold.push_back(LabelsOf(c->events));
      mine.push_back(LabelsOf(ours[i]));
      CompareActorSpans(c->events, ours[i], &checked, &correct);
    }
    if (gold.empty()) continue;
    f1_sum += CompareLabelSets(gold, mine).F1();
    ++n;
    report->actor_checked += checked;
    report->actor_correct += correct;
  }
  report->dyad_coder_f1 = n ? f1_sum / n : 0.0;
  report->dyad_coder_actor =
      report->actor_checked ? static_cast<double>(report->actor_correct) / report->actor_checked : 0.0;

  // Time and place spans.
  report->has_spans = true;
  report->places_measured = outputs.places_measured;
  report->places_note = outputs.places_note;
  for (size_t i = 0; i < set.sentences.size(); ++i) {
    const SentenceOutput& out = outputs.sentences[i];
    for (const GoldSpan& span : MergedSpans(set.sentences[i], true)) {
      ++report->time_spans;
      const TemporalExpression* hit = nullptr;
      for (const TemporalExpression& t : out.times)
        if (!hit && SpansOverlap(t.start, t.end, span.start, span.end)) hit = &t;
      if (!hit) continue;
      ++report->time_recalled;
      const std::string stated = FullDateIn(span.text);
      if (stated.empty()) continue;
      ++report->dates_checkable;
      if (hit->value == stated) ++report->dates_agree;
    }
    if (!outputs.places_measured) continue;
    for (const GoldSpan& span : MergedSpans(set.sentences[i], false)) {
      ++report->location_spans;
      for (const GoldSpan& p : out.places) {
        if (SpansOverlap(p.start, p.end, span.start, span.end)) {
          ++report->location_recalled;
          break;
        }
      }
    }
  }
  report->notes.push_back(
      "coder events whose action a relation names (their actors from the relations, plus mentions no "
      "relation "
      "names, by number): " +
      std::to_string(set.events_actors_from_relations) +
      "; events no relation names (actors by the Source-k / Target-k number only): " +
      std::to_string(set.events_actors_from_numbers));
  bool any_date = false;
  for (const GoldSentence& s : set.sentences)
    if (!s.date.empty()) any_date = true;
  if (!any_date) {
    report->notes.push_back(
        "the set gives no publication date: temporal expressions are found against a nominal reference date "
        "(2020-01-01), so only coder spans that state a full date are checked for their normalised value");
  }
}

}  // namespace gold_internal

}  // namespace dyad
