// Writing and reading compiled binary dictionaries (binary_format.h). Every array of CompiledDictionary (the
// flat entry records and their string pool, vocabularies, tries, patterns, anchor index) is stored as it is
// in memory and viewed in place after loading; nothing is rebuilt but the small CAMEO table.
#include "dictionary/binary_format.h"

#include <bit>
#include <cstring>
#include <span>
#include <type_traits>
#include <unordered_map>
#include <vector>

namespace dyad {
namespace {

static_assert(std::endian::native == std::endian::little, "the binary dictionary format is little-endian");

constexpr uint32_t kEndianMark = 0x01020304u;

enum SectionId : uint32_t {
  kStrings = 1,     // char: every string of the entries, deduplicated
  kStringRefs,      // StrRef: phrases, sectors and contexts of the entries
  kEntries,         // EntryRecord
  kWordPool,        // char: Vocabulary words()
  kWordOffsets,     // uint32
  kWordSlots,       // uint32
  kLemmaPool,       // char: Vocabulary lemmas()
  kLemmaOffsets,    // uint32
  kLemmaSlots,      // uint32
  kActorNodes,      // PhraseTrie::Node
  kActorEdges,      // PhraseTrie::Edge
  kActorHits,       // PhraseHit
  kActorCaseRules,  // CaseRule
  kDiscardNodes,    // the same four for the discard trie
  kDiscardEdges,
  kDiscardHits,
  kDiscardCaseRules,
  kPatterns,           // VerbPattern
  kElements,           // PatternElement
  kAnchorBegin,        // uint32, one per lemma plus one
  kAnchored,           // uint32 pattern indices
  kLoosePool,          // char: Vocabulary loose_keys() (version 2)
  kLooseOffsets,       // uint32
  kLooseSlots,         // uint32
  kLooseBegin,         // uint32, one per loose key plus one
  kLooseEntries,       // CompiledDictionary::LooseHit
  kLooseFirstPool,     // char: the first words of the loose keys (version 2)
  kLooseFirstOffsets,  // uint32
  kLooseFirstSlots,    // uint32
  kSectionLimit,
};

struct FileHeader {
  char magic[8];
  uint32_t version;
  uint32_t endian;
  uint32_t header_size;
  uint32_t section_count;
  uint64_t file_size;
  uint64_t checksum;
  uint64_t reserved[3];
};
static_assert(sizeof(FileHeader) == kBinaryDictionaryHeaderSize);

struct SectionRecord {
  uint32_t id;
  uint32_t record_size;
  uint64_t offset;
  uint64_t count;
};
static_assert(sizeof(SectionRecord) == 24);

// Records are written byte for byte, so none may have padding (its bytes would be indeterminate).
template <typename T>
constexpr bool kFlat = std::is_trivially_copyable_v<T>&& std::has_unique_object_representations_v<T>;
static_assert(kFlat<EntryRecord> && kFlat<StrRef> && kFlat<PhraseHit> && kFlat<VerbPattern> &&
              kFlat<CompiledDictionary::LooseHit>);
static_assert(std::is_trivially_copyable_v<PatternElement> && sizeof(PatternElement) == 8);

// --- XXH64 -------------------------------------------------------------------------------------------------

constexpr uint64_t kP1 = 0x9E3779B185EBCA87ull, kP2 = 0xC2B2AE3D27D4EB4Full, kP3 = 0x165667B19E3779F9ull,
                   kP4 = 0x85EBCA77C2B2AE63ull, kP5 = 0x27D4EB2F165667C5ull;

uint64_t Read64(const unsigned char* p) {
  uint64_t v;
  std::memcpy(&v, p, 8);
  return v;
}
uint32_t Read32(const unsigned char* p) {
  uint32_t v;
  std::memcpy(&v, p, 4);
  return v;
}
uint64_t Round(uint64_t acc, uint64_t input) { return std::rotl(acc + input * kP2, 31) * kP1; }
uint64_t Merge(uint64_t acc, uint64_t val) { return (acc ^ Round(0, val)) * kP1 + kP4; }

}  // namespace

uint64_t Xxh64(const void* data, size_t size, uint64_t seed) {
  const auto* p = static_cast<const unsigned char*>(data);
  const unsigned char* end = p + size;
  uint64_t h;
  if (size >= 32) {
    uint64_t v1 = seed + kP1 + kP2, v2 = seed + kP2, v3 = seed, v4 = seed - kP1;
    for (; p + 32 <= end; p += 32) {
      v1 = Round(v1, Read64(p));
      v2 = Round(v2, Read64(p + 8));
      v3 = Round(v3, Read64(p + 16));
      v4 = Round(v4, Read64(p + 24));
    }
    h = std::rotl(v1, 1) + std::rotl(v2, 7) + std::rotl(v3, 12) + std::rotl(v4, 18);
    h = Merge(Merge(Merge(Merge(h, v1), v2), v3), v4);
  } else {
    h = seed + kP5;
  }
  h += static_cast<uint64_t>(size);
  for (; p + 8 <= end; p += 8) h = std::rotl(h ^ Round(0, Read64(p)), 27) * kP1 + kP4;
  if (p + 4 <= end) {
    h = std::rotl(h ^ (uint64_t{Read32(p)} * kP1), 23) * kP2 + kP3;
    p += 4;
  }
  for (; p < end; ++p) h = std::rotl(h ^ (uint64_t{*p} * kP5), 11) * kP1;
  h ^= h >> 33;
  h *= kP2;
  h ^= h >> 29;
  h *= kP3;
  h ^= h >> 32;
  return h;
}

bool LooksLikeBinaryDictionary(std::string_view head) {
  return head.size() >= 8 && head.substr(0, 8) == std::string_view(kBinaryDictionaryMagic, 8);
}

// --- Writing -----------------------------------------------------------------------------------------------

namespace {

struct SectionData {
  uint32_t id;
  uint32_t record_size;
  const void* data;
  uint64_t count;
};

template <typename T>
SectionData Section(uint32_t id, std::span<const T> v) {
  return SectionData{id, static_cast<uint32_t>(sizeof(T)), v.data(), v.size()};
}
template <typename T>
SectionData Section(uint32_t id, const std::vector<T>& v) {
  return Section(id, std::span<const T>(v));
}
SectionData Section(uint32_t id, std::string_view s) { return SectionData{id, 1, s.data(), s.size()}; }

}  // namespace

std::string BinaryDictionaryIo::Write(const CompiledDictionary& dict) {
  const PhraseTrie& at = dict.actor_trie_;
  const PhraseTrie& dt = dict.discard_trie_;
  const SectionData sections[] = {
      Section(kStrings, dict.strings_v_),
      Section(kStringRefs, dict.string_refs_v_),
      Section(kEntries, dict.entry_records_v_),
      Section(kWordPool, dict.words_.pool_v_),
      Section(kWordOffsets, dict.words_.offsets_v_),
      Section(kWordSlots, dict.words_.slots_v_),
      Section(kLemmaPool, dict.lemmas_.pool_v_),
      Section(kLemmaOffsets, dict.lemmas_.offsets_v_),
      Section(kLemmaSlots, dict.lemmas_.slots_v_),
      Section(kActorNodes, at.nodes_v_),
      Section(kActorEdges, at.edges_v_),
      Section(kActorHits, at.hits_v_),
      Section(kActorCaseRules, at.case_rules_v_),
      Section(kDiscardNodes, dt.nodes_v_),
      Section(kDiscardEdges, dt.edges_v_),
      Section(kDiscardHits, dt.hits_v_),
      Section(kDiscardCaseRules, dt.case_rules_v_),
      Section(kPatterns, dict.patterns_v_),
      Section(kElements, dict.elements_v_),
      Section(kAnchorBegin, dict.anchor_begin_v_),
      Section(kAnchored, dict.anchored_v_),
      Section(kLoosePool, dict.loose_keys_.pool_v_),
      Section(kLooseOffsets, dict.loose_keys_.offsets_v_),
      Section(kLooseSlots, dict.loose_keys_.slots_v_),
      Section(kLooseBegin, dict.loose_begin_v_),
      Section(kLooseEntries, dict.loose_entries_v_),
      Section(kLooseFirstPool, dict.loose_first_.pool_v_),
      Section(kLooseFirstOffsets, dict.loose_first_.offsets_v_),
      Section(kLooseFirstSlots, dict.loose_first_.slots_v_),
  };
  constexpr uint32_t kCount = sizeof(sections) / sizeof(sections[0]);
  auto align = [](uint64_t n) { return (n + 7) & ~uint64_t{7}; };
  uint64_t offset = align(kBinaryDictionaryHeaderSize + kCount * sizeof(SectionRecord));
  std::vector<SectionRecord> table;
  for (const SectionData& s : sections) {
    table.push_back(SectionRecord{s.id, s.record_size, offset, s.count});
    offset = align(offset + s.count * s.record_size);
  }
  std::string out(offset, '\0');
  FileHeader header{};
  std::memcpy(header.magic, kBinaryDictionaryMagic, 8);
  header.version = kBinaryDictionaryVersion;
  header.endian = kEndianMark;
  header.header_size = kBinaryDictionaryHeaderSize;
  header.section_count = kCount;
  header.file_size = out.size();
  std::memcpy(out.data() + kBinaryDictionaryHeaderSize, table.data(), table.size() * sizeof(SectionRecord));
  for (uint32_t i = 0; i < kCount; ++i) {
    if (sections[i].count > 0)
      std::memcpy(out.data() + table[i].offset, sections[i].data,
                  sections[i].count * sections[i].record_size);
  }
  header.checksum = Xxh64(out.data() + kBinaryDictionaryHeaderSize, out.size() - kBinaryDictionaryHeaderSize);
  std::memcpy(out.data(), &header, sizeof(header));
  return out;
}

// --- Reading -----------------------------------------------------------------------------------------------

namespace {

class Reader {
 public:
  Reader(std::string_view bytes, std::string_view name) : bytes_(bytes), name_(name) {}

