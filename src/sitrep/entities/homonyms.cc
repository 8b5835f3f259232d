// Homonyms resolved with the whole document. The linking steps rank a name's
// places while the document is still being read: "London" is linked before the
// story says "Ontario", so a Canadian story gets the English capital. This pass
// runs after every step, when all of the document's places and countries are
// known, and ranks each place name's candidates again by what the rest of the
// document says: a qualifier right after the name ("Paris, Texas", "Tripoli
// (Lebanon)") or a country before it ("the English city of Salisbury"), the division a candidate lies in named elsewhere, the share of
// the other places and countries in its country, linked places near it, and the
// outlet's country (its web address's country domain) — before population,
// which PlacePrior (without document context) still counts. The mentions with
// the same name are left out of the evidence, so a name never votes for itself.
// A candidate replaces the steps' choice only when it wins by a margin. A wire
// dateline's bare name ("PARIS (Reuters) -") is read alone: the capital or
// world city of that name, as wire style writes no other namesake so.
#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

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
// The longest word read as a division cue before a name (in bytes; an Arabic word takes two a letter).
constexpr size_t kMaxCueWordBytes = 24;
// The longest agency in brackets after a dateline's name ("(Reuters)", "(AFP)", "(dpa-AFX)").
constexpr size_t kMaxAgencyBytes = 40;

// The document's evidence, gathered once: every linked place and country with
// its folded name, so that a name's own mentions can be left out of it by
// subtraction (a name never votes for itself) instead of a rescan of the
// document per name. Points are kept sorted by latitude, so "a linked town
// within kNearKm" looks only at the band of latitudes that can hold one.
class Evidence {
 public:
  explicit Evidence(const State& s) {
    for (const Found& f : s.found) {
      if (f.r) Add(kb::NameKey(s.text.substr(f.begin, f.end - f.begin)), *f.r, +1);
    }
    std::sort(points_.begin(), points_.end(), [](const Point& a, const Point& b) { return a.lat < b.lat; });
    sorted_ = true;
  }

  // Counts a mention's link in (sign +1) or out (-1): the pass relinks a name's
  // mentions, and the names decided after it must see the new links.
  void Add(const std::string& key, const Resolved& r, int sign) {
    if (r.nationality || r.entity.country.empty()) return;
    if (r.kind != document::MentionKind::kPlace && r.kind != document::MentionKind::kCountry) return;
    const document::EntityRef& e = r.entity;
    country_[e.country] += sign;
    key_country_[{key, e.country}] += sign;
    total_ += sign;
    key_total_[key] += sign;
    if (r.kind != document::MentionKind::kPlace) return;
    if (e.feature == "ADM1") {
      const std::string division = kb::NameKey(e.name);
      division_[{e.country, division}] += sign;
      key_division_[{key, e.country + "\t" + division}] += sign;
    }
    // A division's point is its middle, which says nothing of what lies near it.
    if (!e.lat || e.feature.rfind("ADM", 0) == 0) return;
    const Point point{*e.lat, *e.lon, key};
    if (!sorted_) {
      points_.push_back(point);
      return;
    }
    auto at = std::lower_bound(points_.begin(), points_.end(), point.lat,
                               [](const Point& p, double v) { return p.lat < v; });
    if (sign > 0) {
      points_.insert(at, point);
      return;
    }
    for (; at != points_.end() && at->lat == point.lat; ++at) {
      if (at->lon == point.lon && at->key == key) {
        points_.erase(at);
        return;
      }
    }
  }

  // Returns how many linked places and countries other than `key`'s the document has.
  int Total(const std::string& key) const { return total_ - Count(key_total_, key); }

  // Returns how many of those lie in `country`.
  int InCountry(const std::string& key, const std::string& country) const {
    return Count(country_, country) - Count(key_country_, std::pair{key, country});
  }

  // Returns true when a mention other than `key`'s names the division (country, folded ADM1 name).
  bool DivisionNamed(const std::string& key, const std::string& country, const std::string& division) const {
    return Count(division_, std::pair{country, division}) - Count(key_division_, std::pair{key, country + "\t" + division}) > 0;
  }

  // Returns true when a town linked by a mention other than `key`'s lies within `km`.
  bool PointNear(const std::string& key, double lat, double lon, double km) const {
    // A great-circle distance is at least the latitudes' difference (111.19 km a degree).
    const double band = km / kKmPerDegreeBound;
    auto it = std::lower_bound(points_.begin(), points_.end(), lat - band,
                               [](const Point& p, double v) { return p.lat < v; });
    for (; it != points_.end() && it->lat <= lat + band; ++it) {
      if (it->key != key && DistanceKm(it->lat, it->lon, lat, lon) < km) return true;
    }
    return false;
  }

