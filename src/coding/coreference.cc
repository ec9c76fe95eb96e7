// Coreference inside a document: the discourse memory (see coreference.h for the contract).
//
// Salience is the classic order of pronoun resolvers without a parser: the nearest sentence with a fitting
// candidate wins; within a sentence a subject (the first actor of its clause, not after a preposition) wins
// over other mentions; among equals, in the current sentence the nearest one before the mention, in earlier
// sentences the first one. Gender is learnt from the text: "Mr"/"Mrs"/"Ms" before a name, and the pronoun
// that resolved to an entity ("she" makes it female), so "he" never takes her afterwards.
#include "coding/coreference.h"

#include <algorithm>

#include "coding/agent_code.h"
#include "coding/coreference_words.h"
#include "coding/second_acts.h"
#include "dyad/event.h"

namespace dyad {
namespace {

// How many sentences back each kind of mention looks (besides its own sentence): pronouns and the person
// descriptions follow their antecedent closely in news; a country description may come a paragraph later.
constexpr uint32_t kPronounWindow = 2;
constexpr uint32_t kDescriptionWindow = 3;
constexpr uint32_t kCountryWindow = 4;
constexpr uint32_t kPossessiveItsWindow = 1;

// What chunk `c` of sentence number `sentence` names, as a referent with the chunk as its antecedent: the
// referent it was resolved to, or its own actor, country and sector.
Referent ChunkReferent(const EntryTable& entries, const SentenceAnalysis& a, int32_t c, uint32_t sentence) {
  const ActorChunk& chunk = a.chunks[c];
  if (chunk.referent >= 0) return a.referents[chunk.referent];
  Referent named;
  named.actor_entry = chunk.actor_entry;
  named.agent_entry = chunk.agent_entry;
  named.country = chunk.country_entry >= 0 ? entries[chunk.country_entry].code
                  : chunk.actor_entry >= 0 ? entries[chunk.actor_entry].country
                                           : std::string_view();
  named.antecedent_start = a.tokens[chunk.begin].start;
  named.antecedent_end = a.tokens[chunk.end - 1].end;
  named.antecedent_sentence = sentence;
  return named;
}
}  // namespace

// The words and facts of coreference_words.h.
using coref::AfterPreposition;
using coref::Capitalized;
using coref::CountryHead;
using coref::CountryHeadAhead;
using coref::InList;
using coref::kEmirates;
using coref::kFemaleTitles;
using coref::kKingdoms;
using coref::kLocativePrepositions;
using coref::kMaleTitles;
using coref::kMaxModifiers;
using coref::kMonths;
using coref::kNotNameStarts;
using coref::kOtherWords;
using coref::kPersonTitles;
using coref::kRegions;
using coref::kStateSectors;
using coref::kSultanates;
using coref::PlainModifier;
using coref::PossessiveHer;
using coref::Region;
using coref::SectorFits;
using coref::TitledName;

void DiscourseMemory::Reset() { count_ = 0; }

int DiscourseMemory::Remember(const Entity& entity) {
  for (size_t k = 0; k < count_; ++k) {
    Entity& e = entities_[k];
    if (e.kind != entity.kind) continue;
    const bool same = entity.kind == Kind::kCountry
                          ? e.what.country == entity.what.country
                          : entity.what.actor_entry >= 0 && e.what.actor_entry == entity.what.actor_entry;
    if (!same) continue;
    const Gender gender = e.gender;
    e = entity;
    if (e.gender == Gender::kUnknown) e.gender = gender;
    return static_cast<int>(k);
  }
  size_t slot = count_;
  if (count_ < kCapacity) {
    ++count_;
  } else {
    // Full: the least recently mentioned entity is forgotten.
    slot = 0;
    for (size_t k = 1; k < count_; ++k) {
      const Entity& e = entities_[k];
      const Entity& o = entities_[slot];
      if (e.sentence < o.sentence || (e.sentence == o.sentence && e.position < o.position)) slot = k;
    }
  }
  entities_[slot] = entity;
  return static_cast<int>(slot);
}

void DiscourseMemory::Touch(int e, uint32_t sentence, uint32_t position, bool subject) {
  entities_[e].sentence = sentence;
  entities_[e].position = position;
  entities_[e].subject = subject;
}

int DiscourseMemory::Find(const CompiledDictionary& dict, Want want, int32_t title_entry,
                          std::string_view region, bool kingdom, bool republic, uint32_t sentence,
                          uint32_t position, uint32_t window, bool object) const {
  const EntryTable entries = dict.entries();
  const bool pronoun_subject = (want == Want::kMale || want == Want::kFemale) && !object;
  int best = -1;
  for (size_t k = 0; k < count_; ++k) {
    const Entity& e = entities_[k];
    if (e.sentence > sentence || sentence - e.sentence > window) continue;
    if (e.sentence == sentence && e.position >= position) continue;
    switch (want) {
      case Want::kMale:
      case Want::kFemale:
        if (e.kind != Kind::kPerson && e.kind != Kind::kUnknownName) continue;
        if (e.gender == (want == Want::kMale ? Gender::kFemale : Gender::kMale)) continue;
        break;
      case Want::kPersonWithTitle: {
        // A title the text gave the person must be the same ("the mayor" is not "Prime Minister X"); a
        // person named without one fits by the dictionary's sector ("Putin" ... "the president").
        if (e.kind != Kind::kPerson) continue;
        const bool fits = e.what.agent_entry >= 0 ? e.what.agent_entry == title_entry
                                                  : SectorFits(entries, e.what, entries[title_entry].code);
        if (!fits) continue;
        break;
      }
      case Want::kCountry:
        if (e.kind != Kind::kCountry) continue;
        if (!region.empty() && !InList(region, e.what.country)) continue;
        if (kingdom && !InList(kKingdoms, e.what.country)) continue;
        if (republic && (InList(kKingdoms, e.what.country) || InList(kEmirates, e.what.country) ||
                         InList(kSultanates, e.what.country)))
          continue;
        break;
    }
    if (best < 0) {
      best = static_cast<int>(k);
      continue;
    }
    const Entity& b = entities_[best];
    // A subject pronoun ("After the death of leader John Smith he stood aside") takes the subject of an
    // earlier sentence before a phrase object of its own.
    auto rank = [&](const Entity& x) {
      const uint32_t distance = sentence - x.sentence;
      return pronoun_subject && distance == 0 && !x.subject ? 1u : distance;
    };
    if (rank(e) != rank(b)) {
      if (rank(e) < rank(b)) best = static_cast<int>(k);
      continue;
    }
    // An object pronoun is not its own clause's subject ("X met Y and praised him" is Y): in its sentence
    // the nearest mention wins.
    const bool nearest_only = object && e.sentence == sentence && b.sentence == sentence;
    if (e.subject != b.subject && !nearest_only) {
      if (e.subject) best = static_cast<int>(k);
      continue;
    }
    if (e.sentence != b.sentence) {
      if (e.sentence > b.sentence) best = static_cast<int>(k);
      continue;
    }
    const bool current = e.sentence == sentence;
    if (current ? e.position > b.position : e.position < b.position) best = static_cast<int>(k);
  }
  return best;
}

void DiscourseMemory::LendStoryCountry(const CompiledDictionary& dict, uint32_t sentence,
                                       SentenceAnalysis* a) const {
  const EntryTable entries = dict.entries();
  int32_t lender = -1;  // the one chunk that names a country
  bool titled = false;  // some chunk is a titled name without a country
  for (size_t c = 0; c < a->chunks.size(); ++c) {
    const ActorChunk& chunk = a->chunks[c];
    const bool country =
        chunk.country_entry >= 0 || (chunk.actor_entry >= 0 && !entries[chunk.actor_entry].country.empty());
    if (!country) {
      titled |= chunk.referent < 0 && TitledName(dict, *a, chunk);
      continue;
    }
    // Two chunks with a country (the same one or not), a named actor's or a place's country: none lent.
    if (lender >= 0 || chunk.country_entry < 0 || chunk.actor_entry >= 0 || chunk.place) return;
    lender = static_cast<int32_t>(c);
  }
  if (!titled || lender < 0) return;
  const ActorChunk& l = a->chunks[lender];
  // A country named alone is a party of its own ("Archbishop X called for sanctions against Nigeria",
  // "President X criticized Russia"): the titled name is as often foreign to it. Lent are the nationality of
  // a group ("Chilean government officials", "rebels in the Ivory Coast") and a possessive ("Haiti's first
  // elections"). Not a country before other capitalised words: they may be another title ("the Pakistani
  // Federal Secretary Interior", measured: it gave the opposition leader of the same sentence a protest the
  // sentence only plans) as well as an organisation of that country ("the Kenya Anti-Corruption
  // Commission").
  const bool qualifies = l.end < a->tokens.size() && a->Folded(l.end) == "'s";
  if (l.agent_entry < 0 && !qualifies) return;
  const std::string_view country = entries[l.country_entry].code;
  for (size_t k = 0; k < count_; ++k) {
    const Entity& e = entities_[k];
    if (e.kind == Kind::kCountry && sentence - e.sentence <= kCountryWindow && e.what.country != country)
      return;
  }
  // A lender of the same sector is the titled name's counterpart or would make it act on itself ("President
  // X welcomed South African leader F.W. de Klerk", "Kazakh officials met President X"): not lent.
  for (ActorChunk& chunk : a->chunks) {
    if (chunk.country_entry >= 0 || chunk.actor_entry >= 0 || chunk.referent >= 0 || chunk.group == l.group ||
        !TitledName(dict, *a, chunk))
      continue;
    if (l.agent_entry >= 0 && entries[l.agent_entry].code == entries[chunk.agent_entry].code) continue;
    chunk.country_entry = l.country_entry;
  }
}

void DiscourseMemory::ResolveSentence(const CompiledDictionary& dict, uint32_t sentence, SentenceAnalysis* a,
                                      bool lend_countries) {
  a->referents.clear();
  if (lend_countries) LendStoryCountry(dict, sentence, a);
  if (count_ == 0 && a->chunks.empty()) return;  // nothing to refer to, nothing to remember
  added_.clear();
  const EntryTable entries = dict.entries();
  const uint32_t n = static_cast<uint32_t>(a->tokens.size());
  uint16_t clause = UINT16_MAX;
  bool clause_has_actor = false;
  bool extended = false;  // an existing chunk's begin moved ("the country's president")
  // The nearest chunk before `i` that took its clause's subject slot (-1 after a pronoun or an unknown name
  // did): what a later clause's "it" or "they" may stand for (SecondActAntecedent).
  int32_t last_subject = -1;

  auto add_referent = [&](const Referent& r) {
    a->referents.push_back(r);
    return static_cast<int32_t>(a->referents.size() - 1);
  };
  // A referent that takes entity `e` as it is ("he", "the minister").
  auto referent_of = [&](int e) { return entities_[e].what; };

  for (uint32_t i = 0; i < n; ++i) {
    const TokenView& t = a->tokens[i];
    if (t.clause != clause) {
      clause = t.clause;
      clause_has_actor = false;
    }
    // The mention at `i` opens its clause's first actor, not after a preposition (computed only for
    // mentions: the preposition test is the costliest check per token).
    auto subject_here = [&] { return !clause_has_actor && !AfterPreposition(*a, i); };

    if (t.chunk >= 0) {
      ActorChunk& c = a->chunks[t.chunk];
      const bool subject_slot = subject_here();
      if (subject_slot) last_subject = t.chunk;
      i = c.end - 1;
      clause_has_actor = true;
      const bool agent_only = c.actor_entry < 0 && c.country_entry < 0 && c.agent_entry >= 0 && !c.people;
      if (agent_only && !TitledName(dict, *a, c)) {
        // A sector noun with a determiner: "the minister", "his government", "its army".
        uint32_t d = c.begin;
        for (uint32_t skipped = 0; d > 0 && skipped < kMaxModifiers && PlainModifier(*a, d - 1); ++skipped)
          --d;
        if (d == 0) continue;
        const std::string_view det = a->Folded(d - 1);
        const std::string_view sector = entries[c.agent_entry].code;
        const std::string_view last = a->Folded(c.end - 1);
        const bool plural = last.size() > 3 && last.ends_with('s') && !last.ends_with("ss");
        const bool person_title = OneOf(last, kPersonTitles);
        // "the governments of the stricken countries", "the two presidents": several, or named after "of".
        const bool specified = c.end < n && a->Folded(c.end) == "of";
        int e = -1;
        Referent r;
        if (plural || specified) {
          // not resolved
        } else if (det == "the" && person_title) {
          e = Find(dict, Want::kPersonWithTitle, c.agent_entry, {}, false, false, sentence, c.begin,
                   kDescriptionWindow);
          if (e >= 0) {
            r = referent_of(e);
          } else {
            // Unresolved, the title itself is the person: a pronoun after it is not given to someone
            // earlier ("The finance minister says he ...").
            Referent title;
            title.agent_entry = c.agent_entry;
            title.antecedent_start = a->tokens[c.begin].start;
            title.antecedent_end = a->tokens[c.end - 1].end;
            title.antecedent_sentence = sentence;
            Remember(Entity{title, Kind::kPerson, Gender::kUnknown, sentence, c.begin, subject_slot});
          }
        } else if (det == "the" && OneOf(sector, kStateSectors)) {
          // An institution of the state: the country of an earlier sentence. In its own sentence a country
          // and a bare "the army" are usually two actors ("Russia attacked the army").
          e = Find(dict, Want::kCountry, -1, {}, false, false, sentence, c.begin, kCountryWindow);
          if (e >= 0 && entities_[e].sentence == sentence) e = -1;
          if (e >= 0) {
            r = entities_[e].what;
            r.actor_entry = -1;
            r.agent_entry = c.agent_entry;
          }
        } else if (det == "his" || det == "her") {
          e = Find(dict, det == "his" ? Want::kMale : Want::kFemale, -1, {}, false, false, sentence, d - 1,
                   kPronounWindow);
          if (e >= 0 && (entities_[e].kind != Kind::kPerson || entities_[e].what.country.empty())) e = -1;
          if (e >= 0) {
            r = entities_[e].what;
            r.actor_entry = -1;
            r.agent_entry = c.agent_entry;
          }
        } else if (det == "its") {
          e = Find(dict, Want::kCountry, -1, {}, false, false, sentence, d - 1, kPossessiveItsWindow);
          if (e >= 0) {
            r = entities_[e].what;
            r.actor_entry = -1;
            r.agent_entry = c.agent_entry;
          }
        }
        if (e >= 0) {
          c.referent = add_referent(r);
          Touch(e, sentence, c.begin, subject_slot);
        }
        continue;
      }
      // A named chunk: remember the person and the country it names.
      const bool titled = TitledName(dict, *a, c);
      const bool person = (c.actor_entry >= 0 && IsPersonEntry(entries[c.actor_entry])) || titled;
      const Referent named = ChunkReferent(entries, *a, a->tokens[c.begin].chunk, sentence);
      if (person) {
        Entity p{named, Kind::kPerson, Gender::kUnknown, sentence, c.begin, subject_slot};
        if (c.begin > 0 && OneOf(a->Folded(c.begin - 1), kMaleTitles)) p.gender = Gender::kMale;
        if (c.begin > 0 && OneOf(a->Folded(c.begin - 1), kFemaleTitles)) p.gender = Gender::kFemale;
        Remember(p);
      }
      if (!named.country.empty() && !c.place && (c.country_entry >= 0 || !person)) {
        Referent country;
        country.country = named.country;
        country.antecedent_start = named.antecedent_start;
        country.antecedent_end = named.antecedent_end;
        country.antecedent_sentence = sentence;
        Remember(Entity{country, Kind::kCountry, Gender::kUnknown, sentence, c.begin, subject_slot});
      }
      continue;
    }
    if (!(t.flags & kFlagWord)) continue;
    // "and then it attacked": the subject of a later clause, within the sentence only.
    if (last_subject >= 0 && (t.folded_end - t.folded_begin == 2 || t.folded_end - t.folded_begin == 4) &&
        (a->Folded(i) == "it" || a->Folded(i) == "they")) {
      const int32_t antecedent = SecondActAntecedent(dict, *a, i, last_subject);
      if (antecedent >= 0) {
        clause_has_actor = true;
        ActorChunk pronoun;
        pronoun.begin = i;
        pronoun.end = i + 1;
        pronoun.referent = add_referent(ChunkReferent(entries, *a, antecedent, sentence));
        // "Arnor and Gondor ...; they later ...": the pronoun joins its antecedent's group, so the second act
        // is each member's (the coder codes a group's members once each).
        if (Coordinated(*a, antecedent)) pronoun.group = a->chunks[antecedent].group;
        added_.push_back(pronoun);
        continue;
      }
    }
    // Fast path: a lower-case word longer than "the" is neither a pronoun, a description nor a name.
    const bool short_word = t.folded_end - t.folded_begin <= 3;
    if (!short_word && !Capitalized(t)) continue;
    const std::string_view w = a->Folded(i);

    // Personal pronouns: "he", "him", "she", "her" (a possessive "her government" is the chunk's case).
    if (short_word && (w == "he" || w == "him" || w == "she" || (w == "her" && !PossessiveHer(*a, i)))) {
      const bool subject_slot = subject_here();
      if (subject_slot) last_subject = -1;
      clause_has_actor = true;
      if (count_ == 0) continue;
      const bool male = w[0] == 'h' && w != "her";
      const int e = Find(dict, male ? Want::kMale : Want::kFemale, -1, {}, false, false, sentence, i,
                         kPronounWindow, /*object=*/w == "him" || w == "her");
      if (e < 0) continue;
      Entity& entity = entities_[e];
      if (entity.gender == Gender::kUnknown) entity.gender = male ? Gender::kMale : Gender::kFemale;
      Touch(e, sentence, i, subject_slot);
      // An unknown name ("analyst John Smith") takes the pronoun and names no one: it stays unresolved.
      if (entity.kind != Kind::kPerson) continue;
      ActorChunk pronoun;
      pronoun.begin = i;
      pronoun.end = i + 1;
      pronoun.referent = add_referent(referent_of(e));
      added_.push_back(pronoun);
      continue;
    }

    // Country descriptions: "the country", "the kingdom", "the Central Asian state", "the country's
    // president".
    if (short_word && w == "the" && count_ > 0 && CountryHeadAhead(*a, i + 1)) {
      const bool subject_slot = subject_here();
      uint32_t h = i + 1;
      std::string_view region;
      bool other = false, unknown_name = false;
      for (uint32_t m = 0; h < n && m < kMaxModifiers; ++m) {
        const TokenView& mt = a->tokens[h];
        if (!(mt.flags & kFlagWord) || mt.chunk >= 0) break;
        std::string_view mw = a->Folded(h);
        if (CountryHead(mw)) break;
        bool matched = false;
        if (h + 1 < n) {
          for (const Region& r : kRegions) {
            const size_t space = r.words.find(' ');
            if (space != std::string_view::npos && r.words.substr(0, space) == mw &&
                a->Folded(h + 1) == r.words.substr(space + 1)) {
              region = r.countries;
              matched = true;
              ++h;
              break;
            }
          }
        }
        if (!matched) {
          for (const Region& r : kRegions)
            if (r.words == mw) {
              region = r.countries;
              matched = true;
              break;
            }
        }
        if (!matched) {
          other |= OneOf(mw, kOtherWords);
          unknown_name |= (mt.flags & (kFlagCapitalized | kFlagAllCaps)) != 0;
          if (IsPreposition(mw) || mw == "and" || mw == "of") break;
        }
        ++h;
      }
      if (h >= n || other || unknown_name || a->tokens[h].chunk >= 0) continue;
      const std::string_view head = a->Folded(h);
      const bool kingdom = head == "kingdom";
      const bool republic = head == "republic";
      bool noun = head == "country" || head == "nation" || kingdom || republic;
      if (head == "state") noun = !region.empty();
      std::string_view list = region;
      if (head == "emirate") noun = true, list = region.empty() ? kEmirates : region;
      if (head == "sultanate") noun = true, list = region.empty() ? kSultanates : region;
      // "the Republic of Korea", "the state of emergency", "the State Department": names and other senses.
      if (!noun || (a->tokens[h].flags & (kFlagCapitalized | kFlagAllCaps))) continue;
      if (h + 1 < n && (a->Folded(h + 1) == "of" || Capitalized(a->tokens[h + 1]))) continue;
      const int e = Find(dict, Want::kCountry, -1, list, kingdom, republic, sentence, i, kCountryWindow);
      // A country of its own sentence is as likely another one as the subject ("Fornost's president appealed
      // for peace in Ithilen ... the war-torn nation's leader"): only a region word makes it safe.
      if (e < 0 || (entities_[e].sentence == sentence && region.empty())) continue;
      Referent r = entities_[e].what;
      // "the country's president": the sector noun after the possessive joins the description.
      if (h + 2 < n && a->Folded(h + 1) == "'s" && a->tokens[h + 2].chunk >= 0) {
        ActorChunk& c = a->chunks[a->tokens[h + 2].chunk];
        if (c.begin == h + 2 && c.actor_entry < 0 && c.country_entry < 0 && c.agent_entry >= 0) {
          r.agent_entry = c.agent_entry;
          c.begin = i;
          c.referent = add_referent(r);
          extended = true;
          Touch(e, sentence, i, subject_slot);
          clause_has_actor = true;
          i = c.end - 1;
          continue;
        }
      }
      ActorChunk description;
      description.begin = i;
      description.end = h + 1;
      description.referent = add_referent(r);
      // "in the country": where something happened, not who did it (as MarkPlaceChunks marks named places).
      description.place = i > 0 && OneOf(a->Folded(i - 1), kLocativePrepositions);
      added_.push_back(description);
      Touch(e, sentence, i, subject_slot);
      clause_has_actor = true;
      i = h;
      continue;
    }

    // Capitalised names the dictionary does not know ("analyst John Smith said", "Mr Smith"): remembered as
    // unknown names so that a pronoun after them is not given to an earlier, known person.
    if (!Capitalized(t) || count_ == 0) continue;
    {
      // Most capitalised words stand alone: test the next word before any word list.
      const bool next_name = i + 1 < n && Capitalized(a->tokens[i + 1]) && a->tokens[i + 1].chunk < 0;
      const bool may_be_title =
          w.size() <= 6 && (w[0] == 'm' || w[0] == 's' || w[0] == 'k' || w[0] == 'p' || w[0] == 'q');
      const bool titled_male = may_be_title && OneOf(w, kMaleTitles);
      const bool titled_female = may_be_title && OneOf(w, kFemaleTitles);
      if (!next_name && !titled_male && !titled_female) continue;
      if (OneOf(w, kMonths) || OneOf(w, kNotNameStarts)) continue;
      const bool subject_slot = subject_here();
      uint32_t j = i + 1;
      if (titled_male || titled_female) {
        if (j < n && a->Folded(j) == ".") ++j;
      }
      const uint32_t name_begin = j;
      while (j < n && Capitalized(a->tokens[j]) && a->tokens[j].chunk < 0) ++j;
      const bool titled = (titled_male || titled_female) && j > name_begin;
      if (!titled && j - i < 2) continue;
      // A known person after the title ("Mr Tokayev") is a chunk: it takes the gender.
      if ((titled_male || titled_female) && j == name_begin && j < n && a->tokens[j].chunk >= 0) continue;
      if (subject_slot) last_subject = -1;
      Entity unknown;
      unknown.kind = Kind::kUnknownName;
      unknown.gender = titled_male ? Gender::kMale : titled_female ? Gender::kFemale : Gender::kUnknown;
      unknown.sentence = sentence;
      unknown.position = i;
      unknown.subject = subject_slot;
      unknown.what.antecedent_start = t.start;
      unknown.what.antecedent_end = a->tokens[j - 1].end;
      unknown.what.antecedent_sentence = sentence;
      Remember(unknown);
      clause_has_actor = true;
      i = j - 1;
      continue;
    }
  }

  if (added_.empty() && !extended) return;
  // Insert the new chunks in token order and renumber the tokens' chunk indices.
  merged_.clear();
  size_t k = 0;
  for (const ActorChunk& c : a->chunks) {
    while (k < added_.size() && added_[k].begin < c.begin) merged_.push_back(added_[k++]);
    merged_.push_back(c);
  }
  while (k < added_.size()) merged_.push_back(added_[k++]);
  // New chunks coordinate with nothing: each is its own group.
  int32_t group = 0;
  for (const ActorChunk& c : merged_) group = std::max(group, c.group);
  for (ActorChunk& c : merged_)
    if (c.group < 0) c.group = ++group;
  a->chunks.swap(merged_);
  for (TokenView& tv : a->tokens) tv.chunk = -1;
  for (size_t c = 0; c < a->chunks.size(); ++c)
    for (uint32_t tk = a->chunks[c].begin; tk < a->chunks[c].end; ++tk)
      a->tokens[tk].chunk = static_cast<int32_t>(c);
}

void ResolveReferent(const EntryTable& entries, const Referent& r, EventActor* out) {
  out->code.clear();
  out->country.clear();
  out->sectors.clear();
  if (r.actor_entry >= 0) {
    const EntryView e = entries[r.actor_entry];
    if (r.agent_entry >= 0 && ComposePartyLegislators(e, entries[r.agent_entry], out)) return;
    out->code = e.code;
    out->country = e.country;
    out->sectors.assign(e.sectors.begin(), e.sectors.end());
    // A named person the dictionary knows only by country ("Romendacil [BRE]") takes the sector of the title
    // the text gives them ("Bree Prime Minister Romendacil": BREGOV), as TABARI composes agents.
    if (out->sectors.empty() && !out->country.empty() && out->code == out->country && r.agent_entry >= 0) {
      ComposeAgent(entries[r.agent_entry], out);
    }
  } else if (!r.country.empty()) {
    out->country = r.country;
    out->code = out->country;
    if (r.agent_entry >= 0) {
      ComposeAgent(entries[r.agent_entry], out);
    }
  } else if (r.agent_entry >= 0) {
    out->code = entries[r.agent_entry].code;
    out->sectors.push_back(out->code);
  }
}

}  // namespace dyad
