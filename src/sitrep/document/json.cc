// JSON serialization of mentions, timexes, events and battle records.
// nlohmann::json throws on type errors; FromJson functions catch at this edge.
#include "sitrep/document/json.h"

namespace sitrep::document {
namespace {

using ojson = nlohmann::ordered_json;

template <typename T>
ojson Opt(const std::optional<T>& v) {
  return v ? ojson(*v) : ojson(nullptr);
}

ojson ActorJson(const std::optional<ActorRef>& a) {
  if (!a) return nullptr;
  return {{"id", a->id}, {"name", a->name}, {"inter", a->inter}};
}

ojson ActorListJson(const std::vector<ActorRef>& v) {
  ojson arr = ojson::array();
  for (const auto& a : v) arr.push_back(ActorJson(a));
  return arr;
}

std::optional<ActorRef> ActorFrom(const nlohmann::json& j) {
  if (j.is_null()) return std::nullopt;
  return ActorRef{j.value("id", ""), j.value("name", ""), j.value("inter", 0)};
}

template <typename T>
std::optional<T> OptFrom(const nlohmann::json& j, const char* key) {
  if (!j.contains(key) || j[key].is_null()) return std::nullopt;
  return j[key].get<T>();
}

ojson CasualtiesJson(const std::vector<Casualty>& v) {
  ojson out = ojson::array();
  for (const auto& c : v) {
    ojson cj = {{"phase", c.phase}};
    for (const auto& [k, n] : c.figures) cj[k] = n;
    if (c.approx) cj["approx"] = true;
    if (!c.who.empty()) cj["who"] = c.who;
    if (c.figures.empty()) cj["text"] = c.text;
    if (!c.note.empty()) cj["note"] = c.note;
    if (!c.claimed_by.empty()) cj["claimed_by"] = c.claimed_by;
    out.push_back(cj);
  }
  return out;
}

std::vector<Casualty> CasualtiesFrom(const nlohmann::json& arr) {
  std::vector<Casualty> out;
  for (const auto& cj : arr) {
    Casualty c;
    for (const auto& [k, v] : cj.items()) {
      if (v.is_number_integer()) c.figures[k] = v.get<long>();
    }
    c.phase = cj.value("phase", "");
    c.note = cj.value("note", "");
    c.text = cj.value("text", "");
    c.claimed_by = cj.value("claimed_by", "");
    c.approx = cj.value("approx", false);
    c.who = cj.value("who", "");
    out.push_back(c);
  }
  return out;
}

ojson EvidenceJson(const Evidence& ev) {
  return {{"sentence", ev.sentence}, {"start", ev.span.begin}, {"end", ev.span.end},
          {"trigger", ev.trigger}};
}

Evidence EvidenceFrom(const nlohmann::json& ev) {
  return Evidence{ev.value("sentence", ""),
                  Span{ev.value("start", size_t{0}), ev.value("end", size_t{0})},
                  ev.value("trigger", "")};
}

}  // namespace

ojson MentionToJson(const Document& doc, const Mention& m) {
  ojson entity = nullptr;
  if (m.entity) {
    entity = {{"id", m.entity->id}, {"name", m.entity->name}, {"lat", Opt(m.entity->lat)},
              {"lon", Opt(m.entity->lon)}, {"country", m.entity->country}};
    if (m.entity->inter) entity["inter"] = m.entity->inter;
  }
  ojson j = {{"doc", doc.id()}, {"text", m.text}, {"start", m.span.begin}, {"end", m.span.end},
             {"kind", MentionKindName(m.kind)}, {"entity", entity}, {"score", m.score},
             {"method", m.method}};
  if (m.dateline) j["dateline"] = true;
  if (m.nationality) j["nationality"] = true;
  if (m.nested) j["nested"] = true;
  return j;
}

ojson TimexToJson(const Document& doc, const TimeExpr& t) {
  return {{"doc", doc.id()}, {"text", t.text}, {"start", t.span.begin}, {"end", t.span.end},
          {"type", TimexTypeName(t.type)}, {"value", t.value}, {"anchor", t.anchor}};
}

ojson EventToJson(const Event& e) {
  ojson place = nullptr;
  if (e.place) {
    place = {{"id", e.place->id}, {"name", e.place->name}, {"lat", Opt(e.place->lat)},
             {"lon", Opt(e.place->lon)}, {"country", e.place->country},
             {"admin1", e.place->admin1}, {"geo_precision", e.place->geo_precision}};
  }
  ojson counts = ojson::array();
  for (const auto& c : e.counts) {
    ojson cj = {{"what", c.what}, {"value", Opt(c.value)}, {"approx", c.approx}};
    if (c.low) cj["low"] = *c.low;
    if (c.high) cj["high"] = *c.high;
    if (!c.text.empty()) cj["text"] = c.text;
    if (!c.claimed_by.empty()) cj["claimed_by"] = c.claimed_by;
    if (c.cumulative) {
      cj["cumulative"] = true;
      cj["since"] = c.since.empty() ? ojson(nullptr) : ojson(c.since);
      cj["until"] = c.until.empty() ? ojson(nullptr) : ojson(c.until);
    }
    counts.push_back(cj);
  }
  ojson claims = ojson::array();
  for (const auto& c : e.claims) {
    claims.push_back({{"source", {{"id", c.source.id}, {"name", c.source.name}}},
                      {"stance", StanceName(c.stance)}, {"cue", c.cue}});
  }
  ojson restatements = ojson::array();
  for (const auto& r : e.restatements) restatements.push_back(EvidenceJson(r));
  return {{"id", e.id}, {"doc", e.doc}, {"lang", e.lang}, {"event_type", e.event_type},
          {"sub_event_type", e.sub_event_type}, {"date", Opt(e.date)},
          {"date_end", Opt(e.date_end)}, {"time_precision", e.time_precision},
          {"actor1", ActorJson(e.actor1)}, {"assoc_actor1", ActorListJson(e.assoc_actor1)},
          {"actor2", ActorJson(e.actor2)}, {"assoc_actor2", ActorListJson(e.assoc_actor2)},
          {"place", place}, {"fatalities", Opt(e.fatalities)}, {"counts", counts},
          {"claims", claims}, {"negated", e.negated}, {"confidence", e.confidence},
          {"evidence", EvidenceJson(e.evidence)}, {"restatements", restatements}};
}

StatusOr<Event> EventFromJson(const nlohmann::json& j) {
  try {
    Event e;
    e.id = j.value("id", "");
    e.doc = j.value("doc", "");
    e.lang = j.value("lang", "");
    e.event_type = j.at("event_type").get<std::string>();
    e.sub_event_type = j.value("sub_event_type", "");
    e.date = OptFrom<std::string>(j, "date");
    e.date_end = OptFrom<std::string>(j, "date_end");
    e.time_precision = j.value("time_precision", 3);
    e.actor1 = ActorFrom(j.value("actor1", nlohmann::json()));
    e.actor2 = ActorFrom(j.value("actor2", nlohmann::json()));
    for (const auto& a : j.value("assoc_actor1", nlohmann::json::array()))
      if (auto r = ActorFrom(a)) e.assoc_actor1.push_back(*r);
    for (const auto& a : j.value("assoc_actor2", nlohmann::json::array()))
      if (auto r = ActorFrom(a)) e.assoc_actor2.push_back(*r);
    if (j.contains("place") && !j["place"].is_null()) {
      const auto& p = j["place"];
      e.place = PlaceRef{p.value("id", ""), p.value("name", ""), OptFrom<double>(p, "lat"),
                         OptFrom<double>(p, "lon"), p.value("country", ""),
                         p.value("admin1", ""), p.value("geo_precision", 1)};
    }
    e.fatalities = OptFrom<long>(j, "fatalities");
    for (const auto& c : j.value("counts", nlohmann::json::array())) {
      Count count{c.value("what", ""), OptFrom<long>(c, "value"), OptFrom<long>(c, "low"),
                  OptFrom<long>(c, "high"),  c.value("approx", false), c.value("text", ""),
                  c.value("claimed_by", "")};
      count.cumulative = c.value("cumulative", false);
      if (count.cumulative) {
        count.since = OptFrom<std::string>(c, "since").value_or("");
        count.until = OptFrom<std::string>(c, "until").value_or("");
      }
      e.counts.push_back(std::move(count));
    }
    for (const auto& c : j.value("claims", nlohmann::json::array())) {
      const auto& s = c.at("source");
      e.claims.push_back(Claim{ActorRef{s.value("id", ""), s.value("name", ""), 0},
                               c.value("stance", "asserts") == "denies" ? Stance::kDenies
                                                                        : Stance::kAsserts,
                               c.value("cue", "")});
    }
    e.negated = j.value("negated", false);
    e.confidence = j.value("confidence", 0.8);
    if (j.contains("evidence")) e.evidence = EvidenceFrom(j["evidence"]);
    for (const auto& r : j.value("restatements", nlohmann::json::array()))
      e.restatements.push_back(EvidenceFrom(r));
    return e;
  } catch (const nlohmann::json::exception& ex) {
    return InvalidArgumentError(std::string("bad event JSON: ") + ex.what());
  }
}

ojson BattleToJson(const BattleRecord& b) {
  ojson phases = ojson::array();
  for (const auto& p : b.phases) phases.push_back({{"name", p.name}, {"start", p.start}, {"end", p.end}});
  ojson sides = ojson::array();
  for (const auto& s : b.sides) {
    ojson strength = ojson::array();
    for (const auto& st : s.strength) {
      ojson sj;
      if (st.value) sj["value"] = *st.value;
      else if (!st.low) sj["value"] = nullptr;
      if (st.low) sj["low"] = *st.low;
      if (st.high) sj["high"] = *st.high;
      if (st.approx) sj["approx"] = true;
      if (!st.value && !st.low) sj["text"] = st.text;
      sj["who"] = st.who;
      sj["claimed_by"] = st.claimed_by.empty() ? ojson(nullptr) : ojson(st.claimed_by);
      if (!st.note.empty()) sj["note"] = st.note;
      strength.push_back(sj);
    }
    ojson casualties = CasualtiesJson(s.casualties);
    ojson sj = {{"belligerents", s.belligerents}, {"belligerent_ids", s.belligerent_ids},
                {"commanders", s.commanders}};
    if (!s.commander_notes.empty()) sj["commander_notes"] = s.commander_notes;
    if (!s.commander_roles.empty()) sj["commander_roles"] = s.commander_roles;
    sj["units"] = s.units;
    sj["strength"] = strength;
    sj["casualties"] = casualties;
    sides.push_back(sj);
  }
  ojson j = {{"doc", b.doc}, {"name", b.name}, {"part_of", b.part_of}, {"phases", phases},
             {"start", b.start}, {"end", b.end}, {"location", b.location}, {"places", b.places},
             {"result", b.result}, {"territorial_changes", b.territorial_changes},
             {"sides", sides}};
  if (!b.result_details.empty()) j["result_details"] = b.result_details;
  if (!b.joint_casualties.empty()) j["joint_casualties"] = CasualtiesJson(b.joint_casualties);
  if (!b.format.empty()) j["format"] = b.format;
  if (!b.status.empty()) j["status"] = b.status;
  if (b.ongoing) j["ongoing"] = true;
  return j;
}

StatusOr<BattleRecord> BattleFromJson(const nlohmann::json& j) {
  try {
    BattleRecord b;
    b.doc = j.value("doc", "");
    b.name = j.value("name", "");
    b.part_of = j.value("part_of", "");
    for (const auto& p : j.value("phases", nlohmann::json::array()))
      b.phases.push_back({p.value("name", ""), p.value("start", ""), p.value("end", "")});
    b.start = j.value("start", "");
    b.end = j.value("end", "");
    b.location = j.value("location", "");
    b.places = j.value("places", std::vector<std::string>{});
    b.result = j.value("result", "");
    b.territorial_changes = j.value("territorial_changes", std::vector<std::string>{});
    for (const auto& sj : j.value("sides", nlohmann::json::array())) {
      BattleSide s;
      s.belligerents = sj.value("belligerents", std::vector<std::string>{});
      s.belligerent_ids = sj.value("belligerent_ids", std::vector<std::string>{});
      s.commanders = sj.value("commanders", std::vector<std::string>{});
      s.commander_notes = sj.value("commander_notes", std::map<std::string, std::string>{});
      s.units = sj.value("units", std::vector<std::string>{});
      for (const auto& st : sj.value("strength", nlohmann::json::array())) {
        s.strength.push_back(Strength{OptFrom<long>(st, "value"), OptFrom<long>(st, "low"),
                                      OptFrom<long>(st, "high"), st.value("approx", false),
                                      st.value("text", ""), st.value("who", ""),
                                      st.value("claimed_by", nlohmann::json("")).is_string()
                                          ? st.value("claimed_by", "")
                                          : "",
                                      st.value("note", "")});
      }
      s.casualties = CasualtiesFrom(sj.value("casualties", nlohmann::json::array()));
      s.commander_roles = sj.value("commander_roles", std::map<std::string, std::string>{});
      b.sides.push_back(std::move(s));
    }
    b.result_details = j.value("result_details", std::vector<std::string>{});
    b.joint_casualties = CasualtiesFrom(j.value("joint_casualties", nlohmann::json::array()));
    b.format = j.value("format", "");
    b.status = j.value("status", "");
    b.ongoing = j.value("ongoing", false);
    return b;
  } catch (const nlohmann::json::exception& ex) {
    return InvalidArgumentError(std::string("bad battle JSON: ") + ex.what());
  }
}

ojson DocumentMetaToJson(const Document& doc, bool with_text) {
  ojson j = {{"id", doc.id()}, {"source", doc.source}, {"title", doc.title}, {"url", doc.url},
             {"published", doc.published.empty() ? ojson(nullptr) : ojson(doc.published)},
             {"published_source", PublishedSourceName(doc.published_source)},
             {"lang", doc.lang}, {"bytes", doc.text().size()}};
  if (with_text) j["text"] = doc.text();
  return j;
}

}  // namespace sitrep::document
