// TABARI's suite conventions in the coder (suites only: `dyad validate` sets them; news coding never does):
// '%' compound patterns, compound actor codes, dated discards, and the clause reading's actor words.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "coding/test_dictionary.h"
#include "dyad/coder.h"

namespace dyad {
namespace {

using V = std::vector<std::string>;

// TABARI's '%' compound marker (CoderOptions::compound_patterns, suites only): the pattern codes within the
// coordinated group at the marker, whoever else the sentence names, and nothing without one. The patterns are
// named by file and line: "test.txt" line 5 is "exchange prisoners with +", line 6 "welcome".
TEST(CoderCompoundTest, CompoundPatternsCodeWithinTheGroupAtTheMarker) {
  const auto dict = CompileTestDictionary(R"(
country KAZ : Kazakhstan
country UZB : Uzbekistan
country TUR : Turkey
verb 067 : exchange prisoners with +
verb 044 paired=045 : welcome
verb 051 : praise +
)");
  CoderOptions options;
  options.paired_events = true;
  const std::string date = "2020-05-01";
  // Without the option: the usual subject and object.
  EXPECT_EQ(CodedTriples(dict, "Kazakhstan exchanged prisoners with Uzbekistan and Turkey.", date, options),
            (V{"KAZ 067 TUR", "KAZ 067 UZB"}));
  options.compound_patterns = {{"test.txt", 5, true}, {"test.txt", 6, false}};
  // After the verb: the object's group, each member toward the other; the subject takes no part.
  EXPECT_EQ(CodedTriples(dict, "Kazakhstan exchanged prisoners with Uzbekistan and Turkey.", date, options),
            (V{"TUR 067 UZB", "UZB 067 TUR"}));
  EXPECT_EQ(CodedTriples(dict, "Kazakhstan exchanged prisoners with Uzbekistan.", date, options), V{});
  // Before the verb: the group nearest to it ("Turkey with" stands apart); with a paired code the earlier
  // member toward the later with the code, the later toward the earlier with the paired code.
  EXPECT_EQ(CodedTriples(dict, "Turkey with Kazakhstan and Uzbekistan welcomed the talks.", date, options),
            (V{"KAZ 044 UZB", "UZB 045 KAZ"}));
  EXPECT_EQ(CodedTriples(dict, "Kazakhstan welcomed Uzbekistan.", date, options), V{});
  // Other patterns are coded as before.
  EXPECT_EQ(CodedTriples(dict, "Kazakhstan praised Uzbekistan and Turkey.", date, options),
            (V{"KAZ 051 TUR", "KAZ 051 UZB"}));
}

// A bare '%' pattern (the verb alone, "POSTPONE - % * [120]") is the verb's reading where the coordinated
// actors stand at its marker, over the verb's longer patterns; elsewhere those keep their match. "test.txt"
// line 4 is "postpone".
TEST(CoderCompoundTest, BareCompoundPatternWinsWhereTheCompoundIs) {
  const auto dict = CompileTestDictionary(R"(
country KAZ : Kazakhstan
country UZB : Uzbekistan
verb 120 : postpone
verb 161 : postpone talks
)");
  CoderOptions options;
  const std::string date = "2020-05-01";
  options.compound_patterns = {{"test.txt", 4, false}};
  EXPECT_EQ(CodedTriples(dict, "Kazakhstan and Uzbekistan postponed talks.", date, options),
            (V{"KAZ 120 UZB", "UZB 120 KAZ"}));
  // No compound before the verb: the longer pattern, with its own actors.
  EXPECT_EQ(CodedTriples(dict, "Kazakhstan postponed talks with Uzbekistan.", date, options),
            (V{"KAZ 161 UZB"}));
  // Without the option the longer pattern codes the pair too.
  options.compound_patterns.clear();
  EXPECT_EQ(CodedTriples(dict, "Kazakhstan and Uzbekistan postponed talks.", date, options),
            (V{"KAZ 161 UZB", "UZB 161 KAZ"}));
}

// PETRARCH-1's reading of '%' (CoderOptions::compound_pattern_keeps_roles): the group at the marker keeps
// the verb's actor on the other side, and codes within itself only when there is none. "test.txt" line 6 is
// "agree" (marker before), line 7 "meet with +" (after), line 8 "condemn" (before).
TEST(CoderCompoundTest, PetrarchOneCompoundKeepsTheOtherSidesActor) {
  const auto dict = CompileTestDictionary(R"(
country ARN : Arnor
country GON : Gondor
country ERI : Eriador
country MOR : Mordor
verb 030 paired=030 : agree
verb 031 : meet with +
verb 111 : condemn
)");
  CoderOptions options;
  options.paired_events = true;
  const std::string date = "2020-05-01";
  options.compound_patterns = {{"test.txt", 6, false}, {"test.txt", 7, true}, {"test.txt", 8, false}};
  // TABARI's reading: within the group whatever else the sentence names.
  EXPECT_EQ(CodedTriples(dict, "Eriador met with Arnor and Gondor.", date, options),
            (V{"ARN 031 GON", "GON 031 ARN"}));
  EXPECT_EQ(CodedTriples(dict, "Arnor and Gondor condemned Mordor.", date, options),
            (V{"ARN 111 GON", "GON 111 ARN"}));
  options.compound_pattern_keeps_roles = true;
  // The subject meets the group after the marker; the group before it condemns the object.
  EXPECT_EQ(CodedTriples(dict, "Eriador met with Arnor and Gondor.", date, options),
            (V{"ERI 031 ARN", "ERI 031 GON"}));
  EXPECT_EQ(CodedTriples(dict, "Arnor and Gondor condemned Mordor.", date, options),
            (V{"ARN 111 MOR", "GON 111 MOR"}));
  // No actor on the other side: within the group, a paired code once each way.
  EXPECT_EQ(
      CodedTriples(dict, "Arnor and Gondor agree that the border dispute should be settled.", date, options),
      (V{"ARN 030 GON", "GON 030 ARN"}));
  EXPECT_EQ(CodedTriples(dict, "Arnor and Gondor condemned the decision.", date, options),
            (V{"ARN 111 GON", "GON 111 ARN"}));
  // Still nothing without a group at the marker.
  EXPECT_EQ(CodedTriples(dict, "Eriador met with Arnor.", date, options), V{});
}

// PETRARCH's skip ('^') covers the noun phrase its actor stands in: the pattern's next word may follow the
// phrase's own nouns ("their Turkey communities about").
TEST(CoderCompoundTest, SkipCoversTheNounPhraseOfItsActor) {
  const auto dict = CompileTestDictionary(R"(
country KAZ : Kazakhstan
country UZB : Uzbekistan
country TUR : Turkey
verb 130 : warn their ^ about +
)");
  const std::string date = "2020-05-01";
  EXPECT_EQ(CodedTriples(dict, "Kazakhstan warned their Turkey communities about Uzbekistan.", date),
            (V{"KAZ 130 UZB"}));
  EXPECT_EQ(CodedTriples(dict, "Kazakhstan warned their Turkey about Uzbekistan.", date), (V{"KAZ 130 UZB"}));
}

// PETRARCH codes verbs (CoderOptions::object_nouns_as_events off, its suites): a pattern's verb right after
// an article or "of" is a noun there and codes nothing (news coding does not drop such matches).
TEST(CoderCompoundTest, NounAfterArticleOrOfIsNoVerbForPetrarch) {
  const auto dict = CompileTestDictionary(R"(
country KAZ : Kazakhstan
country UZB : Uzbekistan
verb 040 : present credentials to +
verb 050 : support
verb 072 : in accord with +
)");
  const std::string date = "2020-05-01";
  CoderOptions options;
  options.object_nouns_as_events = false;
  EXPECT_EQ(
      CodedTriples(dict, "Kazakhstan presented credentials to Uzbekistan in a show of support to Uzbekistan.",
                   date, options),
      (V{"KAZ 040 UZB"}));
  EXPECT_EQ(CodedTriples(dict, "Kazakhstan supported Uzbekistan.", date, options), (V{"KAZ 050 UZB"}));
  // A pattern written from a preposition before its verb: the verb is its last word.
  EXPECT_EQ(CodedTriples(dict, "Kazakhstan was in accord with Uzbekistan.", date, options),
            (V{"KAZ 072 UZB"}));
  EXPECT_EQ(CodedTriples(dict, "Kazakhstan was in an accord with Uzbekistan.", date, options), V{});
}

// TABARI's compound actor codes ("[FRO/BIL/SAM]", read by the TABARI actor reader only): an event of such an
// actor is one event per part, none between an actor and itself.
TEST(CoderCompoundTest, CompoundActorCodesCodeEachPart) {
  DictionarySource source;
  std::vector<Status> errors;
  ParseNativeDictionary("test.txt",
                        "country KAZ : Kazakhstan\ncountry UZB : Uzbekistan\nverb 051 : praise +\n"
                        "cameo 051 goldstein=3.4 : Praise or endorse\n",
                        &source, &errors);
  DictionaryEntry marches;
  marches.kind = EntryKind::kActor;
  marches.code = "NMA/UZB";
  marches.phrases = {"North Marches"};
  source.entries.push_back(marches);
  auto dict = Dictionary::Compile(std::move(source), &errors);
  EXPECT_TRUE(errors.empty());
  EXPECT_EQ(CodedTriples(dict, "Kazakhstan praised the North Marches.", "2020-05-01"),
            (V{"KAZ 051 NMA", "KAZ 051 UZB"}));
  EXPECT_EQ(CodedTriples(dict, "Uzbekistan praised the North Marches.", "2020-05-01"), (V{"UZB 051 NMA"}));
}

// A discard that holds in a period only (TABARI's dated "[###]") drops the sentence on the dates it holds.
TEST(CoderCompoundTest, DatedDiscardsHoldInTheirPeriod) {
  DictionarySource source;
  std::vector<Status> errors;
  ParseNativeDictionary("test.txt",
                        "country KAZ : Kazakhstan\ncountry UZB : Uzbekistan\nverb 051 : praise +\n"
                        "cameo 051 goldstein=3.4 : Praise or endorse\ndiscard - : football match\n",
                        &source, &errors);
  DictionaryEntry late;
  late.kind = EntryKind::kDiscard;
  late.code = "-";
  late.valid_from = "2000-01-01";
  late.phrases = {"old union"};
  source.entries.push_back(late);
  auto dict = Dictionary::Compile(std::move(source), &errors);
  EXPECT_TRUE(errors.empty());
  const std::string text = "Kazakhstan praised Uzbekistan at the old union summit.";
  EXPECT_EQ(CodedTriples(dict, text, "1995-05-01"), (V{"KAZ 051 UZB"}));
  EXPECT_EQ(CodedTriples(dict, text, "2005-05-01"), V{});
  EXPECT_EQ(CodedTriples(dict, "Kazakhstan praised Uzbekistan after the football match.", "1995-05-01"), V{});
}

// Under TABARI's clause reading a one-word verb inside an actor's words is the actor's noun ("forces" of
// "security forces"), not the clause's verb.
TEST(CoderClauseTest, AVerbInsideAnActorIsNoVerb) {
  const auto dict = CompileTestDictionary(R"(
country KAZ : Kazakhstan | Kazakh
country UZB : Uzbekistan
agent MIL : security forces
verb 220 : force
verb 064 : restore ties with +
cameo 220 goldstein=-9.0 : Use unconventional violence
cameo 064 goldstein=7.0 : Share intelligence or information
)");
  CoderOptions clause;
  clause.first_verb_per_clause = true;
  EXPECT_EQ(CodedTriples(dict, "Security forces restored ties with Uzbekistan.", "2020-05-01", clause),
            (V{"MIL 064 UZB"}));
}

// PETRARCH's require_dyad off (CoderOptions::require_dyad, PETRARCH-1's unit suite): an act whose target
// cannot be found is coded with an empty target when its source is the actor right before it ("a Kazakh
// official said"); an act whose source the roles find further back ("crowds burned down" after
// "Kazakhstan ... after") is not coded so.
TEST(CoderPetrarchTest, WithoutRequireDyadAnActNeedsNoTarget) {
  const auto dict = CompileTestDictionary(R"(
country KAZ : Kazakhstan | Kazakh
country UZB : Uzbekistan
agent GOV : official
verb 023 : say
verb 051 : praise +
verb 222 : burn down
cameo 023 goldstein=3.4 : Appeal for aid
cameo 051 goldstein=3.4 : Praise or endorse
cameo 222 goldstein=-9.0 : Engage in mass killings
)");
  const std::string text =
      "Kazakhstan praised Uzbekistan, five years after crowds burned down its embassy, a Kazakh official "
      "said.";
  CoderOptions options;
  options.targetless_statements = false;  // as `dyad validate` codes
  EXPECT_EQ(CodedTriples(dict, text, "2020-05-01", options), (V{"KAZ 051 UZB"}));
  options.require_dyad = false;
  EXPECT_EQ(CodedTriples(dict, text, "2020-05-01", options), (V{"KAZ 051 UZB", "KAZGOV 023 "}));
}

// TABARI's complexity filter (CoderOptions::complexity, suites only): a sentence with as many verb matches
// as the limit, or as many conjunctions outside a coordination of actors, codes nothing. A verb right after
// an article is a noun and does not count; "Kazakhstan and Uzbekistan" is a compound, no conjunction.
TEST(CoderComplexityTest, TooManyVerbsOrConjunctionsCodeNothing) {
  const auto dict = CompileTestDictionary(R"(
country KAZ : Kazakhstan
country UZB : Uzbekistan
country TUR : Turkey
verb 051 : praise +
verb 042 : endorse
verb 023 : acknowledge
verb 050 : promise
verb 022 : allege
)");
  CoderOptions options;
  const std::string date = "2020-05-01";
  const std::string four = "Kazakhstan praised Turkey, endorsed and acknowledged the plan and promised aid.";
  const std::string five =
      "Kazakhstan praised Turkey, alleged, endorsed and acknowledged the plan and promised aid.";
  EXPECT_EQ(CodedTriples(dict, five, date, options), V{"KAZ 051 TUR"});
  options.complexity.verbs = 5;
  EXPECT_EQ(CodedTriples(dict, four, date, options), V{"KAZ 051 TUR"});
  EXPECT_EQ(CodedTriples(dict, five, date, options), V{});
  // "the promised aid": a noun, not a fifth verb.
  EXPECT_EQ(
      CodedTriples(dict, "Kazakhstan praised Turkey, alleged, endorsed and acknowledged the promised aid.",
                   date, options),
      V{"KAZ 051 TUR"});
  options.complexity = {0, 3};
  EXPECT_EQ(CodedTriples(dict, "Kazakhstan praised Turkey and Uzbekistan but not the plan and the aid.", date,
                         options),
            (V{"KAZ 051 TUR", "KAZ 051 UZB"}));
  EXPECT_EQ(CodedTriples(dict, "Kazakhstan praised Turkey or the plan but not the aid and the talks.", date,
                         options),
            V{});
}

// TABARI's target is the first actor after the verb (place targets under the clause reading): a place the act
// names comes before an actor the roles would take after it. PETRARCH's place targets (without the clause
// reading) only fill a missing target.
TEST(CoderClauseTest, TabariTakesThePlaceBeforeALaterTarget) {
  const auto dict = CompileTestDictionary(R"(
country KAZ : Kazakhstan
country UZB : Uzbekistan
country TUR : Turkey
verb 032 : arrive
)");
  CoderOptions options;
  options.place_targets = true;
  const std::string date = "2020-05-01";
  const std::string text = "Kazakhstan arrived back in Uzbekistan on Sunday after a visit to Turkey.";
  const V petrarch = CodedTriples(dict, text, date, options);
  options.first_verb_per_clause = true;
  EXPECT_EQ(CodedTriples(dict, text, date, options), V{"KAZ 032 UZB"});
  EXPECT_EQ(petrarch, V{"KAZ 032 TUR"});
}

}  // namespace
}  // namespace dyad
