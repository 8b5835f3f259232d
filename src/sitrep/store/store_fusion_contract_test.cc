// The Store contract for the fusion layer (fusion_query.h), run against every
// back end: fused events and control intervals round-trip exactly, filter and
// order alike, updates are all-or-nothing and refused when stale, and the
// backlog follows documents' content.
#include <gtest/gtest.h>

#include "sitrep/document/fused_json.h"
#include "sitrep/store/store.h"
#include "sitrep/store/store_backends_testutil.h"

namespace sitrep::store {
namespace {

using document::ControlInterval;
using document::FusedEvent;

document::ActorRef Actor(const std::string& name, int inter) {
  return {"actor:" + name, name, inter};
}

document::PlaceRef Place(const std::string& name, double lat, double lon) {
  document::PlaceRef p;
  p.id = "geonames:" + name;
  p.name = name;
  p.lat = lat;
  p.lon = lon;
  p.country = "SY";
  p.admin1 = name;
  return p;
}

FusedEvent MakeFused(const std::string& id, std::optional<std::string> date,
                     const std::string& sub, const std::string& actor1, const std::string& place,
                     std::vector<std::string> docs) {
  FusedEvent f;
  f.id = id;
  f.event.id = id;
  f.event.event_type = sub == "Peaceful protest" ? "Protests" : "Battles";
  f.event.sub_event_type = sub;
  f.event.date = std::move(date);
  f.event.time_precision = 1;
  if (!actor1.empty()) f.event.actor1 = Actor(actor1, 2);
  f.event.actor2 = Actor("Military Forces of Syria", 1);
  if (!place.empty()) f.event.place = Place(place, 35.13, 36.75);
  f.event.confidence = 0.9;
  for (const auto& d : docs) {
    f.sources.push_back({d, d + "#" + id, "en", d + ".example.org", "2024-12-06"});
  }
  f.merge.members = static_cast<int>(docs.size());
  return f;
}

// Every field set, to check the round trip.
FusedEvent FullFused() {
  FusedEvent f = MakeFused("fe:1", "2024-12-05", "Non-state actor overtakes territory",
                           "Hayat Tahrir al-Sham", "Hama", {"a", "b", "c"});
  f.event.sub_event_type = "Non-state actor overtakes territory";
  f.event.assoc_actor1 = {Actor("Syrian rebels", 2)};
  f.event.negated = false;
  f.fatalities = document::FatalityRange{12, 20, 31, false};
  f.event.fatalities = 12;
  f.fatality_figures = {{12, true, "outlet-a", "a", "a#e1", false, false, false},
                        {31, false, "Military Forces of Syria", "b", "b#e1", true, false, false},
                        {400, false, "SOHR", "c", "c#e1", false, true, false}};
  document::FusedClaim claim;
  claim.source = {"actor:sohr", "Syrian Observatory for Human Rights", 0};
  claim.stance = document::Stance::kDenies;
  claim.cue = "denied";
  claim.doc = "b";
  claim.event = "b#e1";
  claim.outlet = "b.example.org";
  claim.lang = "ja";
  f.claims = {claim};
  document::ContradictionValue v1{"2024-12-05", "", {f.sources[0], f.sources[1]}};
  document::ContradictionValue v2{"2024-12-04", "", {f.sources[2]}};
  document::ContradictionValue a1{"Hayat Tahrir al-Sham", "actor:hts", {f.sources[0]}};
  document::ContradictionValue a2{"Syrian rebels", "actor:sy-rebels", {f.sources[1]}};
  document::ContradictionValue n1{"12", "", {f.sources[0]}};
  document::ContradictionValue n2{"31", "", {f.sources[1]}};
  f.contradictions = {{"date", {v1, v2}}, {"actor1", {a1, a2}}, {"fatalities", {n1, n2}}};
  f.merge.reasons = {"same place", "same day"};
  f.merge.score = 2.5;
  return f;
}

ControlInterval MakeInterval(const std::string& place, std::string from, std::string until,
                             const std::string& controller, std::vector<std::string> basis) {
  ControlInterval c;
  c.place = Place(place, 35.0, 36.0);
  c.place.admin1.clear();  // control records carry id, name, lat, lon, country
  c.from = std::move(from);
  c.until = std::move(until);
  if (!controller.empty()) c.controller = Actor(controller, 2);
  c.basis = std::move(basis);
  return c;
}

template <typename Backend>
class FusionContractTest : public StoreTestBase<Backend> {
 protected:
  void Apply(FusionUpdate u) {
    auto backlog = this->store_->GetFusionBacklog();
    ASSERT_TRUE(backlog.ok()) << backlog.status().ToString();
    u.generation = backlog->generation;
    Status s = this->store_->ApplyFusion(u);
    ASSERT_TRUE(s.ok()) << s.ToString();
  }
  std::vector<std::string> FusedIds(const FusedQuery& q) {
    auto r = this->store_->QueryFusedEvents(q);
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    std::vector<std::string> ids;
    if (r.ok()) for (const auto& f : *r) ids.push_back(f.id);
    return ids;
  }
  std::vector<std::string> Intervals(const ControlQuery& q) {
    auto r = this->store_->QueryControl(q);
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    std::vector<std::string> out;
    if (r.ok()) {
      for (const auto& c : *r) {
        out.push_back(c.place.name + ":" + (c.controller ? c.controller->name : "-") + ":" +
                      c.from + ".." + c.until);
      }
    }
    return out;
  }
  void PutDoc(const std::string& id, const std::string& text) {
    document::Document d(id, text);
    ASSERT_TRUE(this->store_->PutDocument(d).ok());
  }
};

TYPED_TEST_SUITE(FusionContractTest, Backends);

TYPED_TEST(FusionContractTest, FusedEventRoundTripsExactly) {
  const FusedEvent f = FullFused();
  this->Apply({.put = {f}});
  auto got = this->store_->QueryFusedEvents({});
  ASSERT_TRUE(got.ok()) << got.status().ToString();
  ASSERT_EQ(got->size(), 1u);
  EXPECT_EQ(document::FusedEventToJson((*got)[0]).dump(), document::FusedEventToJson(f).dump());
  EXPECT_EQ((*got)[0].event.fatalities, 12);
  EXPECT_EQ((*got)[0].fatalities->best, 20);
}

TYPED_TEST(FusionContractTest, FusedQueryFiltersAndOrder) {
  this->Apply({.put = {MakeFused("fe:b", "2024-12-05", "Armed clash", "Hayat Tahrir al-Sham",
                                 "Hama", {"d1", "d2"}),
                       MakeFused("fe:a", "2024-12-05", "Government regains territory", "",
                                 "Homs", {"d3"}),
                       MakeFused("fe:c", "2024-12-07", "Peaceful protest", "Syrian rebels",
                                 "Idlib", {"d2"}),
                       MakeFused("fe:u", std::nullopt, "Armed clash", "", "", {"d4"})}});
  struct Case {
    const char* name;
    FusedQuery query;
    std::vector<std::string> want;
  };
  const std::vector<Case> cases = {
      {"all: by date, then id, undated last", {}, {"fe:a", "fe:b", "fe:c", "fe:u"}},
      {"since", {.since = "2024-12-06"}, {"fe:c"}},
      {"until", {.until = "2024-12-05"}, {"fe:a", "fe:b"}},
      {"place any case", {.place = "HOM"}, {"fe:a"}},
      {"actor either side", {.actor = "forces of syria"}, {"fe:a", "fe:b", "fe:c", "fe:u"}},
      {"actor1", {.actor = "tahrir"}, {"fe:b"}},
      {"type", {.type = "battles"}, {"fe:a", "fe:b", "fe:u"}},
      {"sub-type", {.type = "armed clash"}, {"fe:b", "fe:u"}},
      {"member document", {.docs = {"d2"}}, {"fe:b", "fe:c"}},
      {"member documents", {.docs = {"d3", "d4", "nope"}}, {"fe:a", "fe:u"}},
      {"ids", {.ids = {"fe:u", "fe:b"}}, {"fe:b", "fe:u"}},
      {"place ids", {.place_ids = {"geonames:Idlib", "geonames:Hama"}}, {"fe:b", "fe:c"}},
      {"combined", {.type = "Battles", .docs = {"d2"}}, {"fe:b"}},
      {"limit", {.limit = 1}, {"fe:a"}},
      {"wildcards are literal", {.place = "H%"}, {}},
      {"after a key: same day, later id", {.after = FusedKey{"2024-12-05", "fe:a"}},
       {"fe:b", "fe:c", "fe:u"}},
      {"after a key between dates", {.after = FusedKey{"2024-12-06", "zzz"}}, {"fe:c", "fe:u"}},
      {"after the last dated: the undated", {.after = FusedKey{"2024-12-07", "fe:c"}}, {"fe:u"}},
      {"after an undated key", {.after = FusedKey{std::nullopt, "fe:t"}}, {"fe:u"}},
      {"after the very last", {.after = FusedKey{std::nullopt, "fe:u"}}, {}},
      {"after with filters and limit", {.type = "Battles", .limit = 1, .after = FusedKey{"2024-12-05", "fe:a"}},
       {"fe:b"}},
  };
  for (const auto& c : cases) EXPECT_EQ(this->FusedIds(c.query), c.want) << c.name;
}

// Keyset pages of every size visit every fused event once, in FusedLess
// order, undated ones and ids of several scripts included.
TYPED_TEST(FusionContractTest, KeysetPagesVisitEveryFusedEventOnce) {
  FusionUpdate u;
  const std::vector<std::optional<std::string>> dates = {"2025-01-11", std::nullopt, "2024-12-05",
                                                         "2023-12-18"};
  const std::vector<std::string> places = {"Hama", "Lashio", "Wad Madani"};
  for (int i = 0; i < 23; ++i) {
    const std::string id = std::string(i % 2 ? "fe:ラ" : "fe:ح") + std::to_string(i * 7 % 23);
    u.put.push_back(MakeFused(id, dates[i % dates.size()], "Armed clash", "", places[i % 3],
                              {"d" + std::to_string(i)}));
  }
  this->Apply(u);
  const std::vector<std::string> all = this->FusedIds({});
  ASSERT_EQ(all.size(), 23u);
  for (int size : {1, 2, 5, 22, 23, 40}) {
    std::vector<std::string> visited;
    std::optional<FusedKey> after;
    for (int pages = 0; pages < 30; ++pages) {
      auto page = this->store_->QueryFusedEvents({.limit = size, .after = after});
      ASSERT_TRUE(page.ok()) << page.status().ToString();
      for (const auto& f : *page) visited.push_back(f.id);
      if (static_cast<int>(page->size()) < size) break;
      after = KeyOf(page->back());
    }
    EXPECT_EQ(visited, all) << "pages of " << size;
  }
}

TYPED_TEST(FusionContractTest, UpdatesRemoveReplaceAndReplaceAll) {
  this->Apply({.put = {MakeFused("fe:1", "2024-12-05", "Armed clash", "", "Hama", {"d1"}),
                       MakeFused("fe:2", "2024-12-06", "Armed clash", "", "Homs", {"d2"})}});
  // Replace fe:1 with a record that has another member; drop fe:2.
  this->Apply({.remove = {"fe:2"},
               .put = {MakeFused("fe:1", "2024-12-05", "Armed clash", "", "Hama", {"d1", "d3"})}});
  EXPECT_EQ(this->FusedIds({}), std::vector<std::string>{"fe:1"});
  EXPECT_EQ(this->FusedIds({.docs = {"d3"}}), std::vector<std::string>{"fe:1"});
  EXPECT_TRUE(this->FusedIds({.docs = {"d2"}}).empty());
  // A member moves from one fused event to another in one update.
  this->Apply({.remove = {"fe:1"},
               .put = {MakeFused("fe:3", "2024-12-05", "Armed clash", "", "Hama", {"d3"}),
                       MakeFused("fe:4", "2024-12-05", "Armed clash", "", "Hama", {"d1"})}});
  EXPECT_EQ(this->FusedIds({}), (std::vector<std::string>{"fe:3", "fe:4"}));
  this->Apply({.replace_all = true,
               .put = {MakeFused("fe:9", "2024-12-01", "Armed clash", "", "Hama", {"d1"})}});
  EXPECT_EQ(this->FusedIds({}), std::vector<std::string>{"fe:9"});
  EXPECT_EQ(this->FusedIds({.docs = {"d1"}}), std::vector<std::string>{"fe:9"});
}

TYPED_TEST(FusionContractTest, ControlIntervalsPerPlaceWithAt) {
  this->Apply({.control_places = {"geonames:Hama", "geonames:Aleppo"},
               .control = {MakeInterval("Hama", "", "2024-12-05", "Army", {"fe:1"}),
                           MakeInterval("Hama", "2024-12-05", "", "Rebels", {"fe:1", "fe:2"}),
                           MakeInterval("Aleppo", "2024-11-30", "", "Rebels", {"fe:3"})}});
  using V = std::vector<std::string>;
  EXPECT_EQ(this->Intervals({}), (V{"Aleppo:Rebels:2024-11-30..", "Hama:Army:..2024-12-05",
                                    "Hama:Rebels:2024-12-05.."}));
  EXPECT_EQ(this->Intervals({.place = "ham"}),
            (V{"Hama:Army:..2024-12-05", "Hama:Rebels:2024-12-05.."}));
  EXPECT_EQ(this->Intervals({.place_id = "geonames:Aleppo"}), V{"Aleppo:Rebels:2024-11-30.."});
  EXPECT_EQ(this->Intervals({.at = "2024-12-04"}),
            (V{"Aleppo:Rebels:2024-11-30..", "Hama:Army:..2024-12-05"}));
  // `until` is exclusive, `from` inclusive.
  EXPECT_EQ(this->Intervals({.at = "2024-12-05"}),
            (V{"Aleppo:Rebels:2024-11-30..", "Hama:Rebels:2024-12-05.."}));
  EXPECT_EQ(this->Intervals({.at = "2024-11-01"}), V{"Hama:Army:..2024-12-05"});
  // Replacing one place's timeline leaves the others.
  ControlInterval contested = MakeInterval("Hama", "2024-12-06", "", "", {"fe:4"});
  contested.contested = true;
  document::FusedClaim claim;
  claim.source = {"actor:x", "X", 0};
  claim.stance = document::Stance::kDenies;
  claim.doc = "d9";
  contested.claims = {claim};
  this->Apply({.control_places = {"geonames:Hama"}, .control = {contested}});
  EXPECT_EQ(this->Intervals({}), (V{"Aleppo:Rebels:2024-11-30..", "Hama:-:2024-12-06.."}));
  auto got = this->store_->QueryControl({.place = "Hama"});
  ASSERT_TRUE(got.ok());
  ASSERT_EQ(got->size(), 1u);
  EXPECT_EQ(document::ControlIntervalToJson((*got)[0]).dump(),
            document::ControlIntervalToJson(contested).dump());
}

TYPED_TEST(FusionContractTest, BacklogFollowsDocumentContent) {
  this->PutDoc("b", "text b");
  this->PutDoc("a", "text a");
  auto backlog = this->store_->GetFusionBacklog();
  ASSERT_TRUE(backlog.ok());
  EXPECT_EQ(backlog->generation, 0);
  ASSERT_EQ(backlog->documents.size(), 2u);
  EXPECT_EQ(backlog->documents[0].id, "a");  // ordered by id
  EXPECT_EQ(backlog->documents[0].content_hash, ContentHash("text a"));
  this->Apply({.documents = backlog->documents});
  backlog = this->store_->GetFusionBacklog();
  EXPECT_EQ(backlog->generation, 1);
  EXPECT_TRUE(backlog->documents.empty());
  // Same content again: nothing to do; changed content: back in the backlog.
  this->PutDoc("a", "text a");
  EXPECT_TRUE(this->store_->GetFusionBacklog()->documents.empty());
  this->PutDoc("a", "text a, corrected");
  backlog = this->store_->GetFusionBacklog();
  ASSERT_EQ(backlog->documents.size(), 1u);
  EXPECT_EQ(backlog->documents[0].content_hash, ContentHash("text a, corrected"));
  // Marking the old hash does not take the new content in.
  this->Apply({.documents = {{"a", ContentHash("text a")}}});
  EXPECT_EQ(this->store_->GetFusionBacklog()->documents.size(), 1u);
  // A rebuild forgets what was taken in before.
  this->Apply({.replace_all = true, .documents = {{"b", ContentHash("text b")}}});
  EXPECT_EQ(this->store_->GetFusionBacklog()->documents.size(), 1u);
}

TYPED_TEST(FusionContractTest, AnEventBelongsToOneFusedEvent) {
  FusedEvent a = MakeFused("fe:1", "2024-12-05", "Armed clash", "", "Hama", {"d1"});
  FusedEvent b = MakeFused("fe:2", "2024-12-05", "Armed clash", "", "Hama", {"d2"});
  b.sources.push_back(a.sources[0]);
  this->Apply({.put = {a}});
  auto backlog = this->store_->GetFusionBacklog();
  FusionUpdate u;
  u.generation = backlog->generation;
  u.put = {b};
  EXPECT_FALSE(this->store_->ApplyFusion(u).ok());
  EXPECT_EQ(this->FusedIds({}), std::vector<std::string>{"fe:1"});
  EXPECT_EQ(this->store_->GetFusionBacklog()->generation, backlog->generation);
  // Moving it is fine.
  this->Apply({.remove = {"fe:1"}, .put = {b}});
  EXPECT_EQ(this->FusedIds({.docs = {"d1"}}), std::vector<std::string>{"fe:2"});
}

TYPED_TEST(FusionContractTest, StaleUpdateIsAbortedAndChangesNothing) {
  this->Apply({.put = {MakeFused("fe:1", "2024-12-05", "Armed clash", "", "Hama", {"d1"})}});
  FusionUpdate stale;
  stale.generation = 0;  // the store is at 1 now
  stale.replace_all = true;
  stale.put = {MakeFused("fe:2", "2024-12-05", "Armed clash", "", "Hama", {"d1"})};
  Status s = this->store_->ApplyFusion(stale);
  EXPECT_EQ(s.code(), StatusCode::kAborted) << s.ToString();
  EXPECT_EQ(this->FusedIds({}), std::vector<std::string>{"fe:1"});
  EXPECT_EQ(this->store_->GetFusionBacklog()->generation, 1);
}

}  // namespace
}  // namespace sitrep::store
