#include "dyad/document.h"

namespace dyad {

const char* InputFormatName(InputFormat format) {
  switch (format) {
    case InputFormat::kText:
      return "text";
    case InputFormat::kHtml:
      return "html";
    case InputFormat::kJsonLines:
      return "jsonl";
  }
  return "unknown";
}

}  // namespace dyad
