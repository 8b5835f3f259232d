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
  std::string_view country, feature;  // views into the KB or the mapped gazetteer
  double lat = 0, lon = 0;
  uint32_t population = 0;
  bool curated = false;
};

PlaceFacts Facts(const EntityLinker::Impl& impl, const Target& t) {
  if (t.kind == TargetKind::kPlace) {
    const kb::Place& p = impl.kb->places()[t.index];
    return {p.country, p.feature, p.lat, p.lon, p.population, true};
  }
  const kb::PlaceView v = impl.kb->gazetteer()->Place(t.index);
  return {v.country, v.feature, v.lat, v.lon, v.population, false};
}

// Returns true when a place linked so far in the document lies within 150 km
// of `f`. Points are checked once per target: the answer can only turn true
// as the document links more places, so a memo of how far the list was
// checked keeps the cost linear in the document instead of quadratic.
bool NearLinkedPlace(const DocContext& ctx, const Target& t, const PlaceFacts& f) {
  if (ctx.linked_points.empty()) return false;  // nothing to be near; no memo entry
  const uint64_t key = (static_cast<uint64_t>(t.kind) << 32) | t.index;
  auto& [checked, near] = ctx.near_memo[key];
  // A latitude gap alone bounds the distance from below (6371 km per radian):
  // 1.35 degrees is over 150 km, so most points need no trigonometry.
  constexpr double kMaxLatGap = 1.35;
  for (; !near && checked < ctx.linked_points.size(); ++checked) {
    const auto& [lat, lon] = ctx.linked_points[checked];
    near = std::abs(lat - f.lat) <= kMaxLatGap && DistanceKm(lat, lon, f.lat, f.lon) < 150;
  }
  return near;
}

}  // namespace

const EntityLinker::Impl::CountryNames& EntityLinker::Impl::CountryForms(const std::string& cc) const {
  std::lock_guard<std::mutex> lock(forms_mu);
  auto& slot = country_forms[cc];
  if (!slot) {
    slot = std::make_unique<CountryNames>();
    if (const kb::Gazetteer* g = kb->gazetteer()) {
      auto [b, e] = g->CountryRange(cc);
      e = std::min(e, b + 4000);
      for (uint32_t i = b; i < e; ++i) {
        std::string form = PhoneticForm(g->Place(i).name);
        std::string skeleton = Skeleton(form);
        const uint32_t k = i - b;
        if (!form.empty()) slot->by_form_head[static_cast<unsigned char>(form[0])].push_back(k);
        if (!skeleton.empty()) slot->by_skeleton_head[static_cast<unsigned char>(skeleton[0])].push_back(k);
        const uint32_t form_mask = LetterMask(form), skeleton_mask = LetterMask(skeleton);
        slot->names.push_back({std::move(form), std::move(skeleton), form_mask, skeleton_mask});
      }
    }
  }
  return *slot;
}

namespace {

constexpr double kFuzzyFloor = 0.5, kVariantPenalty = 0.05;

// Returns the best similarity of a name's forms to the queries, later (weaker)
// queries penalized.
double BestSimilarity(const std::vector<PhoneticQuery>& queries, const std::vector<std::string>& forms,
                      const std::vector<std::string>& skeletons) {
  double sim = 0;
  for (size_t qi = 0; qi < queries.size(); ++qi) {
    for (size_t fi = 0; fi < forms.size(); ++fi) {
      const double raw = queries[qi].Similarity(forms[fi], skeletons[fi], kFuzzyFloor);
      sim = std::max(sim, raw - (qi ? kVariantPenalty : 0.0));
    }
  }
  return sim;
}

// Returns the indices of a country's names that pass the cheap filters before
// the edit distance: similar length, and the same first letter or first
// consonant class (curated places, which carry the known garbles, are
// compared without it). Ascending.
std::vector<uint32_t> FirstLetterCandidates(const EntityLinker::Impl::CountryNames& all,
                                            const PhoneticQuery& q) {
  std::vector<uint32_t> ks;
  const std::string& query = q.form();
  auto length_ok = [&](uint32_t k) {
    const std::string& form = all.names[k].form;
    return !form.empty() && form.size() + 4 >= query.size() && query.size() + 4 >= form.size();
  };
  if (query.empty() || q.skeleton().empty()) {  // no usable head: every name is a candidate
    for (uint32_t k = 0; k < all.names.size(); ++k) {
      const auto& n = all.names[k];
      if (length_ok(k) && (query.empty() ? n.form.empty() : n.form[0] == query[0] || n.skeleton.empty())) ks.push_back(k);
    }
    return ks;
  }
  const auto& a = all.by_form_head[static_cast<unsigned char>(query[0])];
  const auto& b = all.by_skeleton_head[static_cast<unsigned char>(q.skeleton()[0])];
  std::set_union(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(ks));
  std::erase_if(ks, [&](uint32_t k) { return !length_ok(k); });
  return ks;
}

}  // namespace

