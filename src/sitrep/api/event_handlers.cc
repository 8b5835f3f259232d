// /api/events and /api/events/{id}. JSON pages are assembled from the stored
// records as they are (Store::QueryEventRecords): no decode and re-encode per
// event, which is most of a query's cost otherwise. Downloads (GeoJSON, ACLED
// CSV) go through the same exporters as `sitrep events`.
#include <sstream>

#include "sitrep/api/handlers.h"
#include "sitrep/api/query_params.h"
#include "sitrep/document/json.h"
#include "sitrep/export/acled_csv.h"
#include "sitrep/export/geojson.h"

namespace sitrep::api {
namespace {

using ojson = nlohmann::ordered_json;

// Returns the export of `query` (no paging unless `limit` was given).
Response ExportEvents(store::Store& store, const store::EventQuery& query,
                      const std::string& format) {
  auto events = store.QueryEvents(query);
  if (!events.ok()) return StatusResponse(events.status());
  if (format == "csv") {
    std::ostringstream out;
    exporter::WriteAcledCsv(*events, out);
    return DownloadResponse("text/csv; charset=utf-8", "sitrep-events.csv", out.str());
  }
  return DownloadResponse("application/geo+json", "sitrep-events.geojson",
                  exporter::EventsToGeoJson(*events).dump(
                      -1, ' ', false, nlohmann::json::error_handler_t::replace));
}

}  // namespace

Response HandleEvents(store::Store& store, const Request& request) {
  auto query = ParseEventFilters(request, {"limit", "cursor", "format", "fused"});
  if (!query.ok()) return StatusResponse(query.status());
  const std::string fused = request.Param("fused");
  if (fused == "1") return HandleFusedEvents(store, request);
  if (!fused.empty() && fused != "0") return ErrorResponse(400, "parameter 'fused': expected 0 or 1");
  const std::string format = request.Has("format") ? request.Param("format") : "json";
  if (format != "json" && format != "geojson" && format != "csv") {
    return ErrorResponse(400, "parameter 'format': expected json, geojson or csv");
  }
  if (request.Has("cursor")) {
    auto key = DecodeCursor(request.Param("cursor"));
    if (!key.ok()) return StatusResponse(key.status());
    query->after = *key;
  }
  if (format != "json") {
    if (request.Has("limit")) {
      auto limit = ParseLimit(request);
      if (!limit.ok()) return StatusResponse(limit.status());
      query->limit = *limit;
    }
    return ExportEvents(store, *query, format);
  }
  auto limit = ParseLimit(request);
  if (!limit.ok()) return StatusResponse(limit.status());
  query->limit = *limit + 1;  // one more tells whether a next page exists
  auto records = store.QueryEventRecords(*query);
  if (!records.ok()) return StatusResponse(records.status());
  const bool more = records->size() > static_cast<size_t>(*limit);
  if (more) records->pop_back();
  Response r;
  r.body = "{\"events\":[";
  for (size_t i = 0; i < records->size(); ++i) {
    if (i) r.body += ',';
    r.body += (*records)[i].json;
  }
  r.body += "],\"count\":" + std::to_string(records->size()) + ",\"next_cursor\":";
  r.body += more ? "\"" + EncodeCursor(records->back().key) + "\"" : "null";
  r.body += '}';
  return r;
}

Response HandleEvent(store::Store& store, const std::string& id) {
  auto records = store.QueryEventRecords({.limit = 1, .event_id = id});
  if (!records.ok()) return StatusResponse(records.status());
  if (records->empty()) return ErrorResponse(404, "no event with id '" + id + "'");
  const store::EventRecord& rec = records->front();
  auto doc = store.GetDocument(rec.key.doc);
  if (!doc.ok()) return StatusResponse(doc.status());
  ojson meta = document::DocumentMetaToJson(doc->doc, /*with_text=*/false);
  meta["link"] = "/api/docs/" + EscapePathSegment(rec.key.doc);
  Response r;
  r.body = "{\"event\":" + rec.json + ",\"document\":" +
           meta.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "}";
  return r;
}

}  // namespace sitrep::api
