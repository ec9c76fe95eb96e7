#include "text/mojibake.h"

#include <cstdint>
#include <string>
#include <string_view>

#include "text/utf8_internal.h"

namespace dyad::text_internal {
namespace {

// The byte that Windows-1252 (or, for the five bytes it leaves undefined, Latin-1) decodes as `c`, or -1.
int Cp1252Byte(char32_t c) {
  if (c >= 0x80 && c <= 0xFF) return static_cast<int>(c);
  switch (c) {
    case 0x20AC:
      return 0x80;
    case 0x201A:
      return 0x82;
    case 0x0192:
      return 0x83;
    case 0x201E:
      return 0x84;
    case 0x2026:
      return 0x85;
    case 0x2020:
      return 0x86;
    case 0x2021:
      return 0x87;
    case 0x02C6:
      return 0x88;
    case 0x2030:
      return 0x89;
    case 0x0160:
      return 0x8A;
    case 0x2039:
      return 0x8B;
    case 0x0152:
      return 0x8C;
    case 0x017D:
      return 0x8E;
    case 0x2018:
      return 0x91;
    case 0x2019:
      return 0x92;
    case 0x201C:
      return 0x93;
    case 0x201D:
      return 0x94;
    case 0x2022:
      return 0x95;
    case 0x2013:
      return 0x96;
    case 0x2014:
      return 0x97;
    case 0x02DC:
      return 0x98;
    case 0x2122:
      return 0x99;
    case 0x0161:
      return 0x9A;
    case 0x203A:
      return 0x9B;
    case 0x0153:
      return 0x9C;
    case 0x017E:
      return 0x9E;
    case 0x0178:
      return 0x9F;
    default:
      return -1;
  }
}

bool IsAsciiAlnum(char32_t c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

struct Decoded {
  char32_t code_point = 0;
  int length = 0;  // 0 at the end of the text
};

Decoded DecodeAt(const uint8_t* p, const uint8_t* end) {
  Decoded d;
  if (p >= end) return d;
  d.length = DecodeUtf8(p, end, &d.code_point);
  return d;  // the caller's text is valid UTF-8, so length > 0
}

// At `p`, a lead character of mojibake: the length in bytes of the whole mojibake run and the UTF-8 bytes it
// stands for (in *bytes, *byte_count), or 0.
int MatchSequence(const uint8_t* p, const uint8_t* end, uint8_t* bytes, int* byte_count) {
  const Decoded lead = DecodeAt(p, end);
  if (lead.code_point < 0xC2 || lead.code_point > 0xF4) return 0;
  const int continuations = lead.code_point <= 0xDF ? 1 : lead.code_point <= 0xEF ? 2 : 3;
  bytes[0] = static_cast<uint8_t>(lead.code_point);
  const uint8_t* q = p + lead.length;
  for (int k = 1; k <= continuations; ++k) {
    const Decoded next = DecodeAt(q, end);
    if (next.length == 0) return 0;
    int byte = Cp1252Byte(next.code_point);
    // "â€" + U+FFFD: the third byte was 0x9D, which Windows-1252 cannot decode (U+201D, right double quote).
    if (next.code_point == kReplacementCharacter && k == 2 && bytes[0] == 0xE2 && bytes[1] == 0x80)
      byte = 0x9D;
    if (byte < 0x80 || byte > 0xBF) return 0;
    bytes[k] = static_cast<uint8_t>(byte);
    q += next.length;
  }
  char32_t decoded = 0;
  if (DecodeUtf8(bytes, bytes + continuations + 1, &decoded) != continuations + 1) return 0;
  *byte_count = continuations + 1;
  return static_cast<int>(q - p);
}

}  // namespace

bool RepairMojibake(std::string_view text, std::string* out) {
  // Every lead character U+00C2..U+00F4 is encoded with the byte 0xC3 (U+00C2 "Â" is C3 82).
  if (text.find('\xC3') == std::string_view::npos) return false;
  const auto* begin = reinterpret_cast<const uint8_t*>(text.data());
  const uint8_t* end = begin + text.size();
  std::string repaired;
  bool changed = false;
  const uint8_t* copied_to = begin;  // bytes before this are in `repaired`
  const uint8_t* p = begin;
  while (p < end) {
    if (*p != 0xC3) {
      ++p;
      continue;
    }
    uint8_t bytes[4];
    int byte_count = 0;
    int run = MatchSequence(p, end, bytes, &byte_count);
    std::string_view replacement;
    if (run > 0) {
      replacement = std::string_view(reinterpret_cast<const char*>(bytes), static_cast<size_t>(byte_count));
    } else if (p + 1 < end && p[1] == 0x82) {  // "Â"
      const Decoded next = DecodeAt(p + 2, end);
      if (next.length == 0 || (next.code_point < 0x80 && !IsAsciiAlnum(next.code_point))) {
        run = 2;
        replacement = " ";
      }
    }
    if (run == 0) {
      p += 2;  // 0xC3 always leads a two-byte character
      continue;
    }
    if (!changed) repaired.reserve(text.size());
    changed = true;
    repaired.append(reinterpret_cast<const char*>(copied_to), static_cast<size_t>(p - copied_to));
    repaired.append(replacement);
    p += run;
    copied_to = p;
  }
  if (!changed) return false;
  repaired.append(reinterpret_cast<const char*>(copied_to), static_cast<size_t>(end - copied_to));
  *out = std::move(repaired);
  return true;
}

}  // namespace dyad::text_internal