EntityLinker::Impl::SimilarNames EntityLinker::Impl::Similar(const std::vector<PhoneticQuery>& queries,
                                                             const std::string& cc) const {
  std::string key = cc;
  for (const auto& q : queries) key += "\t" + q.form();
  {
    std::shared_lock lock(similar_mu);
    auto it = similar_memo.find(key);
    if (it != similar_memo.end()) return it->second;
  }
  auto out = std::make_shared<std::vector<SimilarName>>();
  if (cc.empty()) {
    for (const auto& pf : CuratedForms()) {
      const double sim = BestSimilarity(queries, pf.forms, pf.skeletons);
      if (sim >= kFuzzyFloor) out->push_back({pf.target, sim});
    }
  } else if (const kb::Gazetteer* g = kb->gazetteer()) {
    const uint32_t b = g->CountryRange(cc).first;
    const CountryNames& all = CountryForms(cc);
    for (uint32_t k : FirstLetterCandidates(all, queries[0])) {
      const PhoneticName& n = all.names[k];
      double best = 0, sim = 0;
      for (size_t qi = 0; qi < queries.size(); ++qi) {
        const PhoneticQuery& q = queries[qi];
        if (!q.MayReach(n.form.size(), n.form_mask, n.skeleton.size(), n.skeleton_mask, kFuzzyFloor)) continue;
        const double raw = q.Similarity(n.form, n.skeleton, kFuzzyFloor);
        best = std::max(best, raw);
        sim = std::max(sim, raw - (qi ? kVariantPenalty : 0.0));
      }
      if (best < kFuzzyFloor) continue;
      if (kb->CuratedByGeonamesId(g->Place(b + k).geonames_id)) continue;  // compared as curated
      if (sim >= kFuzzyFloor) out->push_back({{TargetKind::kGazPlace, b + k}, sim});
    }
  }
  std::unique_lock lock(similar_mu);
  if (similar_memo.size() >= kSimilarMemoSize) similar_memo.clear();
  similar_memo.emplace(std::move(key), out);
  return out;
}

const std::string& DocContext::Dominant() const {
  if (dominant_valid_) return dominant_;
  dominant_.clear();
  double w = 0;
  for (const auto& [cc, weight] : country_weight) {
    if (weight > w) {
      dominant_ = cc;
      w = weight;
    }
  }
  dominant_valid_ = true;
  return dominant_;
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
  else if (f.feature == "ADM1") s += 0.1;  // a state or province outranks a village of its name
  const std::string& dominant = ctx.Dominant();
  if (!dominant.empty() && f.country == dominant) s += 0.35;
  else if (ctx.country_weight.count(std::string(f.country))) s += 0.2;
  if (!cue.empty()) {
    if (f.feature.rfind(cue, 0) == 0) s += 0.2;
    else if (cue == "ADM" && f.feature == "PPLA") s += 0.1;
    else if (cue == "PPL" && f.feature.rfind("PPL", 0) == 0) s += 0.05;
  }
  if (NearLinkedPlace(ctx, t, f)) s += 0.1;
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
      r.generic_role = role;
      return r;
    }
  }
  return std::nullopt;
}

std::vector<Resolved> FuzzyPlaces(const EntityLinker::Impl& impl, const std::vector<std::string>& forms,
                                  const DocContext& ctx, std::string_view cue, size_t limit) {
  constexpr double kPriorWeight = 0.3;
  struct Scored {
    Target t;
    double sim, final;
  };
  std::vector<Scored> scored;
  std::vector<PhoneticQuery> queries(forms.begin(), forms.end());
  auto consider = [&](const EntityLinker::Impl::SimilarName& n) {
    const Target& t = n.target;
    if (!cue.empty() && cue != "PERSON" && t.kind != TargetKind::kActor) {
      // A feature cue ("…空軍基地", "… District") rules out places of another kind; towns may host anything.
      const std::string_view feature = t.kind == TargetKind::kPlace ? std::string_view(impl.kb->places()[t.index].feature)
                                                                     : impl.kb->gazetteer()->Place(t.index).feature;
      if (feature.rfind(cue, 0) != 0 && feature.rfind("PPL", 0) != 0) return;
    }
    const double prior = t.kind == TargetKind::kActor ? 0.3 : PlacePrior(impl, t, ctx, cue);
    scored.push_back({t, n.sim, n.sim + kPriorWeight * prior});
  };
  // Each answer is held while it is read: the memo may drop it (another thread
  // cleared it, or stored its own copy of the same key) as soon as Similar returns.
  const EntityLinker::Impl::SimilarNames curated = impl.Similar(queries, "");
  for (const auto& n : *curated) consider(n);
  if (impl.kb->gazetteer()) {
    std::vector<std::pair<double, std::string>> countries;
    for (const auto& [cc, w] : ctx.country_weight) countries.push_back({w, cc});
    std::sort(countries.rbegin(), countries.rend());
    if (countries.size() > 3) countries.resize(3);
    for (const auto& [w, cc] : countries) {
      const EntityLinker::Impl::SimilarNames in_country = impl.Similar(queries, cc);
      for (const auto& n : *in_country) consider(n);
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
