// The verb-file reader: verb dictionaries of TABARI (.verbs) and PETRARCH (CAMEO.2.0.txt) read into native
// verb entries. ReadPetrarchDictionary (petrarch_format.cc) hands it verb files; format detection and the
// native writer are in foreign_formats.cc, actor, agent and discard files go to tabari_format.cc.
//
// Verb file shapes (both dialects):
//   &SYNSET_              a synset; following "+WORDS" lines are its members (PETRARCH)
//   --- NAME [CODE] ---   starts a PETRARCH synonym block; CODE is the default for its verbs
//   VERB {FORMS} [CODE]   a verb (or "+PHRASAL_VERB"); with a code, the verb alone is an event
//   - WORDS * WORDS [CODE]  a pattern: '*' is the verb; '+' target, '$' source; '&NAME' synset;
//                         TABARI: '{A | B}' alternatives, '%' compound, '^' skip, '_' joins words;
//                         PETRARCH: '(...)' prepositional phrase, '{...}' noun phrase
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
namespace {

using foreign_text::IsSpace;
using foreign_text::Quote;
using foreign_text::ToUtf8;
using foreign_text::Trim;

class VerbReader {
 public:
  VerbReader(std::string_view file_name, bool tabari_dialect, DictionarySource* out,
             std::vector<Status>* errors)
      : file_(file_name), tabari_(tabari_dialect), out_(out), errors_(errors) {}

  void Read(std::string_view text) {
    CollectSynsets(text);
    ForEachLine(text, [&](std::string_view content, uint32_t line) { Line(content, line); });
    if (converted_ > 0) {
      Unsupported(first_pattern_line_,
                  "patterns allow any number of words between words that '_' does not join; dyad's "
                  "converted patterns allow a few modifiers there, and keep words joined with '_' contiguous "
                  "(noted once per file)");
    }
  }

