// Internal UTF-8 helpers shared by the text stage (not part of the public API).
#ifndef DYAD_TEXT_UTF8_INTERNAL_H_
#define DYAD_TEXT_UTF8_INTERNAL_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace dyad::text_internal {

inline constexpr char32_t kReplacementCharacter = 0xFFFD;
inline constexpr std::string_view kReplacementUtf8 = "\xEF\xBF\xBD";

// Decodes the sequence starting at `p` (requires p < end) following Unicode Table 3-7 (no overlongs, no
// surrogates, nothing above U+10FFFF). Returns the sequence length (1..4) and stores the code point, or, for
// an ill-formed sequence, returns minus the length of its maximal subpart (at least 1 byte), which is the
// unit that Unicode's "U+FFFD substitution of maximal subparts" replaces by one U+FFFD.
inline int DecodeUtf8(const uint8_t* p, const uint8_t* end, char32_t* code_point) {
  const uint8_t lead = p[0];
  if (lead < 0x80) {
    *code_point = lead;
    return 1;
  }
  int continuation_count = 0;
  uint8_t lowest = 0x80;  // the second byte's range is narrower for some lead bytes
  uint8_t highest = 0xBF;
  char32_t value = 0;
  if (lead >= 0xC2 && lead <= 0xDF) {
    continuation_count = 1;
    value = lead & 0x1F;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    continuation_count = 2;
    value = lead & 0x0F;
    if (lead == 0xE0) lowest = 0xA0;   // overlong
    if (lead == 0xED) highest = 0x9F;  // surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    continuation_count = 3;
    value = lead & 0x07;
    if (lead == 0xF0) lowest = 0x90;   // overlong
    if (lead == 0xF4) highest = 0x8F;  // above U+10FFFF
  } else {
    return -1;  // stray continuation byte, C0/C1 or F5..FF
  }
  const uint8_t* next = p + 1;
  for (int k = 0; k < continuation_count; ++k, ++next) {
    if (next >= end || *next < lowest || *next > highest) return -static_cast<int>(next - p);
    value = (value << 6) | (*next & 0x3F);
    lowest = 0x80;
    highest = 0xBF;
  }
  *code_point = value;
  return continuation_count + 1;
}

// True when none of the 8 bytes of `word` is zero.
inline bool HasNoZeroByte(uint64_t word) {
  return ((word - 0x0101010101010101ULL) & ~word & 0x8080808080808080ULL) == 0;
}

// Length of the leading run of bytes in [p, end) that are ASCII and not NUL, scanned 8 bytes at a time.
inline size_t AsciiRunLength(const uint8_t* p, const uint8_t* end) {
  const uint8_t* start = p;
  while (end - p >= 8) {
    uint64_t word;
    std::memcpy(&word, p, sizeof word);
    if ((word & 0x8080808080808080ULL) != 0 || !HasNoZeroByte(word)) break;
    p += 8;
  }
  while (p < end && *p != 0 && *p < 0x80) ++p;
  return static_cast<size_t>(p - start);
}

// Byte offset of the first ill-formed sequence in `text`, or std::string_view::npos if it is valid UTF-8
// (NUL bytes are valid here).
size_t FindInvalidUtf8(std::string_view text);

// Appends the UTF-8 encoding of a valid code point.
template <typename String>
void AppendUtf8(char32_t code_point, String* out) {
  if (code_point < 0x80) {
    out->push_back(static_cast<char>(code_point));
  } else if (code_point < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (code_point >> 6)));
    out->push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  } else if (code_point < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (code_point >> 12)));
    out->push_back(static_cast<char>(0x80 | ((code_point >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (code_point >> 18)));
    out->push_back(static_cast<char>(0x80 | ((code_point >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((code_point >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  }
}

}  // namespace dyad::text_internal

#endif  // DYAD_TEXT_UTF8_INTERNAL_H_
