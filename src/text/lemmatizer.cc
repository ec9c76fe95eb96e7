// FoldCase and Lemmatize.
//
// The lemmatiser has no part-of-speech information. Its job is consistency: the coder compares
// Lemmatize(pattern word) with Lemmatize(token), so every inflected form of a verb must reach the same
// string, and words that only look inflected ("news", "during") must be left alone. Order of decisions:
//   1. the irregular table (held -> hold, men -> man, was -> be), then the list of uninflected look-alikes;
//   2. one suffix rule: -men -> -man, -ies/-ied -> -y, -ing, -ed (with consonant un-doubling and restoring a
//      silent 'e', below), -es/-s;
//   3. British -ise/-yse spellings become -ize/-yze ("criticised" and "criticized" both give "criticize").
// Only words of lower-case ASCII letters (with optional hyphens; the part after the last hyphen is
// lemmatised) go through the rules; anything else comes back unchanged.
//
// Restoring 'e' after removing -ed/-ing ("hoping" -> "hope" but "stopping" -> "stop", "visiting" -> "visit"):
//   - a doubled final consonant b d g m n p r t is un-doubled ("stopp" -> "stop"), 'l' only for listed stems
//     ("expell" -> "expel"), others stay ("kill", "pass", "buzz");
//   - a final 'u' ("continu"), 'v', 'c', 'z', single 's' ("accus"), and endings that English base forms do
//   not
//     have ("judg", "urg", "engag", "handl", "negotiat", "execut", "decid", "invad", "describ", "mak",
//     "assum", "combin", "escap", "requir", "ensur", "declar") take 'e';
//   - otherwise a one-syllable stem ending consonant-vowel-consonant (not w, x, y) takes 'e' ("hop", "vot",
//     "stor"), because a one-syllable verb that ends so doubles its consonant ("stopping");
//   - lemma_tables.cc lists the remaining stems that take 'e' ("unit", "postpon", "interven").
#include <unicode/bytestream.h>
#include <unicode/casemap.h>
#include <unicode/stringpiece.h>

#include <string>
#include <string_view>

#include "dyad/text.h"
#include "text/lemma_tables.h"

