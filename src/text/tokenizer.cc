// Tokenize: one pass over the text, classifying code points (ASCII by table, the rest through ICU properties)
// and appending Tokens that are byte ranges. Nothing is allocated except the growth of the caller's vector.
//
// Token rules (see include/dyad/text.h):
// - A word starts with a letter and continues over letters, combining marks and digits ("G20"). An apostrophe
//   (' or ’), hyphen (-, U+2010, U+2011) or format character (ZWJ/ZWNJ) stays inside when a letter (for
//   hyphens also a digit: "COVID-19") follows. A period stays inside when a letter follows ("U.S",
//   "Kazinform.kz"); a period that ends the word stays only when the word's last segment is a single letter
//   and the word is one letter long or already contains a period: "U.S.", "J.", "a.m.", "Ph.D." — never
//   "Smith." or "Mr.".
// - The possessive "'s" / "’s" (followed by no further letter or digit) is its own kWord token, so
// "Tokayev's"
//   gives "Tokayev" and "'s". "it's" splits the same way; "don't" and "O'Brien" stay whole.
// - A number starts with a digit and continues over digits and letters ("1990s", "21st"); '.', ',', ':', '/'
// and
//   '-' stay inside between two digits ("1,200", "3.5", "2019-07-02", "10:30").
// - Anything else that is not white space or a control character is a one-code-point kPunctuation token
//   ("—", "“"); an ill-formed UTF-8 sequence is one kPunctuation token covering its maximal subpart.
// Offsets are uint32_t: only the first 4 GiB of a larger text are tokenized.
#include <unicode/uchar.h>

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <limits>
#include <string_view>
#include <vector>

#include "dyad/text.h"
#include "text/utf8_internal.h"

namespace dyad {
namespace {

enum class CharClass : uint8_t {
  kSpace,            // white space and control characters: separate tokens, never part of one
  kLetter,           // case flags come from Unit::upper
  kMark,             // combining mark: continues a word, punctuation on its own
  kDigit,            // decimal digit of any script
  kApostrophe,       // ' and U+2019
  kHyphen,           // '-', U+2010, U+2011
  kPeriod,           // '.'
  kNumberSeparator,  // ',', ':', '/': inside numbers only
  kFormat,           // Cf such as ZWNJ: continues a word before a letter, otherwise ignored
  kOther,            // punctuation, symbols, ill-formed bytes
};

struct Unit {
  uint32_t length = 0;
  CharClass cls = CharClass::kOther;
  bool upper = false;  // letter that is upper or title case
};

struct AsciiTable {
  CharClass cls[128];
  constexpr AsciiTable() : cls() {
    for (int c = 0; c < 128; ++c) {
      CharClass k = CharClass::kOther;
      if (c <= 0x20 || c == 0x7F) k = CharClass::kSpace;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) k = CharClass::kLetter;
      if (c >= '0' && c <= '9') k = CharClass::kDigit;
      if (c == '\'') k = CharClass::kApostrophe;
      if (c == '-') k = CharClass::kHyphen;
      if (c == '.') k = CharClass::kPeriod;
      if (c == ',' || c == ':' || c == '/') k = CharClass::kNumberSeparator;
      cls[c] = k;
    }
  }
};
constexpr AsciiTable kAscii;

CharClass ClassifyNonAscii(char32_t c, bool* upper) {
  if (c == 0x2019) return CharClass::kApostrophe;
  if (c == 0x2010 || c == 0x2011) return CharClass::kHyphen;
  const UChar32 code_point = static_cast<UChar32>(c);
  if (u_isalpha(code_point)) {
    *upper = u_isupper(code_point) || u_istitle(code_point);
    return CharClass::kLetter;
  }
  const uint32_t category_mask = static_cast<uint32_t>(U_GET_GC_MASK(code_point));
  if (category_mask & U_GC_M_MASK) return CharClass::kMark;
  if (category_mask & U_GC_ND_MASK) return CharClass::kDigit;
  if (category_mask & U_GC_CF_MASK) return CharClass::kFormat;
  if (category_mask & (U_GC_Z_MASK | U_GC_CC_MASK) || u_isUWhiteSpace(code_point)) return CharClass::kSpace;
  return CharClass::kOther;
}

inline bool IsAsciiLetter(uint8_t c) { return static_cast<uint8_t>((c | 0x20) - 'a') < 26; }
inline bool IsAsciiUpper(uint8_t c) { return static_cast<uint8_t>(c - 'A') < 26; }

// Reads the unit at `p` (p < end).
inline Unit ReadUnit(const uint8_t* p, const uint8_t* end) {
  Unit unit;
  if (*p < 0x80) {
    unit.length = 1;
    unit.cls = kAscii.cls[*p];
    unit.upper = *p >= 'A' && *p <= 'Z';
    return unit;
  }
  char32_t code_point = 0;
  const int length = text_internal::DecodeUtf8(p, end, &code_point);
  if (length < 0) {
    unit.length = static_cast<uint32_t>(-length);
    unit.cls = CharClass::kOther;
    return unit;
  }
  unit.length = static_cast<uint32_t>(length);
  unit.cls = ClassifyNonAscii(code_point, &unit.upper);
  return unit;
}

class Tokenizer {
 public:
  Tokenizer(std::string_view text, std::vector<Token>* tokens)
      : begin_(reinterpret_cast<const uint8_t*>(text.data())),
        end_(begin_ + std::min<size_t>(text.size(), std::numeric_limits<uint32_t>::max())),
        tokens_(tokens),
        first_new_token_(tokens->size()) {}

