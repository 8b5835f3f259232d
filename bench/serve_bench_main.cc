// sitrep_serve_bench: the HTTP API's speed (issue 12), in two parts.
//
// 1. Query latency with 100,000 events stored (SQLite): GET /api/events with a
//    date range and a type filter, through the handler (no sockets), beside two
//    baselines run on the same store in the same run — the pre-API query path
//    (every row's JSON decoded into an Event and encoded again) and the
//    pre-index SQL (type compared through lower(), which no index serves).
//    Prints median and p90 of each and the ratios. Goal: median < 20 ms.
// 2. Load: a real server on a loopback port and a bounded client loop — by
//    default 20,000 requests over 50 keep-alive connections, a mix of event
//    pages, stats and single records — reporting throughput, p50/p99 latency
//    and errors (goal: 0). With Debian's wrk installed, a 5-second wrk run of
//    the event query is printed beside it.
// Usage: sitrep_serve_bench [--events N] [--requests N] [--connections N]
//                           [--db PATH (kept and reused when it exists)]
#include <sqlite3.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include <fmt/format.h>
#include <httplib.h>

#include "sitrep/api/handlers.h"
#include "sitrep/api/http_server.h"
#include "sitrep/base/date.h"
#include "sitrep/document/json.h"
#include "sitrep/export/store_url.h"
#include "sitrep/store/sqlite/sqlite_store.h"

namespace {

using namespace sitrep;
using Clock = std::chrono::steady_clock;

double Ms(Clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); }

// Returns this process's CPU seconds (user + system) so far.
double CpuSeconds() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  auto s = [](const timeval& t) { return t.tv_sec + t.tv_usec / 1e6; };
  return s(u.ru_utime) + s(u.ru_stime);
}

// Returns the 1-minute load average: wall-clock figures on a shared machine
// mean little without it.
double LoadAverage() {
  double load[1] = {0};
  return getloadavg(load, 1) == 1 ? load[0] : -1;
}

double Percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v[std::min(v.size() - 1, static_cast<size_t>(p * (v.size() - 1) + 0.5))];
}

int g_documents = 0;  // documents stored (10 events each)

const std::vector<std::pair<std::string, std::string>> kTypes = {
    {"Battles", "Armed clash"},
    {"Battles", "Government regains territory"},
    {"Explosions/Remote violence", "Air/drone strike"},
    {"Explosions/Remote violence", "Shelling/artillery/missile attack"},
    {"Violence against civilians", "Attack"},
    {"Protests", "Peaceful protest"},
    {"Riots", "Mob violence"},
    {"Strategic developments", "Arrests"},
};
const std::vector<std::string> kCountries = {"UA", "SY", "SD", "MM", "YE", "ML", "BF", "NG", "SO", "CD",
                                             "ET", "AF", "IQ", "LY", "PS", "LB", "HT", "CO", "MX", "PK"};

// Stores `n` synthetic events, 10 per document, over ~3 years.
Status Populate(store::Store& store, int n) {
  std::mt19937 rng(12);
  const Date start = *Date::Parse("2022-01-01");
  for (int d = 0; d * 10 < n; ++d) {
    document::Document doc(fmt::format("bench/doc-{:06d}", d), fmt::format("Report {} of the bench.", d));
    doc.lang = d % 3 == 0 ? "ja" : "en";
    for (int i = 0; i < 10 && d * 10 + i < n; ++i) {
      document::Event e;
      const auto& [type, sub] = kTypes[rng() % kTypes.size()];
      e.id = doc.id() + "#e" + std::to_string(i + 1);
      e.event_type = type;
      e.sub_event_type = sub;
      e.date = start.AddDays(static_cast<int>(rng() % 1000)).ToString();
      e.time_precision = 1;
      const std::string country = kCountries[rng() % kCountries.size()];
      e.actor1 = document::ActorRef{"actor:" + country, "Military Forces of " + country, 1};
      e.place = document::PlaceRef{"geonames:" + std::to_string(rng() % 5000), "Town " + std::to_string(rng() % 5000),
                                   -40.0 + (rng() % 8000) / 100.0, -20.0 + (rng() % 14000) / 100.0, country, "", 1};
      e.claims.push_back({{"src:1", "Local officials", 0}, document::Stance::kAsserts, "said"});
      e.evidence.sentence = "Fighting was reported near the town on that day, officials said.";
      doc.events.push_back(std::move(e));
    }
    auto put = store.PutDocument(doc);
    if (!put.ok()) return put.status();
  }
  return OkStatus();
}

