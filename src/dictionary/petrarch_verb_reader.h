// Internal to the dictionary stage: the verb-file reader of TABARI (.verbs) and PETRARCH (CAMEO.2.0.txt)
// files (petrarch_verb_reader.cc, petrarch_verb_patterns.cc) and the pattern-word helpers it shares with
// petrarch_format.cc, which
// dispatches a PETRARCH/Phoenix file by kind. Not installed; include only from src/dictionary/.
#ifndef DYAD_DICTIONARY_PETRARCH_VERB_READER_H_
#define DYAD_DICTIONARY_PETRARCH_VERB_READER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dyad/dictionary_formats.h"

namespace dyad::petrarch_verbs {

// Reads one verb file into native verb entries appended to `out`; everything the native pattern language
// cannot express (and syntax errors) is appended to `errors` with FILE:LINE, and reading goes on.
// `tabari_dialect` selects TABARI's reading (a pattern belongs to the verb line above it, a '+' inside a verb
// is the target) over PETRARCH's (a pattern belongs to every verb of its block).
void ReadVerbFile(std::string_view file_name, std::string_view text, bool tabari_dialect,
                  DictionarySource* out, std::vector<Status>* errors);

// Line content without "<!-- -->" comments (one line only; verb files do not span them) and without '#'/';'
// comments.
std::string_view StripComment(std::string_view line);

// The item that stands between two pattern words joined with '_' ("NEW_&TIETYPES_RELATIONS"): they follow
// each other with no word in between. JoinPattern glues the two into one native item ("new_economic").
inline constexpr std::string_view kJoin = "_";

// A foreign word run ("RE_TRIAL", "IS_TO_", "Phone") as lower-case native words appended to `words`. With
// `joins` (pattern words), a '_' with a word character after it in `text` appends kJoin before that word
// ("RE_TRIAL": re, _, trial; "_RELATIONS" after a synset: _, relations); a trailing '_' marks the exact word
// in TABARI and joins nothing.
void AppendWords(std::string_view text, std::vector<std::string>* words, bool joins = false);

// TABARI reads every pattern word that no '_' closes as a stem, a prefix of the text's word ("* REVOLUTION"
// covers "revolutionary", "SAID WOULD * NOW" "saidth"; "RESOLUTION_" is only "resolution"). The TABARI
// dialect of the reader marks such a word with kOpenStem (MarkStem: words of letters only); JoinPattern
// writes the mark as '~', the native stem mark (compiled.h, kElementStem), or drops it when a '_' joins the
// word to the next one after all (a synset member before "_RELATIONS", an alternative before
// "}_CONVENTIONS"): TABARI's '_' closes the word it joins. PETRARCH files keep matching by lemma.
inline constexpr char kOpenStem = '\x1f';
void MarkStem(std::string* word);

// A PETRARCH multi-word verb without its '+' marks: "+BREAK_DOWN" (a phrasal verb) and "WIRE_+TAP" (the
// '+' marks the head word of a compound) are the words "BREAK_DOWN" and "WIRE_TAP"; dyad anchors a pattern
// at its first word either way. In a TABARI verb an inner '+' is the target ("SNUB_THE_+"): `tabari` keeps
// it.
std::string WithoutHeadMarks(std::string_view verb, bool tabari);

// A word the native pattern language reads as a plain word: none of its item symbols.
bool IsPlainWord(std::string_view word);
bool AllPlainWords(const std::vector<std::string>& words);

// Words separated by single spaces.
std::string Join(const std::vector<std::string>& words);

// Pattern items as native pattern text: items separated by spaces, and two words with kJoin between them
// written as one item "a_b". A kJoin next to a slot ('+', '$'), at either end or next to another kJoin is
// dropped: the native language joins words only (`*joined_slot` is set when one stood next to a slot).
// A Treebank clitic "n't" after a word is written onto it ("did n't" -> "didn't"), as dyad tokenizes it.
std::string JoinPattern(const std::vector<std::string>& items, bool* joined_slot);

// 2 to 4 digits.
bool IsCameoCode(std::string_view code);

// One position of a pattern: a choice among alternatives, each a sequence of native items (words, "+", "$").
// The verb position is marked by `is_verb`.
struct Slot {
  bool is_verb = false;
  std::vector<std::vector<std::string>> alternatives;
};

// Reads one verb file (ReadVerbFile). The members are split by concern: lines, verbs, forms and codes in
// petrarch_verb_reader.cc; synset expansion and patterns in petrarch_verb_patterns.cc. One reader per file.
class VerbReader {
 public:
  VerbReader(std::string_view file_name, bool tabari_dialect, DictionarySource* out,
             std::vector<Status>* errors)
      : file_(file_name), tabari_(tabari_dialect), out_(out), errors_(errors) {}

  // Converts `text`, appending entries to `out` and problems to `errors`.
  void Read(std::string_view text);

 private:
  struct RawSynset {
    std::string name;                                       // without '&' and a trailing '_'
    std::vector<std::pair<std::string, uint32_t>> members;  // text as written, line
  };

  // Calls fn(content, line) for each line of `text`, comments stripped, as UTF-8 (petrarch_verb_reader.cc).
  template <typename Fn>
  void ForEachLine(std::string_view text, Fn&& fn);

  void Unsupported(uint32_t line, const std::string& what) {
    errors_->push_back(Status::Unsupported(Where(line) + what));
  }
  void Invalid(uint32_t line, const std::string& what) {
    errors_->push_back(Status::InvalidArgument(Where(line) + what));
  }
  std::string Where(uint32_t line) const { return std::string(file_) + ":" + std::to_string(line) + ": "; }

