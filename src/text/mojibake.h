// Repair of mojibake: UTF-8 text that was once decoded as Windows-1252 (or Latin-1) and encoded again, so
// that "police’s" reads "policeâ€™s" and a no-break space reads "Â ". Scraped news archives are full of it,
// and a word glued to "â" or "Â" is no word any dictionary knows.
#ifndef DYAD_TEXT_MOJIBAKE_H_
#define DYAD_TEXT_MOJIBAKE_H_

#include <string>
#include <string_view>

namespace dyad::text_internal {

// Rewrites, in valid UTF-8 `text`, every run of characters that Windows-1252 encodes as one well-formed UTF-8
// multi-byte sequence (a lead U+00C2..U+00F4 followed by the right number of characters whose Windows-1252
// bytes are continuation bytes 0x80..0xBF) as the character that sequence encodes. Two losses of the round
// trip are undone as well: "â€" followed by U+FFFD (Windows-1252 has no character for 0x9D, the last byte of
// U+201D) is read as U+201D, and an "Â" followed by no letter or digit (the lead byte of a no-break space
// whose second byte became a space or was dropped) becomes a space. Anything else is copied unchanged; the
// output is valid UTF-8. Returns false, leaving *out untouched, when there is nothing to repair.
//
// Why this is safe on clean text: the pattern needs an accented capital or small letter directly followed by
// one to three symbols from the C1/Windows-1252 punctuation range (€, ™, ©, "“", ...) that together spell a
// UTF-8 sequence; no language writes that. Text repaired twice (double-encoded) is handled by calling again.
bool RepairMojibake(std::string_view text, std::string* out);

}  // namespace dyad::text_internal

#endif  // DYAD_TEXT_MOJIBAKE_H_
