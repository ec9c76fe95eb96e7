// The compiled binary dictionary format (".dyadc"; docs/dictionaries.md, "Compiled binary dictionaries").
//
// A file is a 64-byte header, a section table and 8-byte aligned sections. Every section is a flat array of
// little-endian POD records (no pointers; every reference is an index or an offset into another section), so
// the compiled structures of CompiledDictionary are written and read byte for byte. The header carries a
// magic, the format version and an XXH64 checksum of everything after the header.
//
//   offset 0   char     magic[8]        "DYADDICT"
//          8   uint32   version         kBinaryDictionaryVersion
//         12   uint32   endian          0x01020304 as written by the producing machine
//         16   uint32   header_size     64
//         20   uint32   section_count
//         24   uint64   file_size       total bytes; a shorter file is truncated
//         32   uint64   checksum        XXH64 (seed 0) of bytes [64, file_size)
//         40   uint64   reserved[3]     zero
//         64   section table: section_count x {uint32 id, uint32 record_size, uint64 offset, uint64 count}
//
// Reading copies nothing: the flat entry records, vocabularies, tries, patterns and anchor index of the
// CompiledDictionary view the mapped file in place. The entries as DictionaryEntry objects (source(), for
// tools) are built from the records on first use; only the CAMEO table (a few hundred codes) is built at
// load.
//
// Reading validates the header, the table, the checksum and then every index the matcher follows, so that a
// truncated, corrupted or hostile file is a Status naming the file and a byte offset, never a crash.
#ifndef DYAD_DICTIONARY_BINARY_FORMAT_H_
#define DYAD_DICTIONARY_BINARY_FORMAT_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "dictionary/compiled.h"
#include "dyad/status.h"

namespace dyad {

// True when the compiled file `compiled` exists and was written no earlier than the directory `dir` (whose
// time moves when a file is added, removed or renamed) and every file in it; any error reading the times
// counts as not up to date. DefaultDictionaryPath() maps the build's compiled copy only while this holds.
bool CompiledIsUpToDate(const std::string& compiled, const std::string& dir);

inline constexpr char kBinaryDictionaryMagic[9] = "DYADDICT";
// Bumped on every change a reader of the previous version could misread (record layout, section meaning).
// Version 2 added the loose name keys (sections 22-29); version 3 the entries' office and paired code
// (EntryRecord grew from 96 to 112 bytes) and PatternElement::flags (kElementAdjacent, in a byte that was
// reserved and zero: a version-3 file written before the flag reads as having none). The skip element
// (PatternElementKind::kSkip, TABARI's '^') needs no new version: a reader that predates it refuses the file
// ("bad pattern element") rather than misreading it. Version 4 gives EntryRecord's first reserved byte to the
// agent placement (AgentPlacement): a version-3 reader would compose a "[NGO~]" agent after the country.
inline constexpr uint32_t kBinaryDictionaryVersion = 4;
inline constexpr size_t kBinaryDictionaryHeaderSize = 64;

// XXH64 of `size` bytes (the reference algorithm, seed 0 unless given).
uint64_t Xxh64(const void* data, size_t size, uint64_t seed = 0);

// True when `head` (any prefix of a file, at least 8 bytes to say yes) starts with the magic.
bool LooksLikeBinaryDictionary(std::string_view head);

// Reads and writes the sections of a CompiledDictionary (a friend of the compiled classes).
class BinaryDictionaryIo {
 public:
  static std::string Write(const CompiledDictionary& dict);
  // Fills `out` (a fresh CompiledDictionary) from `bytes`. Errors name `name` and a byte offset. With
  // `verify_checksum` false the checksum is not compared (fuzzing reaches the structural checks that way);
  // everything else is still validated.
  [[nodiscard]] static Status Read(std::string_view bytes, std::string_view name, bool verify_checksum,
                                   CompiledDictionary* out);
  // The same without copying: the matcher's arrays of `out` view `bytes` in place, and `out` keeps `storage`
  // (which owns the bytes, e.g. the mapped file) alive. Bytes that are not 8-byte aligned, or a null
  // `storage`, are copied first (Read does that).
  [[nodiscard]] static Status ReadShared(std::string_view bytes, std::string_view name, bool verify_checksum,
                                         std::shared_ptr<const void> storage, CompiledDictionary* out);
};

}  // namespace dyad

#endif  // DYAD_DICTIONARY_BINARY_FORMAT_H_