  // Lines, verbs, forms and codes (petrarch_verb_reader.cc).

  // First pass: synsets may be used above their definition. Members are kept as written and expanded on use
  // (ExpandSynsetText), since a member may name another synset ("+&TIETYPES_MEMOS").
  void CollectSynsets(std::string_view text);
  void Line(std::string_view content, uint32_t line);
  // Splits "TEXT [CODE]" into TEXT and CODE (without brackets); `code` is empty when there is none.
  static std::string_view SplitCode(std::string_view text, std::string_view* code, bool* has_code);
  // Checks a foreign code and returns the native one, or "" (reported) when the line cannot be converted.
  // A secondary code after ':' ("[032:033]") is the paired event, target toward source, as TABARI and
  // PETRARCH-1 code it: stored in `*paired` when it is a CAMEO code (reported and dropped otherwise).
  // A secondary code alone ("[:030]", Phoenix's "RECEIVE - * ASSURANCE") codes only the target's act toward
  // the source: the native code "-" (the words are no act of the source) with `*paired` set, the native
  // reversed-only entry (docs/dictionaries.md).
  std::string NativeCode(std::string_view code, uint32_t line, std::string_view what, std::string* paired);
  void StartBlock(std::string_view header, uint32_t line);
  void VerbLine(std::string_view text, uint32_t line);
  // The inflected forms "{ BROKE_ BROKEN_ BROKEN_DOWN_ }" of the group's last verb ("{}": none). dyad matches
  // by lemma, so a form is added as a verb of the group, with every pattern of the group, only when its
  // words do not lemmatise to those of a verb the group has ("ACTING" is "act": nothing new; "ACTXD", "SPED"
  // or TABARI's test form "ACTUALITY" are new). Forms with pattern symbols are reported and skipped.
  // A form written without a closing '_' is a stem in TABARI (MarkStem).
  void AddForms(std::string_view text, uint32_t line);
  // A verb of the group as the native phrase of its own entry: its words, a stem's mark written as '~'.
  static std::string VerbPhrase(const std::vector<std::string>& verb);
  // TABARI matches a verb word without a trailing '_' as a stem, a prefix of the text's word: "EXCHANG"
  // covers "exchange", "exchanged", "exchanging". dyad matches lemmas, and "exchang" is none. TABARI's stems
  // drop a final 'e', so a stem of at least 5 letters whose past tense dyad lemmatises to the stem plus 'e'
  // ("exchanged" -> "exchange", "opposed" -> "oppose") gets that lemma as a second verb of the group,
  // with every pattern of the stem. Shorter stems are left alone ("cut" + "ed" would read as "cute"); a stem
  // that is a lemma already ("ABANDON": "abandoned" -> "abandon") gets nothing new, nor one that is itself an
  // inflected form the lemmatiser knows ("ATTACKED" is "attack", not a stem of "attackede").
  // True when it added one.
  bool AddStemCompletion(std::string_view head, const std::vector<std::string>& words);
  // TABARI gives a one-word verb closed by '_' its regular endings and no others: DEPART_ is "departs",
  // "departes", "departed", "departen", "departing", never "departx" (the suite's VERBEND records); DEPLORE_
  // "deplores", "deplored", "deploren", "deploring". dyad matches lemmas, so an ending is added as a verb of
  // the group only when the lemmatiser does not read it as the verb ("departes", "departen").
  void AddRegularEndings(const std::string& verb);

  // Synset expansion (petrarch_verb_patterns.cc).

  const RawSynset* FindRawSynset(std::string_view name) const;
  // Splits a synset reference "&TIETYPES_RELATIONS" (without '&') into the longest defined synset name that
  // ends at a '_' or at the end ("TIETYPES") and the words joined after it ("RELATIONS"): TABARI joins a
  // synset to the next word with '_' as it joins words. Null when no prefix names a synset.
  const RawSynset* ResolveSynsetReference(std::string_view reference, std::string_view* rest) const;
  // Every word sequence that `text` (plain words, '_' joins, and "&SYNSET" references, which may be joined
  // to words and may nest up to kMaxSynsetDepth) stands for, at most kMaxPatternExpansion. False (reported
  // at `line`) when a reference names no synset, a member holds other pattern symbols, or the nesting is too
  // deep.
  bool ExpandSynsetText(std::string_view text, uint32_t line, int depth,
                        std::vector<std::vector<std::string>>* out) const;
  // A member with slot or pattern symbols ("+PESO_$") cannot stand for words; reported once per member.
  void ReportBadMember(const std::string& member, uint32_t line) const;

  // Patterns (petrarch_verb_patterns.cc).

  // Parses the pattern body into slots; records dropped constructs in `dropped`. False: not convertible.
  bool ParseSlots(std::string_view body, uint32_t line, std::vector<Slot>* slots, std::string* dropped);
  // Converts one pattern line (the text after its '-') into one entry: a native pattern per verb of the
  // group and choice of alternatives.
  void Pattern(std::string_view text, uint32_t line);
  // Appends to `out` each native pattern that slots[index..] give after `items`, with `verb` at the verb
  // slot; stops at kMaxPatternExpansion per verb and sets `*capped`.
  void Expand(const std::vector<Slot>& slots, size_t index, const std::vector<std::string>& verb,
              std::vector<std::string>* items, size_t* produced, bool* capped, std::vector<std::string>* out);

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

}  // namespace dyad::petrarch_verbs

#endif  // DYAD_DICTIONARY_PETRARCH_VERB_READER_H_
