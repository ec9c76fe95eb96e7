// Real-news gold sets: reading them, coding them with dyad, and the measures `dyad eval` reports.
//
// Four sets are known (docs/evaluation.md describes each and the label mappings):
//   cameo-100              100 news sentences, each read by several human coders (CAMEO root, actor, time and
//                          place spans); dyad is scored against the coders' majority and beside their own
//                          pairwise agreement, the ceiling.
//   plover-gsr             the PLOVER gold-standard records: one PLOVER event and actor countries per
//   sentence. conflibert-test        ConfliBERT's CAMEO test split: one five-way class per sentence and
//   source/target
//                          token spans.
//   indiapoliceevents-dev  sentence labels "did police arrest / kill / use force" (IndiaPoliceEvents).
//
// Scoring is split from coding so that it can be checked on hand-made fixtures: CodeGoldSet runs dyad,
// ScoreGoldSet is pure arithmetic on gold and output.
#ifndef DYAD_GOLD_H_
#define DYAD_GOLD_H_

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/coder.h"
#include "dyad/event.h"
#include "dyad/status.h"
#include "dyad/when.h"

namespace dyad {

// ---- Readers for the formats the sets use (gold_readers.cc) ----

// RFC 4180 CSV: fields separated by ',', quoted fields with "" escapes and embedded line breaks, CRLF or LF
// line ends, a leading UTF-8 byte-order mark skipped. Returns the rows (a header row is an ordinary row).
// Error: "FILE:LINE: unterminated quoted field" (LINE is the line where the field opened). When `row_lines`
// is given it receives the line on which each row starts.
Result<std::vector<std::vector<std::string>>> ParseCsv(std::string_view file_name, std::string_view text,
                                                       std::vector<size_t>* row_lines = nullptr);

// A Python literal as annotation tools print them: lists, tuples, strings ('...' or "...", backslash
// escapes), integers, None, True and False. Nesting is limited to 64 levels.
struct PyValue {
  enum class Kind { kNone, kBool, kInt, kString, kList, kTuple };
  Kind kind = Kind::kNone;
  std::string text;            // kString: the decoded string
  int64_t number = 0;          // kInt; kBool: 0 or 1
  std::vector<PyValue> items;  // kList, kTuple
};
// `where` prefixes error messages ("summary.csv:12"); errors give the byte offset inside `text`.
Result<PyValue> ParsePythonLiteral(std::string_view where, std::string_view text);

// ---- The gold sets (gold_sets.cc, gold_cameo100.cc) ----

struct GoldSpan {
  std::string text;
  uint32_t start = 0;  // byte offsets into GoldSentence::text
  uint32_t end = 0;
};

// One event as a coder read it. `label` is in the set's scheme (GoldSet::unit): a CAMEO root ("18"), a PLOVER
// event in dyad's names ("ASSAULT"), a five-way class ("4") or a sentence label ("ARREST").
struct GoldEvent {
  std::string label;
  std::vector<GoldSpan> sources;
  std::vector<GoldSpan> targets;
  std::vector<std::string> source_countries;  // plover-gsr: actor codes ("USA", "IGO")
  std::vector<std::string> target_countries;
};

// One coder's reading of a sentence. An empty `events` list says the sentence holds no event.
struct GoldCoding {
  std::string coder;
  std::vector<GoldEvent> events;
  std::vector<GoldSpan> times;
  std::vector<GoldSpan> locations;
};

struct GoldSentence {
  std::string id;                   // "FILE:LINE" or the set's own id
  std::string text;                 // what dyad codes
  std::string date;                 // reference date YYYY-MM-DD; empty when the set gives none
  std::vector<GoldCoding> codings;  // at least one
  // The next sentence of the previous one's story (indiapoliceevents-dev gives stories sentence by sentence):
  // CodeGoldSet codes it as a continuation, with what the coder remembers of the story so far.
  bool continues_story = false;
};

enum class GoldScheme {
  kCameoRoot,     // labels are CAMEO roots "01".."20"; several coders (cameo-100)
  kPloverEvent,   // labels are PLOVER events; actor countries (plover-gsr)
  kPentaClass,    // one label "0".."4" per sentence (conflibert-test)
  kPoliceLabels,  // labels ARREST, KILL, FORCE (indiapoliceevents-dev)
};

struct GoldSet {
  std::string name;
  GoldScheme scheme = GoldScheme::kCameoRoot;
  std::string source;  // the files read, for the report
  std::vector<GoldSentence> sentences;
  // cameo-100: coder events whose action a relation names (actors from the relations, and mentions no
  // relation names by their number), and events no relation names (actors by Source-k / Target-k only).
  uint32_t events_actors_from_relations = 0;
  uint32_t events_actors_from_numbers = 0;
};

// The set names `dyad eval` knows, in report order.
const std::vector<std::string>& KnownGoldSets();

// Reads set `name` from `gold_dir`/`name`. NotFound when that directory is absent; InvalidArgument naming
// FILE:LINE when a file is malformed.
Result<GoldSet> LoadGoldSet(const std::string& gold_dir, const std::string& name);

// Parsers on text (the loaders read the files and call these; tests call them on fixtures).
// cameo-100: one annotation-round summary.csv (columns sentences, anncomplete_N, entities_N, relations_N,
// ActionK_CAMEO_N). Coders whose anncomplete_N is not True are left out of that sentence. Event K's actors
// are the mentions the coder's relations link to its Action-K mentions, and the Source-K / Target-K mentions
// that no relation names.
Result<GoldSet> ParseCameo100Summary(std::string_view file_name, std::string_view csv);
// plover-gsr: the JSON array of PLOVER_GSR_CAMEO.txt; records without text (documentation) are skipped.
Result<GoldSet> ParsePloverGsr(std::string_view file_name, std::string_view json);
// conflibert-test: class_test.tsv (TEXT<TAB>CLASS) and ner_test.txt (TOKEN TAG lines, blank line between
// sentences, tags B-/I- S, T, R; R, reciprocal, counts as source and target), sentence for sentence.
Result<GoldSet> ParseConflibert(std::string_view class_name, std::string_view class_tsv,
                                std::string_view ner_name, std::string_view ner);
// indiapoliceevents-dev: sents.jsonl ({doc_id, sent_id, sent_labels, sent_text}) and metadata.jsonl
// ({doc_id, date}); only ARREST, KILL and FORCE labels are kept.
Result<GoldSet> ParseIndiaPoliceEvents(std::string_view sents_name, std::string_view sents,
                                       std::string_view metadata_name, std::string_view metadata);

// ---- Label mappings (gold_sets.cc) ----

// "4-18 Assualt" -> "18", "0-1 Make Public Statement" -> "01"; "" when the label has no root.
std::string CameoRootFromLabel(std::string_view label);
// PLOVER 0.5 names of the gold standard to dyad's PLOVER names: DEMAND -> REQUEST, DISAPPROVE -> ACCUSE,
// INVESTIGATE -> ACCUSE, FIGHT -> ASSAULT; other names unchanged.
std::string PloverNameFromGsr(std::string_view name);
// PLOVER event -> quad class 1..4 (0 when unknown): verbal / material cooperation, verbal / material
// conflict.
int PloverQuadClass(std::string_view plover_event);
// CAMEO root -> five-way class of the cameo-100 and ConfliBERT annotations: "0" statements and appeals
// (01-02), "1" verbal cooperation (03-05), "2" material cooperation (06-08), "3" verbal conflict (09-13, 16),
// "4" material conflict (14, 15, 17-20); "" for an unknown root.
std::string PentaClassForRoot(std::string_view root);
// The police labels (ARREST, KILL, FORCE) that dyad's events for one sentence support.
std::vector<std::string> PoliceLabelsForEvents(const std::vector<Event>& events);

// ---- Coding and scoring (gold_metrics.cc, gold_cameo100.cc, gold_location*.cc) ----

// dyad's output for one gold sentence.
struct SentenceOutput {
  std::vector<Event> events;
  std::vector<TemporalExpression> times;
  std::vector<GoldSpan> places;  // place mentions; filled only when GoldOutputs::places_measured
};

struct GoldOutputs {
  std::vector<SentenceOutput> sentences;  // parallel to GoldSet::sentences
  bool places_measured = false;
  std::string places_note;  // why places were not measured
};

// Codes every sentence with `coder` (one document per sentence, the sentence's date as document date) and
// finds its temporal expressions; for cameo-100 also its place mentions (FindGoldPlaces).
GoldOutputs CodeGoldSet(const GoldSet& set, Coder* coder);

// Place mentions through include/dyad/where.h when the gazetteer library is built; otherwise leaves
// places_measured false with the note "no gazetteer".
void FindGoldPlaces(const GoldSet& set, GoldOutputs* outputs);

struct LabelScore {
  uint32_t tp = 0;
  uint32_t fp = 0;
  uint32_t fn = 0;
  double Precision() const;
  double Recall() const;
  double F1() const;
  void Add(const LabelScore& other);
};

struct ConfusionCell {
  std::string gold;  // "none": dyad coded something the gold does not have
  std::string ours;  // "none": dyad missed the gold label
  uint32_t count = 0;
};

struct GoldSetReport {
  std::string set;
  std::string unit;  // "CAMEO root", "PLOVER event", "class", "label"
  uint32_t sentences = 0;
  uint32_t sentences_with_events = 0;  // sentences where dyad coded at least one event
  std::map<std::string, LabelScore> by_label;
  LabelScore micro;
  std::vector<ConfusionCell> confusion;  // most frequent first, at most 10
  uint32_t actor_checked = 0;
  uint32_t actor_correct = 0;
  std::string actor_measure;  // what actor accuracy compares
  // plover-gsr: quad class of the PLOVER event.
  bool has_quad = false;
  LabelScore quad_micro;
  // cameo-100: agreement with each coder beside the coders' agreement with each other.
  bool has_ceiling = false;
  uint32_t coders = 0;
  double coder_pair_f1 = 0.0;  // mean over coder pairs of the label F1 between two coders
  double coder_pair_actor = 0.0;
  double dyad_coder_f1 = 0.0;  // mean over coders of the label F1 between dyad and the coder
  double dyad_coder_actor = 0.0;
  LabelScore micro_no_statements;  // majority gold without roots 01 and 02
  // cameo-100: temporal and place spans.
  bool has_spans = false;
  uint32_t time_spans = 0;
  uint32_t time_recalled = 0;
  uint32_t dates_checkable = 0;  // recalled spans that state a full date and that dyad resolved to a day
  uint32_t dates_agree = 0;
  bool places_measured = false;
  std::string places_note;
  uint32_t location_spans = 0;
  uint32_t location_recalled = 0;
  std::vector<std::string> notes;  // printed under the report
};

// Scores `outputs` against `set`. Pure: no coder, no files.
GoldSetReport ScoreGoldSet(const GoldSet& set, const GoldOutputs& outputs);

// The readable report, ending with one machine-readable line
//   eval: set=NAME sentences=N events_p=P events_r=R events_f1=F actor_acc=A ...
std::string FormatGoldReport(const GoldSetReport& report);
// Only that last line (without a line break).
std::string GoldSummaryLine(const GoldSetReport& report);

// Label F1 between two codings of the same sentences (cameo-100 agreement): labels are compared as sets per
// sentence, summed over sentences. Exposed for tests.
LabelScore CompareLabelSets(const std::vector<std::vector<std::string>>& gold,
                            const std::vector<std::vector<std::string>>& ours);

// True when [a_start, a_end) and [b_start, b_end) share a byte.
inline bool SpansOverlap(uint32_t a_start, uint32_t a_end, uint32_t b_start, uint32_t b_end) {
  return a_start < b_end && b_start < a_end;
}

}  // namespace dyad

#endif  // DYAD_GOLD_H_