 private:
  // Below the 111.19 km of a degree of latitude on DistanceKm's sphere, so the band is never too narrow.
  static constexpr double kKmPerDegreeBound = 110.0;
  struct Point {
    double lat, lon;
    std::string key;
  };
  template <typename Map, typename K>
  static int Count(const Map& m, const K& k) {
    auto it = m.find(k);
    return it == m.end() ? 0 : it->second;
  }
  std::map<std::string, int> country_;  // country -> linked places/countries in it
  std::map<std::pair<std::string, std::string>, int> key_country_;
  int total_ = 0;
  std::map<std::string, int> key_total_;
  std::map<std::pair<std::string, std::string>, int> division_;  // (country, folded ADM1 name) -> mentions
  std::map<std::pair<std::string, std::string>, int> key_division_;
  std::vector<Point> points_;
  bool sorted_ = false;
};

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

// Returns the ISO country that "<country or nationality> <place noun> of" right
// before `begin` names ("the English city of Salisbury", "the Syrian town of
// Kobani"), or "": `country_ends` maps the end of each country mention to its code.
std::string CountryBefore(const State& s, const std::map<size_t, std::string>& country_ends, size_t begin) {
  std::string_view before = s.text.substr(0, begin);
  if (!before.ends_with(" of ")) return "";
  before.remove_suffix(4);
  const size_t space = before.rfind(' ');
  if (space == std::string_view::npos) return "";
  if (!s.impl.names.place_nouns.count(kb::NameKey(before.substr(space + 1)))) return "";
  auto it = country_ends.find(space);
  return it == country_ends.end() ? "" : it->second;
}

// Returns true when the words around the mention [begin, end) make a division of
// its name the one meant: a word before or after it ("central Washington",
// "Washington state") or another division it is listed with ("California or
// Washington", "Oregon, Washington and Idaho"); the maps hold the begin and the
// end of each linked first-level division's mention.
bool DivisionCue(const State& s, const std::map<size_t, std::string>& division_ends,
                 const std::map<size_t, std::string>& division_begins, size_t begin, size_t end) {
  const NameTables& names = s.impl.names;
  size_t b = begin;
  while (b > 0 && s.text[b - 1] == ' ') --b;
  // The word before, in any script ("central Washington", "wilayah Donetsk", "مقاطعة دونيتسك");
  // a Latin one in lowercase, as a capitalised one is part of the name.
  size_t w = b;
  while (w > 0 && s.text[w - 1] != ' ' && s.text[w - 1] != '\n' && b - w < kMaxCueWordBytes) --w;
  const bool capitalised = w < b && s.text[w] >= 'A' && s.text[w] <= 'Z';
  if (w < b && b < begin && !capitalised && names.division_before.count(kb::NameKey(s.text.substr(w, b - w)))) {
    return true;
  }
  size_t a = end;
  while (a < s.text.size() && s.text[a] == ' ') ++a;
  size_t x = a;
  while (x < s.text.size() && std::isalpha(static_cast<unsigned char>(s.text[x]))) ++x;
  // The word after in either case: "Washington state", "Khartoum State", "the Kharkiv region".
  std::string word(s.text.substr(a, x - a));
  for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (a > end && x > a && (x == s.text.size() || !std::isalnum(static_cast<unsigned char>(s.text[x]))) &&
      names.division_after.count(word)) {
    return true;
  }
  // Only commas, spaces and one joiner between the two names.
  // A comma alone after the name is its qualifier ("Washington, D.C."), no list.
  auto joined = [&](size_t from, size_t to, bool comma_alone) {
    if (to < from || to - from > 8) return false;
    std::string word;
    bool comma = false;
    for (size_t i = from; i < to; ++i) {
      const char c = s.text[i];
      if (c == ',') comma = true;
      else if (c != ' ') word += c;
    }
    return word.empty() ? comma && comma_alone : names.list_joiners.count(word) > 0;
  };
  for (auto it = division_ends.upper_bound(begin > 8 ? begin - 9 : 0); it != division_ends.end() && it->first <= begin; ++it) {
    if (joined(it->first, begin, true)) return true;
  }
  for (auto it = division_begins.lower_bound(end); it != division_begins.end() && it->first <= end + 8; ++it) {
    if (joined(end, it->first, false)) return true;
  }
  return false;
}

