// The named weights of the events stage: how much each heuristic moves an
// event's confidence, and the thresholds the guards use. Each says how it was
// chosen. Internal to events/.
#ifndef SITREP_EVENTS_WEIGHTS_INTERNAL_H_
#define SITREP_EVENTS_WEIGHTS_INTERNAL_H_

#include <cstddef>

namespace sitrep::events {

// Reports lead with their main event: each later sentence costs this much of
// the trigger's weight, down to kMinPositionFactor. Chosen so that the lead's
// event outranks a restatement twenty sentences down (CASE snippets, seeds).
inline constexpr double kPositionDecayPerSentence = 0.02;
inline constexpr double kMinPositionFactor = 0.7;

// A hedged report ("reportedly", "と見られる") is less certain; a negated
// trigger ("did not attack") much less. Set by hand to keep hedged events
// above the 0.5 line that separates confident records from guesses.
inline constexpr double kHedgedFactor = 0.8;
inline constexpr double kNegatedFactor = 0.5;

// An event reported only through its denial is contested.
inline constexpr double kDeniedOnlyFactor = 0.7;

// A snippet of at most kSnippetSentences sentences whose candidates all fail
// the guards still yields its best one at this factor (a snippet about an
// event is still about that event); longer texts yield none.
inline constexpr size_t kSnippetSentences = 4;

// An attribution-only sentence speaks for the events told at most this many
// sentences before it, across sentences that tell and attribute nothing
// ("…火災が発生した。死傷者はいなかった。対テロ部隊が発表した。"). Two: one
// sentence of detail between is common in wire copy; further back the
// attribution belongs to what the detail told.
inline constexpr int kLendBackSentences = 2;
inline constexpr double kSnippetFallbackFactor = 0.5;

// An event without a place passes only when its trigger is this specific, it
// is violent, has a known actor and the sentence dates it.
inline constexpr double kUnplacedMinWeight = 0.8;

// A trigger this generic ("exploded" 0.66, "killed" 0.55) reads as an
// accident or a disaster when the sentence tells one; specific ones ("bomb
// exploded" 0.88, "air strike") stay events whatever else the sentence says.
inline constexpr double kAccidentMaxWeight = 0.75;

// How far before a trigger a cue of scope "before" governs it ("threatened
// to | attack", "أدان الجيش | الهجوم"): in words for a language of words,
// seven — as far as 40 bytes reached in English, which
// in Arabic, whose words run twice as long with their clitics, had been only
// three or four (Arabic event gold: macro F1 0.525 -> 0.542, CASE unchanged; the cue's own
// clause still bounds it); in bytes for one without words (Japanese: a cue
// glued to its trigger).
inline constexpr size_t kCueReachWords = 7;
inline constexpr size_t kCueReachBytes = 40;

// Bytes between a background cue and a trigger it makes the start of a
// period ("since the ", "して以来": the cue is right beside the trigger).
inline constexpr size_t kStartCueGap = 12;

// Bytes between items of the list a "carried" cue opens ("armed with rifles
// and rocket-propelled grenades"): room for one unlisted weapon and a
// conjunction, not for a clause.
inline constexpr size_t kCarriedListGap = 24;

// The weight of "a second strike" / "another blast": a bare strike noun that
// repeats the strike told before takes its sub-event type; below any trigger
// that names the weapon ("a second drone strike" keeps its own row).
inline constexpr double kRepeatStrikeWeight = 0.6;

// The longest phrase of class "setting_before" in words ("in the course of
// a"), read back from a trigger (ToldAsSetting).
inline constexpr size_t kSettingPhraseWords = 5;

// Words after a take trigger read as its object when asking whether a post
// was stormed rather than ground taken ("a police station", "a military base").
inline constexpr int kFacilityObjectWords = 3;

// Where the actor an associate cue names may stand: after an English cue, a
// few words on ("backed by | tribal fighters", "allied with | the army's 5th
// division"); before a Japanese one, right beside it ("RSF | の支援を受けた").
inline constexpr size_t kAssociateReachAfter = 16;
inline constexpr size_t kAssociateGapBefore = 3;

// An apposition ("ワグネルと呼ばれるロシアの民間軍事会社の戦闘員"): the name may
// stand this many bytes before the cue (a closing bracket), the generic noun
// it names this many after it (its modifiers).
inline constexpr size_t kAppositionNameGap = 3;
inline constexpr size_t kAppositionReach = 48;
// Generic nouns at most this many bytes apart are one phrase, the last its
// head ("過激派組織の戦闘員": a word and a link between).
inline constexpr size_t kAppositionChainGap = 9;

// A record framed as a period ("since the war began in October 2023",
// "2021年2月のクーデター以降") and dated more than this many days before the
// publication is the report's background, not its news.
inline constexpr long kStaleBackgroundDays = 60;

// Any record its own sentence dates more than this many days before the
// publication is a recalled event (an assassination years ago told as the
// background of today's news). A year: news reports this year's events, and a
// date without a year resolves within the last year, so only a stated older
// year (or "two years ago") trips it. Chosen on the Arabic event gold
// (>1 year: 33 wrong records, 4 right ones).
inline constexpr long kStaleEventDays = 365;

// A document with at least this many dates, most of them older than
// kStaleEventDays, tells the past (an encyclopedia article on a 2014 battle):
// its old dates are its subject and the guard above stands aside. Three: a
// news report recalling one or two old events still has its own dates.
inline constexpr int kHistoricalMinDates = 3;

// A place whose country at most this many mentions of the document name (the
// place itself) is foreign to a document that names another country at least
// kForeignPlaceMinOther times: a name read as the wrong town.
inline constexpr int kForeignPlaceMaxSupport = 1;
inline constexpr int kForeignPlaceMinOther = 3;
// A town only guessed (fuzzy or translit) whose country at most this many
// mentions name — itself and one passing adjective ("Russian peacekeepers") —
// is no place at all in such a document (sentence pass).
inline constexpr int kGuessedForeignMaxSupport = 2;

}  // namespace sitrep::events

#endif  // SITREP_EVENTS_WEIGHTS_INTERNAL_H_
