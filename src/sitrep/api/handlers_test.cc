// Handler tests without sockets: a MemoryStore seeded with events from three
// wars in three scripts, and the Request -> Response functions of handlers.h.
#include "sitrep/api/handlers.h"

#include <gtest/gtest.h>

#include "sitrep/api/api_testutil.h"
#include "sitrep/api/query_params.h"
#include "sitrep/store/memory/memory_store.h"

namespace sitrep::api {
namespace {

using nlohmann::json;

class HandlersTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = store::MemoryStore::Create();
    SeedStore(*store_);
  }

  Response Get(const std::string& path, std::multimap<std::string, std::string> params = {}) {
    Request r;
    r.path = path;
    r.params = std::move(params);
    return Route(*store_, r);
  }
  json GetJson(const std::string& path, std::multimap<std::string, std::string> params = {},
               int want_status = 200) {
    Response r = Get(path, std::move(params));
    EXPECT_EQ(r.status, want_status) << path << " " << r.body;
    EXPECT_TRUE(r.content_type.starts_with("application/json")) << r.content_type;
    return json::parse(r.body);
  }
  std::vector<std::string> Ids(const json& page) {
    std::vector<std::string> ids;
    for (const auto& e : page["events"]) ids.push_back(e["id"]);
    return ids;
  }

  std::unique_ptr<store::Store> store_;
};

TEST_F(HandlersTest, EventsFilteredInEveryScript) {
  struct Case {
    std::multimap<std::string, std::string> params;
    std::vector<std::string> want;
  };
  const std::vector<Case> cases = {
      {{}, {"news/ar-1#e1", "news/ar-1#e2", "news/ja-1#e1", "news/en-1#e1"}},
      {{{"type", "battles"}}, {"news/ar-1#e1", "news/ar-1#e2"}},
      {{{"sub_type", "Peaceful protest"}}, {"news/ja-1#e1"}},
      {{{"since", "2021-01-01"}, {"until", "2022-12-31"}}, {"news/ja-1#e1"}},
      {{{"country", "ua"}}, {"news/en-1#e1"}},
      {{{"place", "alep"}}, {"news/ar-1#e1", "news/ar-1#e2"}},
      {{{"actor", "forces of mm"}}, {"news/ja-1#e1"}},
      {{{"q", "جديدة"}}, {"news/ar-1#e2"}},
      {{{"q", "抗議"}}, {"news/ja-1#e1"}},
      {{{"q", "SHELLED"}}, {"news/en-1#e1"}},
      {{{"bbox", "30,40,40,50"}}, {"news/en-1#e1"}},
      {{{"doc", "news/ja-1"}}, {"news/ja-1#e1"}},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(Ids(GetJson("/api/events", c.params)), c.want) << json(c.params).dump();
  }
}

TEST_F(HandlersTest, CursorPagesThroughEverything) {
  std::vector<std::string> seen;
  std::multimap<std::string, std::string> params = {{"limit", "1"}};
  for (int i = 0; i < 10; ++i) {
    json page = GetJson("/api/events", params);
    for (const auto& id : Ids(page)) seen.push_back(id);
    if (page["next_cursor"].is_null()) break;
    params = {{"limit", "1"}, {"cursor", page["next_cursor"]}};
  }
  EXPECT_EQ(seen, Ids(GetJson("/api/events")));
}

TEST_F(HandlersTest, BadParametersAre400Json) {
  const std::vector<std::multimap<std::string, std::string>> cases = {
      {{"limit", "-1"}},   {{"limit", "0"}},       {{"limit", "1001"}},  {{"limit", "ten"}},
      {{"since", "yesterday"}}, {{"until", "2024-13-40"}}, {{"bbox", "a,b"}},
      {{"bbox", "1,2,3"}}, {{"bbox", "1,2,3,4,5"}}, {{"bbox", "0,60,10,50"}}, {{"bbox", "200,0,10,10"}},
      {{"cursor", "zz"}},  {{"cursor", "7b7d"}},   {{"format", "xml"}},  {{"fused", "yes"}},
      {{"tpye", "Battles"}},
  };
  for (const auto& params : cases) {
    json body = GetJson("/api/events", params, 400);
    EXPECT_EQ(body["error"]["status"], 400) << json(params).dump();
    EXPECT_FALSE(std::string(body["error"]["message"]).empty());
  }
  EXPECT_EQ(GetJson("/api/stats", {{"since", "last week"}}, 400)["error"]["status"], 400);
  EXPECT_EQ(GetJson("/api/docs", {{"limit", "-1"}}, 400)["error"]["status"], 400);
}

