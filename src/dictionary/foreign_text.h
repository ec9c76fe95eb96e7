// Text helpers shared by the TABARI and PETRARCH readers (tabari_format.cc, petrarch_format.cc): both formats
// are line-oriented, may be Latin-1, and report what they cannot read with the offending text quoted.
#ifndef DYAD_SRC_DICTIONARY_FOREIGN_TEXT_H_
#define DYAD_SRC_DICTIONARY_FOREIGN_TEXT_H_

#include <string>
#include <string_view>

namespace dyad::foreign_text {

// The separators of a foreign dictionary line: space, tab and the '\r' of CRLF files.
inline bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r'; }

// `s` without leading and trailing IsSpace characters.
std::string_view Trim(std::string_view s);

// `s` in single quotes, for messages.
std::string Quote(std::string_view s);

// True when `s` is well-formed UTF-8 (no overlong two-byte leads, no lead above U+10FFFF's).
bool IsValidUtf8(std::string_view s);

// One line of a foreign dictionary as UTF-8: older dictionaries were written in Latin-1, so a line that is
// not UTF-8 is transcoded byte by byte. Control characters other than tab (which the native format rejects)
// become spaces.
std::string ToUtf8(std::string_view s);

}  // namespace dyad::foreign_text

#endif  // DYAD_SRC_DICTIONARY_FOREIGN_TEXT_H_
