// PostgreSQL-specific tests against a real server (pg_server_testutil.h): the
// schema version matches SQLite's, reopening migrates once, foreign databases
// and unreachable servers are clear errors with passwords redacted, writers of
// the same documents on several connections store each once, and several
// `sitrep ingest --db postgresql://…` processes at once store every document
// once with the events a SQLite ingest of the same corpus gets.
#include <sys/wait.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <thread>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "sitrep/store/postgres/pg_server_testutil.h"
#include "sitrep/store/sqlite/sqlite_store.h"
#include "sitrep/testing/fixtures.h"

namespace sitrep::store {
namespace {

using pg_testing::Server;

document::Document Doc(const std::string& id, const std::string& text) {
  document::Document d(id, text);
  d.lang = "en";
  d.published = "2024-05-01";
  document::Event e;
  e.id = id + "#e1";
  e.event_type = "Battles";
  e.sub_event_type = "Armed clash";
  e.date = "2024-05-01";
  d.events.push_back(e);
  return d;
}

TEST(PostgresStoreTest, SchemaVersionIsSqlites) {
  EXPECT_EQ(PostgresStore::SchemaVersion(), SqliteStore::SchemaVersion());
}

TEST(PostgresStoreTest, ReopeningKeepsTheDataAndMigratesOnce) {
  ASSERT_NE(Server::Get().base_url(), "") << Server::Get().error();
  const std::string url = Server::Get().FreshDatabase();
  {
    auto s = PostgresStore::Open(url);
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    ASSERT_TRUE((*s)->PutDocument(Doc("a", "one")).ok());
  }
  auto again = PostgresStore::Open(url);
  ASSERT_TRUE(again.ok()) << again.status().ToString();
  EXPECT_TRUE(*(*again)->HasContent("a", "one"));
  pqxx::connection c(url);
  pqxx::work tx(c);
  EXPECT_EQ(tx.exec1("SELECT count(*) FROM sitrep_schema")[0].as<int>(), 1);
  EXPECT_EQ(tx.exec1("SELECT version FROM sitrep_schema")[0].as<int>(),
            PostgresStore::SchemaVersion());
}

TEST(PostgresStoreTest, NewerSchemaAndForeignTablesAreRefused) {
  ASSERT_NE(Server::Get().base_url(), "") << Server::Get().error();
  const std::string newer = Server::Get().FreshDatabase();
  ASSERT_TRUE(PostgresStore::Open(newer).ok());
  {
    pqxx::connection c(newer);
    pqxx::work tx(c);
    tx.exec("UPDATE sitrep_schema SET version = version + 1");
    tx.commit();
  }
  auto s = PostgresStore::Open(newer);
  EXPECT_EQ(s.status().code(), StatusCode::kFailedPrecondition);
  EXPECT_NE(s.status().message().find("newer than this sitrep supports"), std::string::npos);

  const std::string foreign = Server::Get().FreshDatabase();
  {
    pqxx::connection c(foreign);
    pqxx::work tx(c);
    tx.exec("CREATE TABLE documents (x INTEGER)");
    tx.commit();
  }
  auto f = PostgresStore::Open(foreign);
  EXPECT_EQ(f.status().code(), StatusCode::kFailedPrecondition);
  EXPECT_NE(f.status().message().find("not a sitrep database"), std::string::npos);
}

TEST(PostgresStoreTest, UnreachableServerIsUnavailableWithoutThePassword) {
  auto s = PostgresStore::Open("postgresql://ana:s3cret@/db?host=/nonexistent-socket-dir");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().code(), StatusCode::kUnavailable);
  EXPECT_EQ(s.status().message().find("s3cret"), std::string::npos) << s.status().message();
  EXPECT_NE(s.status().message().find("postgresql://ana:***@/db"), std::string::npos);
}

TEST(PostgresStoreTest, RedactUrl) {
  const std::pair<const char*, const char*> cases[] = {
      {"postgresql://u:pw@h/db", "postgresql://u:***@h/db"},
      {"postgres://u@h:5432/db", "postgres://u@h:5432/db"},
      {"postgresql:///db?host=/tmp&password=x&user=u", "postgresql:///db?host=/tmp&password=***&user=u"},
      {"postgresql://h/db", "postgresql://h/db"},
  };
  for (const auto& [in, want] : cases) EXPECT_EQ(PostgresStore::RedactUrl(in), want) << in;
}

TEST(PostgresStoreTest, ConcurrentWritersOfTheSameDocumentsStoreEachOnce) {
  ASSERT_NE(Server::Get().base_url(), "") << Server::Get().error();
  const std::string url = Server::Get().FreshDatabase();
  ASSERT_TRUE(PostgresStore::Open(url).ok());
  constexpr int kWriters = 4, kDocs = 40;
  std::vector<int> added(kWriters, 0), failed(kWriters, 0);
  std::vector<std::thread> writers;
  for (int w = 0; w < kWriters; ++w) {
    writers.emplace_back([&, w] {
      auto s = PostgresStore::Open(url);  // a connection per writer
      if (!s.ok()) return void(++failed[w]);
      for (int i = 0; i < kDocs; ++i) {
        const int n = (i * (w + 1)) % kDocs;  // each writer in its own order
        auto r = (*s)->PutDocument(Doc("d" + std::to_string(n), "text " + std::to_string(n)));
        if (!r.ok()) ++failed[w];
        else if (*r == PutOutcome::kAdded) ++added[w];
      }
    });
  }
  for (auto& t : writers) t.join();
  int total_added = 0;
  for (int w = 0; w < kWriters; ++w) {
    EXPECT_EQ(failed[w], 0) << "writer " << w;
    total_added += added[w];
  }
  EXPECT_EQ(total_added, kDocs);
  auto store = PostgresStore::Open(url);
  ASSERT_TRUE(store.ok());
  EXPECT_EQ((*store)->ListDocuments()->size(), static_cast<size_t>(kDocs));
  EXPECT_EQ((*store)->QueryEvents({})->size(), static_cast<size_t>(kDocs));
}

// Reports written for this test (several wars and places); each document is
// one of them with a number, so the documents differ.
std::string Corpus(int count, int rotate) {
  const char* reports[] = {
      "Government forces shelled the outskirts of Idlib on Tuesday, killing four people.",
      "Militants attacked a checkpoint near Mosul, the army said.",
      "Thousands protested in Yangon against the military government.",
      "Ukrainian troops recaptured the village of Klishchiivka near Bakhmut.",
      "A drone strike hit a fuel depot in Sevastopol, officials said.",
  };
  std::string out;
  for (int i = 0; i < count; ++i) {
    const int n = (i + rotate) % count;
    out += nlohmann::json{{"id", "r" + std::to_string(n)},
                          {"text", std::string(reports[n % 5]) + " Report " + std::to_string(n) + "."},
                          {"published", "2024-02-1" + std::to_string(n % 10)}}
               .dump() +
           "\n";
  }
  return out;
}

std::string Slurp(const std::string& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Runs `sitrep args` with output into files under `dir`; returns the exit status.
int RunSitrep(const std::string& args, const std::string& dir, const std::string& tag) {
  const std::string cmd = "'" + sitrep::testing::SitrepBinary() + "' " + args + " >" + dir + "/" +
                          tag + ".out 2>" + dir + "/" + tag + ".err";
  const int rc = std::system(cmd.c_str());
  return WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
}

TEST(PostgresStoreTest, SeveralIngestProcessesAtOnceStoreEveryDocumentOnce) {
  ASSERT_NE(Server::Get().base_url(), "") << Server::Get().error();
  const std::string url = Server::Get().FreshDatabase();
  std::string tmpl = ::testing::TempDir() + "/pg_ingest_XXXXXX";
  ASSERT_NE(mkdtemp(tmpl.data()), nullptr);
  const std::string dir = tmpl;
  constexpr int kDocs = 60, kProcesses = 3;
  for (int p = 0; p < kProcesses; ++p) {
    std::ofstream(dir + "/in" + std::to_string(p) + ".jsonl") << Corpus(kDocs, p * 20);
  }
  std::vector<std::thread> procs;
  std::vector<int> rc(kProcesses, -1);
  for (int p = 0; p < kProcesses; ++p) {
    procs.emplace_back([&, p] {
      rc[p] = RunSitrep("ingest " + dir + "/in" + std::to_string(p) + ".jsonl --jobs 2 --db '" +
                            url + "'",
                        dir, "p" + std::to_string(p));
    });
  }
  for (auto& t : procs) t.join();
  int added = 0;
  for (int p = 0; p < kProcesses; ++p) {
    const std::string err = Slurp(dir + "/p" + std::to_string(p) + ".err");
    EXPECT_EQ(rc[p], 0) << err;
    const size_t at = err.find("added ");
    ASSERT_NE(at, std::string::npos) << err;
    added += std::stoi(err.substr(at + 6));
  }
  EXPECT_EQ(added, kDocs) << "each document added by exactly one process";
  // The same events as one SQLite ingest of the corpus.
  ASSERT_EQ(RunSitrep("ingest " + dir + "/in0.jsonl --db " + dir + "/ref.db", dir, "ref"), 0);
  ASSERT_EQ(RunSitrep("events --format jsonl --db " + dir + "/ref.db", dir, "ref_events"), 0);
  ASSERT_EQ(RunSitrep("events --format jsonl --db '" + url + "'", dir, "pg_events"), 0)
      << Slurp(dir + "/pg_events.err");
  const std::string want = Slurp(dir + "/ref_events.out");
  EXPECT_GT(std::count(want.begin(), want.end(), '\n'), kDocs / 2);
  // stored_at (ACLED's timestamp) differs between the two runs; compare without it.
  auto strip = [](const std::string& jsonl) {
    std::multiset<std::string> out;
    std::istringstream in(jsonl);
    for (std::string line; std::getline(in, line);) {
      auto j = nlohmann::json::parse(line);
      j.erase("timestamp");
      out.insert(j.dump());
    }
    return out;
  };
  EXPECT_EQ(strip(Slurp(dir + "/pg_events.out")), strip(want));
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace sitrep::store
