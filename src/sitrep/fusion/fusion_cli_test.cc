// Fusion end to end through the real pipeline: `sitrep ingest` of the
// multi-document corpora in testdata/fusion/ (one offensive's events told by
// several outlets in English, Japanese, Arabic and Indonesian, with differing
// tolls, a party's claim about the enemy's losses, a denial, a wrong date in
// one report, the losing side's own account of its withdrawal, and a
// different fight nearby on the same day — in Sudan, Ukraine and Syria), then
// `events --fused` and `control` as JSON Lines, checked against what the
// reports say. Ingesting again and `fuse --rebuild` change nothing.
#include <algorithm>
#include <array>
#include <filesystem>
#include <set>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "sitrep/store/sqlite/process_testutil.h"
#include "sitrep/testing/fixtures.h"

namespace sitrep::fusion {
namespace {

using nlohmann::json;
using store::testing::RunSitrep;

std::vector<json> Lines(const std::string& text) {
  std::vector<json> out;
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t end = text.find('\n', pos);
    const std::string line = text.substr(pos, end == std::string::npos ? end : end - pos);
    if (!line.empty()) out.push_back(json::parse(line));
    if (end == std::string::npos) break;
    pos = end + 1;
  }
  return out;
}

std::set<std::string> Docs(const json& fused) {
  std::set<std::string> out;
  for (const auto& s : fused["sources"]) out.insert(s["doc"].get<std::string>());
  return out;
}

std::set<std::string> Langs(const json& fused) {
  std::set<std::string> out;
  for (const auto& s : fused["sources"]) out.insert(s["lang"].get<std::string>());
  return out;
}

// What one real event's fused record must show.
struct Expected {
  const char* name;
  const char* corpus;
  const char* place;
  bool territorial;
  std::set<std::string> docs;  // every report of the event, none other
  const char* date;
  // The tolls the reports give as the reporter's or a neutral source's own:
  // low, best and high must each be one of them (extraction may miss some, so
  // the range may be narrower or absent, never made of other figures). Empty:
  // no toll is given, the record has none.
  std::set<long> tolls;
  std::vector<long> partisan;  // figures a party claims about its enemy, never in the range
  std::set<std::string> deniers;                  // docs with a denying claim
  std::string wrong_date = {};                    // a date contradiction value
};

class FusionCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string tmpl = ::testing::TempDir() + "/fusion_cli_XXXXXX";
    ASSERT_NE(mkdtemp(tmpl.data()), nullptr);
    dir_ = tmpl;
    db_ = dir_ + "/fusion.db";
    for (const char* corpus : {"sudan.jsonl", "ukraine.jsonl", "syria.jsonl"}) {
      const auto r = RunSitrep({"ingest", testing::TestDataPath("fusion/" + std::string(corpus)),
                                "--db", db_}, dir_);
      ASSERT_EQ(r.exit_code, 0) << r.err;
    }
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  std::string Output(const std::vector<std::string>& args) {
    std::vector<std::string> full = args;
    full.insert(full.end(), {"--db", db_, "--format", "jsonl"});
    const auto r = RunSitrep(full, dir_);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return r.out;
  }

  std::string dir_, db_;
};

bool Territorial(const json& f) {
  const std::string sub = f["sub_event_type"];
  return sub.find("territory") != std::string::npos;
}

