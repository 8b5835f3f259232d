// The fusion layer of the Store contract (store.h): the queries over fused
// events and control intervals, the one-transaction update fusion/ writes, and
// the reference semantics every back end must match (the in-memory store uses
// these functions directly; the contract suite checks the SQL back ends).
//
// Incremental fusion works from a backlog: every document whose current
// content fusion has not yet taken in. An update names the documents it took
// in (with their content hash, so a document replaced meanwhile stays in the
// backlog) and the generation it was computed against; a store that has seen
// another update since refuses it (kAborted), so concurrent fusers never
// interleave half-results. An event belongs to at most one fused event: an
// update that would break that is refused whole.
#ifndef SITREP_STORE_FUSION_QUERY_H_
#define SITREP_STORE_FUSION_QUERY_H_

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "sitrep/document/fused.h"

namespace sitrep::store {

struct EventQuery;

// A fused event's position in FusedLess order (date, then id), the keyset
// bound of fused-event pages.
struct FusedKey {
  std::optional<std::string> date;  // none: an undated fused event (those come last)
  std::string id;
  friend bool operator==(const FusedKey&, const FusedKey&) = default;
};

struct FusedQuery {
  // since/until/place/actor/type/limit as for events, on the fused record's
  // representative fields; `doc` is ignored (use `docs`).
  std::string since = {};
  std::string until = {};
  std::string place = {};
  std::string actor = {};
  std::string type = {};
  std::vector<std::string> docs = {};  // with a member event from one of these documents
  std::vector<std::string> ids = {};   // these fused ids only
  std::vector<std::string> place_ids = {};  // whose place has one of these ids
  int limit = 0;                       // 0 = no limit
  // Keyset paging: only fused events after this key in FusedLess order, so a
  // page costs its own rows, not the skipped ones.
  std::optional<FusedKey> after = {};
};

struct ControlQuery {
  std::string place = {};     // substring of the place name (ASCII-case-insensitive)
  std::string place_id = {};  // exact place id
  std::string at = {};        // YYYY-MM-DD: intervals that hold on that day
};

// A document's content as fusion took it in.
struct FusedDocument {
  std::string id;
  std::string content_hash;
};

struct FusionBacklog {
  int64_t generation = 0;               // number of updates applied so far
  std::vector<FusedDocument> documents;  // awaiting fusion, ordered by id
};

struct FusionUpdate {
  int64_t generation = 0;    // the backlog's generation this update was computed on
  bool replace_all = false;  // drop every fused event and control interval first
  std::vector<std::string> remove = {};          // fused ids to drop
  std::vector<document::FusedEvent> put = {};    // fused events to add or replace (by id)
  std::vector<std::string> control_places = {};  // place ids whose intervals `control` replaces
  std::vector<document::ControlInterval> control = {};
  std::vector<FusedDocument> documents = {};     // now taken in
};

// Returns true when `f` passes every filter of `q` except `limit`.
bool FusedMatches(const document::FusedEvent& f, const FusedQuery& q);
// Fused events order: by date (undated last), then id.
bool FusedLess(const document::FusedEvent& a, const document::FusedEvent& b);
// Returns the paging key of `f`.
FusedKey KeyOf(const document::FusedEvent& f);
// Returns true when `f` comes after `key` in FusedLess order.
bool FusedAfter(const document::FusedEvent& f, const FusedKey& key);
// Returns true when `c` passes every filter of `q`. An interval holds on day D
// when from <= D (or from is "") and D < until (or until is "").
bool ControlMatches(const document::ControlInterval& c, const ControlQuery& q);
// Control intervals order: by place name, place id, then their order within
// the place (`ordinal`, the position in the list fusion wrote).
bool ControlLess(const document::ControlInterval& a, int a_ordinal,
                 const document::ControlInterval& b, int b_ordinal);

}  // namespace sitrep::store

#endif  // SITREP_STORE_FUSION_QUERY_H_