  void Run() {
    const uint8_t* p = begin_;
    while (p < end_) {
      if (*p == ' ' || *p == '\n') {  // the common separators, before the general path
        ++p;
        continue;
      }
      const Unit unit = ReadUnit(p, end_);
      switch (unit.cls) {
        case CharClass::kSpace:
        case CharClass::kFormat:
          p += unit.length;
          break;
        case CharClass::kLetter:
          p = ScanWord(p);
          break;
        case CharClass::kDigit:
          p = ScanNumber(p);
          break;
        case CharClass::kApostrophe:
          if (PossessiveAt(p, unit.length) && PreviousTokenEndsAt(p)) {
            Emit(p, p + unit.length + 1, TokenKind::kWord, false, false);
            p += unit.length + 1;
            break;
          }
          [[fallthrough]];
        default:
          Emit(p, p + unit.length, TokenKind::kPunctuation, false, false);
          p += unit.length;
          break;
      }
    }
  }

 private:
  bool IsWordChar(const uint8_t* p) const {
    if (p >= end_) return false;
    const CharClass cls = ReadUnit(p, end_).cls;
    return cls == CharClass::kLetter || cls == CharClass::kMark || cls == CharClass::kDigit;
  }
  bool IsLetterAt(const uint8_t* p) const { return p < end_ && ReadUnit(p, end_).cls == CharClass::kLetter; }
  bool IsDigitAt(const uint8_t* p) const { return p < end_ && ReadUnit(p, end_).cls == CharClass::kDigit; }

  // An apostrophe of `length` bytes at `p` followed by 's' or 'S' and then no letter, mark or digit.
  bool PossessiveAt(const uint8_t* p, uint32_t length) const {
    const uint8_t* s = p + length;
    return s < end_ && (*s == 's' || *s == 'S') && !IsWordChar(s + 1);
  }
  bool PreviousTokenEndsAt(const uint8_t* p) const {
    if (tokens_->size() <= first_new_token_) return false;  // tokens of an earlier text do not count
    const Token& previous = tokens_->back();
    return previous.end == static_cast<uint32_t>(p - begin_) && previous.kind != TokenKind::kPunctuation;
  }

  // Returns the end of the run of ASCII letters starting at `p`; sets *lower when one of them is lower case.
  // Eight bytes at a time where eight remain (little-endian): per byte b of the word, with its high bit
  // cleared so that no sum carries into the next byte, b + (0x80 - lo) has its high bit set exactly when
  // b >= lo, which gives exact range tests for 'a'..'z' (after | 0x20) and 'A'..'Z'; bytes that had the high
  // bit (UTF-8) are no letters here.
  const uint8_t* ScanAsciiLetters(const uint8_t* p, bool* lower) const {
    if constexpr (std::endian::native == std::endian::little) {
      constexpr uint64_t kOnes = 0x0101010101010101ull;
      constexpr uint64_t kHigh = kOnes * 0x80;
      while (end_ - p >= 8) {
        uint64_t word;
        std::memcpy(&word, p, sizeof word);
        const uint64_t low7 = word & ~kHigh;
        const uint64_t folded = low7 | (kOnes * 0x20);
        const uint64_t letter =
            (folded + kOnes * (0x80 - 'a')) & ~(folded + kOnes * (0x80 - 'z' - 1)) & ~word & kHigh;
        const uint64_t upper_case =
            (low7 + kOnes * (0x80 - 'A')) & ~(low7 + kOnes * (0x80 - 'Z' - 1)) & kHigh;
        const uint64_t not_letter = ~letter & kHigh;
        if (not_letter == 0) {
          *lower = *lower || (letter & ~upper_case) != 0;
          p += 8;
          continue;
        }
        const int letters = std::countr_zero(not_letter) / 8;  // the letters before the first non-letter
        const uint64_t prefix = (uint64_t{1} << (8 * letters)) - 1;
        *lower = *lower || (letter & ~upper_case & prefix) != 0;
        return p + letters;
      }
    }
    while (p < end_ && IsAsciiLetter(*p)) {
      *lower = *lower || !IsAsciiUpper(*p);
      ++p;
    }
    return p;
  }