TEST_F(HandlersTest, UnknownThingsAre404Json) {
  for (const std::string path : {"/api/events/no-such-event", "/api/docs/no-such-doc", "/api/nothing",
                                 "/api/events/../../etc/passwd"}) {
    EXPECT_EQ(GetJson(path, {}, 404)["error"]["status"], 404) << path;
  }
}

TEST_F(HandlersTest, OneEventWithItsClaimsAndDocument) {
  json body = GetJson("/api/events/news/en-1#e1");
  EXPECT_EQ(body["event"]["sub_event_type"], "Shelling/artillery/missile attack");
  EXPECT_EQ(body["event"]["claims"][0]["stance"], "denies");
  EXPECT_EQ(body["event"]["evidence"]["end"], 33);
  EXPECT_EQ(body["document"]["title"], "Front line report");
  EXPECT_EQ(body["document"]["link"], "/api/docs/news%2Fen-1");
}

TEST_F(HandlersTest, DocumentWithTextVerbatimAndSpans) {
  json body = GetJson("/api/docs/news/en-1");
  EXPECT_EQ(body["document"]["text"],
            "Troops shelled Bakhmut on Monday. <script>alert(1)</script>");  // text, as stored
  EXPECT_EQ(body["events"].size(), 1u);
  EXPECT_EQ(body["events"][0]["evidence"]["start"], 0);
  json ar = GetJson("/api/docs/news/ar-1");
  EXPECT_EQ(ar["document"]["lang"], "ar");
  EXPECT_EQ(ar["events"].size(), 2u);
}

TEST_F(HandlersTest, DocumentListPages) {
  json first = GetJson("/api/docs", {{"limit", "2"}});
  ASSERT_EQ(first["documents"].size(), 2u);
  EXPECT_EQ(first["documents"][0]["id"], "news/ar-1");
  json second = GetJson("/api/docs", {{"limit", "2"}, {"cursor", first["next_cursor"]}});
  ASSERT_EQ(second["documents"].size(), 1u);
  EXPECT_EQ(second["documents"][0]["id"], "news/ja-1");
  EXPECT_TRUE(second["next_cursor"].is_null());
}

TEST_F(HandlersTest, StatsCountByDayTypeAndCountry) {
  json body = GetJson("/api/stats", {{"type", "Battles"}});
  EXPECT_EQ(body["total"], 2);
  EXPECT_EQ(body["by_day"].size(), 2u);
  EXPECT_EQ(body["by_country"][0]["country"], "SY");
  EXPECT_EQ(GetJson("/api/stats")["total"], 4);
}

TEST_F(HandlersTest, DownloadsUseTheExporters) {
  Response csv = Get("/api/events", {{"format", "csv"}, {"country", "SY"}});
  EXPECT_EQ(csv.status, 200);
  EXPECT_TRUE(csv.content_type.starts_with("text/csv"));
  EXPECT_TRUE(csv.body.starts_with("event_id_cnty,event_date,"));
  EXPECT_EQ(std::count(csv.body.begin(), csv.body.end(), '\n'), 3);  // header + 2 rows
  Response geo = Get("/api/events", {{"format", "geojson"}});
  EXPECT_EQ(json::parse(geo.body)["features"].size(), 4u);
}

TEST_F(HandlersTest, FusionEndpointsAnswerEvenBeforeAnyFusion) {
  // Nothing fused yet in this store: empty answers, not errors.
  EXPECT_EQ(GetJson("/api/control", {{"at", "2024-01-01"}})["count"], 0);
  EXPECT_EQ(GetJson("/api/events", {{"fused", "1"}})["count"], 0);
}

TEST_F(HandlersTest, OnlyReadingMethods) {
  Request r;
  r.method = "DELETE";
  r.path = "/api/events";
  EXPECT_EQ(Route(*store_, r).status, 405);
}

TEST(CursorTest, RoundTripsAndRejectsForgeries) {
  for (const store::EventKey& key : {store::EventKey{"2024-12-05", "doc/1#x", 3},
                                     store::EventKey{std::nullopt, "ハマ", 0}}) {
    auto back = DecodeCursor(EncodeCursor(key));
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(*back, key);
  }
  for (const std::string bad : {"", "0", "zz", "5b5d", "5b312c322c335d"}) {
    EXPECT_FALSE(DecodeCursor(bad).ok()) << bad;
  }
}

}  // namespace
}  // namespace sitrep::api
