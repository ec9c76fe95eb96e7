// Word lists for the lemmatiser (lemma_tables.cc). Internal to the text stage.
#ifndef DYAD_TEXT_LEMMA_TABLES_H_
#define DYAD_TEXT_LEMMA_TABLES_H_

#include <string>
#include <string_view>

namespace dyad::text_internal {

// The lemma of an irregular form ("held" -> "hold", "men" -> "man"), or an empty view when `word` is not in
// the irregular table. Lookup is a binary search over a table sorted once on first use.
std::string_view LookUpIrregular(std::string_view lower_word);

// Words whose spelling looks inflected but is not ("news", "during", "hundred"): returned unchanged.
bool IsUninflectedWord(std::string_view lower_word);

// Stems (after "-ed"/"-ing" is removed) that get their final 'e' back although no general rule says so
// ("unit" -> "unite", "postpon" -> "postpone").
bool TakesFinalE(std::string_view stem);

// Stems ending in a doubled 'l' that lose one 'l' ("expell" -> "expel", British "travell" -> "travel").
bool DropsDoubledL(std::string_view stem);

// Stems ending in a doubled consonant that keep it ("add", "boycott").
bool KeepsDoubledConsonant(std::string_view stem);

// Stems ending in single 's' that do not take an 'e' back ("focus", "bias").
bool KeepsFinalS(std::string_view stem);

// British -ise/-yse lemmas become -ize/-yze as Lemmatize spells them ("criticise" -> "criticize", "promise"
// stays), so that PosTagger::Lemma and Lemmatize agree (defined in lemmatizer.cc).
void AmericanizeLemma(std::string* lemma);

}  // namespace dyad::text_internal

#endif  // DYAD_TEXT_LEMMA_TABLES_H_
