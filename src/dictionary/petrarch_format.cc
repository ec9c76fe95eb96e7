// PETRARCH and Phoenix dictionaries (CAMEO.2.0.txt, Phoenix.*.txt) and TABARI verb files read into native
// entries (format detection and the native writer are in foreign_formats.cc). Actor, agent and discard files
// go to tabari_format.cc (same syntax); verb files to the verb reader of petrarch_verb_reader.cc. This file
// also holds the pattern-word helpers that reader uses (declared in petrarch_verb_reader.h).
#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dictionary/foreign_text.h"
#include "dictionary/petrarch_verb_reader.h"
#include "dyad/dictionary_formats.h"

namespace dyad {
namespace petrarch_verbs {

using foreign_text::IsSpace;

namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
char ToLower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

}  // namespace

std::string_view StripComment(std::string_view line) {
  if (const size_t open = line.find("<!--"); open != std::string_view::npos) line = line.substr(0, open);
  return line.substr(0, line.find_first_of("#;"));
}

void AppendWords(std::string_view text, std::vector<std::string>* words, bool joins) {
  std::string word;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '_' || IsSpace(c)) {
      if (!word.empty()) words->push_back(std::move(word));
      word.clear();
      if (joins && c == '_' && i + 1 < text.size() && !IsSpace(text[i + 1]) && text[i + 1] != '_' &&
          (words->empty() || words->back() != kJoin))
        words->push_back(std::string(kJoin));
    } else {
      word.push_back(ToLower(c));
    }
  }
  if (!word.empty()) words->push_back(std::move(word));
}

std::string WithoutHeadMarks(std::string_view verb, bool tabari) {
  if (verb.starts_with('+')) verb.remove_prefix(1);
  std::string out;
  for (size_t i = 0; i < verb.size(); ++i)
    if (tabari || !(verb[i] == '+' && i > 0 && verb[i - 1] == '_')) out.push_back(verb[i]);
  return out;
}

bool IsPlainWord(std::string_view word) {
  return word.find_first_of("+$()|*&%^{}[]\\!<>=@") == std::string_view::npos;
}

bool AllPlainWords(const std::vector<std::string>& words) {
  return std::all_of(words.begin(), words.end(), [](const std::string& w) { return IsPlainWord(w); });
}

std::string Join(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& word : words) {
    if (!out.empty()) out.push_back(' ');
    out += word;
  }
  return out;
}

void MarkStem(std::string* word) {
  if (!word->empty() && std::all_of(word->begin(), word->end(), [](char c) { return c >= 'a' && c <= 'z'; }))
    word->push_back(kOpenStem);
}

std::string JoinPattern(const std::vector<std::string>& items, bool* joined_slot) {
  auto word = [&](size_t i) { return i < items.size() && items[i] != kJoin && IsPlainWord(items[i]); };
  std::string out;
  bool glue = false;
  for (size_t i = 0; i < items.size(); ++i) {
    if (items[i] == kJoin) {
      glue = i > 0 && word(i - 1) && word(i + 1);
      if (!glue && i > 0 && i + 1 < items.size()) *joined_slot = true;
      continue;
    }
    // PETRARCH writes a contraction as the Penn Treebank splits it ("DID N'T", "WO N'T", "CA N'T"); dyad's
    // tokenizer keeps "didn't" one token, so the clitic goes back onto the word before it.
    const bool clitic = items[i] == "n't" && i > 0 && word(i - 1);
    if (glue && !clitic) {
      out.push_back('_');
    } else if (!out.empty() && !clitic) {
      out.push_back(' ');
    }
    out += items[i];
    if (out.back() == kOpenStem) {  // MarkStem's open word: a stem unless a '_' joins it to the next word
      out.pop_back();
      if (!(i + 2 < items.size() && items[i + 1] == kJoin && word(i + 2))) out.push_back('~');
    }
    glue = false;
  }
  return out;
}

bool IsCameoCode(std::string_view code) {
  return code.size() >= 2 && code.size() <= 4 && std::all_of(code.begin(), code.end(), IsDigit);
}

}  // namespace petrarch_verbs

void ReadPetrarchDictionary(std::string_view file_name, std::string_view text, ForeignFileKind kind,
                            DictionarySource* out, std::vector<Status>* errors) {
  if (kind != ForeignFileKind::kVerbs) {
    ReadTabariDictionary(file_name, text, kind, out, errors);
    return;
  }
  const bool tabari_dialect =
      DetectDictionaryFormat(file_name, text.substr(0, 4096)) == DictionaryFormat::kTabari;
  petrarch_verbs::ReadVerbFile(file_name, text, tabari_dialect, out, errors);
}

}  // namespace dyad
