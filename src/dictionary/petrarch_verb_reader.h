// Internal to the dictionary stage: the verb-file reader of TABARI (.verbs) and PETRARCH (CAMEO.2.0.txt)
// files (petrarch_verb_reader.cc) and the pattern-word helpers it shares with petrarch_format.cc, which
// dispatches a PETRARCH/Phoenix file by kind. Not installed; include only from src/dictionary/.
#ifndef DYAD_DICTIONARY_PETRARCH_VERB_READER_H_
#define DYAD_DICTIONARY_PETRARCH_VERB_READER_H_

#include <cstdint>
#include <string>
#include <string_view>
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
std::string JoinPattern(const std::vector<std::string>& items, bool* joined_slot);

// 2 to 4 digits.
bool IsCameoCode(std::string_view code);

// One position of a pattern: a choice among alternatives, each a sequence of native items (words, "+", "$").
// The verb position is marked by `is_verb`.
struct Slot {
  bool is_verb = false;
  std::vector<std::vector<std::string>> alternatives;
};

}  // namespace dyad::petrarch_verbs

#endif  // DYAD_DICTIONARY_PETRARCH_VERB_READER_H_
