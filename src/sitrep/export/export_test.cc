// Tests of the exporters and the store-URL factory that cli/ and api/ share.
#include <unistd.h>

#include <filesystem>
#include <sstream>

#include <gtest/gtest.h>

#include "sitrep/export/acled_csv.h"
#include "sitrep/export/event_table.h"
#include "sitrep/export/geojson.h"
#include "sitrep/export/store_url.h"

namespace sitrep::exporter {
namespace {

store::StoredEvent MakeEvent(std::string id, std::string sentence, std::optional<double> lat,
                             std::optional<double> lon) {
  store::StoredEvent s;
  s.event.id = std::move(id);
  s.event.doc = "doc-1";
  s.event.event_type = "Explosions/Remote violence";
  s.event.sub_event_type = "Air/drone strike";
  s.event.date = "2023-10-14";
  s.event.actor1 = document::ActorRef{"a1", "Military Forces of Russia", 8};
  s.event.actor2 = document::ActorRef{"a2", "Civilians (Ukraine)", 7};
  s.event.place = document::PlaceRef{"geonames:706483", "Kharkiv", lat, lon, "UA", "Kharkiv", 1};
  s.event.evidence.sentence = std::move(sentence);
  s.stored_at = 1700000000;
  return s;
}

TEST(CsvFieldTest, QuotesOnlyWhenNeeded) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"plain", "plain"},
      {"a,b", "\"a,b\""},
      {"say \"no\"", "\"say \"\"no\"\"\""},
      {"two\nlines", "\"two\nlines\""},
      {"قصف، حلب", "قصف، حلب"},  // the Arabic comma is not a CSV separator
      {"空爆、ハリコフ", "空爆、ハリコフ"},
  };
  for (const auto& [in, want] : cases) EXPECT_EQ(CsvField(in), want) << in;
}

TEST(SpreadsheetSafeTest, NeutralizesFormulasAndControls) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"plain", "plain"},
      {"=HYPERLINK(\"http://x\",\"y\")", "'=HYPERLINK(\"http://x\",\"y\")"},
      {"+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"},
      {"-2+3", "'-2+3"},
      {"@SUM(A1:A9)", "'@SUM(A1:A9)"},
      {"\t=1+1", " =1+1"},  // a control first becomes a space: no longer a formula
      {"-33.8688", "-33.8688"},  // numbers stay numbers
      {"+12", "+12"},
      {"-", "'-"},
      {"two\nlines\r\nand\ttab", "two lines  and tab"},
      {"bell\x07 esc\x1b[2J del\x7f", "bell  esc [2J del "},
      {"c1 \xC2\x9B" "31m", "c1  31m"},
      {"قصف، حلب = 3", "قصف، حلب = 3"},
      {"空爆、ハリコフ", "空爆、ハリコフ"},
  };
  for (const auto& [in, want] : cases) EXPECT_EQ(SpreadsheetSafe(in), want) << in;
}

TEST(WriteAcledCsvTest, EveryCellIsSpreadsheetSafe) {
  store::StoredEvent s = MakeEvent("=cmd|'/C calc'!A0", "Shelling hit\nthe \x1b[31mdepot.\r\n",
                                   49.99, 36.23);
  s.event.actor1->name = "@evil";
  std::ostringstream out;
  WriteAcledCsv({s}, out);
  const std::string csv = out.str();
  const std::string row = csv.substr(csv.find("\r\n") + 2);
  EXPECT_TRUE(row.starts_with("'=cmd|'/C calc'!A0,")) << row;
  EXPECT_NE(row.find(",'@evil,"), std::string::npos) << row;
  EXPECT_NE(row.find(",Shelling hit the  [31mdepot.  ,"), std::string::npos) << row;
  EXPECT_EQ(row.find('\x1b'), std::string::npos);
  EXPECT_EQ(row.find('\n'), row.size() - 1);  // only the row's own CRLF
}

