// The named passes of the events stage and the state they hand each other.
// EventExtractor::Annotate runs them in this order over one document:
//
//   context    ReadDocumentContext (document_context.h): headline, captions,
//              dateline, the countries and places the document names
//   sentences  ReadSentence: participants (pronouns, national forces named by
//              a country: "Israeli strikes"), claims, counts
//   triggers   FindTriggers: lexicon matches minus suppressed and nested ones
//   guards     EarlyGuard: irrealis, references, unused weapons, background,
//              accidents...
//   roles      AssignRoles: actors from grammatical roles, then the sub-event
//              type from the role class and the context rules
//   places     AssignPlace: the trigger's place; CoordinatedPlaces: "strikes
//              on A and B" is one candidate per place
//   dates      AssignEventDate: the governing timex, else the fallbacks
//   counts     AssignCounts: the sentence's figures, its daily fatalities and
//              its cumulative tolls
//   claims     AssignClaims: who asserts or denies it; LendClaimsBack: an
//              attribution-only sentence speaks for the one before
//   confidence ScoreConfidence: named weights (weights_internal.h)
//   select     KeepOnePerType: one candidate per event type per sentence
//              (per place, for places apart), each figure to its own event
//   merge      MergeRepeats (event_merge_internal.h): one record per real
//              event of the document
//   context    DefaultActors: an unattributed violent record's actor is
//              "Unidentified armed group"; ClearSelfOpponent: an actor2 that
//              is actor1 is cleared
//   guards     ApplyGuards: each guard a record fails is named on it
//
// Every pass is a free function over these structs so that each has its own
// table tests (passes_*_test.cc). Internal to events/.
#ifndef SITREP_EVENTS_PASSES_INTERNAL_H_
#define SITREP_EVENTS_PASSES_INTERNAL_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sitrep/document/document.h"
#include "sitrep/events/arguments.h"
#include "sitrep/events/candidates.h"
#include "sitrep/events/claims.h"
#include "sitrep/events/document_context.h"
#include "sitrep/events/ontology.h"
#include "sitrep/events/resources_internal.h"
#include "sitrep/events/sentence_matches.h"

