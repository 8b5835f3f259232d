// Merging within a document: the candidates that report one real event — a
// headline, its lead, a toll in the next sentence, a quote, a later recap —
// become one record with every sentence as evidence.
//
// Design: three phases. Reports of the body that name a place are taken in
// text order; each joins the most compatible record so far or starts one. A
// report that names no place then joins the nearest compatible record before
// it, so that a vague report never gathers distinct events around itself.
// Headlines come last (a headline summarises the body): each joins the record,
// placed or not, it fits best, the earliest of equals. Compatibility is a score over named criteria, any of which can
// veto: the event types (the same type; a generic report — a killing, an
// "attack" — with any violent one; property damage with the strike that
// caused it), the places (the same, one unknown, or one containing the
// other), the dates (overlapping, or one only guessed from the publication
// date), the attackers (the same, one unknown or generic, or the two sides of
// one clash, unless the attacker of civilians is the clash's target),
// negation and contradiction (one source asserts what another denies: two
// records). A report whose sentence announces another event ("In
// a separate incident,", "これとは別に") joins no record begun before it. The merged record takes each field from its most
// informative report: the type from the most specific trigger (then ACLED's
// severity), the most precise place, a stated date over a guessed one, a
// named actor over a generic one, the highest daily toll (restatements are
// not summed; cumulative tolls never count), every claim.
#include "sitrep/events/event_merge_internal.h"

#include <algorithm>

