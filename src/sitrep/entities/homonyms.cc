// Homonyms resolved with the whole document. The linking steps rank a name's
// places while the document is still being read: "London" is linked before the
// story says "Ontario", so a Canadian story gets the English capital. This pass
// runs after every step, when all of the document's places and countries are
// known, and ranks each place name's candidates again by what the rest of the
// document says: a qualifier right after the name ("Paris, Texas", "Tripoli
// (Lebanon)"), the division a candidate lies in named elsewhere, the share of
// the other places and countries in its country, linked places near it, and the
// outlet's country (its web address's country domain) — before population,
// which PlacePrior (without document context) still counts. The mentions with
// the same name are left out of the evidence, so a name never votes for itself.
// A candidate replaces the steps' choice only when it wins by a margin.
#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "sitrep/entities/linking_steps_internal.h"

namespace sitrep::entities {
namespace {

// The weights of the document's evidence, added to a candidate's context-free
// PlacePrior (population, feature, curated status: at most about 1.0). Chosen so
// that one piece of explicit evidence outweighs the prominence of a capital
// (London GB 0.64 vs London CA 0.21 without context) and checked on GeoWebNews.
//
// "X, Texas" / "X (Lebanon)": the text itself names the candidate's division or country.
constexpr double kQualifierWeight = 1.0;
// Another mention is the candidate's first-level division ("Ontario" for London CA).
constexpr double kSameDivisionWeight = 0.4;
// Below kVillagePopulation a namesake of a city of kProminentPopulation ("London",
// California, 1,869) takes the division's and the country's evidence only in part
// (kVillageFactor): a village is rarely what a story means by a world city's name
// unless the text qualifies it. A division counts a tenth of its people, as in PlacePrior.
constexpr uint32_t kVillagePopulation = 10000;
constexpr uint32_t kProminentPopulation = 1000000;
constexpr double kVillageFactor = 0.25;
// Times the share of the other places and countries that lie in the candidate's country.
constexpr double kCountryShareWeight = 0.35;
// Another linked town or site (not a division) lies within kNearKm: stories are about one area.
constexpr double kNearWeight = 0.15;
constexpr double kNearKm = 150;
// The outlet's own country (a .ca, .co.uk, .lb address): weak, outlets report abroad.
constexpr double kOutletWeight = 0.15;
// A candidate must beat the steps' choice by this much to replace it.
constexpr double kSwitchMargin = 0.1;

struct Evidence {
  std::map<std::string, int> country_mentions;  // country -> linked places/countries in it
  int total = 0;
  std::set<std::pair<std::string, std::string>> divisions;  // (country, folded ADM1 name) named
  std::vector<std::pair<double, double>> points;
};

// Returns the document's evidence, leaving out the mentions whose folded surface is `key`.
Evidence Collect(const State& s, const std::string& key) {
  Evidence ev;
  for (const Found& f : s.found) {
    if (!f.r || f.r->nationality || f.r->entity.country.empty()) continue;
    const auto kind = f.r->kind;
    if (kind != document::MentionKind::kPlace && kind != document::MentionKind::kCountry) continue;
    if (kb::NameKey(s.text.substr(f.begin, f.end - f.begin)) == key) continue;
    const document::EntityRef& e = f.r->entity;
    ++ev.country_mentions[e.country];
    ++ev.total;
    if (kind == document::MentionKind::kPlace) {
      if (e.feature == "ADM1") ev.divisions.insert({e.country, kb::NameKey(e.name)});
      // A division's point is its middle, which says nothing of what lies near it.
      if (e.lat && e.feature.rfind("ADM", 0) != 0) ev.points.push_back({*e.lat, *e.lon});
    }
  }
  return ev;
}

// Returns the folded word or words right after a name that qualify it: ", Texas",
// " (Lebanon)", ", Ontario," — up to the next comma, parenthesis or sentence end.
std::string QualifierAfter(std::string_view text, size_t end) {
  size_t p = end;
  if (p < text.size() && (text[p] == ',' || text[p] == '(')) ++p;
  else return "";
  while (p < text.size() && text[p] == ' ') ++p;
  size_t q = p;
  while (q < text.size() && q - p < 40 && std::string_view(",.;:()\n").find(text[q]) == std::string_view::npos) ++q;
  if (q == p || !(text[p] >= 'A' && text[p] <= 'Z')) return "";
  return kb::NameKey(text.substr(p, q - p));
}

// Returns the ISO country of the outlet from the document's web address
// ("https://www.cbc.ca/news/..." -> "CA"), or "" for generic domains.
std::string OutletCountry(const document::Document& doc) {
  std::string_view url = !doc.url.empty() ? std::string_view(doc.url) : std::string_view(doc.source);
  const size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return "";
  url.remove_prefix(scheme + 3);
  url = url.substr(0, url.find_first_of("/:?#"));
  const size_t dot = url.rfind('.');
  if (dot == std::string_view::npos || url.size() - dot != 3) return "";
  std::string tld(url.substr(dot + 1));
  // Country domains sold as generic names say nothing of the outlet's country.
  static const std::set<std::string> kGenericCountryDomains = {"co", "io", "tv", "me", "fm", "ai", "ly", "to", "cc", "ws"};
  if (kGenericCountryDomains.count(tld)) return "";
  if (tld == "uk") return "GB";
  for (char& c : tld) c = static_cast<char>(c - 'a' + 'A');
  return tld;
}

// Returns the place candidates of a folded name: the dictionary's and the gazetteer's, once each.
std::vector<Target> PlaceCandidates(const EntityLinker::Impl& impl, const std::string& key) {
  std::vector<Target> out;
  if (const auto* targets = impl.index.Lookup(key)) {
    for (const Target& t : *targets) {
      if (t.kind == TargetKind::kCountry || t.kind == TargetKind::kActor) return {};  // not only a place
      if (t.kind == TargetKind::kPlace || t.kind == TargetKind::kGazPlace) out.push_back(t);
    }
  }
  for (const Target& t : GazetteerTargets(impl, key)) {
    if (std::none_of(out.begin(), out.end(), [&](const Target& o) { return o.kind == t.kind && o.index == t.index; })) {
      out.push_back(t);
    }
  }
  return out;
}

// Returns a target's population, a division's counted a tenth.
uint32_t Population(const State& s, const Target& t) {
  if (t.kind == TargetKind::kPlace) {
    const kb::Place& p = s.impl.kb->places()[t.index];
    return p.feature == "ADM1" ? p.population / 10 : p.population;
  }
  const kb::PlaceView v = s.impl.kb->gazetteer()->Place(t.index);
  return v.feature == "ADM1" ? v.population / 10 : v.population;
}

// Returns true when the target bears the name as its own (not only as an alternate name).
bool OwnName(const State& s, const Target& t, const std::string& key) {
  if (t.kind == TargetKind::kPlace) return kb::NameKey(s.impl.kb->places()[t.index].name) == key;
  return kb::NameKey(s.impl.kb->gazetteer()->Place(t.index).name) == key;
}

// Returns the candidate's score in this document and why.
double DocumentScore(const State& s, const Target& t, const Evidence& ev, const std::string& qualifier,
                     const std::string& outlet, bool prominent_current, std::string* why) {
  static const DocContext kNoContext;
  const document::EntityRef e = TargetRef(s.impl, t);
  double score = PlacePrior(s.impl, t, kNoContext, "");
  const kb::Country* country = s.impl.kb->LookupCountry(e.country);
  if (!qualifier.empty()) {
    bool named = qualifier == kb::NameKey(e.admin1);
    for (size_t i = 0; country && !named && i < country->names.size(); ++i) named = qualifier == kb::NameKey(country->names[i]);
    if (named) {
      score += kQualifierWeight;
      *why += " qualified";
    }
  }
  const double factor = Population(s, t) < kVillagePopulation && prominent_current ? kVillageFactor : 1.0;
  if (!e.admin1.empty() && ev.divisions.count({e.country, kb::NameKey(e.admin1)})) {
    score += factor * kSameDivisionWeight;
    *why += " division named";
  }
  if (ev.total > 0) {
    auto it = ev.country_mentions.find(e.country);
    if (it != ev.country_mentions.end()) score += factor * kCountryShareWeight * it->second / ev.total;
  }
  if (e.lat && std::any_of(ev.points.begin(), ev.points.end(), [&](const auto& p) {
        return DistanceKm(p.first, p.second, *e.lat, *e.lon) < kNearKm;
      })) {
    score += kNearWeight;
    *why += " near";
  }
  if (!outlet.empty() && outlet == e.country) {
    score += kOutletWeight;
    *why += " outlet";
  }
  return score;
}

}  // namespace

void HomonymPass(State& s) {
  const std::string outlet = OutletCountry(s.doc);
  std::map<std::string, std::optional<std::pair<Target, std::string>>> decided;  // folded name -> switch
  for (Found& f : s.found) {
    if (!f.r || f.r->kind != document::MentionKind::kPlace || f.r->nationality) continue;
    if (f.r->method != "exact" && f.r->method != "alias") continue;
    if (f.r->entity.country.empty()) continue;  // an ocean or a region: no country's town of that name
    const std::string key = kb::NameKey(s.text.substr(f.begin, f.end - f.begin));
    const std::string qualifier = QualifierAfter(s.text, f.end);
    const std::string memo_key = key + "\t" + qualifier;
    auto it = decided.find(memo_key);
    if (it == decided.end()) {
      std::optional<std::pair<Target, std::string>> choice;
      const std::vector<Target> cands = PlaceCandidates(s.impl, key);
      if (cands.size() > 1) {
        const Evidence ev = Collect(s, key);
        const Target* best = nullptr;
        double best_score = -1, current_score = -1;
        std::string best_why;
        bool prominent_current = false;
        for (const Target& t : cands) {
          if (TargetRef(s.impl, t).id == f.r->entity.id) prominent_current |= Population(s, t) >= kProminentPopulation;
        }
        for (const Target& t : cands) {
          std::string why;
          const double sc = DocumentScore(s, t, ev, qualifier, outlet, prominent_current, &why);
          const bool current = TargetRef(s.impl, t).id == f.r->entity.id;
          if (current) current_score = std::max(current_score, sc);
          // Only a place whose own name it is may take the name over ("Riverdale" is no Glendale).
          if (!current && !OwnName(s, t, key)) continue;
          if (sc > best_score) {
            best = &t;
            best_score = sc;
            best_why = why;
          }
        }
        if (best && current_score >= 0 && TargetRef(s.impl, *best).id != f.r->entity.id &&
            best_score >= current_score + kSwitchMargin) {
          choice = {{*best, "document:" + best_why + " " + std::to_string(best_score).substr(0, 4)}};
        }
      }
      it = decided.emplace(memo_key, std::move(choice)).first;
    }
    if (!it->second) continue;
    f.r->entity = TargetRef(s.impl, it->second->first);
    f.r->reason = it->second->second;
  }
}

}  // namespace sitrep::entities
