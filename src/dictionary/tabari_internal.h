// Text helpers shared by the TABARI-family readers (tabari_format.cc: agents, discards and the entry point;
// tabari_actors.cc: actors). Internal to the dictionary stage.
#ifndef DYAD_DICTIONARY_TABARI_INTERNAL_H_
#define DYAD_DICTIONARY_TABARI_INTERNAL_H_

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dictionary/foreign_text.h"
#include "dyad/dictionary_formats.h"
#include "dyad/status.h"

namespace dyad::tabari_internal {

using foreign_text::IsSpace;
using foreign_text::Quote;
using foreign_text::ToUtf8;
using foreign_text::Trim;

inline bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
inline bool IsDigit(char c) { return c >= '0' && c <= '9'; }
inline char ToLower(char c) { return IsUpper(c) ? static_cast<char>(c - 'A' + 'a') : c; }

// A TABARI code of three or four digits and one capital letter ("075A", "174K"): a project's own refinement
// of the CAMEO code in its digits, which the verb reader converts with the digits (docs/validation.md,
// "Letter-suffixed codes"; the suite reader, src/eval/tabari_suite.cc, scores expectations the same way).
inline bool TabariLetterSuffixed(std::string_view code) {
  return (code.size() == 4 || code.size() == 5) && IsUpper(code.back()) &&
         std::all_of(code.begin(), code.end() - 1, IsDigit);
}

// Iterates over lines with comments removed: "<!-- ... -->" (may span lines), then '#' or ';' to the end.
class CommentStrippingLines {
 public:
  // The first '#' or ';' of `raw` that opens a comment, or npos. TABARI's discard code "[###]" on an actor
  // line is a code, not a comment, also when dated ("[### <890101]").
  static size_t CommentStart(std::string_view raw) {
    size_t at = raw.find_first_of("#;");
    while (at != std::string_view::npos && at > 0 && raw[at - 1] == '[' && raw.substr(at, 3) == "###" &&
           (raw.substr(at + 3, 1) == "]" || raw.substr(at + 3, 1) == " " || raw.substr(at + 3, 1) == "\t"))
      at = raw.find_first_of("#;", at + 3);
    return at;
  }

  explicit CommentStrippingLines(std::string_view text) : text_(text) {}

  // Returns false at the end; `line` is the content (untrimmed, may be empty), `number` 1-based.
  bool Next(std::string* line, uint32_t* number) {
    if (pos_ > text_.size()) return false;
    size_t end = text_.find('\n', pos_);
    if (end == std::string_view::npos) end = text_.size();
    std::string_view raw = text_.substr(pos_, end - pos_);
    pos_ = end + 1;
    *number = ++line_number_;
    line->clear();
    while (!raw.empty()) {
      if (in_xml_comment_) {
        const size_t close = raw.find("-->");
        if (close == std::string_view::npos) break;
        raw.remove_prefix(close + 3);
        in_xml_comment_ = false;
        continue;
      }
      const size_t open = raw.find("<!--");
      const size_t hash = CommentStart(raw);
      if (open != std::string_view::npos && (hash == std::string_view::npos || open < hash)) {
        line->append(raw.substr(0, open));
        raw.remove_prefix(open + 4);
        in_xml_comment_ = true;
        continue;
      }
      line->append(raw.substr(0, hash));
      break;
    }
    *line = ToUtf8(*line);
    return true;
  }

 private:
  std::string_view text_;
  size_t pos_ = 0;
  uint32_t line_number_ = 0;
  bool in_xml_comment_ = false;
};

class Reporter {
 public:
  Reporter(std::string_view file, std::vector<Status>* errors) : file_(file), errors_(errors) {}
  void Unsupported(uint32_t line, const std::string& what) {
    errors_->push_back(Status::Unsupported(Where(line) + what));
  }
  void Invalid(uint32_t line, const std::string& what) {
    errors_->push_back(Status::InvalidArgument(Where(line) + what));
  }

 private:
  std::string Where(uint32_t line) const { return std::string(file_) + ":" + std::to_string(line) + ": "; }
  std::string_view file_;
  std::vector<Status>* errors_;
};

// How a short actor name (one token of at most 4 letters) is written. The foreign files cannot tell the name
// "BREE" or "IRAQ" from the acronym "UN". kCapitals keeps it in capitals, which dyad then requires in the
// text. kCapitalised writes "Bree", "Iraq", which dyad matches in every case but lower case, close to TABARI
// and PETRARCH, which upper-case the text and match every case, while "us" and "it" stay common words;
// two-letter tokens keep capitals either way ("US" is not "Us"). Actor files of both formats use
// kCapitalised (measured: petrarch-unit 44.2% -> 50.1% found, docs/validation.md).
enum class ShortNames { kLowerCase, kCapitals, kCapitalised };

// A foreign phrase ("KOFI_ATTA_ANNAN_", "UN SEC. GEN") as native text: '_' as space, single spaces, lower
// case except a one-token phrase of at most 4 letters, written as `short_names` says (a token with other
// characters, "U.S.", stays in capitals). Empty when nothing is left.
inline std::string NativePhrase(std::string_view foreign, ShortNames short_names) {
  const bool keep_acronym = short_names != ShortNames::kLowerCase;
  std::string out;
  for (char c : foreign) {
    const char mapped = c == '_' || c == '\t' ? ' ' : c;
    if (mapped == ' ' && (out.empty() || out.back() == ' ')) continue;
    out.push_back(mapped);
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  const size_t letters = static_cast<size_t>(
      std::count_if(out.begin(), out.end(), [](char c) { return IsUpper(c) || IsLower(c); }));
  const bool acronym = keep_acronym && out.find(' ') == std::string::npos && letters > 0 && letters <= 4 &&
                       std::none_of(out.begin(), out.end(), IsLower);
  if (!acronym) {
    std::transform(out.begin(), out.end(), out.begin(), ToLower);
  } else if (short_names == ShortNames::kCapitalised && letters == out.size() && letters >= 3) {
    std::transform(out.begin() + 1, out.end(), out.begin() + 1, ToLower);
  }
  return out;
}

// The native parser splits phrases on " | " and reserves '+' / '$' for verb patterns.
inline bool IsRepresentablePhrase(std::string_view phrase) {
  return phrase.find_first_of("|+$") == std::string_view::npos;
}

inline void AddPhrase(std::string phrase, std::vector<std::string>* phrases) {
  if (phrase.empty()) return;
  if (std::find(phrases->begin(), phrases->end(), phrase) == phrases->end())
    phrases->push_back(std::move(phrase));
}

// Reads a TABARI or PETRARCH actor file (tabari_actors.cc). `tabari_file`: TABARI's noun endings and discard
// codes hold (PETRARCH has neither).
void ReadActorFile(std::string_view file_name, std::string_view text, bool tabari_file, DictionarySource* out,
                   Reporter* reporter);

}  // namespace dyad::tabari_internal

#endif  // DYAD_DICTIONARY_TABARI_INTERNAL_H_
