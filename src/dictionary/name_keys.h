// Transliteration-insensitive name keys (docs/dictionaries.md, "Loose name keys").
//
// An actor or country phrase has, besides its exact word sequence, a loose key under which spellings of one
// name in different romanisations and scripts meet: "Tokayev", "Toqaev", "Tokaev" and "Токаев" all give
// "tokaev". The key is a lookup of last resort: the exact phrase trie always comes first, and a loose key
// that leads to entries with different codes matches nothing (CompiledDictionary::MatchLooseName).
#ifndef DYAD_DICTIONARY_NAME_KEYS_H_
#define DYAD_DICTIONARY_NAME_KEYS_H_

#include <string>
#include <string_view>

namespace dyad {

// Writes the loose key of `name` (UTF-8, one or more words) to `out`, reusing its capacity:
//   1. Latin letters lose their diacritics (NFD; ø, ł, ß, æ, ... by table); text in another script is
//      transliterated with ICU "Any-Latin; Latin-ASCII" (the same result for Latin text, but slow to set up);
//   2. letters are lower-cased; apostrophes vanish ("Zelens'kij"); any other non-letter, non-digit separates
//      words ("Kassym-Jomart" = "Kassym Jomart"), and words are joined by one space;
//   3. per word, in this order: "shch" -> "s", "sh" -> "s", "ch" -> "c", "zh" -> "z", "kh" -> "h", "q" ->
//   "k",
//      "j" -> "y"; then "y" -> "i"; then doubled letters (not digits) become one ("Zelenskyy" -> "zelenski");
//      then an "i" between two vowels is dropped ("Tokayev" -> "tokaiev" -> "tokaev"), as is an "i" that
//      starts a word before a vowel ("Yanukovych" / "Янукович" -> "anukovic"), and a final "iev" / "ieva"
//      becomes "ev" / "eva" ("Arseniev" = "Arsenyev" = "Арсеньев").
// A name of one word is keyed more strictly, because one English word or given name meets a foreign surname
// too easily under the folds above ("Moody" would be Modi's "modi", "Scott" "Scot", "Ellen" Yellen's "elen",
// "Iris" "Irish"): its doubled letters stay (only "ii" becomes "i": "Zelenskyy"), as do a final "sh" and an
// "i" that starts it before a vowel. Its romanisations still meet ("Toqaev", "Zelenskiy", "Karzay"); a
// one-word spelling that differs only by those folds ("Barosso") needs its phrase or a longer name ("Jose
// Manuel Barosso"). Returns false (and leaves `out` empty) when the name has no letter or digit.
bool LooseNameKey(std::string_view name, std::string* out);

// The key of the first word of `word` as the key of a longer name folds it (not the one-word key): what
// CompiledDictionary::MayStartLooseName compares with the first words of longer names' keys.
bool LooseWordKey(std::string_view word, std::string* out);

}  // namespace dyad

#endif  // DYAD_DICTIONARY_NAME_KEYS_H_
