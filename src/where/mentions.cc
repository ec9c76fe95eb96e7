// Place mentions: capitalised names that the gazetteer knows, the locative words that introduce them, the
// ", Texas" qualifiers that narrow them, and the context that resolves the ones that remain ambiguous.
#include <algorithm>
#include <cmath>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/where.h"
#include "where/place_key.h"

namespace dyad {
namespace {

constexpr std::string_view kLocatives[] = {"in",     "at",     "near",       "outside", "inside",
                                           "across", "within", "throughout", "around",  "off",
                                           "from",   "to",     "into",       "toward",  "towards"};

// Words allowed between a locative and the name: "in the southern city of Basra", "near the border town of
// X".
constexpr std::string_view kLocativeFillers[] = {"the",
                                                 "a",
                                                 "its",
                                                 "their",
                                                 "northern",
                                                 "southern",
                                                 "eastern",
                                                 "western",
                                                 "central",
                                                 "north",
                                                 "south",
                                                 "east",
                                                 "west",
                                                 "northeastern",
                                                 "northwestern",
                                                 "southeastern",
                                                 "southwestern",
                                                 "north-eastern",
                                                 "north-western",
                                                 "south-eastern",
                                                 "south-western",
                                                 "far",
                                                 "restive",
                                                 "occupied",
                                                 "neighbouring",
                                                 "neighboring",
                                                 "capital",
                                                 "city",
                                                 "town",
                                                 "village",
                                                 "province",
                                                 "region",
                                                 "state",
                                                 "district",
                                                 "port",
                                                 "border",
                                                 "of",
                                                 ",",
                                                 "outskirts",
                                                 "suburbs",
                                                 "suburb",
                                                 "centre",
                                                 "center",
                                                 "heart",
                                                 "streets",
                                                 "area",
                                                 "vicinity",
                                                 "parts",
                                                 "part",
                                                 "countryside"};

// The fillers that name a kind of place, after which a nationality may stand as a filler too.
constexpr std::string_view kPlaceNouns[] = {"city",   "town",     "village", "capital", "province",
                                            "region", "district", "port",    "state"};

// Capitalised function words that do not make the next name part of a longer proper name ("An Oakland woman",
// "The United States").
constexpr std::string_view kCapitalisedFunctionWords[] = {
    "the", "a",  "an", "in", "at",    "on",     "for",    "from", "by",    "with",  "and",
    "but", "of", "to", "as", "after", "before", "during", "when", "while", "since", "if"};

// Words that may join the capitalised words of one name: "Bosnia and Herzegovina", "Rio de Janeiro".
constexpr std::string_view kNameConnectors[] = {"of", "and", "de", "del", "da", "do", "la",   "le",
                                                "al", "el",  "-",  ".",   "'",  "on", "upon", "the"};

template <size_t N>
bool OneOf(std::string_view word, const std::string_view (&set)[N]) {
  for (std::string_view s : set)
    if (word == s) return true;
  return false;
}

bool IsWordLower(std::string_view word, std::string_view lower) {
  if (word.size() != lower.size()) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != lower[i]) return false;
  }
  return true;
}

template <size_t N>
bool OneOfFolded(std::string_view word, const std::string_view (&set)[N]) {
  for (std::string_view s : set)
    if (IsWordLower(word, s)) return true;
  return false;
}

bool EndsSentence(std::string_view word) { return word == "." || word == "!" || word == "?" || word == "\""; }

// A raw mention before resolution: the name's tokens and its candidates, possibly narrowed by a qualifier.
struct RawMention {
  uint32_t begin_token = 0, end_token = 0;  // the name
  uint32_t start = 0, end = 0;              // bytes, including fillers ("eastern") and the qualifier
  std::vector<uint32_t> candidates;
  bool locative = false, dateline = false, directional = false, sentence_initial = false;
};

class MentionFinder {
 public:
  MentionFinder(const Gazetteer& g, std::string_view text, const std::vector<Token>& tokens)
      : g_(g), text_(text), tokens_(tokens) {}

  void Run(std::vector<PlaceMention>* out);

