// /api/docs and /api/docs/{id}: what was read, and where in its text each
// mention, time expression and event was found (byte offsets, DESIGN §1).
#include <algorithm>

#include "sitrep/api/handlers.h"
#include "sitrep/api/query_params.h"
#include "sitrep/document/json.h"

namespace sitrep::api {
namespace {

using ojson = nlohmann::ordered_json;

ojson SummaryToJson(const store::DocumentSummary& d) {
  return {{"id", d.id},
          {"source", d.source},
          {"title", d.title},
          {"url", d.url},
          {"published", d.published.empty() ? ojson(nullptr) : ojson(d.published)},
          {"published_source", d.published_source},
          {"lang", d.lang},
          {"bytes", d.bytes},
          {"events", d.event_count},
          {"battles", d.battle_count},
          {"stored_at", d.stored_at},
          {"link", "/api/docs/" + EscapePathSegment(d.id)}};
}

}  // namespace

Response HandleDocs(store::Store& store, const Request& request) {
  for (const auto& [name, value] : request.params) {
    if (name != "limit" && name != "cursor") return ErrorResponse(400, "unknown parameter '" + name + "'");
  }
  auto limit = ParseLimit(request);
  if (!limit.ok()) return StatusResponse(limit.status());
  std::string after;
  if (request.Has("cursor")) {
    auto key = DecodeCursor(request.Param("cursor"));
    if (!key.ok()) return StatusResponse(key.status());
    after = key->doc;
  }
  auto docs = store.ListDocuments();  // ordered by id
  if (!docs.ok()) return StatusResponse(docs.status());
  auto it = std::upper_bound(docs->begin(), docs->end(), after,
                             [](const std::string& a, const auto& d) { return a < d.id; });
  if (!request.Has("cursor")) it = docs->begin();
  ojson list = ojson::array();
  for (; it != docs->end() && list.size() < static_cast<size_t>(*limit); ++it) {
    list.push_back(SummaryToJson(*it));
  }
  ojson next = nullptr;
  if (it != docs->end() && !list.empty()) next = EncodeCursor({std::nullopt, list.back()["id"], 0});
  return JsonResponse({{"documents", list}, {"count", list.size()}, {"next_cursor", next}});
}

Response HandleDoc(store::Store& store, const std::string& id) {
  auto stored = store.GetDocument(id);
  if (!stored.ok()) return StatusResponse(stored.status());
  const document::Document& doc = stored->doc;
  ojson events = ojson::array(), battles = ojson::array();
  for (const auto& e : doc.events) events.push_back(document::EventToJson(e));
  for (const auto& b : doc.battles) battles.push_back(document::BattleToJson(b));
  ojson meta = SummaryToJson(stored->summary);
  meta["text"] = doc.text();
  return JsonResponse({{"document", meta},
                       {"mentions", stored->mentions},
                       {"timexes", stored->timexes},
                       {"events", events},
                       {"battles", battles}});
}

}  // namespace sitrep::api
