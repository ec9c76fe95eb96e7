// Codes arbitrary bytes (after UTF-8 repair and normalisation, as ingest does) with a small fixed dictionary.
// Checks the coder's invariants: every span lies inside the text and every event has a code, a source
// (unnamed, with no text, only for arrests and repression) and a target (unnamed only for arrests and
// assaults).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "dyad/coder.h"
#include "dyad/text.h"

namespace {

std::shared_ptr<const dyad::Dictionary> MakeDictionary() {
  static const char kText[] =
      "country KAZ : Kazakhstan | Kazakh\ncountry RUS : Russia | Russian\ncountry USA : US | United States\n"
      "actor USAGOV country=USA sectors=GOV : Washington\nagent GOV : government | minister\n"
      "agent COP : police\nagent CVL : protesters\nverb 040 : meet + | hold talks with +\n"
      "verb 173 : arrest + | detain +\nverb 057 : sign agreement\nverb 112 : accuse + of\n"
      "cameo 040 goldstein=1 : Consult\ncameo 173 goldstein=-5 : Arrest\ncameo 057 goldstein=8 : Sign\n"
      "cameo 112 goldstein=-2 : Accuse\n";
  dyad::DictionarySource source;
  std::vector<dyad::Status> errors;
  dyad::ParseNativeDictionary("fuzz.txt", kText, &source, &errors);
  return dyad::Dictionary::Compile(std::move(source), &errors);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static std::shared_ptr<const dyad::Dictionary> dict = MakeDictionary();
  std::string repaired;
  dyad::RepairUtf8(std::string_view(reinterpret_cast<const char*>(data), size), &repaired);
  auto normalized = dyad::NormalizeText(repaired);
  if (!normalized.ok()) return 0;
  dyad::Document doc;
  doc.id = "fuzz";
  doc.text = std::move(normalized).value();
  dyad::Coder coder(dict);
  std::vector<dyad::Event> events;
  coder.CodeDocument(doc, &events);
  for (const auto& e : events) {
    // Only arrests and repression may leave their source unnamed, only arrests, coercion and assault on
    // people their target (src/coding/roles.h: AuthorityAct, UnnamedTargetAct).
    const bool unnamed_source_ok = e.cameo.starts_with("173") || e.cameo.starts_with("175");
    const bool unnamed_target_ok = e.cameo.starts_with("17") || e.cameo.starts_with("18");
    if ((e.source.code.empty() && !unnamed_source_ok) || (e.target.code.empty() && !unnamed_target_ok) ||
        e.cameo.empty())
      std::abort();
    if (e.source.code.empty() && (!e.source.text.empty() || e.source.start != e.source.end)) std::abort();
    if (e.trigger_start >= e.trigger_end || e.trigger_end > doc.text.size()) std::abort();
    if (e.source.end > doc.text.size() || e.target.end > doc.text.size()) std::abort();
  }
  return 0;
}
