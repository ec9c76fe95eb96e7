// Builds the part-of-speech model file from the Lingua::EN::Tagger lexicon and WordNet (pos_model_build.h).
//
// Emission scores. words.yml gives corpus counts c(word, tag); the HMM wants P(word | tag) = c(word, tag) /
// C(tag), C(tag) being the tag's total over words.yml. unknown.yml gives per-class weights, read as
// P(tag | class); by Bayes P(class | tag) is proportional to P(tag | class) / P(tag), and the factor that
// does not depend on the tag cancels in Viterbi (every path pays it at that token). Transitions missing from
// tags.yml get a small floor so that no tag sequence is impossible.
#include "text/pos_model_build.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <fstream>
#include <sstream>

#include "common/lines.h"
#include "text/pos_model_format.h"

namespace dyad {
namespace {

using text_internal::Emission;
using text_internal::Exception;
using text_internal::PosModelHeader;
using text_internal::WordRecord;

constexpr double kTransitionFloor = 1e-6;
constexpr double kUnseenVerbFormShare = 0.5;

struct LinguaName {
  const char* name;
  PosTag tag;
};
constexpr LinguaName kLinguaNames[] = {
    {"cc", PosTag::kCC},         {"cd", PosTag::kCD},          {"det", PosTag::kDT},
    {"ex", PosTag::kEX},         {"fw", PosTag::kFW},          {"in", PosTag::kIN},
    {"jj", PosTag::kJJ},         {"jjr", PosTag::kJJR},        {"jjs", PosTag::kJJS},
    {"lrb", PosTag::kLRB},       {"ls", PosTag::kLS},          {"md", PosTag::kMD},
    {"nn", PosTag::kNN},         {"nnp", PosTag::kNNP},        {"nnps", PosTag::kNNPS},
    {"nns", PosTag::kNNS},       {"pdt", PosTag::kPDT},        {"pos", PosTag::kPOS},
    {"pp", PosTag::kPeriod},     {"ppc", PosTag::kComma},      {"ppd", PosTag::kDollar},
    {"ppl", PosTag::kOpenQuote}, {"ppr", PosTag::kCloseQuote}, {"pps", PosTag::kColon},
    {"prp", PosTag::kPRP},       {"prps", PosTag::kPRPS},      {"rb", PosTag::kRB},
    {"rbr", PosTag::kRBR},       {"rbs", PosTag::kRBS},        {"rp", PosTag::kRP},
    {"rrb", PosTag::kRRB},       {"sym", PosTag::kSYM},        {"to", PosTag::kTO},
    {"uh", PosTag::kUH},         {"vb", PosTag::kVB},          {"vbd", PosTag::kVBD},
    {"vbg", PosTag::kVBG},       {"vbn", PosTag::kVBN},        {"vbp", PosTag::kVBP},
    {"vbz", PosTag::kVBZ},       {"wdt", PosTag::kWDT},        {"wp", PosTag::kWP},
    {"wps", PosTag::kWPS},       {"wrb", PosTag::kWRB},
};

std::string At(std::string_view name, size_t line) { return std::string(name) + ":" + std::to_string(line); }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// One Lingua YAML line, `key: { a: 1, b: 2 }` or `"key": { ... }`, as Tagger.pm's own reader takes it: the
// key holds neither '"' nor '{'. Returns false for a line that is not such an entry.
bool ParseYamlLine(std::string_view line, std::string_view* key,
                   std::vector<std::pair<std::string_view, std::string_view>>* values) {
  line = Trim(line);
  const size_t open = line.find(": { ");
  if (open == std::string_view::npos || line.back() != '}') return false;
  *key = line.substr(0, open);
  if (!key->empty() && key->front() == '"') key->remove_prefix(1);
  if (!key->empty() && key->back() == '"') key->remove_suffix(1);
  if (key->empty() || key->find_first_of("\"{") != std::string_view::npos) return false;
  std::string_view body = Trim(line.substr(open + 4, line.size() - open - 5));
  values->clear();
  while (!body.empty()) {
    const size_t comma = body.find(',');
    const std::string_view item = Trim(body.substr(0, comma));
    const size_t colon = item.find(':');
    if (colon == std::string_view::npos) return false;
    values->emplace_back(Trim(item.substr(0, colon)), Trim(item.substr(colon + 1)));
    if (comma == std::string_view::npos) break;
    body.remove_prefix(comma + 1);
  }
  return !values->empty();
}

bool ParseNumber(std::string_view text, double* value) {
  const std::string copy(text);
  char* end = nullptr;
  *value = std::strtod(copy.c_str(), &end);
  return !copy.empty() && end == copy.c_str() + copy.size() && std::isfinite(*value) && *value >= 0;
}

// Calls `entry(line_number, key, tag/value pairs)` for every entry line of a Lingua YAML file.
template <typename Fn>
Status ForEachYamlEntry(std::string_view yaml, std::string_view name, Fn entry) {
  std::vector<std::pair<std::string_view, std::string_view>> raw;
  std::vector<std::pair<PosTag, double>> values;
  for (LineReader lines(yaml); lines.Next();) {
    const std::string_view line = lines.line();
    const size_t line_number = lines.number();
    if (Trim(line).empty() || line.starts_with("---") || line.starts_with("#")) continue;
    std::string_view key;
    if (!ParseYamlLine(line, &key, &raw))
      return Status::InvalidArgument(At(name, line_number) + ": expected 'key: { tag: number, ... }'");
    values.clear();
    for (const auto& [tag_name, number] : raw) {
      PosTag tag;
      double value;
      if (!LinguaTag(tag_name, &tag))
        return Status::InvalidArgument(At(name, line_number) + ": unknown tag '" + std::string(tag_name) +
                                       "'");
      if (!ParseNumber(number, &value))
        return Status::InvalidArgument(At(name, line_number) + ": bad number '" + std::string(number) + "'");
      values.emplace_back(tag, value);
    }
    DYAD_RETURN_IF_ERROR(entry(line_number, key, values));
  }
  return Status::Ok();
}

Status AddTagValues(std::string_view yaml, std::string_view name,
                    std::map<std::string, std::vector<std::pair<PosTag, double>>>* out) {
  return ForEachYamlEntry(yaml, name, [&](size_t, std::string_view key, const auto& values) {
    auto& dest = (*out)[std::string(key)];
    for (const auto& [tag, value] : values) {
      auto it = std::find_if(dest.begin(), dest.end(), [tag = tag](const auto& p) { return p.first == tag; });
      if (it == dest.end()) {
        dest.emplace_back(tag, value);
      } else {
        it->second = value;  // a repeated key overrides, as in Tagger.pm's hash
      }
    }
    return Status::Ok();
  });
}

Result<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open");
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (in.bad()) return Status::IOError(path + ": read failed");
  return bytes.str();
}

// The lexicon comes from a limited corpus: "arrested" was only seen as VBN, "adapt" only as VB. A regular
// -ed form is both past tense and participle, and a base form is both VB and VBP, so the form that was not
// seen gets half the count of the one that was (measured on testdata/pos/news.tagged: src/README.md).
std::vector<std::pair<PosTag, double>> WithRegularVerbForms(std::string_view word,
                                                            std::vector<std::pair<PosTag, double>> tags) {
  auto count = [&](PosTag t) {
    for (const auto& [tag, c] : tags) {
      if (tag == t) return c;
    }
    return 0.0;
  };
  auto pair_up = [&](PosTag a, PosTag b) {
    const double ca = count(a), cb = count(b);
    if (ca > 0 && cb == 0) tags.emplace_back(b, std::max(1.0, ca * kUnseenVerbFormShare));
    if (cb > 0 && ca == 0) tags.emplace_back(a, std::max(1.0, cb * kUnseenVerbFormShare));
  };
  if (word.size() > 3 && word.ends_with("ed")) pair_up(PosTag::kVBD, PosTag::kVBN);
  if (word != "be") pair_up(PosTag::kVB, PosTag::kVBP);  // the one verb whose present is not its base
  return tags;
}

template <typename T>
void Append(std::string* out, const T& value) {
  out->append(reinterpret_cast<const char*>(&value), sizeof(value));
}

void Pad4(std::string* out) {
  while (out->size() % 4 != 0) out->push_back('\0');
}

}  // namespace