 private:
  std::string_view Word(size_t i) const {
    return text_.substr(tokens_[i].start, tokens_[i].end - tokens_[i].start);
  }
  bool CapitalisedWord(size_t i) const {
    return tokens_[i].kind == TokenKind::kWord && (tokens_[i].capitalized || tokens_[i].all_caps);
  }
  // Longest name starting at token `i`: returns its end token (0 when none) and sets the candidate range.
  size_t LongestName(size_t i, std::pair<const uint32_t*, const uint32_t*>* found);
  bool AtLineStart(size_t i) const;
  bool IsDateline(size_t begin, size_t end, size_t after) const;
  // Index of the locative word before token `i`, or -1; *first_filler is the first token after it.
  long LocativeBefore(size_t i, size_t* first_after) const;
  void Narrow(RawMention* m, size_t* next);
  // "TOWER, Minn. (AP) -": a dateline town the gazetteer lacks, placed by its qualifier (precision region or
  // country). Returns the token to continue from.
  size_t DatelineOfUnknownTown(size_t i, std::vector<RawMention>* raw);
  uint32_t Resolve(const RawMention& m, const std::vector<std::string>& context) const;

  const Gazetteer& g_;
  std::string_view text_;
  const std::vector<Token>& tokens_;
  std::string key_;
};

size_t MentionFinder::LongestName(size_t i, std::pair<const uint32_t*, const uint32_t*>* found) {
  const size_t max_tokens = std::min<size_t>(2 * g_.max_name_words() + 1, 12);
  size_t last = i;  // last token that may end a name
  for (size_t j = i; j < tokens_.size() && j < i + max_tokens; ++j) {
    const std::string_view w = Word(j);
    if (j > i && tokens_[j].start > tokens_[j - 1].end &&
        text_.substr(tokens_[j - 1].end, tokens_[j].start - tokens_[j - 1].end).find('\n') !=
            std::string_view::npos)
      break;  // names never cross lines
    if (CapitalisedWord(j)) {
      last = j;
    } else if (!OneOf(w, kNameConnectors) && !(w == "," && j + 1 < tokens_.size() && Word(j + 1) == "D.C.")) {
      break;
    }
  }
  for (size_t j = last + 1; j > i; --j) {
    if (!CapitalisedWord(j - 1)) continue;
    const uint32_t start = tokens_[i].start;
    // An abbreviation's full stop belongs to the name when a key has it ("Minn.", "Mo.", "Calif.").
    if (j < tokens_.size() && Word(j) == "." && tokens_[j].start == tokens_[j - 1].end) {
      PlaceKey(text_.substr(start, tokens_[j].end - start), &key_);
      *found = g_.Candidates(key_);
      if (found->first != found->second) return j + 1;
    }
    const uint32_t end = tokens_[j - 1].end;
    PlaceKey(text_.substr(start, end - start), &key_);
    *found = g_.Candidates(key_);
    if (found->first == found->second && key_.size() > 2 && key_.ends_with("'s")) {
      key_.resize(key_.size() - 2);  // "Pakistan's Swat valley"
      *found = g_.Candidates(key_);
    }
    if (found->first != found->second) return j;
  }
  return 0;
}

bool MentionFinder::AtLineStart(size_t i) const {
  if (i == 0) return true;
  const std::string_view gap = text_.substr(tokens_[i - 1].end, tokens_[i].start - tokens_[i - 1].end);
  return gap.find('\n') != std::string_view::npos;
}

// "MINGORA, Pakistan (Reuters) -", "KABUL -", "ISLAMABAD:", "Raipur, India -": a name at the start of a line
// followed by a bracket, a dash or a colon (after its qualifier, if any); an all-capitals name may also be
// followed by a comma ("ALMATY, Kazakhstan, July 2 -"). `end` is one past the name, `after` one past the
// qualifier.
bool MentionFinder::IsDateline(size_t begin, size_t end, size_t after) const {
  if (!AtLineStart(begin) || after >= tokens_.size()) return false;
  bool all_caps = true;
  for (size_t i = begin; i < end; ++i)
    if (tokens_[i].kind == TokenKind::kWord && !tokens_[i].all_caps && Word(i).size() > 1) all_caps = false;
  const std::string_view next = Word(after);
  if (next == "(" || next == "-" || next == ":" || next == "\xE2\x80\x94" || next == "\xE2\x80\x93")
    return true;
  return all_caps && (next == "," || Word(end) == ",");
}

