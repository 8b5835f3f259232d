// /api/events?fused=1 and /api/control over a MemoryStore holding fused
// events and control intervals of three wars (reports in English, Arabic and
// Japanese): filters, paging by cursor, downloads, control on a day, and the
// parameters fused records refuse.
#include <gtest/gtest.h>

#include "sitrep/api/api_testutil.h"
#include "sitrep/api/handlers.h"
#include "sitrep/store/memory/memory_store.h"

namespace sitrep::api {
namespace {

using nlohmann::json;

document::PlaceRef Place(const std::string& name, const std::string& country, double lat,
                         double lon) {
  return document::PlaceRef{"geonames:" + name, name, lat, lon, country, "", 1};
}

document::FusedEvent Fused(const std::string& id, const std::string& date, const std::string& type,
                           const std::string& sub, const std::string& actor,
                           const document::PlaceRef& place,
                           const std::vector<std::pair<std::string, std::string>>& reports) {
  document::FusedEvent f;
  f.id = id;
  f.event.id = id;
  f.event.event_type = type;
  f.event.sub_event_type = sub;
  f.event.date = date;
  f.event.time_precision = 1;
  f.event.actor1 = document::ActorRef{"actor:" + actor, actor, 2};
  f.event.place = place;
  for (const auto& [doc, lang] : reports) {
    f.sources.push_back({doc, doc + "#e1", lang, lang + ".example.net", date});
  }
  f.merge.members = static_cast<int>(reports.size());
  if (reports.size() > 1) {
    f.merge.reasons = {"same day", "same place"};
    f.merge.score = 0.8;
  }
  return f;
}

class FusionHandlersTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = store::MemoryStore::Create();
    SeedStore(*store_);  // per-report events, so fused and plain answers differ
    const auto kherson = Place("Kherson", "UA", 46.64, 32.61);
    const auto omdurman = Place("Omdurman", "SD", 15.64, 32.48);
    const auto aleppo = Place("Aleppo", "SY", 36.2, 37.16);
    store::FusionUpdate u;
    u.generation = 0;
    u.put = {
        Fused("fe:kherson", "2022-11-11", "Strategic developments", "Government regains territory",
              "Military Forces of Ukraine", kherson,
              {{"wire/en-7", "en"}, {"wire/ja-3", "ja"}, {"wire/ar-2", "ar"}}),
        Fused("fe:omdurman", "2024-02-16", "Battles", "Government regains territory",
              "Military Forces of Sudan", omdurman, {{"wire/ar-9", "ar"}, {"wire/en-8", "en"}}),
        Fused("fe:aleppo", "2016-12-22", "Battles", "Armed clash", "Syrian rebels", aleppo,
              {{"wire/ja-4", "ja"}}),
    };
    u.put[0].fatalities = document::FatalityRange{3, 5, 9, false};
    u.put[0].event.fatalities = 3;
    document::ControlInterval before{kherson, document::ActorRef{"actor:ru", "Military Forces of Russia", 8},
                                     "2022-03-02", "2022-11-11", false, {}, {}};
    document::ControlInterval after{kherson, document::ActorRef{"actor:ua", "Military Forces of Ukraine", 1},
                                    "2022-11-11", "", true, {"fe:kherson"}, {}};
    u.control_places = {kherson.id};
    u.control = {before, after};
    ASSERT_TRUE(store_->ApplyFusion(u).ok());
  }

  Response Get(std::multimap<std::string, std::string> params, const std::string& path = "/api/events") {
    Request r;
    r.path = path;
    r.params = std::move(params);
    return Route(*store_, r);
  }
  json GetJson(std::multimap<std::string, std::string> params, int want_status = 200,
               const std::string& path = "/api/events") {
    Response r = Get(std::move(params), path);
    EXPECT_EQ(r.status, want_status) << path << " " << r.body;
    return json::parse(r.body);
  }
  static std::vector<std::string> Ids(const json& page) {
    std::vector<std::string> ids;
    for (const auto& e : page["events"]) ids.push_back(e["id"]);
    return ids;
  }

  std::unique_ptr<store::Store> store_;
};

