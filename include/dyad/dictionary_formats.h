// Reading the community's dictionary formats (TABARI and PETRARCH/Phoenix) into dyad's native entries, and
// writing entries back in the native format (docs/dictionaries.md).
//
// The foreign readers convert what maps onto the native model and report everything else: a construct that
// cannot be represented is a Status::Unsupported("FILE:LINE: what"), a malformed line a
// Status::InvalidArgument("FILE:LINE: ..."). Nothing is dropped silently and reading always continues.
//
// Conversion choices (shared by both readers):
//   - Phrases: '_' becomes a space; text is written in lower case (case-insensitive in dyad), except an actor
//     phrase that is one short token of at most 4 letters, which the files cannot tell from an acronym. From
//     TABARI and PETRARCH actor files a 3- or 4-letter one is written capitalised ("BREE" -> "Bree",
//     "IRAQ" -> "Iraq"), which dyad matches in every case but lower case, as TABARI and PETRARCH match every
//     case; a 2-letter token or one with other characters ("US", "U.S.") stays in capitals, which dyad then
//     requires in the text. Bytes that are not UTF-8 are read as Latin-1 (older dictionaries were written in
//     it).
//   - Actor codes: a bare 3-letter national code becomes a `country` entry (in any actor file: TABARI and
//     PETRARCH attach agents to any actor, dyad to countries); otherwise the first 3 letters are the country
//     unless they are a CAMEO non-state or sector code (IGO, NGO, GOV, ...), and the rest splits into
//     3-letter sectors. One native entry per code line, carrying all the actor's phrases and the line's dates
//     ("<D": to the day before D; ">D": from D; "A-B": A to B inclusive; a 2-digit year is read as KEDS and
//     TABARI read it: 00-30 are 20YY, 31-99 are 19YY, so "320101-331108" is 1932-1933; see
//     kLastTwoDigitYearOf2000s).
//   - Verbs: one reader serves both dialects (ReadTabariDictionary hands verb files to it); a TABARI pattern
//     belongs to the verb line above it, a PETRARCH pattern to every verb of its "--- NAME [CODE] ---" block.
//     Inflected forms "{...}" (TABARI may put them on the line after the verb) join the group only when
//     their lemma is new to it ("SPED", not "SPEEDING"): dyad matches verbs by lemma. A TABARI verb stem (no
//     trailing '_') of at least 6 letters that drops a final 'e' ("EXCHANG") also gets that lemma
//     ("exchange") as a verb. A verb line with code [---] makes no entry (it codes nothing on its own, which
//     is dyad's default); a pattern with [---] is reported.
//   - Verb patterns: the words around '*' become one word sequence with the verb's base form at the '*'
//     position; '+' and '$' stay slots; synsets "&NAME" (joined to words with '_', "&NAME_WORD", and nested
//     in members) and TABARI alternatives "{A | B}" expand into one pattern per member (at most
//     kMaxPatternExpansion, reported when capped). TABARI/PETRARCH allow any words between pattern words (and
//     '_' allows none) while dyad's matcher allows two modifiers, or five that are one noun phrase's:
//     reported once per file, not per pattern.
#ifndef DYAD_DICTIONARY_FORMATS_H_
#define DYAD_DICTIONARY_FORMATS_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/dictionary.h"
#include "dyad/status.h"

namespace dyad {

enum class DictionaryFormat { kNative, kTabari, kPetrarch };

const char* DictionaryFormatName(DictionaryFormat format);

// Detects the format of one dictionary file from its name and first lines (`head`, any length; a few KB is
// plenty). TABARI files are named by extension (.actors, .agents, .verbs, .options); a ".txt" file is native
// when its first entry line starts with a native kind word and has " : ", else PETRARCH.
DictionaryFormat DetectDictionaryFormat(std::string_view file_name, std::string_view head);

enum class ForeignFileKind { kActors, kAgents, kVerbs, kDiscards };

// The kind of a TABARI or PETRARCH file from its name ("x.actors", "Phoenix.agents.txt", "CAMEO.2.0.txt",
// "PETR.Validate.verbs.txt", "Phoenix.discards.txt"); nullopt when the name says nothing (e.g. .options).
std::optional<ForeignFileKind> GuessForeignFileKind(std::string_view file_name);

// The most native patterns one foreign pattern may expand into (synsets and alternatives multiply).
inline constexpr size_t kMaxPatternExpansion = 64;

// Two-digit years in the community's files (dated actor codes, TABARI record headers) are 20YY up to this
// value and 19YY above it: the rule of KEDS and TABARI, which PETRARCH kept "for consistency".
inline constexpr int kLastTwoDigitYearOf2000s = 30;

// Reads one TABARI / PETRARCH file into native entries appended to `out`. Every construct that cannot be
// represented is reported as Status::Unsupported("FILE:LINE: what") in `errors` (never silently dropped);
// syntax errors as InvalidArgument("FILE:LINE: ..."). Reading continues after each problem.
// The actor, agent and discard syntaxes of the two formats are one family (PETRARCH's are TABARI's with
// "!SUBST!" markers and separate date lines), so both functions accept both for those kinds; verbs differ.
void ReadTabariDictionary(std::string_view file_name, std::string_view text, ForeignFileKind kind,
                          DictionarySource* out, std::vector<Status>* errors);
void ReadPetrarchDictionary(std::string_view file_name, std::string_view text, ForeignFileKind kind,
                            DictionarySource* out, std::vector<Status>* errors);

// Writes entries back in the native format (one line per entry, phrases joined by " | "), for
// `dyad dict convert`. ParseNativeDictionary reads the result back into equal entries (file and line aside).
std::string WriteNativeDictionary(const DictionarySource& source);

}  // namespace dyad

#endif  // DYAD_DICTIONARY_FORMATS_H_
