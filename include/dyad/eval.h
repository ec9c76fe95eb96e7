// Evaluation against the community's validation suites: reading a suite, and scoring coded events against it.
//
// Scoring follows the convention the suites' own tools use: an expected event is found when source, target
// and CAMEO code all match an event coded for the same record; events that match nothing are extras. A record
// that expects no event (a null coding) is correct when nothing is coded.
#ifndef DYAD_EVAL_H_
#define DYAD_EVAL_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/event.h"
#include "dyad/status.h"

namespace dyad {

struct ExpectedEvent {
  std::string source;
  std::string target;
  std::string code;
};

struct SuiteRecord {
  std::string id;
  std::string date;      // YYYY-MM-DD
  std::string category;  // "DEMO", "AGENT", ... (suites select categories to evaluate)
  std::string text;      // the sentence(s) to code, white space collapsed
  bool evaluate = true;  // false when the suite says evaluate="false" or the category is not included
  std::vector<ExpectedEvent> expected;  // empty: the record expects no event
};

struct SuiteDictionaryFile {
  std::string kind;  // "verbs", "actors", "agents", "discards"
  std::string name;  // file name as the suite gives it
};

struct Suite {
  std::vector<SuiteRecord> records;
  std::vector<SuiteDictionaryFile> dictionaries;  // from <Environment>
};

// Reads a PETRARCH validation XML file (<Environment> with <Verbfile>, <Actorfile>, <Agentfile>,
// <Discardfile>, <Include>; <Sentence id date category evaluate> with <EventCoding> and <Text>). <Parse> is
// ignored: dyad codes the text. Records of categories missing from <Include> are kept with evaluate = false.
Result<Suite> ParsePetrarchSuite(std::string_view file_name, std::string_view xml);

struct RecordScore {
  uint32_t correct = 0;  // expected events found
  uint32_t missing = 0;  // expected events not found
  uint32_t extra = 0;    // coded events that match no expected event
};

// Scores the events coded for one record. Duplicate coded events count once.
RecordScore ScoreRecord(const SuiteRecord& record, const std::vector<Event>& coded);

struct SuiteScore {
  uint32_t records = 0;        // evaluated records
  uint32_t exact_records = 0;  // records with nothing missing and nothing extra
  uint32_t correct = 0;
  uint32_t missing = 0;
  uint32_t extra = 0;
  uint32_t extra_records = 0;  // records with at least one extra event
  void Add(const RecordScore& r);
  // "validate: records=R correct=C missing=M extra=E extra_records=X"
  std::string SummaryLine() const;
};

}  // namespace dyad

#endif  // DYAD_EVAL_H_
