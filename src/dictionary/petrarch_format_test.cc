// Tests for the verb reader (PETRARCH CAMEO.2.0-style and TABARI .verbs) and the full Phoenix set.
// Every sample below is written for these tests in the foreign syntax; none is taken from a real dictionary.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "dyad/dictionary.h"
#include "dyad/dictionary_formats.h"

namespace dyad {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;

struct Read {
  DictionarySource source;
  std::vector<Status> errors;
};

Read Verbs(std::string_view text, std::string_view file = "CAMEO.test.txt") {
  Read read;
  ReadPetrarchDictionary(file, text, ForeignFileKind::kVerbs, &read.source, &read.errors);
  return read;
}

std::vector<std::string> Messages(const std::vector<Status>& errors) {
  std::vector<std::string> out;
  for (const Status& s : errors) out.push_back(s.ToString());
  return out;
}

std::vector<std::string> WithoutContiguityNote(const std::vector<Status>& errors) {
  std::vector<std::string> out;
  for (const Status& s : errors) {
    if (s.message().find("contiguous") == std::string::npos) out.push_back(s.ToString());
  }
  return out;
}

TEST(PetrarchVerbs, BlockPatternsApplyToEveryVerbOfTheBlock) {
  Read r = Verbs(
      "---  CONFER   [040]  ---\n"             // 1
      "CONFER\n"                               // 2: takes the block code
      "PARLEY {PARLEYED PARLEYING}\n"          // 3
      "- * WITH + ABOUT TRADE   [0311] # x\n"  // 4
      "- $ AND + *   [040]\n");                // 5
  EXPECT_THAT(WithoutContiguityNote(r.errors), IsEmpty());
  ASSERT_EQ(r.source.entries.size(), 4u);
  const auto& e = r.source.entries;
  EXPECT_EQ(e[0].kind, EntryKind::kVerb);
  EXPECT_EQ(e[0].code, "040");
  EXPECT_THAT(e[0].phrases, ElementsAre("confer"));
  EXPECT_EQ(e[0].line, 2u);
  EXPECT_THAT(e[1].phrases, ElementsAre("parley"));
  EXPECT_EQ(e[2].code, "0311");
  EXPECT_THAT(e[2].phrases, ElementsAre("confer with + about trade", "parley with + about trade"));
  EXPECT_EQ(e[2].line, 4u);
  EXPECT_THAT(e[3].phrases, ElementsAre("$ and + confer", "$ and + parley"));
  // The contiguity difference is noted once, at the first pattern.
  EXPECT_THAT(Messages(r.errors),
              ElementsAre(HasSubstr("CAMEO.test.txt:4: patterns allow any number of words")));
}

TEST(PetrarchVerbs, SynsetsExpandIntoOnePatternPerMember) {
  Read r = Verbs(
      "- * &FISH [073]\n"  // used before its definition: allowed
      "&FISH\n"
      "# a comment inside the synset\n"
      "+COD\n"
      "+SEA_BASS\n"
      "&MONEY_\n"
      "    +COINS\n"
      "+GOLD\n"
      "\n"
      "---  GIVE   [070]  ---\n"
      "+HAND_OVER\n"  // a phrasal verb, not a synset member
      "- * &FISH TO + [073]\n"
      "- * &MONEY_ [071]\n"
      "- * &NOPE [071]\n");
  EXPECT_THAT(WithoutContiguityNote(r.errors),
              ElementsAre(HasSubstr("CAMEO.test.txt:1: pattern '* &FISH' comes before any verb"),
                          HasSubstr("CAMEO.test.txt:14: synset '&NOPE' is not defined")));
  ASSERT_EQ(r.source.entries.size(), 3u);
  EXPECT_THAT(r.source.entries[0].phrases, ElementsAre("hand over"));
  EXPECT_THAT(r.source.entries[1].phrases, ElementsAre("hand over cod to +", "hand over sea_bass to +"));
  EXPECT_THAT(r.source.entries[2].phrases, ElementsAre("hand over coins", "hand over gold"));
}

// PETRARCH writes contractions as the Penn Treebank splits them ("DID N'T"); dyad's tokenizer keeps "didn't"
// one token, so the clitic joins the word before it, in a synset member, joined to words with '_', or in the
// pattern itself. A clitic with no word before it stays a word.
TEST(PetrarchVerbs, TreebankContractionsBecomeOneWord) {
  Read r = Verbs(
      "&REFUSALS\n"
      "+DID N'T\n"
      "+CA N'T\n"
      "--- QUARREL [110] ---\n"
      "QUARREL\n"
      "- &REFUSALS * ABOUT TAXES [904]\n"
      "- SURELY_&REFUSALS_AGAIN * [905]\n"
      "- WO N'T * [906]\n"
      "- N'T * [907]\n");
  EXPECT_THAT(WithoutContiguityNote(r.errors), IsEmpty());
  ASSERT_EQ(r.source.entries.size(), 5u);
  const auto& e = r.source.entries;
  EXPECT_THAT(e[1].phrases, ElementsAre("didn't quarrel about taxes", "can't quarrel about taxes"));
  EXPECT_THAT(e[2].phrases, ElementsAre("surely_didn't_again quarrel", "surely_can't_again quarrel"));
  EXPECT_THAT(e[3].phrases, ElementsAre("won't quarrel"));
  EXPECT_THAT(e[4].phrases, ElementsAre("n't quarrel"));
}

TEST(PetrarchVerbs, GroupsAreFlattenedAndReported) {
  Read r = Verbs(
      "---  SAIL   [---]  ---\n"
      "SAIL\n"
      "- * (TO {HOSTILE WATERS}) [138]\n"
      "- * + [042:043]\n"
      "- * + [:043]\n"
      "- * + [---]\n");
  EXPECT_THAT(
      WithoutContiguityNote(r.errors),
      ElementsAre(HasSubstr("unsupported: CAMEO.test.txt:3: pattern '* (TO {HOSTILE WATERS})': dropped '( )' "
                            "(prepositional phrase), '{ }' (noun phrase); converted without them")));
  // The [---] block code makes no verb-only entry; a [---] pattern is a negative pattern (native code '-').
  ASSERT_EQ(r.source.entries.size(), 4u);
  EXPECT_THAT(r.source.entries[0].phrases, ElementsAre("sail to hostile waters"));
  // "[042:043]": the secondary code is the paired event, target toward source.
  EXPECT_EQ(r.source.entries[1].code, "042");
  EXPECT_EQ(r.source.entries[1].paired_code, "043");
  EXPECT_EQ(r.source.entries[0].paired_code, "");
  // "[:043]": only the paired event, the native reversed-only entry.
  EXPECT_EQ(r.source.entries[2].code, "-");
  EXPECT_EQ(r.source.entries[2].paired_code, "043");
  EXPECT_EQ(r.source.entries[3].code, "-");
  EXPECT_EQ(r.source.entries[3].paired_code, "");
}

// "[:CODE]" codes only the target's act toward the source: on a pattern, on a verb line and as a block's
// default; it is written as native "verb - paired=CODE" and read back the same. A bad secondary code is
// reported and the line skipped.
TEST(PetrarchVerbs, ReversedOnlyCodes) {
  Read r = Verbs(
      "---  OBTAIN   [---]  ---\n"
      "OBTAIN\n"
      "- * PLEDGE (FROM) [:030]\n"
      "- * CASH [071:]\n"
      "---  UPSET   [:110]  ---\n"
      "UPSET\n"
      "ANNOY [:1x1]\n");
  EXPECT_THAT(WithoutContiguityNote(r.errors),
              ElementsAre(HasSubstr("CAMEO.test.txt:3: pattern '* PLEDGE (FROM)': dropped '( )'"),
                          HasSubstr("CAMEO.test.txt:4: pattern '* CASH': secondary code after ':' in "
                                    "[071:] is no CAMEO code; dropped; converted with 071"),
                          HasSubstr("CAMEO.test.txt:7: verb 'annoy': bad secondary code in [:1x1]")));
  ASSERT_EQ(r.source.entries.size(), 3u);
  EXPECT_THAT(r.source.entries[0].phrases, ElementsAre("obtain pledge from"));
  EXPECT_EQ(r.source.entries[0].code, "-");
  EXPECT_EQ(r.source.entries[0].paired_code, "030");
  EXPECT_EQ(r.source.entries[1].code, "071");
  EXPECT_EQ(r.source.entries[1].paired_code, "");
  EXPECT_THAT(r.source.entries[2].phrases, ElementsAre("upset"));
  EXPECT_EQ(r.source.entries[2].code, "-");
  EXPECT_EQ(r.source.entries[2].paired_code, "110");

  const std::string native = WriteNativeDictionary(r.source);
  EXPECT_THAT(native, HasSubstr("verb - paired=030 : obtain pledge from"));
  DictionarySource back;
  std::vector<Status> errors;
  ParseNativeDictionary("native.txt", native, &back, &errors);
  EXPECT_THAT(Messages(errors), IsEmpty());
  ASSERT_EQ(back.entries.size(), 3u);
  EXPECT_EQ(back.entries[0].code, "-");
  EXPECT_EQ(back.entries[0].paired_code, "030");
  EXPECT_EQ(back.entries[2].paired_code, "110");
}

TEST(PetrarchVerbs, ExpansionIsCapped) {
  std::string text = "&A\n";
  for (int i = 0; i < 10; ++i) text += "+W" + std::to_string(i) + "\n";
  text += "\n---  X   [010]  ---\nZAP\n- * &A &A [010]\n";
  Read r = Verbs(text);
  ASSERT_EQ(r.source.entries.size(), 2u);
  EXPECT_EQ(r.source.entries[1].phrases.size(), kMaxPatternExpansion);
  EXPECT_THAT(WithoutContiguityNote(r.errors),
              ElementsAre(HasSubstr(":15: pattern '* &A &A' expands into more than")));
}

TEST(TabariVerbs, EachVerbLineOwnsTheFollowingPatterns) {
  Read r = Verbs(
      "; a TABARI verbs file\n"                   // 1
      "WHISTLE  [---] ;ab 1 Jan 2001\n"           // 2
      "- * AT_ +  [111]\n"                        // 3
      "- + WAS_*_BY $  [112]\n"                   // 4
      "- % * { LOUDLY | SHRILLY } AT +  [111]\n"  // 5
      "- * ^ + [111]\n"                           // 6
      "HUM  [010]\n"                              // 7
      "- * + + [010]\n"                           // 8
      "- HUMMING + [010]\n"                       // 9
      "SNUB_THE_+  [---]\n"                       // 10
      "- * AGAIN [110]\n",                        // 11
      "test.verbs");
  EXPECT_THAT(
      WithoutContiguityNote(r.errors),
      ElementsAre(
          HasSubstr("test.verbs:5: pattern '% * { LOUDLY | SHRILLY } AT +': dropped '%' (compound actor)"),
          HasSubstr("test.verbs:8: pattern '* + +' has more than one '+'"),
          HasSubstr("invalid argument: test.verbs:9: pattern 'HUMMING +' must have exactly one '*'"),
          HasSubstr("unsupported: test.verbs:10: verb 'SNUB_THE_+' holds pattern symbols"),
          HasSubstr("unsupported: test.verbs:11: pattern '* AGAIN' belongs to the verb skipped at line 10")));
  ASSERT_EQ(r.source.entries.size(), 5u);
  const auto& e = r.source.entries;
  EXPECT_THAT(e[0].phrases, ElementsAre("whistle at_ +"));        // the exact word keeps its mark
  EXPECT_THAT(e[1].phrases, ElementsAre("+ was_whistle_by~ $"));  // '_' joins the words
  EXPECT_THAT(e[2].phrases, ElementsAre("whistle loudly~ at~ +", "whistle shrilly~ at~ +"));
  EXPECT_THAT(e[3].phrases, ElementsAre("whistle ^ +"));  // TABARI's skip is kept (PatternElementKind::kSkip)
  EXPECT_THAT(e[4].phrases, ElementsAre("hum"));  // patterns of HUM do not apply to WHISTLE and vice versa
  EXPECT_EQ(e[4].code, "010");
}

// PETRARCH-1's '^' skips the rest of the noun phrase it stands in: kept as TABARI's skip
// (PatternElementKind::kSkip), with no note.
TEST(PetrarchVerbs, SkipIsKept) {
  Read r = Verbs(
      "--- WHISTLE [111] ---\n"
      "WHISTLE\n"
      "- * ^ AT + [111]\n");
  EXPECT_THAT(Messages(r.errors), Not(Contains(HasSubstr("'^'"))));
  ASSERT_EQ(r.source.entries.size(), 2u);
  EXPECT_THAT(r.source.entries[1].phrases, ElementsAre("whistle ^ at +"));
}

// '_' between pattern items joins them: no word in between. The native pattern writes joined words as one
// item ("bright_red_fences"); a trailing '_' marks the exact word and joins nothing; a '_' next to a slot is
// dropped and noted. Words below are our own.
TEST(TabariVerbs, UnderscoreJoinsPatternWords) {
  Read r = Verbs(
      "&HUES\n"                                   // 1
      "+RED\n"                                    // 2
      "+DEEP_BLUE\n"                              // 3
      "PAINT  [---]\n"                            // 4
      "- * BRIGHT_&HUES_FENCES [111]\n"           // 5: joined to a synset and after it
      "- * OLD_ { BARNS | SHEDS }_TODAY [112]\n"  // 6: "OLD_ " is an exact word; "}_" joins
      "- WITH_* WALLS [113]\n"                    // 7: joined to the verb
      "- * OVER_+ [114]\n",                       // 8: joined to a slot: dropped
      "test.verbs");
  ASSERT_EQ(r.source.entries.size(), 4u);
  const auto& e = r.source.entries;
  EXPECT_THAT(e[0].phrases, ElementsAre("paint bright_red_fences~", "paint bright_deep_blue_fences~"));
  EXPECT_THAT(e[1].phrases,
              ElementsAre("paint old_ barns_today~", "paint old_ sheds_today~"));  // exact "old"
  EXPECT_THAT(e[2].phrases, ElementsAre("with_paint walls~"));
  EXPECT_THAT(e[3].phrases, ElementsAre("paint over +"));
  EXPECT_THAT(WithoutContiguityNote(r.errors),
              ElementsAre(HasSubstr("test.verbs:8: pattern '* OVER_+': dropped '_' next to a slot")));
  // Every converted pattern is valid native text.
  DictionarySource native;
  std::vector<Status> errors;
  for (const auto& entry : e) {
    for (const auto& phrase : entry.phrases) {
      ParseNativeDictionary("n.txt", "verb " + entry.code + " : " + phrase + "\n", &native, &errors);
    }
  }
  EXPECT_THAT(Messages(errors), IsEmpty());
}

// TABARI matches a verb without a trailing '_' as a stem (a prefix); dyad matches lemmas, so a stem that is
// no lemma also gets the lemma its inflected forms have. Words below are our own.
TEST(TabariVerbs, StemsGainTheLemmaTheirFormsHave) {
  Read r = Verbs(
      "BARTERING_ [---]\n"     // 1: exact word (trailing '_'): kept as written
      "- * WITH + [061]\n"     // 2
      "NEGOTIAT  [---]\n"      // 3: a stem: "negotiated" is "negotiate"
      "- * WITH + [040]\n"     // 4
      "ABANDON  [345]\n"       // 5: a stem that is a lemma already
      "EXCHANG_RATES [---]\n"  // 6: '_' ends the verb word: not a stem
      "- * + [061]\n"          // 7
      "OUTFLANKED  [190]\n"    // 8: a past form the lemmatiser knows, no stem: no "outflankede"
      "- JETS_* [195]\n",      // 9
      "test.verbs");
  ASSERT_EQ(r.source.entries.size(), 6u);
  const auto& e = r.source.entries;
  EXPECT_THAT(e[0].phrases, ElementsAre("bartering with~ +"));
  EXPECT_THAT(e[1].phrases, ElementsAre("negotiat with~ +", "negotiate with~ +"));
  EXPECT_THAT(e[2].phrases, ElementsAre("abandon"));
  EXPECT_THAT(e[3].phrases, ElementsAre("exchang rates +"));
  EXPECT_THAT(e[4].phrases, ElementsAre("outflanked"));
  EXPECT_THAT(e[5].phrases, ElementsAre("jets_outflanked"));
}

// A verb's forms "{...}" (TABARI also writes them on the line after the verb) become verbs of the group when
// their lemma is new to it. Words below are our own.
TEST(TabariVerbs, FormsWithANewLemmaJoinTheGroup) {
  Read r = Verbs(
      "SWAP_ [100]\n"                    // 1
      "{ SWAPPING_ SWAPT_ }\n"           // 2: "swapping" is "swap": nothing new; "swapt" is new
      "- * RIVALS [102]\n"               // 3
      "TRADE_ {TRADED_ TRADD_} [061]\n"  // 4: forms on the verb line
      "- * + [061]\n",                   // 5
      "test.verbs");
  EXPECT_THAT(WithoutContiguityNote(r.errors), IsEmpty());
  ASSERT_EQ(r.source.entries.size(), 4u);
  const auto& e = r.source.entries;
  EXPECT_THAT(e[0].phrases, ElementsAre("swap", "swapes", "swaped", "swapen", "swaping", "swapt"));
  EXPECT_THAT(e[1].phrases, ElementsAre("swap rivals~", "swapes rivals~", "swaped rivals~", "swapen rivals~",
                                        "swaping rivals~", "swapt rivals~"));
  EXPECT_THAT(e[2].phrases, ElementsAre("trade", "traden", "tradd"));
  EXPECT_THAT(e[3].phrases, ElementsAre("trade +", "traden +", "tradd +"));
}

// TABARI reads every pattern word that no '_' closes as a stem ('~', compiled as kElementStem), and gives a
// one-word verb closed by '_' its regular endings; a PETRARCH file keeps lemmas and its verbs. Words below
// are our own.
TEST(TabariVerbs, OpenWordsAreStemsAndClosedVerbsTakeRegularEndings) {
  Read tabari = Verbs(
      "CHIDE_ [122]\n"               // 1: "chiden" is the one ending the lemmatiser does not read as "chide"
      "- * SHARPLY [123]\n"          // 2: open: a stem
      "- * SHARPLY_ ABROAD [124]\n"  // 3: closed: exact; "abroad" open
      "- * LOUD_ONCE [125]\n",       // 4: joined: "loud" is closed by the '_', "once" open
      "test.verbs");
  ASSERT_EQ(tabari.source.entries.size(), 4u);
  const auto& e = tabari.source.entries;
  EXPECT_THAT(e[0].phrases, ElementsAre("chide", "chiden"));
  EXPECT_THAT(e[1].phrases, ElementsAre("chide sharply~", "chiden sharply~"));
  EXPECT_THAT(e[2].phrases, ElementsAre("chide sharply_ abroad~", "chiden sharply_ abroad~"));
  EXPECT_THAT(e[3].phrases, ElementsAre("chide loud_once~", "chiden loud_once~"));
  // A form without a closing '_' is a stem too.
  Read forms = Verbs("SCOLD_ [122]\n{ SCOLDED_ SCOLDERY }\n- * HARSHLY [123]\n", "test.verbs");
  ASSERT_EQ(forms.source.entries.size(), 2u);
  EXPECT_THAT(forms.source.entries[0].phrases, Contains("scoldery~"));
  EXPECT_THAT(forms.source.entries[1].phrases, Contains("scoldery~ harshly~"));
  Read petrarch = Verbs(
      "--- CHIDE [122] ---\n"
      "CHIDE\n"
      "- * SHARPLY [123]\n");
  ASSERT_EQ(petrarch.source.entries.size(), 2u);
  EXPECT_THAT(petrarch.source.entries[0].phrases, ElementsAre("chide"));
  EXPECT_THAT(petrarch.source.entries[1].phrases, ElementsAre("chide sharply"));
}

// PETRARCH marks the head of a compound verb with '+' ("WIRE_+TAP"); the verb is its words.
TEST(PetrarchVerbs, CompoundVerbHeadMarkIsDropped) {
  Read r = Verbs(
      "--- WIRETAP [171] ---\n"
      "WIRE_+TAP {WIRE_+TAPPED WIRE_+TAPPING}\n"
      "- * PHONES [1711]\n");
  EXPECT_THAT(WithoutContiguityNote(r.errors), IsEmpty());
  ASSERT_EQ(r.source.entries.size(), 2u);
  EXPECT_THAT(r.source.entries[0].phrases, ElementsAre("wire tap"));
  EXPECT_THAT(r.source.entries[1].phrases, ElementsAre("wire tap phones"));
}

// A synset may be joined to words with '_' ("&COLOURS_FLAGS") and a member may name another synset.
TEST(TabariVerbs, SynsetsJoinWordsAndNest) {
  Read r = Verbs(
      "&COLOURS\n"                             // 1
      "+RED\n"                                 // 2
      "+DEEP_BLUE\n"                           // 3
      "&BANNERS\n"                             // 4
      "+&COLOURS_FLAGS\n"                      // 5
      "+PENNANTS_OF_&COLOURS\n"                // 6
      "+BAD_$\n"                               // 7: a slot cannot be a member
      "WAVE_ [---]\n"                          // 8
      "- * NEW_&COLOURS_SCARVES [051]\n"       // 9
      "- * &BANNERS AT + [052]\n"              // 10
      "- * { &COLOURS | GREEN } HATS [053]\n"  // 11
      "- * &UNKNOWN_THINGS [054]\n",           // 12
      "test.verbs");
  EXPECT_THAT(WithoutContiguityNote(r.errors),
              ElementsAre(HasSubstr("test.verbs:7: synset member 'BAD_$' holds pattern symbols"),
                          HasSubstr("test.verbs:12: synset '&UNKNOWN_THINGS' is not defined")));
  ASSERT_EQ(r.source.entries.size(), 3u);
  const auto& e = r.source.entries;
  EXPECT_THAT(e[0].phrases, ElementsAre("wave new_red_scarves~", "wave new_deep_blue_scarves~",
                                        "waven new_red_scarves~", "waven new_deep_blue_scarves~"));
  EXPECT_THAT(e[1].phrases,
              ElementsAre("wave red_flags~ at~ +", "wave deep_blue_flags~ at~ +",
                          "wave pennants_of_red~ at~ +", "wave pennants_of_deep_blue~ at~ +",
                          "waven red_flags~ at~ +", "waven deep_blue_flags~ at~ +",
                          "waven pennants_of_red~ at~ +", "waven pennants_of_deep_blue~ at~ +"));
  EXPECT_THAT(e[2].phrases, ElementsAre("wave red~ hats~", "wave deep_blue~ hats~", "wave green~ hats~",
                                        "waven red~ hats~", "waven deep_blue~ hats~", "waven green~ hats~"));
}

TEST(PetrarchVerbs, Latin1AndControlBytesBecomeValidNativeText) {
  Read r = Verbs("---  X   [---]  ---\nZAP\x01\n- * CAF\xC9 [010]\n");
  ASSERT_EQ(r.source.entries.size(), 1u);
  EXPECT_THAT(r.source.entries[0].phrases, ElementsAre("zap caf\xC3\x89"));
  DictionarySource back;
  std::vector<Status> errors;
  ParseNativeDictionary("rt.txt", WriteNativeDictionary(r.source), &back, &errors);
  EXPECT_THAT(Messages(errors), IsEmpty());
}

TEST(PetrarchVerbs, ConvertedPatternsParseAsNativeAndCompile) {
  Read r = Verbs(
      "&PORT\n+HARBOUR\n+DOCKS\n\n"
      "---  BLOCKADE   [191]  ---\n"
      "BLOCKADE\n"
      "- * &PORT OF + [191]\n"
      "- + * BY $ [191]\n");
  DictionarySource back;
  std::vector<Status> errors;
  ParseNativeDictionary("rt.txt", WriteNativeDictionary(r.source), &back, &errors);
  EXPECT_THAT(Messages(errors), IsEmpty());
  ASSERT_EQ(back.entries.size(), r.source.entries.size());
  std::vector<Status> compile_errors;
  auto dictionary = Dictionary::Compile(back, &compile_errors);
  ASSERT_NE(dictionary, nullptr);
  EXPECT_THAT(Messages(compile_errors), IsEmpty());
}

std::string ReadFileText(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

TEST(PetrarchRealFiles, PhoenixSetReadsAndCompiles) {
  const std::filesystem::path dir = std::string(DYAD_SOURCE_DIR) + "/../shared/data/dictionaries/phoenix";
  if (!std::filesystem::exists(dir)) GTEST_SKIP() << dir << " not present";
  const auto start = std::chrono::steady_clock::now();
  DictionarySource source;
  std::vector<Status> errors;
  size_t actors = 0, agents = 0, verb_entries = 0, patterns = 0, discards = 0;
  for (const auto& file : std::filesystem::directory_iterator(dir)) {
    const std::string name = file.path().filename().string();
    const auto kind = GuessForeignFileKind(name);
    if (!kind) continue;
    const size_t before = source.entries.size();
    ReadPetrarchDictionary(name, ReadFileText(file.path()), *kind, &source, &errors);
    for (size_t i = before; i < source.entries.size(); ++i) {
      switch (source.entries[i].kind) {
        case EntryKind::kVerb:
          ++verb_entries;
          patterns += source.entries[i].phrases.size();
          break;
        case EntryKind::kAgent:
          ++agents;
          break;
        case EntryKind::kDiscard:
          ++discards;
          break;
        default:
          ++actors;
      }
    }
  }
  const auto read_done = std::chrono::steady_clock::now();
  std::vector<Status> compile_errors;
  auto dictionary = Dictionary::Compile(source, &compile_errors);
  const auto compile_done = std::chrono::steady_clock::now();
  ASSERT_NE(dictionary, nullptr);
  size_t invalid = 0, unsupported = 0;
  for (const Status& s : errors) {
    EXPECT_TRUE(s.code() == StatusCode::kUnsupported || s.code() == StatusCode::kInvalidArgument)
        << s.ToString();
    (s.code() == StatusCode::kInvalidArgument ? invalid : unsupported) += 1;
  }
  EXPECT_GT(actors, 1000u);
  EXPECT_GT(agents, 500u);
  EXPECT_GT(discards, 100u);
  EXPECT_GT(patterns, 5000u);
  // Genuine typos in the real files (bad dates, undefined synsets) are reported as InvalidArgument; rare.
  EXPECT_LT(invalid, (actors + agents + verb_entries) / 50);
  // Everything converted is valid native text.
  DictionarySource back;
  std::vector<Status> native_errors;
  ParseNativeDictionary("phoenix.txt", WriteNativeDictionary(source), &back, &native_errors);
  EXPECT_EQ(back.entries.size(), source.entries.size());
  EXPECT_THAT(Messages(native_errors), IsEmpty());
  auto ms = [](auto d) { return std::chrono::duration_cast<std::chrono::milliseconds>(d).count(); };
  std::printf(
      "phoenix: %zu actor/country, %zu agent, %zu discard, %zu verb entries (%zu native patterns); "
      "%zu unsupported + %zu invalid notes; %zu compile errors; read %lld ms, compile %lld ms\n",
      actors, agents, discards, verb_entries, patterns, unsupported, invalid, compile_errors.size(),
      static_cast<long long>(ms(read_done - start)), static_cast<long long>(ms(compile_done - read_done)));
}

}  // namespace
}  // namespace dyad
