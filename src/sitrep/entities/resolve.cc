// Ranking: which entry a name refers to in this document. A place's prior adds
// up curated status, population (a division's counted a tenth), prominence (a
// city of millions), feature type, agreement with the document's
// dominant country, a feature cue next to the name ("空軍基地" -> an air base)
// and nearness to places already linked. The fuzzy search compares a name's
// phonetic form with every curated place and with the gazetteer places of the
// countries the document is about — a few thousand comparisons, not 200k.
#include <algorithm>
#include <cmath>

#include "sitrep/entities/linker_internal.h"

namespace sitrep::entities {
namespace {

struct PlaceFacts {
  std::string id, country, feature;
  double lat = 0, lon = 0;
  uint32_t population = 0;
  bool curated = false;
};

PlaceFacts Facts(const EntityLinker::Impl& impl, const Target& t) {
  PlaceFacts f;
  if (t.kind == TargetKind::kPlace) {
    const kb::Place& p = impl.kb->places()[t.index];
    f = {p.id, p.country, p.feature, p.lat, p.lon, p.population, true};
  } else {
    const kb::PlaceView v = impl.kb->gazetteer()->Place(t.index);
    f = {"geonames:" + std::to_string(v.geonames_id), std::string(v.country), std::string(v.feature),
         v.lat, v.lon, v.population, false};
  }
  return f;
}

}  // namespace

const std::vector<EntityLinker::Impl::PhoneticName>& EntityLinker::Impl::CountryForms(
    const std::string& cc) const {
  std::lock_guard<std::mutex> lock(forms_mu);
  auto& slot = country_forms[cc];
  if (!slot) {
    slot = std::make_unique<std::vector<PhoneticName>>();
    if (const kb::Gazetteer* g = kb->gazetteer()) {
      auto [b, e] = g->CountryRange(cc);
      e = std::min(e, b + 4000);
      for (uint32_t i = b; i < e; ++i) {
        std::string form = PhoneticForm(g->Place(i).name);
        std::string skeleton = Skeleton(form);
        slot->push_back({std::move(form), std::move(skeleton)});
      }
    }
  }
  return *slot;
}

std::string DocContext::Dominant() const {
  std::string best;
  double w = 0;
  for (const auto& [cc, weight] : country_weight) {
    if (weight > w) {
      best = cc;
      w = weight;
    }
  }
  return best;
}

double DistanceKm(double lat1, double lon1, double lat2, double lon2) {
  constexpr double kRad = M_PI / 180.0;
  const double dlat = (lat2 - lat1) * kRad, dlon = (lon2 - lon1) * kRad;
  const double h = std::sin(dlat / 2) * std::sin(dlat / 2) +
                   std::cos(lat1 * kRad) * std::cos(lat2 * kRad) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 6371.0 * 2 * std::asin(std::min(1.0, std::sqrt(h)));
}

document::EntityRef TargetRef(const EntityLinker::Impl& impl, const Target& t) {
  const kb::KnowledgeBase& kb = *impl.kb;
  switch (t.kind) {
    case TargetKind::kPlace: return kb.PlaceRef(kb.places()[t.index]);
    case TargetKind::kGazPlace: return kb.PlaceRef(kb.gazetteer()->Place(t.index));
    case TargetKind::kCountry: return kb.CountryRef(kb.countries()[t.index]);
    case TargetKind::kActor: return kb.ActorRef(kb.actors()[t.index]);
    case TargetKind::kGeneric: break;
  }
  return {};
}

double PlacePrior(const EntityLinker::Impl& impl, const Target& t, const DocContext& ctx,
                  std::string_view cue) {
  const PlaceFacts f = Facts(impl, t);
  double s = f.curated ? 0.15 : 0.0;
  // A division's population is the sum of its towns: counted a tenth, so that a
  // city wins over its same-named province ("Aleppo", "New York") unless a cue says otherwise.
  const double population = f.feature == "ADM1" ? f.population / 10.0 : f.population;
  s += std::min(0.25, std::log10(population + 1.0) / 7.0 * 0.25);
  // Prominence: a large city is what a bare name means unless the document
  // strongly says otherwise ("London", "Rome" in a US story).
  if (f.feature.rfind("PPL", 0) == 0) s += 0.3 * std::clamp((std::log10(f.population + 1.0) - 5.5) / 1.5, 0.0, 1.0);
  if (f.feature == "PPLC") s += 0.1;
  else if (f.feature == "PPLA") s += 0.08;
  else if (f.feature == "PPLA2") s += 0.04;
  const std::string dominant = ctx.Dominant();
  if (!dominant.empty() && f.country == dominant) s += 0.35;
  else if (ctx.country_weight.count(f.country)) s += 0.2;
  if (!cue.empty()) {
    if (f.feature.rfind(cue, 0) == 0) s += 0.2;
    else if (cue == "ADM" && f.feature == "PPLA") s += 0.1;
    else if (cue == "PPL" && f.feature.rfind("PPL", 0) == 0) s += 0.05;
  }
  for (const auto& [lat, lon] : ctx.linked_points) {
    if (DistanceKm(lat, lon, f.lat, f.lon) < 150) {
      s += 0.1;
      break;
    }
  }
  return s;
}

std::optional<Resolved> ResolveTargets(const EntityLinker::Impl& impl,
                                       const std::vector<Target>& targets, const DocContext& ctx,
                                       std::string_view cue) {
  const kb::KnowledgeBase& kb = *impl.kb;
  const std::string dominant = ctx.Dominant();
  auto make = [&](const Target& t, document::MentionKind kind) {
    Resolved r;
    r.entity = TargetRef(impl, t);
    r.kind = kind;
    r.method = t.canonical ? "exact" : "alias";
    r.score = t.canonical ? 1.0 : 0.95;
    return r;
  };
  for (const Target& t : targets) {
    if (t.kind != TargetKind::kCountry) continue;
    // The division of the dominant country wins over a foreign country of that
    // name the document does not otherwise mention ("Georgia" in a US story).
    const std::string& code = kb.countries()[t.index].code;
    for (const Target& d : targets) {
      if (d.kind != TargetKind::kGazPlace || dominant.empty() || dominant == code) continue;
      const kb::PlaceView v = kb.gazetteer()->Place(d.index);
      auto own = ctx.country_weight.find(code);
      if (v.feature == "ADM1" && v.country == dominant && (own == ctx.country_weight.end() || own->second <= 0)) {
        Resolved r = make(d, document::MentionKind::kPlace);
        r.reason = "division of " + dominant;
        return r;
      }
    }
    return make(t, document::MentionKind::kCountry);
  }
  const Target* actor = nullptr;
  for (const Target& t : targets) {
    if (t.kind != TargetKind::kActor) continue;
    const kb::Actor& a = kb.actors()[t.index];
    if (!actor || (a.country == dominant && kb.actors()[actor->index].country != dominant)) actor = &t;
  }
  if (actor) {
    const bool person = kb.actors()[actor->index].kind == kb::ActorKind::kPerson;
    return make(*actor, person ? document::MentionKind::kPerson : document::MentionKind::kActor);
  }
  const Target* best = nullptr;
  double best_prior = -1;
  for (const Target& t : targets) {
    if (t.kind != TargetKind::kPlace && t.kind != TargetKind::kGazPlace) continue;
    const double p = PlacePrior(impl, t, ctx, cue);
    if (p > best_prior) {
      best = &t;
      best_prior = p;
    }
  }
  if (best) {
    Resolved r = make(*best, document::MentionKind::kPlace);
    r.reason = "prior " + std::to_string(best_prior).substr(0, 4);
    return r;
  }
  for (const Target& t : targets) {
    if (t.kind != TargetKind::kGeneric) continue;
    const kb::GenericTerm& g = kb.generic_terms()[t.index];
    // "政権力", "regime forces": a government followed by a forces word is its army.
    const std::string role = cue == "FORCES" && g.role == "government" ? "government_forces" : g.role;
    if (const kb::Actor* a = kb.GenericActor(role, dominant)) {
      Resolved r;
      r.entity = kb.ActorRef(*a);
      r.kind = document::MentionKind::kActor;
      r.method = "context";
      r.score = 0.8;
      r.reason = "generic '" + role + "' in a document about " + dominant;
      return r;
    }
  }
  return std::nullopt;
}

std::vector<Resolved> FuzzyPlaces(const EntityLinker::Impl& impl, const std::vector<std::string>& queries,
                                  const DocContext& ctx, std::string_view cue, size_t limit) {
  constexpr double kPriorWeight = 0.3, kVariantPenalty = 0.05;
  struct Scored {
    Target t;
    double sim, final;
  };
  std::vector<Scored> scored;
  std::vector<std::string> query_skeletons;
  for (const auto& q : queries) query_skeletons.push_back(Skeleton(q));
  auto consider = [&](const Target& t, const std::vector<std::string>& forms,
                      const std::vector<std::string>& skeletons) {
    if (!cue.empty() && cue != "PERSON" && t.kind != TargetKind::kActor) {
      // A feature cue ("…空軍基地", "… District") rules out places of another kind; towns may host anything.
      const std::string feature = TargetRef(impl, t).feature;
      if (feature.rfind(cue, 0) != 0 && feature.rfind("PPL", 0) != 0) return;
    }
    double sim = 0;
    for (size_t qi = 0; qi < queries.size(); ++qi) {
      for (size_t fi = 0; fi < forms.size(); ++fi) {
        const double raw = PhoneticSimilarity(queries[qi], query_skeletons[qi], forms[fi],
                                              skeletons[fi], 0.5);
        sim = std::max(sim, raw - (qi ? kVariantPenalty : 0.0));
      }
    }
    if (sim < 0.5) return;
    const double prior = t.kind == TargetKind::kActor ? 0.3 : PlacePrior(impl, t, ctx, cue);
    scored.push_back({t, sim, sim + kPriorWeight * prior});
  };
  for (const auto& pf : impl.curated_forms) consider(pf.target, pf.forms, pf.skeletons);
  if (const kb::Gazetteer* g = impl.kb->gazetteer()) {
    std::vector<std::pair<double, std::string>> countries;
    for (const auto& [cc, w] : ctx.country_weight) countries.push_back({w, cc});
    std::sort(countries.rbegin(), countries.rend());
    if (countries.size() > 3) countries.resize(3);
    const char head = queries[0].empty() ? 0 : queries[0][0];
    const std::string head_skeleton = query_skeletons[0].substr(0, 1);
    for (const auto& [w, cc] : countries) {
      const uint32_t b = g->CountryRange(cc).first;
      const auto& all = impl.CountryForms(cc);
      for (uint32_t k = 0; k < all.size(); ++k) {
        const std::string& form = all[k].form;
        // Cheap filter before the edit distance: similar length, and the same
        // first consonant class for names of any length (curated places, which
        // carry the known garbles, are compared without it).
        if (form.empty() || form.size() + 4 < queries[0].size() || queries[0].size() + 4 < form.size()) continue;
        if (form[0] != head && all[k].skeleton.substr(0, 1) != head_skeleton) continue;
        double best = 0;
        for (size_t qi = 0; qi < queries.size(); ++qi) {
          best = std::max(best, PhoneticSimilarity(queries[qi], query_skeletons[qi], form,
                                                   all[k].skeleton, 0.5));
        }
        if (best < 0.5) continue;  // consider() would reject it too
        const kb::PlaceView v = g->Place(b + k);
        if (impl.kb->CuratedByGeonamesId(v.geonames_id)) continue;  // compared as curated
        consider({TargetKind::kGazPlace, b + k}, {form}, {all[k].skeleton});
      }
    }
  }
  std::sort(scored.begin(), scored.end(), [](const Scored& a, const Scored& b) { return a.final > b.final; });
  std::vector<Resolved> out;
  for (const auto& s : scored) {
    if (out.size() >= limit) break;
    Resolved r;
    r.entity = TargetRef(impl, s.t);
    bool dup = false;
    for (const auto& o : out) {
      dup |= o.entity.id == r.entity.id;
      if (o.entity.lat && r.entity.lat) {
        dup |= DistanceKm(*o.entity.lat, *o.entity.lon, *r.entity.lat, *r.entity.lon) < 10;
      }
    }
    if (dup) continue;
    r.kind = s.t.kind == TargetKind::kActor ? document::MentionKind::kActor : document::MentionKind::kPlace;
    r.score = s.sim;
    r.rank = s.final;
    r.method = "translit";
    r.reason = "phonetic " + std::to_string(s.sim).substr(0, 4) + ", ranked " + std::to_string(s.final).substr(0, 4);
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace sitrep::entities
