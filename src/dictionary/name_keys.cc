// Loose name keys (name_keys.h). ASCII text, by far the most common, never reaches ICU; Latin text with
// diacritics is folded by NFD; other scripts go through one transliterator per thread (ICU transliterators
// are not safe for concurrent use, and creating one costs 15-40 ms, paid only when such text appears).
#include "dictionary/name_keys.h"

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf16.h>

#include <algorithm>
#include <cstring>
#include <memory>

namespace dyad {
namespace {

// "Any-Latin; Latin-ASCII", created once and cloned per thread. Null when ICU cannot build it (then
// non-ASCII letters are dropped, which only makes keys looser for such names).
icu::Transliterator* ThreadTransliterator() {
  static const std::unique_ptr<icu::Transliterator> prototype = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(
        icu::Transliterator::createInstance("Any-Latin; Latin-ASCII", UTRANS_FORWARD, status));
    return U_SUCCESS(status) ? std::move(t) : nullptr;
  }();
  thread_local std::unique_ptr<icu::Transliterator> mine(prototype ? prototype->clone() : nullptr);
  return mine.get();
}

// Latin text with diacritics ("Erdoğan", "Łukasz") without a transliterator, whose creation costs 15-40 ms:
// NFD, combining marks dropped, the few letters that do not decompose by table, apostrophe-like marks as "'",
// other symbols as spaces. False when a letter of another script remains (then ICU transliterates).
bool FoldLatin(std::string_view name, std::string* out) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) return false;
  const icu::UnicodeString d =
      nfd->normalize(icu::UnicodeString::fromUTF8(icu::StringPiece(name.data(), name.size())), status);
  if (U_FAILURE(status)) return false;
  out->clear();
  for (int32_t i = 0; i < d.length();) {
    const UChar32 c = d.char32At(i);
    i += U16_LENGTH(c);
    if (c < 0x80) {
      out->push_back(static_cast<char>(c));
      continue;
    }
    if (u_getCombiningClass(c) != 0 || u_charType(c) == U_NON_SPACING_MARK) continue;
    const char* mapped = nullptr;
    switch (u_tolower(c)) {
      case 0xF8:
        mapped = "o";
        break;  // ø
      case 0x142:
        mapped = "l";
        break;  // ł
      case 0xDF:
        mapped = "ss";
        break;  // ß
      case 0x111:
        mapped = "d";
        break;  // đ
      case 0xF0:
        mapped = "d";
        break;  // ð
      case 0xE6:
        mapped = "ae";
        break;  // æ
      case 0x153:
        mapped = "oe";
        break;  // œ
      case 0xFE:
        mapped = "th";
        break;  // þ
      case 0x131:
        mapped = "i";
        break;  // dotless ı
      case 0x127:
        mapped = "h";
        break;  // ħ
      case 0x2019:
      case 0x2018:
      case 0x2BC:
      case 0x2B9:
        mapped = "'";
        break;  // apostrophes, soft sign
      default:
        break;
    }
    if (mapped != nullptr) {
      out->append(mapped);
    } else if (u_isalpha(c)) {
      return false;
    } else {
      out->push_back(' ');
    }
  }
  return true;
}

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// Applies the per-word folds of name_keys.h to the `n` letters at `w` (lower-case ASCII letters and digits)
// in place and returns the folded length (never longer). A `single_word` name keeps what English spells apart
// (name_keys.h): doubled letters other than "ii", a word's final "sh" and its initial glide.
size_t FoldWord(char* w, size_t n, bool single_word) {
  // Digraphs and single letters; every fold keeps or shortens the word, so it is rewritten in place. All the
  // digraphs end in 'h', so only a following 'h' sends a letter to the digraph tests (a word-by-word lookup
  // of the coder's last resort runs through here).
  size_t out = 0;
  bool last_was_j = false;  // the letter last written was a "j" (one-word names keep "ij", "ji": "Beijing")
  for (size_t i = 0; i < n;) {
    char c = w[i];
    const bool is_j = c == 'j';
    size_t used = 1;
    if (i + 1 < n && w[i + 1] == 'h') {
      if (c == 's' && single_word && i + 2 == n) {
        // "Irish", "Welsh", "Parish": a final "sh" stays, so that "Iris" and "Wells" are not these.
      } else if (c == 's') {
        used = (i + 3 < n && w[i + 2] == 'c' && w[i + 3] == 'h') ? 4 : 2;  // "shch" or "sh" -> "s"
      } else if (c == 'c' || c == 'z') {
        used = 2;  // "ch" -> "c", "zh" -> "z"
      } else if (c == 'k') {
        c = 'h', used = 2;  // "kh" -> "h"
      }
    }
    if (c == 'q') c = 'k';
    if (c == 'j' || c == 'y') c = 'i';
    // Doubled letters (after the folds above) become one; digits stay: "G77" is not "G7". In a one-word name
    // only an "ii" of "i" and "y", or a final one with "j" ("Zelenskyy", "Zelenskiy", ICU's "Zelenskij"):
    // "Scott" is not "Scot", "Moody" not "Modi", "Being" not "Beijing".
    const bool collapse = !single_word || (c == 'i' && ((!is_j && !last_was_j) || i + used == n));
    if (out == 0 || w[out - 1] != c || !collapse || (c >= '0' && c <= '9')) {
      w[out++] = c;
      last_was_j = is_j;
    }
    i += used;
  }
  n = out;
  // An "i" between vowels, or starting the word before a vowel, is a glide that romanisations disagree on.
  out = 0;
  for (size_t i = 0; i < n; ++i) {
    const bool glide = w[i] == 'i' && i + 1 < n && IsVowel(w[i + 1]) && w[i + 1] != 'i' &&
                       ((i == 0 && !single_word) || (i > 0 && IsVowel(w[i - 1]) && w[i - 1] != 'i'));
    if (!glide) w[out++] = w[i];
  }
  n = out;
  // A final "iev" / "ieva" is "ev" / "eva".
  const std::string_view v(w, n);
  if (n > 3 && v.ends_with("iev")) {
    w[n - 3] = 'e', w[n - 2] = 'v';
    --n;
  } else if (n > 4 && v.ends_with("ieva")) {
    w[n - 4] = 'e', w[n - 3] = 'v', w[n - 2] = 'a';
    --n;
  }
  return n;
}

