// SplitSentences: decides after each token whether a sentence ends there. Every token belongs to exactly one
// sentence; sentences are contiguous token ranges in order.
//
// A sentence ends:
// 1. After '.', '!' or '?' (plus '!'/'?' right after it and adjacent closing quotes and brackets), when white
//    space or the end of the text follows and the next word does not start with a lower-case letter
//    ("“Why?” he asked" stays whole). Not after an ellipsis ("..." or "…").
// 2. Abbreviations. After a title or month that never ends a sentence (Mr. Dr. Gen. St. Ave. Jan. vs. e.g.
// ...)
//    there is no boundary; "No." before a number is the same. After a "soft" abbreviation (Inc. Corp. Co.
//    Ltd. etc. Jr.) or a word that carries its own final period ("U.S.", "a.m.", the initial "J.") a sentence
//    ends only when the next word is capitalised AND is a typical sentence opener ("The", "He", "But", "On",
//    ...). So "the U.S. and Russia", "J. R. Smith" and "U.S. President Biden" stay whole, "... against the
//    U.S. The move" splits, and "... from the U.S. Russia said" stays whole (the accepted price of this
//    simple rule).
// 3. At a paragraph break: two or more newlines between tokens, always.
// 4. At a single newline after a headline: the sentence so far started at the beginning of this line and has
// no
//    earlier newline, its last token is a word or number that is not a connecting word ("of", "the", "and",
//    ...), and the next line starts (after opening quotes) with a capitalised word or a number. Hard-wrapped
//    prose therefore only splits when a whole sentence's first line looks like a headline.
// Datelines ("WASHINGTON, July 2 (Reuters) - ...", "ALMATY (AP) — ...") contain no boundary under these rules
// and stay with their sentence.
#include <unicode/uchar.h>

#include <cstdint>
#include <string_view>
#include <vector>

#include "dyad/text.h"
#include "text/utf8_internal.h"

namespace dyad {
namespace {

// Abbreviations (without their period) after which a sentence never ends.
constexpr std::string_view kNeverFinalAbbreviations[] = {
    "mr",   "mrs",  "ms",   "messrs", "dr",   "gen", "lt",   "col",    "sgt", "gov",  "sen",  "rep",
    "pres", "prof", "st",   "ste",    "mt",   "ave", "capt", "maj",    "adm", "cmdr", "rev",  "hon",
    "brig", "cpl",  "pvt",  "supt",   "insp", "amb", "jan",  "feb",    "mar", "apr",  "jun",  "jul",
    "aug",  "sep",  "sept", "oct",    "nov",  "dec", "vs",   "approx", "fig", "gens", "sens", "reps",
};

// Abbreviations that may end a sentence (see rule 2 above).
constexpr std::string_view kSoftAbbreviations[] = {
    "inc", "corp", "co", "ltd", "llc", "plc", "etc", "jr", "sr", "bros", "dept", "univ", "assn", "al",
};

// Whole tokens (with their periods) after which a sentence never ends.
constexpr std::string_view kNeverFinalDottedWords[] = {"e.g.", "i.e."};

// Capitalised words that typically open a news sentence; they confirm a boundary after a soft abbreviation.
constexpr std::string_view kSentenceOpeners[] = {
    "the",     "a",     "an",      "he",         "she",   "it",        "they",   "we",
    "i",       "you",   "this",    "that",       "these", "those",     "there",  "his",
    "her",     "their", "its",     "our",        "my",    "in",        "on",     "at",
    "but",     "and",   "however", "meanwhile",  "also",  "after",     "before", "when",
    "while",   "if",    "as",      "according",  "since", "despite",   "under",  "following",
    "earlier", "later", "last",    "yesterday",  "today", "both",      "some",   "many",
    "most",    "no",    "one",     "several",    "other", "another",   "what",   "why",
    "how",     "who",   "where",   "separately", "still", "officials", "for",
};

// Lower-case words that do not end a headline (a line ending in one is wrapped prose).
constexpr std::string_view kConnectingWords[] = {
    "the", "a",    "an", "of",   "and",  "or",  "to",  "in",   "with", "for",   "by",  "on",
    "at",  "from", "as", "that", "than", "but", "nor", "into", "over", "after", "its", "their",
};

bool EqualsIgnoringAsciiCase(std::string_view word, std::string_view lower_case) {
  if (word.size() != lower_case.size()) return false;
  for (size_t k = 0; k < word.size(); ++k) {
    char ch = word[k];
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    if (ch != lower_case[k]) return false;
  }
  return true;
}

template <size_t N>
constexpr size_t LongestWord(const std::string_view (&list)[N]) {
  size_t longest = 0;
  for (const std::string_view entry : list) longest = entry.size() > longest ? entry.size() : longest;
  return longest;
}

// True when `word` is one of kList, ignoring ASCII case. Asked for every word before a period: most are
// longer than any abbreviation in the list, which the length test settles at once.
template <const auto& kList>
bool ContainsIgnoringAsciiCase(std::string_view word) {
  constexpr size_t kLongest = LongestWord(kList);
  if (word.size() > kLongest) return false;
  for (const std::string_view entry : kList) {
    if (EqualsIgnoringAsciiCase(word, entry)) return true;
  }
  return false;
}

class Splitter {
 public:
  Splitter(std::string_view text, const std::vector<Token>& tokens, std::vector<Sentence>* sentences)
      : text_(text), tokens_(tokens), sentences_(sentences) {}

