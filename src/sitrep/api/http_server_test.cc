// A real server on an ephemeral loopback port over a real SQLite store: every
// endpoint, paging, filters, bad parameters, path traversal, limits and
// methods, each answered with JSON and the right status (never a 500).
#include "sitrep/api/http_server.h"

#include <httplib.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <thread>

#include <gtest/gtest.h>

#include "sitrep/api/api_testutil.h"
#include "sitrep/store/sqlite/sqlite_store.h"

namespace sitrep::api {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;

class HttpServerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::string tmpl = ::testing::TempDir() + "/http_server_XXXXXX";
    ASSERT_NE(mkdtemp(tmpl.data()), nullptr);
    dir_ = new std::string(tmpl);
    {
      auto s = store::SqliteStore::Open(*dir_ + "/api.db");
      ASSERT_TRUE(s.ok());
      SeedStore(**s);
    }
    fs::create_directories(*dir_ + "/web/test");
    fs::create_directories(*dir_ + "/node_modules/leaflet/dist");
    std::ofstream(*dir_ + "/web/index.html") << "<!doctype html><title>sitrep</title>";
    std::ofstream(*dir_ + "/web/app.js") << "console.log('app');";
    std::ofstream(*dir_ + "/web/test/secret.mjs") << "test";
    std::ofstream(*dir_ + "/web/notes.txt") << "not a served type";
    std::ofstream(*dir_ + "/node_modules/leaflet/dist/leaflet.js") << "/* leaflet */";
    std::ofstream(*dir_ + "/outside.js") << "outside";
    fs::create_symlink(*dir_ + "/outside.js", *dir_ + "/web/link.js");
    ServerOptions options;
    options.db_url = *dir_ + "/api.db";
    options.port = 0;
    options.web_dir = *dir_ + "/web";
    options.node_modules_dir = *dir_ + "/node_modules";
    options.threads = 4;
    auto server = HttpServer::Bind(options);
    ASSERT_TRUE(server.ok()) << server.status().ToString();
    server_ = server->release();
    thread_ = new std::thread([] { EXPECT_TRUE(server_->Run().ok()); });
  }
  static void TearDownTestSuite() {
    server_->Stop();
    thread_->join();
    delete thread_;
    delete server_;
    fs::remove_all(*dir_);
    delete dir_;
  }

  httplib::Result Get(const std::string& target) {
    httplib::Client client("127.0.0.1", server_->port());
    return client.Get(target.c_str());
  }
  // Returns the JSON body after checking the status and the content type.
  json GetJson(const std::string& target, int want) {
    auto res = Get(target);
    EXPECT_TRUE(res) << target;
    if (!res) return {};
    EXPECT_EQ(res->status, want) << target << " " << res->body;
    EXPECT_TRUE(res->get_header_value("Content-Type").starts_with("application/json")) << target;
    EXPECT_EQ(res->get_header_value("X-Content-Type-Options"), "nosniff");
    return json::parse(res->body, nullptr, false);
  }

  static std::string* dir_;
  static HttpServer* server_;
  static std::thread* thread_;
};

std::string* HttpServerTest::dir_ = nullptr;
HttpServer* HttpServerTest::server_ = nullptr;
std::thread* HttpServerTest::thread_ = nullptr;

TEST_F(HttpServerTest, EveryEndpointAnswers) {
  EXPECT_EQ(GetJson("/api/events", 200)["count"], 4);
  EXPECT_EQ(GetJson("/api/events?type=Battles&since=2016-08-02", 200)["count"], 1);
  EXPECT_EQ(GetJson("/api/events?q=%E6%8A%97%E8%AD%B0", 200)["count"], 1);  // 抗議
  EXPECT_EQ(GetJson("/api/events?bbox=30,40,40,50", 200)["events"][0]["place"]["name"], "Bakhmut");
  EXPECT_EQ(GetJson("/api/events/news%2Fen-1%23e1", 200)["event"]["id"], "news/en-1#e1");
  EXPECT_EQ(GetJson("/api/docs", 200)["count"], 3);
  EXPECT_EQ(GetJson("/api/docs/news%2Far-1", 200)["document"]["lang"], "ar");
  EXPECT_EQ(GetJson("/api/battles", 200)["count"], 0);
  EXPECT_EQ(GetJson("/api/stats?country=SY", 200)["total"], 2);
  EXPECT_EQ(GetJson("/api/control?at=2024-12-01", 200)["count"], 0);
  EXPECT_EQ(GetJson("/api/events?fused=1&type=Battles", 200)["count"], 0);
  auto csv = Get("/api/events?format=csv");
  ASSERT_TRUE(csv);
  EXPECT_EQ(csv->status, 200);
  EXPECT_TRUE(csv->body.starts_with("event_id_cnty,"));
}

TEST_F(HttpServerTest, PagingWithTheCursor) {
  json page = GetJson("/api/events?limit=3", 200);
  ASSERT_EQ(page["count"], 3);
  ASSERT_TRUE(page["next_cursor"].is_string());
  json rest = GetJson("/api/events?limit=3&cursor=" + std::string(page["next_cursor"]), 200);
  EXPECT_EQ(rest["count"], 1);
  EXPECT_TRUE(rest["next_cursor"].is_null());
  EXPECT_EQ(rest["events"][0]["id"], "news/en-1#e1");
}

TEST_F(HttpServerTest, BadInputIs4xxJsonNever500) {
  const std::vector<std::pair<std::string, int>> cases = {
      {"/api/events?limit=-1", 400},
      {"/api/events?since=yesterday", 400},
      {"/api/events?bbox=a,b", 400},
      {"/api/events?cursor=%00%01", 400},
      {"/api/events?limit=%FF%FE", 400},
      {"/api/events/unknown-id", 404},
      {"/api/docs/unknown-id", 404},
      {"/api/unknown", 404},
      {"/api/events?" + std::string(5000, 'q'), 414},
  };
  for (const auto& [target, want] : cases) {
    EXPECT_EQ(GetJson(target, want)["error"]["status"], want) << target;
  }
}