  const uint8_t* ScanWord(const uint8_t* start) {
    const uint8_t* p = start;
    uint32_t letters = 0;
    bool lower_letter = false;  // a letter that is not upper case: the word is not all capitals
    bool first_letter_upper = false;
    bool has_inner_period = false;
    uint32_t segment_units = 0;          // code points since the start or the last period
    bool segment_is_one_letter = false;  // the segment so far is exactly one letter
    while (p < end_) {
      if (IsAsciiLetter(*p)) {
        // Fast path for a run of ASCII letters, the bulk of every word: the same updates as the kLetter case
        // below applied to each letter in turn (after n letters the segment is one letter exactly when it was
        // empty and n == 1).
        const uint8_t* const run = p;
        if (letters == 0) first_letter_upper = IsAsciiUpper(*p);
        p = ScanAsciiLetters(p, &lower_letter);
        const uint32_t n = static_cast<uint32_t>(p - run);
        letters += n;
        segment_is_one_letter = segment_units == 0 && n == 1;
        segment_units += n;
        continue;
      }
      const Unit unit = ReadUnit(p, end_);
      const uint8_t* next = p + unit.length;
      switch (unit.cls) {
        case CharClass::kLetter:
          if (letters == 0) first_letter_upper = unit.upper;
          ++letters;
          lower_letter = lower_letter || !unit.upper;
          segment_is_one_letter = segment_units == 0;
          ++segment_units;
          p = next;
          continue;
        case CharClass::kMark:
        case CharClass::kDigit:
          segment_is_one_letter = false;
          ++segment_units;
          p = next;
          continue;
        case CharClass::kApostrophe:
          if (IsLetterAt(next) && !PossessiveAt(p, unit.length)) {
            segment_is_one_letter = false;
            ++segment_units;
            p = next;
            continue;
          }
          break;
        case CharClass::kHyphen:
          if (IsLetterAt(next) || IsDigitAt(next)) {
            segment_is_one_letter = false;
            ++segment_units;
            p = next;
            continue;
          }
          break;
        case CharClass::kFormat:
          if (IsLetterAt(next)) {
            p = next;
            continue;
          }
          break;
        case CharClass::kPeriod:
          if (IsLetterAt(next)) {
            has_inner_period = true;
            segment_units = 0;
            segment_is_one_letter = false;
            p = next;
            continue;
          }
          if (segment_is_one_letter && segment_units == 1 && (has_inner_period || letters == 1)) {
            p = next;  // "U.S." keeps its period; "U.S.-backed" goes on over the hyphen
            if (p < end_ && ReadUnit(p, end_).cls == CharClass::kHyphen &&
                IsLetterAt(p + ReadUnit(p, end_).length)) {
              has_inner_period = true;
              segment_units = 0;
              segment_is_one_letter = false;
              continue;
            }
          }
          break;
        default:
          break;
      }
      break;
    }
    Emit(start, p, TokenKind::kWord, first_letter_upper, letters >= 2 && !lower_letter);
    return p;
  }

  const uint8_t* ScanNumber(const uint8_t* start) {
    const uint8_t* p = start;
    bool previous_was_digit = false;
    while (p < end_) {
      const Unit unit = ReadUnit(p, end_);
      const uint8_t* next = p + unit.length;
      if (unit.cls == CharClass::kDigit || unit.cls == CharClass::kLetter || unit.cls == CharClass::kMark) {
        previous_was_digit = unit.cls == CharClass::kDigit;
        p = next;
        continue;
      }
      const bool separator = unit.cls == CharClass::kPeriod || unit.cls == CharClass::kNumberSeparator ||
                             (unit.cls == CharClass::kHyphen && unit.length == 1);
      if (separator && previous_was_digit && IsDigitAt(next)) {
        previous_was_digit = false;
        p = next;
        continue;
      }
      break;
    }
    Emit(start, p, TokenKind::kNumber, false, false);
    return p;
  }

  void Emit(const uint8_t* start, const uint8_t* stop, TokenKind kind, bool capitalized, bool all_caps) {
    Token token;
    token.start = static_cast<uint32_t>(start - begin_);
    token.end = static_cast<uint32_t>(stop - begin_);
    token.kind = kind;
    token.capitalized = capitalized;
    token.all_caps = all_caps;
    tokens_->push_back(token);
  }

  const uint8_t* begin_;
  const uint8_t* end_;
  std::vector<Token>* tokens_;
  size_t first_new_token_;
};

}  // namespace

void Tokenize(std::string_view text, std::vector<Token>* tokens) { Tokenizer(text, tokens).Run(); }

}  // namespace dyad
