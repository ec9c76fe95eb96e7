// dyad/dictionary_coverage.h: compare another dictionary's actor names and verb lemmas with ours, and count
// the names of the other dictionary in a corpus.
#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <set>
#include <string>
#include <system_error>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "dyad/dictionary_coverage.h"
#include "dyad/dictionary_formats.h"

namespace dyad {
namespace {

bool IsWordByte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80 ||
         c == '\'' || c == '-' || c == '.';
}

struct Token {
  std::string key;
  bool capital = false;  // starts with an upper-case ASCII letter or a non-letter
};

// Normalises one raw word: folds case, trims hyphens and quotes, drops a possessive "'s" and a lone final
// stop.
std::string NormaliseWord(std::string_view raw) {
  std::string w;
  w.reserve(raw.size());
  for (size_t i = 0; i < raw.size(); ++i) {
    if (raw.substr(i, 3) == "\xE2\x80\x99") {  // ’
      w += '\'';
      i += 2;
      continue;
    }
    const char c = raw[i];
    w += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  auto trim = [&w] {
    while (!w.empty() && (w.front() == '-' || w.front() == '\'' || w.front() == '.')) w.erase(0, 1);
    while (!w.empty() && (w.back() == '-' || w.back() == '\'')) w.pop_back();
  };
  trim();
  if (w.size() > 2 && w.compare(w.size() - 2, 2, "'s") == 0) w.resize(w.size() - 2);
  if (!w.empty() && w.back() == '.' && std::count(w.begin(), w.end(), '.') == 1) w.pop_back();
  trim();
  return w;
}

void Tokenize(std::string_view text, std::vector<Token>* out) {
  out->clear();
  size_t i = 0;
  while (i < text.size()) {
    // ’ (E2 80 99) is a word byte via c >= 0x80; other punctuation above 0x7F is rare enough to keep.
    if (!IsWordByte(static_cast<unsigned char>(text[i]))) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < text.size() && IsWordByte(static_cast<unsigned char>(text[j]))) ++j;
    std::string key = NormaliseWord(text.substr(i, j - i));
    if (!key.empty()) {
      const char first = text[i];
      const bool lower = first >= 'a' && first <= 'z';
      out->push_back(Token{std::move(key), !lower});
    }
    i = j;
  }
}

std::string JoinKeys(const std::vector<Token>& tokens, size_t begin, size_t end) {
  std::string out;
  for (size_t i = begin; i < end; ++i) {
    if (i > begin) out += ' ';
    out += tokens[i].key;
  }
  return out;
}

std::string Join(const std::set<std::string>& items) {
  std::string out;
  for (const std::string& s : items) {
    if (!out.empty()) out += ',';
    out += s;
  }
  return out;
}

std::string Prefix3(const std::string& code) { return code.substr(0, 3); }

// Marks the type of one of our type-and-country codes in a resolved set ("*MNC" beside "USA").
constexpr char kTypeMark[] = "*";

// Legal forms after a company's name ("Siemens AG", "Chevron Corp."): the coder matches the name before them
// as a phrase of its own and leaves the suffix as a plain word, so the measure resolves the name without it.
bool IsLegalForm(const std::string& key) {
  static const std::unordered_set<std::string> kForms = {
      "ag", "inc", "corp", "corporation", "co", "cos",   "company",  "plc", "ltd", "limited", "sa",
      "nv", "spa", "gmbh", "llc",         "lp", "group", "holdings", "bhd", "ab",  "asa",     "oyj"};
  return kForms.count(key) > 0;
}

// The first word of a verb pattern that is not a slot or inside an optional group.
std::string VerbLemma(std::string_view pattern) {
  std::vector<Token> tokens;
  int depth = 0;
  size_t i = 0;
  while (i < pattern.size()) {
    const char c = pattern[i];
    if (c == '(') ++depth;
    if (c == ')') depth = std::max(0, depth - 1);
    if (c == ' ' || c == '(' || c == ')' || c == '+' || c == '$') {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < pattern.size() && pattern[j] != ' ' && pattern[j] != '(' && pattern[j] != ')') ++j;
    if (depth == 0) return CoverageKey(pattern.substr(i, j - i));
    i = j;
  }
  return "";
}

// The regular files of `path` in sorted order (recursively when asked), or `path` itself when it is a file.
Status ListFiles(const std::string& path, bool recursive, std::vector<std::string>* files) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    auto add = [&](auto it) {
      for (decltype(it) end; !ec && it != end; it.increment(ec))
        if (it->is_regular_file(ec)) files->push_back(it->path().string());
    };
    if (recursive) {
      add(fs::recursive_directory_iterator(path, ec));
    } else {
      add(fs::directory_iterator(path, ec));
    }
    if (ec) return Status::IOError(path + ": " + ec.message());
    std::sort(files->begin(), files->end());
  } else if (fs::exists(path, ec)) {
    files->push_back(path);
  } else {
    return Status::NotFound(path + ": no such file or directory");
  }
  return Status::Ok();
}

}  // namespace