bool LinguaTag(std::string_view name, PosTag* tag) {
  for (const LinguaName& entry : kLinguaNames) {
    if (name == entry.name) {
      *tag = entry.tag;
      return true;
    }
  }
  return false;
}

Status AddLinguaTransitions(std::string_view yaml, std::string_view name, PosModelSource* source) {
  return ForEachYamlEntry(yaml, name, [&](size_t line, std::string_view key, const auto& values) {
    PosTag previous;
    if (!LinguaTag(key, &previous))
      return Status::InvalidArgument(At(name, line) + ": unknown tag '" + std::string(key) + "'");
    for (const auto& [tag, value] : values) {
      if (value > 1.0) return Status::InvalidArgument(At(name, line) + ": probability above 1");
      source->transitions[static_cast<int>(previous)][static_cast<int>(tag)] = value;
    }
    return Status::Ok();
  });
}

Status AddLinguaWords(std::string_view yaml, std::string_view name, PosModelSource* source) {
  return AddTagValues(yaml, name, &source->words);
}

Status AddLinguaUnknownClasses(std::string_view yaml, std::string_view name, PosModelSource* source) {
  return AddTagValues(yaml, name, &source->classes);
}

Status AddWordNetIndex(std::string_view index, std::string_view name, uint8_t wordnet_pos,
                       PosModelSource* source) {
  for (LineReader lines(index); lines.Next();) {
    const std::string_view line = lines.line();
    const size_t line_number = lines.number();
    if (line.empty() || line.front() == ' ') continue;  // the licence header lines start with spaces
    const size_t space = line.find(' ');
    if (space == 0 || space == std::string_view::npos)
      return Status::InvalidArgument(At(name, line_number) + ": expected 'lemma pos ...'");
    const std::string_view lemma = line.substr(0, space);
    if (lemma.find('_') != std::string_view::npos) continue;
    source->wordnet[std::string(lemma)] |= wordnet_pos;
  }
  return Status::Ok();
}

