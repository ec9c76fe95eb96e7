// UTF-8 validation and repair. Both walk the input once; runs of ASCII are skipped 8 bytes at a time and runs
// of valid bytes are copied in one append, so the cost is linear and dominated by memcpy on clean text.
#include <string>
#include <string_view>

#include "dyad/text.h"
#include "text/utf8_internal.h"

namespace dyad {

namespace text_internal {

size_t FindInvalidUtf8(std::string_view text) {
  const auto* begin = reinterpret_cast<const uint8_t*>(text.data());
  const uint8_t* end = begin + text.size();
  const uint8_t* p = begin;
  while (p < end) {
    p += AsciiRunLength(p, end);
    if (p >= end) break;
    if (*p == 0) {  // NUL is valid UTF-8; only RepairUtf8 treats it as damage
      ++p;
      continue;
    }
    char32_t code_point;
    const int length = DecodeUtf8(p, end, &code_point);
    if (length < 0) return static_cast<size_t>(p - begin);
    p += length;
  }
  return std::string_view::npos;
}

}  // namespace text_internal

// `out` is cleared first; each maximal ill-formed subpart and each NUL byte becomes one U+FFFD.
uint64_t RepairUtf8(std::string_view bytes, std::string* out) {
  using text_internal::AsciiRunLength;
  using text_internal::DecodeUtf8;
  out->clear();
  out->reserve(bytes.size());
  const auto* p = reinterpret_cast<const uint8_t*>(bytes.data());
  const uint8_t* end = p + bytes.size();
  const uint8_t* pending_valid = p;  // start of the valid bytes not yet copied to `out`
  uint64_t replacements = 0;
  while (p < end) {
    p += AsciiRunLength(p, end);
    if (p >= end) break;
    int length = -1;  // a NUL byte is replaced like an ill-formed one-byte sequence
    if (*p != 0) {
      char32_t code_point;
      length = DecodeUtf8(p, end, &code_point);
    }
    if (length > 0) {
      p += length;
      continue;
    }
    out->append(reinterpret_cast<const char*>(pending_valid), static_cast<size_t>(p - pending_valid));
    out->append(text_internal::kReplacementUtf8);
    ++replacements;
    p += -length;
    pending_valid = p;
  }
  out->append(reinterpret_cast<const char*>(pending_valid), static_cast<size_t>(end - pending_valid));
  return replacements;
}

}  // namespace dyad
