// Pass "select": one event per event type per sentence — a sentence that
// reports "an air strike killed five" is one event, not two strikes — except
// where the sentence tells events at places apart: the places one trigger
// coordinates ("strikes on A and B") and triggers of their own, of two
// sub-event types, at towns apart ("warplanes struck A and artillery
// shelled B"). At one place, a trigger of its own beats another's
// coordinated place; then a candidate that passes the guards beats one that
// fails; then a take beats the clash it was won by ("seized Mota after
// clashes", "took control of the base following fighting": ACLED codes the
// change of hands, the fighting is how it came); then the more specific
// trigger (higher weight) wins. Then a
// sentence that tells several events shares its figures out: each goes to
// the event told right before it ("shelled A, killing 3, while clashes
// continued in B": the 3 are A's), never to all.
#include <algorithm>

#include "sitrep/events/event_merge_internal.h"
#include "sitrep/events/passes_internal.h"

namespace sitrep::events {
namespace {

// Gives each figure of sentence `s` only to the candidate (of `told`, the
// sentence's own events, coordinated copies left out) whose trigger is the
// nearest before it, or to the first when the figure comes before all.
// REQUIRES: the candidates of `told` come from `s`.
void ShareCounts(const std::vector<Candidate*>& told, std::string_view s) {
  if (told.size() < 2) return;
  for (Candidate* c : told) {
    std::vector<document::Count> own;
    for (auto& count : c->event.counts) {
      const size_t at = s.find(count.text);
      const Candidate* owner = told.front();
      for (const Candidate* o : told) {
        if (at != std::string_view::npos && o->trigger.begin <= at &&
            o->trigger.begin >= owner->trigger.begin)
          owner = o;
      }
      if (owner == c) own.push_back(count);
    }
    c->event.counts = std::move(own);
    const long toll = DailyFatalities(c->event.counts);
    if (toll >= 0) c->event.fatalities = toll;
    else c->event.fatalities.reset();
  }
}

// True when `a` is a take and `b` the armed clash its sentence tells as the
// take's circumstance ("after clashes", "戦闘の末に"): the take tells what the
// fighting won. Clashes told on their own ("clashed with IS and took five
// positions") stay the event.
bool TakeWonByClash(const Candidate& a, const Candidate& b) {
  return a.trigger.take && !b.trigger.take && b.circumstance && b.event.sub_event_type == "Armed clash";
}

bool Violent(const Candidate& c) {
  const std::string& t = c.event.event_type;
  return t == "Battles" || t == "Explosions/Remote violence" || t == "Violence against civilians";
}

// True when `c` is violence whose deed the sentence tells beyond the damage:
// a trigger that names the deed itself ("beheaded", "air strike", "shot
// dead": a sub-event type or a killing, not the bare "attacked"), people
// killed ("killed ten villagers and set fire to their homes") or a post
// overrun ("overran a base and burned its vehicles"). Hoodlums who "attacked
// residents and looted shops" did the looting; rebels who "entered the
// capital and toppled the statue" took a town, and tore it down after.
// True when `c` changes the hands of ground ("entered the capital", "cleared
// the area"), not of a post ("overran a base").
bool TakesGround(const Candidate& c) {
  return !c.post_taken && (c.event.sub_event_type == "Non-state actor overtakes territory" ||
                           c.event.sub_event_type == "Government regains territory");
}

bool DamageIsPart(const Candidate& c) {
  // Fighting told as what came before ("looted after fighting") did no damage.
  if (!Violent(c) || !c.passes() || c.circumstance) return false;
  if (c.post_taken) return true;
  if (TakesGround(c)) return false;
  const std::string& cls = c.trigger.role_class;
  return (c.event.fatalities && *c.event.fatalities > 0) || cls == "@kill" || cls[0] != '@';
}

// True when `c` is a seizure of weapons ("seized rifles and grenades").
bool Seizure(const Candidate& c) { return c.event.sub_event_type == "Disrupted weapons use"; }

// True when `a` is a seizure told with the arrest `b` ("arrested 11 suspects
// and seized rifles"): ACLED codes the arrest, the weapons are part of it.
bool SeizedInArrest(const Candidate& a, const Candidate& b) {
  return Seizure(a) && b.event.sub_event_type == "Arrests";
}

// Moves to `dropped` each property destruction of the sentence's `kept` (from
// `first` on) told beside violence at its place whose damage is part of it
// (DamageIsPart), and each seizure of weapons there: ACLED codes the houses
// burned in a massacre, the vehicles burned in the overrun of a base and the
// weapons the attackers carried off as part of the attack or the battle. A
// destruction told at a place apart, alone, or as the deed itself stays.
void DropDestructionOfViolence(std::vector<Candidate>& kept, size_t first,
                               std::vector<Candidate>& dropped) {
  for (size_t i = first; i < kept.size();) {
    Candidate& c = kept[i];
    // Weapons are carried off in any assault ("attacked the post and seized
    // weapons"); a drone shot down beside a strike is no seizure: only
    // assaults carry weapons off.
    const bool part = (c.event.sub_event_type == "Looting/property destruction" || Seizure(c)) &&
                      !c.coordinated &&
                      std::any_of(kept.begin() + static_cast<long>(first), kept.end(), [&](const Candidate& o) {
                        if (&o == &c || PlacesApart(o, c)) return false;
                        if (!Seizure(c)) return DamageIsPart(o);
                        return Violent(o) && o.passes() && !o.circumstance && !TakesGround(o) &&
                               o.event.event_type != "Explosions/Remote violence";
                      });
    if (!part) {
      ++i;
      continue;
    }
    c.failed_guards.push_back("part-of-violence");
    dropped.push_back(std::move(c));
    kept.erase(kept.begin() + static_cast<long>(i));
  }
}

// Moves to `dropped` each riot of the sentence's `kept` (from `first` on)
// told as the setting of violence at its place ("inmates killed 15 rivals
// during a riot", "暴動の最中に…殺害した"): the killing is the record, the riot
// its scene. A riot told on its own, or at a place apart, stays.
void DropSettingOfViolence(std::vector<Candidate>& kept, size_t first, std::vector<Candidate>& dropped) {
  for (size_t i = first; i < kept.size();) {
    Candidate& c = kept[i];
    const bool scene = c.setting && c.event.event_type == "Riots" &&
                       std::any_of(kept.begin() + static_cast<long>(first), kept.end(), [&](const Candidate& o) {
                         return &o != &c && Violent(o) && o.passes() && !o.setting && !PlacesApart(o, c);
                       });
    if (!scene) {
      ++i;
      continue;
    }
    c.failed_guards.push_back("setting-of-violence");
    dropped.push_back(std::move(c));
    kept.erase(kept.begin() + static_cast<long>(i));
  }
}

}  // namespace

void KeepOnePerType(std::vector<Candidate>& sentence_candidates, std::vector<Candidate>& kept,
                    std::vector<Candidate>& dropped, std::string_view sentence) {
  const size_t first = kept.size();
  for (auto& c : sentence_candidates) {
    auto same = std::find_if(kept.begin() + static_cast<long>(first), kept.end(), [&](const Candidate& o) {
      const bool coordinated = (o.coordinated || c.coordinated) && o.event.place && c.event.place &&
                               o.event.place->id != c.event.place->id;
      // Two kinds of the type ("warplanes struck A, artillery shelled B");
      // one kind twice is mostly one event told along its way ("took A and
      // pushed on towards B, taking the centre": B is the way, not a take).
      const bool own_triggers = !o.coordinated && !c.coordinated &&
                                o.event.sub_event_type != c.event.sub_event_type;
      // A clash told as how a take came about is never apart from it ("fighting
      // in Kharkiv province ended with the capture of Kupiansk").
      const bool won_by = TakeWonByClash(o, c) || TakeWonByClash(c, o);
      const bool apart = !won_by && (coordinated || (own_triggers && PlacesApart(o, c)));
      return o.event.event_type == c.event.event_type && !apart;
    });
    if (same == kept.end()) {
      kept.push_back(std::move(c));
      continue;
    }
    // A place's own trigger tells it better than another trigger's
    // coordinated place ("warplanes struck A and artillery shelled B": B
    // was shelled).
    const bool better = c.coordinated != same->coordinated
                            ? same->coordinated
                            : SeizedInArrest(*same, c) ||
                                  (!SeizedInArrest(c, *same) && c.passes() && !same->passes()) ||
                                  (!SeizedInArrest(c, *same) && c.passes() == same->passes() &&
                                   (TakeWonByClash(c, *same) ||
                                    (!TakeWonByClash(*same, c) && c.trigger.weight > same->trigger.weight)));
    if (better) std::swap(*same, c);
    c.failed_guards.push_back("less-specific");
    dropped.push_back(std::move(c));
  }
  sentence_candidates.clear();
  DropDestructionOfViolence(kept, first, dropped);
  DropSettingOfViolence(kept, first, dropped);
  std::vector<Candidate*> told;
  for (size_t i = first; i < kept.size(); ++i) {
    if (!kept[i].coordinated) told.push_back(&kept[i]);
  }
  std::sort(told.begin(), told.end(),
            [](const Candidate* a, const Candidate* b) { return a->trigger.begin < b->trigger.begin; });
  ShareCounts(told, sentence);
}

}  // namespace sitrep::events
