// The verb-file reader: verb dictionaries of TABARI (.verbs) and PETRARCH (CAMEO.2.0.txt) read into native
// verb entries. ReadPetrarchDictionary (petrarch_format.cc) hands it verb files; format detection and the
// native writer are in foreign_formats.cc, actor, agent and discard files go to tabari_format.cc.
//
// Verb file shapes (both dialects):
//   &SYNSET_              a synset; following "+WORDS" lines are its members (PETRARCH)
//   --- NAME [CODE] ---   starts a PETRARCH synonym block; CODE is the default for its verbs
//   VERB {FORMS} [CODE]   a verb (or "+PHRASAL_VERB"); with a code, the verb alone is an event
//   - WORDS * WORDS [CODE]  a pattern: '*' is the verb; '+' target, '$' source; '&NAME' synset;
//                         '^' skip (both); TABARI: '{A | B}' alternatives, '%' compound, '_' joins
//                         words; PETRARCH: '(...)' prepositional phrase, '{...}' noun phrase
// In PETRARCH a pattern belongs to every verb of its block; in TABARI to the verb line above it.
#include "dictionary/petrarch_verb_reader.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dictionary/foreign_text.h"
#include "dictionary/tabari_internal.h"
#include "dyad/dictionary_formats.h"
#include "dyad/text.h"

namespace dyad::petrarch_verbs {

using foreign_text::IsSpace;
using foreign_text::Quote;
using foreign_text::ToUtf8;
using foreign_text::Trim;

template <typename Fn>
void VerbReader::ForEachLine(std::string_view text, Fn&& fn) {
  uint32_t line = 0;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    const std::string content = ToUtf8(StripComment(text.substr(pos, end - pos)));
    fn(std::string_view(content), ++line);
    pos = end + 1;
  }
}

void VerbReader::Read(std::string_view text) {
  CollectSynsets(text);
  ForEachLine(text, [&](std::string_view content, uint32_t line) { Line(content, line); });
  if (converted_ > 0) {
    Unsupported(first_pattern_line_,
                "patterns allow any number of words between words that '_' does not join; dyad's "
                "converted patterns allow a few modifiers there, and keep words joined with '_' contiguous "
                "(noted once per file)");
  }
}

void VerbReader::CollectSynsets(std::string_view text) {
  RawSynset* current = nullptr;
  ForEachLine(text, [&](std::string_view content, uint32_t line) {
    const std::string_view trimmed = Trim(content);
    if (trimmed.starts_with('&')) {
      std::string name(trimmed.substr(1, trimmed.find_first_of(" \t") - 1));
      if (name.ends_with('_')) name.pop_back();
      raw_synsets_.push_back(RawSynset{std::move(name), {}});
      current = &raw_synsets_.back();
    } else if (current != nullptr && trimmed.starts_with('+')) {
      const std::string_view member = Trim(trimmed.substr(1));
      if (!member.empty()) current->members.push_back({std::string(member), line});
    } else if (!trimmed.empty()) {  // blank and comment-only lines do not end a synset
      current = nullptr;
    }
  });
}

void VerbReader::Line(std::string_view content, uint32_t line) {
  const std::string_view trimmed = Trim(content);
  if (trimmed.empty()) return;  // blank or comment-only: ends nothing (synsets carry comment lines)
  if (trimmed.starts_with('&')) {
    in_synset_ = true;  // collected in the first pass
    return;
  }
  if (in_synset_ && trimmed.starts_with('+')) return;
  in_synset_ = false;
  if (trimmed.starts_with('{')) {  // TABARI writes a verb's forms on the line after it
    if (verbs_.empty()) {
      Invalid(line, "verb forms " + Quote(trimmed) + " before any verb");
      return;
    }
    const size_t before = verbs_.size();
    AddForms(trimmed, line);
    if (group_entry_ != kNoEntry) {
      for (size_t v = before; v < verbs_.size(); ++v)
        out_->entries[group_entry_].phrases.push_back(VerbPhrase(verbs_[v]));
    }
    return;
  }
  if (trimmed.starts_with("---")) {
    StartBlock(trimmed, line);
  } else if (trimmed.starts_with('-')) {
    Pattern(trimmed.substr(1), line);
    last_was_pattern_ = true;
  } else {
    VerbLine(trimmed, line);
  }
}

