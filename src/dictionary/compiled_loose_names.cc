// Loose name lookups of a compiled dictionary (name_keys.h): names written without their exact words or
// case, matched by their key, and the keys that name more than one actor at once.
#include <string>

#include "dictionary/compiled.h"
#include "dictionary/name_keys.h"

namespace dyad {

std::span<const CompiledDictionary::LooseHit> CompiledDictionary::LooseKeyEntries(
    std::string_view key) const {
  const WordId id = loose_keys_.Find(key);
  return id == kNoWord ? std::span<const LooseHit>() : LooseKeyEntries(id);
}

bool CompiledDictionary::MayStartLooseName(std::string_view word, std::string* key) const {
  if (loose_first_.size() == 0 || !LooseNameKey(word, key)) return false;
  if (loose_first_.Find(std::string_view(*key).substr(0, key->find(' '))) != kNoWord) return true;
  // A one-word key is stricter than the first word of a longer name's key (name_keys.h).
  return key->find(' ') == std::string::npos && LooseWordKey(word, key) && loose_first_.Find(*key) != kNoWord;
}

namespace {

// True when the hits' entries have a name in common (`hits` is sorted by entry, then name).
bool ShareAName(std::span<const CompiledDictionary::LooseHit> hits, uint32_t a, uint32_t b) {
  for (const auto& x : hits) {
    if (x.entry != a) continue;
    for (const auto& y : hits)
      if (y.entry == b && y.name == x.name) return true;
  }
  return false;
}

// True when the two entries' periods share a day other than a handover day (one ends the day the other
// starts; MatchLooseName takes the one starting). An open side reaches forever.
bool PeriodsOverlap(const EntryView& a, const EntryView& b) {
  const bool a_before_b = !a.valid_to.empty() && !b.valid_from.empty() && a.valid_to <= b.valid_from;
  const bool b_before_a = !b.valid_to.empty() && !a.valid_from.empty() && b.valid_to <= a.valid_from;
  return !a_before_b && !b_before_a;
}

}  // namespace

CompiledDictionary::LooseMatch CompiledDictionary::MatchLooseName(std::string_view name,
                                                                  std::string_view date,
                                                                  std::string* key) const {
  if (!LooseNameKey(name, key)) return LooseMatch{};
  const std::span<const LooseHit> hits = LooseKeyEntries(*key);
  // A period ending on `date` yields to one starting on it: on a handover day both hold (dates are inclusive,
  // docs/dictionaries.md), and the successor is meant. So entries ending that day count only when no other
  // does.
  for (const bool ending_today : {false, true}) {
    LooseMatch m;
    for (size_t i = 0; i < hits.size(); ++i) {
      if (i > 0 && hits[i].entry == hits[i - 1].entry) continue;
      const EntryView e = entry(hits[i].entry);
      if (!e.ValidOn(date) || (!ending_today && !date.empty() && e.valid_to == date)) continue;
      if (m.entry >= 0) {
        const EntryView chosen = entry(m.entry);
        if (e.code != chosen.code && !ShareAName(hits, m.entry, hits[i].entry)) return LooseMatch{-1, true};
        if (e.kind != EntryKind::kActor || chosen.kind == EntryKind::kActor) continue;
      }
      m.entry = static_cast<int32_t>(hits[i].entry);
    }
    if (m.entry >= 0) return m;
  }
  return LooseMatch{};
}

std::vector<CompiledDictionary::AmbiguousKey> CompiledDictionary::AmbiguousLooseKeys() const {
  std::vector<AmbiguousKey> out;
  std::vector<uint32_t> filed;
  for (WordId k = 0; k < loose_keys_.size(); ++k) {
    const std::span<const LooseHit> hits = LooseKeyEntries(k);
    filed.clear();
    for (const LooseHit& h : hits)
      if (filed.empty() || filed.back() != h.entry) filed.push_back(h.entry);
    bool ambiguous = false;
    for (size_t i = 0; i < filed.size() && !ambiguous; ++i) {
      const EntryView a = entry(filed[i]);
      for (size_t j = i + 1; j < filed.size() && !ambiguous; ++j) {
        const EntryView b = entry(filed[j]);
        ambiguous = a.code != b.code && PeriodsOverlap(a, b) && !ShareAName(hits, filed[i], filed[j]);
      }
    }
    if (ambiguous) out.push_back(AmbiguousKey{loose_keys_.word(k), filed});
  }
  return out;
}

}  // namespace dyad
