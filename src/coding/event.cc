#include "dyad/event.h"

namespace dyad {

int QuadClassForRoot(std::string_view root) {
  if (root.size() != 2 || root[0] < '0' || root[0] > '2' || root[1] < '0' || root[1] > '9') return 0;
  int r = (root[0] - '0') * 10 + (root[1] - '0');
  if (r >= 1 && r <= 5) return 1;  // verbal cooperation: statements, appeals, intent, consultation, diplomacy
  if (r >= 6 && r <= 8) return 2;  // material cooperation: cooperation, aid, yielding
  if (r >= 9 && r <= 13)
    return 3;  // verbal conflict: investigation, demands, disapproval, rejection, threats
  if (r >= 14 && r <= 20)
    return 4;  // material conflict: protest, force posture, reduced relations, coercion, violence
  return 0;
}

}  // namespace dyad
