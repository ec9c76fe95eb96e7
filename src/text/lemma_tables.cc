// Word lists for the lemmatiser. Irregular forms are written one lemma per line, "lemma: form form ...", for
// easy review; LookUpIrregular flattens them into a (form, lemma) hash table the first time it runs.
#include "text/lemma_tables.h"

#include <algorithm>
#include <cassert>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace dyad::text_internal {
namespace {

// Irregular verbs (past, participle, and the -s/-ing forms the suffix rules get wrong) and irregular nouns.
// Ambiguous forms whose commoner sense is not the verb ("wound", "bound", "ground", "lay") are left out.
constexpr std::string_view kIrregularForms[] = {
    "be: am is are was were been being",
    "have: has had",
    "do: does did done",
    "go: goes went gone",
    "say: said",
    "make: made",
    "take: took taken",
    "give: gave given",
    "get: got gotten",
    "come: came",
    "become: became becoming",
    "overcome: overcame overcoming",
    "see: saw seen",
    "foresee: foresaw foreseen",
    "oversee: oversaw overseen",
    "know: knew known",
    "think: thought",
    "tell: told",
    "find: found",
    "leave: left",
    "feel: felt",
    "keep: kept",
    "hold: held",
    "withhold: withheld",
    "uphold: upheld",
    "behold: beheld",
    "meet: met",
    "fight: fought",
    "seek: sought",
    "strike: struck stricken",
    "shoot: shot",
    "lead: led",
    "mislead: misled",
    "begin: began begun",
    "throw: threw thrown",
    "overthrow: overthrew overthrown",
    "flee: fled",
    "bring: brought",
    "buy: bought",
    "build: built",
    "rebuild: rebuilt",
    "send: sent",
    "spend: spent",
    "lend: lent",
    "bend: bent",
    "lose: lost",
    "win: won",
    "run: ran",
    "sit: sat",
    "stand: stood",
    "understand: understood",
    "withstand: withstood",
    "undertake: undertook undertaken",
    "overtake: overtook overtaken",
    "mistake: mistook mistaken",
    "shake: shook shaken",
    "speak: spoke spoken",
    "break: broke broken",
    "choose: chose chosen",
    "freeze: froze frozen",
    "steal: stole stolen",
    "wake: woke woken",
    "awake: awoke awoken",
    "write: wrote written",
    "rewrite: rewrote rewritten",
    "drive: drove driven",
    "ride: rode ridden",
    "override: overrode overridden",
    "rise: rose risen",
    "arise: arose arisen",
    "fall: fell fallen",
    "forget: forgot forgotten",
    "forgive: forgave forgiven",
    "forbid: forbade forbidden",
    "hide: hid hidden",
    "bite: bit bitten",
    "eat: ate eaten",
    "beat: beaten",
    "grow: grew grown",
    "blow: blew blown",
    "fly: flew flown",
    "draw: drew drawn",
    "withdraw: withdrew withdrawn",
    "show: shown",
    "sing: sang sung",
    "ring: rang rung",
    "swim: swam swum",
    "drink: drank drunk",
    "sink: sank sunk",
    "shrink: shrank shrunk",
    "spring: sprang sprung",
    "swear: swore sworn",
    "tear: tore torn",
    "wear: wore worn",
    "bear: bore borne born",
    "teach: taught",
    "catch: caught",
    "sell: sold",
    "resell: resold",
    "feed: fed",
    "breed: bred",
    "bleed: bled",
    "speed: sped",
    "hear: heard",
    "overhear: overheard",
    "lay: laid",
    "pay: paid",
    "repay: repaid",
    "mean: meant",
    "deal: dealt",
    "light: lit",
    "slide: slid",
    "strive: strove striven",
    "swing: swung",
    "sting: stung",
    "stick: stuck",
    "string: strung",
    "hang: hung",
    "dig: dug",
    "spin: spun",
    "weave: wove woven",
    "undergo: underwent undergone",
    "forgo: forwent forgone",
    "undo: undid undone",
    "redo: redid redone",
    "outdo: outdid outdone",
    "shine: shone",
    "slay: slew slain",
    "sow: sown",
    "sew: sewn",
    "swell: swollen",
    "stink: stank stunk",
    "tread: trod trodden",
    "spit: spat",
    "fling: flung",
    "cling: clung",
    "sling: slung",
    "wring: wrung",
    "creep: crept",
    "sleep: slept",
    "sweep: swept",
    "weep: wept",
    "leap: leapt",
    "kneel: knelt",
    "dwell: dwelt",
    "lie: lies lying lain lied",
    "die: dies died dying",
    "tie: ties tied tying",
    "vie: vies vied vying",
    "agree: agreed",
    "disagree: disagreed",
    "free: freed",
    "decree: decreed",
    "guarantee: guaranteed",
    "referee: refereed",
    "flee: flees",
    "eye: eyed eyeing",
    "owe: owed owing",
    "see: sees seeing",
    "age: aged ageing",
    "panic: panicked panicking",
    "mimic: mimicked mimicking",
    "traffic: trafficked trafficking",
    // Irregular nouns.
    "man: men",
    "woman: women",
    "child: children",
    "foot: feet",
    "tooth: teeth",
    "mouse: mice",
    "goose: geese",
    "life: lives",
    "wife: wives",
    "knife: knives",
    "thief: thieves",
    "half: halves",
    "self: selves",
    "wolf: wolves",
    "shelf: shelves",
    "crisis: crises",
    "analysis: analyses",
    "thesis: theses",
    "hypothesis: hypotheses",
    "diagnosis: diagnoses",
    "criterion: criteria",
    "phenomenon: phenomena",
};

// Ends in an inflection-like suffix but is a base form (or a name) that must stay as it is.
constexpr std::string_view kUninflectedWords[] = {
    "news",       "police",    "series",   "species",   "always",    "perhaps",     "whereas",    "towards",
    "afterwards", "besides",   "unless",   "chaos",     "lens",      "alms",        "kudos",      "ethos",
    "thermos",    "cosmos",    "politics", "economics", "physics",   "mathematics", "ethics",     "athletics",
    "during",     "morning",   "evening",  "nothing",   "something", "anything",    "everything", "ceiling",
    "offspring",  "herring",   "pudding",  "darling",   "sterling",  "shilling",    "viking",     "beijing",
    "nanjing",    "chongqing", "kunming",  "peking",    "jinping",   "xiaoping",    "harbin",     "hundred",
    "sacred",     "naked",     "wicked",   "kindred",   "rugged",    "crooked",     "ahmed",      "mohammed",
    "mohamed",    "hamed",     "saeed",    "gas",       "bias",      "alias",       "atlas",      "canvas",
    "christmas",  "texas",     "kansas",   "arkansas",  "yes",       "its",         "thus",       "plus",
    "bus",        "us",        "this",     "his",       "is",        "as",          "was",        "has",
    "yemen",      "amen",      "omen",     "semen",     "abdomen",   "specimen",    "regimen",    "acumen",
    "stamen",     "hymen",     "los",      "carlos",    "reading",   "hastings",    "ping",       "king",
};

constexpr std::string_view kStemsTakingFinalE[] = {
    "unit",    "reunit",   "cit",     "invit",     "incit",    "recit",  "ignit",   "excit",
    "expedit", "extradit", "complet", "delet",     "compet",   "deplet", "promot",  "devot",
    "demot",   "creat",    "recreat", "postpon",   "condon",   "aton",   "phon",    "telephon",
    "clon",    "dron",     "hon",     "ston",      "zon",      "ton",    "dethron", "enthron",
    "inton",   "interven", "conven",  "contraven", "interfer", "adher",  "rever",   "persever",
    "coher",   "ignor",    "restor",  "explor",    "implor",   "deplor", "ador",    "underscor",
    "chang",   "exchang",  "arrang",  "rearrang",  "challeng", "aveng",  "reveng",  "scaveng",
    "plung",   "expung",   "lung",    "infring",   "imping",   "cring",  "hing",    "spong",
    "estrang", "welcom",   "massacr", "breath",    "sooth",    "seeth",  "loath",   "wast",
    "tast",    "hast",
};

constexpr std::string_view kStemsDroppingDoubledL[] = {
    "expell", "compell",  "propell",  "repell",   "dispell", "controll", "patroll", "cancell",
    "labell", "travell",  "signall",  "modell",   "fuell",   "levell",   "totall",  "rebell",
    "excell", "quarrell", "counsell", "channell", "tunnell", "marshall", "annull",  "diall",
    "duell",  "equall",   "initiall", "pencill",  "impell",
};

constexpr std::string_view kStemsKeepingDoubledConsonant[] = {
    "add", "err", "purr", "butt", "putt", "boycott", "ebb", "egg", "whirr", "watt",
};

constexpr std::string_view kStemsKeepingFinalS[] = {
    "focus", "bias", "canvas", "alias", "chorus", "census", "gas", "bus", "atlas", "refocus",
};

// A word list hashed once (the lists are written in readable order above). Lemmatize asks several of these
// per token, so a hash probe (one comparison) beats a binary search (a dozen memcmp calls).
class WordSet {
 public:
  template <size_t N>
  explicit WordSet(const std::string_view (&list)[N]) : words_(std::begin(list), std::end(list)) {}
  bool Contains(std::string_view word) const { return words_.contains(word); }