 private:
  template <typename Fn>
  void ForEachLine(std::string_view text, Fn&& fn) {
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

  void Unsupported(uint32_t line, const std::string& what) {
    errors_->push_back(Status::Unsupported(Where(line) + what));
  }
  void Invalid(uint32_t line, const std::string& what) {
    errors_->push_back(Status::InvalidArgument(Where(line) + what));
  }
  std::string Where(uint32_t line) const { return std::string(file_) + ":" + std::to_string(line) + ": "; }

  // First pass: synsets may be used above their definition. Members are kept as written and expanded on use
  // (ExpandSynsetText), since a member may name another synset ("+&TIETYPES_MEMOS").
  void CollectSynsets(std::string_view text) {
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

  struct RawSynset {
    std::string name;                                       // without '&' and a trailing '_'
    std::vector<std::pair<std::string, uint32_t>> members;  // text as written, line
  };

  const RawSynset* FindRawSynset(std::string_view name) const {
    for (const RawSynset& synset : raw_synsets_)
      if (synset.name == name) return &synset;
    return nullptr;
  }

  // Splits a synset reference "&TIETYPES_RELATIONS" (without '&') into the longest defined synset name that
  // ends at a '_' or at the end ("TIETYPES") and the words joined after it ("RELATIONS"): TABARI joins a
  // synset to the next word with '_' as it joins words. Null when no prefix names a synset.
  const RawSynset* ResolveSynsetReference(std::string_view reference, std::string_view* rest) const {
    size_t end = reference.size();
    while (end > 0) {
      if (const RawSynset* synset = FindRawSynset(reference.substr(0, end))) {
        *rest = reference.substr(end);
        return synset;
      }
      end = reference.rfind('_', end - 1);
      if (end == std::string_view::npos) break;
    }
    return nullptr;
  }

  // Every word sequence that `text` (plain words, '_' joins, and "&SYNSET" references, which may be joined
  // to words and may nest up to kMaxSynsetDepth) stands for, at most kMaxPatternExpansion. False (reported
  // at `line`) when a reference names no synset, a member holds other pattern symbols, or the nesting is too
  // deep.
  bool ExpandSynsetText(std::string_view text, uint32_t line, int depth,
                        std::vector<std::vector<std::string>>* out) const {
    out->assign(1, {});
    size_t pos = 0;
    while (pos < text.size()) {
      if (IsSpace(text[pos]) || text[pos] == '_') {
        ++pos;
        continue;
      }
      // "MEMOS_ON_&TIETYPES", "&A_&B": a '_' right before a synset reference joins it to the word before.
      if (text[pos] == '&' && pos > 0 && text[pos - 1] == '_' && pos > 1 && !IsSpace(text[pos - 2]))
        for (auto& prefix : *out)
          if (!prefix.empty() && prefix.back() != kJoin) prefix.push_back(std::string(kJoin));
      size_t end = pos;
      while (end < text.size() && !IsSpace(text[end]) && (end == pos || text[end] != '&')) ++end;
      std::string_view token = text.substr(pos, end - pos);
      pos = end;
      std::vector<std::vector<std::string>> choices;
      if (token.starts_with('&')) {
        std::string_view rest;
        const RawSynset* synset = ResolveSynsetReference(token.substr(1), &rest);
        if (synset == nullptr) {
          errors_->push_back(Status::InvalidArgument(Where(line) + "synset " + Quote(token) +
                                                     " is not defined; pattern skipped"));
          return false;
        }
        if (depth >= kMaxSynsetDepth) {
          errors_->push_back(Status::Unsupported(Where(line) + "synset " + Quote(token) +
                                                 " nests deeper than " + std::to_string(kMaxSynsetDepth) +
                                                 " levels; skipped"));
          return false;
        }
        for (const auto& [member, member_line] : synset->members) {
          std::vector<std::vector<std::string>> expanded;
          if (member.find_first_of("$+*%^{}()") != std::string::npos) {
            ReportBadMember(member, member_line);
            continue;
          }
          if (!ExpandSynsetText(member, member_line, depth + 1, &expanded)) continue;
          choices.insert(choices.end(), expanded.begin(), expanded.end());
        }
        if (choices.empty()) return false;
        std::vector<std::string> tail;
        AppendWords(rest, &tail, /*joins=*/true);
        if (!tail.empty())
          for (auto& choice : choices) choice.insert(choice.end(), tail.begin(), tail.end());
      } else {
        std::vector<std::string> words;
        AppendWords(token, &words, /*joins=*/true);
        if (!AllPlainWords(words)) {
          errors_->push_back(
              Status::Unsupported(Where(line) + "word " + Quote(token) + " holds pattern symbols; skipped"));
          return false;
        }
        choices.push_back(std::move(words));
      }
      std::vector<std::vector<std::string>> next;
      for (const auto& prefix : *out) {
        for (const auto& choice : choices) {
          if (next.size() >= kMaxPatternExpansion) break;
          next.push_back(prefix);
          next.back().insert(next.back().end(), choice.begin(), choice.end());
        }
      }
      out->swap(next);
    }
    return true;
  }

  // A member with slot or pattern symbols ("+PESO_$") cannot stand for words; reported once per member.
  void ReportBadMember(const std::string& member, uint32_t line) const {
    const std::string message =
        Where(line) + "synset member " + Quote(member) + " holds pattern symbols; member skipped";
    for (const Status& e : *errors_)
      if (e.message() == message) return;
    errors_->push_back(Status::Unsupported(message));
  }

  void Line(std::string_view content, uint32_t line) {
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
          out_->entries[group_entry_].phrases.push_back(Join(verbs_[v]));
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

  // Splits "TEXT [CODE]" into TEXT and CODE (without brackets); `code` is empty when there is none.
  static std::string_view SplitCode(std::string_view text, std::string_view* code, bool* has_code) {
    const size_t open = text.rfind('[');
    const size_t close = open == std::string_view::npos ? open : text.find(']', open);
    *has_code = close != std::string_view::npos;
    if (!*has_code) return text;
    *code = Trim(text.substr(open + 1, close - open - 1));
    return Trim(text.substr(0, open));
  }

  // Checks a foreign code and returns the native one, or "" (reported) when the line cannot be converted.
  // A secondary code after ':' ("[032:033]") is the paired event, target toward source, as TABARI and
  // PETRARCH-1 code it: stored in `*paired` when it is a CAMEO code (reported and dropped otherwise).
  // A secondary code alone ("[:030]", Phoenix's "RECEIVE - * ASSURANCE") codes only the target's act toward
  // the source: the native code "-" (the words are no act of the source) with `*paired` set, the native
  // reversed-only entry (docs/dictionaries.md).
  std::string NativeCode(std::string_view code, uint32_t line, std::string_view what, std::string* paired) {
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
      Invalid(line,
              std::string(what) + ": bad CAMEO code [" + std::string(code) + "]: expected 2 to 4 digits");
      return "";
    }
    return std::string(code);
  }

  void StartBlock(std::string_view header, uint32_t line) {
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

  void VerbLine(std::string_view text, uint32_t line) {
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
    for (size_t v = first_own; v < verbs_.size(); ++v) entry.phrases.push_back(Join(verbs_[v]));
    entry.file = std::string(file_);
    entry.line = line;
    group_entry_ = out_->entries.size();
    out_->entries.push_back(std::move(entry));
  }

  // The inflected forms "{ BROKE_ BROKEN_ BROKEN_DOWN_ }" of the group's last verb ("{}": none). dyad matches
  // by lemma, so a form is added as a verb of the group, with every pattern of the group, only when its
  // words do not lemmatise to those of a verb the group has ("ACTING" is "act": nothing new; "ACTXD", "SPED"
  // or TABARI's test form "ACTUALITY" are new). Forms with pattern symbols are reported and skipped.
  void AddForms(std::string_view text, uint32_t line) {
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
      if (!known) verbs_.push_back(std::move(words));
    }
  }

  // TABARI matches a verb word without a trailing '_' as a stem, a prefix of the text's word: "EXCHANG"
  // covers "exchange", "exchanged", "exchanging". dyad matches lemmas, and "exchang" is none. TABARI's stems
  // drop a final 'e', so a stem of at least 6 letters whose past tense dyad lemmatises to the stem plus 'e'
  // ("exchanged" -> "exchange", "cooperated" -> "cooperate") gets that lemma as a second verb of the group,
  // with every pattern of the stem. Shorter stems are left alone ("cut" + "ed" would read as "cute"); a stem
  // that is a lemma already ("ABANDON": "abandoned" -> "abandon") gets nothing new.
  // True when it added one.
  bool AddStemCompletion(std::string_view head, const std::vector<std::string>& words) {
    const std::string& stem = words.front();
    const size_t end = head.find_first_of(" \t_");
    if ((end != std::string_view::npos && head[end] == '_') || stem.size() < 6) return false;
    std::string lemma;
    Lemmatize(stem + (stem.ends_with('e') ? "d" : "ed"), &lemma);
    if (lemma != stem + "e") return false;
    std::vector<std::string> completed = words;
    completed.front() = std::move(lemma);
    verbs_.push_back(std::move(completed));
    return true;
  }

  // Parses the pattern body into slots; records dropped constructs in `dropped`. False: not convertible.
  bool ParseSlots(std::string_view body, uint32_t line, std::vector<Slot>* slots, std::string* dropped) {
    auto note = [&](std::string_view what) {
      if (dropped->find(what) != std::string::npos) return;
      if (!dropped->empty()) *dropped += ", ";
      *dropped += what;
    };
    size_t pos = 0;
    while (pos < body.size()) {
      const char c = body[pos];
      if (IsSpace(c) || c == '_') {
        // '_' between two items ("NEW_&TIETYPES", "IN_*", "}_CONVENTIONS") joins them: no word in between.
        // A trailing '_' ("OFF_", "GENEVA_ |") marks the exact word and joins nothing; nor does one next to
        // a construct that is dropped.
        if (c == '_' && pos > 0 && pos + 1 < body.size() &&
            std::string_view(" \t\r_(%^|").find(body[pos - 1]) == std::string_view::npos &&
            std::string_view(" \t\r_)%^|").find(body[pos + 1]) == std::string_view::npos)
          slots->push_back(Slot{false, {{std::string(kJoin)}}});
        ++pos;
      } else if (c == '*') {
        while (pos < body.size() && body[pos] == '*') ++pos;  // "**" is PETRARCH's spelling
        slots->push_back(Slot{true, {}});
      } else if (c == '+' || c == '$') {
        slots->push_back(Slot{false, {{std::string(1, c)}}});
        ++pos;
      } else if (c == '%') {
        note("'%' (compound actor)");
        ++pos;
      } else if (c == '^') {
        note("'^' (skip a noun phrase)");
        ++pos;
      } else if (c == '(' || c == ')') {
        note("'( )' (prepositional phrase)");
        ++pos;
      } else if (c == '{') {
        const size_t close = body.find('}', pos);
        if (close == std::string_view::npos) {
          Invalid(line, "unclosed '{' in pattern");
          return false;
        }
        const std::string_view inside = body.substr(pos + 1, close - pos - 1);
        pos = close + 1;
        if (inside.find('|') == std::string_view::npos) {  // PETRARCH noun phrase: its words, in order
          note("'{ }' (noun phrase)");
          if (!ParseSlots(inside, line, slots, dropped)) return false;
          continue;
        }
        Slot alternatives;
        std::string_view rest = inside;
        while (true) {
          const size_t bar = rest.find('|');
          const std::string_view alternative = Trim(rest.substr(0, bar));
          std::vector<std::vector<std::string>> expanded;
          if (alternative.find_first_of("$+*%^()") != std::string_view::npos) {
            Unsupported(line,
                        "alternative " + Quote(alternative) + " holds pattern symbols; pattern skipped");
            return false;
          }
          if (!ExpandSynsetText(alternative, line, 0, &expanded)) return false;
          for (auto& words : expanded)
            if (!words.empty()) alternatives.alternatives.push_back(std::move(words));
          if (bar == std::string_view::npos) break;
          rest.remove_prefix(bar + 1);
        }
        if (alternatives.alternatives.empty()) {
          Invalid(line, "empty '{ | }' alternatives in pattern");
          return false;
        }
        slots->push_back(std::move(alternatives));
      } else if (c == '&') {
        size_t end = pos + 1;
        while (end < body.size() && !IsSpace(body[end]) && body[end] != ')' && body[end] != '}') ++end;
        const std::string_view name = body.substr(pos, end - pos);
        pos = end;
        Slot members;
        if (!ExpandSynsetText(name, line, 0, &members.alternatives)) return false;
        slots->push_back(std::move(members));
      } else {
        size_t end = pos;
        while (end < body.size() && !IsSpace(body[end]) && body[end] != '_' &&
               std::string_view("*+$%^(){}&|").find(body[end]) == std::string_view::npos) {
          ++end;
        }
        if (end == pos) {
          Invalid(line, "unexpected " + Quote(body.substr(pos, 1)) + " in pattern");
          return false;
        }
        std::vector<std::string> words;
        AppendWords(body.substr(pos, end - pos), &words);
        pos = end;
        for (std::string& word : words) {
          if (!IsPlainWord(word)) {
            Unsupported(line, "pattern word " + Quote(word) +
                                  " uses a construct dyad does not have; pattern skipped");
            return false;
          }
          slots->push_back(Slot{false, {{std::move(word)}}});
        }
      }
    }
    return true;
  }

  void Pattern(std::string_view text, uint32_t line) {
    if (first_pattern_line_ == 0) first_pattern_line_ = line;
    std::string_view code;
    bool has_code = false;
    std::string_view body = Trim(SplitCode(text, &code, &has_code));
    if (!has_code) {
      Invalid(line, "pattern " + Quote(body) + " has no [CODE]");
      return;
    }
    if (verbs_.empty() && skipped_verb_line_ != 0) {
      Unsupported(line, "pattern " + Quote(body) + " belongs to the verb skipped at line " +
                            std::to_string(skipped_verb_line_) + "; skipped");
      return;
    }
    if (verbs_.empty()) {
      Invalid(line, "pattern " + Quote(body) + " comes before any verb");
      return;
    }
    // A pattern with the null code [---] is a negative pattern: its words are no event (native code '-').
    std::string paired;
    const std::string native_code =
        code == "---" ? "-" : NativeCode(code, line, "pattern " + Quote(body), &paired);
    if (native_code.empty()) return;
    std::vector<Slot> slots;
    std::string dropped;
    if (!ParseSlots(body, line, &slots, &dropped)) return;
    const auto verb_count =
        std::count_if(slots.begin(), slots.end(), [](const Slot& s) { return s.is_verb; });
    if (verb_count != 1) {
      Invalid(line, "pattern " + Quote(body) + " must have exactly one '*' (the verb)");
      return;
    }
    for (char slot : {'+', '$'}) {
      const auto count = std::count_if(slots.begin(), slots.end(), [&](const Slot& s) {
        return !s.is_verb && s.alternatives.size() == 1 &&
               s.alternatives[0] == std::vector<std::string>{{slot}};
      });
      if (count > 1) {
        Unsupported(line, "pattern " + Quote(body) + " has more than one '" + std::string(1, slot) +
                              "'; dyad allows one; skipped");
        return;
      }
    }
    DictionaryEntry entry;
    entry.kind = EntryKind::kVerb;
    entry.code = native_code;
    entry.paired_code = std::move(paired);
    entry.file = std::string(file_);
    entry.line = line;
    bool capped = false;
    for (const std::vector<std::string>& verb : verbs_) {
      size_t produced = 0;
      std::vector<std::string> items;
      Expand(slots, 0, verb, &items, &produced, &capped, &entry.phrases);
    }
    if (capped) {
      Unsupported(line, "pattern " + Quote(body) + " expands into more than " +
                            std::to_string(kMaxPatternExpansion) + " patterns per verb; only the first kept");
    }
    if (joined_slot_) {
      if (!dropped.empty()) dropped += ", ";
      dropped += "'_' next to a slot (a slot takes a few modifiers first)";
      joined_slot_ = false;
    }
    if (!dropped.empty()) {
      Unsupported(line, "pattern " + Quote(body) + ": dropped " + dropped + "; converted without them");
    }
    if (entry.phrases.empty()) return;
    ++converted_;
    out_->entries.push_back(std::move(entry));
  }

  void Expand(const std::vector<Slot>& slots, size_t index, const std::vector<std::string>& verb,
              std::vector<std::string>* items, size_t* produced, bool* capped,
              std::vector<std::string>* out) {
    if (*produced >= kMaxPatternExpansion) {
      *capped = true;
      return;
    }
    if (index == slots.size()) {
      std::string phrase = JoinPattern(*items, &joined_slot_);
      if (std::find(out->begin(), out->end(), phrase) == out->end()) out->push_back(std::move(phrase));
      ++*produced;
      return;
    }
    const Slot& slot = slots[index];
    if (slot.is_verb) {
      items->insert(items->end(), verb.begin(), verb.end());
      Expand(slots, index + 1, verb, items, produced, capped, out);
      items->resize(items->size() - verb.size());
      return;
    }
    for (const std::vector<std::string>& alternative : slot.alternatives) {
      items->insert(items->end(), alternative.begin(), alternative.end());
      Expand(slots, index + 1, verb, items, produced, capped, out);
      items->resize(items->size() - alternative.size());
    }
  }

  std::string_view file_;
  bool tabari_;
  DictionarySource* out_;
  std::vector<Status>* errors_;
  static constexpr int kMaxSynsetDepth = 4;
  std::vector<RawSynset> raw_synsets_;
  bool in_synset_ = false;
  bool last_was_pattern_ = false;
  std::vector<std::vector<std::string>> verbs_;  // the current group's verbs, as native words
  static constexpr size_t kNoEntry = static_cast<size_t>(-1);
  size_t group_entry_ = kNoEntry;  // out_->entries index of the entry of the group's last coded verb line
  std::string block_code_;
  std::string block_paired_;        // the block's secondary code (NativeCode)
  uint32_t skipped_verb_line_ = 0;  // a verb of the current group that could not be converted
  uint32_t first_pattern_line_ = 0;
  size_t converted_ = 0;
  bool joined_slot_ = false;  // JoinPattern dropped a '_' next to a slot in the pattern being converted
};

}  // namespace

void ReadVerbFile(std::string_view file_name, std::string_view text, bool tabari_dialect,
                  DictionarySource* out, std::vector<Status>* errors) {
  VerbReader reader(file_name, tabari_dialect, out, errors);
  reader.Read(text);
}

}  // namespace dyad::petrarch_verbs