  void Run() {
    const size_t count = tokens_.size();
    if (count == 0) return;
    size_t first = 0;
    bool starts_line = StartsLine(0);
    bool has_newline = false;
    for (size_t i = 0; i < count; ++i) {
      size_t end = 0;  // one past the sentence's last token when a sentence ends here
      if (IsTerminalMark(i)) {
        end = EndAfterTerminalMark(i);
      } else if (EndsWithPeriod(i) && IsFollowedBySpaceOrEnd(i)) {
        end = BoundaryAfterSoftAbbreviation(i) ? i + 1 : 0;
      }
      if (end == 0 && i + 1 < count) {
        const int newlines = NewlinesBetween(i, i + 1);
        if (newlines >= 2 || (newlines == 1 && starts_line && !has_newline && EndsHeadline(i))) end = i + 1;
        if (newlines > 0) has_newline = true;
      }
      if (end == 0) continue;
      Emit(first, end);
      first = end;
      i = end - 1;
      starts_line = first < count && StartsLine(first);
      has_newline = false;
    }
    if (first < count) Emit(first, count);
  }

 private:
  std::string_view TextOf(size_t i) const {
    const Token& token = tokens_[i];
    return text_.substr(token.start, token.end - token.start);
  }
  bool IsPunctuation(size_t i, std::string_view mark) const {
    return tokens_[i].kind == TokenKind::kPunctuation && TextOf(i) == mark;
  }
  bool Adjacent(size_t left, size_t right) const { return tokens_[left].end == tokens_[right].start; }

  // IsPunctuation(i, ".") || IsPunctuation(i, "!") || IsPunctuation(i, "?"), asked of every token: one
  // one-byte test instead of three string comparisons.
  bool IsTerminalMark(size_t i) const {
    const Token& token = tokens_[i];
    if (token.kind != TokenKind::kPunctuation || token.end - token.start != 1) return false;
    const char ch = text_[token.start];
    return ch == '.' || ch == '!' || ch == '?';
  }
  bool IsClosing(size_t i) const {
    if (tokens_[i].kind != TokenKind::kPunctuation) return false;
    const std::string_view t = TextOf(i);
    return t == "\"" || t == "'" || t == ")" || t == "]" || t == "}" || t == "\xE2\x80\x99" /* ’ */ ||
           t == "\xE2\x80\x9D" /* ” */ || t == "\xC2\xBB" /* » */ || t == "\xE2\x80\xBA" /* › */;
  }
  bool IsOpening(size_t i) const {
    if (tokens_[i].kind != TokenKind::kPunctuation) return false;
    const std::string_view t = TextOf(i);
    return t == "\"" || t == "'" || t == "(" || t == "[" || t == "\xE2\x80\x98" /* ‘ */ ||
           t == "\xE2\x80\x9C" /* “ */ || t == "\xC2\xAB" /* « */ || t == "\xE2\x80\x9E" /* „ */;
  }
  bool EndsWithPeriod(size_t i) const {
    return tokens_[i].kind == TokenKind::kWord && tokens_[i].end > tokens_[i].start &&
           text_[tokens_[i].end - 1] == '.';
  }
  bool IsFollowedBySpaceOrEnd(size_t i) const { return i + 1 == tokens_.size() || !Adjacent(i, i + 1); }

  // The first word or number at or after `i`, skipping opening quotes and brackets; tokens_.size() if none.
  size_t NextContent(size_t i) const {
    while (i < tokens_.size() && IsOpening(i)) ++i;
    return i;
  }
  bool StartsWithLowerCase(size_t i) const {
    if (tokens_[i].kind != TokenKind::kWord) return false;
    const auto* p = reinterpret_cast<const uint8_t*>(text_.data()) + tokens_[i].start;
    const auto* end = reinterpret_cast<const uint8_t*>(text_.data()) + tokens_[i].end;
    while (p < end) {
      char32_t code_point = 0;
      const int length = text_internal::DecodeUtf8(p, end, &code_point);
      if (length < 0) return false;
      if (u_isalpha(static_cast<UChar32>(code_point))) return u_islower(static_cast<UChar32>(code_point));
      p += length;
    }
    return false;
  }

