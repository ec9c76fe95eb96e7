// TABARI-family actor, agent and discard files (shared with PETRARCH/Phoenix, which kept the syntax) read
// into native entries; see dyad/dictionary_formats.h for the conversion choices. Verb files are read by the
// verb reader in petrarch_format.cc, which handles both dialects.
//
// Actor records:   see tabari_actors.cc
// Agent lines:     PHRASE {PLURAL ...} [~SECTOR]     ("{}" = no plural; "!SUBST!" markers expand)
// Discard lines:   PHRASE, or +PHRASE (discard the whole story)
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "common/lines.h"
#include "dictionary/tabari_internal.h"
#include "dyad/dictionary_formats.h"
#include "dyad/text.h"

namespace dyad {
namespace {

using tabari_internal::AddPhrase;
using tabari_internal::CommentStrippingLines;
using tabari_internal::IsDigit;
using tabari_internal::IsLower;
using tabari_internal::IsRepresentablePhrase;
using tabari_internal::IsUpper;
using tabari_internal::NativePhrase;
using tabari_internal::Quote;
using tabari_internal::ReadActorFile;
using tabari_internal::Reporter;
using tabari_internal::ShortNames;
using tabari_internal::Trim;

// Regular English plural of the last word (PETRARCH's rule): +IES after Y, +ES after SS, else +S.
std::string RegularPlural(std::string_view phrase) {
  std::string out(phrase);
  if (out.empty()) return out;
  if (out.back() == 'Y' || out.back() == 'y') {
    out.pop_back();
    out += IsLower(phrase.back()) ? "ies" : "IES";
  } else if (out.size() >= 2 && (out.ends_with("SS") || out.ends_with("ss"))) {
    out += IsLower(phrase.back()) ? "es" : "ES";
  } else {
    out += IsLower(phrase.back()) ? "s" : "S";
  }
  return out;
}

struct Substitution {
  std::string marker;  // "!PERSON!"
  std::vector<std::string> members;
};

class AgentReader {
 public:
  // `tabari_file`: TABARI's noun endings hold (see Line).
  AgentReader(std::string_view file_name, bool tabari_file, DictionarySource* out, Reporter* reporter)
      : file_(file_name), tabari_(tabari_file), out_(out), reporter_(reporter) {}

