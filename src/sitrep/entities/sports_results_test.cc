// Pass "sports result": a town in a result line or a league-table row is its
// team (an unlinked actor), while the same town elsewhere, in a dateline or in a
// comma-separated casualty list stays a place, and a country keeps its reading.
// All lines are written for this test.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "sitrep/entities/linker_test_util.h"

namespace sitrep::entities {
namespace {

using document::MentionKind;
using testing::Link;

struct TeamCase {
  std::string text, surface;
  MentionKind kind;
};

// Returns the first mention of `surface` at or after byte `from`, or nullptr.
const document::Mention* MentionAfter(const document::Document& doc, const std::string& surface, size_t from) {
  for (const auto& m : doc.mentions) {
    if (m.text == surface && m.span.begin >= from) return &m;
  }
  return nullptr;
}

TEST(SportsResultTest, TownsInResultLinesAreTeams) {
  const std::vector<TeamCase> cases = {
      {"Football results on Saturday:\nBristol 3 Cardiff 1\n", "Bristol", MentionKind::kActor},
      {"Football results on Saturday:\nBristol 3 Cardiff 1\n", "Cardiff", MentionKind::kActor},
      {"Basketball:\nDenver 88 Phoenix 79 ( overtime )\n", "Phoenix", MentionKind::kActor},
      {"Standings after the fourth round:\nHamburg 4 3 1 0 9 4 10\n", "Hamburg", MentionKind::kActor},
      {"Standings:\nBaltimore 72 63 .533 -\n", "Baltimore", MentionKind::kActor},  // an empty "-" cell
      {"Cricket, final day:\nPerth 301 and 145 Adelaide 266 and 90-3 .\n", "Adelaide", MentionKind::kActor},
      // Not result lines: a place in prose, a dateline, a casualty list with commas.
      {"Drones struck Kharkiv 12 times on Monday.\n", "Kharkiv", MentionKind::kPlace},
      {"GOMA 2024-02-10\nShelling resumed near the airport.\n", "GOMA", MentionKind::kPlace},
      {"Deaths reported on Friday:\nIdlib 12, Aleppo 5\n", "Aleppo", MentionKind::kPlace},
      // A national side is reported as its country.
      {"Qualifier:\nGhana 2 Nigeria 1\n", "Ghana", MentionKind::kCountry},
  };
  for (const auto& c : cases) {
    const auto doc = Link(c.text, "en");
    const auto* m = MentionAfter(doc, c.surface, 0);
    ASSERT_NE(m, nullptr) << "no mention of " << c.surface << " in: " << c.text;
    EXPECT_EQ(m->kind, c.kind) << c.surface << " in: " << c.text;
    if (c.kind == MentionKind::kActor) EXPECT_FALSE(m->entity) << c.surface << " links somewhere";
  }
}

TEST(SportsResultTest, TheTownElsewhereInTheDocumentStaysAPlace) {
  const std::string text = "Bristol 3 Cardiff 1\nLater, a fire closed a road in central Cardiff.\n";
  const auto doc = Link(text, "en");
  const auto* team = MentionAfter(doc, "Cardiff", 0);
  ASSERT_NE(team, nullptr);
  EXPECT_EQ(team->kind, MentionKind::kActor);
  const auto* town = MentionAfter(doc, "Cardiff", text.find("central"));
  ASSERT_NE(town, nullptr);
  EXPECT_EQ(town->kind, MentionKind::kPlace);
  ASSERT_TRUE(town->entity);
  EXPECT_EQ(town->entity->country, "GB");
}

TEST(SportsResultTest, FixturesAndScoreboardsNameSides) {
  const std::vector<TeamCase> cases = {
      {"Postponed : Perth v Hobart , Darwin v Cairns\n", "Hobart", MentionKind::kActor},
      {"Postponed : Perth v Hobart , Darwin v Cairns\n", "Darwin", MentionKind::kActor},
      // A fixture list: the opponents after the date, "or" between them.
      {"Tour programme\nMay 17 v Leeds\nMay 24-26 v Hull or York ( two days )\n", "Leeds", MentionKind::kActor},
      {"Tour programme\nMay 17 v Leeds\nMay 24-26 v Hull or York ( two days )\n", "York", MentionKind::kActor},
      // A schedule: the visitors are a side, the home town is where they play.
      {"SUNDAY SCHEDULE\nTORONTO AT BOSTON\n", "TORONTO", MentionKind::kActor},
      {"SUNDAY SCHEDULE\nTORONTO AT BOSTON\n", "BOSTON", MentionKind::kPlace},
      // A scoreboard: a venue, two sides with their scores and scorers' remarks.
      {"Hobart : Adelaide 301 ( J. Hart 88 , K. Lim 40 ) , Perth 145-6 .\n", "Adelaide", MentionKind::kActor},
      {"Hobart : Adelaide 301 ( J. Hart 88 , K. Lim 40 ) , Perth 145-6 .\n", "Perth", MentionKind::kActor},
      {"Hobart : Adelaide 301 ( J. Hart 88 , K. Lim 40 ) , Perth 145-6 .\n", "Hobart", MentionKind::kPlace},
      // In a sports report two sides with their scores need no remark or venue.
      {"County championship cricket, final day:\nAdelaide 259 and 207 , Perth 114 and 211 .\n", "Perth",
       MentionKind::kActor},
      // Casualty counts by town, with a country before a colon or a remark, are no scoreboard.
      {"Deaths by town on Friday\nSyria : Idlib 12 , Aleppo 5\n", "Aleppo", MentionKind::kPlace},
      {"Deaths by town\nKharkiv 12 ( including 3 children ) , Izium 5\n", "Kharkiv", MentionKind::kPlace},
  };
  for (const auto& c : cases) {
    const auto doc = Link(c.text, "en");
    const auto* m = MentionAfter(doc, c.surface, 0);
    ASSERT_NE(m, nullptr) << "no mention of " << c.surface << " in: " << c.text;
    EXPECT_EQ(m->kind, c.kind) << c.surface << " in: " << c.text;
  }
}


// Sides no dictionary knows are teams in a list of results and in the report's prose;
// a lone row of figures in a report on something else names no side.
TEST(SportsResultTest, UnknownNamesInResultListsAreSides) {
  const std::string text =
      "Results of first division matches on Sunday:\nZelvika 2 Borunac 1\nTresnjak ( N ) 0 Olimpik Gradac 3\n"
      "Zelvika scored twice in the last ten minutes.\n";
  const auto doc = Link(text, "en");
  for (const std::string surface : {"Zelvika", "Borunac", "Tresnjak ( N )", "Olimpik Gradac"}) {
    const auto* m = MentionAfter(doc, surface, 0);
    ASSERT_NE(m, nullptr) << "no mention of " << surface;
    EXPECT_EQ(m->kind, MentionKind::kActor) << surface;
    EXPECT_FALSE(m->entity) << surface << " links somewhere";
  }
  const auto* prose = MentionAfter(doc, "Zelvika", text.find("scored") - 10);
  ASSERT_NE(prose, nullptr) << "the side's name in prose is not found";
  EXPECT_EQ(prose->kind, MentionKind::kActor);

  const std::string lone = "Grain prices rose on Monday.\nBarlow 12 14 15 17\n";
  for (const auto& m : Link(lone, "en").mentions) EXPECT_NE(m.kind, MentionKind::kActor) << m.text;
}

// In a sports report a name before its country in brackets is a competitor: a
// person of two words or more, a side of one; outside a report it is left alone.
TEST(SportsResultTest, NamesBeforeTheirCountryInBracketsAreCompetitors) {
  const std::string text =
      "Athletics results from the meeting on Friday :\nMen 's 1,500 metres\n1. Aldric Venkova ( Kenya ) 3:34.10\n"
      "2. Marten van Oost ( Netherlands ) 3:35.02\nBasketball championship : Zelvika ( Serbia ) beat Tresnjak ( Greece ) 88-80\n";
  const auto doc = Link(text, "en");
  for (const auto& [surface, kind] : std::vector<std::pair<std::string, MentionKind>>{
           {"Aldric Venkova", MentionKind::kPerson},
           {"Marten van Oost", MentionKind::kPerson},
           {"Zelvika", MentionKind::kActor},
           {"Kenya", MentionKind::kCountry}}) {
    const auto* m = MentionAfter(doc, surface, 0);
    ASSERT_NE(m, nullptr) << "no mention of " << surface;
    EXPECT_EQ(m->kind, kind) << surface;
  }
  const auto plain = Link("Talks resumed on Monday.\nZelvika ( Serbia ) hosted them.\n", "en");
  const auto* m = MentionAfter(plain, "Zelvika", 0);
  if (m) EXPECT_NE(m->kind, MentionKind::kActor);
}

}  // namespace
}  // namespace sitrep::entities
