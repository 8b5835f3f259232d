// Contradictions by grouping the members' values per field.
#include "sitrep/fusion/contradictions.h"

#include <algorithm>
#include <functional>

namespace sitrep::fusion {
namespace {

using document::ContradictionValue;

// A field's value in one member, or nothing when the member has no say.
struct Value {
  std::string text;
  std::string id;
};

using Extract = std::function<std::optional<Value>(const Member&)>;

// Groups the members by the key (id, else text) of their value.
std::vector<ContradictionValue> Group(const std::vector<const Member*>& members,
                                      const Extract& extract) {
  std::vector<ContradictionValue> groups;
  for (const Member* m : members) {
    const auto v = extract(*m);
    if (!v) continue;
    auto it = std::find_if(groups.begin(), groups.end(), [&](const ContradictionValue& g) {
      return v->id.empty() ? g.id.empty() && g.value == v->text : g.id == v->id;
    });
    if (it == groups.end()) it = groups.insert(groups.end(), {v->text, v->id, {}});
    it->sources.push_back(m->source);
  }
  std::stable_sort(groups.begin(), groups.end(), [](const auto& a, const auto& b) {
    return a.sources.size() > b.sources.size();
  });
  return groups;
}

std::optional<Value> ActorValue(const std::optional<document::ActorRef>& a) {
  if (!a || a->id.empty()) return std::nullopt;
  return Value{a->name, a->id};
}

// Returns true when some two groups of actors are not on one side.
bool ActorsDisagree(const std::vector<ContradictionValue>& groups, const ActorRelations& actors) {
  for (size_t i = 0; i < groups.size(); ++i) {
    for (size_t j = i + 1; j < groups.size(); ++j) {
      const document::ActorRef a{groups[i].id, groups[i].value, 0};
      const document::ActorRef b{groups[j].id, groups[j].value, 0};
      if (!actors.SameSide(a, b)) return true;
    }
  }
  return false;
}

std::vector<ContradictionValue> TollGroups(const std::vector<const Member*>& members,
                                           const std::vector<document::FatalityFigure>& figures) {
  std::vector<ContradictionValue> groups;
  for (const auto& f : figures) {
    if (f.cumulative || f.denied) continue;
    const std::string value = std::to_string(f.value);
    auto it = std::find_if(groups.begin(), groups.end(),
                           [&](const ContradictionValue& g) { return g.value == value; });
    if (it == groups.end()) it = groups.insert(groups.end(), {value, "", {}});
    for (const Member* m : members) {
      if (m->source.doc == f.doc && m->source.event == f.event) it->sources.push_back(m->source);
    }
  }
  std::stable_sort(groups.begin(), groups.end(), [](const auto& a, const auto& b) {
    return a.sources.size() > b.sources.size();
  });
  return groups;
}

}  // namespace

std::vector<document::Contradiction> FindContradictions(
    const std::vector<const Member*>& members, const document::Event& event,
    const std::vector<document::FatalityFigure>& figures, const ActorRelations& actors) {
  const bool take = IsTerritorialSubType(event.sub_event_type) &&
                    event.sub_event_type != "Non-violent transfer of territory";
  std::vector<document::Contradiction> out;
  auto add = [&](const char* field, std::vector<ContradictionValue> groups) {
    if (groups.size() >= 2) out.push_back({field, std::move(groups)});
  };
  add("date", Group(members, [](const Member& m) -> std::optional<Value> {
        if (!m.point_day || Denied(m.event)) return std::nullopt;
        return Value{*m.event.date, ""};
      }));
  add("place", Group(members, [](const Member& m) -> std::optional<Value> {
        const auto& p = m.event.place;
        if (!p || p->geo_precision != 1 || p->id.empty()) return std::nullopt;
        return Value{p->name, p->id};
      }));
  for (const bool first : {true, false}) {
    auto groups = Group(members, [&](const Member& m) -> std::optional<Value> {
      const bool withdrawal = take && m.event.sub_event_type == "Non-violent transfer of territory" &&
                              !actors.SameSide(m.event.actor1, event.actor1);
      if (withdrawal) return std::nullopt;
      return ActorValue(first ? m.event.actor1 : m.event.actor2);
    });
    if (ActorsDisagree(groups, actors)) add(first ? "actor1" : "actor2", std::move(groups));
  }
  add("sub_event_type", Group(members, [](const Member& m) -> std::optional<Value> {
        return Value{m.event.sub_event_type, ""};
      }));
  add("fatalities", TollGroups(members, figures));
  return out;
}

}  // namespace sitrep::fusion
