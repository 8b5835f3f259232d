// Member: one stored event as fusion sees it — the event, the report it came
// from, and the facts the merge compares, computed once: the family of event
// types it may merge with and the days it may have happened on.
#ifndef SITREP_FUSION_MEMBER_H_
#define SITREP_FUSION_MEMBER_H_

#include <string>
#include <vector>

#include "sitrep/document/fused.h"

namespace sitrep::fusion {

// Days an event of each time precision may stand for. A day-precision date
// may be a day off (time zones, "yesterday" resolved against the wrong
// publication date): kDaySlack. A week-precision date without an end is the
// publication date standing in, so the event came a few days before it at
// most. A month-or-vaguer date without an end is a battle's end or a vague
// reference: the month before it. Events spanning more than kMaxSpanDays are
// too vague to be merged with anything and stay single.
inline constexpr long kDaySlack = 1;
inline constexpr long kWeekFallbackBefore = 3;
inline constexpr long kVagueFallbackBefore = 30;
inline constexpr long kMaxSpanDays = 45;
// A transfer of territory told with dates this many days apart at most may
// still be one transfer (a city falls once); other events a day apart are
// separate events, as ACLED codes them.
inline constexpr long kTransferDateGapDays = 3;

struct Member {
  document::Event event;         // event.doc and event.id identify it
  document::FusedSource source;  // the report: doc, event, lang, outlet, published

  // Facts computed by Prepare().
  std::string family;        // its blocking family: SameKind members share it
  bool territorial = false;  // a transfer of territory
  bool dated = false;        // has a date and a span short enough to merge
  long day = 0;              // the stated date, days since 1970-01-01
  long first_day = 0, last_day = 0;  // the days it may have happened on, slack included
  bool point_day = false;    // precision 1 with a single day
};

// Fills the computed facts of `m` from m.event.
void Prepare(Member& m);

// Returns true when `a` and `b` may be reports of one event by their types: the
// same ACLED event type (sub-types may differ, except among Strategic
// developments, whose sub-types are different kinds of thing); a non-violent
// transfer of territory counts as a battle (the same fall of a town is a take
// to one outlet and a withdrawal to another).
bool SameKind(const Member& a, const Member& b);

// Returns true when the report denies `e`: negated, or a denying claim.
bool Denied(const document::Event& e);

// Returns true for the sub-event types that transfer territory.
bool IsTerritorialSubType(const std::string& sub_event_type);

// Returns the key that orders members canonically and breaks ties: the
// earliest-published report first, then document id, then event id.
std::string CanonicalKey(const Member& m);

// Returns the outlet of a report: the host of `url` (or of `source` when that
// is a URL) without "www.", lower-cased; "" when neither is a URL.
std::string OutletOf(const std::string& url, const std::string& source);


}  // namespace sitrep::fusion

#endif  // SITREP_FUSION_MEMBER_H_
