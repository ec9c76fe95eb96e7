// Speech acts whose clause decides what they are. Internal to the coding stage.
#ifndef DYAD_CODING_SPEECH_ACTS_H_
#define DYAD_CODING_SPEECH_ACTS_H_

#include <cstdint>
#include <vector>

#include "coding/roles.h"
#include "coding/sentence.h"
#include "dictionary/compiled.h"

namespace dyad {

// A warning with a "that" clause (a 012 match whose words end in "that": verbs.txt, "warn that") is a
// pessimistic comment ("the central bank warned that the deficit was too large") unless its clause threatens:
// then it is not coded as 012, so that a threat is never also counted as verbal cooperation. Its clause (the
// tokens after "that" up to a ";", ":" or full stop) threatens when
//  - another match in it is coded as a threat: a 13x pattern ("would not tolerate"), or an act announced by
//    "will"/"would" whose intent is 13x ("it would retaliate against Z": the act's own match codes 138); or
//  - the speaker announces an act of its own aimed at a named actor that no pattern codes ("it would strike
//    Z's targets"): the clause opens with "it", "we" or "they", or with the speaker itself, then "will",
//    "would", "shall" or "'ll" (not followed by "not" or "never"), and names an actor (not a place) other
//    than the speaker after it. CAMEO's threat would need the act's code, which no pattern gives, so nothing
//    is coded rather than a comment.
// Sets `superseded[m]` for each such warning; `roles` and `superseded` have one element per match of `a`.
// Allocates nothing.
void SupersedeThreateningWarnings(const CompiledDictionary& dict, const SentenceAnalysis& a,
                                  const std::vector<RoleAssignment>& roles, std::vector<uint8_t>* superseded);

// A bare statement (a one-word 010 pattern on a verb of saying, verbs.txt speech acts: "X said ...", "X told
// parliament ...", "X says ..." in a headline) is CAMEO's 010 only when the speech is the one act the
// sentence reports: "Pompeo said Kazakhstan had expelled the envoys" is the expulsion, with Pompeo its
// reporter, not also Pompeo's statement. So a sentence with any other match (a nested act, a speech act of
// its own: a warning, a denial, an accusation, an appeal; even one the roles will negate, "said it would not
// attack") loses its bare statements before roles are assigned: the other matches then get exactly the roles
// they would have without them (a statement's match would bound their object search and lend its subject).
// Without `code_bare_statements` (CoderOptions::BareStatements::kNever) every bare statement is dropped.
// Allocates nothing.
void DropBareStatementsBesideOtherActs(const CompiledDictionary& dict, bool code_bare_statements,
                                       SentenceAnalysis* a);

// The bare statements left (the sentence's only matches) that are no act of their speaker: `superseded[m]` is
// set for every statement after the sentence's first one that is no participle adjunct (a later one is the
// first one's content: "she told the court that a lawyer had told her ..."; "Commenting on ..., X said" is
// not), and for a statement
//  - whose speaker is no placed actor: no source chunk, a place, a bare sector noun ("officials said", "the
//    company said" with no company before: no actor entry, country, earlier referent or capitalised name), or
//    an anonymous head ("sources", "analysts", "witnesses", "residents", ...);
//  - whose speaker stands in the reported content: a comma, colon or quotation mark between it and the verb
//    ("Pupils should learn, they say" finds "Pupils");
//  - that trails a report opening with another actor ("Israel has strengthened its forces, military sources
//    said": the report is an act no pattern coded, and its attribution no statement);
//  - in a relative clause ("people who say", "quoted X as saying": X's, not the reporter's) or a condition;
//  - whose speaker is not the chunk's actor: a journalist ("BBC correspondent X said", "the magazine's
//    editor"), a national team's coach or player ("England coach X said": a bare country before "coach",
//    "skipper", "captain", ...), or a possessor's supporters, critics or biggest member ("Mr X's supporters
//    say", "the UK's biggest lender said");
//  - whose verb is a noun after a determiner ("the mayor's comments to ...", "his remarks", "a say");
//  - announced for later or supposed: "he will tell the meeting" (RoleAssignment::future), "would say".
// Questions and negations are negated by the roles already. A kept statement's target is the addressee of
// "tell" whatever it is; otherwise the roles' object only when the content names it, else the first actor
// of its content (to the clause's end) that is neither the speaker, a place, nor the source of a trailing
// attribution ("..., AFP reported"), and that the content names: an actor entry, an earlier actor's mention,
// a capitalised word or a definite "the" noun ("the company"). A bare class of people ("said investors
// would ...", "said children ...") is what the content mentions, not whom the statement is about: with no
// such actor the target stays empty. Allocates nothing.
void SupersedeBareStatements(const CompiledDictionary& dict, const SentenceAnalysis& a,
                             std::vector<RoleAssignment>* roles, std::vector<uint8_t>* superseded);

}  // namespace dyad

#endif  // DYAD_CODING_SPEECH_ACTS_H_
