// sitrep_fusion_bench: fusing generated events — 10k, 20k, 50k and 100k
// member events — with the time, the time per event, how time grows from the
// smallest size (linear growth keeps the per-event time flat), and the peak
// resident memory. The baseline in the same run is one pass that prepares
// and sorts the members (what any fusion must at least do), so the ratio says
// what the merge itself costs. Then the store path at the largest size: the
// events stored in SQLite, a rebuild from the store, and an incremental update
// after one more document.
//
// Crowded blocks are measured apart: many reports of one day, a few
// neighbouring towns and one type family (a corpus that dates everything by
// its publication day), every document telling two of the towns' fights, so
// that many joins are refused (GenerateCrowded). First blocks of
// a fixed size in growing numbers (time per event should stay flat), then one
// block growing: reports of different towns are no candidates unless they
// give the same specific toll (blocking.h), but every two reports of one
// town on one day are, so time still grows with the square of the reports
// per town. Each row prints a digest of the fused records (Digest), so a
// faster clustering is seen to give the same output at every size.
// --crowded runs only the crowded blocks, --store only the store path;
// --quick runs smaller sizes.
//
// The generator keeps the density of a busy conflict constant as the size
// grows (about 1,000 reports a day over 12 countries of 150 towns each): real
// events told by one to four reports each, with the per-report noise fusion
// meets (a day off, a missing actor, the province instead of the town,
// another sub-type, the publication date standing in).
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <random>

#include "sitrep/base/date.h"
#include "sitrep/fusion/fuser.h"
#include "sitrep/fusion/store_fusion.h"
#include "sitrep/store/sqlite/sqlite_store.h"

