// Design: the winner of a territorial change is the side the line names (a
// belligerent or unit of it), else the side its role words point to
// ("Government forces take …" -> the state side), else the side the result
// line names ("Decisive Syrian Army & Hezbollah victory"). The actor is that
// side's lead belligerent, or the force listed under it when the lead is a
// state ("Syrian Arab Republic" • "Syrian Armed Forces"): ACLED codes a state's
// military, not the state. Places come only from linked mentions in the line.
#include "sitrep/battles/control_events.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "sitrep/base/date.h"
#include "sitrep/battles/infobox_figures.h"
#include "sitrep/battles/side_splitter.h"

namespace sitrep::battles {
namespace {

using document::Event;
using document::Mention;
using document::MentionKind;

// Returns the side whose belligerents or units `text` names, or -1.
int NamedSide(const std::string& text, const document::BattleRecord& r) {
  const std::string lower = Lower(text);
  for (size_t s = 0; s < r.sides.size(); ++s) {
    for (const auto* names : {&r.sides[s].belligerents, &r.sides[s].units}) {
      for (const auto& n : *names) {
        const bool acronym = n.size() >= 2 && std::all_of(n.begin(), n.end(), [](char c) {
                               return std::isupper(static_cast<unsigned char>(c));
                             });
        if ((n.size() >= 4 || acronym) && HasWord(lower, Lower(n))) return static_cast<int>(s);
      }
    }
  }
  return -1;
}

// Returns the side one of whose linked belligerents is mentioned in `span`, or -1.
int LinkedSide(const document::Document& doc, document::Span span,
               const document::BattleRecord& r) {
  for (const Mention* m : LinkedMentions(doc, span, {MentionKind::kActor})) {
    for (size_t s = 0; s < r.sides.size(); ++s) {
      const auto& ids = r.sides[s].belligerent_ids;
      if (std::find(ids.begin(), ids.end(), m->entity->id) != ids.end()) return static_cast<int>(s);
    }
  }
  return -1;
}

int RoleSide(const std::string& text, const std::vector<SideLines>& sides,
             const InfoboxLexicon& lex) {
  const int state = StateSide(sides, lex);
  const std::string lower = Lower(text);
  if (state >= 0 && HasAnyWord(lower, lex.state_roles)) return state;
  if (HasAnyWord(lower, lex.nonstate_roles) && sides.size() == 2 && state >= 0) return 1 - state;
  return -1;
}

document::ActorRef LeadActor(const document::Document& doc, const SideLines& side,
                             const std::string& fallback, int inter) {
  const Lines& b = side.belligerents;
  size_t pick = 0;
  if (b.size() > 1 && !b[0].bullet && b[1].bullet) pick = 1;
  document::ActorRef a{"", b.empty() ? fallback : CleanName(b[pick].text), inter};
  if (!b.empty()) {
    auto linked = LinkedMentions(doc, b[pick].span, {MentionKind::kActor, MentionKind::kCountry});
    if (!linked.empty()) {
      a.id = linked.front()->entity->id;
      a.name = linked.front()->entity->name;
      if (linked.front()->entity->inter) a.inter = linked.front()->entity->inter;
    }
  }
  return a;
}

int GeoPrecision(const document::EntityRef& e) {
  if (e.feature.rfind("ADM1", 0) == 0 || e.feature == "RGN" || e.feature.rfind("MT", 0) == 0) {
    return 3;
  }
  if (e.feature.rfind("ADM", 0) == 0) return 2;
  return 1;
}

// Returns the first day of an ISO date at any precision ("2021-08" -> "2021-08-01").
std::optional<std::string> FirstDay(const std::string& d) {
  if (d.size() == 10) return d;
  if (d.size() == 7) return d + "-01";
  if (d.size() == 4) return d + "-01-01";
  return std::nullopt;
}

// Returns the date and ACLED time precision of the change on `line`.
std::optional<std::pair<std::string, int>> ChangeDate(const InfoLine& line,
                                                      const document::BattleRecord& record,
                                                      const RecordContext& ctx) {
  if (auto own = ctx.dates.Read(line.text, ctx.lang, ctx.lex)) {
    if (auto day = FirstDay(own->start)) return std::pair(*day, own->start.size() == 10 ? 1 : 3);
  }
  if (auto end = FirstDay(record.end)) return std::pair(*end, 3);
  return std::nullopt;
}

std::string Trigger(const std::string& text, const InfoboxLexicon& lex) {
  const std::string lower = Lower(text);
  for (const auto& w : lex.territory_cues) {
    if (HasWord(lower, w)) return w;
  }
  return "";
}

}  // namespace

std::vector<const Mention*> LinkedMentions(const document::Document& doc, document::Span span,
                                           std::vector<MentionKind> kinds) {
  std::vector<const Mention*> out;
  for (const auto& m : doc.mentions) {
    if (!m.entity || !span.Contains(m.span)) continue;
    if (std::find(kinds.begin(), kinds.end(), m.kind) != kinds.end()) out.push_back(&m);
  }
  return out;
}

std::vector<Event> ControlEvents(const document::Document& doc,
                                 const document::BattleRecord& record, const Lines& lines,
                                 const std::vector<SideLines>& sides, const RecordContext& ctx) {
  const InfoboxLexicon& lex = ctx.lex;
  std::vector<Event> out;
  if (sides.size() < 2) return out;
  for (const auto& line : lines) {
    const auto date = ChangeDate(line, record, ctx);
    if (!date) continue;
    int winner = NamedSide(line.text, record);
    if (winner < 0) winner = LinkedSide(doc, line.span, record);
    if (winner < 0) winner = RoleSide(line.text, sides, lex);
    if (winner < 0) winner = NamedSide(record.result, record);
    if (winner < 0) continue;
    const bool state = StateSide(sides, lex) == winner;
    auto actor1 = LeadActor(doc, sides[winner], "", state ? 1 : 2);
    const int loser = winner == 0 ? 1 : 0;
    auto actor2 = LeadActor(doc, sides[loser], "", state ? 2 : 1);
    const bool government = actor1.inter ? actor1.inter == 1 : state;
    std::set<std::string> seen;
    auto places = LinkedMentions(doc, line.span, {MentionKind::kPlace});
    // "the Qalamoun region, including X and Y": the change is at the most
    // specific places the line names.
    int finest = 3;
    for (const Mention* m : places) {
      if (m->entity->lat) finest = std::min(finest, GeoPrecision(*m->entity));
    }
    for (const Mention* m : places) {
      if (!m->entity->lat || GeoPrecision(*m->entity) > finest) continue;
      if (!seen.insert(m->entity->id).second) continue;
      Event e;
      e.id = doc.id() + ":battle:" + std::to_string(out.size());
      e.doc = doc.id();
      e.lang = doc.lang;
      e.event_type = "Battles";
      e.sub_event_type =
          government ? "Government regains territory" : "Non-state actor overtakes territory";
      e.date = date->first;
      e.time_precision = date->second;
      e.actor1 = actor1;
      e.actor2 = actor2;
      const auto& ent = *m->entity;
      e.place = document::PlaceRef{ent.id,      ent.name,   ent.lat,          ent.lon,
                                   ent.country, ent.admin1, GeoPrecision(ent)};
      e.confidence = 0.6;
      e.evidence = {std::string(doc.Surface(line.span)), line.span, Trigger(line.text, lex)};
      out.push_back(std::move(e));
    }
  }
  return out;
}

}  // namespace sitrep::battles