// Returns the latencies (ms) of `runs` calls of `f`, the i-th with query i.
template <typename F>
std::vector<double> Time(int runs, F f) {
  std::vector<double> ms;
  for (int i = 0; i < runs; ++i) {
    const auto t0 = Clock::now();
    f(i);
    ms.push_back(Ms(Clock::now() - t0));
  }
  return ms;
}

// The month starting at month index `i` (0..29) of the synthetic range.
std::pair<std::string, std::string> Month(int i) {
  const Date from = Date::Parse("2022-01-01")->AddDays(30 * (i % 30));
  return {from.ToString(), from.AddDays(29).ToString()};
}

void Report(const char* what, const std::vector<double>& ms) {
  std::cout << fmt::format("  {:<58} median {:7.2f} ms   p90 {:7.2f} ms\n", what, Percentile(ms, 0.5),
                           Percentile(ms, 0.9));
}

int QueryBench(const std::string& db_path, int runs) {
  auto opened = exporter::OpenStore(db_path, false);
  if (!opened.ok()) return 1;
  store::Store& store = **opened;
  const std::vector<std::string> types = {"Battles", "Protests", "Explosions/Remote violence"};
  auto api = Time(runs, [&](int i) {
    api::Request r;
    r.path = "/api/events";
    const auto [since, until] = Month(i);
    r.params = {{"since", since}, {"until", until}, {"type", types[i % 3]}};
    const api::Response res = api::Route(store, r);
    if (res.status != 200) std::cerr << "unexpected status " << res.status << "\n";
  });
  // Baseline 1: the query path before the API (decode each row, encode it again).
  auto decode = Time(runs, [&](int i) {
    const auto [since, until] = Month(i);
    auto events = store.QueryEvents({.since = since, .until = until, .type = types[i % 3], .limit = 101});
    std::string out;
    for (const auto& e : *events) out += document::EventToJson(e.event).dump();
  });
  // Baseline 2: the SQL before the indexes: type through lower(), then decode.
  sqlite3* raw = nullptr;
  sqlite3_open_v2(db_path.c_str(), &raw, SQLITE_OPEN_READONLY, nullptr);
  auto lower = Time(runs, [&](int i) {
    const auto [since, until] = Month(i);
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(raw,
        "SELECT e.json, d.stored_at FROM events e JOIN documents d ON d.id = e.doc_id "
        "WHERE e.date >= ? AND e.date <= ? AND (lower(e.event_type) = lower(?) OR "
        "lower(e.sub_event_type) = lower(?)) ORDER BY e.date IS NULL, e.date, e.doc_id, e.ordinal "
        "LIMIT 101", -1, &st, nullptr);
    sqlite3_bind_text(st, 1, since.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 2, until.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 3, types[i % 3].c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 4, types[i % 3].c_str(), -1, SQLITE_TRANSIENT);
    std::string out;
    while (sqlite3_step(st) == SQLITE_ROW) {
      auto e = document::EventFromJson(nlohmann::json::parse(
          reinterpret_cast<const char*>(sqlite3_column_text(st, 0))));
      out += document::EventToJson(*e).dump();
    }
    sqlite3_finalize(st);
  });
  sqlite3_close(raw);
  std::cout << fmt::format("query latency, one month and one type, first page of 100 (load average {:.1f}):\n",
                           LoadAverage());
  Report("GET /api/events?since&until&type (handler, records)", api);
  Report("baseline: decode + re-encode every row", decode);
  Report("baseline: lower(type) SQL (no index) + decode", lower);
  const double m = Percentile(api, 0.5);
  std::cout << fmt::format("  ratios: decode/api {:.1f}x, lower()/api {:.1f}x; goal median < 20 ms: {}\n",
                           Percentile(decode, 0.5) / m, Percentile(lower, 0.5) / m, m < 20 ? "met" : "NOT met");
  return 0;
}