  void Line(std::string_view content, uint32_t line) {
    const std::string_view trimmed = Trim(content);
    if (trimmed.empty()) return;
    if (trimmed.front() == '!' && trimmed.find('=') != std::string_view::npos) {
      DefineSubstitution(trimmed, line);
      return;
    }
    const size_t open = trimmed.find('[');
    if (open == std::string_view::npos) {
      reporter_->Invalid(line, "agent line " + Quote(trimmed) + " has no [CODE]");
      return;
    }
    size_t close = trimmed.find_first_of("]}", open);  // "[~LEG}" occurs in the wild
    if (close == std::string_view::npos) close = trimmed.size();
    std::string_view code = Trim(trimmed.substr(open + 1, close - open - 1));
    std::string_view head = Trim(trimmed.substr(0, open));
    // "[~COP]" goes after the country ("Arnor police": ARNCOP), "[NGO~]" before it (NGOARN).
    AgentPlacement placement = AgentPlacement::kAfterCountry;
    if (code.starts_with('~')) {
      code.remove_prefix(1);
    } else if (code.ends_with('~')) {
      code.remove_suffix(1);
      placement = AgentPlacement::kBeforeCountry;
    } else {
      reporter_->Unsupported(line,
                             "agent code " + Quote(code) + " has no '~'; read as a sector after the country");
    }
    if (code.empty() ||
        !std::all_of(code.begin(), code.end(), [](char c) { return IsUpper(c) || IsDigit(c); })) {
      reporter_->Invalid(line, "bad agent code " + Quote(code) + ": expected upper-case letters and digits");
      return;
    }
    // Plural forms: none given -> regular plural; "{}" -> none; "{A B}" -> those.
    std::vector<std::string_view> plurals;
    bool regular_plural = true;
    if (const size_t brace = head.find('{'); brace != std::string_view::npos) {
      const size_t brace_end = head.find('}', brace);
      std::string_view inside = head.substr(
          brace + 1, brace_end == std::string_view::npos ? std::string_view::npos : brace_end - brace - 1);
      head = Trim(head.substr(0, brace));
      regular_plural = false;
      while (!(inside = Trim(inside)).empty()) {
        const size_t space = inside.find_first_of(" \t");
        plurals.push_back(inside.substr(0, space));
        inside = space == std::string_view::npos ? std::string_view() : inside.substr(space);
      }
    }
    // A trailing '_' marks the exact word. TABARI still matches it with its noun ending -S, as it does an
    // actor's ("SECURITY_FORCE_ [~MIL]" names "security forces", "GUERRILLA_" "guerrillas": the suite's CONV
    // records), so in a TABARI file it takes that ending.
    const bool exact = head.ends_with('_');
    const bool noun_ending = exact && tabari_ && plurals.empty();
    if (exact) regular_plural = false;
    DictionaryEntry entry;
    entry.kind = EntryKind::kAgent;
    entry.code = std::string(code);
    entry.agent_placement = placement;
    entry.file = std::string(file_);
    entry.line = line;
    std::vector<std::string> forms;
    ExpandSubstitutions(head, &forms, line);
    const bool substituted = forms.size() != 1 || forms[0] != head;
    for (const std::string& form : forms) {
      const std::string phrase = NativePhrase(form, ShortNames::kLowerCase);
      AddPhrase(phrase, &entry.phrases);
      if (regular_plural && !substituted)
        AddPhrase(NativePhrase(RegularPlural(form), ShortNames::kLowerCase), &entry.phrases);
      if (noun_ending && !substituted && !phrase.empty() && !phrase.ends_with('s'))
        AddPhrase(phrase + "s", &entry.phrases);
    }
    for (std::string_view plural : plurals)
      AddPhrase(NativePhrase(plural, ShortNames::kLowerCase), &entry.phrases);
    std::erase_if(entry.phrases, [&](const std::string& p) {
      if (IsRepresentablePhrase(p)) return false;
      reporter_->Unsupported(line, "agent phrase " + Quote(p) + " contains '|', '+' or '$'; skipped");
      return true;
    });
    if (entry.phrases.empty()) {
      reporter_->Invalid(line, "agent line has no phrase before [CODE]");
      return;
    }
    out_->entries.push_back(std::move(entry));
  }

 private:
  void DefineSubstitution(std::string_view text, uint32_t line) {
    const size_t equals = text.find('=');
    Substitution substitution;
    substitution.marker = std::string(Trim(text.substr(0, equals)));
    if (substitution.marker.size() < 3 || !substitution.marker.ends_with('!')) {
      reporter_->Invalid(line, "bad substitution marker " + Quote(substitution.marker) + ": expected !NAME!");
      return;
    }
    std::string_view list = text.substr(equals + 1);
    while (true) {
      const size_t comma = list.find(',');
      const std::string_view member = Trim(list.substr(0, comma));
      if (!member.empty()) substitution.members.emplace_back(member);
      if (comma == std::string_view::npos) break;
      list.remove_prefix(comma + 1);
    }
    substitutions_.push_back(std::move(substitution));
  }

  // Replaces each "!NAME!" marker of `phrase` by each member of its definition (members are inserted as
  // written, never rescanned, so a definition cannot recurse); at most kMaxPatternExpansion forms.
  void ExpandSubstitutions(std::string_view phrase, std::vector<std::string>* forms, uint32_t line) {
    forms->emplace_back();
    size_t pos = 0;
    while (pos < phrase.size()) {
      const size_t open = phrase.find('!', pos);
      const size_t close = open == std::string_view::npos ? open : phrase.find('!', open + 1);
      if (close == std::string_view::npos) {
        for (std::string& form : *forms) form += phrase.substr(pos);
        break;
      }
      const std::string_view literal = phrase.substr(pos, open - pos);
      const std::string_view marker = phrase.substr(open, close - open + 1);
      pos = close + 1;
      const Substitution* found = nullptr;
      for (const Substitution& substitution : substitutions_) {
        if (substitution.marker == marker) found = &substitution;
      }
      if (found == nullptr || found->members.empty()) {
        reporter_->Invalid(line,
                           "substitution " + Quote(marker) + " is not defined above its use; phrase skipped");
        forms->clear();
        return;
      }
      std::vector<std::string> next;
      for (const std::string& form : *forms) {
        for (const std::string& member : found->members) {
          if (next.size() >= kMaxPatternExpansion) {
            reporter_->Unsupported(line, "substitutions expand into more than " +
                                             std::to_string(kMaxPatternExpansion) +
                                             " phrases; only the first kept");
            break;
          }
          next.push_back(form + std::string(literal) + member);
        }
        if (next.size() >= kMaxPatternExpansion) break;
      }
      forms->swap(next);
    }
  }

