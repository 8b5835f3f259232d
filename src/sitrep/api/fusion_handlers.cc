// /api/events?fused=1 and /api/control: the fusion layer's records (one per
// real event across documents and languages; who held which place when), as
// `sitrep events --fused` and `sitrep control` give them. Fused pages are cut
// by the same opaque keyset cursor as event pages ([date, fused id]), handed
// to the store as FusedQuery::after, so a page costs its own rows whatever
// its depth.
#include <sstream>

#include "sitrep/api/handlers.h"
#include "sitrep/api/query_params.h"
#include "sitrep/base/date.h"
#include "sitrep/document/fused_json.h"
#include "sitrep/export/fused_export.h"

namespace sitrep::api {
namespace {

using ojson = nlohmann::ordered_json;

// Event filters fused records do not carry (they are per report, not per real
// event), refused rather than ignored.
constexpr const char* kNotFusedFilters[] = {"sub_type", "country", "bbox", "q"};

std::string Dump(const ojson& j) {
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// The cursor of the page ending at `f`: its date and id in an EventKey.
store::EventKey CursorKey(const document::FusedEvent& f) {
  store::EventKey key;
  key.date = f.event.date;
  key.doc = f.id;
  return key;
}

}  // namespace

Response HandleFusedEvents(store::Store& store, const Request& request) {
  auto events = ParseEventFilters(request, {"limit", "cursor", "format", "fused"});
  if (!events.ok()) return StatusResponse(events.status());
  for (const char* name : kNotFusedFilters) {
    if (request.Has(name)) {
      return ErrorResponse(400, "parameter '" + std::string(name) + "' is not available with fused=1");
    }
  }
  const std::string format = request.Has("format") ? request.Param("format") : "json";
  if (format != "json" && format != "geojson" && format != "csv") {
    return ErrorResponse(400, "parameter 'format': expected json, geojson or csv");
  }
  store::FusedQuery q{events->since, events->until, events->place, events->actor, events->type};
  if (!events->doc.empty()) q.docs = {events->doc};
  if (request.Has("cursor")) {
    auto key = DecodeCursor(request.Param("cursor"));
    if (!key.ok()) return StatusResponse(key.status());
    q.after = store::FusedKey{key->date, key->doc};
  }
  int limit = 0;
  if (format == "json" || request.Has("limit")) {
    auto parsed = ParseLimit(request);
    if (!parsed.ok()) return StatusResponse(parsed.status());
    limit = *parsed;
  }
  if (limit > 0) q.limit = limit + 1;  // one more tells whether a next page exists
  auto fused = store.QueryFusedEvents(q);
  if (!fused.ok()) return StatusResponse(fused.status());
  std::vector<document::FusedEvent> page = std::move(fused).value();
  const bool more = limit > 0 && static_cast<int>(page.size()) > limit;
  if (more) page.resize(limit);
  if (format == "csv") {
    std::ostringstream out;
    exporter::WriteFusedAcledCsv(page, out);
    return DownloadResponse("text/csv; charset=utf-8", "sitrep-fused-events.csv", out.str());
  }
  if (format == "geojson") {
    return DownloadResponse("application/geo+json", "sitrep-fused-events.geojson",
                    Dump(exporter::FusedToGeoJson(page)));
  }
  Response r;
  r.body = "{\"events\":[";
  for (size_t i = 0; i < page.size(); ++i) {
    if (i) r.body += ',';
    r.body += Dump(document::FusedEventToJson(page[i]));
  }
  r.body += "],\"count\":" + std::to_string(page.size()) + ",\"next_cursor\":";
  r.body += more ? "\"" + EncodeCursor(CursorKey(page.back())) + "\"" : "null";
  r.body += '}';
  return r;
}

Response HandleControl(store::Store& store, const Request& request) {
  for (const auto& [name, value] : request.params) {
    if (name != "at" && name != "place" && name != "format") {
      return ErrorResponse(400, "unknown parameter '" + name + "'");
    }
  }
  store::ControlQuery q;
  q.at = request.Param("at");
  q.place = request.Param("place");
  if (request.Has("at") && !Date::Parse(q.at)) {
    return ErrorResponse(400, "parameter 'at': expected a date YYYY-MM-DD, got '" + q.at + "'");
  }
  const std::string format = request.Has("format") ? request.Param("format") : "json";
  if (format != "json" && format != "geojson") {
    return ErrorResponse(400, "parameter 'format': expected json or geojson");
  }
  auto intervals = store.QueryControl(q);
  if (!intervals.ok()) return StatusResponse(intervals.status());
  if (format == "geojson") {
    Response r;
    r.content_type = "application/geo+json";
    r.body = Dump(exporter::ControlToGeoJson(*intervals));
    return r;
  }
  ojson list = ojson::array();
  for (const auto& c : *intervals) list.push_back(document::ControlIntervalToJson(c));
  return JsonResponse({{"intervals", list}, {"count", list.size()}});
}

}  // namespace sitrep::api