  Status Error(uint64_t offset, const std::string& what) const {
    return Status::Corruption(std::string(name_) + ": byte " + std::to_string(offset) + ": " + what);
  }

  Status ReadTable(bool verify_checksum) {
    const uint64_t size = bytes_.size();
    if (size < kBinaryDictionaryHeaderSize)
      return Error(size, "truncated: a compiled dictionary starts with a 64-byte header");
    std::memcpy(&header_, bytes_.data(), sizeof(header_));
    if (!LooksLikeBinaryDictionary(bytes_)) return Error(0, "not a compiled dyad dictionary (bad magic)");
    if (header_.version != kBinaryDictionaryVersion)
      return Error(8, "format version " + std::to_string(header_.version) + "; this dyad reads version " +
                          std::to_string(kBinaryDictionaryVersion) + " (recompile with 'dyad dict compile')");
    if (header_.endian != kEndianMark) return Error(12, "written on a machine of the other byte order");
    if (header_.header_size != kBinaryDictionaryHeaderSize) return Error(16, "bad header size");
    if (header_.file_size > size)
      return Error(size, "truncated: the header says " + std::to_string(header_.file_size) + " bytes");
    if (header_.file_size < size)
      return Error(header_.file_size, std::to_string(size - header_.file_size) + " bytes after the end");
    const uint64_t table_end = kBinaryDictionaryHeaderSize + uint64_t{header_.section_count} * 24;
    if (header_.section_count > 4096 || table_end > size) return Error(20, "bad section count");
    if (verify_checksum) {
      const uint64_t sum =
          Xxh64(bytes_.data() + kBinaryDictionaryHeaderSize, size - kBinaryDictionaryHeaderSize);
      if (sum != header_.checksum) return Error(32, "checksum mismatch: the file is corrupted");
    }
    for (uint32_t i = 0; i < header_.section_count; ++i) {
      const uint64_t at = kBinaryDictionaryHeaderSize + uint64_t{i} * 24;
      SectionRecord r;
      std::memcpy(&r, bytes_.data() + at, sizeof(r));
      if (r.id == 0 || r.id >= kSectionLimit) continue;  // a later minor addition: not ours to read
      if (found_[r.id]) return Error(at, "section " + std::to_string(r.id) + " appears twice");
      if (r.record_size != expected_size_[r.id])
        return Error(at + 4, "section " + std::to_string(r.id) + " has records of " +
                                 std::to_string(r.record_size) + " bytes");
      if (r.offset % 8 != 0 || r.offset < table_end || r.offset > size || r.count > (size - r.offset) ||
          r.count * r.record_size > size - r.offset || r.count > 0xffffffffu)
        return Error(at + 8, "section " + std::to_string(r.id) + " lies outside the file");
      found_[r.id] = true;
      sections_[r.id] = r;
    }
    for (uint32_t id = 1; id < kSectionLimit; ++id)
      if (!found_[id]) return Error(20, "section " + std::to_string(id) + " is missing");
    return Status::Ok();
  }

