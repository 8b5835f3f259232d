// The endpoints of the HTTP API, each a plain function of the store and the
// request (no sockets; http_server.cc calls them through Route). Every answer
// is JSON, or a download the request asked for; errors are JSON with their
// status (http_types.h), never an HTML page. Shapes are documented in
// docs/api.md.
#ifndef SITREP_API_HANDLERS_H_
#define SITREP_API_HANDLERS_H_

#include <string>

#include "sitrep/api/http_types.h"
#include "sitrep/store/store.h"

namespace sitrep::api {

// GET /api/events?since&until&type&sub_type&actor&place&country&bbox&q&doc
//     &limit&cursor&fused&format=json|geojson|csv
Response HandleEvents(store::Store& store, const Request& request);
// GET /api/events/{id}: the record, its evidence and claims, and its document.
Response HandleEvent(store::Store& store, const std::string& id);
// GET /api/docs?limit&cursor: document metadata, by id.
Response HandleDocs(store::Store& store, const Request& request);
// GET /api/docs/{id}: metadata, text, and the spans of mentions, timexes, events.
Response HandleDoc(store::Store& store, const std::string& id);
// GET /api/battles
Response HandleBattles(store::Store& store, const Request& request);
// GET /api/stats?<event filters>: counts by day, type and country.
Response HandleStats(store::Store& store, const Request& request);
// GET /api/events?fused=1&since&until&type&actor&place&doc&limit&cursor
//     &format=json|geojson|csv: fused events (one per real event).
Response HandleFusedEvents(store::Store& store, const Request& request);
// GET /api/control?at=DATE&place=NAME&format=json|geojson: control intervals.
Response HandleControl(store::Store& store, const Request& request);

// Returns the answer to any /api/ request: routes it, or 404/405 JSON.
Response Route(store::Store& store, const Request& request);

}  // namespace sitrep::api

#endif  // SITREP_API_HANDLERS_H_