 private:
  std::unordered_set<std::string_view> words_;
};

using FormAndLemma = std::pair<std::string_view, std::string_view>;

std::vector<FormAndLemma> BuildIrregularIndex() {
  std::vector<FormAndLemma> index;
  for (const std::string_view line : kIrregularForms) {
    const size_t colon = line.find(':');
    assert(colon != std::string_view::npos && "irregular table line without ':'");
    const std::string_view lemma = line.substr(0, colon);
    std::string_view rest = line.substr(colon + 1);
    while (!rest.empty()) {
      const size_t word_start = rest.find_first_not_of(' ');
      if (word_start == std::string_view::npos) break;
      rest.remove_prefix(word_start);
      const size_t word_end = std::min(rest.find(' '), rest.size());
      index.emplace_back(rest.substr(0, word_end), lemma);
      rest.remove_prefix(word_end);
    }
  }
  std::sort(index.begin(), index.end());
  // Several lines may list the same form only with the same lemma ("flee: fled" and "flee: flees").
  index.erase(std::unique(index.begin(), index.end()), index.end());
  for (size_t k = 1; k < index.size(); ++k) {
    assert(index[k - 1].first != index[k].first && "irregular form listed with two lemmas");
  }
  return index;
}

}  // namespace

std::string_view LookUpIrregular(std::string_view lower_word) {
  // Thread-safe one-time build; hashed for the same reason as WordSet.
  static const std::unordered_map<std::string_view, std::string_view> index = [] {
    const std::vector<FormAndLemma> sorted = BuildIrregularIndex();
    return std::unordered_map<std::string_view, std::string_view>(sorted.begin(), sorted.end());
  }();
  const auto it = index.find(lower_word);
  return it == index.end() ? std::string_view() : it->second;
}

bool IsUninflectedWord(std::string_view lower_word) {
  static const WordSet words(kUninflectedWords);
  return words.Contains(lower_word);
}
bool TakesFinalE(std::string_view stem) {
  static const WordSet words(kStemsTakingFinalE);
  return words.Contains(stem);
}
bool DropsDoubledL(std::string_view stem) {
  static const WordSet words(kStemsDroppingDoubledL);
  return words.Contains(stem);
}
bool KeepsDoubledConsonant(std::string_view stem) {
  static const WordSet words(kStemsKeepingDoubledConsonant);
  return words.Contains(stem);
}
bool KeepsFinalS(std::string_view stem) {
  static const WordSet words(kStemsKeepingFinalS);
  return words.Contains(stem);
}

}  // namespace dyad::text_internal