long MentionFinder::LocativeBefore(size_t i, size_t* first_after) const {
  constexpr size_t kMaxFillers = 6;
  size_t k = i;
  for (size_t steps = 0; k > 0 && steps <= kMaxFillers; ++steps) {
    const std::string_view w = Word(k - 1);
    if (OneOfFolded(w, kLocatives) && !tokens_[k - 1].all_caps) {
      *first_after = k;
      return static_cast<long>(k - 1);
    }
    // "outside the Iraqi city of Basra", "in the Afghan capital Kabul": a nationality before a place noun.
    const bool demonym = CapitalisedWord(k - 1) && k < tokens_.size() && OneOfFolded(Word(k), kPlaceNouns);
    if (!demonym && !OneOfFolded(w, kLocativeFillers)) return -1;
    --k;
  }
  return -1;
}

// ", Texas" or ", Pakistan" after a name keeps only the candidates inside that region or country.
void MentionFinder::Narrow(RawMention* m, size_t* next) {
  if (m->end_token + 1 >= tokens_.size() || Word(m->end_token) != ",") return;
  if (!CapitalisedWord(m->end_token + 1)) return;
  std::pair<const uint32_t*, const uint32_t*> qualifier;
  const size_t q_end = LongestName(m->end_token + 1, &qualifier);
  if (q_end == 0) return;
  std::vector<uint32_t> kept;
  for (const uint32_t* q = qualifier.first; q != qualifier.second; ++q) {
    const Place& area = g_.place(*q);
    if (area.kind == PlaceKind::kCity) continue;
    for (uint32_t c : m->candidates) {
      const Place& p = g_.place(c);
      if (c == *q || p.country != area.country) continue;
      if (area.kind == PlaceKind::kRegion && p.admin1 != area.name) continue;
      if (std::find(kept.begin(), kept.end(), c) == kept.end()) kept.push_back(c);
    }
  }
  if (kept.empty()) return;
  m->candidates = std::move(kept);
  m->end = tokens_[q_end - 1].end;
  *next = q_end;
}

size_t MentionFinder::DatelineOfUnknownTown(size_t i, std::vector<RawMention>* raw) {
  if (!AtLineStart(i) || !tokens_[i].all_caps) return i + 1;
  size_t end = i + 1;
  while (end < tokens_.size() && tokens_[end].all_caps && end < i + 4) ++end;
  if (end + 1 >= tokens_.size() || Word(end) != "," || !CapitalisedWord(end + 1)) return i + 1;
  std::pair<const uint32_t*, const uint32_t*> qualifier;
  const size_t q_end = LongestName(end + 1, &qualifier);
  if (q_end == 0 || q_end >= tokens_.size() || !IsDateline(i, end, q_end)) return i + 1;
  RawMention m;
  for (const uint32_t* q = qualifier.first; q != qualifier.second; ++q)
    if (g_.place(*q).kind != PlaceKind::kCity) m.candidates.push_back(*q);
  if (m.candidates.empty()) return i + 1;
  m.begin_token = static_cast<uint32_t>(i);
  m.end_token = static_cast<uint32_t>(q_end);
  m.start = tokens_[i].start;
  m.end = tokens_[q_end - 1].end;
  m.locative = m.dateline = m.sentence_initial = true;
  raw->push_back(std::move(m));
  return q_end;
}

// Countries first, then the countries the text names elsewhere, then capitals, then population (log scale).
uint32_t MentionFinder::Resolve(const RawMention& m, const std::vector<std::string>& context) const {
  uint32_t best = m.candidates.front();
  double best_score = -1e9;
  for (uint32_t c : m.candidates) {
    const Place& p = g_.place(c);
    double score = std::log10(static_cast<double>(p.population) + 10.0);
    if (p.kind == PlaceKind::kCountry) score += 3.0;
    // A region's population is the sum of its towns: a region outweighs its eponymous city only when the
    // city is small beside it ("Quebec", but "Donetsk", "New York" and "Washington" are cities).
    if (p.kind == PlaceKind::kRegion) score -= 1.0;
    if (p.capital) score += 2.0;
    if (std::find(context.begin(), context.end(), p.country) != context.end()) score += 2.0;
    if (score > best_score) {
      best_score = score;
      best = c;
    }
  }
  return best;
}