  // The records of section `id`, in place: the bytes are 8-byte aligned (Read sees to it), every section
  // offset is a multiple of 8, and the records are trivially copyable types of alignment at most 8.
  template <typename T>
  std::span<const T> View(uint32_t id) const {
    static_assert(std::is_trivially_copyable_v<T> && alignof(T) <= 8);
    const SectionRecord& r = sections_[id];
    return std::span<const T>(reinterpret_cast<const T*>(bytes_.data() + r.offset), r.count);
  }
  std::string_view Bytes(uint32_t id) const {
    return bytes_.substr(sections_[id].offset, sections_[id].count);
  }
  // Byte offset of record `index` of section `id`, for messages.
  uint64_t At(uint32_t id, uint64_t index) const {
    return sections_[id].offset + index * sections_[id].record_size;
  }
  void SetExpectedSize(uint32_t id, uint32_t size) { expected_size_[id] = size; }

 private:
  std::string_view bytes_;
  std::string_view name_;
  FileHeader header_{};
  bool found_[kSectionLimit] = {};
  uint32_t expected_size_[kSectionLimit] = {};
  SectionRecord sections_[kSectionLimit] = {};
};

bool IsPowerOfTwo(size_t n) { return n != 0 && (n & (n - 1)) == 0; }

}  // namespace

namespace {

Status CheckVocabulary(const Reader& r, uint32_t offsets_id, uint32_t slots_id, std::string_view pool,
                       std::span<const uint32_t> offsets, std::span<const uint32_t> slots) {
  if (offsets.empty() || offsets[0] != 0)
    return r.Error(r.At(offsets_id, 0), "vocabulary offsets must start at 0");
  for (size_t i = 1; i < offsets.size(); ++i)
    if (offsets[i] < offsets[i - 1] || offsets[i] > pool.size())
      return r.Error(r.At(offsets_id, i), "vocabulary offset out of order or past its pool");
  if (offsets.back() != pool.size())
    return r.Error(r.At(offsets_id, offsets.size() - 1), "vocabulary pool size");
  const size_t n = offsets.size() - 1;
  if (slots.empty() ? n != 0 : (!IsPowerOfTwo(slots.size()) || n >= slots.size()))
    return r.Error(r.At(slots_id, 0), "vocabulary table size");
  size_t used = 0;
  for (size_t i = 0; i < slots.size(); ++i) {
    if (slots[i] > n) return r.Error(r.At(slots_id, i), "vocabulary slot names no word");
    used += slots[i] != 0;
  }
  if (used != n) return r.Error(r.At(slots_id, 0), "vocabulary table does not hold every word once");
  return Status::Ok();
}

}  // namespace

Status BinaryDictionaryIo::Read(std::string_view bytes, std::string_view name, bool verify_checksum,
                                CompiledDictionary* out) {
  return ReadShared(bytes, name, verify_checksum, nullptr, out);
}

Status BinaryDictionaryIo::ReadShared(std::string_view bytes, std::string_view name, bool verify_checksum,
                                      std::shared_ptr<const void> storage, CompiledDictionary* out) {
  if (storage == nullptr || reinterpret_cast<uintptr_t>(bytes.data()) % 8 != 0) {
    // The views need 8-byte aligned bytes that live as long as the dictionary: keep a copy.
    std::shared_ptr<uint64_t[]> copy(new uint64_t[bytes.size() / 8 + 1]);
    const char* data = reinterpret_cast<const char*>(copy.get());
    if (!bytes.empty()) std::memcpy(copy.get(), bytes.data(), bytes.size());
    bytes = std::string_view(data, bytes.size());
    storage = std::shared_ptr<const void>(std::move(copy), data);
  }
  out->storage_ = std::move(storage);
  Reader r(bytes, name);
  const uint32_t sizes[kSectionLimit] = {0,
                                         1,
                                         sizeof(StrRef),
                                         sizeof(EntryRecord),
                                         1,
                                         4,
                                         4,
                                         1,
                                         4,
                                         4,
                                         sizeof(PhraseTrie::Node),
                                         sizeof(PhraseTrie::Edge),
                                         sizeof(PhraseHit),
                                         sizeof(CaseRule),
                                         sizeof(PhraseTrie::Node),
                                         sizeof(PhraseTrie::Edge),
                                         sizeof(PhraseHit),
                                         sizeof(CaseRule),
                                         sizeof(VerbPattern),
                                         sizeof(PatternElement),
                                         4,
                                         4,
                                         1,
                                         4,
                                         4,
                                         4,
                                         sizeof(CompiledDictionary::LooseHit),
                                         1,
                                         4,
                                         4};
  for (uint32_t id = 1; id < kSectionLimit; ++id) r.SetExpectedSize(id, sizes[id]);
  DYAD_RETURN_IF_ERROR(r.ReadTable(verify_checksum));

  // Entries: flat records over the string pool.
  const std::string_view pool = r.Bytes(kStrings);
  const std::span<const StrRef> refs = r.View<StrRef>(kStringRefs);
  const std::span<const EntryRecord> records = r.View<EntryRecord>(kEntries);
  for (size_t i = 0; i < refs.size(); ++i)
    if (uint64_t{refs[i].offset} + refs[i].size > pool.size())
      return r.Error(r.At(kStringRefs, i), "string reference past the string pool");
  // The writer lays the entries' lists out one after the other, and strings are deduplicated, so a file
  // expands into at most a bounded multiple of its size: a hostile file cannot make source() (which builds
  // DictionaryEntry objects from these records) exhaust memory.
  const uint64_t text_budget = 64 * uint64_t{bytes.size()} + 4096;
  uint64_t text = 0;
  uint64_t next_ref = 0;
  for (size_t i = 0; i < records.size(); ++i) {
    const EntryRecord& rec = records[i];
    const uint64_t at = r.At(kEntries, i);
    if (rec.kind > static_cast<uint8_t>(EntryKind::kCameo)) return r.Error(at, "unknown entry kind");
    if (rec.agent_placement > static_cast<uint8_t>(AgentPlacement::kBeforeCountry))
      return r.Error(at, "unknown agent placement");
    for (const StrRef* s : {&rec.code, &rec.country, &rec.valid_from, &rec.valid_to, &rec.plover_event,
                            &rec.plover_mode, &rec.file, &rec.office, &rec.paired_code}) {
      if (uint64_t{s->offset} + s->size > pool.size())
        return r.Error(at, "entry string past the string pool");
      text += s->size;
    }
    for (const RangeRef* g : {&rec.sectors, &rec.contexts, &rec.phrases}) {
      if (g->begin != next_ref || uint64_t{g->begin} + g->count > refs.size())
        return r.Error(at, "entry list out of order or past the string list");
      next_ref += g->count;
      for (uint32_t k = 0; k < g->count; ++k) text += refs[g->begin + k].size;
    }
    if (text > text_budget) return r.Error(at, "entries expand into more text than the file can hold");
  }
  // The entries are read in place from here on; source() builds DictionaryEntry objects only when asked.
  out->strings_v_ = pool;
  out->string_refs_v_ = refs;
  out->entry_records_v_ = records;
  const size_t entry_count = records.size();

  // Vocabularies.
  for (auto [v, first] :
       {std::pair{&out->words_, kWordPool}, std::pair{&out->lemmas_, kLemmaPool},
        std::pair{&out->loose_keys_, kLoosePool}, std::pair{&out->loose_first_, kLooseFirstPool}}) {
    v->pool_v_ = r.Bytes(first);
    v->offsets_v_ = r.View<uint32_t>(first + 1);
    v->slots_v_ = r.View<uint32_t>(first + 2);
    DYAD_RETURN_IF_ERROR(CheckVocabulary(r, first + 1, first + 2, v->pool_v_, v->offsets_v_, v->slots_v_));
  }

  // Tries: every edge goes from a node to a later node that has no other parent, so each node has one depth,
  // and a phrase ending at a node has exactly that many words (the coder reads that many tokens).
  auto trie = [&](uint32_t first, PhraseTrie* t, bool discard) -> Status {
    t->nodes_v_ = r.View<PhraseTrie::Node>(first);
    t->edges_v_ = r.View<PhraseTrie::Edge>(first + 1);
    t->hits_v_ = r.View<PhraseHit>(first + 2);
    t->case_rules_v_ = r.View<CaseRule>(first + 3);
    const size_t n = t->nodes_v_.size();
    if (n == 0) return r.Error(r.At(first, 0), "a trie needs its root node");
    std::vector<uint32_t> depth(n, 0);
    std::vector<uint8_t> has_parent(n, 0);
    t->edge_count_ = 0;
    if (!t->edges_v_.empty() && !IsPowerOfTwo(t->edges_v_.size()))
      return r.Error(r.At(first + 1, 0), "edge table size");
    for (size_t i = 0; i < t->edges_v_.size(); ++i) {
      const PhraseTrie::Edge& e = t->edges_v_[i];
      if (e.child == 0) continue;
      if (e.child >= n || e.node >= e.child || has_parent[e.child])
        return r.Error(r.At(first + 1, i), "trie edge does not form a tree");
      has_parent[e.child] = 1;
      ++t->edge_count_;
    }
    if (!t->edges_v_.empty() && t->edge_count_ >= t->edges_v_.size())
      return r.Error(r.At(first + 1, 0), "edge table is full");
    std::vector<uint32_t> parent(n, 0);
    for (const PhraseTrie::Edge& e : t->edges_v_)
      if (e.child != 0) parent[e.child] = e.node;
    for (size_t v = 1; v < n; ++v) depth[v] = has_parent[v] ? depth[parent[v]] + 1 : 0;
    uint32_t hits_seen = 0;
    for (size_t v = 0; v < n; ++v) {
      const PhraseTrie::Node& node = t->nodes_v_[v];
      // Phrase ranges of nodes do not overlap (Finish groups them by node), so the checks stay linear.
      if (node.hits_begin > node.hits_end || node.hits_end > t->hits_v_.size() ||
          (node.hits_begin < node.hits_end && node.hits_begin < hits_seen))
        return r.Error(r.At(first, v), "trie node's phrases lie outside the phrase list");
      if (node.hits_begin < node.hits_end) hits_seen = node.hits_end;
      for (uint32_t h = node.hits_begin; h < node.hits_end; ++h) {
        const PhraseHit& hit = t->hits_v_[h];
        if (hit.word_count != depth[v] || hit.word_count == 0 ||
            uint64_t{hit.case_rules} + hit.word_count > t->case_rules_v_.size() || hit.entry >= entry_count)
          return r.Error(r.At(first + 2, h), "trie phrase does not fit its node");
        const EntryKind kind = static_cast<EntryKind>(records[hit.entry].kind);
        if (discard ? kind != EntryKind::kDiscard
                    : kind != EntryKind::kCountry && kind != EntryKind::kActor && kind != EntryKind::kAgent)
          return r.Error(r.At(first + 2, h), "trie phrase names an entry of the wrong kind");
      }
    }
    for (size_t i = 0; i < t->case_rules_v_.size(); ++i)
      if (static_cast<uint8_t>(t->case_rules_v_[i]) > static_cast<uint8_t>(CaseRule::kAllCaps))
        return r.Error(r.At(first + 3, i), "unknown case rule");
    return Status::Ok();
  };
  DYAD_RETURN_IF_ERROR(trie(kActorNodes, &out->actor_trie_, false));
  DYAD_RETURN_IF_ERROR(trie(kDiscardNodes, &out->discard_trie_, true));

  // Verb patterns and the anchor index.
  out->patterns_v_ = r.View<VerbPattern>(kPatterns);
  out->elements_v_ = r.View<PatternElement>(kElements);
  out->anchor_begin_v_ = r.View<uint32_t>(kAnchorBegin);
  out->anchored_v_ = r.View<uint32_t>(kAnchored);
  const size_t lemma_count = out->lemmas_.size();
  for (size_t i = 0; i < out->elements_v_.size(); ++i) {
    const PatternElement& e = out->elements_v_[i];
    const bool word = e.kind == PatternElementKind::kWord || e.kind == PatternElementKind::kOptionalWord;
    if (static_cast<uint8_t>(e.kind) > static_cast<uint8_t>(PatternElementKind::kSkip) ||
        (word && e.lemma >= lemma_count) ||
        (e.flags & ~(kElementAdjacent | kElementStem | kElementExact)) != 0 || (!word && e.flags != 0))
      return r.Error(r.At(kElements, i), "bad pattern element");
  }
  for (size_t i = 0; i < out->patterns_v_.size(); ++i) {
    const VerbPattern& p = out->patterns_v_[i];
    if (p.entry >= entry_count || records[p.entry].kind != static_cast<uint8_t>(EntryKind::kVerb) ||
        p.phrase >= records[p.entry].phrases.count || p.elements_begin > p.anchor ||
        p.anchor >= p.elements_end || p.elements_end > out->elements_v_.size() || p.required_words == 0 ||
        p.source_before > 1 || p.target_before > 1 ||
        out->elements_v_[p.anchor].kind != PatternElementKind::kWord)
      return r.Error(r.At(kPatterns, i), "bad verb pattern");
  }
  const auto& begin = out->anchor_begin_v_;
  if (begin.size() != lemma_count + 1 || begin[0] != 0 || begin.back() != out->anchored_v_.size())
    return r.Error(r.At(kAnchorBegin, 0), "anchor index does not match the lemmas");
  for (size_t l = 1; l < begin.size(); ++l)
    if (begin[l] < begin[l - 1]) return r.Error(r.At(kAnchorBegin, l), "anchor index out of order");
  for (size_t i = 0; i < out->anchored_v_.size(); ++i)
    if (out->anchored_v_[i] >= out->patterns_v_.size())
      return r.Error(r.At(kAnchored, i), "anchor names no pattern");
  out->IndexStemAnchors();

  // Loose name keys: per key a range of entries, each an actor or a country.
  out->loose_begin_v_ = r.View<uint32_t>(kLooseBegin);
  out->loose_entries_v_ = r.View<CompiledDictionary::LooseHit>(kLooseEntries);
  const auto& loose = out->loose_begin_v_;
  if (loose.size() != out->loose_keys_.size() + 1 || loose[0] != 0 ||
      loose.back() != out->loose_entries_v_.size())
    return r.Error(r.At(kLooseBegin, 0), "loose key index does not match the keys");
  for (size_t k = 1; k < loose.size(); ++k)
    if (loose[k] < loose[k - 1]) return r.Error(r.At(kLooseBegin, k), "loose key index out of order");
  for (size_t i = 0; i < out->loose_entries_v_.size(); ++i) {
    const uint32_t e = out->loose_entries_v_[i].entry;
    if (e >= entry_count || (records[e].kind != static_cast<uint8_t>(EntryKind::kActor) &&
                             records[e].kind != static_cast<uint8_t>(EntryKind::kCountry)))
      return r.Error(r.At(kLooseEntries, i), "loose key names no actor or country");
  }

  out->IndexCameo();
  return Status::Ok();
}

}  // namespace dyad