std::string CoverageKey(std::string_view phrase) {
  std::vector<Token> tokens;
  Tokenize(phrase, &tokens);
  return JoinKeys(tokens, 0, tokens.size());
}

Status ReadAnyDictionary(const std::string& path, DictionarySource* out, std::vector<Status>* notes) {
  std::vector<std::string> files;
  DYAD_RETURN_IF_ERROR(ListFiles(path, /*recursive=*/false, &files));
  for (const std::string& file : files) {
    std::ifstream in(file, std::ios::binary);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (!in.good() && !in.eof()) return Status::IOError(file + ": cannot read");
    const DictionaryFormat format = DetectDictionaryFormat(file, std::string_view(text).substr(0, 4096));
    if (format == DictionaryFormat::kNative) {
      ParseNativeDictionary(file, text, out, notes);
      continue;
    }
    const auto kind = GuessForeignFileKind(file);
    if (!kind) {
      notes->push_back(Status::Unsupported(file + ": kind not known from the name; skipped"));
      continue;
    }
    if (format == DictionaryFormat::kTabari) {
      ReadTabariDictionary(file, text, *kind, out, notes);
    } else {
      ReadPetrarchDictionary(file, text, *kind, out, notes);
    }
  }
  return Status::Ok();
}

struct CoverageCounter::Impl {
  struct Name {
    std::string display;
    std::set<std::string> codes;
    std::set<std::string> prefixes;  // CountryPart of each code
    bool has_country = false;        // some code names a country (not only a type such as MED or MNC)
    size_t mentions = 0;
  };
  std::vector<Name> names;                             // OTHER's actor names
  std::unordered_map<std::string, uint32_t> name_ids;  // key -> index in names
  std::unordered_set<std::string> name_prefixes;       // every word prefix of a key (keys included)
  size_t max_words = 1;
  std::unordered_map<std::string, std::set<std::string>> ours;  // key -> our code prefixes
  std::unordered_set<std::string> agents;
  std::set<std::string> other_lemmas, our_lemmas;
  size_t texts = 0, bytes = 0;
  NameResolver resolver;
  std::unordered_set<std::string> countries;  // country codes of both dictionaries

  // The country a code names: its first three letters, or for a type code followed by a country
  // (Phoenix's companies "MNCDEU", "NGOUSA") the letters after the type. Type and region codes without a
  // country ("MED", "IGOUNO", "MEAREB") give their first three letters, which compare with the same type.
  std::string CountryPart(const std::string& code) const {
    std::string head = Prefix3(code);
    if (!countries.count(head) && code.size() >= 6 && countries.count(code.substr(3, 3)))
      return code.substr(3, 3);
    return head;
  }

  // Our code prefixes for a key: exact, or composed the way the coder composes (see the header). Empty when
  // unknown.
  std::set<std::string> Resolve(const std::string& key) const {
    std::vector<Token> t;
    Tokenize(key, &t);
    return ResolveTokens(t, 0, t.size());
  }