Status AddWordNetExceptions(std::string_view exc, std::string_view name, uint8_t wordnet_pos,
                            PosModelSource* source) {
  for (LineReader lines(exc); lines.Next();) {
    std::string_view line = Trim(lines.line());
    const size_t line_number = lines.number();
    if (line.empty()) continue;
    const size_t space = line.find(' ');
    if (space == std::string_view::npos)
      return Status::InvalidArgument(At(name, line_number) + ": expected 'form base...'");
    const std::string_view form = line.substr(0, space);
    if (form.find('_') != std::string_view::npos) continue;
    line.remove_prefix(space + 1);
    auto& bases = source->exceptions[std::string(form)];
    while (!line.empty()) {
      const size_t next = line.find(' ');
      const std::string_view base = line.substr(0, next);
      if (!base.empty() && base.find('_') == std::string_view::npos && base.size() < 0xffff)
        bases.emplace_back(wordnet_pos, std::string(base));
      line.remove_prefix(next == std::string_view::npos ? line.size() : next + 1);
    }
  }
  return Status::Ok();
}

std::string SerializePosModel(const PosModelSource& source) {
  // Every word form the model needs: tagger lexicon, unknown classes, WordNet lemmas, exception forms.
  std::map<std::string, WordRecord> records;
  auto record = [&](const std::string& word) -> WordRecord& {
    auto [it, inserted] = records.try_emplace(word);
    if (inserted) std::memset(&it->second, 0, sizeof(WordRecord));
    return it->second;
  };
  for (const auto& [word, tags] : source.words) record(word);
  for (const auto& [word, tags] : source.classes) record(word);
  for (const auto& [word, bits] : source.wordnet) record(word).wordnet = bits;
  for (const auto& [word, bases] : source.exceptions) record(word);

  // Tag totals over the corpus counts (C(tag)) and their sum, for P(word | tag) and P(tag).
  double tag_total[kNumPosTags] = {};
  double all = 0;
  for (const auto& [word, tags] : source.words) {
    for (const auto& [tag, count] : tags) tag_total[static_cast<int>(tag)] += count;
  }
  for (const double t : tag_total) all += t;

  std::string strings;
  std::map<std::string, uint32_t> string_offsets;
  auto intern = [&](const std::string& s) {
    auto [it, inserted] = string_offsets.try_emplace(s, static_cast<uint32_t>(strings.size()));
    if (inserted) strings.append(s);
    return it->second;
  };
  std::vector<Emission> emissions;
  std::vector<Exception> exceptions;
  auto add_emissions = [&](const std::vector<std::pair<PosTag, double>>& tags, bool is_class, WordRecord* r) {
    double class_total = 0;
    for (const auto& [tag, weight] : tags) class_total += weight;
    r->first_emission = static_cast<uint32_t>(emissions.size());
    for (const auto& [tag, weight] : tags) {
      const double total = tag_total[static_cast<int>(tag)];
      if (weight <= 0 || total <= 0 || r->num_emissions == 0xff) continue;
      Emission e{};
      e.tag = static_cast<uint8_t>(tag);
      e.log_prob = is_class ? static_cast<float>(std::log(weight / class_total) - std::log(total / all))
                            : static_cast<float>(std::log(weight / total));
      emissions.push_back(e);
      ++r->num_emissions;
    }
  };
  // Frequent words first (records, their strings and emissions, and their home slots): text is Zipfian, so
  // most lookups then touch a few hot cache lines instead of a 5 MB table (measured: src/README.md).
  std::vector<std::pair<double, std::map<std::string, WordRecord>::iterator>> order;
  order.reserve(records.size());
  for (auto it = records.begin(); it != records.end(); ++it) {
    double count = 0;
    if (source.classes.count(it->first) != 0) count = 1e12;
    if (auto w = source.words.find(it->first); w != source.words.end()) {
      for (const auto& [tag, c] : w->second) count += c;
    }
    order.emplace_back(count, it);
  }
  std::stable_sort(order.begin(), order.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  for (auto& [count, entry] : order) {
    const std::string& word = entry->first;
    WordRecord& r = entry->second;
    r.text = intern(word);
    r.length = static_cast<uint16_t>(std::min<size_t>(word.size(), 0xffff));
    if (auto it = source.classes.find(word); it != source.classes.end()) {
      add_emissions(it->second, true, &r);
    } else if (auto w = source.words.find(word); w != source.words.end()) {
      add_emissions(WithRegularVerbForms(word, w->second), false, &r);
    }
    if (auto it = source.exceptions.find(word); it != source.exceptions.end()) {
      r.first_exception = static_cast<uint32_t>(exceptions.size());
      for (const auto& [pos, base] : it->second) {
        if (r.num_exceptions == 0xffff) break;
        Exception e{};
        e.wordnet_pos = pos;
        e.base = intern(base);
        e.length = static_cast<uint16_t>(base.size());
        exceptions.push_back(e);
        ++r.num_exceptions;
      }
    }
  }
  Pad4(&strings);

  uint32_t num_slots = 16;
  while (num_slots < 2 * records.size() + 1) num_slots *= 2;
  std::vector<uint32_t> slots(num_slots, 0);
  std::vector<WordRecord> words;
  words.reserve(records.size());
  for (const auto& [count, entry] : order) {
    words.push_back(entry->second);
    uint32_t slot = text_internal::HashWord(entry->first) & (num_slots - 1);
    while (slots[slot] != 0) slot = (slot + 1) & (num_slots - 1);
    slots[slot] = static_cast<uint32_t>(words.size());
  }

  PosModelHeader header{};
  std::memcpy(header.magic, text_internal::kPosModelMagic, sizeof(header.magic));
  header.version = text_internal::kPosModelVersion;
  header.num_tags = kNumPosTags;
  header.string_bytes = static_cast<uint32_t>(strings.size());
  header.num_words = static_cast<uint32_t>(words.size());
  header.num_slots = num_slots;
  header.num_emissions = static_cast<uint32_t>(emissions.size());
  header.num_exceptions = static_cast<uint32_t>(exceptions.size());

  std::string out;
  Append(&out, header);
  for (int t = 0; t < kNumPosTags; ++t) {
    char name[text_internal::kTagNameBytes] = {};
    std::strncpy(name, PosTagName(static_cast<PosTag>(t)), sizeof(name) - 1);
    out.append(name, sizeof(name));
  }
  // Rows 0..kNumPosTags-1 follow the previous tag; the last row is the sentence start, Lingua's "pp" row.
  for (int prev = 0; prev <= kNumPosTags; ++prev) {
    const int row = prev == kNumPosTags ? static_cast<int>(PosTag::kPeriod) : prev;
    for (int t = 0; t < kNumPosTags; ++t) {
      const double p = std::max(source.transitions[row][t], kTransitionFloor);
      Append(&out, static_cast<float>(std::log(p)));
    }
  }
  out.append(strings);
  for (const WordRecord& r : words) Append(&out, r);
  for (const uint32_t s : slots) Append(&out, s);
  for (const Emission& e : emissions) Append(&out, e);
  for (const Exception& e : exceptions) Append(&out, e);
  return out;
}

Result<std::string> BuildPosModel(const std::string& lingua_dir, const std::string& wordnet_dir) {
  PosModelSource source;
  {
    const std::string path = lingua_dir + "/tags.yml";
    DYAD_ASSIGN_OR_RETURN(std::string text, ReadFile(path));
    DYAD_RETURN_IF_ERROR(AddLinguaTransitions(text, path, &source));
  }
  {
    const std::string path = lingua_dir + "/words.yml";
    DYAD_ASSIGN_OR_RETURN(std::string text, ReadFile(path));
    DYAD_RETURN_IF_ERROR(AddLinguaWords(text, path, &source));
  }
  {
    const std::string path = lingua_dir + "/unknown.yml";
    DYAD_ASSIGN_OR_RETURN(std::string text, ReadFile(path));
    DYAD_RETURN_IF_ERROR(AddLinguaUnknownClasses(text, path, &source));
  }
  struct WordNetFiles {
    const char* index;
    const char* exc;
    uint8_t pos;
  };
  constexpr WordNetFiles kWordNet[] = {{"index.noun", "noun.exc", text_internal::kWnNoun},
                                       {"index.verb", "verb.exc", text_internal::kWnVerb},
                                       {"index.adj", "adj.exc", text_internal::kWnAdj},
                                       {"index.adv", "adv.exc", text_internal::kWnAdv}};
  for (const WordNetFiles& files : kWordNet) {
    const std::string index_path = wordnet_dir + "/" + files.index;
    DYAD_ASSIGN_OR_RETURN(std::string index, ReadFile(index_path));
    DYAD_RETURN_IF_ERROR(AddWordNetIndex(index, index_path, files.pos, &source));
    const std::string exc_path = wordnet_dir + "/" + files.exc;
    DYAD_ASSIGN_OR_RETURN(std::string exc, ReadFile(exc_path));
    DYAD_RETURN_IF_ERROR(AddWordNetExceptions(exc, exc_path, files.pos, &source));
  }
  if (source.words.empty()) return Status::InvalidArgument(lingua_dir + "/words.yml: no words");
  return SerializePosModel(source);
}

}  // namespace dyad
