// Text analysis: UTF-8 repair, normalisation, tokens with offsets, sentences, lemmas. Part-of-speech tags and
// lemmas by tag: dyad/pos.h.
//
// Contract for the hot path: Tokenize and SplitSentences append into caller-owned vectors and allocate
// nothing per token once the vectors have grown; token text is never copied (a Token is a byte range into the
// text).
#ifndef DYAD_TEXT_H_
#define DYAD_TEXT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"

namespace dyad {

// Replaces every invalid UTF-8 sequence (and NUL bytes) in `bytes` by U+FFFD and returns how many were
// replaced.
uint64_t RepairUtf8(std::string_view bytes, std::string* out);

// NFC normalisation (ICU) plus clean-up that keeps meaning: mojibake (UTF-8 once read as Windows-1252:
// "â€™" for "’", "Ã©" for "é", "Â " for a no-break space) is decoded back, non-breaking and other Unicode
// spaces become ' ', soft hyphens and zero-width characters are dropped, CRLF becomes LF. Input must be valid
// UTF-8. The result may be shorter than the input: offsets refer to the normalised text.
Result<std::string> NormalizeText(std::string_view utf8);

enum class TokenKind : uint8_t {
  kWord,         // letters, possibly with inner apostrophes, hyphens or periods ("U.S.", "al-Assad", "don't")
  kNumber,       // digits, possibly with inner separators ("1,200", "3.5", "2019-07-02")
  kPunctuation,  // one punctuation mark or symbol
};

struct Token {
  uint32_t start = 0;  // byte offset into the analysed text
  uint32_t end = 0;    // one past the last byte
  TokenKind kind = TokenKind::kWord;
  bool capitalized = false;  // first letter is upper case
  bool all_caps = false;     // every letter is upper case (and there are at least two)
};

// Appends the tokens of `text` (offsets relative to `text.data()`) to `tokens`.
void Tokenize(std::string_view text, std::vector<Token>* tokens);

struct Sentence {
  uint32_t start = 0;  // byte offsets into the text, trimmed of surrounding white space
  uint32_t end = 0;
  uint32_t first_token = 0;  // index into the token vector
  uint32_t end_token = 0;    // one past the last token
};

// Splits tokenised text into sentences. Handles abbreviations ("U.S.", "Gen.", "Ste.", "Ave", "Jan."),
// initials
// ("J. R. Smith"), decimals, closing quotes and brackets after the full stop, and datelines
// ("WASHINGTON (Reuters) -" stays with its sentence). Paragraph breaks ("\n\n") always end a sentence.
void SplitSentences(std::string_view text, const std::vector<Token>& tokens,
                    std::vector<Sentence>* sentences);

// Lower-cases a UTF-8 word (full Unicode case folding); ASCII fast path.
void FoldCase(std::string_view word, std::string* out);

// English lemma of a lower-cased word form, without part of speech: irregular verbs ("held" -> "hold",
// "met" -> "meet"), regular inflections ("talks" -> "talk", "accused" -> "accuse", "denying" -> "deny").
// Words it does not know come back unchanged. Writes into `out` (cleared first) so callers can reuse one
// buffer.
void Lemmatize(std::string_view lower_word, std::string* out);

}  // namespace dyad

#endif  // DYAD_TEXT_H_
