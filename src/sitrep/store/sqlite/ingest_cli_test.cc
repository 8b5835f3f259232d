// End-to-end tests of the store commands through the real sitrep binary:
// ingest exit codes (0 all in, 1 some failed with "file: reason" lines, 2 usage
// errors), idempotent re-runs, query commands on a missing database, and the
// docs/show/events output formats (ACLED CSV, GeoJSON, JSONL, table) over a
// database seeded through SqliteStore with known events.
#include <filesystem>
#include <regex>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "sitrep/base/paths.h"
#include "sitrep/store/sqlite/process_testutil.h"
#include "sitrep/store/sqlite/sqlite_store.h"

namespace sitrep::store {
namespace {

namespace fs = std::filesystem;
using testing::ProcessResult;
using testing::RunSitrep;

class IngestCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string tmpl = ::testing::TempDir() + "/ingest_cli_XXXXXX";
    ASSERT_NE(mkdtemp(tmpl.data()), nullptr);
    dir_ = tmpl;
    db_ = dir_ + "/t.db";
    inputs_ = dir_ + "/in";
    fs::copy(sitrep::ProjectRoot() + "/testdata/store/ingest", inputs_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  ProcessResult Run(std::vector<std::string> args) { return RunSitrep(args, dir_); }

  std::string dir_, db_, inputs_;
};

TEST_F(IngestCliTest, BadFileBesideGoodOnesExitsOneAndTheGoodOnesLand) {
  ProcessResult r = Run({"ingest", inputs_, "--db", db_});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find("bad_utf8.txt: invalid UTF-8 at byte 1043"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("added 4, already present 0, updated 0, failed 1"), std::string::npos)
      << r.err;
  EXPECT_EQ(r.err.find('\r'), std::string::npos) << "no progress bar when stderr is not a TTY";
  auto store = SqliteStore::Open(db_);
  ASSERT_TRUE(store.ok());
  auto docs = (*store)->ListDocuments();
  ASSERT_TRUE(docs.ok());
  EXPECT_EQ(docs->size(), 4u);
  for (const auto& d : *docs) EXPECT_EQ(d.id.find("bad_utf8"), std::string::npos);
}

TEST_F(IngestCliTest, AllGoodExitsZeroAndReRunIsAlreadyPresent) {
  fs::remove(inputs_ + "/bad_utf8.txt");
  ProcessResult first = Run({"ingest", inputs_, "--db", db_});
  EXPECT_EQ(first.exit_code, 0) << first.err;
  const std::regex summary(
      R"(added 4, already present 0, updated 0, failed 0 — [0-9.]+ MB in [0-9.]+ s \([0-9.]+ MB/s\))");
  EXPECT_TRUE(std::regex_search(first.err, summary)) << first.err;
  ProcessResult second = Run({"ingest", inputs_, "--db", db_});
  EXPECT_EQ(second.exit_code, 0);
  EXPECT_NE(second.err.find("added 0, already present 4, updated 0, failed 0"), std::string::npos)
      << second.err;
  std::ofstream(inputs_ + "/en_report.txt", std::ios::app) << "A correction was appended.\n";
  ProcessResult third = Run({"ingest", inputs_, "--db", db_});
  EXPECT_EQ(third.exit_code, 0);
  EXPECT_NE(third.err.find("added 0, already present 3, updated 1, failed 0"), std::string::npos)
      << third.err;
}

TEST_F(IngestCliTest, UsageErrorsExitTwo) {
  EXPECT_EQ(Run({"ingest"}).exit_code, 2);  // no input
  EXPECT_EQ(Run({"ingest", inputs_, "--no-such-flag"}).exit_code, 2);
  EXPECT_EQ(Run({"ingest", inputs_, "--published", "7 Dec"}).exit_code, 2);
  // A PostgreSQL URL with no server behind it: a failure naming the URL, not usage.
  ProcessResult pg =
      Run({"ingest", inputs_, "--db", "postgresql://sitrep@/sitrep?host=/nonexistent"});
  EXPECT_EQ(pg.exit_code, 1);
  EXPECT_NE(pg.err.find("postgresql://sitrep@/sitrep?host=/nonexistent: connecting"),
            std::string::npos)
      << pg.err;
  EXPECT_EQ(Run({"events", "--db", db_, "--since", "yesterday"}).exit_code, 2);
  EXPECT_EQ(Run({"events", "--db", db_, "--format", "xml"}).exit_code, 2);
}

TEST_F(IngestCliTest, QueryCommandsOnMissingDatabaseFailWithoutCreatingIt) {
  for (const auto& args : std::vector<std::vector<std::string>>{
           {"docs", "--db", db_}, {"events", "--db", db_}, {"show", "x", "--db", db_}}) {
    ProcessResult r = Run(args);
    EXPECT_EQ(r.exit_code, 1) << args[0];
    EXPECT_NE(r.err.find("no such database"), std::string::npos) << r.err;
    EXPECT_FALSE(fs::exists(db_)) << args[0] << " created the database";
  }
}

TEST_F(IngestCliTest, DocsAndShow) {
  ASSERT_EQ(Run({"ingest", inputs_ + "/two.jsonl", "--db", db_}).exit_code, 0);
  ProcessResult table = Run({"docs", "--db", db_});
  EXPECT_EQ(table.exit_code, 0);
  EXPECT_NE(table.out.find("wire-001"), std::string::npos);
  EXPECT_NE(table.out.find("Ceasefire signed"), std::string::npos);
  EXPECT_NE(table.out.find("2 document(s)"), std::string::npos);
  ProcessResult jsonl = Run({"docs", "--db", db_, "--format", "jsonl"});
  EXPECT_EQ(jsonl.exit_code, 0);
  auto first = nlohmann::json::parse(jsonl.out.substr(0, jsonl.out.find('\n')));
  EXPECT_EQ(first["id"], "wire-001");
  EXPECT_EQ(first["published"], "2024-03-01");
  ProcessResult show = Run({"show", "wire-002", "--db", db_});
  EXPECT_EQ(show.exit_code, 0);
  EXPECT_NE(show.out.find("local ceasefire agreement"), std::string::npos) << show.out;
  ProcessResult show_json = Run({"show", "wire-002", "--db", db_, "--format", "jsonl"});
  auto j = nlohmann::json::parse(show_json.out);
  EXPECT_EQ(j["id"], "wire-002");
  EXPECT_TRUE(j["events"].is_array());
  EXPECT_EQ(Run({"show", "wire-404", "--db", db_}).exit_code, 1);
}

// A database with known events, written through the store itself.
class EventsCliTest : public IngestCliTest {
 protected:
  void SetUp() override {
    IngestCliTest::SetUp();
    auto store = SqliteStore::Open(db_);
    ASSERT_TRUE(store.ok());
    document::Document d("report-1", "text of the report");
    document::Event clash;
    clash.id = "report-1#0";
    clash.event_type = "Battles";
    clash.sub_event_type = "Armed clash";
    clash.date = "2024-12-05";
    clash.time_precision = 1;
    clash.actor1 = document::ActorRef{"actor:hts", "Hayat Tahrir al-Sham", 2};
    clash.actor2 = document::ActorRef{"actor:saa", "Military Forces of Syria", 1};
    document::PlaceRef hama;
    hama.name = "Hama";
    hama.lat = 35.13179;
    hama.lon = 36.75783;
    hama.country = "SY";
    hama.admin1 = "Hama";
    clash.place = hama;
    clash.fatalities = 12;
    clash.evidence.sentence = "Rebels, backed by \"drones\", attacked Hama.";
    document::Claim denial;
    denial.source.name = "Syrian Ministry of Defense";
    denial.stance = document::Stance::kDenies;
    clash.claims.push_back(denial);
    document::Event mob;
    mob.id = "report-1#1";
    mob.event_type = "Riots";
    mob.sub_event_type = "Mob violence";
    mob.date = "2024-12-09";
    mob.actor1 = document::ActorRef{"", "Rioters (Syria)", 5};
    d.events = {clash, mob};
    ASSERT_TRUE((*store)->PutDocument(d).ok());
  }
};

TEST_F(EventsCliTest, AcledCsvHasAcledColumnsAndRfc4180Quoting) {
  ProcessResult r = Run({"events", "--db", db_, "--format", "acled-csv"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string header =
      "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,"
      "actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,"
      "iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,"
      "source_scale,notes,fatalities,tags,timestamp\r\n";
  ASSERT_EQ(r.out.substr(0, header.size()), header);
  const std::string rows = r.out.substr(header.size());
  EXPECT_NE(rows.find("report-1#0,2024-12-05,2024,1,Political violence,Battles,Armed clash,"
                      "Hayat Tahrir al-Sham,,2,Military Forces of Syria,,1,12,,"),
            std::string::npos)
      << rows;
  if (fs::exists(sitrep::ProjectRoot() + "/node_modules/i18n-iso-countries/codes.json")) {
    EXPECT_NE(rows.find(",760,,Syria,Hama,,,Hama,"), std::string::npos) << rows;  // numeric ISO
  }
  EXPECT_NE(rows.find(",Hama,35.1318,36.7578,1,Syrian Ministry of Defense,,"
                      "\"Rebels, backed by \"\"drones\"\", attacked Hama.\",12,"
                      "denied by Syrian Ministry of Defense,"),
            std::string::npos)
      << rows;
  EXPECT_NE(rows.find("report-1#1,2024-12-09,2024,3,Political violence; Demonstrations,Riots,"
                      "Mob violence,Rioters (Syria),,5,,,0,50,"),
            std::string::npos)
      << rows;
}

TEST_F(EventsCliTest, GeoJsonHasLocatedEventsOnly) {
  ProcessResult r = Run({"events", "--db", db_, "--format", "geojson"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["type"], "FeatureCollection");
  ASSERT_EQ(j["features"].size(), 1u);
  const auto& f = j["features"][0];
  EXPECT_EQ(f["geometry"]["type"], "Point");
  EXPECT_DOUBLE_EQ(f["geometry"]["coordinates"][0].get<double>(), 36.75783);  // lon first
  EXPECT_DOUBLE_EQ(f["geometry"]["coordinates"][1].get<double>(), 35.13179);
  EXPECT_EQ(f["properties"]["sub_event_type"], "Armed clash");
  EXPECT_NE(r.err.find("1 event(s) without coordinates left out"), std::string::npos);
}

TEST_F(EventsCliTest, FiltersAndFormats) {
  struct Case {
    std::vector<std::string> filter;
    size_t want;
  };
  const std::vector<Case> cases = {{{}, 2},
                                   {{"--type", "battles"}, 1},
                                   {{"--type", "Mob violence"}, 1},
                                   {{"--place", "HAM"}, 1},
                                   {{"--actor", "syria"}, 2},
                                   {{"--since", "2024-12-06"}, 1},
                                   {{"--until", "2024-12-04"}, 0},
                                   {{"--limit", "1"}, 1}};
  for (const auto& c : cases) {
    std::vector<std::string> args = {"events", "--db", db_, "--format", "jsonl"};
    args.insert(args.end(), c.filter.begin(), c.filter.end());
    ProcessResult r = Run(args);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(static_cast<size_t>(std::count(r.out.begin(), r.out.end(), '\n')), c.want)
        << ::testing::PrintToString(c.filter);
  }
  ProcessResult table = Run({"events", "--db", db_});
  EXPECT_EQ(table.exit_code, 0);
  EXPECT_NE(table.out.find("Hayat Tahrir al-Sham"), std::string::npos);
  EXPECT_NE(table.out.find("2 event(s)"), std::string::npos);
}

}  // namespace
}  // namespace sitrep::store
