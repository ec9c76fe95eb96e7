#include <algorithm>
#include <string>

#include "dyad/eval.h"

namespace dyad {

namespace {

// The suites write an unknown country as "---" ("---GOV"); dyad leaves it out ("GOV"). Same meaning.
std::string_view WithoutUnknownCountry(std::string_view code) {
  return code.substr(0, 3) == "---" ? code.substr(3) : code;
}

bool SameActor(std::string_view expected, std::string_view coded) {
  return WithoutUnknownCountry(expected) == WithoutUnknownCountry(coded);
}

}  // namespace

RecordScore ScoreRecord(const SuiteRecord& record, const std::vector<Event>& coded) {
  // Distinct coded triples: the suites count an event once however many sentences or actors repeat it.
  std::vector<ExpectedEvent> got;
  for (const Event& e : coded) {
    ExpectedEvent t{e.source.code, e.target.code, e.cameo};
    bool seen = std::any_of(got.begin(), got.end(), [&](const ExpectedEvent& g) {
      return g.source == t.source && g.target == t.target && g.code == t.code;
    });
    if (!seen) got.push_back(std::move(t));
  }
  RecordScore score;
  std::vector<bool> used(got.size(), false);
  for (const ExpectedEvent& want : record.expected) {
    bool found = false;
    for (size_t i = 0; i < got.size() && !found; ++i) {
      if (used[i] || !SameActor(want.source, got[i].source) || !SameActor(want.target, got[i].target) ||
          got[i].code != want.code)
        continue;
      used[i] = true;
      found = true;
    }
    (found ? score.correct : score.missing) += 1;
  }
  score.extra = static_cast<uint32_t>(std::count(used.begin(), used.end(), false));
  return score;
}

void SuiteScore::Add(const RecordScore& r) {
  records += 1;
  correct += r.correct;
  missing += r.missing;
  extra += r.extra;
  if (r.extra > 0) extra_records += 1;
  if (r.missing == 0 && r.extra == 0) exact_records += 1;
}

std::string SuiteScore::SummaryLine() const {
  return "validate: records=" + std::to_string(records) + " correct=" + std::to_string(correct) +
         " missing=" + std::to_string(missing) + " extra=" + std::to_string(extra) +
         " extra_records=" + std::to_string(extra_records);
}

}  // namespace dyad
