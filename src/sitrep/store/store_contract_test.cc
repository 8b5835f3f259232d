// The Store contract suite (DESIGN §6, re2's tester.h idea): one typed suite
// run against every back end, so the in-memory, SQLite and PostgreSQL stores
// agree on storage, idempotence, replacement, filters and ordering. The
// PostgreSQL instantiation is built into store/postgres/'s test binary
// (store_backends_testutil.h).
#include <memory>

#include <gtest/gtest.h>

#include "sitrep/document/json.h"
#include "sitrep/store/store.h"
#include "sitrep/store/store_backends_testutil.h"

namespace sitrep::store {
namespace {

using document::Document;
using document::Event;

Event MakeEvent(std::string type, std::string sub, std::optional<std::string> date,
                std::string actor1, std::string actor2, std::string place) {
  Event e;
  e.id = type + "/" + sub + "/" + date.value_or("-");
  e.event_type = std::move(type);
  e.sub_event_type = std::move(sub);
  e.date = std::move(date);
  e.time_precision = 1;
  auto actor = [](const std::string& name, int inter) {
    document::ActorRef a;
    a.id = "actor:" + name;
    a.name = name;
    a.inter = inter;
    return a;
  };
  if (!actor1.empty()) e.actor1 = actor(actor1, 2);
  if (!actor2.empty()) e.actor2 = actor(actor2, 1);
  if (!place.empty()) {
    document::PlaceRef p;
    p.id = "geonames:" + place;
    p.name = place;
    p.lat = 35.13;
    p.lon = 36.76;
    p.country = "SY";
    p.admin1 = "Hama";
    e.place = p;
  }
  document::Count count;
  count.what = "killed";
  count.value = 12;
  count.approx = true;
  count.text = "about 12";
  count.claimed_by = "SOHR";
  e.counts.push_back(count);
  document::Claim claim;
  claim.source.id = "actor:sohr";
  claim.source.name = "Syrian Observatory for Human Rights";
  claim.cue = "according to";
  e.claims.push_back(claim);
  e.evidence.sentence = "Rebels captured the town.";
  e.evidence.span = {0, 25};
  e.evidence.trigger = "captured";
  return e;
}

Document MakeDoc(std::string id, std::string text, std::vector<Event> events = {}) {
  Document d(std::move(id), std::move(text));
  d.source = "corpus/" + d.id() + ".txt";
  d.title = "Title of " + d.id();
  d.url = "https://example.org/" + d.id();
  d.published = "2024-12-07";
  d.published_source = document::PublishedSource::kMetadata;
  d.lang = "en";
  d.events = std::move(events);
  return d;
}

template <typename Backend>
class StoreContractTest : public StoreTestBase<Backend> {
 protected:
  void Put(const Document& d, PutOutcome expected) {
    auto r = this->store_->PutDocument(d);
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    EXPECT_EQ(*r, expected) << d.id();
  }
  std::vector<std::string> EventIds(const EventQuery& q) {
    auto r = this->store_->QueryEvents(q);
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    std::vector<std::string> ids;
    if (r.ok()) for (const auto& e : *r) ids.push_back(e.event.doc + ":" + e.event.id);
    return ids;
  }
};

TYPED_TEST_SUITE(StoreContractTest, Backends);

TYPED_TEST(StoreContractTest, PutThenGetKeepsMetadataTextAndLayers) {
  Document d = MakeDoc("ja-1", "ハマを制圧した。\r\nBOM-free, verbatim\ttext\n",
                       {MakeEvent("Battles", "Non-state actor overtakes territory", "2024-12-05",
                                  "Hayat Tahrir al-Sham", "Military Forces of Syria", "Hama")});
  d.lang = "ja";
  document::Mention mention;
  mention.span = {0, 6};
  mention.text = "ハマ";
  mention.score = 0.9;
  mention.method = "exact";
  d.mentions.push_back(mention);
  document::TimeExpr timex;
  timex.span = {0, 6};
  timex.text = "ハマ";
  timex.value = "2024-12-05";
  timex.anchor = "2024-12-07";
  d.timexes.push_back(timex);
  this->Put(d, PutOutcome::kAdded);
  auto got = this->store_->GetDocument("ja-1");
  ASSERT_TRUE(got.ok()) << got.status().ToString();
  EXPECT_EQ(got->doc.text(), d.text());
  EXPECT_EQ(got->doc.source, d.source);
  EXPECT_EQ(got->doc.title, d.title);
  EXPECT_EQ(got->doc.url, d.url);
  EXPECT_EQ(got->doc.published, "2024-12-07");
  EXPECT_EQ(got->doc.published_source, document::PublishedSource::kMetadata);
  EXPECT_EQ(got->doc.lang, "ja");
  EXPECT_EQ(got->summary.content_hash, ContentHash(d.text()));
  EXPECT_EQ(got->summary.bytes, static_cast<int64_t>(d.text().size()));
  EXPECT_EQ(got->summary.event_count, 1);
  ASSERT_EQ(got->doc.events.size(), 1u);
  Event expected = d.events[0];
  expected.doc = "ja-1";  // events are stored under their document
  EXPECT_EQ(document::EventToJson(got->doc.events[0]), document::EventToJson(expected));
  ASSERT_EQ(got->mentions.size(), 1u);
  EXPECT_EQ(got->mentions[0]["text"], "ハマ");
  ASSERT_EQ(got->timexes.size(), 1u);
  EXPECT_EQ(got->timexes[0]["value"], "2024-12-05");
}

TYPED_TEST(StoreContractTest, MissingDocumentIsNotFound) {
  auto got = this->store_->GetDocument("nope");
  EXPECT_EQ(got.status().code(), StatusCode::kNotFound);
}

TYPED_TEST(StoreContractTest, DocumentsWithoutEventsAreStored) {
  this->Put(MakeDoc("b", "no events here"), PutOutcome::kAdded);
  this->Put(MakeDoc("a", ""), PutOutcome::kAdded);
  auto list = this->store_->ListDocuments();
  ASSERT_TRUE(list.ok());
  ASSERT_EQ(list->size(), 2u);
  EXPECT_EQ((*list)[0].id, "a");  // ordered by id
  EXPECT_EQ((*list)[1].id, "b");
  EXPECT_EQ((*list)[1].event_count, 0);
  EXPECT_TRUE(this->EventIds({}).empty());
}

TYPED_TEST(StoreContractTest, SameContentTwiceIsOneDocument) {
  Document d = MakeDoc("d1", "same text", {MakeEvent("Battles", "Armed clash", "2024-01-02",
                                                     "A", "B", "Hama")});
  EXPECT_FALSE(*this->store_->HasContent("d1", "same text"));
  this->Put(d, PutOutcome::kAdded);
  EXPECT_TRUE(*this->store_->HasContent("d1", "same text"));
  EXPECT_FALSE(*this->store_->HasContent("d1", "other text"));
  EXPECT_FALSE(*this->store_->HasContent("d2", "same text"));
  this->Put(d, PutOutcome::kAlreadyPresent);
  this->Put(d, PutOutcome::kAlreadyPresent);
  auto list = this->store_->ListDocuments();
  ASSERT_TRUE(list.ok());
  EXPECT_EQ(list->size(), 1u);
  EXPECT_EQ(this->EventIds({}).size(), 1u);
}

TYPED_TEST(StoreContractTest, ChangedTextReplacesDocumentAndLayers) {
  this->Put(MakeDoc("d1", "first version",
                    {MakeEvent("Battles", "Armed clash", "2024-01-02", "A", "B", "Hama"),
                     MakeEvent("Protests", "Peaceful protest", "2024-01-03", "C", "", "Homs")}),
            PutOutcome::kAdded);
  this->Put(MakeDoc("d1", "second version",
                    {MakeEvent("Riots", "Mob violence", "2024-02-01", "D", "", "Idlib")}),
            PutOutcome::kUpdated);
  auto got = this->store_->GetDocument("d1");
  ASSERT_TRUE(got.ok());
  EXPECT_EQ(got->doc.text(), "second version");
  EXPECT_EQ(got->summary.event_count, 1);
  EXPECT_EQ(this->EventIds({}), std::vector<std::string>{"d1:Riots/Mob violence/2024-02-01"});
  auto list = this->store_->ListDocuments();
  ASSERT_TRUE(list.ok());
  EXPECT_EQ(list->size(), 1u);
}

TYPED_TEST(StoreContractTest, QueryFiltersAndOrder) {
  this->Put(MakeDoc("d2", "two",
                    {MakeEvent("Battles", "Armed clash", "2024-12-05", "Hayat Tahrir al-Sham",
                               "Military Forces of Syria", "Hama"),
                     MakeEvent("Strategic developments", "Other", std::nullopt, "", "", "")}),
            PutOutcome::kAdded);
  this->Put(MakeDoc("d1", "one",
                    {MakeEvent("Explosions/Remote violence", "Air/drone strike", "2024-12-06",
                               "Military Forces of Russia", "", "Idlib"),
                     MakeEvent("Battles", "Government regains territory", "2024-12-05",
                               "Military Forces of Syria", "", "Hamah Plain")}),
            PutOutcome::kAdded);
  const std::string clash = "d2:Battles/Armed clash/2024-12-05";
  const std::string regain = "d1:Battles/Government regains territory/2024-12-05";
  const std::string strike = "d1:Explosions/Remote violence/Air/drone strike/2024-12-06";
  const std::string other = "d2:Strategic developments/Other/-";
  struct Case {
    const char* name;
    EventQuery query;
    std::vector<std::string> want;
  };
  const std::vector<Case> cases = {
      // Dated by date, then document id; undated last.
      {"all", {}, {regain, clash, strike, other}},
      {"since", {.since = "2024-12-06"}, {strike}},
      {"until", {.until = "2024-12-05"}, {regain, clash}},
      {"since-until", {.since = "2024-12-05", .until = "2024-12-05"}, {regain, clash}},
      {"place substring, any case", {.place = "HAMA"}, {regain, clash}},
      {"place exact", {.place = "idlib"}, {strike}},
      {"actor either side", {.actor = "forces of syria"}, {regain, clash}},
      {"actor1 only", {.actor = "russia"}, {strike}},
      {"type by event_type", {.type = "battles"}, {regain, clash}},
      {"type by sub_event_type", {.type = "Air/drone strike"}, {strike}},
      {"type is not a substring", {.type = "Battle"}, {}},
      {"combined", {.actor = "syria", .type = "Armed clash"}, {clash}},
      {"doc", {.doc = "d2"}, {clash, other}},
      {"limit", {.limit = 2}, {regain, clash}},
      {"no match", {.place = "Aleppo"}, {}},
      {"wildcards are literal", {.place = "H%a"}, {}},
  };
  for (const auto& c : cases) EXPECT_EQ(this->EventIds(c.query), c.want) << c.name;
}

// Events in three wars for the API's filters: country, bounding box (one
// across the antimeridian), evidence text in three scripts, ids, paging.
std::vector<Event> WorldEvents() {
  auto at = [](Event e, std::string country, double lat, double lon, std::string sentence) {
    e.place->country = std::move(country);
    e.place->lat = lat;
    e.place->lon = lon;
    e.evidence.sentence = std::move(sentence);
    return e;
  };
  return {
      at(MakeEvent("Battles", "Armed clash", "2022-03-01", "Military Forces of Ukraine",
                   "Military Forces of Russia", "Irpin"),
         "UA", 50.52, 30.25, "Fighting continued near the river crossing at dawn."),
      at(MakeEvent("Explosions/Remote violence", "Air/drone strike", "2023-08-10",
                   "Military Forces of Israel", "", "Khan Younis"),
         "PS", 31.34, 34.30, "غارة جوية على المدينة أسفرت عن قتلى"),
      at(MakeEvent("Protests", "Peaceful protest", "2021-02-08", "Protesters (Myanmar)", "",
                   "Mandalay"),
         "MM", 21.97, 96.08, "マンダレーで数千人が抗議デモを行った。"),
      at(MakeEvent("Battles", "Armed clash", std::nullopt, "Rebels (Fiji)", "", "Taveuni"),
         "FJ", -16.85, 179.97, "Rebels clashed with police on the island."),
      at(MakeEvent("Riots", "Mob violence", "2022-03-01", "Rioters (Ukraine)", "", "Lviv"), "ua",
         49.84, 24.03, "A crowd attacked the shops; POLICE dispersed it."),
  };
}

TYPED_TEST(StoreContractTest, ApiFilters) {
  this->Put(MakeDoc("w1", "world one", WorldEvents()), PutOutcome::kAdded);
  const std::string irpin = "w1:Battles/Armed clash/2022-03-01";
  const std::string lviv = "w1:Riots/Mob violence/2022-03-01";
  const std::string khan = "w1:Explosions/Remote violence/Air/drone strike/2023-08-10";
  const std::string mandalay = "w1:Protests/Peaceful protest/2021-02-08";
  const std::string taveuni = "w1:Battles/Armed clash/-";
  struct Case {
    const char* name;
    EventQuery query;
    std::vector<std::string> want;
  };
  const std::vector<Case> cases = {
      {"sub_type any case", {.sub_type = "armed CLASH"}, {irpin, taveuni}},
      {"sub_type is not event_type", {.sub_type = "Battles"}, {}},
      {"country any case", {.country = "UA"}, {irpin, lviv}},
      {"country of another war", {.country = "ps"}, {khan}},
      {"text ASCII case", {.text = "police"}, {lviv, taveuni}},
      {"text Arabic", {.text = "غارة جوية"}, {khan}},
      {"text Japanese", {.text = "抗議デモ"}, {mandalay}},
      {"text literal", {.text = "%"}, {}},
      {"event id", {.event_id = "Protests/Peaceful protest/2021-02-08"}, {mandalay}},
      {"bbox Europe", {.bbox = BoundingBox{20, 45, 40, 55}}, {irpin, lviv}},
      {"bbox edges included", {.bbox = BoundingBox{30.25, 50.52, 30.25, 50.52}}, {irpin}},
      {"bbox across the antimeridian", {.bbox = BoundingBox{170, -20, -170, 0}}, {taveuni}},
      {"bbox and type", {.type = "Riots", .bbox = BoundingBox{20, 45, 40, 55}}, {lviv}},
      {"after a dated key", {.after = EventKey{"2022-03-01", "w1", 0}}, {lviv, khan, taveuni}},
      {"after the last dated key", {.after = EventKey{"2023-08-10", "w1", 1}}, {taveuni}},
      {"after an undated key", {.after = EventKey{std::nullopt, "w1", 3}}, {}},
      {"after with a filter", {.type = "Battles", .after = EventKey{"2022-03-01", "w1", 0}},
       {taveuni}},
  };
  for (const auto& c : cases) EXPECT_EQ(this->EventIds(c.query), c.want) << c.name;
}

TYPED_TEST(StoreContractTest, PagingByKeyVisitsEveryEventOnce) {
  this->Put(MakeDoc("w1", "world one", WorldEvents()), PutOutcome::kAdded);
  this->Put(MakeDoc("w0", "world zero", WorldEvents()), PutOutcome::kAdded);
  const std::vector<std::string> all = this->EventIds({});
  std::vector<std::string> paged;
  EventQuery q{.limit = 3};
  for (int page = 0; page < 10; ++page) {
    auto r = this->store_->QueryEventRecords(q);
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    if (r->empty()) break;
    for (const auto& rec : *r) {
      const nlohmann::json j = nlohmann::json::parse(rec.json);
      paged.push_back(std::string(j["doc"]) + ":" + std::string(j["id"]));
    }
    q.after = r->back().key;
  }
  EXPECT_EQ(paged, all);
  EXPECT_EQ(all.size(), 10u);
}

TYPED_TEST(StoreContractTest, RecordsAreTheEventsJson) {
  this->Put(MakeDoc("w1", "world one", WorldEvents()), PutOutcome::kAdded);
  auto events = this->store_->QueryEvents({.country = "ua"});
  auto records = this->store_->QueryEventRecords({.country = "ua"});
  ASSERT_TRUE(events.ok() && records.ok());
  ASSERT_EQ(events->size(), records->size());
  for (size_t i = 0; i < events->size(); ++i) {
    const StoredEvent& e = (*events)[i];
    EXPECT_EQ((*records)[i].json, document::EventToJson(e.event).dump());
    EXPECT_EQ((*records)[i].key, KeyOf(e.event, e.ordinal));
    EXPECT_EQ((*records)[i].stored_at, e.stored_at);
  }
  EXPECT_EQ((*events)[1].ordinal, 4);  // Lviv is the fifth event of w1
}

TYPED_TEST(StoreContractTest, CountsByDayTypeAndCountry) {
  this->Put(MakeDoc("w1", "world one", WorldEvents()), PutOutcome::kAdded);
  auto counts = this->store_->CountEvents({.limit = 1});  // limit is ignored
  ASSERT_TRUE(counts.ok()) << counts.status().ToString();
  using Rows = std::vector<std::pair<std::string, int64_t>>;
  EXPECT_EQ(counts->total, 5);
  EXPECT_EQ(counts->by_day, (Rows{{"2021-02-08", 1}, {"2022-03-01", 2}, {"2023-08-10", 1}}));
  EXPECT_EQ(counts->by_type, (Rows{{"Battles", 2}, {"Explosions/Remote violence", 1},
                                   {"Protests", 1}, {"Riots", 1}}));
  EXPECT_EQ(counts->by_country, (Rows{{"FJ", 1}, {"MM", 1}, {"PS", 1}, {"UA", 1}, {"ua", 1}}));
  auto battles = this->store_->CountEvents({.type = "battles"});
  ASSERT_TRUE(battles.ok());
  EXPECT_EQ(battles->total, 2);
  EXPECT_EQ(battles->by_day, (Rows{{"2022-03-01", 1}}));
}

TYPED_TEST(StoreContractTest, BattlesRoundTrip) {
  document::BattleRecord b;
  b.name = "Battle of Qalamoun (2013)";
  b.start = "2013-11-15";
  b.end = "2013-12-09";
  b.location = "Qalamoun Mountains";
  b.places = {"Qara", "Deir Atiyah", "Nabek"};
  b.result = "Syrian Army victory";
  document::BattlePhase phase;
  phase.name = "First phase";
  phase.start = "2013-11-15";
  phase.end = "2013-11-19";
  b.phases.push_back(phase);
  document::BattleSide side;
  side.belligerents = {"Syrian Arab Republic"};
  side.belligerent_ids = {"actor:syria"};
  side.commanders = {"Commander A"};
  document::Strength strength;
  strength.value = 2000;
  strength.approx = true;
  strength.text = "~2,000";
  strength.who = "troops";
  side.strength.push_back(strength);
  document::Casualty casualty;
  casualty.figures["killed"] = 180;
  casualty.text = "180 killed";
  casualty.claimed_by = "Army claim";
  side.casualties.push_back(casualty);
  b.sides.push_back(side);
  Document d = MakeDoc("wiki", "Battle of Qalamoun infobox");
  d.battles.push_back(b);
  this->Put(d, PutOutcome::kAdded);
  auto battles = this->store_->GetBattles();
  ASSERT_TRUE(battles.ok()) << battles.status().ToString();
  ASSERT_EQ(battles->size(), 1u);
  b.doc = "wiki";
  EXPECT_EQ(document::BattleToJson((*battles)[0]), document::BattleToJson(b));
  auto got = this->store_->GetDocument("wiki");
  ASSERT_TRUE(got.ok());
  ASSERT_EQ(got->doc.battles.size(), 1u);
  EXPECT_EQ(got->summary.battle_count, 1);
}

TYPED_TEST(StoreContractTest, StoredAtIsSet) {
  this->Put(MakeDoc("d", "t", {MakeEvent("Battles", "Armed clash", "2024-01-01", "", "", "")}),
            PutOutcome::kAdded);
  auto events = this->store_->QueryEvents({});
  ASSERT_TRUE(events.ok());
  ASSERT_EQ(events->size(), 1u);
  EXPECT_GT((*events)[0].stored_at, 1700000000);
}

TEST(ContentHashTest, KnownValuesAndSensitivity) {
  // FNV-1a 64 test vectors (Fowler/Noll/Vo reference): "" and "a".
  EXPECT_EQ(ContentHash(""), "fnv1a64:cbf29ce484222325");
  EXPECT_EQ(ContentHash("a"), "fnv1a64:af63dc4c8601ec8c");
  EXPECT_NE(ContentHash("text"), ContentHash("text "));
}

}  // namespace
}  // namespace sitrep::store