TEST_F(FusionCliTest, OneRecordPerRealEvent) {
  const std::vector<json> fused = Lines(Output({"events", "--fused"}));
  ASSERT_FALSE(fused.empty());
  const std::vector<Expected> expected = {
      {"Wad Madani taken", "sudan", "Wad Madani", true,
       {"sd-nilewire", "sd-tokyo", "sd-horn", "sd-osaka", "sd-monitor", "sd-nilearabi",
        "sd-jakarta"},
       "2023-12-18", {30, 45, 52}, {150}, {"sd-tokyo", "sd-monitor"}, "2023-12-16"},
      {"Al Hasaheisa taken the same day", "sudan", "Al Hasaheisa", true, {"sd-nilewire"},
       "2023-12-18", {}, {}, {}},
      {"Bakhmut taken", "ukraine", "Bakhmut", true,
       {"ua-kyivwire", "ua-nikkan", "ua-frontline", "ua-steppe", "ua-levant", "ua-surabaya"},
       "2023-05-20", {40}, {200}, {"ua-frontline"}, "2023-05-18"},
      // The army's own report of its withdrawal is the same transfer as the
      // rebels' take, told by the side that lost the city.
      {"Hama taken", "syria", "Hama", true,
       {"sy-orontes", "sy-gulfwire", "sy-damascus-ar", "sy-nusantara", "sy-kyushu"},
       "2024-12-05", {}, {}, {}},
      {"a clash near Hama the same day", "syria", "Mhardeh", false, {"sy-nusantara"},
       "2024-12-05", {}, {}, {}},
  };
  for (const auto& want : expected) {
    SCOPED_TRACE(want.name);
    std::vector<const json*> hits;
    for (const auto& f : fused) {
      if (f["place"].is_object() && f["place"]["name"] == want.place &&
          Territorial(f) == want.territorial) {
        hits.push_back(&f);
      }
    }
    ASSERT_EQ(hits.size(), 1u) << "fused records of this event";
    const json& f = *hits[0];
    EXPECT_EQ(Docs(f), want.docs);
    EXPECT_EQ(f["date"], want.date);
    EXPECT_EQ(f["merge"]["members"].get<int>(), static_cast<int>(f["sources"].size()));
    if (want.docs.size() > 1) {
      EXPECT_FALSE(f["merge"]["reasons"].empty());
      EXPECT_TRUE(f["merge"]["score"].is_number());
    }
    if (f["fatalities"].is_object()) {
      const long low = f["fatalities"]["low"], best = f["fatalities"]["best"],
                 high = f["fatalities"]["high"];
      EXPECT_TRUE(low <= best && best <= high) << f["fatalities"];
      for (long v : {low, best, high}) EXPECT_TRUE(want.tolls.count(v)) << v << " is no report's toll";
    } else {
      EXPECT_TRUE(f["fatalities"].is_null()) << f["fatalities"];
    }
    for (const auto& c : f["fatality_claims"]) {
      const long v = c["value"];
      const bool partisan = c["partisan"];
      if (std::find(want.partisan.begin(), want.partisan.end(), v) != want.partisan.end()) {
        EXPECT_TRUE(partisan) << v << " is a party's claim about its enemy";
      }
    }
    std::set<std::string> deniers;
    for (const auto& c : f["claims"]) {
      if (c["stance"] == "denies") deniers.insert(c["doc"].get<std::string>());
    }
    EXPECT_EQ(deniers, want.deniers);
    if (!want.wrong_date.empty()) {
      bool listed = false;
      for (const auto& c : f["contradictions"]) {
        if (c["field"] != "date") continue;
        for (const auto& v : c["values"]) listed = listed || v["value"] == want.wrong_date;
      }
      EXPECT_TRUE(listed) << "the wrong date is a contradiction";
    }
  }
  // Every language joined each offensive's main event.
  for (const auto& f : fused) {
    const auto& place = f["place"].is_object() ? f["place"]["name"] : json();
    if (Territorial(f) && (place == "Wad Madani" || place == "Bakhmut" || place == "Hama")) {
      EXPECT_EQ(Langs(f), (std::set<std::string>{"en", "ja", "ar", "id"})) << place;
    }
  }
}

TEST_F(FusionCliTest, ControlChangesHandsOnTheDay) {
  const std::vector<json> intervals = Lines(Output({"control"}));
  struct Want {
    const char* place;
    const char* controller_id;
    const char* from;
    bool denied;  // a report denies the transfer
  };
  for (const Want& want : {Want{"Wad Madani", "actor:sd-rsf", "2023-12-18", true},
                           Want{"Bakhmut", "actor:ru-military", "2023-05-20", true},
                           Want{"Hama", "actor:hts", "2024-12-05", false}}) {
    SCOPED_TRACE(want.place);
    const json* found = nullptr;
    for (const auto& c : intervals) {
      if (c["place"]["name"] == want.place && c["controller"].is_object() &&
          c["controller"]["id"] == want.controller_id) {
        found = &c;
      }
    }
    ASSERT_NE(found, nullptr);
    EXPECT_EQ((*found)["from"], want.from);
    EXPECT_TRUE((*found)["until"].is_null());
    if (want.denied) EXPECT_TRUE((*found)["contested"]) << "a denial contests it";
    EXPECT_FALSE((*found)["basis"].empty());
    EXPECT_FALSE((*found)["claims"].empty());
  }
  // On a day before the fall the city is not yet the taker's.
  const std::vector<json> before = Lines(Output({"control", "--place", "Wad Madani", "--at", "2023-12-10"}));
  for (const auto& c : before) {
    EXPECT_FALSE(c["controller"].is_object() && c["controller"]["id"] == "actor:sd-rsf") << c.dump();
  }
}

