// dyad dict explain "SENTENCE": runs the coder's three passes (src/coding/sentence.h, roles.h) on one text
// and prints what each saw: tokens, actor spans, verb patterns tried and fired, roles, and the events that
// the Coder itself reports. It reads the coder's internal evidence; nothing in src/coding is changed for it.
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "cli.h"
#include "coding/roles.h"
#include "coding/sentence.h"
#include "dyad/coder.h"
#include "dyad/dictionary.h"
#include "dyad/document.h"
#include "dyad/text.h"

namespace dyad_cli {
namespace {

std::string EntryText(const std::vector<dyad::DictionaryEntry>& entries, int32_t index) {
  if (index < 0) return "-";
  const dyad::DictionaryEntry& e = entries[index];
  std::string s = std::string(dyad::EntryKindName(e.kind)) + " " + e.code;
  if (!e.valid_from.empty() || !e.valid_to.empty())
    s += " [" + (e.valid_from.empty() ? std::string("..") : e.valid_from) + " to " +
         (e.valid_to.empty() ? std::string("..") : e.valid_to) + "]";
  return s + " (" + e.file + ":" + std::to_string(e.line) + ")";
}

std::string Span(const std::string& text, const dyad::SentenceAnalysis& a, uint32_t begin, uint32_t end) {
  if (begin >= end) return "";
  return text.substr(a.tokens[begin].start, a.tokens[end - 1].end - a.tokens[begin].start);
}

std::string ChunkText(const std::string& text, const dyad::SentenceAnalysis& a, int32_t chunk) {
  if (chunk < 0) return "-";
  return "\"" + Span(text, a, a.chunks[chunk].begin, a.chunks[chunk].end) + "\" (chunk " +
         std::to_string(chunk) + ")";
}

void ExplainOne(const dyad::CompiledDictionary& dict, const std::string& text, const std::string& date,
                const std::vector<dyad::Token>& tokens, const dyad::Sentence& s, bool all) {
  const auto& entries = dict.source().entries;
  dyad::SentenceAnalysis a;
  dyad::AnalyseTokens(dict, text, tokens.data() + s.first_token, tokens.data() + s.end_token, &a);
  std::printf("sentence: %s\n", text.substr(s.start, s.end - s.start).c_str());
  std::printf("tokens (text / folded / lemma / clause):\n");
  std::string lemma;
  for (uint32_t i = 0; i < a.tokens.size(); ++i) {
    const auto& t = a.tokens[i];
    std::string_view folded = a.Folded(i);
    if (t.lemma != dyad::kNoWord) {
      lemma = std::string(dict.lemmas().word(t.lemma));
    } else {
      dyad::Lemmatize(folded, &lemma);
      lemma += " (no pattern word)";
    }
    std::printf("  %2u %-18s %-18s %-28s clause %u%s\n", i, Span(text, a, i, i + 1).c_str(),
                std::string(folded).c_str(), lemma.c_str(), t.clause,
                (t.flags & dyad::kFlagInRelativeClause) ? " (relative clause)" : "");
  }
  if (dyad::HasDiscardPhrase(dict, a, date)) {
    std::printf("discard phrase found: the sentence is not coded\n\n");
    return;
  }
  dyad::FindActorChunks(dict, date, &a);
  std::printf("actor spans%s:\n", date.empty() ? "" : (" (entries valid on " + date + ")").c_str());
  if (a.chunks.empty()) std::printf("  none: no event can be coded\n");
  for (size_t c = 0; c < a.chunks.size(); ++c) {
    const auto& ch = a.chunks[c];
    std::printf("  chunk %zu \"%s\" tokens %u-%u group %d\n", c, Span(text, a, ch.begin, ch.end).c_str(),
                ch.begin, ch.end - 1, ch.group);
    if (ch.actor_entry >= 0) std::printf("    actor   %s\n", EntryText(entries, ch.actor_entry).c_str());
    if (ch.country_entry >= 0) std::printf("    country %s\n", EntryText(entries, ch.country_entry).c_str());
    if (ch.agent_entry >= 0) std::printf("    agent   %s\n", EntryText(entries, ch.agent_entry).c_str());
  }
  if (a.chunks.empty()) {
    std::printf("\n");
    return;
  }
  dyad::FindVerbMatches(dict, &a);
  std::printf("verb patterns tried (anchored at each token's lemma):\n");
  size_t tried = 0;
  for (uint32_t i = 0; i < a.tokens.size(); ++i) {
    auto [begin, end] = dict.PatternsAnchoredAt(a.tokens[i].lemma);
    if (begin == end) continue;
    tried += static_cast<size_t>(end - begin);
    std::printf("  token %u '%s': %td pattern%s\n", i, std::string(a.Folded(i)).c_str(), end - begin,
                end - begin == 1 ? "" : "s");
    for (const uint32_t* p = begin; p != end && (all || p - begin < 12); ++p) {
      bool fired = false;
      for (const auto& m : a.matches) fired |= m.pattern == *p && m.trigger_begin == i;
      const auto& vp = dict.pattern(*p);
      const auto& e = entries[vp.entry];
      std::printf("    %s verb %-4s '%s' (%s:%u)\n", fired ? "FIRED" : "     ", e.code.c_str(),
                  e.phrases[vp.phrase].c_str(), e.file.c_str(), e.line);
    }
    if (!all && end - begin > 12) std::printf("    ... (--all lists every one)\n");
  }
  if (tried == 0) std::printf("  none: no token's lemma starts a verb pattern\n");
  std::vector<dyad::RoleAssignment> roles;
  dyad::AssignRoles(a, &roles, &dict);  // as the coder assigns them
  std::printf(
      "matches (best non-overlapping; more pattern words, then a slot before the verb, then longer code, "
      "win):\n");
  if (a.matches.empty()) std::printf("  none\n");
  for (size_t m = 0; m < a.matches.size(); ++m) {
    const auto& match = a.matches[m];
    const auto& vp = dict.pattern(match.pattern);
    const auto& e = entries[vp.entry];
    std::printf("  verb %s '%s' on \"%s\"%s\n", e.code.c_str(), e.phrases[vp.phrase].c_str(),
                Span(text, a, match.trigger_begin, match.trigger_end).c_str(),
                match.passive ? " (passive)" : "");
    if (match.target_chunk >= 0)
      std::printf("    '+' slot: %s\n", ChunkText(text, a, match.target_chunk).c_str());
    if (match.source_chunk >= 0)
      std::printf("    '$' slot: %s\n", ChunkText(text, a, match.source_chunk).c_str());
    const auto& r = roles[m];
    std::printf("    source %s, target %s\n", ChunkText(text, a, r.source_chunk).c_str(),
                ChunkText(text, a, r.target_chunk).c_str());
    if (r.negated) {
      std::printf("    blocked: negated, modal/hypothetical or infinitive (not a reported act)\n");
    } else if (r.source_chunk < 0 && r.agentless) {
      std::printf("    no agent in the clause: police or army the sentence names, else (173, 175) unnamed\n");
    } else if (r.source_chunk < 0) {
      std::printf("    blocked: no source\n");
    } else if (r.demanded) {
      std::printf(
          "    demanded by \"%s\": coded as a demand (10x) of the act's subject\n",
          Span(text, a, static_cast<uint32_t>(r.governor), static_cast<uint32_t>(r.governor) + 1).c_str());
    } else if (r.intended) {
      std::printf(
          "    intended (governed by \"%s\"%s): coded as intent (03x) or threat (13x)%s\n",
          Span(text, a, static_cast<uint32_t>(r.governor), static_cast<uint32_t>(r.governor) + 1).c_str(),
          r.future ? ", future" : "", r.future ? ", or as the act marked future" : "");
    }
    if (r.agentless)
      std::printf("    agentless passive: the source may come from the sentence's police or army\n");
  }
  std::printf("\n");
}

}  // namespace

int ExplainSentence(const std::shared_ptr<const dyad::Dictionary>& dict, const std::string& sentence,
                    const std::string& date, bool all) {
  dyad::Document doc;
  doc.id = "explain";
  doc.text = sentence;
  doc.date = date;
  std::vector<dyad::Token> tokens;
  std::vector<dyad::Sentence> sentences;
  dyad::Tokenize(doc.text, &tokens);
  dyad::SplitSentences(doc.text, tokens, &sentences);
  for (const auto& s : sentences) ExplainOne(dict->compiled(), doc.text, date, tokens, s, all);
  dyad::Coder coder(dict, dyad::CoderOptions{.explain = true});
  std::vector<dyad::Event> events;
  coder.CodeDocument(doc, &events);
  std::printf("events (%zu):\n", events.size());
  for (const auto& e : events) {
    std::printf("  %s %s %s  \"%s\" -> \"%s\"  date %s (%s)\n    rule %s\n", e.source.code.c_str(),
                e.cameo.c_str(), e.target.code.c_str(), e.source.text.c_str(), e.target.text.c_str(),
                e.date.empty() ? "-" : e.date.c_str(), e.date_precision.c_str(), e.rule.c_str());
  }
  return kExitOk;
}

}  // namespace dyad_cli