TEST_F(HttpServerTest, PathTraversalIs404) {
  for (const std::string target :
       {"/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fetc%2fpasswd",
        "/%252e%252e/etc/passwd", "/lib/..%2f..%2f..%2fetc%2fpasswd", "/lib/../../outside.js",
        "/.%2e/outside.js", "/link.js", "/test/secret.mjs", "/notes.txt", "/web/app.js",
        "/app.js%00.html", "//etc/passwd", "/lib/leaflet.css"}) {
    auto res = Get(target);
    ASSERT_TRUE(res) << target;
    EXPECT_EQ(res->status, 404) << target;
    EXPECT_EQ(res->body.find("root:"), std::string::npos) << target;
  }
}

TEST_F(HttpServerTest, ThePageAndItsLibraries) {
  auto index = Get("/");
  ASSERT_TRUE(index);
  EXPECT_EQ(index->status, 200);
  EXPECT_TRUE(index->get_header_value("Content-Type").starts_with("text/html"));
  EXPECT_NE(index->get_header_value("Content-Security-Policy").find("script-src 'self'"),
            std::string::npos);
  auto app = Get("/app.js");
  ASSERT_TRUE(app);
  EXPECT_EQ(app->status, 200);
  auto lib = Get("/lib/leaflet.js");
  ASSERT_TRUE(lib);
  EXPECT_EQ(lib->body, "/* leaflet */");
}

TEST_F(HttpServerTest, OnlyReadsAndSmallBodies) {
  httplib::Client client("127.0.0.1", server_->port());
  auto post = client.Post("/api/events", "{}", "application/json");
  ASSERT_TRUE(post);
  EXPECT_EQ(post->status, 405);
  EXPECT_EQ(json::parse(post->body)["error"]["status"], 405);
  auto big = client.Post("/api/events", std::string(100 * 1024, 'x'), "text/plain");
  ASSERT_TRUE(big);
  EXPECT_EQ(big->status, 413);
  auto del = client.Delete("/api/docs/news%2Fen-1");
  ASSERT_TRUE(del);
  EXPECT_EQ(del->status, 405);
  EXPECT_EQ(GetJson("/api/docs", 200)["count"], 3);
}

// Several clients at once, each on its own connection, over every kind of
// route (queries, one record, a document, stats, a download, the page): each
// answer is the one a lone client gets. The server's workers share the store
// pool, the router and the static files; `make test-tsan` runs this under
// ThreadSanitizer, where any unsynchronized sharing between them is reported.
TEST_F(HttpServerTest, ConcurrentClientsGetTheLoneClientsAnswers) {
  const std::vector<std::string> targets = {
      "/api/events",          "/api/events?type=Battles&since=2016-08-02",
      "/api/events?limit=2",  "/api/events/news%2Fen-1%23e1",
      "/api/docs",            "/api/docs/news%2Far-1",
      "/api/stats?country=SY", "/api/control?at=2024-12-01",
      "/api/events?fused=1",  "/api/events?format=csv",
      "/api/events?format=geojson", "/app.js",
      "/api/events/unknown-id"};
  std::vector<std::pair<int, std::string>> lone;
  for (const std::string& t : targets) {
    auto res = Get(t);
    ASSERT_TRUE(res) << t;
    lone.emplace_back(res->status, res->body);
  }
  constexpr int kClients = 6, kRounds = 8;
  std::vector<std::vector<std::string>> mismatches(kClients);
  std::vector<std::thread> clients;
  for (int c = 0; c < kClients; ++c) {
    clients.emplace_back([&, c] {
      httplib::Client client("127.0.0.1", server_->port());
      for (int r = 0; r < kRounds; ++r) {
        for (size_t i = 0; i < targets.size(); ++i) {
          const size_t k = (i + c + r) % targets.size();  // clients interleave routes
          auto res = client.Get(targets[k].c_str());
          if (!res || res->status != lone[k].first || res->body != lone[k].second)
            mismatches[c].push_back(targets[k]);
        }
      }
    });
  }
  for (std::thread& t : clients) t.join();
  for (int c = 0; c < kClients; ++c) EXPECT_TRUE(mismatches[c].empty()) << "client " << c << ": " << mismatches[c][0];
}

TEST(HttpServerBindTest, MissingStoreOrBusyPortIsAnError) {
  ServerOptions options;
  options.db_url = ::testing::TempDir() + "/no-such-" + std::to_string(getpid()) + ".db";
  options.port = 0;
  EXPECT_EQ(HttpServer::Bind(options).status().code(), StatusCode::kNotFound);
  EXPECT_FALSE(fs::exists(options.db_url));
}

TEST(HttpServerBindTest, StopBeforeRunReturns) {
  std::string tmpl = ::testing::TempDir() + "/http_stop_XXXXXX";
  ASSERT_NE(mkdtemp(tmpl.data()), nullptr);
  ASSERT_TRUE(store::SqliteStore::Open(tmpl + "/s.db").ok());
  ServerOptions options;
  options.db_url = tmpl + "/s.db";
  options.port = 0;
  auto server = HttpServer::Bind(options);
  ASSERT_TRUE(server.ok());
  (*server)->Stop();
  EXPECT_TRUE((*server)->Run().ok());  // returns at once instead of serving forever
  fs::remove_all(tmpl);
}

}  // namespace
}  // namespace sitrep::api