std::string_view VerbReader::SplitCode(std::string_view text, std::string_view* code, bool* has_code) {
  const size_t open = text.rfind('[');
  const size_t close = open == std::string_view::npos ? open : text.find(']', open);
  *has_code = close != std::string_view::npos;
  if (!*has_code) return text;
  *code = Trim(text.substr(open + 1, close - open - 1));
  return Trim(text.substr(0, open));
}

std::string VerbReader::NativeCode(std::string_view code, uint32_t line, std::string_view what,
                                   std::string* paired) {
  paired->clear();
  if (code == "---") {
    Unsupported(line, std::string(what) + " has the null code [---] (no event); skipped");
    return "";
  }
  if (const size_t colon = code.find(':'); colon != std::string_view::npos) {
    const std::string_view primary = Trim(code.substr(0, colon));
    const std::string_view secondary = Trim(code.substr(colon + 1));
    if (primary.empty()) {
      if (!IsCameoCode(secondary)) {
        Invalid(line, std::string(what) + ": bad secondary code in [" + std::string(code) +
                          "]: expected 2 to 4 digits after ':'");
        return "";
      }
      *paired = std::string(secondary);
      return "-";
    }
    if (IsCameoCode(secondary)) {
      *paired = std::string(secondary);
    } else {
      Unsupported(line, std::string(what) + ": secondary code after ':' in [" + std::string(code) +
                            "] is no CAMEO code; dropped; converted with " + std::string(primary));
    }
    code = Trim(primary);
  }
  // TABARI's letter-suffixed codes ("075A", "174K") refine a CAMEO code for one project; the letter has
  // no CAMEO meaning, so the pattern codes the digits (TabariLetterSuffixed, tabari_internal.h).
  if (tabari_ && tabari_internal::TabariLetterSuffixed(code)) {
    Unsupported(line, std::string(what) + ": letter-suffixed code [" + std::string(code) +
                          "] converted with " + std::string(code.substr(0, code.size() - 1)));
    code.remove_suffix(1);
  }
  if (!IsCameoCode(code)) {
    Invalid(line, std::string(what) + ": bad CAMEO code [" + std::string(code) + "]: expected 2 to 4 digits");
    return "";
  }
  return std::string(code);
}

void VerbReader::StartBlock(std::string_view header, uint32_t line) {
  verbs_.clear();
  group_entry_ = kNoEntry;
  skipped_verb_line_ = 0;
  last_was_pattern_ = false;
  block_code_.clear();
  block_paired_.clear();
  std::string_view code;
  bool has_code = false;
  SplitCode(header, &code, &has_code);
  if (has_code && code != "---") block_code_ = NativeCode(code, line, "block", &block_paired_);
}

void VerbReader::VerbLine(std::string_view text, uint32_t line) {
  // TABARI: every verb line starts its own group; PETRARCH: a verb line after patterns starts a new group.
  if (tabari_ || last_was_pattern_) {
    verbs_.clear();
    group_entry_ = kNoEntry;
    skipped_verb_line_ = 0;
    if (tabari_) {
      block_code_.clear();
      block_paired_.clear();
    }
  }
  last_was_pattern_ = false;
  std::string_view code;
  bool has_code = false;
  std::string_view head = SplitCode(text, &code, &has_code);
  std::string_view forms;
  if (const size_t brace = head.find('{'); brace != std::string_view::npos) {
    forms = head.substr(brace);
    head = head.substr(0, brace);
  }
  const std::string unmarked = WithoutHeadMarks(head, tabari_);
  head = unmarked;
  std::vector<std::string> words;
  AppendWords(head, &words);
  if (words.empty()) {
    Invalid(line, "verb line has no verb");
    return;
  }
  if (!AllPlainWords(words)) {
    Unsupported(line, "verb " + Quote(Trim(head)) +
                          " holds pattern symbols; dyad verbs are plain words; skipped with its patterns");
    skipped_verb_line_ = line;
    return;
  }
  const size_t first_own = verbs_.size();
  verbs_.push_back(words);
  if (tabari_) AddStemCompletion(head, words);
  if (tabari_ && words.size() == 1 && Trim(head).ends_with('_')) AddRegularEndings(words.front());
  if (!forms.empty()) AddForms(forms, line);
  std::string native_code, paired;
  if (has_code && code != "---") {
    native_code = NativeCode(code, line, "verb " + Quote(Join(words)), &paired);
  } else if (!has_code) {
    native_code = block_code_;
    paired = block_paired_;
  }
  if (native_code.empty()) return;
  DictionaryEntry entry;
  entry.kind = EntryKind::kVerb;
  entry.code = std::move(native_code);
  entry.paired_code = std::move(paired);
  for (size_t v = first_own; v < verbs_.size(); ++v) entry.phrases.push_back(VerbPhrase(verbs_[v]));
  entry.file = std::string(file_);
  entry.line = line;
  group_entry_ = out_->entries.size();
  out_->entries.push_back(std::move(entry));
}

