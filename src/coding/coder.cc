// The coder: document -> sentences -> (actor chunks, verb matches, roles) -> events. Coder::Impl is declared
// in coder_impl.h; its agent helpers are in coder_agents.cc, its date and place lookups in
// coder_place_time.cc, the suites' conventions (TABARI's compound patterns and CODE ALL) in coder_suites.cc.
#include "dyad/coder.h"

#include <algorithm>
#include <span>
#include <string>

#include "coding/coder_impl.h"
#include "coding/domestic_parties.h"
#include "coding/intent.h"
#include "coding/mutual_acts.h"
#include "coding/negated_acts.h"
#include "coding/nested_speech.h"
#include "coding/participle_clauses.h"
#include "coding/speech_acts.h"
#include "coding/sport_stories.h"
#include "coding/suite_defaults.h"
#include "dyad/text.h"

namespace dyad {

// The chunk reads "<name>'s <sector noun>": a possessive inside it, with only words after it.
bool Coder::Impl::PossessiveBeforeAgent(const ActorChunk& chunk) const {
  for (uint32_t i = chunk.begin + 1; i + 1 < chunk.end; ++i)
    if (analysis.Folded(i) == "'s") return true;
  return false;
}

// At most a few words, and no punctuation, between the end of `chunk` and the verb ("X and Y on Monday
// signed"). An abbreviation in parentheses right after the chunk is the name's own ("The Philippines and
// the European Union (EU) agree"): without it the pair was no subject, and the act fell to its domestic
// reading, the Philippines toward itself (petrarch-unit's COMPOUND-38).
bool Coder::Impl::SubjectRightBefore(int32_t chunk, uint32_t trigger) const {
  constexpr uint32_t kMaxWordsBetween = 3;
  constexpr uint32_t kMaxAbbreviationTokens = 3;  // "(", the abbreviation, ")"
  uint32_t end = analysis.chunks[chunk].end;
  if (end + kMaxAbbreviationTokens <= trigger && analysis.Folded(end) == "(" &&
      analysis.Folded(end + 2) == ")" && (analysis.tokens[end + 1].flags & kFlagAllCaps))
    end += kMaxAbbreviationTokens;
  if (end > trigger || trigger - end > kMaxWordsBetween) return false;
  for (uint32_t i = end; i < trigger; ++i) {
    std::string_view w = analysis.Folded(i);
    if (!(analysis.tokens[i].flags & kFlagWord) || w == "them" || w == "they" || w == "it") return false;
    // "X and Y on Monday signed" is fine; "Algeria and Jordan without facing torture" is not.
    if (IsPreposition(w) && w != "on") return false;
  }
  return true;
}

Coder::Coder(std::shared_ptr<const Dictionary> dictionary, CoderOptions options)
    : impl_(std::make_unique<Impl>()) {
  assert(dictionary != nullptr);
  impl_->dictionary = std::move(dictionary);
  impl_->options = options;
  const CompiledDictionary& dict = impl_->dictionary->compiled();
  impl_->authority_anchor.assign(dict.lemmas().size(), 0);
  for (const VerbPattern& p : dict.patterns()) {
    const WordId anchor = dict.pattern_elements()[p.anchor].lemma;
    if (anchor < impl_->authority_anchor.size() && AuthorityAct(dict.entries()[p.entry].code))
      impl_->authority_anchor[anchor] = 1;
  }
}

Coder::~Coder() = default;

size_t Coder::last_sentence_count() const { return impl_->sentence_count; }

void Coder::CodeDocument(const Document& document, std::vector<Event>* events, bool continues_story) {
  Impl& im = *impl_;
  if (continues_story) {
    im.story_sentence_base += static_cast<uint32_t>(im.sentence_count);
  } else {
    im.story_sentence_base = 0;
    im.memory.Reset();
    im.story_force.known = false;
  }
  im.tokens.clear();
  im.sentences.clear();
  im.seen_sentences.clear();
  Tokenize(document.text, &im.tokens);
  SplitSentences(document.text, im.tokens, &im.sentences);
  im.sentence_count = im.sentences.size();
  im.document_first_event = events->size();
  im.times.Reset(document.text, document.date);
  im.places.clear();
  im.places_found = false;
  for (uint32_t i = 0; i < im.sentences.size(); ++i) {
    const Sentence& s = im.sentences[i];
    // A headline repeated as the first body line, or a paragraph syndicated twice, is coded once.
    std::string_view text = std::string_view(document.text).substr(s.start, s.end - s.start);
    if (!im.seen_sentences.insert(text).second) continue;
    im.CodeSentence(document, s, i, events);
  }
  if (im.options.national_teams_in_sport)
    coding_internal::DropNationalTeamEvents(document.text, im.tokens, im.document_first_event, events);
}

void Coder::Impl::GroupMembers(int32_t chunk, std::vector<int32_t>* members) const {
  members->clear();
  if (chunk < 0) return;
  for (size_t c = 0; c < analysis.chunks.size(); ++c)
    if (analysis.chunks[c].group == analysis.chunks[chunk].group) members->push_back(static_cast<int32_t>(c));
}

void Coder::Impl::ResolveActor(const Document& doc, int32_t chunk_index, EventActor* out) const {
  const EntryTable entries = dictionary->entries();
  const ActorChunk& chunk = analysis.chunks[chunk_index];
  *out = EventActor{};
  if (chunk.referent >= 0) {
    // Resolved by coreference: the earlier actor, with the words of this mention as its span.
    const Referent& r = analysis.referents[chunk.referent];
    ResolveReferent(entries, r, out);
    // An antecedent in an earlier part of a story (CodeDocument's continues_story) has its offsets in a text
    // the coder no longer holds: the actor is known, its earlier words are not given.
    if (r.antecedent_sentence < story_sentence_base) {
      out->start = analysis.tokens[chunk.begin].start;
      out->end = analysis.tokens[chunk.end - 1].end;
      out->text = doc.text.substr(out->start, out->end - out->start);
      return;
    }
    out->antecedent = doc.text.substr(r.antecedent_start, r.antecedent_end - r.antecedent_start);
    out->antecedent_start = r.antecedent_start;
    out->antecedent_end = r.antecedent_end;
    // "Lavrov said that he urges Iran ...": an antecedent in the same sentence is the better evidence, the
    // name a reader (and an annotator) takes for the actor; one in an earlier sentence is not in this
    // sentence's text, so the mention's own words ("he", "the minister") stay the span.
    if (r.antecedent_start >= current_sentence_start) {
      out->start = r.antecedent_start;
      out->end = r.antecedent_end;
      out->text = out->antecedent;
      return;
    }
  } else {
    Referent named;
    named.actor_entry = chunk.actor_entry;
    if (chunk.country_entry >= 0) named.country = entries[chunk.country_entry].code;
    named.agent_entry = chunk.agent_entry;
    // "Toqaev's government", "Putin's army": a person's possessive before a sector noun names that
    // institution of the person's country (KAZGOV, RUSMIL), not the person (nor a former leader's ELI). A
    // country in the chunk ("Kazakhstan's President Nazarbayev") puts the possessive on the country: the
    // person keeps their own code.
    if (chunk.actor_entry >= 0 && chunk.agent_entry >= 0 && chunk.country_entry < 0 &&
        PossessiveBeforeAgent(chunk)) {
      const EntryView person = entries[chunk.actor_entry];
      if (IsPersonEntry(person) && !person.country.empty()) {
        named.actor_entry = -1;
        named.country = person.country;
      }
    }
    ResolveReferent(entries, named, out);
  }
  // "35 persons", "Kazakh people": civilians, the unmarked sector, where nothing more specific was named.
  if (chunk.people && out->sectors.empty() && chunk.actor_entry < 0) {
    out->code += "CVL";
    out->sectors.push_back("CVL");
  }
  out->start = analysis.tokens[chunk.begin].start;
  out->end = analysis.tokens[chunk.end - 1].end;
  out->text = doc.text.substr(out->start, out->end - out->start);
}

// For --explain: " (source 'he' resolved to 'Kassym-Jomart Tokayev' at bytes 120-141)", or nothing.
static std::string ResolvedNote(std::string_view role, const EventActor& actor) {
  if (actor.antecedent.empty()) return {};
  return " (" + std::string(role) + " '" + actor.text + "' resolved to '" + actor.antecedent + "' at bytes " +
         std::to_string(actor.antecedent_start) + "-" + std::to_string(actor.antecedent_end) + ")";
}

Event Recoded(const Event& ev, std::string_view code, const Dictionary& dictionary) {
  Event p = ev;
  p.cameo = code;
  p.root = p.cameo.substr(0, 2);
  p.quad_class = QuadClassForRoot(p.root);
  const CameoInfo cameo = dictionary.Cameo(code);
  p.goldstein = cameo.goldstein;
  p.plover_event = cameo.entry != nullptr ? cameo.entry->plover_event : "";
  p.plover_mode = cameo.entry != nullptr ? cameo.entry->plover_mode : "";
  p.plover_contexts = cameo.entry != nullptr ? cameo.entry->plover_contexts : std::vector<std::string>{};
  return p;
}

Event PairedEvent(const Event& ev, std::string_view paired_code, const Dictionary& dictionary) {
  Event p = Recoded(ev, paired_code, dictionary);
  std::swap(p.source, p.target);
  return p;
}

// Material protest, force posture, coercion and violence (CAMEO 14, 15, 17-20) are coded without a target
// when none is named; other acts need one (whom would "criticized" or "met" concern?).
static bool TargetlessAct(std::string_view code) {
  return code.starts_with("14") || code.starts_with("15") || code.starts_with("17") ||
         code.starts_with("18") || code.starts_with("19") || code.starts_with("20");
}

// "pledged to send troops", "threatened to attack": where the intended act has its own intent or threat code,
// the match of the governing verb alone (a generic 03x or 13x: "pledge", "threaten", "agree to") is not
// coded as well; nor is a generic demand (100, "demanded that") whose demanded act has its own 10x code, nor
// one whose words stand between the demanding word and that act ("said on Monday that Sudan must return ...":
// the dictionary's "that + must" is for demanded acts that no pattern codes).
void Coder::Impl::MarkSupersededGovernors(const EntryTable& entries) {
  const CompiledDictionary& dict = dictionary->compiled();
  superseded.assign(analysis.matches.size(), 0);
  for (size_t m = 0; m < analysis.matches.size(); ++m) {
    const RoleAssignment& r = roles[m];
    if (!(r.intended || r.demanded) || r.negated) continue;
    const uint32_t g = static_cast<uint32_t>(r.governor);
    const std::string_view act = entries[dict.pattern(analysis.matches[m].pattern).entry].code;
    if ((r.intended ? IntentCode(act) : DemandCode(act)).empty()) continue;
    for (size_t k = 0; k < analysis.matches.size(); ++k) {
      const VerbMatch& other = analysis.matches[k];
      const bool on_governor = g >= other.trigger_begin && g < other.trigger_end;
      const bool before_act =
          r.demanded && g < other.trigger_begin && other.trigger_end <= analysis.matches[m].trigger_begin;
      if (k == m || !(on_governor || before_act)) continue;
      const std::string_view code = entries[dict.pattern(other.pattern).entry].code;
      if (r.intended ? code.starts_with("03") || code.starts_with("13") : code == "100") superseded[k] = 1;
    }
  }
}

void Coder::Impl::CodeSentence(const Document& doc, const Sentence& s, uint32_t index,
                               std::vector<Event>* events) {
  const CompiledDictionary& dict = dictionary->compiled();
  current_sentence_start = s.start;
  AnalyseTokens(dict, doc.text, tokens.data() + s.first_token, tokens.data() + s.end_token, &analysis);
  if (analysis.tokens.empty() || HasDiscardPhrase(dict, analysis, doc.date)) return;
  analysis.tags.clear();
  FindActorChunks(dict, doc.date, &analysis, options.sentence_country_sectors, options.distribute_agents,
                  options.name_gaps, options.possessive_modifiers, options.possessor_names);
  // Before the verbs: a resolved pronoun or description is a chunk that slots and roles may take.
  const uint32_t story_index = story_sentence_base + index;
  memory.ResolveSentence(dict, story_index, &analysis, options.sentence_country_sectors);
  // A suite's default actors (DefaultActors) let a sentence without actors be coded.
  const bool defaults = options.default_actors.active();
  if (analysis.chunks.empty() && !defaults &&
      (!options.unnamed_authority ||
       std::none_of(analysis.tokens.begin(), analysis.tokens.end(), [&](const TokenView& t) {
         return t.lemma < authority_anchor.size() && authority_anchor[t.lemma];
       })))
    return;
  FindVerbMatches(dict, &analysis, options.unbounded_pattern_gaps);
  if (analysis.matches.empty()) return;
  // "X said Y attacked Z": the attack alone. Before the tags, and again after them, whose matches are found
  // anew ("said the bombing killed 12": the tagged pass brings the statement back).
  const auto drop_bare_statements = [&] {
    if (options.bare_statements != CoderOptions::BareStatements::kAsDictionary)
      DropBareStatementsBesideOtherActs(dict, options.bare_statements == CoderOptions::BareStatements::kAlone,
                                        &analysis);
  };
  drop_bare_statements();
  // Without actors only an act of the authorities can be coded ("they were detained", roles.h AuthorityAct).
  if (analysis.chunks.empty() && !defaults &&
      std::none_of(analysis.matches.begin(), analysis.matches.end(), [&](const VerbMatch& m) {
        return AuthorityAct(dict.entries()[dict.pattern(m.pattern).entry].code);
      }))
    return;
  // Tagged lazily: only a sentence with an actor and a one-word match after a determiner, possessive or
  // number pays for the tagger (few do), and its matches are found again with the tags (a trigger read as a
  // modifier is no act: see verbs.cc).
  if (options.pos_tagger != nullptr && TagsMayChangeMatches(analysis)) {
    options.pos_tagger->Tag(
        doc.text, std::span<const Token>(tokens.data() + s.first_token, s.end_token - s.first_token),
        &analysis.pos_scratch, &analysis.tags);
    AlignTagsWithSplitTokens(&analysis);
    FindVerbMatches(dict, &analysis, options.unbounded_pattern_gaps);
    if (analysis.matches.empty()) return;
    drop_bare_statements();
  }
  if (!options.object_nouns_as_events) {
    DropObjectNounMatches(&analysis);
    DropNounTriggerMatches(dict, &analysis);
  }
  if (!options.participle_clause_acts) DropParticipleClauseMatches(&analysis);
  if (!options.compound_patterns.empty()) PreferCompoundPatterns();  // suites only (coder_suites.cc)
  if (TooComplex()) return;  // a suite's complexity filter; never for news (CoderOptions::complexity)
  if (options.first_verb_per_clause) {
    if (options.code_all_verbs) all_matches = analysis.matches;
    KeepFirstMatchPerClause(dict, &analysis);
  }
  MarkPlaceChunks(doc, s);
  AssignRoles(analysis, &roles, &dict, options.hypotheticals_as_acts);
  if (options.place_targets) TakePlaceTargets(analysis, &roles, options.first_verb_per_clause);

  const EntryTable entries = dict.entries();
  const size_t sentence_first_event = events->size();
  MarkSupersededGovernors(entries);
  SupersedeThreateningWarnings(dict, analysis, roles, &superseded);  // a warning that threatens: no 012
  if (options.nested_speech) {
    speech_codes.assign(analysis.matches.size(), std::string_view());
    NestReportedFights(dict, analysis, &roles, &superseded, &speech_codes);
    if (!options.negated_codes.empty())
      RecodeNegatedActs(dict, analysis, options.negated_codes, &roles, &speech_codes);
  }
  if (options.bare_statements == CoderOptions::BareStatements::kAlone)
    SupersedeBareStatements(dict, analysis, &roles, &superseded);  // "X said ..."
  for (size_t m = 0; m < analysis.matches.size(); ++m) {
    const VerbMatch& match = analysis.matches[m];
    const RoleAssignment& r = roles[m];
    const bool refused = r.refused && options.refusals;  // coded as the rejection of the act
    if ((r.negated && !refused) || superseded[m]) continue;
    const std::string_view act = entries[dict.pattern(match.pattern).entry].code;
    // A reversed-only entry ("-" with a paired code, Phoenix's "RECEIVE - * ASSURANCE [:030]") codes only
    // the target's act toward the source, and only with paired events; otherwise, like a negative pattern,
    // it took its words from shorter patterns and codes nothing.
    const bool reversed_only = act == "-" && options.paired_events &&
                               !entries[dict.pattern(match.pattern).entry].paired_code.empty();
    if (act == "-" && !reversed_only) continue;
    // TABARI's '%' (CoderOptions::compound_patterns): the event is within the group at the marker, or none
    // (CompoundPatternActors).
    const CoderOptions::CompoundPattern* compound =
        options.compound_patterns.empty() ? nullptr
                                          : CompoundPatternOf(entries[dict.pattern(match.pattern).entry]);
    int32_t source_chunk = r.source_chunk >= 0 ? r.source_chunk : ContextAgent(entries, match, r, act);
    if (source_chunk < 0) source_chunk = RelativeFiringAgent(entries, match, r, act);
    // A source member -1: the empty actor (roles.h: AuthorityAct, RoleAssignment::explosive_agent).
    const bool unnamed_source = options.unnamed_authority && source_chunk < 0 &&
                                ((r.agentless && AuthorityAct(act)) || r.explosive_agent) &&
                                UnnamedAgent(analysis, match, r.target_chunk);
    // "one person was killed in the firing" after the story reported the police firing: their killing, when
    // the sentence names no one else who could have done it (a source member -2: the story's police).
    // So is the killing of an armed group's members soon after the police fired, with no cue ("policemen
    // guarding the temple return fire" ... "one militant killed on the spot"): militants in a fight with the
    // police are the police's dead, unlike the victims of a riot, mostly the mobs'. The verb is the span.
    uint32_t cue_begin = 0, cue_end = 0;
    const bool story_source = source_chunk < 0 && !unnamed_source && r.agentless && !r.negated &&
                              (act.starts_with("18") || act.starts_with("20")) && story_force.known &&
                              story_index - story_force.sentence <= kStoryForceWindow &&
                              (StoryForceCue(analysis, match, &cue_begin, &cue_end) ||
                               (ArmedGroupChunk(entries, r.target_chunk) &&
                                (cue_begin = match.trigger_begin, cue_end = match.trigger_end, true))) &&
                              UnnamedAgent(analysis, match, r.target_chunk);
    // "two journalists were abducted in Syria", "five people were killed": an act of violence on a named
    // victim in a passive that names no agent, where the sentence names no one who could have done it, is
    // an event with an unnamed source, as an agentless arrest is (roles.h, UnnamedViolence).
    const bool unnamed_violence =
        options.unnamed_authority && source_chunk < 0 && !unnamed_source && !story_source && r.agentless &&
        r.passive && !r.negated && !r.intended && !r.demanded && r.target_chunk >= 0 &&
        UnnamedViolence(analysis, match, act) && UnnamedAgent(analysis, match, r.target_chunk);
    if (source_chunk < 0 && !unnamed_source && !story_source && !unnamed_violence && !defaults &&
        compound == nullptr)
      continue;
    GroupMembers(source_chunk, &source_members);
    if (unnamed_source || unnamed_violence) source_members.assign(1, -1);
    if (story_source) source_members.assign(1, kStorySource);
    GroupMembers(r.target_chunk, &target_members);
    if (defaults && !unnamed_source && !story_source) {
      ApplyDefaultActors(options.default_actors, &source_members, &target_members);
      if (source_members.empty()) continue;
    }
    const VerbPattern& pattern = dict.pattern(match.pattern);
    const EntryView verb = entries[pattern.entry];
    bool reciprocal = false, targetless = false, domestic = false, refusal_without_target = false;
    if (target_members.empty() && reversed_only) continue;  // no one whose act it reports
    if (compound != nullptr && !CompoundPatternActors(match, *compound, &reciprocal)) continue;
    if (target_members.empty()) {
      // "Kazakhstan and Uzbekistan signed an agreement": each is the other's target, when the coordinated
      // actors are the verb's own subject, right before it, and the act is mutual.
      // Under TABARI's clause reading a verb right after "and" ("praised Z and signed an agreement") has the
      // previous verb's subject (KeepFirstMatchPerClause), not a subject of its own.
      const uint32_t before = match.trigger_begin;
      const bool conjoined_verb =
          options.first_verb_per_clause && before > 0 &&
          (analysis.Folded(before - 1) == "and" || analysis.Folded(before - 1) == "but" ||
           analysis.Folded(before - 1) == "then");
      // Only a mutual act (mutual_acts.h) makes the pair: "Labour and the Liberal Democrats said the sums
      // do not add up" is each party's statement, addressed to no one, and falls to the branches below.
      if (source_members.size() >= 2 && !conjoined_verb &&
          SubjectRightBefore(source_members.back(), match.trigger_begin) &&
          (MutualAct(verb.code, verb.phrases[pattern.phrase]) ||
           EachOtherAfter(analysis, match.trigger_end))) {
        target_members = source_members;
        reciprocal = true;
      } else if (((options.targetless_events && TargetlessAct(verb.code)) ||
                  (!options.require_dyad && source_chunk >= 0 && SubjectRightBefore(source_chunk, before)) ||
                  (!r.bare_noun &&
                   UnnamedTargetAct(verb.code, unnamed_source || SecurityChunk(entries, source_chunk),
                                    !unnamed_source && SecurityChunk(entries, source_chunk, true)))) &&
                 !r.intended && !r.demanded && !refused) {
        // "police fired ten rounds in the air", "thousands demonstrated in Kirkuk": a material act of force
        // or protest is an event without a named target; the target stays empty, never invented.
        target_members.assign(1, -1);
        targetless = true;
      } else if (r.domestic) {
        target_members.assign(1, -1);  // the source's own country, below (roles.h, DomesticAct)
        domestic = true;
      } else if (RefusalWithoutTarget(analysis, match, r, refused, verb.code, source_chunk)) {
        target_members.assign(1, -1);  // "Gondor says it will not accept refugees": a state's (below)
        targetless = refusal_without_target = true;
      } else if (options.targetless_statements && verb.code.starts_with("01") && !r.demanded) {
        // A public statement the dictionary names ("expressed concern", "declined to comment", "held a news
        // conference") is an act of its speaker whether or not it is addressed to anyone: empty target.
        target_members.assign(1, -1);
        targetless = true;
      } else {
        continue;
      }
    }
    // An announced act is coded as its intent (03x) or threat (13x). One without such a form is no event,
    // unless a future auxiliary announces it ("will criticize"): then it is the act, marked "future".
    std::string_view code = r.intended   ? IntentCode(verb.code)
                            : r.demanded ? DemandCode(verb.code)
                            : refused    ? RefusalCode(verb.code)
                                         : std::string_view(verb.code);
    // The suites' coders have no intent coding (CoderOptions::future_as_act): an act announced by an intent
    // verb ("agreed to lift", "is scheduled to attend") is the act there as well; threats (13x), "would"
    // (reported speech) and a cooperative act after a verb coded as an intent by itself ("wants to help",
    // IntentCombinesWith) keep their codes.
    const bool suite_act = options.future_as_act && r.intended && !r.future && code.starts_with("03") &&
                           !verb.code.starts_with("03") &&
                           analysis.Folded(static_cast<uint32_t>(r.governor)) != "would" &&
                           !IntentCombinesWith(dict, analysis, static_cast<uint32_t>(r.governor), verb.code);
    const bool future_act = (r.intended && r.future && (code.empty() || options.future_as_act)) || suite_act;
    if (future_act) code = verb.code;
    // The reversed act is reported, not announced or demanded, unless the future is coded as the act.
    if (reversed_only)
      code = (r.intended || r.demanded || refused) && !future_act ? std::string_view() : verb.paired_code;
    const bool reported = options.nested_speech && !speech_codes[m].empty();  // NestReportedFights
    if (reported) code = speech_codes[m];
    if (code.empty()) continue;
    CameoInfo cameo = dictionary->Cameo(code);
    const uint32_t evidence_begin =
        r.intended || r.demanded || refused ? static_cast<uint32_t>(r.governor) : match.trigger_begin;
    const EventDate when = DateFor(doc, s, match);
    // A compound's pair with a paired code is coded once, from the earlier member (CompoundPattern).
    const bool compound_once =
        compound != nullptr && reciprocal && options.paired_events && !verb.paired_code.empty();
    for (int32_t sc : source_members) {
      for (int32_t tc : target_members) {
        if ((reciprocal && sc == tc) || (compound_once && sc > tc)) continue;
        Event ev;
        if (sc >= 0) ResolveActor(doc, sc, &ev.source);
        if (sc == kStorySource) StoryAgent(doc, cue_begin, cue_end, &ev.source);
        if (tc >= 0) ResolveActor(doc, tc, &ev.target);
        if (sc == kDefaultActor) ev.source.code = options.default_actors.source;
        if (tc == kDefaultActor) ev.target.code = options.default_actors.target;
        if (reversed_only) std::swap(ev.source, ev.target);
        if (refusal_without_target &&
            (ev.source.country.empty() || NonStateSource(ev.source.code, ev.source.sectors)))
          continue;
        if (domestic) {
          if (NonStateSource(ev.source.code, ev.source.sectors)) continue;
          ev.target.code = ev.target.country = ev.source.country;
        }
        if ((ev.source.code.empty() && sc != -1) || (ev.target.code.empty() && !targetless) ||
            (!domestic && !ev.source.code.empty() && ev.source.code == ev.target.code))
          continue;
        ev.cameo = code;
        ev.trigger_start = analysis.tokens[evidence_begin].start;
        ev.trigger_end = analysis.tokens[match.trigger_end - 1].end;
        // Before the duplicate test, which reads the codes it may change. An actor named by its sector takes
        // the country of the place of its act (LendPlaceCountry), unless it would then be the other party.
        bool place_in_sentence = false;
        ev.location = PlaceFor(doc, s, ev, &place_in_sentence);
        if (place_in_sentence && ev.cameo != "042") {
          LendPlaceCountry(*ev.location, ev.target.code, doc.text, s.start, &ev.source);
          LendPlaceCountry(*ev.location, ev.source.code, doc.text, s.start, &ev.target);
          LendPlaceToUnnamedActor(*ev.location, ev.cameo, ev.target.code, &ev.source);
          if (!targetless)  // a targetless act's target stays empty (--targetless)
            LendPlaceToUnnamedActor(*ev.location, ev.cameo, ev.source.code, &ev.target);
        }
        // Rebels and the state they contend with are one country's (domestic_parties.h).
        LendDomesticCountry(ev.target, doc.text, &ev.source);
        LendDomesticCountry(ev.source, doc.text, &ev.target, ev.cameo, /*actor_is_target=*/true);
        // One event per source, code, target and date in a document, as ICEWS counts: a story that repeats
        // the same event in its headline and body, or in two paragraphs, reports it once. The first mention
        // is kept; a mention dated only by the document takes the date of a later, dated one.
        bool duplicate = false;
        for (size_t k = document_first_event; k < events->size() && !duplicate; ++k) {
          Event& o = (*events)[k];
          if (o.cameo != ev.cameo || o.source.code != ev.source.code || o.target.code != ev.target.code)
            continue;
          const bool undated_before = o.date_precision == "document";
          duplicate = o.date == when.date || undated_before || when.precision == "document";
          if (duplicate && undated_before && when.precision != "document") {
            o.date = when.date;
            o.date_precision = when.precision;
            o.date_text = when.text;
          }
        }
        if (duplicate) continue;
        ev.doc_id = doc.id;
        ev.sentence_index = index;
        ev.sentence = doc.text.substr(s.start, s.end - s.start);
        ev.root = ev.cameo.substr(0, 2);
        ev.quad_class = QuadClassForRoot(ev.root);
        ev.goldstein = cameo.goldstein;
        if (cameo.entry != nullptr) {
          ev.plover_event = cameo.entry->plover_event;
          ev.plover_mode = cameo.entry->plover_mode;
          ev.plover_contexts = cameo.entry->plover_contexts;
        }
        // PLOVER's auxiliary mode for an announced act, which its manual asks coders to put in the context.
        if (future_act && !ev.plover_event.empty()) ev.plover_contexts.push_back("future");
        ev.date = when.date;
        ev.date_precision = when.precision;
        ev.date_text = when.text;
        ev.trigger = doc.text.substr(ev.trigger_start, ev.trigger_end - ev.trigger_start);
        if (options.explain) {
          // RecodeNegatedActs gives its codes through the same slot as NestReportedFights.
          const bool negated_act =
              reported && !options.negated_codes.empty() && DirectlyNegated(analysis, match.trigger_begin);
          ev.rule =
              std::string(verb.file) + ":" + std::to_string(verb.line) + " verb " + std::string(verb.code) +
              " '" + std::string(verb.phrases[pattern.phrase]) + "'" + (match.passive ? " (passive)" : "") +
              (compound != nullptr ? " (compound '%')"
               : reciprocal        ? " (reciprocal)"
                                   : "") +
              (r.intended && !future_act ? " (intended: " + std::string(code) + ")" : "") +
              (r.demanded ? " (demanded: " + std::string(code) + ")" : "") +
              (refused ? " (refused: " + std::string(code) + ")" : "") + (future_act ? " (future)" : "") +
              (reversed_only ? " (reversed: " + std::string(code) + ")" : "") +
              (reported ? (negated_act ? " (negated: " : " (reported fight: ") + std::string(code) + ")"
                        : "") +
              ResolvedNote("source", ev.source) + ResolvedNote("target", ev.target);
        }
        // An act an intent verb announces ("prepared to attend") has no reception yet: no pair for it (the
        // suites pair "will meet" and "is about to restore", though).
        const bool paired = options.paired_events && !verb.paired_code.empty() && code == verb.code &&
                            !suite_act && !ev.target.code.empty() && !domestic;
        if (ev.source.HasSector("COP") &&
            (ev.root == "18" || ev.root == "19" || ev.root == "20" || ev.cameo.starts_with("175")))
          story_force = {ev.source, story_index, true};
        events->push_back(std::move(ev));
        if (paired) events->push_back(PairedEvent(events->back(), verb.paired_code, *dictionary));
      }
    }
  }
  if (options.first_verb_per_clause && options.code_all_verbs) CodeAllVerbs(sentence_first_event, events);
  if (options.split_compound_codes) SplitCompoundCodes(sentence_first_event, events);
}

}  // namespace dyad