namespace dyad {
namespace {

using text_internal::DropsDoubledL;
using text_internal::KeepsDoubledConsonant;
using text_internal::KeepsFinalS;
using text_internal::TakesFinalE;

bool IsVowelLetter(char ch) { return ch == 'a' || ch == 'e' || ch == 'i' || ch == 'o' || ch == 'u'; }
bool IsLowerAsciiLetter(char ch) { return ch >= 'a' && ch <= 'z'; }
bool IsConsonantLetter(char ch) { return IsLowerAsciiLetter(ch) && !IsVowelLetter(ch); }
// Inline byte comparison: the suffixes are a few literal bytes, and Lemmatize asks up to a dozen of them per
// word (a memcmp call each cost more than the comparison).
inline bool EndsWith(std::string_view word, std::string_view suffix) {
  if (word.size() < suffix.size()) return false;
  const char* tail = word.data() + (word.size() - suffix.size());
  for (size_t k = 0; k < suffix.size(); ++k)
    if (tail[k] != suffix[k]) return false;
  return true;
}

// Vowel in the Porter sense: a e i o u, 'y' after a consonant, but not the 'u' of "qu".
bool IsVowelAt(std::string_view word, size_t k) {
  const char ch = word[k];
  if (ch == 'u' && k > 0 && word[k - 1] == 'q') return false;
  if (IsVowelLetter(ch)) return true;
  return ch == 'y' && k > 0 && !IsVowelAt(word, k - 1);
}

bool HasVowel(std::string_view word) {
  for (size_t k = 0; k < word.size(); ++k) {
    if (IsVowelAt(word, k)) return true;
  }
  return false;
}

// Porter's measure: the number of vowel-group/consonant-group pairs ("hop" 1, "visit" 2).
int Measure(std::string_view word) {
  int measure = 0;
  bool in_vowels = false;
  for (size_t k = 0; k < word.size(); ++k) {
    const bool vowel = IsVowelAt(word, k);
    if (!vowel && in_vowels) ++measure;
    in_vowels = vowel;
  }
  return measure;
}

// Ends consonant-vowel-consonant, the last not w, x or y.
bool EndsConsonantVowelConsonant(std::string_view word) {
  const size_t n = word.size();
  if (n < 3) return false;
  const char last = word[n - 1];
  return !IsVowelAt(word, n - 3) && IsVowelAt(word, n - 2) && !IsVowelAt(word, n - 1) && last != 'w' &&
         last != 'x' && last != 'y';
}

// Endings after which an English base form has a silent 'e' (see the file comment).
bool EndingTakesFinalE(std::string_view stem) {
  const size_t n = stem.size();
  const char last = stem[n - 1];
  const char before = n >= 2 ? stem[n - 2] : '\0';
  const char third = n >= 3 ? stem[n - 3] : '\0';
  // The 'u' of "qu" counts as a consonant: "requir" -> "require".
  const bool third_is_consonant = n >= 3 && !IsVowelAt(stem, n - 3);
  switch (last) {
    case 'v':
    case 'c':
    case 'z':
      return true;
    case 's':
      return !KeepsFinalS(stem);
    case 'g':
      return before == 'd' || before == 'r' || IsVowelLetter(before);
    case 'l':
      return std::string_view("bcdfgkpstvz").find(before) != std::string_view::npos && before != '\0';
    case 't':
      if (before == 'a') return (third_is_consonant || third == 'i' || third == 'u') && stem != "combat";
      if (before == 'u') return third_is_consonant;
      return false;
    case 'd':
      if (!IsVowelLetter(before)) return false;
      return third_is_consonant || (third == 'u' && (before == 'a' || before == 'i'));
    case 'b':
      return before == 'i' || before == 'o';
    case 'k':
      return (before == 'a' || before == 'i' || before == 'o' || before == 'u') && third_is_consonant;
    case 'm':
      return (before == 'a' || before == 'u') && third_is_consonant;
    case 'n':
      return before == 'i' && third_is_consonant;
    case 'p':
      return before == 'a' && third_is_consonant;
    case 'r':
      return (before == 'i' || before == 'u' || before == 'a') && third_is_consonant;
    default:
      return false;
  }
}

// Appends the base form of a stem left by removing -ed or -ing.
void AppendRestoredStem(std::string_view stem, std::string* out) {
  const size_t n = stem.size();
  const char last = stem[n - 1];
  if (n >= 2 && last == stem[n - 2] && IsConsonantLetter(last)) {
    const bool undouble =
        !KeepsDoubledConsonant(stem) && (std::string_view("bdgmnprt").find(last) != std::string_view::npos ||
                                         (last == 'l' && DropsDoubledL(stem)));
    out->append(undouble ? stem.substr(0, n - 1) : stem);
    return;
  }
  bool add_e = false;
  if (TakesFinalE(stem)) {
    add_e = true;
  } else if (IsVowelLetter(last)) {
    add_e = last == 'u';  // "continu", "argu", "issu"; "agree", "ski", "veto" are complete
  } else if (last != 'w' && last != 'x' && last != 'y') {
    add_e = EndingTakesFinalE(stem) || (Measure(stem) == 1 && EndsConsonantVowelConsonant(stem)) ||
            (n == 2 && IsVowelLetter(stem[0]));  // "us" -> "use"
  }
  out->append(stem);
  if (add_e) out->push_back('e');
}

// Appends the lemma of a word of lower-case ASCII letters.
void AppendLemmaOfLetters(std::string_view word, std::string* out) {
  const std::string_view irregular = text_internal::LookUpIrregular(word);
  if (!irregular.empty()) {
    out->append(irregular);
    return;
  }
  const size_t n = word.size();
  if (n < 4 || text_internal::IsUninflectedWord(word)) {
    out->append(word);
    return;
  }
  if (EndsWith(word, "men") && n > 4) {  // policemen, women, spokesmen
    out->append(word.substr(0, n - 3));
    out->append("man");
  } else if ((EndsWith(word, "ies") || EndsWith(word, "ied")) && n >= 5) {
    out->append(word.substr(0, n - 3));
    out->push_back('y');
  } else if (EndsWith(word, "ing") && n >= 5 && HasVowel(word.substr(0, n - 3))) {
    AppendRestoredStem(word.substr(0, n - 3), out);
  } else if (EndsWith(word, "eed")) {
    out->append(word);  // need, proceed, speed (agreed, freed are irregular entries)
  } else if (EndsWith(word, "ed") && HasVowel(word.substr(0, n - 2))) {
    AppendRestoredStem(word.substr(0, n - 2), out);
  } else if (EndsWith(word, "s") && !EndsWith(word, "ss") && !EndsWith(word, "us") && !EndsWith(word, "is")) {
    const bool strip_es = EndsWith(word, "sses") || EndsWith(word, "zzes") || EndsWith(word, "xes") ||
                          EndsWith(word, "ches") || EndsWith(word, "shes") ||
                          (EndsWith(word, "oes") && n > 5);
    out->append(word.substr(0, n - (strip_es ? 2 : 1)));
  } else {
    out->append(word);
  }
}

// "criticise" -> "criticize", "analyse" -> "analyze": only after letters that British -ise verbs end in, so
// that "promise", "advertise", "exercise" and "surprise" stay.
void AmericanizeSpelling(std::string* lemma) {
  const size_t n = lemma->size();
  if (n >= 4 && EndsWith(*lemma, "lyse")) {
    (*lemma)[n - 2] = 'z';
    return;
  }
  if (n < 7 || !EndsWith(*lemma, "ise")) return;
  const char before = (*lemma)[n - 4];
  const char earlier = (*lemma)[n - 5];
  bool convert = false;
  switch (before) {
    case 'l':
    case 'n':
    case 'g':
      convert = true;
      break;
    case 'r':
    case 't':
    case 's':
      convert = IsVowelLetter(earlier);
      break;
    case 'm':
      convert = earlier == 'i';
      break;
    case 'c':
      convert = earlier == 'i' || earlier == 'a';
      break;
    case 'd':
      convert = earlier == 'r' || earlier == 'i';
      break;
    case 'h':
      convert = earlier == 't';
      break;
    default:
      break;
  }
  if (convert) (*lemma)[n - 2] = 'z';
}

bool IsAscii(std::string_view text) {
  for (const char ch : text) {
    if (static_cast<unsigned char>(ch) >= 0x80) return false;
  }
  return true;
}

}  // namespace

void FoldCase(std::string_view word, std::string* out) {
  out->clear();
  if (IsAscii(word)) {
    // Sized once and written in place: push_back per byte re-checked the capacity every time.
    out->resize(word.size());
    char* folded = out->data();
    for (size_t k = 0; k < word.size(); ++k) {
      const char ch = word[k];
      folded[k] = ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch;
    }
    return;
  }
  UErrorCode error = U_ZERO_ERROR;
  icu::StringByteSink<std::string> sink(out);
  icu::CaseMap::utf8Fold(0, icu::StringPiece(word.data(), static_cast<int32_t>(word.size())), sink, nullptr,
                         error);
  if (U_FAILURE(error)) out->assign(word);  // keep the word rather than lose it
  // Matching ignores the difference between ’ and ' (docs/dictionaries.md): fold the typographic apostrophe.
  // Compacted in place (std::string::replace here trips GCC 12's -Wrestrict false positive at -O3).
  if (out->find("\xE2\x80\x99") == std::string::npos) return;
  std::string& folded = *out;
  size_t write = 0;
  for (size_t read = 0; read < folded.size();) {
    if (folded.compare(read, 3, "\xE2\x80\x99") == 0) {
      folded[write++] = '\'';
      read += 3;
    } else {
      folded[write++] = folded[read++];
    }
  }
  folded.resize(write);
}

namespace text_internal {

void AmericanizeLemma(std::string* lemma) { AmericanizeSpelling(lemma); }

}  // namespace text_internal

void Lemmatize(std::string_view lower_word, std::string* out) {
  out->clear();
  const size_t last_hyphen = lower_word.rfind('-');
  const std::string_view prefix =
      last_hyphen == std::string_view::npos ? std::string_view() : lower_word.substr(0, last_hyphen + 1);
  const std::string_view last_part = lower_word.substr(prefix.size());
  bool letters_only = !last_part.empty();
  for (const char ch : last_part) letters_only = letters_only && IsLowerAsciiLetter(ch);
  if (!letters_only) {
    const std::string_view irregular = text_internal::LookUpIrregular(lower_word);
    out->assign(irregular.empty() ? lower_word : irregular);
    return;
  }
  out->append(prefix);
  AppendLemmaOfLetters(last_part, out);
  AmericanizeSpelling(out);
}

}  // namespace dyad