void VerbReader::AddForms(std::string_view text, uint32_t line) {
  text = Trim(text);
  if (text.starts_with('{')) text.remove_prefix(1);
  const size_t close = text.find('}');
  if (close == std::string_view::npos) {
    Invalid(line, "verb forms are not closed with '}'");
  } else {
    text = text.substr(0, close);
  }
  std::string lemma;
  auto lemmas = [&](const std::vector<std::string>& words) {
    std::vector<std::string> out;
    for (const std::string& w : words) {
      Lemmatize(w, &lemma);
      out.push_back(lemma);
    }
    return out;
  };
  while (!(text = Trim(text)).empty()) {
    const size_t end = text.find_first_of(" \t");
    std::string_view form = text.substr(0, end);
    text = end == std::string_view::npos ? std::string_view() : text.substr(end);
    const std::string unmarked = WithoutHeadMarks(form, tabari_);
    form = unmarked;
    std::vector<std::string> words;
    AppendWords(form, &words);
    if (words.empty()) continue;
    if (!AllPlainWords(words)) {
      Unsupported(line, "verb form " + Quote(form) + " holds pattern symbols; skipped");
      continue;
    }
    const std::vector<std::string> form_lemmas = lemmas(words);
    const bool known = std::any_of(verbs_.begin(), verbs_.end(), [&](const std::vector<std::string>& verb) {
      return lemmas(verb) == form_lemmas;
    });
    if (known) continue;
    // TABARI's form without a closing '_' is a stem like a pattern word ("ACTUALITY": "actualityss").
    if (tabari_ && words.size() == 1 && !form.ends_with('_')) MarkStem(&words.back());
    verbs_.push_back(std::move(words));
  }
}

std::string VerbReader::VerbPhrase(const std::vector<std::string>& verb) {
  std::string phrase = Join(verb);
  if (!phrase.empty() && phrase.back() == kOpenStem) phrase.back() = '~';  // only a form's one word has it
  return phrase;
}

void VerbReader::AddRegularEndings(const std::string& verb) {
  std::string lemma, verb_lemma;
  Lemmatize(verb, &verb_lemma);
  // A written past or participle ("BARTERING_") is a form already, not a verb to inflect.
  if (verb_lemma != verb && (verb.ends_with("ed") || verb.ends_with("ing"))) return;
  std::vector<std::string> forms;
  if (verb.ends_with('e')) {
    forms = {verb + "s", verb + "d", verb + "n", verb.substr(0, verb.size() - 1) + "ing"};
  } else {
    forms = {verb + "s", verb + "es", verb + "ed", verb + "en", verb + "ing"};
  }
  for (std::string& form : forms) {
    Lemmatize(form, &lemma);
    if (lemma == verb_lemma) continue;  // the lemmatiser reads it as the verb: matched already
    const bool known = std::any_of(verbs_.begin(), verbs_.end(), [&](const std::vector<std::string>& v) {
      return v.size() == 1 && v.front() == form;
    });
    if (!known) verbs_.push_back({std::move(form)});
  }
}

bool VerbReader::AddStemCompletion(std::string_view head, const std::vector<std::string>& words) {
  const std::string& stem = words.front();
  const size_t end = head.find_first_of(" \t_");
  if ((end != std::string_view::npos && head[end] == '_') || stem.size() < 5) return false;
  std::string lemma;
  // A written past or participle ("ATTACKED", "FIGHTING") is a form of a verb the lemmatiser knows.
  Lemmatize(stem, &lemma);
  if (lemma != stem && (stem.ends_with("ed") || stem.ends_with("ing"))) return false;
  Lemmatize(stem + (stem.ends_with('e') ? "d" : "ed"), &lemma);
  if (lemma != stem + "e") return false;
  std::vector<std::string> completed = words;
  completed.front() = std::move(lemma);
  verbs_.push_back(std::move(completed));
  return true;
}

void ReadVerbFile(std::string_view file_name, std::string_view text, bool tabari_dialect,
                  DictionarySource* out, std::vector<Status>* errors) {
  VerbReader reader(file_name, tabari_dialect, out, errors);
  reader.Read(text);
}

}  // namespace dyad::petrarch_verbs
