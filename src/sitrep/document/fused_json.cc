// JSON serialization of fused events and control intervals. nlohmann::json
// throws on type errors; the FromJson functions catch at this edge.
#include "sitrep/document/fused_json.h"

#include <cstdlib>

#include "sitrep/document/json.h"

namespace sitrep::document {
namespace {

using ojson = nlohmann::ordered_json;

// The representative event's fields a fused record carries, in record order.
constexpr const char* kEventFields[] = {
    "event_type", "sub_event_type", "date", "date_end", "time_precision", "actor1",
    "assoc_actor1", "actor2", "assoc_actor2", "place"};

ojson TextOrNull(const std::string& s) { return s.empty() ? ojson(nullptr) : ojson(s); }

std::string TextFrom(const nlohmann::json& j, const char* key) {
  return j.contains(key) && j[key].is_string() ? j[key].get<std::string>() : "";
}

ojson SourceJson(const FusedSource& s) {
  return {{"doc", s.doc}, {"event", s.event}, {"lang", s.lang}, {"outlet", s.outlet},
          {"published", TextOrNull(s.published)}};
}

FusedSource SourceFrom(const nlohmann::json& j) {
  return {j.at("doc").get<std::string>(), j.value("event", ""), j.value("lang", ""),
          j.value("outlet", ""), TextFrom(j, "published")};
}

template <typename T, typename F>
ojson Array(const std::vector<T>& v, F to_json) {
  ojson out = ojson::array();
  for (const auto& x : v) out.push_back(to_json(x));
  return out;
}

template <typename T, typename F>
std::vector<T> VectorFrom(const nlohmann::json& j, const char* key, F from_json) {
  std::vector<T> out;
  if (!j.contains(key) || j[key].is_null()) return out;
  for (const auto& x : j.at(key)) out.push_back(from_json(x));
  return out;
}

FusedClaim ClaimFrom(const nlohmann::json& j) {
  const auto& s = j.at("source");
  FusedClaim c;
  c.source = {s.value("id", ""), s.value("name", ""), s.value("inter", 0)};
  c.stance = j.value("stance", "asserts") == "denies" ? Stance::kDenies : Stance::kAsserts;
  c.cue = j.value("cue", "");
  c.doc = j.value("doc", "");
  c.event = j.value("event", "");
  c.outlet = j.value("outlet", "");
  c.lang = j.value("lang", "");
  return c;
}

ojson FigureJson(const FatalityFigure& f) {
  return {{"value", f.value},         {"approx", f.approx},   {"source", f.source},
          {"doc", f.doc},             {"event", f.event},     {"partisan", f.partisan},
          {"cumulative", f.cumulative}, {"denied", f.denied}};
}

FatalityFigure FigureFrom(const nlohmann::json& j) {
  return {j.at("value").get<long>(), j.value("approx", false),    j.value("source", ""),
          j.value("doc", ""),        j.value("event", ""),        j.value("partisan", false),
          j.value("cumulative", false), j.value("denied", false)};
}

// Actor and place values print as {id, name}; fatalities as a number.
ojson ValueJson(const std::string& field, const ContradictionValue& v) {
  if (field == "fatalities") return std::strtol(v.value.c_str(), nullptr, 10);
  if (field == "actor1" || field == "actor2" || field == "place") {
    return {{"id", v.id}, {"name", v.value}};
  }
  return v.value;
}

ContradictionValue ValueFrom(const nlohmann::json& j) {
  ContradictionValue v;
  const auto& value = j.at("value");
  if (value.is_number()) {
    v.value = std::to_string(value.get<long>());
  } else if (value.is_object()) {
    v.id = value.value("id", "");
    v.value = value.value("name", "");
  } else {
    v.value = value.get<std::string>();
  }
  v.sources = VectorFrom<FusedSource>(j, "sources", SourceFrom);
  return v;
}

ojson ContradictionJson(const Contradiction& c) {
  ojson values = ojson::array();
  for (const auto& v : c.values) {
    values.push_back({{"value", ValueJson(c.field, v)}, {"sources", Array(v.sources, SourceJson)}});
  }
  return {{"field", c.field}, {"values", values}};
}

Contradiction ContradictionFrom(const nlohmann::json& j) {
  return {j.at("field").get<std::string>(),
          VectorFrom<ContradictionValue>(j, "values", ValueFrom)};
}

ojson ActorOrNull(const std::optional<ActorRef>& a) {
  if (!a) return nullptr;
  return {{"id", a->id}, {"name", a->name}, {"inter", a->inter}};
}

}  // namespace

ojson FusedClaimToJson(const FusedClaim& c) {
  return {{"source", {{"id", c.source.id}, {"name", c.source.name}}},
          {"stance", StanceName(c.stance)},
          {"doc", c.doc},
          {"event", c.event},
          {"outlet", c.outlet},
          {"lang", c.lang},
          {"cue", c.cue}};
}

ojson FusedEventToJson(const FusedEvent& f) {
  const ojson event = EventToJson(f.event);
  ojson j = {{"id", f.id}};
  for (const char* field : kEventFields) j[field] = event[field];
  j["fatalities"] = nullptr;
  if (f.fatalities) {
    j["fatalities"] = {{"low", f.fatalities->low}, {"best", f.fatalities->best},
                       {"high", f.fatalities->high}};
    if (f.fatalities->partisan) j["fatalities"]["partisan"] = true;
  }
  j["sources"] = Array(f.sources, SourceJson);
  j["claims"] = Array(f.claims, FusedClaimToJson);
  j["contradictions"] = Array(f.contradictions, ContradictionJson);
  j["merge"] = {{"members", f.merge.members},
                {"reasons", f.merge.reasons},
                {"score", f.merge.score ? ojson(*f.merge.score) : ojson(nullptr)}};
  j["confidence"] = f.event.confidence;
  j["negated"] = f.event.negated;
  j["fatality_claims"] = Array(f.fatality_figures, FigureJson);
  return j;
}

StatusOr<FusedEvent> FusedEventFromJson(const nlohmann::json& j) {
  try {
    FusedEvent f;
    f.id = j.at("id").get<std::string>();
    nlohmann::json event = j;
    event.erase("fatalities");
    event.erase("claims");
    SITREP_ASSIGN_OR_RETURN(f.event, EventFromJson(event));
    const auto& fat = j.value("fatalities", nlohmann::json());
    if (fat.is_object()) {
      f.fatalities = FatalityRange{fat.at("low").get<long>(), fat.at("best").get<long>(),
                                   fat.at("high").get<long>(), fat.value("partisan", false)};
      f.event.fatalities = f.fatalities->low;
    }
    f.fatality_figures = VectorFrom<FatalityFigure>(j, "fatality_claims", FigureFrom);
    f.sources = VectorFrom<FusedSource>(j, "sources", SourceFrom);
    f.claims = VectorFrom<FusedClaim>(j, "claims", ClaimFrom);
    f.contradictions = VectorFrom<Contradiction>(j, "contradictions", ContradictionFrom);
    const auto& merge = j.at("merge");
    f.merge.members = merge.value("members", 1);
    f.merge.reasons = merge.value("reasons", std::vector<std::string>{});
    if (merge.contains("score") && merge["score"].is_number()) {
      f.merge.score = merge["score"].get<double>();
    }
    return f;
  } catch (const nlohmann::json::exception& ex) {
    return InvalidArgumentError(std::string("bad fused event JSON: ") + ex.what());
  }
}

ojson ControlIntervalToJson(const ControlInterval& c) {
  const PlaceRef& p = c.place;
  auto coordinate = [](const std::optional<double>& v) { return v ? ojson(*v) : ojson(nullptr); };
  return {{"place", {{"id", p.id}, {"name", p.name}, {"lat", coordinate(p.lat)},
                     {"lon", coordinate(p.lon)}, {"country", p.country}}},
          {"controller", ActorOrNull(c.controller)},
          {"from", TextOrNull(c.from)},
          {"until", TextOrNull(c.until)},
          {"contested", c.contested},
          {"basis", c.basis},
          {"claims", Array(c.claims, FusedClaimToJson)}};
}

StatusOr<ControlInterval> ControlIntervalFromJson(const nlohmann::json& j) {
  try {
    ControlInterval c;
    const auto& p = j.at("place");
    c.place.id = p.at("id").get<std::string>();
    c.place.name = p.value("name", "");
    if (p.contains("lat") && p["lat"].is_number()) c.place.lat = p["lat"].get<double>();
    if (p.contains("lon") && p["lon"].is_number()) c.place.lon = p["lon"].get<double>();
    c.place.country = p.value("country", "");
    const auto& a = j.value("controller", nlohmann::json());
    if (a.is_object()) c.controller = ActorRef{a.value("id", ""), a.value("name", ""), a.value("inter", 0)};
    c.from = TextFrom(j, "from");
    c.until = TextFrom(j, "until");
    c.contested = j.value("contested", false);
    c.basis = j.value("basis", std::vector<std::string>{});
    c.claims = VectorFrom<FusedClaim>(j, "claims", ClaimFrom);
    return c;
  } catch (const nlohmann::json::exception& ex) {
    return InvalidArgumentError(std::string("bad control interval JSON: ") + ex.what());
  }
}

}  // namespace sitrep::document