TEST(DisorderTypeTest, FollowsTheCodebook) {
  const std::vector<std::tuple<std::string, std::string, std::string>> cases = {
      {"Battles", "Armed clash", "Political violence"},
      {"Protests", "Peaceful protest", "Demonstrations"},
      {"Riots", "Mob violence", "Political violence; Demonstrations"},
      {"Strategic developments", "Arrests", "Strategic developments"},
      {"", "", ""},
  };
  for (const auto& [type, sub, want] : cases) EXPECT_EQ(DisorderType(type, sub), want) << sub;
}

TEST(InteractionCodeTest, SmallerCodeFirst) {
  EXPECT_EQ(InteractionCode(1, 2), 12);
  EXPECT_EQ(InteractionCode(7, 2), 27);
  EXPECT_EQ(InteractionCode(0, 3), 30);
  EXPECT_EQ(InteractionCode(0, 0), 0);
}

TEST(WriteAcledCsvTest, HeaderThenOneCrlfRowPerEvent) {
  std::ostringstream out;
  WriteAcledCsv({MakeEvent("e1", "Drones struck the depot, officials said.", 49.99, 36.23)}, out);
  const std::string csv = out.str();
  const size_t header_end = csv.find("\r\n");
  ASSERT_NE(header_end, std::string::npos);
  EXPECT_TRUE(csv.starts_with("event_id_cnty,event_date,year,"));
  const std::string row = csv.substr(header_end + 2);
  EXPECT_TRUE(row.starts_with("e1,2023-10-14,2023,3,Political violence,")) << row;
  EXPECT_NE(row.find(",78,Civilian targeting,"), std::string::npos) << row;
  EXPECT_NE(row.find("\"Drones struck the depot, officials said.\""), std::string::npos);
  EXPECT_NE(row.find(",49.9900,36.2300,"), std::string::npos) << row;
  EXPECT_TRUE(row.ends_with(",1700000000\r\n"));
}

TEST(GeoJsonTest, LonLatOrderAndUnlocatedLeftOut) {
  size_t skipped = 0;
  auto fc = EventsToGeoJson({MakeEvent("e1", "x", 49.99, 36.23),
                             MakeEvent("e2", "y", std::nullopt, std::nullopt)},
                            &skipped);
  EXPECT_EQ(skipped, 1u);
  ASSERT_EQ(fc["features"].size(), 1u);
  const auto& f = fc["features"][0];
  EXPECT_EQ(f["id"], "e1");
  EXPECT_EQ(f["geometry"]["coordinates"][0], 36.23);
  EXPECT_EQ(f["geometry"]["coordinates"][1], 49.99);
  EXPECT_EQ(f["properties"]["actor1_name"], "Military Forces of Russia");
}

TEST(CellTest, CutsByCodePointAndPads) {
  EXPECT_EQ(Cell("ab", 4), "ab  ");
  EXPECT_EQ(Cell("abcdef", 4), "abc~");
  EXPECT_EQ(Cell("ハリコフ州", 3), "ハリ~");
  EXPECT_EQ(Cell("a\tb", 3), "a b");
}

TEST(OpenStoreTest, ErrorsByKindOfUrl) {
  EXPECT_EQ(OpenStore("", false).status().code(), StatusCode::kInvalidArgument);
  // PostgreSQL (a socket folder with no server): unreachable, not a usage error.
  EXPECT_EQ(OpenStore("postgresql://sitrep@/sitrep?host=/nonexistent", false).status().code(),
            StatusCode::kUnavailable);
  const std::string missing = ::testing::TempDir() + "/no-such-" + std::to_string(getpid()) + ".db";
  EXPECT_EQ(OpenStore(missing, false).status().code(), StatusCode::kNotFound);
  EXPECT_FALSE(std::filesystem::exists(missing));
  auto created = OpenStore(missing, true);
  ASSERT_TRUE(created.ok()) << created.status().message();
  EXPECT_TRUE(std::filesystem::exists(missing));
  std::filesystem::remove(missing);
  std::filesystem::remove(missing + "-wal");
  std::filesystem::remove(missing + "-shm");
}

}  // namespace
}  // namespace sitrep::exporter