  // Handles rule 1 and the period half of rule 2 for the mark at `i`. Returns the sentence end or 0.
  size_t EndAfterTerminalMark(size_t i) const {
    const size_t count = tokens_.size();
    if (IsPunctuation(i, ".")) {
      const bool ellipsis = (i > 0 && Adjacent(i - 1, i) && IsPunctuation(i - 1, ".")) ||
                            (i + 1 < count && Adjacent(i, i + 1) && IsPunctuation(i + 1, "."));
      if (ellipsis) return 0;
      if (i > 0 && Adjacent(i - 1, i) && tokens_[i - 1].kind == TokenKind::kWord) {
        const std::string_view previous = TextOf(i - 1);
        if (ContainsIgnoringAsciiCase<kNeverFinalAbbreviations>(previous)) return 0;
        if (EqualsIgnoringAsciiCase(previous, "no") && i + 1 < count &&
            tokens_[i + 1].kind == TokenKind::kNumber) {
          return 0;
        }
        if (ContainsIgnoringAsciiCase<kSoftAbbreviations>(previous)) {
          size_t end = i + 1;
          while (end < count && Adjacent(end - 1, end) && IsClosing(end)) ++end;
          if (end < count && Adjacent(end - 1, end)) return 0;
          return BoundaryAfterSoftAbbreviation(end - 1) ? end : 0;
        }
      }
    }
    size_t end = i + 1;
    while (end < count && Adjacent(end - 1, end) && (IsPunctuation(end, "!") || IsPunctuation(end, "?")))
      ++end;
    while (end < count && Adjacent(end - 1, end) && IsClosing(end)) ++end;
    if (end == count) return end;
    if (Adjacent(end - 1, end)) return 0;  // "Inc.," or "3.)x": not a sentence end
    const size_t next = NextContent(end);
    if (next < count && StartsWithLowerCase(next)) return 0;
    return end;
  }

  // Rule 2 for a soft abbreviation or a word with its own final period, ending at token `last`.
  bool BoundaryAfterSoftAbbreviation(size_t last) const {
    if (ContainsIgnoringAsciiCase<kNeverFinalDottedWords>(TextOf(last))) return false;
    const size_t next = NextContent(last + 1);
    if (next >= tokens_.size()) return true;
    if (NewlinesBetween(last, last + 1) >= 2) return false;  // rule 3 ends the sentence there anyway
    return tokens_[next].kind == TokenKind::kWord && tokens_[next].capitalized &&
           ContainsIgnoringAsciiCase<kSentenceOpeners>(TextOf(next));
  }

  bool EndsHeadline(size_t i) const {
    const Token& last = tokens_[i];
    if (last.kind == TokenKind::kPunctuation) return false;
    if (last.kind == TokenKind::kWord && !last.capitalized &&
        ContainsIgnoringAsciiCase<kConnectingWords>(TextOf(i)))
      return false;
    const size_t next = NextContent(i + 1);
    if (next >= tokens_.size()) return false;
    return tokens_[next].kind == TokenKind::kNumber ||
           (tokens_[next].kind == TokenKind::kWord && tokens_[next].capitalized);
  }

  int NewlinesBetween(size_t left, size_t right) const {
    int newlines = 0;
    for (uint32_t k = tokens_[left].end; k < tokens_[right].start; ++k) newlines += text_[k] == '\n' ? 1 : 0;
    return newlines;
  }
  // True when only white space lies between the previous newline (or the text start) and token `i`.
  bool StartsLine(size_t i) const {
    const uint32_t line_floor = i == 0 ? 0 : tokens_[i - 1].end;
    for (uint32_t k = tokens_[i].start; k > line_floor; --k) {
      const char ch = text_[k - 1];
      if (ch == '\n') return true;
      if (ch != ' ' && ch != '\t' && ch != '\r') return false;
    }
    return i == 0;
  }

  void Emit(size_t first, size_t end) {
    Sentence sentence;
    sentence.start = tokens_[first].start;
    sentence.end = tokens_[end - 1].end;
    sentence.first_token = static_cast<uint32_t>(first);
    sentence.end_token = static_cast<uint32_t>(end);
    sentences_->push_back(sentence);
  }

  std::string_view text_;
  const std::vector<Token>& tokens_;
  std::vector<Sentence>* sentences_;
};

}  // namespace

void SplitSentences(std::string_view text, const std::vector<Token>& tokens,
                    std::vector<Sentence>* sentences) {
  Splitter(text, tokens, sentences).Run();
}

}  // namespace dyad
