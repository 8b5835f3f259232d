// /api/battles and /api/stats: the store seen whole.
#include "sitrep/api/handlers.h"
#include "sitrep/api/query_params.h"
#include "sitrep/document/json.h"

namespace sitrep::api {
namespace {

using ojson = nlohmann::ordered_json;

ojson Rows(const std::vector<std::pair<std::string, int64_t>>& rows, const char* key) {
  ojson out = ojson::array();
  for (const auto& [value, n] : rows) out.push_back({{key, value}, {"count", n}});
  return out;
}

}  // namespace

Response HandleBattles(store::Store& store, const Request& request) {
  if (!request.params.empty()) return ErrorResponse(400, "/api/battles takes no parameters");
  auto battles = store.GetBattles();
  if (!battles.ok()) return StatusResponse(battles.status());
  ojson list = ojson::array();
  for (const auto& b : *battles) list.push_back(document::BattleToJson(b));
  return JsonResponse({{"battles", list}, {"count", list.size()}});
}

Response HandleStats(store::Store& store, const Request& request) {
  auto query = ParseEventFilters(request, {});
  if (!query.ok()) return StatusResponse(query.status());
  auto counts = store.CountEvents(*query);
  if (!counts.ok()) return StatusResponse(counts.status());
  return JsonResponse({{"total", counts->total},
                       {"by_day", Rows(counts->by_day, "date")},
                       {"by_type", Rows(counts->by_type, "type")},
                       {"by_country", Rows(counts->by_country, "country")}});
}

}  // namespace sitrep::api