TEST_F(FusionHandlersTest, FusedEventsFiltered) {
  struct Case {
    std::multimap<std::string, std::string> params;
    std::vector<std::string> want;
  };
  const std::vector<Case> cases = {
      {{{"fused", "1"}}, {"fe:aleppo", "fe:kherson", "fe:omdurman"}},
      {{{"fused", "1"}, {"type", "battles"}}, {"fe:aleppo", "fe:omdurman"}},
      {{{"fused", "1"}, {"type", "government regains territory"}}, {"fe:kherson", "fe:omdurman"}},
      {{{"fused", "1"}, {"since", "2022-01-01"}, {"until", "2023-01-01"}}, {"fe:kherson"}},
      {{{"fused", "1"}, {"place", "OMDUR"}}, {"fe:omdurman"}},
      {{{"fused", "1"}, {"actor", "rebels"}}, {"fe:aleppo"}},
      {{{"fused", "1"}, {"doc", "wire/ja-3"}}, {"fe:kherson"}},
      {{{"fused", "0"}, {"doc", "news/ja-1"}}, {"news/ja-1#e1"}},  // fused=0: per-report events
  };
  for (const auto& c : cases) {
    const json page = GetJson(c.params);
    EXPECT_EQ(Ids(page), c.want) << json(c.params).dump();
  }
  const json kherson = GetJson({{"fused", "1"}, {"place", "Kherson"}})["events"][0];
  EXPECT_EQ(kherson["sources"].size(), 3u);
  EXPECT_EQ(kherson["fatalities"]["best"], 5);
  EXPECT_EQ(kherson["merge"]["members"], 3);
}

TEST_F(FusionHandlersTest, FusedPagesVisitEveryRecordOnce) {
  std::vector<std::string> seen;
  std::multimap<std::string, std::string> params = {{"fused", "1"}, {"limit", "2"}};
  for (int pages = 0; pages < 5; ++pages) {
    const json page = GetJson(params);
    for (const auto& id : Ids(page)) seen.push_back(id);
    if (page["next_cursor"].is_null()) break;
    params = {{"fused", "1"}, {"limit", "2"}, {"cursor", page["next_cursor"]}};
  }
  EXPECT_EQ(seen, (std::vector<std::string>{"fe:aleppo", "fe:kherson", "fe:omdurman"}));
}

TEST_F(FusionHandlersTest, FusedDownloads) {
  Response csv = Get({{"fused", "1"}, {"format", "csv"}, {"type", "battles"}});
  EXPECT_EQ(csv.status, 200);
  EXPECT_TRUE(csv.content_type.starts_with("text/csv"));
  EXPECT_EQ(std::count(csv.body.begin(), csv.body.end(), '\n'), 3);  // header + 2 rows
  Response geo = Get({{"fused", "1"}, {"format", "geojson"}});
  EXPECT_EQ(json::parse(geo.body)["features"].size(), 3u);
}

TEST_F(FusionHandlersTest, FusedRefusesPerReportFilters) {
  for (const char* name : {"sub_type", "country", "bbox", "q"}) {
    const json err = GetJson({{"fused", "1"}, {name, "x"}}, 400);
    EXPECT_NE(err["error"]["message"].get<std::string>().find(name), std::string::npos) << name;
  }
  GetJson({{"fused", "2"}}, 400);
  GetJson({{"fused", "1"}, {"cursor", "zz"}}, 400);
  GetJson({{"fused", "1"}, {"limit", "0"}}, 400);
  GetJson({{"fused", "1"}, {"format", "xml"}}, 400);
}

TEST_F(FusionHandlersTest, ControlOnADay) {
  const json all = GetJson({}, 200, "/api/control");
  ASSERT_EQ(all["count"], 2);
  EXPECT_EQ(all["intervals"][0]["controller"]["name"], "Military Forces of Russia");
  struct Case {
    std::string at;
    std::optional<std::string> controller;  // nullopt: no interval holds
  };
  for (const Case& c : std::vector<Case>{{"2022-06-01", "Military Forces of Russia"},
                                         {"2022-11-11", "Military Forces of Ukraine"},
                                         {"2025-01-01", "Military Forces of Ukraine"},
                                         {"2021-01-01", std::nullopt}}) {
    const json at = GetJson({{"at", c.at}}, 200, "/api/control");
    if (!c.controller) {
      EXPECT_EQ(at["count"], 0) << c.at;
      continue;
    }
    ASSERT_EQ(at["count"], 1) << c.at;
    EXPECT_EQ(at["intervals"][0]["controller"]["name"], *c.controller) << c.at;
  }
  EXPECT_EQ(GetJson({{"at", "2022-12-01"}}, 200, "/api/control")["intervals"][0]["contested"], true);
  EXPECT_EQ(GetJson({{"place", "omdurman"}}, 200, "/api/control")["count"], 0);
  const json geo = json::parse(Get({{"at", "2022-12-01"}, {"format", "geojson"}}, "/api/control").body);
  ASSERT_EQ(geo["features"].size(), 1u);
  EXPECT_EQ(geo["features"][0]["geometry"]["coordinates"][0], 32.61);  // lon first
  GetJson({{"at", "yesterday"}}, 400, "/api/control");
  GetJson({{"at", ""}}, 400, "/api/control");
  GetJson({{"when", "2022-01-01"}}, 400, "/api/control");
  GetJson({{"format", "csv"}}, 400, "/api/control");
}

}  // namespace
}  // namespace sitrep::api