namespace sitrep::events {
namespace {

using document::Event;

constexpr int kVeto = -1;
constexpr int kSameSubType = 3, kSameEventType = 1;
constexpr int kSamePlace = 4, kContainedPlace = 1;
constexpr int kSameDate = 2;
constexpr int kSameActor = 2;
constexpr int kAttachWindow = 3;  // sentences a placeless report looks back for its event
// Sentences a report looks back for a record to join. A news report is far
// shorter (a long read has ~150 sentences), so the reach changes nothing
// there; a document of thousands of report lines (a pasted feed, a log)
// merges in linear time instead of comparing every line with every record.
constexpr int kMergeReach = 300;

bool Violent(const std::string& event_type) {
  return event_type == "Battles" || event_type == "Explosions/Remote violence" ||
         event_type == "Violence against civilians";
}

bool IsGenericActor(const std::optional<document::ActorRef>& a) {
  return !a || a->id.rfind("generic:", 0) == 0;
}

// True when the candidate's type comes from a generic report: a killing or
// a bare "attack", whose kind the other reports of the event tell.
bool GenericType(const Candidate& c) {
  return c.trigger.role_class == "@kill" || c.trigger.role_class == "@attack" ||
         c.trigger.role_class == "@death";
}

// Damage reported beside a strike or shelling ("a monastery was destroyed")
// is its consequence, not another event; looting beside an attack is not.
bool Consequence(const Candidate& c) {
  return c.event.sub_event_type == "Looting/property destruction" && !c.event.actor1;
}

bool DemonstrationTurnedViolent(const Event& protest, const Event& riot) {
  return protest.event_type == "Protests" && riot.event_type == "Riots";
}

int TypeScore(const Candidate& a, const Candidate& b) {
  const Event &x = a.event, &y = b.event;
  if (x.sub_event_type == y.sub_event_type) return kSameSubType;
  if (x.event_type == y.event_type && x.event_type != "Strategic developments") return kSameEventType;
  if (Violent(x.event_type) && Violent(y.event_type) && (GenericType(a) || GenericType(b))) return 0;
  // A demonstration that turned violent is one event, told as a protest and
  // as a riot ("protesters attacked the embassies … before police fired tear
  // gas").
  if (DemonstrationTurnedViolent(x, y) || DemonstrationTurnedViolent(y, x)) return 0;
  const char* kRemote = "Explosions/Remote violence";
  if ((Consequence(a) && y.event_type == kRemote) || (Consequence(b) && x.event_type == kRemote)) return 0;
  return kVeto;
}

bool Contains(const document::PlaceRef& wide, const document::PlaceRef& narrow) {
  if (wide.geo_precision < 3 || wide.country.empty() || wide.country != narrow.country) return false;
  const bool country_level = wide.id.rfind("country:", 0) == 0 || wide.admin1.empty();
  return country_level || wide.name == narrow.admin1 || wide.admin1 == narrow.admin1;
}

int PlaceScore(const Candidate& a, const Candidate& b, bool need_place) {
  const auto &x = a.event.place, &y = b.event.place;
  if (!x || !y) return need_place ? kVeto : 0;
  if (x->id == y->id) return kSamePlace;
  if (Contains(*x, *y) || Contains(*y, *x)) return kContainedPlace;
  return kVeto;
}

int HeadlinePlaceScore(const Candidate& a, const Candidate& b) {
  const auto &x = a.event.place, &y = b.event.place;
  if (!x || !y) return 0;
  if (x->id == y->id) return kSamePlace;
  // A sea or a region across borders ("in the Red Sea", "紅海で") lies in no
  // country: it cannot contradict the body's town.
  if (x->country.empty() || y->country.empty()) return 0;
  return x->country == y->country ? 0 : kVeto;
}

int DateScore(const Candidate& a, const Candidate& b) {
  if (!a.has_timex || !b.has_timex || !a.event.date || !b.event.date) return 0;
  const std::string ae = a.event.date_end.value_or(*a.event.date);
  const std::string be = b.event.date_end.value_or(*b.event.date);
  return *a.event.date <= be && *b.event.date <= ae ? kSameDate : kVeto;
}

// "Military Forces of Myanmar" and "Government of Myanmar" (the junta) are
// one side: state actors named after the same country.
bool SameState(const document::ActorRef& a, const document::ActorRef& b) {
  if (a.inter != 1 || b.inter != 1) return false;
  const size_t pa = a.name.rfind(" of "), pb = b.name.rfind(" of ");
  return pa != std::string::npos && pb != std::string::npos &&
         a.name.substr(pa) == b.name.substr(pb);
}

int ActorScore(const Candidate& a, const Candidate& b) {
  const Event &x = a.event, &y = b.event;
  if (IsGenericActor(x.actor1) || IsGenericActor(y.actor1)) return 0;
  if (x.actor1->id == y.actor1->id) return kSameActor;
  if (SameState(*x.actor1, *y.actor1)) return 0;
  // One clash seen from each side: "the army repelled an RSF attack".
  const bool crossed = (x.actor2 && x.actor2->id == y.actor1->id) ||
                       (y.actor2 && y.actor2->id == x.actor1->id);
  return crossed ? 0 : kVeto;
}

// "Rebels shot dead two teachers. Troops later clashed with the rebels": the
// attacker of civilians is the target of the clash — two events, not one
// clash seen from two sides (whatever their actors' being generic).
bool AttackerTurnedTarget(const Event& attack, const Event& clash) {
  return attack.event_type == "Violence against civilians" && clash.event_type == "Battles" &&
         attack.actor1 && clash.actor2 && attack.actor1->id == clash.actor2->id &&
         (!clash.actor1 || clash.actor1->id != attack.actor1->id);
}

bool DeniedOnly(const Event& e) {
  return !e.claims.empty() && std::all_of(e.claims.begin(), e.claims.end(), [](const auto& c) {
    return c.stance == document::Stance::kDenies;
  });
}

// A report one source asserts and another denies stays two records, so that
// each says who claims what.
bool Contradicts(const Event& a, const Event& b) {
  return !a.claims.empty() && !b.claims.empty() && DeniedOnly(a) != DeniedOnly(b);
}

// The merge criteria, summed; kVeto when any vetoes.
int Compatibility(const Candidate& into, const Candidate& c) {
  if (into.event.negated != c.event.negated) return kVeto;
  if (Contradicts(into.event, c.event)) return kVeto;
  if (AttackerTurnedTarget(into.event, c.event) || AttackerTurnedTarget(c.event, into.event)) return kVeto;
  int total = 0;
  const int type = TypeScore(into, c);
  // Damage is a strike's consequence only where the strike hit.
  const bool need_place = type == 0 && (Consequence(into) || Consequence(c));
  // A headline summarises: its place may be the region of the body's.
  const int place = into.headline || c.headline ? HeadlinePlaceScore(into, c)
                                                : PlaceScore(into, c, need_place);
  for (int s : {type, place, DateScore(into, c), ActorScore(into, c)}) {
    if (s == kVeto) return kVeto;
    total += s;
  }
  return total;
}

bool Territorial(const Candidate& c) {
  return c.event.sub_event_type == "Non-state actor overtakes territory" ||
         c.event.sub_event_type == "Government regains territory";
}

// The candidate whose trigger best tells the kind of event.
bool GivesType(const Candidate& a, const Candidate& b, const Ontology& ontology) {
  if (Consequence(a) != Consequence(b)) return !Consequence(a);
  // A demonstration that turned violent is coded as the riot, whatever
  // trigger told the violence ("protesters attacked…": a bare attack).
  if (DemonstrationTurnedViolent(b.event, a.event)) return true;
  if (DemonstrationTurnedViolent(a.event, b.event)) return false;
  if (GenericType(a) != GenericType(b)) return !GenericType(a);
  if (Violent(a.event.event_type) != Violent(b.event.event_type)) return Violent(a.event.event_type);
  // ACLED codes the fighting that changes who holds a place as the change.
  if (Territorial(a) != Territorial(b)) return Territorial(a);
  if (a.trigger.weight != b.trigger.weight) return a.trigger.weight > b.trigger.weight;
  const SubEventInfo* sa = ontology.Find(a.event.sub_event_type);
  const SubEventInfo* sb = ontology.Find(b.event.sub_event_type);
  return !(sa && sb && sa->severity > sb->severity);
}

void TakeType(Candidate& into, Candidate& from) {
  std::swap(into.event.event_type, from.event.event_type);
  std::swap(into.event.sub_event_type, from.event.sub_event_type);
  std::swap(into.event.evidence, from.event.evidence);
  std::swap(into.trigger, from.trigger);
}

void Absorb(Candidate& into, Candidate&& from, const Ontology& ontology) {
  Event &e = into.event, &f = from.event;
  into.trace.push_back("merged with the report in sentence " + std::to_string(from.sentence + 1) +
                       " ('" + f.evidence.trigger + "', " + f.sub_event_type + ")");
  if (GivesType(from, into, ontology) && !GivesType(into, from, ontology)) TakeType(into, from);
  e.restatements.push_back(f.evidence);
  into.definite = into.definite && from.definite;
  for (auto& r : f.restatements) e.restatements.push_back(std::move(r));
  // A report's actor1 that is the record's own opponent fills nothing: the
  // side told as fought ("ウクライナ軍との戦闘の末に制圧") does not become the
  // taker because its statement ("戦闘が続いている") is merged in.
  const bool opponent = f.actor1 && e.actor2 && f.actor1->id == e.actor2->id;
  if (IsGenericActor(e.actor1) && f.actor1 && !opponent && (!e.actor1 || !IsGenericActor(f.actor1)))
    e.actor1 = f.actor1;
  for (auto& a : f.assoc_actor1) {
    const bool dup = std::any_of(e.assoc_actor1.begin(), e.assoc_actor1.end(),
                                 [&](const auto& o) { return o.id == a.id; });
    if (!dup) e.assoc_actor1.push_back(std::move(a));
  }
  // An associate is never actor1 itself (one report's actor1 may be another's associate).
  std::erase_if(e.assoc_actor1, [&](const auto& a) { return e.actor1 && a.id == e.actor1->id; });
  if (IsGenericActor(e.actor2) && f.actor2 && (!e.actor2 || !IsGenericActor(f.actor2))) e.actor2 = f.actor2;
  if (f.place && (!e.place || f.place->geo_precision < e.place->geo_precision)) {
    e.place = f.place;
    into.subnational_place = from.subnational_place;
  }
  if (f.date && (!e.date || (!into.has_timex && from.has_timex))) {
    e.date = f.date;
    e.date_end = f.date_end;
    e.time_precision = f.time_precision;
    into.has_timex = from.has_timex;
  }
  for (auto& c : f.counts) {
    const bool dup = std::any_of(e.counts.begin(), e.counts.end(), [&](const auto& o) {
      return o.what == c.what && o.value == c.value && o.text == c.text;
    });
    if (!dup) e.counts.push_back(std::move(c));
  }
  const long toll = DailyFatalities(e.counts);
  if (toll >= 0) e.fatalities = toll;
  for (auto& c : f.claims) {
    const bool dup = std::any_of(e.claims.begin(), e.claims.end(), [&](const auto& o) {
      return o.source.id == c.source.id && o.stance == c.stance;
    });
    if (!dup) e.claims.push_back(std::move(c));
  }
  e.confidence = std::max(e.confidence, f.confidence);
  for (auto& t : from.trace) into.trace.push_back("  " + t);
}

}  // namespace

namespace {

// True when `c`'s sentence announces another event ("In a separate
// incident,") and record `o` began before it: they are two events whatever
// else they share.
bool AnnouncedApart(const Candidate& o, const Candidate& c) {
  return c.separate && !c.headline && o.sentence < c.sentence;
}

}  // namespace

bool SameEvent(const Candidate& a, const Candidate& b) { return Compatibility(a, b) != kVeto; }

bool PlacesApart(const Candidate& a, const Candidate& b) {
  return a.event.place && b.event.place && PlaceScore(a, b, true) == kVeto;
}

void MergeRepeats(std::vector<Candidate>& candidates, const Ontology& ontology) {
  std::vector<Candidate> records, loose, headlines;
  // Phase 1: placed reports of the body in text order; each joins the most
  // compatible record within reach or starts one. Records stay in the order
  // of their first sentence, so those out of reach are a prefix.
  size_t in_reach = 0;
  for (auto& c : candidates) {
    if (c.headline) {
      headlines.push_back(std::move(c));
      continue;
    }
    if (!c.event.place) {
      loose.push_back(std::move(c));
      continue;
    }
    while (in_reach < records.size() && c.sentence - records[in_reach].sentence > kMergeReach)
      ++in_reach;
    Candidate* best = nullptr;
    int best_score = kVeto;
    for (size_t i = in_reach; i < records.size(); ++i) {
      Candidate& o = records[i];
      if (AnnouncedApart(o, c)) continue;
      const int score = Compatibility(o, c);
      if (score > best_score) best = &o, best_score = score;
    }
    if (best) Absorb(*best, std::move(c), ontology);
    else records.push_back(std::move(c));
  }
  // Phase 2: a report that names no place ("at least 17 were killed") joins
  // the nearest compatible record before it; it never gathers others around
  // itself.
  std::stable_sort(loose.begin(), loose.end(), [](const Candidate& a, const Candidate& b) {
    return a.sentence < b.sentence;
  });
  std::vector<Candidate> alone;
  for (auto& c : loose) {
    Candidate* best = nullptr;
    // Only the records begun in the attach window can take it (records are
    // in sentence order here).
    auto o = std::lower_bound(records.begin(), records.end(), c.sentence - kAttachWindow,
                              [](const Candidate& r, int sentence) { return r.sentence < sentence; });
    for (; o != records.end() && o->sentence <= c.sentence; ++o) {
      if (AnnouncedApart(*o, c) || Compatibility(*o, c) == kVeto) continue;
      if (!best || o->sentence > best->sentence) best = &*o;
    }
    // None before: the next sentence may open on it ("Militants attacked an
    // army post on Wednesday. The assault on the post in Karimama was
    // claimed by JNIM"): the record it begins tells this event, placed.
    if (!best) {
      for (auto& r : records) {
        if (r.sentence != c.sentence + 1 || !r.opens_on_known_event || r.separate) continue;
        if (Compatibility(r, c) != kVeto) best = &r;
        break;
      }
    }
    if (best) Absorb(*best, std::move(c), ontology);
    else alone.push_back(std::move(c));
  }
  for (auto& c : alone) records.push_back(std::move(c));
  std::stable_sort(records.begin(), records.end(), [](const Candidate& a, const Candidate& b) {
    return a.sentence < b.sentence;
  });
  // Phase 3: a headline summarises the body: it joins the record it fits best
  // — placed or not (a lead whose place the gazetteer does not know) — and of
  // equals the earliest, the lead's; it never lands on a later event of
  // another kind because the lead named no known town.
  for (auto& c : headlines) {
    Candidate* best = nullptr;
    int best_score = kVeto;
    for (auto& o : records) {
      const int score = Compatibility(o, c);
      if (score > best_score) best = &o, best_score = score;
    }
    if (best) Absorb(*best, std::move(c), ontology);
    else records.push_back(std::move(c));
  }
  std::stable_sort(records.begin(), records.end(), [](const Candidate& a, const Candidate& b) {
    return a.sentence < b.sentence;
  });
  candidates = std::move(records);
}

}  // namespace sitrep::events
