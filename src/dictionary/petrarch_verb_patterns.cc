// The verb-file reader's synsets and patterns (VerbReader, petrarch_verb_reader.h): "&SYNSET" references
// expanded into word choices, and a pattern line "- WORDS * WORDS [CODE]" parsed into slots and expanded into
// native patterns, one per verb of the group and choice of alternatives. Lines, verbs, forms and codes are
// read in petrarch_verb_reader.cc.
#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dictionary/foreign_text.h"
#include "dictionary/petrarch_verb_reader.h"
#include "dyad/dictionary_formats.h"

namespace dyad::petrarch_verbs {

using foreign_text::IsSpace;
using foreign_text::Quote;
using foreign_text::Trim;

const VerbReader::RawSynset* VerbReader::FindRawSynset(std::string_view name) const {
  for (const RawSynset& synset : raw_synsets_)
    if (synset.name == name) return &synset;
  return nullptr;
}

const VerbReader::RawSynset* VerbReader::ResolveSynsetReference(std::string_view reference,
                                                                std::string_view* rest) const {
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

bool VerbReader::ExpandSynsetText(std::string_view text, uint32_t line, int depth,
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
    // TABARI: the token's last word is a stem unless a '_' closes it or joins it to what follows
    // ("REVOLUTION" matches "revolutionary", "RESOLUTION_" only "resolution"; MarkStem).
    const bool token_open = !token.ends_with('_') && (pos == text.size() || text[pos] != '&');
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
      if (tabari_ && !tail.empty() && token_open) MarkStem(&tail.back());
      if (!tail.empty())
        for (auto& choice : choices) choice.insert(choice.end(), tail.begin(), tail.end());
    } else {
      std::vector<std::string> words;
      AppendWords(token, &words, /*joins=*/true);
      if (tabari_ && !words.empty() && token_open) MarkStem(&words.back());
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

void VerbReader::ReportBadMember(const std::string& member, uint32_t line) const {
  const std::string message =
      Where(line) + "synset member " + Quote(member) + " holds pattern symbols; member skipped";
  for (const Status& e : *errors_)
    if (e.message() == message) return;
  errors_->push_back(Status::Unsupported(message));
}

bool VerbReader::ParseSlots(std::string_view body, uint32_t line, std::vector<Slot>* slots,
                            std::string* dropped) {
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
      // The skip: kept as the item "^" (PatternElementKind::kSkip), which steps over the next actor and those
      // coordinated with it. TABARI steps over the next actor; PETRARCH-1 over the rest of the noun phrase
      // it stands in (its parse's NE, which holds a prepositional phrase: "the leaders of Gondor"), which
      // dyad's actor chunk with its coordination group approximates (docs/validation.md, branch tabari8).
      slots->push_back(Slot{false, {{"^"}}});
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
          Unsupported(line, "alternative " + Quote(alternative) + " holds pattern symbols; pattern skipped");
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
      // TABARI closes an exact word with a trailing '_' ("* RESOLUTION_" is no "resolutions"): the mark stays
      // on the word for the compiler (kElementExact).
      const bool closed = tabari_ && !words.empty() && pos < body.size() && body[pos] == '_' &&
                          (pos + 1 == body.size() || IsSpace(body[pos + 1]));
      for (std::string& word : words) {
        if (!IsPlainWord(word)) {
          Unsupported(
              line, "pattern word " + Quote(word) + " uses a construct dyad does not have; pattern skipped");
          return false;
        }
        slots->push_back(Slot{false, {{std::move(word)}}});
      }
      if (closed) {
        slots->back().alternatives[0][0].push_back('_');
      } else if (tabari_ && (pos == body.size() || body[pos] != '_')) {
        MarkStem(&slots->back().alternatives[0][0]);
      }
    }
  }
  return true;
}

void VerbReader::Pattern(std::string_view text, uint32_t line) {
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
  const auto verb_count = std::count_if(slots.begin(), slots.end(), [](const Slot& s) { return s.is_verb; });
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

void VerbReader::Expand(const std::vector<Slot>& slots, size_t index, const std::vector<std::string>& verb,
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

}  // namespace dyad::petrarch_verbs
