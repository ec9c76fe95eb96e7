#include "coding/suite_defaults.h"

namespace dyad {

void ApplyDefaultActors(const DefaultActors& defaults, std::vector<int32_t>* sources,
                        std::vector<int32_t>* targets) {
  if (sources->empty() && !defaults.source.empty()) {
    if (defaults.source_prior || targets->empty()) {
      sources->assign(1, kDefaultActor);
    } else {
      // Without PRIOR the first actor after the verb is the source, the rest of its group the targets.
      sources->assign(1, targets->front());
      targets->erase(targets->begin());
    }
  }
  if (!targets->empty() || sources->empty()) return;
  if (!defaults.target_after && sources->size() >= 2) {
    // Without AFTER the target comes from before the verb: the source group's later members.
    targets->assign(sources->begin() + 1, sources->end());
    sources->resize(1);
  } else if (!defaults.target.empty()) {
    targets->assign(1, kDefaultActor);
  }
}

bool IntentCombinesWith(const CompiledDictionary& dict, const SentenceAnalysis& a, uint32_t governor,
                        std::string_view act_code) {
  const WordId lemma = a.tokens[governor].lemma;
  if (lemma == kNoWord || act_code.size() < 3 || act_code[0] != '0' || act_code[1] < '5' || act_code[1] > '8')
    return false;
  const auto [begin, end] = dict.PatternsAnchoredAt(lemma);
  for (const uint32_t* p = begin; p != end; ++p) {
    const VerbPattern& pattern = dict.pattern(*p);
    if (pattern.elements_end == pattern.elements_begin + 1 &&
        dict.entry(pattern.entry).code.starts_with("03"))
      return true;
  }
  return false;
}

}  // namespace dyad
