// Fusion over the store: brings the store's fused events and control
// intervals up to date with its documents, incrementally (what `sitrep
// ingest` runs after adding documents) or from scratch (`sitrep fuse
// --rebuild`). Both give the same records.
//
// Why incremental equals rebuild: a fused event is a cluster, a cluster lies
// in one connected component of the strong-edge graph, and a component is
// clustered on its own (clustering.h). So an update re-clusters exactly the
// components that contain an event of a changed document or a member of a
// fused event that did, and leaves every other component's fused events as
// they are. Events are loaded by a date window wide enough for every pair
// that could be compatible (kWindowBefore/AfterDays around the touched
// events), widened until the touched components lie inside it. Control is
// recomputed for every place a removed or written fused event is at.
//
// Idempotent: documents taken in leave the backlog; with an empty backlog an
// update changes nothing. Concurrent fusers: the store refuses an update
// computed on a stale backlog (kAborted) and the runner starts over, up to
// kMaxAttempts times.
#ifndef SITREP_FUSION_STORE_FUSION_H_
#define SITREP_FUSION_STORE_FUSION_H_

#include <cstddef>

#include "sitrep/base/status.h"
#include "sitrep/fusion/fuser.h"
#include "sitrep/fusion/member.h"
#include "sitrep/store/store.h"

namespace sitrep::fusion {

// Any two events that could be compatible have dates at most this far apart
// (member.h: a span reaches kVagueFallbackBefore back and kMaxSpanDays
// forward, plus the slack and a transfer's date gap).
inline constexpr long kWindowBeforeDays = kMaxSpanDays + kDaySlack + kTransferDateGapDays;
inline constexpr long kWindowAfterDays = kVagueFallbackBefore + kDaySlack + kTransferDateGapDays;
inline constexpr int kMaxAttempts = 5;
// Rounds of widening the window before the runner settles (each round at
// least doubles a window that missed a member; 40 rounds cover any calendar).
inline constexpr int kMaxWindowRounds = 40;

struct FusionRun {
  bool rebuilt = false;
  size_t documents = 0;      // documents taken in
  size_t events = 0;         // events (re)clustered
  size_t fused_written = 0;  // fused events written
  size_t fused_removed = 0;  // fused events dropped or replaced
  size_t places = 0;         // places whose control timeline was recomputed
};

// Brings fusion in `store` up to date. With `rebuild`, recomputes every fused
// event and interval from all stored events.
StatusOr<FusionRun> UpdateFusion(store::Store& store, const Fuser& fuser, bool rebuild);

// Returns the members of `events`, their reports described from `summaries`
// (by document id; a document without a summary gets no outlet or date).
std::vector<Member> MembersOf(const std::vector<store::StoredEvent>& events,
                              const std::vector<store::DocumentSummary>& summaries);

}  // namespace sitrep::fusion

#endif  // SITREP_FUSION_STORE_FUSION_H_
