// NormalizeText: mojibake repair, typographic clean-up, then ICU NFC.
//
// The clean-up runs first, on UTF-8, so that ICU sees the final character sequence: U+2000 and U+2001 have
// canonical (singleton) decompositions, and dropping a soft hyphen can bring a base letter next to its
// combining mark. Pure ASCII without CR cannot change and is returned without touching ICU.
#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/stringpiece.h>

#include <cstdint>
#include <cstring>
#include <limits>
#include <string>
#include <string_view>

#include "dyad/text.h"
#include "text/mojibake.h"
#include "text/utf8_internal.h"

namespace dyad {
namespace {

enum class Mapping { kKeep, kSpace, kDrop, kLineBreak, kParagraphBreak };

Mapping MapCodePoint(char32_t c) {
  switch (c) {
    case 0x00A0:  // no-break space
    case 0x1680:  // ogham space mark
    case 0x202F:  // narrow no-break space
    case 0x205F:  // medium mathematical space
    case 0x3000:  // ideographic space
      return Mapping::kSpace;
    case 0x00AD:  // soft hyphen
    case 0x200B:  // zero width space
    case 0x200C:  // zero width non-joiner
    case 0x200D:  // zero width joiner
    case 0x2060:  // word joiner
    case 0xFEFF:  // byte order mark / zero width no-break space
      return Mapping::kDrop;
    case 0x0085:  // next line
    case 0x2028:  // line separator
      return Mapping::kLineBreak;
    case 0x2029:  // paragraph separator: the sentence splitter ends sentences at "\n\n"
      return Mapping::kParagraphBreak;
    default:
      break;
  }
  if (c >= 0x2000 && c <= 0x200A) return Mapping::kSpace;  // en quad .. hair space
  return Mapping::kKeep;
}

// Eight bytes at a time (most documents are ASCII and pass whole): a word passes when no byte has its high
// bit set and none equals '\r' (no zero byte in word ^ "\r\r\r\r\r\r\r\r", by the exact has-zero-byte test).
bool IsAsciiWithoutCarriageReturn(std::string_view text) {
  constexpr uint64_t kOnes = 0x0101010101010101ull;
  constexpr uint64_t kHighBits = 0x8080808080808080ull;
  constexpr uint64_t kCarriageReturns = kOnes * '\r';
  const char* p = text.data();
  size_t n = text.size();
  for (; n >= 8; p += 8, n -= 8) {
    uint64_t word;
    std::memcpy(&word, p, sizeof word);
    if (word & kHighBits) return false;
    const uint64_t x = word ^ kCarriageReturns;
    if ((x - kOnes) & ~x & kHighBits) return false;
  }
  for (; n > 0; ++p, --n) {
    const auto byte = static_cast<unsigned char>(*p);
    if (byte >= 0x80 || byte == '\r') return false;
  }
  return true;
}

// Applies MapCodePoint and CRLF/CR -> LF to valid UTF-8. Sets *has_non_ascii when non-ASCII text remains.
std::string CleanUp(std::string_view text, bool* has_non_ascii) {
  std::string out;
  out.reserve(text.size());
  *has_non_ascii = false;
  const auto* begin = reinterpret_cast<const uint8_t*>(text.data());
  const uint8_t* end = begin + text.size();
  const uint8_t* p = begin;
  while (p < end) {
    if (*p < 0x80) {
      if (*p == '\r') {
        out.push_back('\n');
        if (p + 1 < end && p[1] == '\n') ++p;
      } else {
        out.push_back(static_cast<char>(*p));
      }
      ++p;
      continue;
    }
    char32_t code_point = 0;
    const int length = text_internal::DecodeUtf8(p, end, &code_point);
    // The caller validated the input, so length > 0.
    switch (MapCodePoint(code_point)) {
      case Mapping::kKeep:
        out.append(reinterpret_cast<const char*>(p), static_cast<size_t>(length));
        *has_non_ascii = true;
        break;
      case Mapping::kSpace:
        out.push_back(' ');
        break;
      case Mapping::kDrop:
        break;
      case Mapping::kLineBreak:
        out.push_back('\n');
        break;
      case Mapping::kParagraphBreak:
        out.append("\n\n");
        break;
    }
    p += length;
  }
  return out;
}

}  // namespace

Result<std::string> NormalizeText(std::string_view utf8) {
  const size_t invalid_at = text_internal::FindInvalidUtf8(utf8);
  if (invalid_at != std::string_view::npos) {
    return Status::InvalidArgument("NormalizeText: invalid UTF-8 at byte offset " +
                                   std::to_string(invalid_at));
  }
  if (IsAsciiWithoutCarriageReturn(utf8)) return std::string(utf8);

  // Mojibake first, so that the characters it stands for get the clean-up (a repaired no-break space becomes
  // ' '); a second pass undoes text that was double-encoded.
  std::string repaired;
  for (int pass = 0; pass < 2; ++pass) {
    std::string again;
    if (!text_internal::RepairMojibake(utf8, &again)) break;
    repaired = std::move(again);
    utf8 = repaired;
  }

  bool has_non_ascii = false;
  std::string cleaned = CleanUp(utf8, &has_non_ascii);
  if (!has_non_ascii) return cleaned;
  if (cleaned.size() > static_cast<size_t>(std::numeric_limits<int32_t>::max())) {
    return Status::Unsupported("NormalizeText: text of " + std::to_string(cleaned.size()) +
                               " bytes exceeds ICU's 2 GiB limit; split it first");
  }

  UErrorCode error = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(error);
  if (U_FAILURE(error)) return Status::Internal(std::string("ICU NFC unavailable: ") + u_errorName(error));
  const icu::StringPiece piece(cleaned.data(), static_cast<int32_t>(cleaned.size()));
  if (nfc->isNormalizedUTF8(piece, error) && U_SUCCESS(error)) return cleaned;
  error = U_ZERO_ERROR;
  std::string normalized;
  normalized.reserve(cleaned.size());
  icu::StringByteSink<std::string> sink(&normalized);
  nfc->normalizeUTF8(0, piece, sink, nullptr, error);
  if (U_FAILURE(error))
    return Status::Internal(std::string("ICU NFC normalisation failed: ") + u_errorName(error));
  return normalized;
}

}  // namespace dyad