// Writes the words of `name` after steps 1 and 2 of name_keys.h to `out`, lower case and unfolded, joined by
// one space, and returns how many there are.
size_t NameWords(std::string_view name, std::string* out) {
  bool ascii = true;
  for (unsigned char c : name) ascii &= c < 0x80;
  // Per-thread buffer: a caller may look a key up for many names (the coder's last resort), so the ASCII path
  // allocates nothing once the buffers have grown.
  thread_local std::string latin;
  if (!ascii && FoldLatin(name, &latin)) {
    name = latin;
  } else if (!ascii) {
    if (icu::Transliterator* t = ThreadTransliterator()) {
      icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(name.data(), name.size()));
      t->transliterate(u);
      latin.clear();  // FoldLatin may have left a partial result
      u.toUTF8String(latin);
      name = latin;
    }
  }
  // Lower-case letters and digits; apostrophes join, anything else separates. The words and the spaces
  // between them are never longer than the name.
  out->resize(name.size());
  char* const begin = out->data();
  char* p = begin;
  size_t words = 0;
  bool in_word = false;
  for (char ch : name) {
    const unsigned char c = static_cast<unsigned char>(ch);
    const bool letter = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
    if (letter) {
      if (!in_word) {
        if (words > 0) *p++ = ' ';
        ++words;
        in_word = true;
      }
      *p++ = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    } else if (c != '\'') {
      in_word = false;
    }
  }
  out->resize(static_cast<size_t>(p - begin));
  return words;
}

// Folds each word of `key` (NameWords' form) in place.
void FoldWords(bool single_word, std::string* key) {
  char* const begin = key->data();
  const size_t n = key->size();
  size_t write = 0;
  for (size_t read = 0; read < n;) {
    size_t end = read;
    while (end < n && begin[end] != ' ') ++end;
    if (write > 0) begin[write++] = ' ';
    if (write != read) std::memmove(begin + write, begin + read, end - read);
    write += FoldWord(begin + write, end - read, single_word);
    read = end + 1;
  }
  key->resize(write);
}

}  // namespace

bool LooseNameKey(std::string_view name, std::string* out) {
  const size_t count = NameWords(name, out);
  FoldWords(count == 1, out);
  return !out->empty();
}

bool LooseWordKey(std::string_view word, std::string* out) {
  NameWords(word, out);
  out->resize(std::min(out->size(), out->find(' ')));
  FoldWords(/*single_word=*/false, out);
  return !out->empty();
}

}  // namespace dyad