// A bounded load: `requests` in all over `connections` keep-alive clients.
void LoadBench(const api::HttpServer& server, int requests, int connections) {
  std::atomic<int> next{0}, errors{0};
  std::vector<std::vector<double>> latencies(connections);
  const auto t0 = Clock::now();
  const double cpu0 = CpuSeconds();
  std::vector<std::thread> clients;
  for (int c = 0; c < connections; ++c) {
    clients.emplace_back([&, c] {
      httplib::Client client("127.0.0.1", server.port());
      client.set_keep_alive(true);
      client.set_tcp_nodelay(true);
      client.set_read_timeout(60);  // a loaded shared machine is slow, not broken
      for (int i; (i = next++) < requests;) {
        const auto [since, until] = Month(i);
        std::string target;
        switch (i % 4) {
          case 0: case 1: target = "/api/events?since=" + since + "&until=" + until + "&type=Battles"; break;
          case 2: target = "/api/stats?country=" + kCountries[i % kCountries.size()]; break;
          default: target = "/api/events/bench%2Fdoc-" + fmt::format("{:06d}", i % g_documents) + "%23e1";
        }
        const auto start = Clock::now();
        auto res = client.Get(target.c_str());
        latencies[c].push_back(Ms(Clock::now() - start));
        if (!res || res->status != 200) {
          if (errors++ < 3) {
            std::cerr << "error: " << target << " -> "
                      << (res ? std::to_string(res->status) : httplib::to_string(res.error())) << "\n";
          }
        }
      }
    });
  }
  for (auto& t : clients) t.join();
  const double seconds = Ms(Clock::now() - t0) / 1000;
  const double cpu = CpuSeconds() - cpu0;
  std::vector<double> all;
  for (const auto& l : latencies) all.insert(all.end(), l.begin(), l.end());
  std::cout << fmt::format(
      "load: {} requests over {} connections in {:.2f} s: {:.0f} requests/s, p50 {:.2f} ms, p99 {:.2f} ms, "
      "{} errors\n  {:.0f} requests per CPU second (server and clients together, {:.1f} CPU s); load average {:.1f}\n"
      "  (mix: 1/2 event pages by month and type, 1/4 stats by country, 1/4 single records)\n",
      all.size(), connections, seconds, all.size() / seconds, Percentile(all, 0.5), Percentile(all, 0.99),
      errors.load(), all.size() / cpu, cpu, LoadAverage());
}

void WrkBench(const api::HttpServer& server, int connections) {
  if (std::system("command -v wrk >/dev/null 2>&1") != 0) {
    std::cout << "wrk: not installed (apt-get install wrk), skipped\n";
    return;
  }
  const std::string cmd = fmt::format(
      "wrk -t2 -c{} -d5s --latency '{}api/events?since=2023-01-01&until=2023-01-31&type=Battles' 2>&1 | "
      "grep -E 'Requests/sec|50%|99%|Non-2xx|Socket errors|requests in'", connections, server.url());
  std::cout << "wrk, 5 s of the event query:\n" << std::flush;
  if (std::system(cmd.c_str()) != 0) std::cout << "  (wrk failed)\n";
}

}  // namespace

int main(int argc, char** argv) {
  int events = 100000, requests = 20000, connections = 50;
  std::string kept_db;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string flag = argv[i];
    const int v = std::atoi(argv[i + 1]);
    if (flag == "--events") events = v;
    else if (flag == "--requests") requests = v;
    else if (flag == "--connections") connections = v;
    else if (flag == "--db") kept_db = argv[i + 1];
  }
  const std::string dir = std::filesystem::temp_directory_path() / ("sitrep_serve_bench_" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  const std::string db = kept_db.empty() ? dir + "/bench.db" : kept_db;
  g_documents = (events + 9) / 10;
  if (kept_db.empty() || !std::filesystem::exists(kept_db)) {
    auto s = store::SqliteStore::Open(db);
    if (!s.ok()) return 1;
    const auto t0 = Clock::now();
    const Status st = Populate(**s, events);
    if (!st.ok()) {
      std::cerr << "sitrep_serve_bench: " << st.ToString() << "\n";
      return 1;
    }
    std::cout << fmt::format("stored {} events in {} documents in {:.1f} s\n", events, (events + 9) / 10,
                             Ms(Clock::now() - t0) / 1000);
  }
  int rc = QueryBench(db, 200);
  api::ServerOptions options;
  options.db_url = db;
  options.port = 0;
  auto server = api::HttpServer::Bind(options);
  if (!server.ok()) return 1;
  std::thread serving([&] { (void)(*server)->Run(); });
  LoadBench(**server, requests, connections);
  WrkBench(**server, connections);
  (*server)->Stop();
  serving.join();
  std::filesystem::remove_all(dir);
  return rc;
}
