// TABARI's pattern readings in the verb matcher (verbs.cc, verb_readings.cc) on a TABARI verb file written
// here and read by the TABARI reader; split from verbs_test.cc. The sentences are our own.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "coding/test_dictionary.h"
#include "dyad/coder.h"
#include "dyad/dictionary_formats.h"

namespace dyad {
namespace {

// TABARI's verb file syntax, read by its own reader: '~' before a '_' keeps a word open as a stem, and under
// CoderOptions::unbounded_pattern_gaps (TABARI's reading) any words of the clause may stand between pattern
// words that '_' does not join.
std::shared_ptr<const Dictionary> TabariVerbDictionary() {
  constexpr char kVerbs[] = R"(PERMIT  [060]
- * FRIEND~_NEIGHBOUR  [024]
- QUIET~_*  [025]
BUILD  [---]
- ADVISED * BRIDGES  [057]
CAUTION  [---]
- * AT ^ +  [162]
- $ IN ^ *  [163]
ADOPT  [---]
- * MOTION_  [102]
- * REFORM LAWS  [104]
- * REFORMIST LAWS  [105]
- GLAD *  [106]
ACCORD  [---]
- IN *  [072]
CELEBRATE  [---]
- $ HOSTING * FEAST  [043]
CHIDE  [---]
- * + SHARPLY  [167]
BREAK_  [---]
- + * IN_ $  [075]
BOMB  [---]
- JETS_*  [195]
)";
  constexpr char kNative[] = R"(
country KAZ : Kazakhstan
country RUS : Russia
country ZEM : Zembla
country UZB : Uzbekistan
)";
  DictionarySource source;
  std::vector<Status>
      notes;  // the reader's and compiler's notes (codes without a 'cameo' entry) are expected
  ParseNativeDictionary("test.txt", kNative, &source, &notes);
  ReadTabariDictionary("test.verbs", kVerbs, ForeignFileKind::kVerbs, &source, &notes);
  return Dictionary::Compile(std::move(source), &notes);
}

// The TABARI tests share the dictionary above and TABARI's reading of its gaps; Code() codes under
// CoderOptions::unbounded_pattern_gaps, CodeDyad() under dyad's own (bounded) reading.
class TabariVerbMatching : public ::testing::Test {
 protected:
  static std::vector<std::string> Code(const std::string& text) { return CodeWith(text, TabariOptions()); }
  static std::vector<std::string> CodeDyad(const std::string& text) { return CodeWith(text, {}); }
  static std::vector<std::string> CodeWith(const std::string& text, const CoderOptions& options) {
    static const std::shared_ptr<const Dictionary> dict = TabariVerbDictionary();
    return CodedTriples(dict, text, "2020-05-01", options);
  }
  static CoderOptions TabariOptions() {
    CoderOptions tabari;
    tabari.unbounded_pattern_gaps = true;
    return tabari;
  }
};

TEST_F(TabariVerbMatching, StemBeforeAJoinIsAPrefix) {
  // "FRIEND~_NEIGHBOUR": "friendly neighbour" and "friend neighbour", joined; the words are not.
  EXPECT_EQ(CodeDyad("Kazakhstan permitted friendly neighbour Russia to land."),
            (std::vector<std::string>{"KAZ 024 RUS"}));
  EXPECT_EQ(CodeDyad("Kazakhstan permitted friend neighbour Russia to land."),
            (std::vector<std::string>{"KAZ 024 RUS"}));
  // Unjoined, any words may stand before the stem in TABARI's reading, not in dyad's.
  EXPECT_EQ(Code("Russia permitted what it called a friendly neighbour Kazakhstan to land."),
            (std::vector<std::string>{"RUS 024 KAZ"}));
  EXPECT_EQ(CodeDyad("Russia permitted what it called a friendly neighbour Kazakhstan to land."),
            (std::vector<std::string>{"RUS 060 KAZ"}));
  EXPECT_EQ(Code("Russia permitted what it called a friendly and close neighbour Kazakhstan to land."),
            (std::vector<std::string>{"RUS 060 KAZ"}));
  // A stem as the anchor ("QUIET~_*"): "quietly permitted", "quiet permitted", not "quietly did permit".
  EXPECT_EQ(CodeDyad("Kazakhstan quietly permitted Russia to land."),
            (std::vector<std::string>{"KAZ 025 RUS"}));
  EXPECT_EQ(CodeDyad("Kazakhstan quiet permitted Russia to land."),
            (std::vector<std::string>{"KAZ 025 RUS"}));
  EXPECT_EQ(CodeDyad("Kazakhstan quietly did permit Russia to land."),
            (std::vector<std::string>{"KAZ 060 RUS"}));
}

TEST_F(TabariVerbMatching, GapsHoldAnyWordsOfTheClause) {
  const std::string text = "Kazakhstan advised that Zembla build new bridges with Russia.";
  // dyad's reading: an actor is no modifier, so the pattern does not match (the bare BUILD codes nothing).
  EXPECT_TRUE(CodeDyad(text).empty());
  // TABARI's: the words of the clause between "advised" and "build" are skipped; the target is the actor
  // after the matched words (an actor inside them is no slot).
  EXPECT_EQ(Code(text), (std::vector<std::string>{"KAZ 057 RUS"}));
  // With no actor after the matched words, the actor the gap skipped is the target, wherever the verb stands.
  EXPECT_EQ(Code("Kazakhstan advised that Zembla build new bridges soon."),
            (std::vector<std::string>{"KAZ 057 ZEM"}));
  // TABARI's target is the first actor after the verb, also inside the matched words, when the anchor is the
  // verb (PERMIT codes alone); ADVISED above is a word before the verb, and Zembla stands before it.
  EXPECT_EQ(Code("Kazakhstan permitted that Russia is a friendly neighbour."),
            (std::vector<std::string>{"KAZ 024 RUS"}));
  // The gap ends with the clause.
  EXPECT_TRUE(Code("Kazakhstan advised Zembla. They build new bridges with Russia.").empty());
}

