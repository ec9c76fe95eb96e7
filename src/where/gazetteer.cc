// Gazetteer: loading the tab-separated file and looking names up.
#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "common/lines.h"
#include "dyad/where.h"
#include "where/place_key.h"

#ifndef DYAD_DEFAULT_GAZETTEER
#define DYAD_DEFAULT_GAZETTEER "share/dyad/places/gazetteer.tsv"
#endif

namespace dyad {
namespace {

// Splits `line` at tabs into at most kMaxFields fields (views into `line`) and returns how many there are;
// a line with more returns kMaxFields + 1, which no record accepts. One pass over the bytes: the fields are a
// few bytes long, shorter than a memchr call is worth.
constexpr size_t kMaxFields = 9;
size_t SplitTabs(std::string_view line, std::string_view (&fields)[kMaxFields]) {
  size_t count = 0, begin = 0;
  for (size_t i = 0; i < line.size(); ++i) {
    if (line[i] != '\t') continue;
    if (count == kMaxFields) return kMaxFields + 1;
    fields[count++] = line.substr(begin, i - begin);
    begin = i + 1;
  }
  if (count == kMaxFields) return kMaxFields + 1;
  fields[count++] = line.substr(begin);
  return count;
}

// The number of '\n' in `text`, by memchr (a byte loop counting into a size_t is slower on a 4 MB file).
size_t CountLines(std::string_view text) {
  size_t lines = 0;
  const char* at = text.data();
  const char* const end = text.data() + text.size();
  while (at < end) {
    const void* nl = std::memchr(at, '\n', static_cast<size_t>(end - at));
    if (nl == nullptr) break;
    ++lines;
    at = static_cast<const char*>(nl) + 1;
  }
  return lines;
}

template <typename Number>
bool ParseNumber(std::string_view field, Number* out) {
  const char* end = field.data() + field.size();
  auto [ptr, ec] = std::from_chars(field.data(), end, *out);
  return ec == std::errc() && ptr == end;
}

// Degrees as the generator writes them ("-80.38333"): parsed as a fixed-point decimal, which is several times
// faster than std::from_chars for double; anything else goes through from_chars.
bool ParseDegrees(std::string_view field, double* out) {
  size_t i = 0;
  const bool negative = !field.empty() && field[0] == '-';
  if (negative) ++i;
  int64_t whole = 0, fraction = 0, scale = 1;
  size_t digits = 0;
  for (; i < field.size() && field[i] >= '0' && field[i] <= '9' && digits < 4; ++i, ++digits)
    whole = whole * 10 + (field[i] - '0');
  if (digits == 0 || i >= field.size() || field[i] != '.' || field.size() - i - 1 > 9)
    return ParseNumber(field, out);
  for (++i; i < field.size(); ++i) {
    if (field[i] < '0' || field[i] > '9') return ParseNumber(field, out);
    fraction = fraction * 10 + (field[i] - '0');
    scale *= 10;
  }
  const double value =
      static_cast<double>(whole) + static_cast<double>(fraction) / static_cast<double>(scale);
  *out = negative ? -value : value;
  return true;
}

// FNV-1a over the key's bytes: keys are short (a dozen bytes on average), so a byte loop is as quick as
// anything wider, and it spreads the 58,000 default keys evenly over the slots.
uint64_t KeyHash(std::string_view key) {
  uint64_t h = 14695981039346656037ull;
  for (const char c : key) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ull;
  }
  return h ^ (h >> 29);
}

uint32_t WordCount(std::string_view key) {
  return static_cast<uint32_t>(std::count(key.begin(), key.end(), ' ') + 1);
}

}  // namespace

const char* PlaceKindName(PlaceKind kind) {
  switch (kind) {
    case PlaceKind::kCountry:
      return "country";
    case PlaceKind::kRegion:
      return "region";
    case PlaceKind::kCity:
      return "city";
  }
  return "city";
}

std::string DefaultGazetteerPath() {
  const char* env = std::getenv("DYAD_GAZETTEER");
  if (env != nullptr && *env != '\0') return env;
  return DYAD_DEFAULT_GAZETTEER;
}

