// Query parameters of the event endpoints, checked and turned into a
// store::EventQuery. Every problem is kInvalidArgument naming the parameter
// (the handler answers 400), so no input reaches the store unchecked. Cursors
// are opaque to clients: the hex of the JSON [date|null, doc, ordinal] of the
// last event of the previous page (keyset paging, store/store.h).
#ifndef SITREP_API_QUERY_PARAMS_H_
#define SITREP_API_QUERY_PARAMS_H_

#include <set>
#include <string>

#include "sitrep/api/http_types.h"
#include "sitrep/base/status.h"
#include "sitrep/store/store.h"

namespace sitrep::api {

inline constexpr int kDefaultLimit = 100;
inline constexpr int kMaxLimit = 1000;

// Returns the filters of /api/events and /api/stats (since, until, type,
// sub_type, actor, place, country, bbox, q, doc). Unknown parameters, other
// than those in `also_allowed`, are an error.
StatusOr<store::EventQuery> ParseEventFilters(const Request& request,
                                              const std::set<std::string>& also_allowed);
// Returns `limit` (default kDefaultLimit, 1..kMaxLimit).
StatusOr<int> ParseLimit(const Request& request);
// Returns the bounding box of "w,s,e,n" in degrees.
StatusOr<store::BoundingBox> ParseBbox(const std::string& text);

std::string EncodeCursor(const store::EventKey& key);
StatusOr<store::EventKey> DecodeCursor(const std::string& cursor);

}  // namespace sitrep::api

#endif  // SITREP_API_QUERY_PARAMS_H_