void MentionFinder::Run(std::vector<PlaceMention>* out) {
  std::vector<RawMention> raw;
  for (size_t i = 0; i < tokens_.size();) {
    if (!CapitalisedWord(i)) {
      ++i;
      continue;
    }
    std::pair<const uint32_t*, const uint32_t*> found;
    const size_t end = LongestName(i, &found);
    if (end == 0) {
      i = DatelineOfUnknownTown(i, &raw);
      continue;
    }
    RawMention m;
    m.begin_token = static_cast<uint32_t>(i);
    m.end_token = static_cast<uint32_t>(end);
    m.candidates.assign(found.first, found.second);
    m.start = tokens_[i].start;
    m.end = tokens_[end - 1].end;
    size_t next = end;
    Narrow(&m, &next);
    size_t after = 0;
    if (const long locative = LocativeBefore(i, &after); locative >= 0) {
      m.locative = true;
      const std::string_view w = Word(static_cast<size_t>(locative));
      m.directional = IsWordLower(w, "to") || IsWordLower(w, "into") || IsWordLower(w, "toward") ||
                      IsWordLower(w, "towards") || IsWordLower(w, "from");
      while (after < i &&
             (IsWordLower(Word(after), "the") || IsWordLower(Word(after), "a") || Word(after) == ","))
        ++after;
      m.start = tokens_[after].start;
    } else if (IsDateline(i, end, next)) {
      m.locative = m.dateline = true;
    }
    m.sentence_initial = i == 0 || EndsSentence(Word(i - 1)) || AtLineStart(i);
    // A name inside a longer proper name ("Michael Jordan", "New York Times") is not a place.
    const bool after_name = i > 0 && CapitalisedWord(i - 1) && !m.sentence_initial &&
                            !OneOfFolded(Word(i - 1), kCapitalisedFunctionWords);
    const bool before_name = end < tokens_.size() && CapitalisedWord(end) && next == end;
    if (!(after_name || before_name) || m.locative) raw.push_back(std::move(m));
    i = next;
  }

  // Countries that the text names unambiguously, or that qualify another name, steer the rest: the one
  // country a text names, or those it names at least twice. A country named once beside others is often
  // only a party to the story ("the United States" in a story from Geneva, where a town of 20,000 in Illinois
  // would otherwise outweigh the Swiss city).
  std::vector<std::string> named;
  std::vector<int> times_named;
  for (const RawMention& m : raw) {
    if (m.candidates.size() != 1 && g_.place(m.candidates.front()).kind != PlaceKind::kCountry) continue;
    const std::string& country = g_.place(m.candidates.front()).country;
    const auto it = std::find(named.begin(), named.end(), country);
    if (it == named.end()) {
      named.push_back(country);
      times_named.push_back(1);
    } else {
      ++times_named[static_cast<size_t>(it - named.begin())];
    }
  }
  std::vector<std::string> context;
  for (size_t i = 0; i < named.size(); ++i)
    if (named.size() == 1 || times_named[i] >= 2) context.push_back(named[i]);
  for (const RawMention& m : raw) {
    const uint32_t best = Resolve(m, context);
    const Place& p = g_.place(best);
    if (!m.locative) {
      if (m.sentence_initial && p.kind != PlaceKind::kCountry) continue;
      if (p.kind == PlaceKind::kCity && p.population < kBareCityMinPopulation) continue;
    }
    PlaceMention pm;
    pm.start = m.start;
    pm.end = m.end;
    pm.place = best;
    pm.locative = m.locative;
    pm.dateline = m.dateline;
    pm.directional = m.directional;
    out->push_back(pm);
  }
}

}  // namespace

void FindPlaceMentions(const Gazetteer& gazetteer, std::string_view text, const std::vector<Token>& tokens,
                       std::vector<PlaceMention>* out) {
  MentionFinder(gazetteer, text, tokens).Run(out);
}

void FindPlaceMentions(const Gazetteer& gazetteer, std::string_view text, std::vector<PlaceMention>* out) {
  std::vector<Token> tokens;
  Tokenize(text, &tokens);
  FindPlaceMentions(gazetteer, text, tokens, out);
}

Location LocationFor(const Gazetteer& gazetteer, std::string_view text, const PlaceMention& mention) {
  const Place& p = gazetteer.place(mention.place);
  Location loc;
  loc.name = p.name;
  loc.text = std::string(text.substr(mention.start, mention.end - mention.start));
  loc.country = p.country;
  loc.admin1 = p.kind == PlaceKind::kRegion ? p.name : p.admin1;
  loc.lat = p.lat;
  loc.lon = p.lon;
  loc.has_coordinates = p.has_coordinates;
  loc.precision = PlaceKindName(p.kind);
  loc.start = mention.start;
  loc.end = mention.end;
  return loc;
}

}  // namespace dyad