  std::set<std::string> ResolveTokens(const std::vector<Token>& t, size_t begin, size_t end) const {
    if (begin >= end) return {};
    if (auto it = ours.find(JoinKeys(t, begin, end)); it != ours.end()) return it->second;
    if (t[begin].key == "the") return ResolveTokens(t, begin + 1, end);
    if (end - begin >= 2 && IsLegalForm(t[end - 1].key)) {
      if (auto rest = ResolveTokens(t, begin, end - 1); !rest.empty()) return rest;
    }
    if (end - begin > 8) return {};  // composition is tried on short names only
    for (size_t split = begin + 1; split < end; ++split) {
      const std::string head = JoinKeys(t, begin, split);
      const std::string tail = JoinKeys(t, split, end);
      auto head_ours = ours.find(head);
      // "kazakh police": a country or actor, then agent words.
      if (head_ours != ours.end() && agents.count(tail)) return head_ours->second;
      // "president reagan", "russian president vladimir putin": agent or country words, then a name.
      if (agents.count(head) || head_ours != ours.end()) {
        if (auto rest = ResolveTokens(t, split, end); !rest.empty()) return rest;
      }
      // "president of kazakhstan", "president of the united states".
      if (t[split].key == "of" && agents.count(head)) {
        if (auto rest = ResolveTokens(t, split + 1, end); !rest.empty()) return rest;
      }
    }
    return {};
  }
};

CoverageCounter::CoverageCounter(const DictionarySource& ours, const DictionarySource& other)
    : impl_(std::make_unique<Impl>()) {
  Impl& m = *impl_;
  for (const DictionarySource* source : {&ours, &other}) {
    for (const DictionaryEntry& e : source->entries)
      if (e.kind == EntryKind::kCountry && e.code.size() == 3) m.countries.insert(e.code);
  }
  for (const DictionaryEntry& e : ours.entries) {
    for (const std::string& phrase : e.phrases) {
      if (e.kind == EntryKind::kCountry || e.kind == EntryKind::kActor) {
        std::string key = CoverageKey(phrase);
        if (key.empty()) continue;
        m.ours[key].insert(m.CountryPart(e.code));
        // A type code with a country ("MNCUSA") also agrees with OTHER's bare type ("MNC"): see Report.
        if (m.CountryPart(e.code) != Prefix3(e.code)) m.ours[key].insert(kTypeMark + Prefix3(e.code));
      } else if (e.kind == EntryKind::kAgent) {
        std::string key = CoverageKey(phrase);
        if (!key.empty()) m.agents.insert(key);
      } else if (e.kind == EntryKind::kVerb) {
        std::string lemma = VerbLemma(phrase);
        if (!lemma.empty()) m.our_lemmas.insert(lemma);
      }
    }
  }
  std::vector<Token> tokens;
  for (const DictionaryEntry& e : other.entries) {
    for (const std::string& phrase : e.phrases) {
      if (e.kind == EntryKind::kVerb) {
        std::string lemma = VerbLemma(phrase);
        if (!lemma.empty()) m.other_lemmas.insert(lemma);
        continue;
      }
      if (e.kind != EntryKind::kCountry && e.kind != EntryKind::kActor) continue;
      Tokenize(phrase, &tokens);
      if (tokens.empty()) continue;
      const std::string key = JoinKeys(tokens, 0, tokens.size());
      auto [it, inserted] = m.name_ids.try_emplace(key, static_cast<uint32_t>(m.names.size()));
      if (inserted) m.names.push_back(Impl::Name{phrase, {}, {}, 0});
      m.names[it->second].codes.insert(e.code);
      Impl::Name& name = m.names[it->second];
      name.prefixes.insert(m.CountryPart(e.code));
      name.has_country = name.has_country || m.countries.count(m.CountryPart(e.code)) > 0;
      m.max_words = std::max(m.max_words, tokens.size());
      for (size_t n = 1; n <= tokens.size(); ++n) m.name_prefixes.insert(JoinKeys(tokens, 0, n));
    }
  }
}

CoverageCounter::~CoverageCounter() = default;

void CoverageCounter::SetNameResolver(NameResolver resolver) { impl_->resolver = std::move(resolver); }

void CoverageCounter::AddText(std::string_view text) {
  Impl& m = *impl_;
  ++m.texts;
  m.bytes += text.size();
  std::vector<Token> tokens;
  Tokenize(text, &tokens);
  size_t i = 0;
  while (i < tokens.size()) {
    if (!tokens[i].capital || !m.name_prefixes.count(tokens[i].key)) {
      ++i;
      continue;
    }
    std::string key;
    size_t best_end = 0;
    uint32_t best_id = 0;
    for (size_t j = i; j < tokens.size() && j - i < m.max_words; ++j) {
      if (j > i) key += ' ';
      key += tokens[j].key;
      if (!m.name_prefixes.count(key)) break;
      if (auto it = m.name_ids.find(key); it != m.name_ids.end()) {
        best_end = j + 1;
        best_id = it->second;
      }
    }
    if (best_end == 0) {
      ++i;
      continue;
    }
    ++m.names[best_id].mentions;
    i = best_end;
  }
}

