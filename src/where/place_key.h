// The one spelling of a place name that the gazetteer indexes and the mention finder looks up: Unicode case
// folding (dyad::FoldCase, which also folds ’ to '), white space runs collapsed to one space, trimmed.
#ifndef DYAD_WHERE_PLACE_KEY_H_
#define DYAD_WHERE_PLACE_KEY_H_

#include <string>
#include <string_view>

#include "dyad/text.h"

namespace dyad {

inline void PlaceKey(std::string_view name, std::string* out) {
  FoldCase(name, out);
  size_t write = 0;
  bool space = true;  // drops leading white space
  for (const char ch : *out) {
    const bool is_space = ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r';
    if (is_space) {
      if (!space) (*out)[write++] = ' ';
      space = true;
    } else {
      (*out)[write++] = ch;
      space = false;
    }
  }
  if (write > 0 && (*out)[write - 1] == ' ') --write;
  out->resize(write);
}

}  // namespace dyad

#endif  // DYAD_WHERE_PLACE_KEY_H_