// Returns true when `town` lies in a first-level division of its own name (its
// seat, or a town of it: Kharkiv in Kharkiv Oblast, Khartoum in Khartoum State),
// unlike Washington, D.C., which lies in no Washington state.
bool SeatOfItsNamesake(const State& s, const document::EntityRef& town, const std::string& key) {
  return town.feature.starts_with("PPL") && kb::NameKey(town.admin1) == key;
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

// Returns true when the mention [begin, end) is a wire dateline's name without a
// qualifier: it opens a line (or, in capitals, a sentence), and after it come at most an agency in brackets
// and a dash ("PARIS (Reuters) -", "WASHINGTON —"). Wire style writes a city
// alone there only when it needs no state or country after it — a capital or
// a world city; the namesake gets one ("ATHENS, Ga. (AP) —", which the
// qualifier reads).
bool BareDateline(std::string_view text, size_t begin, size_t end) {
  size_t i = begin;
  while (i > 0 && (text[i - 1] == ' ' || text[i - 1] == '\t')) --i;
  // A line's start, or a sentence's when the name is in capitals (stories run together in one text).
  const bool capitals = std::none_of(text.begin() + begin, text.begin() + end, [](char c) { return c >= 'a' && c <= 'z'; });
  if (i > 0 && text[i - 1] != '\n' && !(capitals && i < begin && std::string_view(".!?\"").find(text[i - 1]) != std::string_view::npos)) {
    return false;
  }
  size_t p = end;
  auto skip_spaces = [&] { while (p < text.size() && text[p] == ' ') ++p; };
  skip_spaces();
  if (p < text.size() && text[p] == '(') {
    const size_t close = text.find(')', p);
    if (close == std::string_view::npos || close - p > kMaxAgencyBytes) return false;
    p = close + 1;
    skip_spaces();
  }
  const std::string_view rest = text.substr(p);
  return rest.starts_with("-") || rest.starts_with("\u2013") || rest.starts_with("\u2014");
}

// Returns the candidate a bare dateline name means: the one of highest
// context-free prior among the towns whose own name it is that are a capital
// or a city of kProminentPopulation; nullptr when none is.
const Target* DatelineNamesake(const State& s, const std::vector<Target>& cands, const std::string& key) {
  const DocContext no_context;
  const Target* best = nullptr;
  double best_prior = -1;
  for (const Target& t : cands) {
    if (!OwnName(s, t, key)) continue;
    const document::EntityRef e = TargetRef(s.impl, t);
    // A dateline names a town, never a division ("NEW YORK" is the city, whose own name is "New York City").
    if (!e.feature.starts_with("PPL") || (e.feature != "PPLC" && Population(s, t) < kProminentPopulation)) continue;
    const double prior = PlacePrior(s.impl, t, no_context, "");
    if (prior > best_prior) {
      best = &t;
      best_prior = prior;
    }
  }
  return best;
}

// Returns the candidate's score in this document and why.
double DocumentScore(const State& s, const Target& t, const Evidence& ev, const std::string& key,
                     const std::string& qualifier, const std::string& country_before, bool division_cue,
                     const std::string& outlet, bool prominent_current, std::string* why) {
  // The prior without document context. A local, never a static: DocContext
  // keeps memos (mutable), and a static one was written by every worker at
  // once under --jobs > 1 (issue 15: heap corruption, "double free").
  const DocContext no_context;
  const document::EntityRef e = TargetRef(s.impl, t);
  double score = PlacePrior(s.impl, t, no_context, "");
  const kb::Country* country = s.impl.kb->LookupCountry(e.country);
  if (division_cue && e.feature == "ADM1") {
    score += kQualifierWeight;
    *why += " division cue";
  }
  if (!country_before.empty() && country_before == e.country) {
    score += kQualifierWeight;
    *why += " country before";
  }
  if (!qualifier.empty()) {
    bool named = qualifier == kb::NameKey(e.admin1);
    for (size_t i = 0; country && !named && i < country->names.size(); ++i) named = qualifier == kb::NameKey(country->names[i]);
    if (named) {
      score += kQualifierWeight;
      *why += " qualified";
    }
  }
  const double factor = Population(s, t) < kVillagePopulation && prominent_current ? kVillageFactor : 1.0;
  if (!e.admin1.empty() && ev.DivisionNamed(key, e.country, kb::NameKey(e.admin1))) {
    score += factor * kSameDivisionWeight;
    *why += " division named";
  }
  if (const int total = ev.Total(key); total > 0) {
    if (const int in_country = ev.InCountry(key, e.country); in_country > 0) {
      score += factor * kCountryShareWeight * in_country / total;
    }
  }
  if (e.lat && ev.PointNear(key, *e.lat, *e.lon, kNearKm)) {
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
  std::optional<Evidence> ev;  // gathered at the first name that has namesakes
  std::map<std::string, std::optional<std::pair<Target, std::string>>> decided;  // folded name -> switch
  std::map<size_t, std::string> country_ends;  // end of a country or nationality mention -> its country
  for (const Found& f : s.found) {
    if (f.r && f.r->kind == document::MentionKind::kCountry && !f.r->entity.country.empty()) {
      country_ends.emplace(f.end, f.r->entity.country);
    }
  }
  std::map<size_t, std::string> division_ends, division_begins;  // a first-level division's mention -> its country
  for (const Found& f : s.found) {
    if (f.r && f.r->kind == document::MentionKind::kPlace && f.r->entity.feature == "ADM1") {
      division_ends.emplace(f.end, f.r->entity.country);
      division_begins.emplace(f.begin, f.r->entity.country);
    }
  }
  std::set<std::string> said_division;  // folded names whose division a cue chose somewhere
  std::map<std::string, std::string> said_country;  // folded name -> the country a "<country> city of" gave it
  for (const Found& f : s.found) {
    if (!f.r || f.r->kind != document::MentionKind::kPlace) continue;
    const std::string key = kb::NameKey(s.text.substr(f.begin, f.end - f.begin));
    if (std::string c = CountryBefore(s, country_ends, f.begin); !c.empty()) said_country.emplace(key, c);
    if (DivisionCue(s, division_ends, division_begins, f.begin, f.end)) said_division.insert(key);
  }
  for (Found& f : s.found) {
    if (!f.r || f.r->kind != document::MentionKind::kPlace || f.r->nationality) continue;
    if (f.r->method != "exact" && f.r->method != "alias") continue;
    if (f.r->entity.country.empty()) continue;  // an ocean or a region: no country's town of that name
    const std::string key = kb::NameKey(s.text.substr(f.begin, f.end - f.begin));
    const std::string qualifier = QualifierAfter(s.text, f.end);
    // Said once, it holds for the name's other mentions that have no qualifier of their own.
    std::string country_before = CountryBefore(s, country_ends, f.begin);
    if (country_before.empty() && qualifier.empty()) country_before = said_country[key];
    // Said once, the division holds for the name's bare mentions too ("Washington state" ... "Washington"),
    // unless the town is the division's own seat, which the bare name means ("the Kharkiv region" ...
    // "in Kharkiv"): then only a mention with its own cue is the division.
    const bool own_cue = DivisionCue(s, division_ends, division_begins, f.begin, f.end);
    const bool division_cue =
        qualifier.empty() && (own_cue || (said_division.count(key) && !SeatOfItsNamesake(s, f.r->entity, key)));
    // A bare dateline name is read alone, whatever the story says of its places.
    const bool dateline = qualifier.empty() && BareDateline(s.text, f.begin, f.end);
    const std::string memo_key = key + "\t" + qualifier + "\t" + country_before + (division_cue ? "\tdivision" : "") +
                                 (dateline ? "\tdateline" : "");
    auto it = decided.find(memo_key);
    if (it == decided.end()) {
      std::optional<std::pair<Target, std::string>> choice;
      const std::vector<Target> cands = PlaceCandidates(s.impl, key);
      const Target* namesake = dateline && cands.size() > 1 ? DatelineNamesake(s, cands, key) : nullptr;
      if (namesake) {
        if (TargetRef(s.impl, *namesake).id != f.r->entity.id) choice = {{*namesake, "dateline: a capital or world city"}};
      } else if (cands.size() > 1) {
        if (!ev) ev.emplace(s);
        const Target* best = nullptr;
        double best_score = -1, current_score = -1;
        std::string best_why;
        bool prominent_current = false;
        for (const Target& t : cands) {
          if (TargetRef(s.impl, t).id == f.r->entity.id) prominent_current |= Population(s, t) >= kProminentPopulation;
        }
        for (const Target& t : cands) {
          std::string why;
          const double sc = DocumentScore(s, t, *ev, key, qualifier, country_before, division_cue, outlet, prominent_current, &why);
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
    if (ev) ev->Add(key, *f.r, -1);
    f.r->entity = TargetRef(s.impl, it->second->first);
    if (ev) ev->Add(key, *f.r, +1);
    f.r->reason = it->second->second;
  }
}

}  // namespace sitrep::entities