  std::string_view file_;
  bool tabari_;
  DictionarySource* out_;
  Reporter* reporter_;
  std::vector<Substitution> substitutions_;
};

// An undated discard phrase read from `file_name`:`line` (discard files and TABARI's <TIME> block).
void AppendDiscard(std::string_view file_name, uint32_t line, std::string phrase, DictionarySource* out) {
  DictionaryEntry entry;
  entry.kind = EntryKind::kDiscard;
  entry.code = "-";
  entry.phrases.push_back(std::move(phrase));
  entry.file = std::string(file_name);
  entry.line = line;
  out->entries.push_back(std::move(entry));
}

void ReadDiscards(std::string_view file_name, std::string_view text, DictionarySource* out,
                  Reporter* reporter) {
  CommentStrippingLines lines(text);
  std::string content;
  uint32_t line = 0;
  while (lines.Next(&content, &line)) {
    std::string_view trimmed = Trim(content);
    if (trimmed.empty()) continue;
    if (trimmed.front() == '+') {
      trimmed.remove_prefix(1);
      reporter->Unsupported(line, "story-level discard '+' is read as a sentence-level discard");
    }
    std::string phrase = NativePhrase(trimmed, ShortNames::kLowerCase);
    if (phrase.empty()) continue;
    if (!IsRepresentablePhrase(phrase)) {
      reporter->Unsupported(line, "discard phrase " + Quote(phrase) + " contains '|', '+' or '$'; skipped");
      continue;
    }
    AppendDiscard(file_name, line, std::move(phrase), out);
  }
}

// TABARI matches a verb written without a closing '_' as a stem, a prefix of the text's word: WELCXME covers
// "welcxmed" and "welcxmes". dyad matches lemmas, and its lemmatiser, not knowing such a verb, cuts the
// ending off the text's word and its 'e' with it ("welcxmed" -> "welcxm"), which no pattern names. So every
// pattern of a stem that ends in 'e' and whose past tense the lemmatiser reads so (stem + "d" -> stem without
// its 'e') also gets the form without the 'e', where the stem stands as a word of the pattern. A verb the
// lemmatiser knows ("WELCOME": "welcomed" -> "welcome") gets nothing. The verb reader already completes
// the other half, stems that dropped their 'e' ("EXCHANG" -> "exchange"; petrarch_verb_reader.cc).
// Entries from `first` on are those read from `file_name`'s `text`; a pattern belongs to the verb line
// above it.
void AddUnknownStemLemmas(std::string_view file_name, std::string_view text, size_t first,
                          DictionarySource* out) {
  struct Stem {
    uint32_t line;
    std::string stem, lemma;  // lemma empty: no form to add
  };
  std::vector<Stem> heads;
  std::string lemma;
  for (LineReader lines(text); lines.Next();) {
    const std::string_view l = lines.line();
    const auto line = static_cast<uint32_t>(lines.number());
    if (l.empty() || !IsUpper(l[0])) continue;  // patterns, synsets, tags, comments, forms
    size_t word_end = 0;
    while (word_end < l.size() && IsUpper(l[word_end])) ++word_end;
    Stem head{line, {}, {}};
    const bool closed = word_end < l.size() && l[word_end] == '_';
    if (!closed && word_end >= 4 && l[word_end - 1] == 'E' &&
        (word_end == l.size() || l[word_end] == ' ' || l[word_end] == '\t' || l[word_end] == '\r')) {
      for (size_t i = 0; i < word_end; ++i) head.stem.push_back(tabari_internal::ToLower(l[i]));
      Lemmatize(head.stem + "d", &lemma);
      if (lemma.size() + 1 == head.stem.size() && head.stem.starts_with(lemma)) head.lemma = lemma;
    }
    heads.push_back(std::move(head));
  }
  auto with_lemma = [](const std::string& phrase, const Stem& s) {
    std::string result;
    size_t start = 0;
    bool changed = false;
    while (start <= phrase.size()) {
      size_t stop = phrase.find_first_of(" _", start);
      if (stop == std::string::npos) stop = phrase.size();
      const std::string_view word = std::string_view(phrase).substr(start, stop - start);
      changed |= word == s.stem;
      result += word == s.stem ? std::string_view(s.lemma) : word;
      if (stop < phrase.size()) result += phrase[stop];
      start = stop + 1;
    }
    return changed ? result : std::string();
  };
  for (size_t i = first; i < out->entries.size(); ++i) {
    DictionaryEntry& e = out->entries[i];
    if (e.kind != EntryKind::kVerb || e.file != file_name) continue;
    auto after = std::upper_bound(heads.begin(), heads.end(), e.line,
                                  [](uint32_t l, const Stem& s) { return l < s.line; });
    if (after == heads.begin() || std::prev(after)->lemma.empty()) continue;
    const Stem& s = *std::prev(after);
    const size_t n = e.phrases.size();
    for (size_t p = 0; p < n; ++p) {
      std::string form = with_lemma(e.phrases[p], s);
      if (!form.empty() && std::find(e.phrases.begin(), e.phrases.end(), form) == e.phrases.end())
        e.phrases.push_back(std::move(form));
    }
  }
}

// TABARI's <TIME> block in a verb file holds time phrases with the days they shift an event by
// ("TOMORROW [+1]"), which dyad does not apply (event dates are its own, docs/validation.md), and phrases
// that discard the sentence like an actor's discard code: "ONCE_UPON_A_TIME [###]", "WHEN_PEACE_COMES [+++]".
// Those become discard phrases, as such actors do (tabari_actors.cc). The verb reader, which sees the block
// as verbs, still reports its lines.
void AddTimeDiscards(std::string_view file_name, std::string_view text, DictionarySource* out) {
  bool in_time = false;
  for (LineReader lines(text); lines.Next();) {
    const std::string_view l = Trim(lines.line());
    const auto line = static_cast<uint32_t>(lines.number());
    if (l.starts_with("<TIME>")) in_time = true;
    if (l.starts_with("</TIME>")) in_time = false;
    if (!in_time || l.empty() || l.front() == '-' || l.front() == '<') continue;
    const size_t open = l.find('[');
    if (open == std::string_view::npos) continue;
    const std::string_view code = Trim(l.substr(open + 1, l.find(']', open) - open - 1));
    if (code != "###" && code != "+++") continue;
    std::string phrase = NativePhrase(Trim(l.substr(0, open)), ShortNames::kLowerCase);
    if (phrase.empty() || !IsRepresentablePhrase(phrase)) continue;
    AppendDiscard(file_name, line, std::move(phrase), out);
  }
}

}  // namespace

// Shared with petrarch_format.cc through the public entry points: PETRARCH actor, agent and discard files use
// this reader, and TABARI verb files use the PETRARCH verb reader.
void ReadTabariDictionary(std::string_view file_name, std::string_view text, ForeignFileKind kind,
                          DictionarySource* out, std::vector<Status>* errors) {
  if (kind == ForeignFileKind::kVerbs) {
    const size_t first = out->entries.size();
    ReadPetrarchDictionary(file_name, text, kind, out, errors);
    if (DetectDictionaryFormat(file_name, text.substr(0, 4096)) == DictionaryFormat::kTabari) {
      AddUnknownStemLemmas(file_name, text, first, out);
      AddTimeDiscards(file_name, text, out);
    }
    return;
  }
  Reporter reporter(file_name, errors);
  if (kind == ForeignFileKind::kDiscards) {
    ReadDiscards(file_name, text, out, &reporter);
    return;
  }
  if (kind == ForeignFileKind::kActors) {
    const bool tabari_file =
        DetectDictionaryFormat(file_name, text.substr(0, 4096)) == DictionaryFormat::kTabari;
    ReadActorFile(file_name, text, tabari_file, out, &reporter);
    return;
  }
  CommentStrippingLines lines(text);
  std::string content;
  uint32_t line = 0;
  const bool tabari_file =
      DetectDictionaryFormat(file_name, text.substr(0, 4096)) == DictionaryFormat::kTabari;
  AgentReader reader(file_name, tabari_file, out, &reporter);
  while (lines.Next(&content, &line)) reader.Line(content, line);
}

}  // namespace dyad
