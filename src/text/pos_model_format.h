// The part-of-speech model file (written by pos_model_build.cc, read by pos_tagger.cc). Internal.
//
// Little-endian, every section 4-byte aligned, in this order after the header:
//   tag names        num_tags x 8 bytes, NUL-padded Penn names in PosTag order (checked on load)
//   transitions      (num_tags + 1) x num_tags float: log P(tag | previous tag); row num_tags is the
//                    sentence start
//   strings          string_bytes bytes (word forms, lemmas), padded with NULs to a multiple of 4
//   words            num_words x WordRecord
//   slots            num_slots x uint32: open-addressing hash table (FNV-1a, linear probing) of word
//                    index + 1, 0 = empty; num_slots is a power of two with at least one empty slot
//   emissions        num_emissions x Emission
//   exceptions       num_exceptions x Exception (WordNet irregular forms)
// One hash table serves the tagger (a word's candidate tags and their emission scores; unknown-word classes
// are words with reserved spellings such as "-cap-" and "*NUM*") and the lemmatiser (the WordNet parts of
// speech the word is a lemma of, and its exception bases).
#ifndef DYAD_TEXT_POS_MODEL_FORMAT_H_
#define DYAD_TEXT_POS_MODEL_FORMAT_H_

#include <bit>
#include <cstdint>
#include <string_view>

namespace dyad::text_internal {

static_assert(std::endian::native == std::endian::little, "the model file is read by memcpy");

inline constexpr char kPosModelMagic[8] = {'D', 'Y', 'A', 'D', 'P', 'O', 'S', '1'};
inline constexpr uint32_t kPosModelVersion = 1;
inline constexpr size_t kTagNameBytes = 8;

struct PosModelHeader {
  char magic[8];
  uint32_t version;
  uint32_t num_tags;
  uint32_t string_bytes;
  uint32_t num_words;
  uint32_t num_slots;
  uint32_t num_emissions;
  uint32_t num_exceptions;
  uint32_t reserved;
};
static_assert(sizeof(PosModelHeader) == 40);

// WordNet parts of speech, as bits of WordRecord::wordnet and values of Exception::wordnet_pos.
enum WordNetPos : uint8_t { kWnNoun = 1, kWnVerb = 2, kWnAdj = 4, kWnAdv = 8 };

struct WordRecord {
  uint32_t text;             // offset into strings
  uint16_t length;           // bytes
  uint8_t wordnet;           // WordNetPos bits: the word is a lemma in these WordNet indexes
  uint8_t num_emissions;     // candidate tags; 0 = the tagger never saw the word
  uint32_t first_emission;   // index into emissions
  uint32_t first_exception;  // index into exceptions
  uint16_t num_exceptions;
  uint16_t reserved;
};
static_assert(sizeof(WordRecord) == 20);

struct Emission {
  float log_prob;  // log P(word | tag); unknown classes: log P(tag | class) - log P(tag). Finite.
  uint8_t tag;     // PosTag
  uint8_t reserved[3];
};
static_assert(sizeof(Emission) == 8);

struct Exception {
  uint32_t base;        // offset into strings
  uint16_t length;      // bytes
  uint8_t wordnet_pos;  // one WordNetPos value
  uint8_t reserved;
};
static_assert(sizeof(Exception) == 8);

inline uint32_t HashWord(std::string_view word) {
  uint32_t h = 2166136261u;
  for (const char ch : word) {
    h ^= static_cast<uint8_t>(ch);
    h *= 16777619u;
  }
  return h;
}

// Reserved spellings of the unknown-word classes (the Lingua lexicon's own, so the generator copies them).
inline constexpr std::string_view kClassNumber = "*NUM*";
inline constexpr std::string_view kClassOrdinal = "*ORD*";
inline constexpr std::string_view kClassLeftBracket = "*LRB*";
inline constexpr std::string_view kClassRightBracket = "*RRB*";
inline constexpr std::string_view kClassAbbreviation = "-abr-";
inline constexpr std::string_view kClassHyphen = "-hyp-";
inline constexpr std::string_view kClassHyphenAdjective = "-hyp-adj-";
inline constexpr std::string_view kClassSymbol = "-sym-";
inline constexpr std::string_view kClassCapitalized = "-cap-";
inline constexpr std::string_view kClassIng = "-ing-";
inline constexpr std::string_view kClassS = "-s-";
inline constexpr std::string_view kClassTion = "-tion-";
inline constexpr std::string_view kClassLy = "-ly-";
inline constexpr std::string_view kClassEd = "-ed-";
inline constexpr std::string_view kClassUnknown = "-unknown-";

}  // namespace dyad::text_internal

#endif  // DYAD_TEXT_POS_MODEL_FORMAT_H_