// TABARI's '^' (PatternElementKind::kSkip) steps over the next actor and those coordinated with it; the slot
// after it takes the actor after them.
TEST_F(TabariVerbMatching, SkipStepsOverTheNextActor) {
  EXPECT_EQ(Code("Zembla cautioned at Kazakhstan about Russia."), (std::vector<std::string>{"ZEM 162 RUS"}));
  EXPECT_EQ(Code("Zembla cautioned at Kazakhstan and Uzbekistan about Russia."),
            (std::vector<std::string>{"ZEM 162 RUS"}));
  EXPECT_EQ(Code("Zembla cautioned at the Kazakhstan of the Russia."),
            (std::vector<std::string>{"ZEM 162 RUS"}));
  // The skipped actor is part of the matched words: TABARI's place target ("at Kazakhstan") does not take it.
  CoderOptions places = TabariOptions();
  places.place_targets = true;
  places.first_verb_per_clause = true;
  EXPECT_EQ(CodeWith("Zembla cautioned at Kazakhstan about Russia.", places),
            (std::vector<std::string>{"ZEM 162 RUS"}));
  // Nothing after the skipped actor: no match, and the bare verb codes nothing.
  EXPECT_TRUE(Code("Zembla cautioned at Kazakhstan.").empty());
  // A skip between the anchor and the verb ("$ IN ^ *"): the actor there is no target.
  EXPECT_EQ(Code("Zembla in Kazakhstan cautioned Russia."), (std::vector<std::string>{"ZEM 163 RUS"}));
}

// A trailing '_' closes TABARI's word (kElementExact): "MOTION_" is "motion", not "motions".
TEST_F(TabariVerbMatching, ClosedWordIsExact) {
  EXPECT_EQ(Code("Zembla adopted a motion with Russia."), (std::vector<std::string>{"ZEM 102 RUS"}));
  EXPECT_TRUE(Code("Zembla adopted two motions with Russia.").empty());
}

// TABARI reads every pattern word that no '_' closes as a stem (kElementStem): "REFORM" covers
// "reformist", "GLAD" before the verb "gladly"; the longer of two patterns with as many words wins, as
// TABARI tries its longer patterns first.
TEST_F(TabariVerbMatching, OpenPatternWordsAreStems) {
  EXPECT_EQ(Code("Zembla adopted reform laws with Russia."), (std::vector<std::string>{"ZEM 104 RUS"}));
  EXPECT_EQ(Code("Zembla adopted reformist laws with Russia."), (std::vector<std::string>{"ZEM 105 RUS"}));
  // A stem must begin the word: "transform" is no "reform".
  EXPECT_TRUE(Code("Zembla adopted transform laws with Russia.").empty());
  // A stem before the verb anchors its pattern ("GLAD *": "gladly adopted").
  EXPECT_EQ(Code("Zembla gladly adopted a plan with Russia."), (std::vector<std::string>{"ZEM 106 RUS"}));
  // A stem anchor after a form of "be" is no participle unless written as one: "was into accord" under
  // "IN *" keeps Zembla as the source.
  EXPECT_EQ(Code("Zembla was into accord with Russia."), (std::vector<std::string>{"ZEM 072 RUS"}));
}

// TABARI's '$' before the words is the nearest actor before them, whatever stands between: "Zembla et
// Russia were hosting" under "$ HOSTING * FEAST" is Russia ("et" joins nothing for dyad), not the clause
// subject.
TEST_F(TabariVerbMatching, SourceSlotIsTheNearestActorBefore) {
  EXPECT_EQ(Code("Zembla et Russia were hosting a dinner to celebrate the feast with Kazakhstan."),
            (std::vector<std::string>{"RUS 043 KAZ"}));
}

// TABARI's '+' before the verb is the nearest actor before it, whatever verb group stands between: "Zembla
// was seen to break in Russia" under "+ * IN_ $" is Russia's act toward Zembla.
TEST_F(TabariVerbMatching, TargetSlotBeforeTheVerbIsTheNearestActorBefore) {
  CoderOptions suite = TabariOptions();  // as dyad validate codes a TABARI project: the infinitive is the act
  suite.future_as_act = true;
  suite.hypotheticals_as_acts = true;
  EXPECT_EQ(CodeWith("Zembla was seen to break in Russia on Monday.", suite),
            (std::vector<std::string>{"RUS 075 ZEM"}));
  EXPECT_EQ(CodeWith("Zembla will break in Russia on Monday.", suite),
            (std::vector<std::string>{"RUS 075 ZEM"}));
}

// A pattern's words after an actor's possessive are TABARI's verb phrase, not an event noun of the possessor:
// its target is the first actor after them ("Zembla's jets bombed Russia" under "JETS_*").
TEST_F(TabariVerbMatching, PatternAfterAPossessiveTakesTheActorAfterIt) {
  EXPECT_EQ(Code("Zembla's jets bombed Russia on Monday."), (std::vector<std::string>{"ZEM 195 RUS"}));
}

// TABARI's slot is the next actor of the clause wherever it stands, also after words that end dyad's slot
// (a preposition): "chided the envoys of Russia sharply" under "* + SHARPLY".
TEST_F(TabariVerbMatching, SlotIsTheNextActorOfTheClause) {
  const std::string text = "Zembla chided the envoys of Russia sharply.";
  EXPECT_EQ(Code(text), (std::vector<std::string>{"ZEM 167 RUS"}));
  EXPECT_TRUE(CodeDyad(text).empty());
}

}  // namespace
}  // namespace dyad