TEST_F(FusionCliTest, IngestAgainAndRebuildChangeNothing) {
  const std::string fused = Output({"events", "--fused"});
  const std::string control = Output({"control"});
  const auto again = RunSitrep({"ingest", testing::TestDataPath("fusion/sudan.jsonl"), "--db", db_}, dir_);
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.err.find("fusion up to date"), std::string::npos) << again.err;
  EXPECT_EQ(Output({"events", "--fused"}), fused);
  const auto rebuild = RunSitrep({"fuse", "--db", db_, "--rebuild"}, dir_);
  ASSERT_EQ(rebuild.exit_code, 0) << rebuild.err;
  EXPECT_EQ(Output({"events", "--fused"}), fused);
  EXPECT_EQ(Output({"control"}), control);
}

// The table and GeoJSON formats of `events --fused` and `control` give the
// same records as JSON Lines: a table row per record (and a line counting
// them), a feature per record
// with coordinates, carrying its id (fused events) or its place (intervals).
TEST_F(FusionCliTest, TableAndGeojsonGiveEveryRecord) {
  auto run = [&](std::vector<std::string> args, const char* format) {
    args.insert(args.end(), {"--db", db_, "--format", format});
    const auto r = RunSitrep(args, dir_);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return r.out;
  };
  auto rows = [](const std::string& table, size_t header_lines) {
    size_t n = 0;
    for (size_t at = 0; at < table.size(); at = table.find('\n', at) + 1) {
      if (table[at] != '\n') ++n;
      if (table.find('\n', at) == std::string::npos) break;
    }
    return n - header_lines;
  };
  for (const std::vector<std::string>& command :
       {std::vector<std::string>{"events", "--fused"}, std::vector<std::string>{"control"}}) {
    SCOPED_TRACE(command[0]);
    const std::vector<json> records = Lines(run(command, "jsonl"));
    ASSERT_FALSE(records.empty());
    const std::string table = run(command, "table");
    EXPECT_EQ(rows(table, 2), records.size()) << "a header, a row per record, a count line";
    const std::string count_line =
        std::to_string(records.size()) + (command[0] == "control" ? " interval" : " fused event");
    EXPECT_NE(table.find(count_line), std::string::npos) << table;
    const json geo = json::parse(run(command, "geojson"));
    EXPECT_EQ(geo["type"], "FeatureCollection");
    std::multiset<std::string> want, got;
    for (const auto& r : records) {
      const json& place = r["place"];
      if (!place.is_object() || !place["lat"].is_number()) continue;
      want.insert(command[0] == "control" ? place["id"].dump() + r["from"].dump() : r["id"].dump());
    }
    for (const auto& f : geo["features"]) {
      const json& p = f["properties"];
      got.insert(command[0] == "control" ? p["place"]["id"].dump() + p["from"].dump()
                                         : p["id"].dump());
    }
    EXPECT_EQ(got, want);
    EXPECT_GE(want.size(), 5u);
  }
}

TEST_F(FusionCliTest, AcledCsvListsOutletsAndSummarisesClaims) {
  const auto r = RunSitrep({"events", "--fused", "--db", db_, "--format", "acled-csv", "--place",
                            "Bakhmut", "--type", "Battles"}, dir_);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  // One row; its source column lists the outlets of all four languages.
  const size_t source = r.out.find("kyivwire.example; ");
  ASSERT_NE(source, std::string::npos) << r.out;
  const std::string outlets = r.out.substr(source, r.out.find(',', source) - source);
  for (const char* outlet : {"nikkan-sekai.example", "levant-news.example", "kabar-surabaya.example",
                             "frontline-daily.example", "steppe-post.example"}) {
    EXPECT_NE(outlets.find(outlet), std::string::npos) << outlets;
  }
  EXPECT_NE(r.out.find("denies"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("contradiction on date"), std::string::npos) << r.out;
}

}  // namespace
}  // namespace sitrep::fusion
