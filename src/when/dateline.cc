// DatelineDate: the date a news dateline states ("WASHINGTON, July 2 (Reuters) -"). A dateline is the text
// before the first dash of the article when that text is short and reads like a dateline: capitalised place
// names, commas, a calendar date and a parenthesised agency, but no lower-case prose.
#include <string>
#include <vector>

#include "dyad/when.h"
#include "when/temporal_internal.h"

namespace dyad {
namespace {

// Datelines are short; a dash further in belongs to the prose.
constexpr size_t kMaxDatelineBytes = 120;

bool IsLowerAscii(char c) { return c >= 'a' && c <= 'z'; }
bool IsAsciiLetter(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

// Byte offset of the dash that ends the dateline ("—", "–", "--", or "-" with a space or ')' before it and a
// space after), or npos. Stops at the first line break after content: a dateline is one line.
size_t FindDatelineDash(std::string_view head) {
  for (size_t i = 0; i < head.size(); ++i) {
    const char c = head[i];
    if (c == '\n' && i > 0) return std::string_view::npos;
    if (c == '\xE2' && i + 2 < head.size() && head[i + 1] == '\x80' &&
        (head[i + 2] == '\x93' || head[i + 2] == '\x94'))
      return i;
    if (c == '-' && i + 1 < head.size() && head[i + 1] == '-') return i;
    if (c == '-' && i > 0 && (head[i - 1] == ' ' || head[i - 1] == ')') &&
        (i + 1 == head.size() || head[i + 1] == ' '))
      return i;
  }
  return std::string_view::npos;
}

// True when every ASCII word outside parentheses starts with a capital letter, except "of" ("9th of July").
bool LooksLikeDateline(std::string_view prefix) {
  int depth = 0;
  for (size_t i = 0; i < prefix.size(); ++i) {
    const char c = prefix[i];
    if (c == '(') ++depth;
    if (c == ')' && depth > 0) --depth;
    if (depth > 0 || !IsAsciiLetter(c) ||
        (i > 0 && (IsAsciiLetter(prefix[i - 1]) || (prefix[i - 1] >= '0' && prefix[i - 1] <= '9'))))
      continue;
    if (!IsLowerAscii(c)) continue;
    size_t end = i;
    while (end < prefix.size() && IsAsciiLetter(prefix[end])) ++end;
    if (prefix.substr(i, end - i) != "of") return false;
  }
  return true;
}

}  // namespace

std::string DatelineDate(std::string_view text, std::string_view reference_date) {
  size_t begin = 0;
  while (begin < text.size() &&
         (text[begin] == ' ' || text[begin] == '\n' || text[begin] == '\r' || text[begin] == '\t'))
    ++begin;
  const std::string_view head = text.substr(begin, kMaxDatelineBytes);
  const size_t dash = FindDatelineDash(head);
  if (dash == std::string_view::npos || dash == 0) return std::string();
  const std::string_view prefix = head.substr(0, dash);
  if (!LooksLikeDateline(prefix)) return std::string();
  std::vector<TemporalExpression> found;
  when_internal::ScanOptions options;
  options.absolute_days_only = true;
  when_internal::ScanTemporalExpressions(prefix, reference_date, options, &found);
  for (TemporalExpression& expression : found) {
    if (expression.precision == "day") return std::move(expression.value);
  }
  return std::string();
}

}  // namespace dyad
