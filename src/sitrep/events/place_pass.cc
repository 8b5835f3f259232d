// Pass "places": the event's place from the trigger's arguments, with ACLED's
// geo_precision (1 the town, 2 near it or its district, 3 a province or
// region), and the other places coordinated with it — "air strikes on A and
// B", "AとBを空爆" — each of which is an event of its own.
#include <algorithm>

#include "sitrep/events/passes_internal.h"

namespace sitrep::events {
namespace {

constexpr size_t kCoordinationGapWords = 5;  // "and a radar site near"
constexpr size_t kCoordinationGapBytes = 40;

// True when `gap` opens with a conjunction and holds no more than a short
// head noun phrase ("and", ", ", "と", "や", "and a radar site near").
bool CoordinationGap(std::string_view gap, const LanguageRules& rules) {
  if (gap.size() > kCoordinationGapBytes || gap.find_first_of(";:.") != std::string_view::npos)
    return false;
  if (rules.words().JoinsWith("conjunction", gap)) return true;
  if (!rules.syntax().words()) return false;
  const auto words = SplitWords(gap);
  return !words.empty() && words.size() <= kCoordinationGapWords &&
         rules.words().Has("conjunction", words[0].lower);
}

bool TownLevel(const document::EntityRef& e) { return IsSubNational(e) && GeoPrecisionOf(e) <= 2; }

}  // namespace

void AssignPlace(Candidate& c) {
  if (!c.args.place) return;
  const auto& p = c.args.place->entity;
  c.event.place = document::PlaceRef{p.id,      p.name,     p.lat, p.lon, p.country,
                                     p.admin1, std::max(GeoPrecisionOf(p), c.args.place_near ? 2 : 1)};
  c.subnational_place = IsSubNational(p);
  c.trace.push_back("place " + p.name + (c.args.place_near ? " (near)" : ""));
}

void AssignAnaphoricPlace(Candidate& c, const SentenceView& s) {
  if (c.event.place || !s.anaphoric_place) return;
  // A strategic development there ("residents fled the town") is what followed
  // the event told before, not a record of its own: it stays unplaced. Not an
  // arrest: "police detained 11 suspects in the city" is one of its own.
  if (c.event.event_type == "Strategic developments" && c.event.sub_event_type != "Arrests") return;
  const auto& p = *s.anaphoric_place;
  c.event.place = document::PlaceRef{p.id, p.name, p.lat, p.lon, p.country, p.admin1, 1};
  c.subnational_place = true;
  c.trace.push_back("place " + p.name + " from '" + s.anaphor + "' (the town named before)");
}

std::vector<const Participant*> CoordinatedPlaces(const Candidate& c, const SentenceView& s,
                                                  const LanguageTables& t) {
  std::vector<const Participant*> out;
  const Participant* last = c.args.place;
  if (!last || !TownLevel(last->entity)) return out;
  bool closed = false;  // a word joins the list ("A, B and C"), not commas alone
  for (const auto& p : s.participants) {
    if (p.begin < last->end || p.kind != document::MentionKind::kPlace || p.nationality) continue;
    if (!TownLevel(p.entity) || p.entity.id == last->entity.id) break;
    const std::string_view gap = s.text.substr(last->end, p.begin - last->end);
    if (!CoordinationGap(gap, *t.rules)) break;
    if (p.role == Role::kOrigin || p.role == Role::kPassiveAgent) break;
    closed |= !SplitWords(gap).empty();
    out.push_back(&p);
    last = &p;
  }
  // "Khan Younis, Gaza selatan", "Sugapa, Intan Jaya": a place after a comma
  // alone is where the first one lies, not another scene.
  if (!closed) out.clear();
  return out;
}

}  // namespace sitrep::events
