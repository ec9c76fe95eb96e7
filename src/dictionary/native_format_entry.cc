// The entry half of the native-format parser (docs/dictionaries.md): one comment-free line "KIND CODE
// [attributes] : phrase | phrase" checked and read into a DictionaryEntry. Reading files and lines is in
// native_format.cc. No regex, no allocation beyond the entry's own strings.
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include "dictionary/native_format_internal.h"
#include "dyad/dictionary.h"

namespace dyad::native_format_internal {
namespace {

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

bool ParseKind(std::string_view word, EntryKind* kind) {
  static constexpr EntryKind kAll[] = {EntryKind::kCountry, EntryKind::kActor,   EntryKind::kAgent,
                                       EntryKind::kVerb,    EntryKind::kDiscard, EntryKind::kCameo};
  for (EntryKind candidate : kAll) {
    if (word == EntryKindName(candidate)) {
      *kind = candidate;
      return true;
    }
  }
  return false;
}

bool IsCodeText(std::string_view code) {
  return !code.empty() &&
         std::all_of(code.begin(), code.end(), [](char c) { return IsUpper(c) || IsDigit(c); });
}

// A CAMEO event code: 2 to 4 digits.
bool IsCameoCode(std::string_view code) {
  return code.size() >= 2 && code.size() <= 4 && std::all_of(code.begin(), code.end(), IsDigit);
}

bool IsCountryCode(std::string_view code) {
  return code.size() == 3 && std::all_of(code.begin(), code.end(), IsUpper);
}

Status ValidateCode(EntryKind kind, std::string_view code) {
  switch (kind) {
    case EntryKind::kDiscard:
      if (code != "-")
        return Status::InvalidArgument("a discard entry's code must be '-', got " + Quote(code));
      return Status::Ok();
    case EntryKind::kCountry:
      if (!IsCountryCode(code)) {
        return Status::InvalidArgument("bad country code " + Quote(code) +
                                       ": expected an ISO 3166-1 alpha-3 code (3 upper-case letters)");
      }
      return Status::Ok();
    case EntryKind::kVerb:
      // '-': a negative pattern, words that look like an event but are none ("protest vote"); it wins over
      // shorter patterns on the same words and codes nothing.
      if (code == "-") return Status::Ok();
      [[fallthrough]];
    case EntryKind::kCameo:
      if (!IsCameoCode(code)) {
        return Status::InvalidArgument("bad CAMEO code " + Quote(code) + ": expected 2 to 4 digits");
      }
      return Status::Ok();
    case EntryKind::kActor:
      // TABARI's compound actor ("THE_SHIRE [FRO/BIL/SAM]"): codes joined by '/', each coded on its own.
      if (code.find('/') != std::string_view::npos) {
        std::string_view rest = code;
        bool parts_ok = true;
        while (parts_ok) {
          const size_t slash = rest.find('/');
          parts_ok = IsCodeText(rest.substr(0, slash));
          if (slash == std::string_view::npos) break;
          rest.remove_prefix(slash + 1);
        }
        if (parts_ok) return Status::Ok();
      }
      [[fallthrough]];
    case EntryKind::kAgent:
      if (!IsCodeText(code)) {
        return Status::InvalidArgument("bad code " + Quote(code) +
                                       ": codes are upper-case letters and digits");
      }
      return Status::Ok();
  }
  return Status::Ok();
}

// Attributes as bits, so that "allowed for this kind" and "given twice" are one mask test each.
enum AttributeBit : uint16_t {
  kAttrCountry = 1 << 0,
  kAttrSectors = 1 << 1,
  kAttrFrom = 1 << 2,
  kAttrTo = 1 << 3,
  kAttrGoldstein = 1 << 4,
  kAttrPlover = 1 << 5,
  kAttrMode = 1 << 6,
  kAttrContext = 1 << 7,
  kAttrOffice = 1 << 8,
  kAttrPaired = 1 << 9,
  kAttrCompose = 1 << 10,
};

uint16_t AllowedAttributes(EntryKind kind) {
  switch (kind) {
    case EntryKind::kCountry:  // its own code is its country; from/to bound former states
      return kAttrFrom | kAttrTo;
    case EntryKind::kAgent:
      return kAttrFrom | kAttrTo | kAttrCompose;
    case EntryKind::kActor:
      return kAttrCountry | kAttrSectors | kAttrFrom | kAttrTo | kAttrOffice;
    case EntryKind::kCameo:
      return kAttrGoldstein | kAttrPlover | kAttrMode | kAttrContext;
    case EntryKind::kVerb:
      return kAttrPaired;
    case EntryKind::kDiscard:
      return 0;
  }
  return 0;
}

bool AttributeFromKey(std::string_view key, AttributeBit* bit) {
  if (key == "country")
    *bit = kAttrCountry;
  else if (key == "sectors")
    *bit = kAttrSectors;
  else if (key == "from")
    *bit = kAttrFrom;
  else if (key == "to")
    *bit = kAttrTo;
  else if (key == "goldstein")
    *bit = kAttrGoldstein;
  else if (key == "plover")
    *bit = kAttrPlover;
  else if (key == "mode")
    *bit = kAttrMode;
  else if (key == "context")
    *bit = kAttrContext;
  else if (key == "office")
    *bit = kAttrOffice;
  else if (key == "paired")
    *bit = kAttrPaired;
  else if (key == "compose")
    *bit = kAttrCompose;
  else
    return false;
  return true;
}

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

// YYYY-MM-DD naming a real calendar day (proleptic Gregorian, years 0001..9999).
bool IsValidDate(std::string_view date) {
  if (date.size() != 10 || date[4] != '-' || date[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!IsDigit(date[i])) return false;
  }
  auto number = [&](size_t pos, size_t len) {
    int value = 0;
    for (size_t i = pos; i < pos + len; ++i) value = value * 10 + (date[i] - '0');
    return value;
  };
  const int year = number(0, 4), month = number(5, 2), day = number(8, 2);
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= DaysInMonth(year, month);
}

Status ParseSectors(std::string_view value, std::vector<std::string>* sectors) {
  while (true) {
    const size_t comma = value.find(',');
    const std::string_view sector = value.substr(0, comma);
    if (!IsCodeText(sector)) {
      return Status::InvalidArgument("bad sector code " + Quote(sector) +
                                     " in sectors=: expected upper-case letters and digits separated by ','");
    }
    sectors->emplace_back(sector);
    if (comma == std::string_view::npos) return Status::Ok();
    value.remove_prefix(comma + 1);
  }
}

// PLOVER names: events are upper case ("CONSULT"), modes and contexts lower case ("heavy-weapons", "cbrn");
// letters, '_' and '-'.
bool IsPloverName(std::string_view name, bool upper) {
  if (name.empty()) return false;
  for (char c : name) {
    const bool letter = upper ? (c >= 'A' && c <= 'Z') : (c >= 'a' && c <= 'z');
    if (!letter && c != '_' && c != '-') return false;
  }
  return true;
}

Status ParseGoldstein(std::string_view value, double* goldstein) {
  double parsed = 0.0;
  const char* end = value.data() + value.size();
  const auto [ptr, ec] = std::from_chars(value.data(), end, parsed);
  if (ec != std::errc() || ptr != end || !std::isfinite(parsed)) {
    return Status::InvalidArgument("goldstein=" + std::string(value) + " is not a number");
  }
  if (parsed < -10.0 || parsed > 10.0) {
    return Status::InvalidArgument("goldstein=" + std::string(value) + " is outside -10..10");
  }
  *goldstein = parsed;
  return Status::Ok();
}

Status ParseAttribute(EntryKind kind, std::string_view token, uint16_t* seen, DictionaryEntry* entry) {
  const size_t equals = token.find('=');
  if (equals == std::string_view::npos) {
    return Status::InvalidArgument("expected KEY=VALUE or ' : ' after the code, got " + Quote(token));
  }
  const std::string_view key = token.substr(0, equals);
  const std::string_view value = token.substr(equals + 1);
  AttributeBit bit{};
  if (!AttributeFromKey(key, &bit)) {
    return Status::InvalidArgument("unknown attribute " + Quote(key) +
                                   " (expected country, sectors, from, to, office, paired, compose, "
                                   "goldstein, plover, mode or context)");
  }
  if ((AllowedAttributes(kind) & bit) == 0) {
    return Status::InvalidArgument("attribute " + Quote(key) + " is not allowed for kind " +
                                   Quote(EntryKindName(kind)));
  }
  if ((*seen & bit) != 0) return Status::InvalidArgument("attribute " + Quote(key) + " given twice");
  *seen |= bit;
  if (value.empty()) return Status::InvalidArgument("attribute " + Quote(key) + " has an empty value");
  switch (bit) {
    case kAttrCountry:
      if (!IsCountryCode(value)) {
        return Status::InvalidArgument("bad country=" + std::string(value) +
                                       ": expected an ISO 3166-1 alpha-3 code (3 upper-case letters)");
      }
      entry->country = value;
      return Status::Ok();
    case kAttrSectors:
      return ParseSectors(value, &entry->sectors);
    case kAttrFrom:
    case kAttrTo:
      if (!IsValidDate(value)) {
        return Status::InvalidArgument("bad date " + std::string(key) + "=" + std::string(value) +
                                       ": expected a real calendar date YYYY-MM-DD");
      }
      (bit == kAttrFrom ? entry->valid_from : entry->valid_to) = value;
      return Status::Ok();
    case kAttrOffice:
      // Syntax only: which offices a dictionary uses is its own convention (docs/dictionaries.md lists the
      // default dictionaries' set, which default_dictionaries_test.cc enforces).
      if (!IsCodeText(value)) {
        return Status::InvalidArgument(
            "bad office=" + std::string(value) +
            ": expected an office code in upper-case letters and digits (e.g. HOS)");
      }
      entry->office = value;
      return Status::Ok();
    case kAttrPaired:
      if (!IsCameoCode(value)) {
        return Status::InvalidArgument("bad paired=" + std::string(value) +
                                       ": expected a CAMEO code of 2 to 4 digits (e.g. 033)");
      }
      entry->paired_code = value;
      return Status::Ok();
    case kAttrCompose:
      if (value != "before" && value != "after") {
        return Status::InvalidArgument("bad compose=" + std::string(value) +
                                       ": expected before or after (where the agent's code goes)");
      }
      entry->agent_placement =
          value == "before" ? AgentPlacement::kBeforeCountry : AgentPlacement::kAfterCountry;
      return Status::Ok();
    case kAttrGoldstein:
      return ParseGoldstein(value, &entry->goldstein);
    case kAttrPlover:
      if (!IsPloverName(value, /*upper=*/true)) {
        return Status::InvalidArgument("bad plover=" + std::string(value) +
                                       ": expected a PLOVER event in upper case (e.g. CONSULT)");
      }
      entry->plover_event = value;
      return Status::Ok();
    case kAttrMode:
      if (!IsPloverName(value, /*upper=*/false)) {
        return Status::InvalidArgument("bad mode=" + std::string(value) +
                                       ": expected a PLOVER mode in lower case (e.g. visit)");
      }
      entry->plover_mode = value;
      return Status::Ok();
    case kAttrContext:
      for (std::string_view rest = value;;) {
        const size_t comma = rest.find(',');
        const std::string_view context = rest.substr(0, comma);
        if (!IsPloverName(context, /*upper=*/false)) {
          return Status::InvalidArgument("bad context " + Quote(context) +
                                         ": expected lower-case PLOVER contexts separated by ','");
        }
        entry->plover_contexts.emplace_back(context);
        if (comma == std::string_view::npos) return Status::Ok();
        rest.remove_prefix(comma + 1);
      }
  }
  return Status::Ok();
}

// A verb pattern: words, at most one '+' (target) and one '$' (source) as items of their own, optional
// groups "(word ...)" that are closed, not nested and not empty, and words joined with '_' outside them.
Status ValidateVerbPattern(std::string_view pattern) {
  int plus = 0, dollar = 0, depth = 0;
  bool group_has_word = false;
  size_t pos = 0;
  while (pos < pattern.size()) {
    while (pos < pattern.size() && IsSpace(pattern[pos])) ++pos;
    size_t end = pos;
    while (end < pattern.size() && !IsSpace(pattern[end])) ++end;
    const std::string_view item = pattern.substr(pos, end - pos);
    pos = end;
    if (item.empty()) break;
    if (item == "+" || item == "$") {
      if (depth > 0)
        return Status::InvalidArgument(Quote(item) + " cannot be optional in pattern " + Quote(pattern));
      int& count = item == "+" ? plus : dollar;
      if (++count > 1)
        return Status::InvalidArgument("more than one " + Quote(item) + " in pattern " + Quote(pattern));
      continue;
    }
    if (item.find('_') != std::string_view::npos) {
      // '_' joins two words that must follow each other: not at an item's start, not doubled, not in an
      // optional group (an optional word has no fixed neighbour). At an item's end it closes the word, which
      // then matches only as written (TABARI's exact word, "resolution_"; compiled.h, kElementExact).
      if (item.front() == '_' || item.find("__") != std::string_view::npos)
        return Status::InvalidArgument("'_' must join two words in pattern " + Quote(pattern));
      if (depth > 0 || item.find_first_of("()") != std::string_view::npos)
        return Status::InvalidArgument("'_' cannot join optional words in pattern " + Quote(pattern));
    }
    for (char c : item) {
      if (c == '+' || c == '$') {
        return Status::InvalidArgument("'" + std::string(1, c) +
                                       "' must stand alone (space-separated) in pattern " + Quote(pattern));
      }
      if (c == '(') {
        if (depth > 0) return Status::InvalidArgument("nested '(' in pattern " + Quote(pattern));
        depth = 1;
        group_has_word = false;
      } else if (c == ')') {
        if (depth == 0) return Status::InvalidArgument("unbalanced ')' in pattern " + Quote(pattern));
        if (!group_has_word) return Status::InvalidArgument("empty '()' in pattern " + Quote(pattern));
        depth = 0;
      } else if (depth > 0) {
        group_has_word = true;
      }
    }
  }
  if (depth != 0) return Status::InvalidArgument("unbalanced '(' in pattern " + Quote(pattern));
  return Status::Ok();
}

Status ParsePhrases(EntryKind kind, std::string_view text, DictionaryEntry* entry) {
  if (Trim(text).empty()) return Status::InvalidArgument("no phrases after ' : '");
  size_t index = 0;
  while (true) {
    ++index;
    const size_t bar = text.find('|');
    const std::string_view phrase = Trim(text.substr(0, bar));
    if (phrase.empty()) {
      return Status::InvalidArgument("empty phrase (number " + std::to_string(index) + " after ' : ')");
    }
    if (kind == EntryKind::kVerb) {
      DYAD_RETURN_IF_ERROR(ValidateVerbPattern(phrase));
    } else if (phrase.find_first_of("+$") != std::string_view::npos) {
      return Status::InvalidArgument("'+' and '$' are only allowed in verb patterns, got " + Quote(phrase));
    }
    entry->phrases.emplace_back(phrase);
    if (bar == std::string_view::npos) break;
    text.remove_prefix(bar + 1);
  }
  if (kind == EntryKind::kCameo && entry->phrases.size() != 1) {
    return Status::InvalidArgument("a cameo entry takes exactly one phrase (the code's name), got " +
                                   std::to_string(entry->phrases.size()));
  }
  return Status::Ok();
}

// Finds the ':' that separates header from phrases: the first ':' on the line (headers never contain one),
// which must have white space before it and white space or the end of the line after it.
Status FindSeparator(std::string_view content, size_t* colon) {
  *colon = content.find(':');
  if (*colon == std::string_view::npos || *colon == 0 || !IsSpace(content[*colon - 1]) ||
      (*colon + 1 < content.size() && !IsSpace(content[*colon + 1]))) {
    return Status::InvalidArgument("missing ' : ' between the header and the phrases");
  }
  return Status::Ok();
}

}  // namespace

Status ParseEntryLine(std::string_view content, DictionaryEntry* entry) {
  size_t colon = 0;
  const Status separator = FindSeparator(content, &colon);
  std::string_view header = content.substr(0, separator.ok() ? colon : content.size());

  auto next_word = [&header]() {
    header = Trim(header);
    size_t end = 0;
    while (end < header.size() && !IsSpace(header[end])) ++end;
    const std::string_view word = header.substr(0, end);
    header.remove_prefix(end);
    return word;
  };

  const std::string_view kind_word = next_word();
  if (!ParseKind(kind_word, &entry->kind)) {
    return Status::InvalidArgument("unknown kind " + Quote(kind_word) +
                                   " (expected country, actor, agent, verb, discard or cameo)");
  }
  DYAD_RETURN_IF_ERROR(separator);
  const std::string_view code = next_word();
  if (code.empty()) return Status::InvalidArgument("missing CODE after " + Quote(kind_word));
  DYAD_RETURN_IF_ERROR(ValidateCode(entry->kind, code));
  entry->code = code;
  if (entry->kind == EntryKind::kCountry) entry->country = code;

  uint16_t seen = 0;
  for (std::string_view token = next_word(); !token.empty(); token = next_word()) {
    DYAD_RETURN_IF_ERROR(ParseAttribute(entry->kind, token, &seen, entry));
  }
  if (!entry->valid_from.empty() && !entry->valid_to.empty() && entry->valid_from > entry->valid_to) {
    return Status::InvalidArgument("from=" + entry->valid_from + " is after to=" + entry->valid_to);
  }
  if (entry->kind == EntryKind::kCameo && (seen & kAttrGoldstein) == 0) {
    return Status::InvalidArgument("a cameo entry needs goldstein=VALUE");
  }
  return ParsePhrases(entry->kind, content.substr(colon + 1), entry);
}

}  // namespace dyad::native_format_internal
