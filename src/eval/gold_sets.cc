// The gold sets: loading them from the shared data directory, the plover-gsr, conflibert-test and
// indiapoliceevents-dev parsers, and the label mappings. cameo-100 is in gold_cameo100.cc.
#include <simdjson.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "common/lines.h"
#include "dyad/gold.h"
#include "eval/gold_internal.h"

namespace dyad {

namespace gold_internal {

Status ReadWholeFile(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot open " + path);
  out->assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  if (in.bad()) return Status::IOError("cannot read " + path);
  return Status::Ok();
}

size_t LineAt(std::string_view text, size_t offset) {
  offset = std::min(offset, text.size());
  return 1 + static_cast<size_t>(
                 std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

bool LocateSpan(std::string_view text, std::string_view span, size_t hint, GoldSpan* out) {
  if (span.empty()) return false;
  size_t best = std::string_view::npos;
  size_t best_distance = 0;
  for (size_t at = text.find(span); at != std::string_view::npos; at = text.find(span, at + 1)) {
    size_t distance = at > hint ? at - hint : hint - at;
    if (best == std::string_view::npos || distance < best_distance) {
      best = at;
      best_distance = distance;
    }
  }
  if (best == std::string_view::npos) return false;
  out->text = std::string(span);
  out->start = static_cast<uint32_t>(best);
  out->end = static_cast<uint32_t>(best + span.size());
  return true;
}

}  // namespace gold_internal

using gold_internal::LineAt;
using gold_internal::ReadWholeFile;

const std::vector<std::string>& KnownGoldSets() {
  static const std::vector<std::string> kSets = {"cameo-100", "plover-gsr", "conflibert-test",
                                                 "indiapoliceevents-dev"};
  return kSets;
}

// ---- label mappings ----

std::string CameoRootFromLabel(std::string_view label) {
  size_t dash = label.find('-');
  if (dash == std::string_view::npos) return "";
  size_t i = dash + 1;
  int value = 0;
  size_t digits = 0;
  while (i < label.size() && label[i] >= '0' && label[i] <= '9' && digits < 3) {
    value = value * 10 + (label[i] - '0');
    ++i;
    ++digits;
  }
  if (digits == 0 || value < 1 || value > 20) return "";
  std::string root = std::to_string(value);
  return root.size() == 1 ? "0" + root : root;
}

std::string PloverNameFromGsr(std::string_view name) {
  if (name == "DEMAND") return "REQUEST";
  if (name == "DISAPPROVE" || name == "INVESTIGATE") return "ACCUSE";
  if (name == "FIGHT") return "ASSAULT";
  return std::string(name);
}

int PloverQuadClass(std::string_view e) {
  if (e == "AGREE" || e == "CONSULT" || e == "SUPPORT" || e == "CONCEDE") return 1;
  if (e == "COOPERATE" || e == "AID" || e == "RETREAT") return 2;
  if (e == "REQUEST" || e == "ACCUSE" || e == "REJECT" || e == "THREATEN") return 3;
  if (e == "PROTEST" || e == "SANCTION" || e == "MOBILIZE" || e == "COERCE" || e == "ASSAULT") return 4;
  return 0;
}

std::string PentaClassForRoot(std::string_view root) {
  if (root.size() != 2 || root[0] < '0' || root[0] > '2' || root[1] < '0' || root[1] > '9') return "";
  int r = (root[0] - '0') * 10 + (root[1] - '0');
  if (r >= 1 && r <= 2) return "0";
  if (r >= 3 && r <= 5) return "1";
  if (r >= 6 && r <= 8) return "2";
  if ((r >= 9 && r <= 13) || r == 16) return "3";
  if (r == 14 || r == 15 || (r >= 17 && r <= 20)) return "4";
  return "";
}

namespace {

bool StartsWith(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

}  // namespace

// The mapping (docs/evaluation.md): ARREST is CAMEO 173 (arrest, detain, charge) by any source: in these
// reports arrests are made by police, and the agent is mostly left unsaid ("40 people were arrested"). KILL
// is a killing code (1823 kill by physical assault, 186 assassinate, 202 mass killings, 203 ethnic cleansing)
// whose source is police (sector COP), since most killings in the corpus are by mobs. FORCE is 175 (violent
// repression: tear gas, baton charges, firing on crowds) by any source, any 18x/19x/20x by police, and KILL.
std::vector<std::string> PoliceLabelsForEvents(const std::vector<Event>& events) {
  bool arrest = false, kill = false, force = false;
  for (const Event& e : events) {
    const bool police = e.source.HasSector("COP");
    if (StartsWith(e.cameo, "173")) arrest = true;
    const bool killing = StartsWith(e.cameo, "1823") || StartsWith(e.cameo, "186") ||
                         StartsWith(e.cameo, "202") || StartsWith(e.cameo, "203");
    if (killing && police) kill = true;
    if (StartsWith(e.cameo, "175")) force = true;
    if (police && (e.root == "18" || e.root == "19" || e.root == "20")) force = true;
  }
  if (kill) force = true;
  std::vector<std::string> labels;
  if (arrest) labels.push_back("ARREST");
  if (kill) labels.push_back("KILL");
  if (force) labels.push_back("FORCE");
  return labels;
}

// ---- plover-gsr ----

namespace {

void ReadActors(simdjson::dom::element field, std::string_view text, std::vector<std::string>* countries,
                std::vector<GoldSpan>* spans) {
  simdjson::dom::array list;
  if (field.get_array().get(list)) return;  // "" or missing: no actor
  for (simdjson::dom::element actor : list) {
    simdjson::dom::object object;
    if (actor.get_object().get(object)) continue;
    std::string_view code, actor_text;
    if (!object["code"].get_string().get(code) && !code.empty()) countries->push_back(std::string(code));
    if (!object["actorText"].get_string().get(actor_text)) {
      GoldSpan span;
      if (gold_internal::LocateSpan(text, actor_text, 0, &span)) spans->push_back(std::move(span));
    }
  }
}

}  // namespace

Result<GoldSet> ParsePloverGsr(std::string_view file_name, std::string_view json) {
  GoldSet set;
  set.name = "plover-gsr";
  set.scheme = GoldScheme::kPloverEvent;
  set.source = std::string(file_name);
  simdjson::dom::parser parser;
  simdjson::padded_string padded(json);
  simdjson::dom::element root;
  if (auto error = parser.parse(padded).get(root)) {
    return Status::InvalidArgument(std::string(file_name) +
                                   ":1: not valid JSON: " + simdjson::error_message(error));
  }
  simdjson::dom::array records;
  if (root.get_array().get(records)) {
    return Status::InvalidArgument(std::string(file_name) + ":1: expected a JSON array of records");
  }
  size_t index = 0;
  for (simdjson::dom::element record : records) {
    ++index;
    simdjson::dom::object object;
    std::string_view id, text, event, date;
    if (record.get_object().get(object)) {
      return Status::InvalidArgument(std::string(file_name) + ": record " + std::to_string(index) +
                                     ": not an object");
    }
    if (object["id"].get_string().get(id)) id = "";
    if (object["text"].get_string().get(text) || text.empty()) continue;  // DOCUMENT records have no text
    const std::string where = std::string(file_name) + ":" + std::to_string(LineAt(json, json.find(id))) +
                              " (" + std::string(id) + ")";
    if (object["event"].get_string().get(event) || event.empty()) {
      return Status::InvalidArgument(where + ": record without \"event\"");
    }
    if (object["date"].get_string().get(date)) date = "";
    GoldSentence sentence;
    sentence.id = id.empty() ? where : std::string(id);
    sentence.text = std::string(text);
    sentence.date = std::string(date);
    GoldEvent gold;
    gold.label = PloverNameFromGsr(event);
    simdjson::dom::element field;
    if (!object["source"].get(field)) ReadActors(field, text, &gold.source_countries, &gold.sources);
    if (!object["target"].get(field)) ReadActors(field, text, &gold.target_countries, &gold.targets);
    GoldCoding coding;
    coding.coder = "gsr";
    coding.events.push_back(std::move(gold));
    sentence.codings.push_back(std::move(coding));
    set.sentences.push_back(std::move(sentence));
  }
  return set;
}

// ---- conflibert-test ----

Result<GoldSet> ParseConflibert(std::string_view class_name, std::string_view class_tsv,
                                std::string_view ner_name, std::string_view ner) {
  GoldSet set;
  set.name = "conflibert-test";
  set.scheme = GoldScheme::kPentaClass;
  set.source = std::string(class_name) + ", " + std::string(ner_name);
  for (LineReader lines(class_tsv); lines.Next();) {
    const std::string_view line = lines.line();
    if (line.empty()) continue;
    size_t tab = line.rfind('\t');
    std::string_view label = tab == std::string_view::npos ? "" : line.substr(tab + 1);
    if (label.size() != 1 || label[0] < '0' || label[0] > '4') {
      return Status::InvalidArgument(std::string(class_name) + ":" + std::to_string(lines.number()) +
                                     ": expected TEXT<TAB>CLASS with CLASS 0-4");
    }
    GoldSentence sentence;
    sentence.id = std::string(class_name) + ":" + std::to_string(lines.number());
    sentence.text = std::string(line.substr(0, tab));
    GoldCoding coding;
    coding.coder = "gold";
    GoldEvent event;
    event.label = std::string(label);
    coding.events.push_back(std::move(event));
    sentence.codings.push_back(std::move(coding));
    set.sentences.push_back(std::move(sentence));
  }
  // NER spans, sentence for sentence.
  size_t sentence_index = 0;
  size_t cursor = 0;   // byte offset in the current sentence's text after the last matched token
  char open_role = 0;  // 'S', 'T' or 'R' of the span being extended
  GoldSpan open_span;
  auto close_span = [&]() {
    if (open_role == 0 || sentence_index >= set.sentences.size()) {
      open_role = 0;
      return;
    }
    GoldSentence& s = set.sentences[sentence_index];
    open_span.text = s.text.substr(open_span.start, open_span.end - open_span.start);
    GoldEvent& event = s.codings[0].events[0];
    if (open_role == 'S' || open_role == 'R') event.sources.push_back(open_span);
    if (open_role == 'T' || open_role == 'R') event.targets.push_back(open_span);
    open_role = 0;
  };
  bool in_sentence = false;
  for (LineReader lines(ner); lines.Next();) {
    const std::string_view line = lines.line();
    if (line.find_first_not_of(" \t") == std::string_view::npos) {
      if (in_sentence) {
        close_span();
        ++sentence_index;
        cursor = 0;
        in_sentence = false;
      }
      continue;
    }
    in_sentence = true;
    size_t space = line.rfind(' ');
    if (space == std::string_view::npos || space == 0) {
      return Status::InvalidArgument(std::string(ner_name) + ":" + std::to_string(lines.number()) +
                                     ": expected TOKEN TAG");
    }
    if (sentence_index >= set.sentences.size()) {
      return Status::InvalidArgument(std::string(ner_name) + ":" + std::to_string(lines.number()) +
                                     ": more sentences than " + std::string(class_name) + " has");
    }
    std::string_view token = line.substr(0, space);
    std::string_view tag = line.substr(space + 1);
    const std::string& text = set.sentences[sentence_index].text;
    size_t at = text.find(token, cursor);
    if (at == std::string::npos) {  // a token the tokenizer rewrote: it ends any open span
      close_span();
      continue;
    }
    cursor = at + token.size();
    const char role = tag.size() == 3 && (tag[2] == 'S' || tag[2] == 'T' || tag[2] == 'R') ? tag[2] : 0;
    if (tag.size() == 3 && tag[0] == 'I' && role != 0 && role == open_role) {
      open_span.end = static_cast<uint32_t>(cursor);
      continue;
    }
    close_span();
    if (role != 0) {
      open_role = role;
      open_span.start = static_cast<uint32_t>(at);
      open_span.end = static_cast<uint32_t>(cursor);
    }
  }
  if (in_sentence) {
    close_span();
    ++sentence_index;
  }
  if (sentence_index != set.sentences.size()) {
    return Status::InvalidArgument(std::string(ner_name) + ": " + std::to_string(sentence_index) +
                                   " sentences, but " + std::string(class_name) + " has " +
                                   std::to_string(set.sentences.size()));
  }
  return set;
}

// ---- indiapoliceevents-dev ----

Result<GoldSet> ParseIndiaPoliceEvents(std::string_view sents_name, std::string_view sents,
                                       std::string_view metadata_name, std::string_view metadata) {
  GoldSet set;
  set.name = "indiapoliceevents-dev";
  set.scheme = GoldScheme::kPoliceLabels;
  set.source = std::string(sents_name) + ", " + std::string(metadata_name);
  simdjson::dom::parser parser;
  std::map<int64_t, std::string> dates;
  int64_t previous_doc = -1, previous_sent = -1;
  auto for_each_line = [&](std::string_view name, std::string_view text, const auto& fn) -> Status {
    for (LineReader lines(text); lines.Next();) {
      const std::string_view line = lines.line();
      if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
      const std::string where = std::string(name) + ":" + std::to_string(lines.number());
      simdjson::padded_string padded(line);
      simdjson::dom::object object;
      if (auto error = parser.parse(padded).get_object().get(object)) {
        return Status::InvalidArgument(where + ": not a JSON object: " + simdjson::error_message(error));
      }
      DYAD_RETURN_IF_ERROR(fn(where, object));
    }
    return Status::Ok();
  };
  DYAD_RETURN_IF_ERROR(
      for_each_line(metadata_name, metadata, [&](const std::string&, simdjson::dom::object object) -> Status {
        int64_t doc = 0;
        std::string_view date;
        if (!object["doc_id"].get_int64().get(doc) && !object["date"].get_string().get(date))
          dates[doc] = std::string(date.substr(0, 10));
        return Status::Ok();
      }));
  DYAD_RETURN_IF_ERROR(
      for_each_line(sents_name, sents, [&](const std::string& where, simdjson::dom::object object) -> Status {
        int64_t doc = 0, sent = 0;
        std::string_view text;
        simdjson::dom::array labels;
        if (object["doc_id"].get_int64().get(doc) || object["sent_id"].get_int64().get(sent) ||
            object["sent_text"].get_string().get(text) || object["sent_labels"].get_array().get(labels)) {
          return Status::InvalidArgument(where + ": expected doc_id, sent_id, sent_text and sent_labels");
        }
        GoldSentence sentence;
        sentence.id = std::to_string(doc) + "#" + std::to_string(sent);
        sentence.text = std::string(text);
        if (auto it = dates.find(doc); it != dates.end()) sentence.date = it->second;
        // The sentences of a story come in order: each after the first is coded with the story's memory
        // ("one person was killed in the firing" after the police fired).
        sentence.continues_story = doc == previous_doc && sent > previous_sent;
        previous_doc = doc;
        previous_sent = sent;
        GoldCoding coding;
        coding.coder = "gold";
        for (simdjson::dom::element label : labels) {
          std::string_view name;
          if (label.get_string().get(name)) continue;
          if (name == "ARREST" || name == "KILL" || name == "FORCE")
            coding.events.push_back({std::string(name)});
        }
        sentence.codings.push_back(std::move(coding));
        set.sentences.push_back(std::move(sentence));
        return Status::Ok();
      }));
  return set;
}

// ---- loading ----

Result<GoldSet> LoadGoldSet(const std::string& gold_dir, const std::string& name) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::path(gold_dir) / name;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return Status::NotFound(dir.string() + " is absent");
  auto read = [&](const std::string& file, std::string* out) {
    return ReadWholeFile((dir / file).string(), out);
  };
  if (name == "cameo-100") {
    // The annotation rounds re-annotate the same 100 sentences; the last round is the most practised.
    fs::path best_csv;
    int best_round = -1;
    for (const auto& entry : fs::directory_iterator(dir / "annotations", ec)) {
      const std::string round_dir = entry.path().filename().string();
      if (round_dir.rfind("training_round_", 0) != 0) continue;
      int round = std::atoi(round_dir.c_str() + 15);
      if (round <= best_round) continue;
      std::vector<fs::path> summaries;
      for (const auto& f : fs::directory_iterator(entry.path(), ec))
        if (f.path().filename().string().rfind("summary", 0) == 0 && f.path().extension() == ".csv")
          summaries.push_back(f.path());
      if (summaries.empty()) continue;
      std::sort(summaries.begin(), summaries.end());
      best_csv = summaries.back();
      for (const auto& s : summaries)
        if (s.filename() == "summary.csv") best_csv = s;
      best_round = round;
    }
    if (best_round < 0)
      return Status::NotFound((dir / "annotations").string() + ": no training_round_N/summary*.csv");
    std::string csv;
    DYAD_RETURN_IF_ERROR(ReadWholeFile(best_csv.string(), &csv));
    return ParseCameo100Summary(best_csv.string(), csv);
  }
  if (name == "plover-gsr") {
    std::string json;
    DYAD_RETURN_IF_ERROR(read("PLOVER_GSR_CAMEO.txt", &json));
    return ParsePloverGsr((dir / "PLOVER_GSR_CAMEO.txt").string(), json);
  }
  if (name == "conflibert-test") {
    std::string tsv, ner;
    DYAD_RETURN_IF_ERROR(read("class_test.tsv", &tsv));
    DYAD_RETURN_IF_ERROR(read("ner_test.txt", &ner));
    return ParseConflibert((dir / "class_test.tsv").string(), tsv, (dir / "ner_test.txt").string(), ner);
  }
  if (name == "indiapoliceevents-dev") {
    std::string sents, metadata;
    DYAD_RETURN_IF_ERROR(read("sents.jsonl", &sents));
    DYAD_RETURN_IF_ERROR(read("metadata.jsonl", &metadata));
    return ParseIndiaPoliceEvents((dir / "sents.jsonl").string(), sents, (dir / "metadata.jsonl").string(),
                                  metadata);
  }
  return Status::InvalidArgument("unknown gold set '" + name + "'");
}

}  // namespace dyad