namespace sitrep::fusion {
namespace {

constexpr int kReportsPerDay = 1000;
constexpr int kCountries = 12;
constexpr int kTownsPerCountry = 150;
const char* kSubTypes[] = {"Armed clash", "Non-state actor overtakes territory",
                           "Government regains territory", "Air/drone strike",
                           "Shelling/artillery/missile attack", "Attack"};

struct Generated {
  std::vector<document::Document> docs;
  size_t events = 0;
};

document::Event MakeEvent(std::mt19937& rng, int country, int town, int sub, long day, int side) {
  auto pick = [&](int n) { return static_cast<int>(rng() % n); };
  document::Event e;
  const std::string s = kSubTypes[pick(6) == 0 ? pick(6) : sub];
  e.sub_event_type = s;
  e.event_type = s == "Air/drone strike" || s == "Shelling/artillery/missile attack"
                     ? "Explosions/Remote violence"
                     : s == "Attack" ? "Violence against civilians" : "Battles";
  const int noise = pick(10);
  e.date = Date::FromDaysSinceEpoch(day + (noise == 0 ? 1 : 0)).ToString();
  e.time_precision = noise == 1 ? 2 : 1;
  const std::string cc = "C" + std::to_string(country);
  document::PlaceRef p;
  // Towns on a grid, about 20 km apart, countries 10 degrees apart.
  p.lat = 10.0 + 10.0 * (country / 4) + 0.2 * (town / 15);
  p.lon = 10.0 + 10.0 * (country % 4) + 0.2 * (town % 15);
  p.country = cc;
  p.admin1 = cc + "-province-" + std::to_string(town / 50);
  p.id = "geonames:" + cc + "-" + std::to_string(town);
  p.name = cc + " town " + std::to_string(town);
  if (noise == 3) {
    p.id = "admin1:" + p.admin1;
    p.name = p.admin1;
    p.geo_precision = 3;
  }
  e.place = p;
  const document::ActorRef state{"actor:" + cc + "-military", cc + " army", 1};
  const document::ActorRef rebels{"actor:" + cc + "-rebels", cc + " rebels", 2};
  if (noise != 4) e.actor1 = side ? rebels : state;
  if (noise != 5) e.actor2 = side ? state : rebels;
  if (pick(3) == 0) {
    document::Count c;
    c.what = "killed";
    c.value = 1 + pick(30);
    e.counts.push_back(c);
    e.fatalities = c.value;
  }
  e.confidence = 0.7;
  return e;
}

Generated Generate(size_t target, unsigned seed) {
  std::mt19937 rng(seed);
  auto pick = [&](int n) { return static_cast<int>(rng() % n); };
  const long days = std::max<long>(1, static_cast<long>(target) / kReportsPerDay);
  Generated g;
  const size_t docs = target / 3 + 1;
  g.docs.reserve(docs);
  for (size_t i = 0; i < docs; ++i) {
    g.docs.emplace_back("d" + std::to_string(i), "report " + std::to_string(i));
    g.docs.back().url = "https://outlet" + std::to_string(i % 97) + ".example/" + std::to_string(i);
    g.docs.back().published = Date::FromDaysSinceEpoch(19000 + i * days / docs).ToString();
  }
  while (g.events < target) {
    const int country = pick(kCountries), town = pick(kTownsPerCountry), sub = pick(6);
    const long day = 19000 + pick(static_cast<int>(days));
    const int side = pick(2), reports = 1 + pick(4);
    for (int r = 0; r < reports && g.events < target; ++r) {
      // A report of this event in a document published around its day.
      const size_t near = static_cast<size_t>((day - 19000) * static_cast<long>(docs) / days);
      auto& doc = g.docs[std::min(docs - 1, near + pick(30))];
      document::Event e = MakeEvent(rng, country, town, sub, day, side);
      e.doc = doc.id();
      e.id = doc.id() + "#e" + std::to_string(doc.events.size() + 1);
      doc.events.push_back(std::move(e));
      ++g.events;
    }
  }
  return g;
}

std::vector<Member> Members(const Generated& g) {
  std::vector<store::StoredEvent> events;
  std::vector<store::DocumentSummary> summaries;
  for (const auto& d : g.docs) {
    summaries.push_back(store::SummarizeDocument(d));
    for (const auto& e : d.events) events.push_back({e, 0});
  }
  return MembersOf(events, summaries);
}

// Returns a digest of what fusion decided: each fused event's id, members and
// merge score, and each control interval, so that a faster clustering can be
// shown to give the same output at every size (compare the digests).
unsigned long long Digest(const std::vector<document::FusedEvent>& fused,
                          const std::vector<document::ControlInterval>& control) {
  unsigned long long h = 1469598103934665603ULL;
  auto mix = [&](const std::string& s) {
    for (unsigned char c : s) h = (h ^ c) * 1099511628211ULL;
    h = (h ^ 0x1f) * 1099511628211ULL;
  };
  for (const auto& f : fused) {
    mix(f.id);
    for (const auto& s : f.sources) mix(s.doc + "#" + s.event);
    mix(f.merge.score ? std::to_string(*f.merge.score) : "-");
  }
  for (const auto& c : control) {
    mix(c.place.id + (c.controller ? c.controller->id : "-") + c.from + c.until +
        (c.contested ? "c" : "u"));
  }
  return h;
}

double Seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

long PeakRssMb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss / 1024;
}

FusionOptions Options() {
  FusionOptions o;
  for (int c = 0; c < kCountries; ++c) {
    o.affiliation["C" + std::to_string(c) + "-military"] = "C" + std::to_string(c) + "-government";
  }
  return o;
}

void InMemory(const Fuser& fuser) {
  std::printf("%-9s %9s %9s %10s %9s %11s %9s %8s  %s\n", "events", "fused", "baseline", "fuse",
              "ratio", "us/event", "growth", "peak MB", "digest");
  double first_per_event = 0;
  for (size_t n : {10000, 20000, 50000, 100000}) {
    const Generated g = Generate(n, 42);
    std::vector<Member> members = Members(g);
    auto t0 = std::chrono::steady_clock::now();
    std::vector<Member> copy = members;
    for (auto& m : copy) Prepare(m);
    std::sort(copy.begin(), copy.end(),
              [](const Member& a, const Member& b) { return CanonicalKey(a) < CanonicalKey(b); });
    const double baseline = Seconds(t0);
    t0 = std::chrono::steady_clock::now();
    const auto fused = fuser.Fuse(members);
    const auto control = fuser.Control(fused);
    const double secs = Seconds(t0);
    const double per_event = secs / static_cast<double>(n) * 1e6;
    if (first_per_event == 0) first_per_event = per_event;
    std::printf("%-9zu %9zu %8.3fs %9.3fs %8.1fx %11.2f %8.2fx %8ld  %016llx\n", n, fused.size(),
                baseline, secs, secs / baseline, per_event, per_event / first_per_event, PeakRssMb(),
                Digest(fused, control));
  }
  std::printf("(growth: time per event relative to 10k; 1.00x everywhere is linear)\n\n");
}

// Returns `blocks` crowded blocks of `per_block` reports each. A block is one
// day at kTownsPerBlock neighbouring towns (about 20 km apart, so reports of
// different towns are candidates and often strong enough to join), one real
// fight per town, all of one type family. Every document tells two of the
// block's fights at two towns, so its two reports are incompatible (one
// document keeps apart what it tells apart) and joins across towns are
// refused again and again, as in a corpus that dates everything by its
// publication day. The right answer is kTownsPerBlock fused events a block.
constexpr int kTownsPerBlock = 4;

Generated GenerateCrowded(int blocks, int per_block, unsigned seed) {
  std::mt19937 rng(seed);
  auto pick = [&](int n) { return static_cast<int>(rng() % n); };
  static const char* kBattleSubTypes[] = {"Armed clash", "Non-state actor overtakes territory",
                                          "Government regains territory"};
  Generated g;
  for (int b = 0; b < blocks; ++b) {
    const int country = b % kCountries, first_town = (b / kCountries) % (kTownsPerCountry - 4);
    const long day = 19000 + b;  // one block a day: wide reports join only their own day
    for (int r = 0; r + 1 < per_block; r += 2) {
      const std::string id = "b" + std::to_string(b) + "r" + std::to_string(r);
      g.docs.emplace_back(id, "report " + id);
      g.docs.back().url = "https://outlet" + std::to_string(pick(97)) + ".example/" + id;
      g.docs.back().published = Date::FromDaysSinceEpoch(day).ToString();
      const int fight = pick(kTownsPerBlock);
      for (int town : {fight, (fight + 1) % kTownsPerBlock}) {
        // Each town's fight has its own sides and sub-type (fixed by the town).
        document::Event e = MakeEvent(rng, country, first_town + town, 0, day, town % 2);
        e.sub_event_type = kBattleSubTypes[town % 3];
        e.event_type = "Battles";
        e.date = Date::FromDaysSinceEpoch(day).ToString();
        e.doc = id;
        e.id = id + "#e" + std::to_string(g.docs.back().events.size() + 1);
        g.docs.back().events.push_back(std::move(e));
        ++g.events;
      }
    }
  }
  return g;
}

void CrowdedRow(const Fuser& fuser, int blocks, int per_block, double& first_per_event) {
  const Generated g = GenerateCrowded(blocks, per_block, 11);
  std::vector<Member> members = Members(g);
  const auto t0 = std::chrono::steady_clock::now();
  const auto fused = fuser.Fuse(members);
  const double secs = Seconds(t0);
  const double per_event = secs / static_cast<double>(g.events) * 1e6;
  if (first_per_event == 0) first_per_event = per_event;
  std::printf("%-7d %-9d %9zu %9zu %9d %9.3fs %11.2f %8.2fx  %016llx\n", blocks, per_block,
              g.events, fused.size(), blocks * kTownsPerBlock, secs, per_event,
              per_event / first_per_event, Digest(fused, {}));
}

void Crowded(const Fuser& fuser, bool quick) {
  std::printf("crowded blocks (one day, %d neighbouring towns, one family per block; every document "
              "tells two towns' fights, so many joins are refused; right answer: %d fused a block)\n",
              kTownsPerBlock, kTownsPerBlock);
  std::printf("%-7s %-9s %9s %9s %9s %10s %11s %9s  %s\n", "blocks", "per block", "events",
              "fused", "right", "fuse", "us/event", "growth", "digest");
  double first = 0;
  for (int blocks : {5, 10, 20, 40, 80}) {
    if (quick && blocks > 20) break;
    CrowdedRow(fuser, blocks, 250, first);
  }
  std::printf("(fixed block size: 1.00x everywhere is linear)\n");
  first = 0;
  for (int per_block : {250, 500, 1000, 2000}) {
    if (quick && per_block > 500) break;
    CrowdedRow(fuser, 1, per_block, first);
  }
  std::printf("(one growing block: the pairs of one town's reports grow with their square)\n\n");
}

void ThroughTheStore(const Fuser& fuser, size_t n) {
  const std::string dir = std::filesystem::temp_directory_path() / ("sitrep_fusion_bench_" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  auto opened = store::SqliteStore::Open(dir + "/bench.db");
  if (!opened.ok()) {
    std::printf("store: %s\n", opened.status().ToString().c_str());
    return;
  }
  store::Store& s = **opened;
  Generated g = Generate(n, 7);
  auto t0 = std::chrono::steady_clock::now();
  for (const auto& d : g.docs) (void)s.PutDocument(d);
  std::printf("store (SQLite), %zu events in %zu documents: put %.2f s\n", g.events, g.docs.size(),
              Seconds(t0));
  t0 = std::chrono::steady_clock::now();
  auto rebuilt = UpdateFusion(s, fuser, /*rebuild=*/true);
  std::printf("  rebuild from the store: %.2f s (%zu fused events)\n", Seconds(t0),
              rebuilt.ok() ? rebuilt->fused_written : 0);
  document::Document extra("extra", "one more report");
  extra.url = "https://late.example/1";
  extra.published = g.docs[g.docs.size() / 2].published;
  extra.events = {g.docs[g.docs.size() / 2].events.front()};
  extra.events[0].doc = "extra";
  extra.events[0].id = "extra#e1";
  (void)s.PutDocument(extra);
  t0 = std::chrono::steady_clock::now();
  auto inc = UpdateFusion(s, fuser, /*rebuild=*/false);
  std::printf("  incremental after one more document: %.3f s (%zu events re-clustered)\n",
              Seconds(t0), inc.ok() ? inc->events : 0);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace sitrep::fusion

int main(int argc, char** argv) {
  bool quick = false, crowded_only = false, store_only = false;
  for (int i = 1; i < argc; ++i) {
    quick = quick || std::string(argv[i]) == "--quick";
    crowded_only = crowded_only || std::string(argv[i]) == "--crowded";
    store_only = store_only || std::string(argv[i]) == "--store";
  }
  const sitrep::fusion::Fuser fuser(sitrep::fusion::Options());
  std::printf("sitrep_fusion_bench: fusing generated events (%d reports a day)\n\n",
              sitrep::fusion::kReportsPerDay);
  if (!crowded_only && !store_only) sitrep::fusion::InMemory(fuser);
  if (!store_only) sitrep::fusion::Crowded(fuser, quick);
  if (!crowded_only) sitrep::fusion::ThroughTheStore(fuser, quick ? 10000 : 100000);
  return 0;
}
