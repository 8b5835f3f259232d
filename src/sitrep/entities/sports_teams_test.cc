// Pass "sports teams": in a sports report a town read as a side (after
// "beat"/"against", before "captain"/"drew", before a player's possessive,
// coordinated with a side, or named again) is its team, an unlinked actor; the
// venue ("at", "in") stays a place, and so does every town of a report that is
// not about sport. All sentences are written for this test.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "sitrep/entities/linker_test_util.h"

namespace sitrep::entities {
namespace {

using document::MentionKind;
using testing::Link;

// Returns the first mention of `surface` at or after byte `from`, or nullptr.
const document::Mention* MentionFrom(const document::Document& doc, const std::string& surface, size_t from) {
  for (const auto& m : doc.mentions) {
    if (m.text == surface && m.span.begin >= from) return &m;
  }
  return nullptr;
}

struct Case {
  std::string text, surface, after;  // the mention of `surface` after the first `after` ("" = first)
  MentionKind kind;
};

// Links each case's text and checks the kind of its mention; with
// `sides_unlinked`, a side (an actor) must also link to nothing.
void ExpectKinds(const std::vector<Case>& cases, bool sides_unlinked) {
  for (const auto& c : cases) {
    const auto doc = Link(c.text, "en");
    const size_t from = c.after.empty() ? 0 : c.text.find(c.after);
    const auto* m = MentionFrom(doc, c.surface, from);
    ASSERT_NE(m, nullptr) << "no mention of " << c.surface << " after '" << c.after << "'";
    EXPECT_EQ(m->kind, c.kind) << c.surface << " after '" << c.after << "'";
    if (sides_unlinked && c.kind == MentionKind::kActor) {
      EXPECT_FALSE(m->entity) << c.surface << " links somewhere";
    }
  }
}

TEST(SportsTeamTest, TownsReadAsSidesAreTeams) {
  const std::string soccer =
      "The striker joined Marseille from Nantes last season. Marseille drew 1-1 with Nantes in the league, "
      "and Nantes fans clashed with police in Marseille after the semi-final.";
  const std::string cricket =
      "Cricket: Perth captain Sam Hale made 88 as Perth beat Adelaide by six wickets at Brisbane. "
      "Title rivals Hobart and Darwin both lost, and Adelaide's Tom Reid took four wickets in the innings.";
  const std::vector<Case> cases = {
      {soccer, "Marseille", "", MentionKind::kActor},             // "joined Marseille"
      {soccer, "Marseille", "season", MentionKind::kActor},       // "Marseille drew"
      {soccer, "Nantes", "and ", MentionKind::kActor},            // "Nantes fans"
      {soccer, "Marseille", "police", MentionKind::kPlace},       // "in Marseille": the place
      {cricket, "Perth", "", MentionKind::kActor},                // "Perth captain"
      {cricket, "Adelaide", "", MentionKind::kActor},             // "beat Adelaide"
      {cricket, "Brisbane", "", MentionKind::kPlace},             // "at Brisbane": the venue
      {cricket, "Darwin", "", MentionKind::kActor},               // "Hobart and Darwin", rivals
      {cricket, "Adelaide", "lost", MentionKind::kActor},         // the side named again
      {"Lyon's Karim Benali scored twice in the league semi-final.", "Lyon", "", MentionKind::kActor},
  };
  ExpectKinds(cases, /*sides_unlinked=*/true);
}

// The same cue words in reports about fighting leave towns places: the report
// has no sport words.
TEST(SportsTeamTest, TownsInOtherReportsStayPlaces) {
  const std::vector<Case> cases = {
      {"Militia fighters beat back an assault on Goma, then government troops joined them near Bukavu.", "Goma",
       "", MentionKind::kPlace},
      {"Militia fighters beat back an assault on Goma, then government troops joined them near Bukavu.", "Bukavu",
       "", MentionKind::kPlace},
      {"An offensive against Kherson began as Mykolaiv residents fled.", "Kherson", "", MentionKind::kPlace},
  };
  for (const auto& c : cases) {
    const auto doc = Link(c.text, "en");
    const auto* m = MentionFrom(doc, c.surface, 0);
    ASSERT_NE(m, nullptr) << "no mention of " << c.surface << " in: " << c.text;
    EXPECT_EQ(m->kind, c.kind) << c.surface << " in: " << c.text;
  }
}

TEST(SportsTeamTest, ATownWithItsSidesNicknameIsTheSide) {
  const std::string baseball =
      "Baseball: the Portland Pioneers beat the Ohio Rivermen 5-2 in the league playoff, and the loss "
      "left Ohio three games behind. Fans in Portland celebrated after the homer.";
  const std::string soccer =
      "Soccer: Norwich City drew 1-1 with the league leaders, whose striker scored in the first half.";
  const std::vector<Case> cases = {
      {baseball, "Portland Pioneers", "", MentionKind::kActor},  // a plural nickname
      {baseball, "Ohio Rivermen", "", MentionKind::kActor},      // a division's side
      {baseball, "Portland", "Fans", MentionKind::kPlace},       // "in Portland": the place
      {soccer, "Norwich City", "", MentionKind::kActor},         // a team_suffix word
  };
  ExpectKinds(cases, /*sides_unlinked=*/false);
  // Outside a sports report a town before a plural is the town ("Portland Residents" is no side).
  const auto doc = Link("Floods cut the road to Portland overnight, police said.", "en");
  const auto* m = MentionFrom(doc, "Portland", 0);
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->kind, MentionKind::kPlace);
}

}  // namespace
}  // namespace sitrep::entities