Status CoverageCounter::AddCorpusPath(const std::string& path, size_t* skipped) {
  std::vector<std::string> files;
  DYAD_RETURN_IF_ERROR(ListFiles(path, /*recursive=*/true, &files));
  for (const std::string& file : files) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return Status::IOError(file + ": cannot open");
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (std::memchr(text.data(), '\0', text.size()) != nullptr) {
      if (skipped) ++*skipped;
      continue;
    }
    AddText(text);
  }
  return Status::Ok();
}

CoverageReport CoverageCounter::Report(size_t max_examples) const {
  const Impl& m = *impl_;
  CoverageReport r;
  r.other_actor_names = m.names.size();
  std::vector<std::string> missing;
  std::vector<CoverageMiss> misses, no_country;
  for (const auto& [key, id] : m.name_ids) {
    const Impl::Name& name = m.names[id];
    std::set<std::string> ours = m.Resolve(key);
    bool by_resolver = false;
    if (ours.empty() && name.mentions > 0 && m.resolver) {
      for (std::string& country : m.resolver(key)) ours.insert(m.CountryPart(country));
      by_resolver = !ours.empty();
    }
    if (!m.ours.count(key)) {
      ++r.missing_actor_names;
      missing.push_back(name.display);
    }
    if (name.mentions == 0) continue;
    // The same country, or, where OTHER gives only a type ("Texaco" MNC), the same type ("MNCUSA").
    const bool same = std::any_of(ours.begin(), ours.end(), [&](const std::string& p) {
      if (p.rfind(kTypeMark, 0) == 0) return !name.has_country && name.prefixes.count(p.substr(1)) > 0;
      return name.prefixes.count(p) > 0;
    });
    std::erase_if(ours, [](const std::string& p) { return p.rfind(kTypeMark, 0) == 0; });
    if (!same && !name.has_country && !ours.empty()) {
      // OTHER gives no country ("BBC" MED) and ours gives a code of another kind (GBRMED): whether they
      // agree on a country cannot be told, so the name is left out of the share and listed apart.
      ++r.corpus_names_no_country;
      r.corpus_mentions_no_country += name.mentions;
      no_country.push_back(CoverageMiss{name.display, Join(name.codes), Join(ours), name.mentions});
      continue;
    }
    ++r.corpus_names;
    r.corpus_mentions += name.mentions;
    if (same) {
      ++r.corpus_names_same;
      r.corpus_mentions_same += name.mentions;
      if (by_resolver) ++r.corpus_names_by_resolver;
    } else {
      misses.push_back(CoverageMiss{name.display, Join(name.codes), Join(ours), name.mentions});
    }
  }
  std::sort(missing.begin(), missing.end());
  if (missing.size() > max_examples) missing.resize(max_examples);
  r.missing_actor_examples = std::move(missing);
  for (const std::string& lemma : m.other_lemmas) {
    if (m.our_lemmas.count(lemma)) continue;
    ++r.missing_verb_lemmas;
    if (r.missing_verb_examples.size() < max_examples) r.missing_verb_examples.push_back(lemma);
  }
  r.other_verb_lemmas = m.other_lemmas.size();
  std::sort(misses.begin(), misses.end(), [](const CoverageMiss& a, const CoverageMiss& b) {
    return a.mentions != b.mentions ? a.mentions > b.mentions : a.name < b.name;
  });
  if (misses.size() > max_examples) misses.resize(max_examples);
  r.misses = std::move(misses);
  std::sort(no_country.begin(), no_country.end(), [](const CoverageMiss& a, const CoverageMiss& b) {
    return a.mentions != b.mentions ? a.mentions > b.mentions : a.name < b.name;
  });
  if (no_country.size() > max_examples) no_country.resize(max_examples);
  r.no_country = std::move(no_country);
  r.corpus_texts = m.texts;
  r.corpus_bytes = m.bytes;
  return r;
}

}  // namespace dyad
