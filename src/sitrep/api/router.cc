// Route: which endpoint answers an /api/ path. Ids are the rest of the path
// after the endpoint's prefix (already percent-decoded), so document ids with
// '/' or '#' work when clients escape them (EscapePathSegment).
#include "sitrep/api/handlers.h"

namespace sitrep::api {

Response Route(store::Store& store, const Request& request) {
  if (request.method != "GET" && request.method != "HEAD") {
    Response r = ErrorResponse(405, "method " + request.method + " is not allowed; the API is read-only");
    r.headers.emplace_back("Allow", "GET, HEAD");
    return r;
  }
  const std::string& p = request.path;
  auto rest = [&p](std::string_view prefix) { return p.substr(prefix.size()); };
  if (p == "/api/events") return HandleEvents(store, request);
  if (p.starts_with("/api/events/") && p.size() > 12) return HandleEvent(store, rest("/api/events/"));
  if (p == "/api/docs") return HandleDocs(store, request);
  if (p.starts_with("/api/docs/") && p.size() > 10) return HandleDoc(store, rest("/api/docs/"));
  if (p == "/api/battles") return HandleBattles(store, request);
  if (p == "/api/stats") return HandleStats(store, request);
  if (p == "/api/control") return HandleControl(store, request);
  return ErrorResponse(404, "no such endpoint: " + p);
}

}  // namespace sitrep::api
