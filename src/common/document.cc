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
    case InputFormat::kWarc:
      return "warc";
  }
  return "unknown";
}

const char* DateConfidence(std::string_view date_source) {
  if (date_source == "meta" || date_source == "json-ld" || date_source == "time" ||
      date_source == "dateline" || date_source == "jsonl")
    return "high";
  if (date_source == "visible") return "medium";
  if (date_source == "crawl" || date_source == "option") return "low";
  return "";
}

}  // namespace dyad