std::shared_ptr<const Gazetteer> Gazetteer::FromPlaces(
    std::vector<Place> places, std::vector<std::pair<std::string, uint32_t>> aliases) {
  std::shared_ptr<Gazetteer> g(new Gazetteer());
  g->places_ = std::move(places);
  std::vector<std::pair<std::string, uint32_t>> keys;
  std::string key;
  for (auto& [alias, index] : aliases) {
    PlaceKey(alias, &key);
    if (!key.empty()) keys.emplace_back(key, index);
  }
  for (uint32_t i = 0; i < g->places_.size(); ++i) {
    PlaceKey(g->places_[i].name, &key);
    if (!key.empty()) keys.emplace_back(key, i);
  }
  g->Index(std::move(keys));
  return g;
}

void Gazetteer::Index(std::vector<std::pair<std::string, uint32_t>> keys) {
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  keys_.clear();
  key_first_.clear();
  candidates_.clear();
  storage_.clear();
  size_t bytes = 0;
  for (const auto& [key, index] : keys) bytes += key.size();
  storage_.reserve(bytes);  // never reallocated below: keys_ points into it
  for (const auto& [key, index] : keys) {
    if (index >= places_.size()) continue;  // an alias to a record that is not there
    if (keys_.empty() || keys_.back() != key) {
      key_first_.push_back(static_cast<uint32_t>(candidates_.size()));
      max_name_words_ = std::max(max_name_words_, WordCount(key));
      storage_ += key;
      keys_.emplace_back(storage_.data() + storage_.size() - key.size(), key.size());
    }
    candidates_.push_back(index);
  }
  key_first_.push_back(static_cast<uint32_t>(candidates_.size()));
  BuildHashIndex();
}

void Gazetteer::BuildHashIndex() {
  size_t size = 16;
  while (size < 2 * keys_.size()) size *= 2;
  slots_.assign(size, 0);
  slot_mask_ = size - 1;
  for (size_t k = 0; k < keys_.size(); ++k) {
    uint64_t slot = KeyHash(keys_[k]) & slot_mask_;
    while (slots_[slot] != 0) slot = (slot + 1) & slot_mask_;
    slots_[slot] = static_cast<uint32_t>(k + 1);
  }
}

std::pair<const uint32_t*, const uint32_t*> Gazetteer::Candidates(std::string_view folded_name) const {
  if (slots_.empty()) return {nullptr, nullptr};
  for (uint64_t slot = KeyHash(folded_name) & slot_mask_; slots_[slot] != 0; slot = (slot + 1) & slot_mask_) {
    const size_t k = slots_[slot] - 1;
    if (keys_[k] != folded_name) continue;
    return {candidates_.data() + key_first_[k], candidates_.data() + key_first_[k + 1]};
  }
  return {nullptr, nullptr};
}

// File format (docs/places.md): '#' comments; records
// "P\tkind\tname\tcountry\tadmin1\tlat\tlon\tpopulation\tcapital" numbered from 0 in file order (lat and lon
// empty when unknown); then the index, "K\tkey\tN,N,...", one line per folded name in strictly increasing
// byte order, listing the records it names. The generator folds and sorts, so loading is parsing only.
Result<std::shared_ptr<const Gazetteer>> Gazetteer::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError(path + ": cannot open gazetteer (build it with the default target)");
  std::string content;
  in.seekg(0, std::ios::end);
  const std::streamoff size = in.tellg();
  in.seekg(0, std::ios::beg);
  if (size < 0) return Status::IOError(path + ": cannot read gazetteer");
  content.resize(static_cast<size_t>(size));
  if (!in.read(content.data(), size)) return Status::IOError(path + ": cannot read gazetteer");
  return Parse(std::move(content), path);
}

