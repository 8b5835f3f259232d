// Fusion over the store: incremental updates after every few documents give
// exactly what a rebuild gives (on random reports of random events, in random
// order, with documents replaced along the way), an update with nothing new
// changes nothing, and fused ids survive re-runs. Runs on every back end.
#include "sitrep/fusion/store_fusion.h"

#include <random>

#include <gtest/gtest.h>

#include "sitrep/base/date.h"
#include "sitrep/document/fused_json.h"
#include "sitrep/fusion/fusion_testutil.h"
#include "sitrep/store/store_backends_testutil.h"

namespace sitrep::fusion {
namespace {

using namespace testing;

// Random reports of random real events: each event told by one to four
// documents with per-report noise (a day off, a missing actor, the province
// instead of the town, another sub-type, another toll).
class RandomCorpus {
 public:
  explicit RandomCorpus(unsigned seed, int events) : rng_(seed) {
    const std::vector<document::PlaceRef> places = {kHama,    kHoms,    kSalamiyah, kDamascus,
                                                    kDarayya, kSoledar, kBakhmut,  kKhartoum,
                                                    kOmdurman};
    const std::vector<std::string> subs = {"Armed clash", "Non-state actor overtakes territory",
                                           "Government regains territory",
                                           "Non-violent transfer of territory"};
    const int docs = events / 2 + 1;
    docs_.resize(docs);
    for (int i = 0; i < docs; ++i) {
      docs_[i] = document::Document("doc" + std::to_string(i), "text of doc " + std::to_string(i));
      docs_[i].url = "https://outlet" + std::to_string(i % 7) + ".example/" + std::to_string(i);
      docs_[i].published = Date::FromDaysSinceEpoch(19700 + Pick(30)).ToString();
      docs_[i].lang = i % 3 ? "en" : "ja";
    }
    for (int e = 0; e < events; ++e) {
      const auto& place = places[Pick(places.size())];
      const std::string sub = subs[Pick(subs.size())];
      const long day = 19700 + Pick(30);
      const int reports = 1 + Pick(4);
      for (int r = 0; r < reports; ++r) {
        document::Event ev;
        ev.event_type = sub == subs[3] ? "Strategic developments" : "Battles";
        ev.sub_event_type = Pick(6) == 0 ? subs[Pick(subs.size())] : sub;
        if (ev.sub_event_type == subs[3]) ev.event_type = "Strategic developments";
        const int noise = Pick(10);
        ev.date = Date::FromDaysSinceEpoch(day + (noise == 0 ? 1 : 0)).ToString();
        ev.time_precision = noise == 1 ? 2 : 1;
        if (noise == 2) ev.date.reset();
        ev.place = place;
        if (noise == 3) ev.place = Province(place.admin1, *place.lat, *place.lon, place.country);
        if (noise != 4) ev.actor1 = e % 2 ? kHts : kSyArmy;
        if (noise != 5) ev.actor2 = e % 2 ? kSyArmy : kHts;
        if (Pick(2)) {
          document::Count c;
          c.what = "killed";
          c.value = 5 + Pick(3) * 5;
          ev.counts.push_back(c);
          ev.fatalities = c.value;
        }
        ev.confidence = 0.7;
        auto& doc = docs_[Pick(docs)];
        ev.doc = doc.id();
        ev.lang = doc.lang;
        ev.id = doc.id() + "#e" + std::to_string(doc.events.size() + 1);
        doc.events.push_back(std::move(ev));
      }
    }
  }
  const std::vector<document::Document>& docs() const { return docs_; }
  int Pick(size_t n) { return static_cast<int>(rng_() % n); }

 private:
  std::mt19937 rng_;
  std::vector<document::Document> docs_;
};

template <typename Backend>
class StoreFusionTest : public store::StoreTestBase<Backend> {
 protected:
  FusionRun Update(bool rebuild) {
    auto run = UpdateFusion(*this->store_, fuser_, rebuild);
    EXPECT_TRUE(run.ok()) << run.status().ToString();
    return run.ok() ? *run : FusionRun{};
  }
  // Every fused event and interval, as JSON lines.
  std::string Snapshot() {
    std::string out;
    auto fused = this->store_->QueryFusedEvents({});
    EXPECT_TRUE(fused.ok()) << fused.status().ToString();
    for (const auto& f : *fused) out += document::FusedEventToJson(f).dump() + "\n";
    auto control = this->store_->QueryControl({});
    EXPECT_TRUE(control.ok());
    for (const auto& c : *control) out += document::ControlIntervalToJson(c).dump() + "\n";
    return out;
  }
  void Put(const document::Document& d) { ASSERT_TRUE(this->store_->PutDocument(d).ok()); }

  Fuser fuser_{TestOptions()};
};

TYPED_TEST_SUITE(StoreFusionTest, store::Backends);

TYPED_TEST(StoreFusionTest, IncrementalEqualsRebuild) {
  for (unsigned seed : {1u, 2u, 3u}) {
    this->TearDown();
    this->SetUp();
    RandomCorpus corpus(seed, 60);
    std::vector<document::Document> docs = corpus.docs();
    std::mt19937 rng(seed);
    std::shuffle(docs.begin(), docs.end(), rng);
    size_t events = 0;
    for (size_t i = 0; i < docs.size(); ++i) {
      this->Put(docs[i]);
      events += docs[i].events.size();
      if (i % 3 == 2 || i + 1 == docs.size()) this->Update(false);
    }
    // Replace two documents: one loses its events, one gains another's.
    document::Document emptied(docs[0].id(), docs[0].text() + " (corrected)");
    emptied.url = docs[0].url;
    this->Put(emptied);
    document::Document grown(docs[1].id(), docs[1].text() + " (updated)");
    grown.url = docs[1].url;
    grown.events = docs[1].events;
    for (auto e : docs[0].events) {
      e.doc = grown.id();
      e.id = grown.id() + "#e" + std::to_string(grown.events.size() + 1);
      grown.events.push_back(e);
    }
    this->Put(grown);
    this->Update(false);
    const std::string incremental = this->Snapshot();
    ASSERT_FALSE(incremental.empty());
    const FusionRun rebuilt = this->Update(true);
    EXPECT_TRUE(rebuilt.rebuilt);
    EXPECT_EQ(this->Snapshot(), incremental) << "seed " << seed;
    EXPECT_GT(events, rebuilt.fused_written) << "seed " << seed << ": nothing merged";
  }
}

TYPED_TEST(StoreFusionTest, NothingNewChangesNothing) {
  RandomCorpus corpus(9, 30);
  for (const auto& d : corpus.docs()) this->Put(d);
  const FusionRun first = this->Update(false);
  EXPECT_EQ(first.documents, corpus.docs().size());
  const std::string before = this->Snapshot();
  for (const auto& d : corpus.docs()) this->Put(d);  // the same content again
  const FusionRun again = this->Update(false);
  EXPECT_EQ(again.documents, 0u);
  EXPECT_EQ(again.fused_written, 0u);
  EXPECT_EQ(this->Snapshot(), before);
  // Fused ids are the same after a rebuild.
  this->Update(true);
  EXPECT_EQ(this->Snapshot(), before);
}

}  // namespace
}  // namespace sitrep::fusion