namespace sitrep::events {

// One sentence as the passes see it. Offsets in `participants`, `claims` and
// triggers are relative to the sentence.
struct SentenceView {
  int index = 0;
  document::Span span;
  std::string_view text;
  std::vector<Participant> participants;
  SentenceClaims claims;
  std::vector<document::Count> counts;
  bool dated = false;  // a timex outside the dateline dates something in it
  // The sentence opens by announcing another event ("In a separate incident,",
  // "Separately,", "これとは別に"): what it reports joins nothing told before.
  bool separate = false;
  // Spans (relative to the sentence) no cue is read in: its timexes and the
  // dateline ("May 20" holds no "may").
  std::vector<document::Span> masked;
  // The town a place noun of this sentence refers back to ("the city", "同市"):
  // the last one named before it in the document, if any.
  std::optional<document::EntityRef> anaphoric_place;
  std::string anaphor;  // that noun as written
  SentenceMatches matches;  // each table's matches in `text`, found once
};

// The event told last before a sentence whose own sentence dated it: what
// "Two days earlier" or "a day later" counts from, and, in a document nothing
// dates, whether its day was one the text names but nothing resolves.
struct ToldBefore {
  std::optional<std::string> date;  // YYYY-MM-DD, a day (time_precision 1)
  bool unresolved = false;          // Candidate::unresolved_date
  std::string strike_type;          // the sub-event type of the last strike told ("" = none)
  std::optional<document::ActorRef> strike_actor1;  // its actor1, if its sentence named one
};

// State carried from one sentence to the next while reading a document.
struct ReadingState {
  std::optional<document::EntityRef> last_agent;  // for "they" / "彼ら"
  std::optional<document::EntityRef> last_town;   // for "the city" / "同市"
};

// Pass "sentences". Returns sentence `index` of `doc` with its participants
// (none from the dateline; pronouns resolved to the last agent; a country
// before a forces or weapon noun read as its forces), claims (a next sentence
// that refers back lends its attribution) and counts. Updates `state`.
SentenceView ReadSentence(const document::Document& doc, int index, const LanguageTables& t,
                          const DocumentContext& ctx, ReadingState& state);

// Reads "Israeli strikes", "Sudan's army", "ミャンマー国軍": each country
// participant right before a national_forces noun becomes that country's
// forces — the document's own actor for them when it names one, else
// "Military Forces of X" / "Police Forces of X".
void ReadNationalForces(const document::Document& doc, std::string_view sentence,
                        const LanguageTables& t, std::vector<Participant>& parts);

// A trigger found in a sentence: the matched lexicon row.
struct TriggerHit {
  size_t begin = 0, end = 0;  // relative to the sentence
  std::string pattern;
  std::string role_class;  // a sub-event type, or "@take", "@kill", ...
  double weight = 0;       // how specific the cue is (event_triggers.tsv)
  bool violent = false;    // an attack, a killing, a battle or an explosion
  bool strike = false;     // an explosion or a strike (Explosions/Remote violence)
  bool take = false;       // a capture or recapture of territory
  bool repeated = false;   // "a second strike": repeats the strike told before (AddRepeatedStrikes)
};

// The triggers of one sentence and what they tell about each other.
struct SentenceTriggers {
  std::vector<TriggerHit> hits;  // in text order, none overlapping
  bool in_battle = false;  // a battle or territorial trigger: killings are its fatalities
  bool in_strike = false;  // an explosion or strike: killings are its fatalities
  bool has_take = false;   // a take: a withdrawal is its circumstance
};

// Pass "triggers". Returns the trigger rows matched in `sentence`, dropping
// those a suppressor row ("-") overlaps and those nested in an earlier match.
SentenceTriggers FindTriggers(std::string_view sentence, const LanguageTables& t,
                              const Ontology& ontology);

// Pass "triggers": true when `hit` is an event noun ("event_nouns") that
// opens its sentence after only a word of the pack's class
// "refer_back_opening" ("The attack …", "The assault on the post …").
bool OpensOnKnownEvent(const TriggerHit& hit, const SentenceView& s, const LanguageTables& t);

// Pass "triggers": true when `hit` is told as the setting another event of
// its sentence happened in: a phrase of the pack's class "setting_before"
// ends right before it ("killed 15 inmates during a riot"), or one of class
// "setting_after" opens right after it ("暴動の最中に").
bool ToldAsSetting(const TriggerHit& hit, const SentenceView& s, const LanguageTables& t);

// Pass "triggers", after FindTriggers: a bare strike noun after a word that
// repeats ("a second strike", "another blast": word classes repeat_before and
// repeat_strike_noun) that no trigger covers tells another strike of
// `strike_type`, the kind of the last one told. Adds it to `triggers`.
// REQUIRES: `strike_type` names a sub-event type of Explosions/Remote violence or is "".
void AddRepeatedStrikes(std::string_view sentence, const LanguageTables& t, const Ontology& ontology,
                        const std::string& strike_type, SentenceTriggers& triggers);

// A candidate event: what the passes build for one trigger before the guards
// judge it. `args` point into the SentenceView's participants.
struct Candidate {
  document::Event event;
  TriggerHit trigger;
  Arguments args;
  int sentence = 0;
  bool headline = false;   // reported in the document's headline
  bool separate = false;   // its sentence announces another event (SentenceView::separate)
  bool coordinated = false;  // one of several places of its trigger ("on A and B")
  bool framed_as_period = false;  // a background cue frames its clause ("since", "以降")
  bool has_timex = false;  // the sentence itself dated the event
  // Its sentence names a date nothing resolves ("1日" in a report with no
  // publication date and no month): it is kept, undated (ApplyGuards).
  bool unresolved_date = false;
  // A circumstance cue governs its trigger ("seized it after clashes", "戦闘の
  // 末に"): the battle tells how another event of the sentence came about.
  bool circumstance = false;
  // Told as the setting of another event of its sentence ("during a riot"):
  // a riot so told is the scene of the violence, not a record (ToldAsSetting).
  bool setting = false;
  bool subnational_place = false;  // the place is below country level
  // A take whose object is a post of armed actors ("overran a military base"),
  // not a town: an assault, whatever it is coded (AssignRoles).
  bool post_taken = false;
  // Every report of it names it as a known event: a definite noun ("the
  // bombing", "الهجوم", "serangan itu", "同攻撃"). See DefiniteTrigger.
  bool definite = false;
  // Its own sentence opens with it, an event noun after a word of class
  // "refer_back_opening" ("The assault on the post in Karimama was claimed
  // by…"): it goes on telling the event of the sentence before. Not changed
  // by merging: it says how the record's first report begins.
  bool opens_on_known_event = false;
  std::vector<std::string> failed_guards;  // empty: the candidate passes
  std::vector<std::string> trace;          // how each pass decided, for --explain
  bool passes() const { return failed_guards.empty(); }
};

// Pass "roles". Fills c.args, c.event.actor1/actor2, sub_event_type and
// event_type for the trigger. Returns false when the role class resolves to no
// known sub-event type.
bool AssignRoles(Candidate& c, const SentenceView& s, const SentenceTriggers& triggers,
                 const LanguageTables& t, const Ontology& ontology);

// Pass "places". Sets c.event.place from c.args.
void AssignPlace(Candidate& c);

// Pass "places": a record its sentence leaves unplaced whose sentence refers
// back to a town ("the city", "同市", "المدينة", "kota itu": the pack's
// place_anaphora table) is placed in the last town the document named —
// violence and demonstrations only: a strategic development there ("residents
// fled the town") followed the event told before.
void AssignAnaphoricPlace(Candidate& c, const SentenceView& s);

// Pass "places", several events per sentence: returns the other places
// coordinated with the candidate's ("strikes on A and B", "AとBを空爆"),
// each of which is an event of its own.
std::vector<const Participant*> CoordinatedPlaces(const Candidate& c, const SentenceView& s,
                                                  const LanguageTables& t);

// Pass "dates". Sets date, date_end, time_precision and c.has_timex; a date in
// the dateline is the report's, never the event's. A sentence dated only by
// an amount of days and a word of class "shift_after" ("Two days earlier",
// "A day later") counts from `before`, the event told last with a
// day of its own; in a document nothing dates, a sentence that names no day
// follows `before`'s unresolved one.
void AssignEventDate(Candidate& c, const document::Document& doc, const SentenceView& s,
                     const DocumentContext& ctx, const ToldBefore& before, const LanguageTables& t);

// Pass "counts". Sets counts and the daily fatalities from the sentence's
// figures; a figure framed by a period cue ("since the war began") is a
// cumulative toll over [since, publication date].
void AssignCounts(Candidate& c, const SentenceView& s, const LanguageTables& t,
                  const document::Document& doc, const DocumentContext& ctx);

// Pass "counts", in two steps for a sentence with many triggers: the
// sentence's figures with their cumulative periods, read once
// (SentenceCounts), then given to each of its candidates (AssignCounts).
std::vector<document::Count> SentenceCounts(const SentenceView& s, const LanguageTables& t,
                                           const document::Document& doc,
                                           const DocumentContext& ctx);
void AssignCounts(Candidate& c, const std::vector<document::Count>& sentence_counts);

// Pass "counts": returns the daily toll of `counts` — the highest killed
// figure no period frames ("killed 31, including 12 children" is 31) — or -1
// when there is none.
long DailyFatalities(const std::vector<document::Count>& counts);

// Pass "claims". Sets the claims covering the trigger; a claim's source is
// never the event's actor2 ("…, the United Nations said").
void AssignClaims(Candidate& c, const SentenceView& s, const LanguageTables& t);

// Pass "claims": a sentence that reports nothing but an attribution
// ("治安筋が明らかにした。", "Rescuers searched…, the service said.") lends its
// claims to the candidates of sentence `told_in` — the last before it that
// told events, with only sentences that tell and attribute nothing between
// ("…着弾し、火災が発生した。死傷者はいなかった。対テロ部隊が発表した。") —
// unless it names a town other than theirs (then it speaks of another event).
// A `told_in` of -1 lends nothing.
void LendClaimsBack(const SentenceView& s, int told_in, std::vector<Candidate>& candidates);

// True when a cue of `lex` lies in the clause of the trigger [begin, end) on
// the side its scope column says ("before": up to 40 bytes before it;
// "after": up to the clause end, at least 24 bytes; "clause": anywhere in
// it; "inside": in the gap of a trigger whose pattern skips words, "the
// protesters who gathered"). Cues inside `masked` spans are not read.
bool CueInScope(const Lexicon& lex, const SentenceView& s, size_t begin, size_t end,
                const LanguageRules& rules, const std::vector<document::Span>& masked = {});

// Pass "guards" (before roles): names the guard that rules the trigger out
// before any role is read ("irrealis", "reference", "background",
// "accident", "killing-in-strike", "withdrawal-in-take"), or returns "" when
// none does.
std::string EarlyGuard(const TriggerHit& hit, const SentenceView& s,
                       const SentenceTriggers& triggers, const LanguageTables& t);

// Pass "guards" (after the dates): true when `c` is framed as a period and
// dated more than kStaleBackgroundDays before the publication, or its own
// sentence dates it more than kStaleEventDays before in a document that is
// not `historical` (DocumentContext::historical): background.
bool StaleBackground(const Candidate& c, const document::Document& doc, bool historical);

// Returns `country`'s forces of `kind` ("military" | "police"): the
// document's own actor for them when it names one, else "Military Forces of
// X" / "Police Forces of X", X as ACLED names it after "of" ("the United
// States"; the country's name when the table has none).
document::EntityRef ForcesOf(const document::Document& doc, const document::EntityRef& country,
                             const std::string& kind, const LanguageTables& t);
// Returns the document's own actor for the forces of `kind` of the country
// with ISO code `code` ("the South Sudan army" -> Military Forces of South
// Sudan), or nullopt when it names none.
std::optional<document::EntityRef> NamedForces(const document::Document& doc, const std::string& code,
                                               const std::string& kind);

// Pass "context": the generic state forces of a record ("the army", "police",
// "治安部隊") — its actors and its claims' sources — are the forces of the
// country where it happened, when the document names that country or those
// forces (a country named only inside "the South Sudan army" counts).
void NationalizeStateForces(Candidate& c, const document::Document& doc, const LanguageTables& t);

// Pass "context" (before NationalizeStateForces): actor1 read as a person the
// knowledge base affiliates with an organization ("forces loyal to army chief
// Burhan") becomes that organization — the document's own mention of it, or,
// for a person of a state's military or police, that country's forces when the
// document names the country. A person with no affiliation stays.
void LeaderForForces(Candidate& c, const document::Document& doc, const LanguageTables& t);

// Pass "context" (after LeaderForForces; person_actor_pass.cc): an actor that
// is a person the knowledge base does not know becomes the organization an
// affiliation apposition ties them to ("X, a commander of the Y", "Yの司令官X";
// the pack's affiliations table), else is dropped.
void AffiliateUnknownPersons(Candidate& c, const document::Document& doc, const LanguageTables& t);

// Pass "context" (group_pass.cc, after AffiliateUnknownPersons): actor1 read
// as the generic rebels becomes the one rebel group (inter 2) the document's
// mentions name; with none or several it stays generic.
void NameGenericRebels(Candidate& c, const document::Document& doc);

// Pass "context" (before DefaultActors): a record with no attacker, or the
// unidentified armed group, whose claims hold a claim of the deed (a claims
// row marked "responsibility") by a named armed group has that group as
// actor1 ("No one was arrested. The TTP claimed responsibility.").
void ClaimedByGroup(Candidate& c, const LanguageTables& t);

// Pass "context": a violent record whose reports name no attacker has the
// actor ACLED codes for one, "Unidentified armed group".
void DefaultActors(Candidate& c);

// Pass "context" (after NationalizeStateForces): a record whose actor2 is its
// actor1 — same entity or same name ("Ukrainian troops" and "the army" of a
// Ukrainian report, both Military Forces of Ukraine, in a clash) — holds a role
// error; actor1 is kept and actor2 left empty, as ACLED leaves an unknown side.
void ClearSelfOpponent(Candidate& c);

// Pass "sentence": a named actor right before an "appositions" cue heads the
// generic actor noun a few words after it ("ワグネルと呼ばれるロシアの民間軍事会社の
// 戦闘員が": Wagner's fighters); the words between (a country that only
// describes the group) take no part.
void JoinAppositions(std::string_view s, const LanguageTables& t, std::vector<Participant>& parts);

// Pass "sentence": marks as associates the participants an "associates" row
// names ("Government forces backed by tribal fighters", "allied with the RSF",
// "RSFの支援を受けた民兵"): the actor after the cue (column "after", the
// default) or right before it ("before"). They join assoc_actor1, never act.
void MarkAssociates(std::string_view s, const LanguageTables& t, std::vector<Participant>& parts);

// Pass "guards" (before roles), rule "weapon-unused" (weapon_guard.cc): true
// when `hit` only names a weapon (a "weapon" row of the pack's weapon_use
// table holds it) and nothing in its clause tells the weapon's use — no "use"
// row and no other violent trigger that is not a weapon noun ("120 mortars
// were handed over", "Iran builds drones").
bool UnusedWeapon(const TriggerHit& hit, const SentenceView& s, const SentenceTriggers& triggers,
                  const LanguageTables& t);

// Pass "guards" (before roles), rule "weapon-carried" (weapon_guard.cc): true
// when strike trigger `hit` stands in the list that a "carried" row of the
// weapon_use table opens ("armed with rifles and rocket-propelled grenades"):
// equipment the actors held, not the event.
bool CarriedWeapon(const TriggerHit& hit, const SentenceView& s, const SentenceTriggers& triggers,
                   const LanguageTables& t);

// Pass "guards": true when trigger `hit` of `s` holds a noun of the pack's
// "event_nouns" table marked definite — by its glued article (the pack's
// word forms: "الانفجار"), a word of class "definite_before" right before it
// ("this", "この", "同") or of class "definite_after" right after it ("itu",
// "tersebut"). "السيطرة" (the control) or "the protesters" name no event.
bool DefiniteTrigger(const TriggerHit& hit, const SentenceView& s, const LanguageTables& t);

// Pass "guards" (after the merge): appends to c.failed_guards each guard the
// record fails ("no-place", "country-level-take", "foreign-place", "no-date":
// nothing dates it, unless its sentence names a date no anchor resolves).
void ApplyGuards(Candidate& c, const DocumentContext& ctx, const document::Document& doc);

// Pass "confidence". Sets c.event.confidence and c.event.negated.
void ScoreConfidence(Candidate& c, const SentenceView& s, const LanguageTables& t);

// Pass "select". Adds the candidates of `sentence` to `kept`, one per event
// type per sentence unless their places lie apart: a passing candidate beats
// a failing one, then the more specific trigger wins. Losers are appended to
// `dropped` with the guard "less-specific". When several events remain, each
// figure of the sentence goes to the one whose trigger is the nearest before it.
void KeepOnePerType(std::vector<Candidate>& sentence_candidates, std::vector<Candidate>& kept,
                    std::vector<Candidate>& dropped, std::string_view sentence);

}  // namespace sitrep::events

#endif  // SITREP_EVENTS_PASSES_INTERNAL_H_