Result<std::shared_ptr<const Gazetteer>> Gazetteer::Parse(std::string text, const std::string& path) {
  std::shared_ptr<Gazetteer> g(new Gazetteer());
  g->storage_ = std::move(text);  // kept: the index keys are views into it
  const std::string& content = g->storage_;
  const size_t lines = CountLines(content);
  g->places_.reserve(lines);
  std::string_view f[kMaxFields];
  LineReader reader(content);
  auto error = [&](const std::string& what) {
    return Status::Corruption(path + ":" + std::to_string(reader.number()) + ": " + what);
  };
  while (reader.Next()) {
    const std::string_view line = reader.line();
    if (line.empty() || line[0] == '#') continue;
    const size_t fields = SplitTabs(line, f);
    if (f[0] == "K") {
      if (fields != 3 || f[1].empty() || f[2].empty()) return error("expected 'K<TAB>name<TAB>record,...'");
      if (g->keys_.empty()) {  // the index is the rest of the file: at most one key per remaining line
        // number() <= lines + 1 (the last line may lack its '\n')
        const size_t remaining = lines + 2 - reader.number();
        g->keys_.reserve(remaining);
        g->key_first_.reserve(remaining + 1);
        g->candidates_.reserve(remaining);
      } else if (!(g->keys_.back() < f[1])) {
        return error("index keys must be unique and sorted ('" + std::string(f[1]) + "')");
      }
      g->key_first_.push_back(static_cast<uint32_t>(g->candidates_.size()));
      for (size_t at = 0; at <= f[2].size();) {
        size_t comma = f[2].find(',', at);
        if (comma == std::string_view::npos) comma = f[2].size();
        uint32_t index = 0;
        if (!ParseNumber(f[2].substr(at, comma - at), &index) || index >= g->places_.size())
          return error("'" + std::string(f[1]) + "' names an unknown record '" +
                       std::string(f[2].substr(at, comma - at)) + "'");
        g->candidates_.push_back(index);
        at = comma + 1;
      }
      g->keys_.push_back(f[1]);
      g->max_name_words_ = std::max(g->max_name_words_, WordCount(f[1]));
      continue;
    }
    if (f[0] != "P" || fields != kMaxFields)
      return error("expected a 'P' record with 9 fields or a 'K' index line");
    if (!g->keys_.empty()) return error("records must come before the index");
    PlaceKind kind;
    if (f[1] == "country") {
      kind = PlaceKind::kCountry;
    } else if (f[1] == "region") {
      kind = PlaceKind::kRegion;
    } else if (f[1] == "city") {
      kind = PlaceKind::kCity;
    } else {
      return error("unknown place kind '" + std::string(f[1]) + "'");
    }
    if (f[2].empty() || f[3].size() != 3) return error("a place needs a name and an ISO alpha-3 country");
    // Built in place (a Place moved into the vector cost its three strings twice).
    Place& p = g->places_.emplace_back();
    p.kind = kind;
    p.name = f[2];
    p.country = f[3];
    p.admin1 = f[4];
    if (!f[5].empty() || !f[6].empty()) {
      if (!ParseDegrees(f[5], &p.lat) || !ParseDegrees(f[6], &p.lon) || p.lat < -90 || p.lat > 90 ||
          p.lon < -180 || p.lon > 180)
        return error("bad coordinates '" + std::string(f[5]) + "," + std::string(f[6]) + "'");
      p.has_coordinates = true;
    }
    if (!ParseNumber(f[7], &p.population)) return error("bad population '" + std::string(f[7]) + "'");
    if (f[8] != "0" && f[8] != "1") return error("capital must be 0 or 1");
    p.capital = f[8] == "1";
  }
  g->key_first_.push_back(static_cast<uint32_t>(g->candidates_.size()));
  g->BuildHashIndex();
  return std::shared_ptr<const Gazetteer>(std::move(g));
}

std::string Gazetteer::IndexText() const {
  std::string out;
  for (size_t k = 0; k < keys_.size(); ++k) {
    out += "K\t";
    out += keys_[k];
    out += '\t';
    for (uint32_t c = key_first_[k]; c < key_first_[k + 1]; ++c) {
      if (c != key_first_[k]) out += ',';
      out += std::to_string(candidates_[c]);
    }
    out += '\n';
  }
  return out;
}

}  // namespace dyad
