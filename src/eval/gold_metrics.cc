// Coding a gold set with dyad, scoring the output, and the report `dyad eval` prints.
#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "dyad/gold.h"
#include "dyad/text.h"
#include "eval/gold_internal.h"

namespace dyad {

double LabelScore::Precision() const { return tp + fp ? static_cast<double>(tp) / (tp + fp) : 0.0; }
double LabelScore::Recall() const { return tp + fn ? static_cast<double>(tp) / (tp + fn) : 0.0; }
double LabelScore::F1() const { return 2 * tp + fp + fn ? 2.0 * tp / (2 * tp + fp + fn) : 0.0; }
void LabelScore::Add(const LabelScore& o) {
  tp += o.tp;
  fp += o.fp;
  fn += o.fn;
}

namespace {

// Scores one sentence's label sets into `by_label` and returns the unmatched labels for the confusion table.
void ScoreSets(const std::vector<std::string>& gold, const std::vector<std::string>& ours,
               std::map<std::string, LabelScore>* by_label, std::vector<std::string>* missed,
               std::vector<std::string>* extra) {
  for (const std::string& g : gold) {
    if (std::find(ours.begin(), ours.end(), g) != ours.end()) {
      ++(*by_label)[g].tp;
    } else {
      ++(*by_label)[g].fn;
      if (missed) missed->push_back(g);
    }
  }
  for (const std::string& o : ours) {
    if (std::find(gold.begin(), gold.end(), o) == gold.end()) {
      ++(*by_label)[o].fp;
      if (extra) extra->push_back(o);
    }
  }
}

std::vector<std::string> Unique(std::vector<std::string> v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
  v.erase(std::remove(v.begin(), v.end(), std::string()), v.end());
  return v;
}

// The event a one-label set is compared with: the first by position that is not a statement or appeal (01,
// 02: "X said ..." usually wraps the event the sentence reports), else the first. Null when none.
const Event* PrimaryEvent(const std::vector<Event>& events) {
  const Event* first = nullptr;
  const Event* first_act = nullptr;
  for (const Event& e : events) {
    if (!first || e.trigger_start < first->trigger_start) first = &e;
    if (e.root != "01" && e.root != "02" && (!first_act || e.trigger_start < first_act->trigger_start))
      first_act = &e;
  }
  return first_act ? first_act : first;
}

// An actor's country for comparison with plover-gsr codes: the country, else the code's first three letters
// (IGO, NGO, IMG ...).
std::string ActorCountry(const EventActor& actor) {
  if (!actor.country.empty()) return actor.country;
  return actor.code.substr(0, 3);
}

std::string Fixed(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3f", v);
  return buf;
}

}  // namespace

namespace gold_internal {

std::vector<GoldEvent> EventsAsGold(GoldScheme scheme, const std::vector<Event>& events) {
  std::vector<GoldEvent> out;
  for (const Event& e : events) {
    GoldEvent g;
    switch (scheme) {
      case GoldScheme::kCameoRoot:
        g.label = e.root;
        break;
      case GoldScheme::kPloverEvent:
        g.label = e.plover_event;
        break;
      case GoldScheme::kPentaClass:
        g.label = PentaClassForRoot(e.root);
        break;
      case GoldScheme::kPoliceLabels:
        break;
    }
    if (g.label.empty()) continue;
    if (e.source.end > e.source.start) g.sources.push_back({e.source.text, e.source.start, e.source.end});
    if (e.target.end > e.target.start) g.targets.push_back({e.target.text, e.target.start, e.target.end});
    g.source_countries.push_back(ActorCountry(e.source));
    g.target_countries.push_back(ActorCountry(e.target));
    out.push_back(std::move(g));
  }
  return out;
}

}  // namespace gold_internal

LabelScore CompareLabelSets(const std::vector<std::vector<std::string>>& gold,
                            const std::vector<std::vector<std::string>>& ours) {
  std::map<std::string, LabelScore> by_label;
  for (size_t i = 0; i < gold.size() && i < ours.size(); ++i)
    ScoreSets(Unique(gold[i]), Unique(ours[i]), &by_label, nullptr, nullptr);
  LabelScore total;
  for (const auto& [label, score] : by_label) total.Add(score);
  return total;
}

GoldOutputs CodeGoldSet(const GoldSet& set, Coder* coder) {
  GoldOutputs outputs;
  outputs.sentences.resize(set.sentences.size());
  for (size_t i = 0; i < set.sentences.size(); ++i) {
    const GoldSentence& s = set.sentences[i];
    Document doc;
    doc.id = s.id;
    doc.text = s.text;
    doc.date = s.date;
    // Ingest normalises every document before coding (mojibake, Unicode spaces, NFC); sets scored by label
    // get the same text. Sets scored by span keep the gold text as given: their spans are offsets into it.
    if (set.scheme == GoldScheme::kPoliceLabels || set.scheme == GoldScheme::kPloverEvent) {
      Result<std::string> normalized = NormalizeText(s.text);
      if (normalized.ok()) doc.text = std::move(normalized).value();
    }
    coder->CodeDocument(doc, &outputs.sentences[i].events, s.continues_story);
    if (set.scheme == GoldScheme::kCameoRoot) {
      // A nominal reference date when the set has none, so that relative expressions are found at all.
      FindTemporalExpressions(s.text, s.date.empty() ? "2020-01-01" : s.date, &outputs.sentences[i].times);
    }
  }
  if (set.scheme == GoldScheme::kCameoRoot) FindGoldPlaces(set, &outputs);
  return outputs;
}

GoldSetReport ScoreGoldSet(const GoldSet& set, const GoldOutputs& outputs) {
  GoldSetReport report;
  report.set = set.name;
  report.sentences = static_cast<uint32_t>(set.sentences.size());
  switch (set.scheme) {
    case GoldScheme::kCameoRoot:
      report.unit = "CAMEO root";
      report.actor_measure = "source/target span overlaps the coder's span for an event of the same root";
      break;
    case GoldScheme::kPloverEvent:
      report.unit = "PLOVER event";
      report.actor_measure =
          "actor country equals a gold actor code (event of the gold label, else the first)";
      report.has_quad = true;
      break;
    case GoldScheme::kPentaClass:
      report.unit = "class";
      report.actor_measure = "span of the primary event's source/target overlaps a gold S/T(/R) span";
      break;
    case GoldScheme::kPoliceLabels:
      report.unit = "label";
      report.actor_measure = "";
      break;
  }
  std::map<std::pair<std::string, std::string>, uint32_t> confusion;
  std::map<std::string, LabelScore> no_statements, quad;
  for (size_t i = 0; i < set.sentences.size() && i < outputs.sentences.size(); ++i) {
    const GoldSentence& s = set.sentences[i];
    const std::vector<Event>& events = outputs.sentences[i].events;
    if (!events.empty()) ++report.sentences_with_events;
    // Gold labels: the majority of the coders (at least half of them) when there are several.
    std::vector<std::string> gold;
    {
      std::map<std::string, int> votes;
      for (const GoldCoding& c : s.codings) {
        std::set<std::string> labels;
        for (const GoldEvent& e : c.events) labels.insert(e.label);
        for (const std::string& l : labels) ++votes[l];
      }
      for (const auto& [label, count] : votes)
        if (2 * count >= static_cast<int>(s.codings.size())) gold.push_back(label);
    }
    std::vector<std::string> ours;
    const Event* primary = PrimaryEvent(events);
    switch (set.scheme) {
      case GoldScheme::kCameoRoot:
        for (const Event& e : events) ours.push_back(e.root);
        break;
      case GoldScheme::kPloverEvent:
        for (const Event& e : events) ours.push_back(e.plover_event);
        break;
      case GoldScheme::kPentaClass:
        if (primary) ours.push_back(PentaClassForRoot(primary->root));
        break;
      case GoldScheme::kPoliceLabels:
        ours = PoliceLabelsForEvents(events);
        break;
    }
    gold = Unique(gold);
    ours = Unique(ours);
    std::vector<std::string> missed, extra;
    ScoreSets(gold, ours, &report.by_label, &missed, &extra);
    for (size_t k = 0; k < std::max(missed.size(), extra.size()); ++k) {
      ++confusion[{k < missed.size() ? missed[k] : "none", k < extra.size() ? extra[k] : "none"}];
    }
    if (set.scheme == GoldScheme::kCameoRoot) {
      auto drop = [](std::vector<std::string> v) {
        v.erase(
            std::remove_if(v.begin(), v.end(), [](const std::string& l) { return l == "01" || l == "02"; }),
            v.end());
        return v;
      };
      ScoreSets(drop(gold), drop(ours), &no_statements, nullptr, nullptr);
    }
    if (set.scheme == GoldScheme::kPloverEvent) {
      std::vector<std::string> gq, oq;
      for (const std::string& l : gold) gq.push_back(std::to_string(PloverQuadClass(l)));
      for (const std::string& l : ours) oq.push_back(std::to_string(PloverQuadClass(l)));
      ScoreSets(Unique(gq), Unique(oq), &quad, nullptr, nullptr);
      // Actor countries.
      if (!ours.empty() && !s.codings.empty() && !s.codings[0].events.empty()) {
        const GoldEvent& g = s.codings[0].events[0];
        const Event* pick = nullptr;
        for (const Event& e : events)
          if (!pick && e.plover_event == g.label) pick = &e;
        for (const Event& e : events)
          if (!pick && !e.plover_event.empty()) pick = &e;
        // Events without a PLOVER event (CAMEO 010 has none) are no PLOVER events: a sentence that has only
        // those has no actors to score, as it has no label.
        auto check = [&](const std::vector<std::string>& countries, const EventActor& actor) {
          if (countries.empty()) return;
          ++report.actor_checked;
          const std::string mine = ActorCountry(actor);
          if (!mine.empty() && std::find(countries.begin(), countries.end(), mine) != countries.end())
            ++report.actor_correct;
        };
        check(g.source_countries, pick->source);
        check(g.target_countries, pick->target);
      }
    }
    if (set.scheme == GoldScheme::kPentaClass && primary && !s.codings.empty() &&
        !s.codings[0].events.empty()) {
      const GoldEvent& g = s.codings[0].events[0];
      auto check = [&](const std::vector<GoldSpan>& spans, const EventActor& actor) {
        if (spans.empty()) return;
        ++report.actor_checked;
        for (const GoldSpan& span : spans) {
          if (actor.end > actor.start && SpansOverlap(span.start, span.end, actor.start, actor.end)) {
            ++report.actor_correct;
            return;
          }
        }
      };
      check(g.sources, primary->source);
      check(g.targets, primary->target);
    }
  }
  for (const auto& [label, score] : report.by_label) report.micro.Add(score);
  for (const auto& [label, score] : no_statements) report.micro_no_statements.Add(score);
  for (const auto& [label, score] : quad) report.quad_micro.Add(score);
  for (const auto& [pair, count] : confusion) report.confusion.push_back({pair.first, pair.second, count});
  std::stable_sort(report.confusion.begin(), report.confusion.end(),
                   [](const ConfusionCell& a, const ConfusionCell& b) { return a.count > b.count; });
  if (report.confusion.size() > 10) report.confusion.resize(10);
  if (set.scheme == GoldScheme::kCameoRoot) gold_internal::ScoreCameo100Extras(set, outputs, &report);
  return report;
}

std::string GoldSummaryLine(const GoldSetReport& r) {
  std::string line = "eval: set=" + r.set + " sentences=" + std::to_string(r.sentences) +
                     " events_p=" + Fixed(r.micro.Precision()) + " events_r=" + Fixed(r.micro.Recall()) +
                     " events_f1=" + Fixed(r.micro.F1());
  if (!r.actor_measure.empty())
    line +=
        " actor_acc=" + Fixed(r.actor_checked ? static_cast<double>(r.actor_correct) / r.actor_checked : 0.0);
  if (r.has_quad) line += " quad_f1=" + Fixed(r.quad_micro.F1());
  if (r.has_ceiling) {
    line += " f1_no_statements=" + Fixed(r.micro_no_statements.F1()) +
            " dyad_coder_f1=" + Fixed(r.dyad_coder_f1) + " coder_coder_f1=" + Fixed(r.coder_pair_f1) +
            " dyad_coder_actor=" + Fixed(r.dyad_coder_actor) +
            " coder_coder_actor=" + Fixed(r.coder_pair_actor);
  }
  if (r.has_spans) {
    line +=
        " time_recall=" + Fixed(r.time_spans ? static_cast<double>(r.time_recalled) / r.time_spans : 0.0) +
        " date_agree=" +
        Fixed(r.dates_checkable ? static_cast<double>(r.dates_agree) / r.dates_checkable : 0.0);
    if (r.places_measured) {
      line += " location_recall=" +
              Fixed(r.location_spans ? static_cast<double>(r.location_recalled) / r.location_spans : 0.0);
    }
  }
  if (r.unit == "label") {
    for (const char* label : {"ARREST", "KILL", "FORCE"}) {
      auto it = r.by_label.find(label);
      std::string key = label;
      std::transform(key.begin(), key.end(), key.begin(),
                     [](char c) { return static_cast<char>(c - 'A' + 'a'); });
      line += " " + key + "_f1=" + Fixed(it == r.by_label.end() ? 0.0 : it->second.F1());
    }
  }
  return line;
}

std::string FormatGoldReport(const GoldSetReport& r) {
  std::string out;
  char buf[256];
  std::snprintf(buf, sizeof buf, "== %s: %u sentences, dyad coded at least one event in %u\n", r.set.c_str(),
                r.sentences, r.sentences_with_events);
  out += buf;
  std::snprintf(buf, sizeof buf, "  %-14s %6s %6s %6s %7s %7s %7s\n", r.unit.c_str(), "gold", "ours", "right",
                "P", "R", "F1");
  out += buf;
  auto row = [&](const std::string& name, const LabelScore& s) {
    std::snprintf(buf, sizeof buf, "  %-14s %6u %6u %6u %7.3f %7.3f %7.3f\n", name.c_str(), s.tp + s.fn,
                  s.tp + s.fp, s.tp, s.Precision(), s.Recall(), s.F1());
    out += buf;
  };
  for (const auto& [label, score] : r.by_label) row(label, score);
  row("all (micro)", r.micro);
  if (r.has_ceiling) row("all but 01-02", r.micro_no_statements);
  if (r.has_quad) row("quad class", r.quad_micro);
  if (!r.actor_measure.empty()) {
    std::snprintf(buf, sizeof buf, "  actors: %u of %u right (%.3f): %s\n", r.actor_correct, r.actor_checked,
                  r.actor_checked ? static_cast<double>(r.actor_correct) / r.actor_checked : 0.0,
                  r.actor_measure.c_str());
    out += buf;
  }
  if (!r.confusion.empty()) {
    out += "  most frequent errors (gold -> dyad; none = no label):\n";
    for (const ConfusionCell& c : r.confusion) {
      std::snprintf(buf, sizeof buf, "    %-12s -> %-12s %5u\n", c.gold.c_str(), c.ours.c_str(), c.count);
      out += buf;
    }
  }
  if (r.has_ceiling) {
    std::snprintf(
        buf, sizeof buf,
        "  agreement (label F1, mean over %s): coders with each other %.3f, dyad with the coders %.3f\n"
        "  actor span agreement: coders with each other %.3f, dyad with the coders %.3f\n",
        r.coders > 1 ? "pairs" : "coders", r.coder_pair_f1, r.dyad_coder_f1, r.coder_pair_actor,
        r.dyad_coder_actor);
    out += buf;
  }
  if (r.has_spans) {
    std::snprintf(
        buf, sizeof buf,
        "  time: %u of %u coder Time spans overlapped by a dyad temporal expression (%.3f); full dates "
        "stated and found: %u, normalised value agrees: %u\n",
        r.time_recalled, r.time_spans,
        r.time_spans ? static_cast<double>(r.time_recalled) / r.time_spans : 0.0, r.dates_checkable,
        r.dates_agree);
    out += buf;
    if (r.places_measured) {
      std::snprintf(buf, sizeof buf,
                    "  location: %u of %u coder Location spans overlapped by a place mention (%.3f)\n",
                    r.location_recalled, r.location_spans,
                    r.location_spans ? static_cast<double>(r.location_recalled) / r.location_spans : 0.0);
      out += buf;
    } else {
      out += "  location: not measured (" +
             (r.places_note.empty() ? std::string("no gazetteer") : r.places_note) + ")\n";
    }
  }
  for (const std::string& note : r.notes) out += "  note: " + note + "\n";
  out += GoldSummaryLine(r) + "\n";
  return out;
}

}  // namespace dyad
