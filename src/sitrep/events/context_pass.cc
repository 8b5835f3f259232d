// Pass "context": what the document lends a record its own sentences left
// open — the country of generic state forces ("the army" in a report from
// Somalia is Somalia's) and, for violence no report attributes, the actor
// ACLED codes for an unknown attacker (never whoever holds the town) — and
// what it must not keep: an actor2 that is its actor1 once both are resolved.
// An attack no report attributes is the deed of the armed group that claims
// it ("The TTP claimed responsibility", "…が犯行を認めた"). A person read as
// the attacker stands for the forces they lead ("forces loyal to Burhan",
// "Hemedti's fighters"): ACLED codes the organization, never the person.
#include <optional>

#include "sitrep/events/passes_internal.h"

namespace sitrep::events {

namespace {

// The country entity the document names for ISO code `code`, if any.
std::optional<document::EntityRef> CountryNamed(const document::Document& doc, const std::string& code) {
  for (const auto& m : doc.mentions) {
    const bool country = m.kind == document::MentionKind::kCountry || m.kind == document::MentionKind::kDemonym;
    if (country && m.entity && m.entity->country == code)
      return *m.entity;
  }
  return std::nullopt;
}

// The entity of the document's first mention with id `id`, or nullptr.
const document::EntityRef* EntityNamed(const document::Document& doc, const std::string& id) {
  for (const auto& m : doc.mentions)
    if (m.entity && m.entity->id == id) return &*m.entity;
  return nullptr;
}

}  // namespace

void LeaderForForces(Candidate& c, const document::Document& doc, const LanguageTables& t) {
  document::Event& e = c.event;
  if (!e.actor1) return;
  const document::EntityRef* person = EntityNamed(doc, e.actor1->id);
  if (!person || person->feature != "person" || person->affiliation.empty()) return;
  const std::string& aff = person->affiliation;
  std::optional<document::EntityRef> org;
  if (const document::EntityRef* named = EntityNamed(doc, "actor:" + aff)) org = *named;
  // Forces the document does not name: those of the person's country.
  for (const std::string kind : {"military", "police"}) {
    if (org || aff.size() <= kind.size() || aff.compare(aff.size() - kind.size(), kind.size(), kind) != 0) continue;
    if (const auto country = CountryNamed(doc, person->country)) org = ForcesOf(doc, *country, kind, t);
  }
  if (!org) return;
  c.trace.push_back("actor1 " + e.actor1->name + " -> " + org->name + " (the forces the person leads)");
  e.actor1 = document::ActorRef{org->id, org->name, org->inter};
}

void NationalizeStateForces(Candidate& c, const document::Document& doc, const LanguageTables& t) {
  document::Event& e = c.event;
  if (!e.place || e.place->country.empty()) return;
  const auto country = CountryNamed(doc, e.place->country);
  auto nationalize = [&](document::ActorRef& a) {
    // The generic police ("Police"; packs that still name it "Police forces").
    const bool police = a.id == "generic:Police" || a.id == "generic:Police forces";
    if (a.id != "generic:State forces" && !police) return;
    const std::string kind = police ? "police" : "military";
    // A country named only inside its forces' name ("the South Sudan army")
    // lends those forces.
    std::optional<document::EntityRef> named;
    if (!country) named = NamedForces(doc, e.place->country, kind);
    if (!country && !named) return;
    const document::EntityRef f = country ? ForcesOf(doc, *country, kind, t) : *named;
    c.trace.push_back(a.name + " -> " + f.name + " (the forces of the country where it happened)");
    a = document::ActorRef{f.id, f.name, a.inter};
  };
  if (e.actor1) nationalize(*e.actor1);
  if (e.actor2) nationalize(*e.actor2);
  for (auto& cl : e.claims) nationalize(cl.source);
}

namespace {

// True when `cue` is a claims row marked "responsibility" ("claimed
// responsibility", "犯行を認め").
bool ClaimsTheDeed(const std::string& cue, const LanguageTables& t) {
  for (const auto& row : t.claims.entries())
    if (row.pattern == cue && row.fields.size() > 2 && row.fields[2] == "responsibility") return true;
  return false;
}

// True when `a` is a named armed group: not generic, not a state's forces
// (a state does not claim its strikes in that form), not a source.
bool NamedArmedGroup(const document::ActorRef& a) {
  const bool generic = a.id.rfind("generic:", 0) == 0 || a.id.rfind("source:", 0) == 0;
  return !generic && a.inter >= 2 && a.inter <= 4;
}

}  // namespace

void ClaimedByGroup(Candidate& c, const LanguageTables& t) {
  document::Event& e = c.event;
  if (e.actor1 && e.actor1->id != "generic:Unidentified armed group") return;
  for (const auto& cl : e.claims) {
    if (cl.stance != document::Stance::kAsserts || !NamedArmedGroup(cl.source) || !ClaimsTheDeed(cl.cue, t))
      continue;
    e.actor1 = cl.source;
    c.trace.push_back("actor1 " + cl.source.name + ": it claimed the attack ('" + cl.cue + "')");
    return;
  }
}

void DefaultActors(Candidate& c) {
  document::Event& e = c.event;
  if (e.actor1) return;
  std::string name;
  int inter = 0;
  if (e.event_type == "Battles" || e.event_type == "Explosions/Remote violence" ||
      e.event_type == "Violence against civilians") {
    name = "Unidentified armed group", inter = 3;
  } else if (e.event_type == "Protests") {
    name = "Protesters", inter = 6;
  } else if (e.event_type == "Riots") {
    name = "Rioters", inter = 5;
  } else {
    return;
  }
  e.actor1 = document::ActorRef{"generic:" + name, name, inter};
  c.trace.push_back("actor1 " + name + ": no report names one");
}

void ClearSelfOpponent(Candidate& c) {
  document::Event& e = c.event;
  if (!e.actor1 || !e.actor2) return;
  if (e.actor1->id != e.actor2->id && e.actor1->name != e.actor2->name) return;
  c.trace.push_back("actor2 " + e.actor2->name + " is actor1: cleared (an actor does not fight itself)");
  e.actor2.reset();
}

}  // namespace sitrep::events
