// Reference semantics of the fusion queries (fusion_query.h): the fused
// filters reuse EventMatches on the representative event, so events and fused
// events filter alike.
#include "sitrep/store/fusion_query.h"

#include <algorithm>

#include "sitrep/store/store.h"

namespace sitrep::store {
namespace {

bool Contains(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

}  // namespace

bool FusedMatches(const document::FusedEvent& f, const FusedQuery& q) {
  EventQuery eq;
  eq.since = q.since;
  eq.until = q.until;
  eq.place = q.place;
  eq.actor = q.actor;
  eq.type = q.type;
  if (!EventMatches(f.event, eq)) return false;
  if (!q.ids.empty() && !Contains(q.ids, f.id)) return false;
  if (q.after && !FusedAfter(f, *q.after)) return false;
  if (!q.place_ids.empty() && !(f.event.place && Contains(q.place_ids, f.event.place->id)))
    return false;
  if (!q.docs.empty()) {
    return std::any_of(f.sources.begin(), f.sources.end(),
                       [&](const document::FusedSource& s) { return Contains(q.docs, s.doc); });
  }
  return true;
}

bool FusedLess(const document::FusedEvent& a, const document::FusedEvent& b) {
  const auto& da = a.event.date;
  const auto& db = b.event.date;
  if (da.has_value() != db.has_value()) return da.has_value();  // undated last
  if (da && *da != *db) return *da < *db;
  return a.id < b.id;
}

FusedKey KeyOf(const document::FusedEvent& f) { return {f.event.date, f.id}; }

bool FusedAfter(const document::FusedEvent& f, const FusedKey& key) {
  const auto& date = f.event.date;
  if (date.has_value() != key.date.has_value()) return !date.has_value();  // undated last
  if (date && *date != *key.date) return *date > *key.date;
  return f.id > key.id;
}

bool ControlMatches(const document::ControlInterval& c, const ControlQuery& q) {
  if (!q.place_id.empty() && c.place.id != q.place_id) return false;
  if (!q.place.empty() && !ContainsIgnoreCase(c.place.name, q.place)) return false;
  if (!q.at.empty()) {
    if (!c.from.empty() && q.at < c.from) return false;
    if (!c.until.empty() && !(q.at < c.until)) return false;
  }
  return true;
}

bool ControlLess(const document::ControlInterval& a, int a_ordinal,
                 const document::ControlInterval& b, int b_ordinal) {
  if (a.place.name != b.place.name) return a.place.name < b.place.name;
  if (a.place.id != b.place.id) return a.place.id < b.place.id;
  return a_ordinal < b_ordinal;
}

}  // namespace sitrep::store
