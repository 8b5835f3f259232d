// Fatality figures and the low/best/high rule on hand-built reports.
#include "sitrep/fusion/fatalities.h"

#include <gtest/gtest.h>

#include "sitrep/fusion/fusion_testutil.h"

namespace sitrep::fusion {
namespace {

using namespace testing;

struct Toll {
  long value;
  std::string outlet;
  std::string claimed_by = {};
  std::optional<document::ActorRef> claim = std::nullopt;
  bool cumulative = false;
  bool denies = false;
};

struct Case {
  const char* name;
  std::vector<Toll> tolls;
  std::optional<document::FatalityRange> want;
};

std::optional<document::FatalityRange> RangeOfTolls(const std::vector<Toll>& tolls,
                                                    std::vector<document::FatalityFigure>* figures = nullptr) {
  std::vector<Member> members;
  int n = 0;
  for (const auto& t : tolls) {
    Report r;
    r.doc = "d" + std::to_string(++n);
    r.outlet = t.outlet;
    r.date = "2023-04-16";
    r.place = kKhartoum;
    r.actor1 = kRsf;
    r.actor2 = kSdArmy;
    r.fatalities = t.value;
    r.toll_claimed_by = t.claimed_by;
    r.claim_source = t.claim;
    r.cumulative_toll = t.cumulative;
    r.denies = t.denies;
    members.push_back(MakeMember(r));
  }
  std::vector<const Member*> ptrs;
  for (const auto& m : members) ptrs.push_back(&m);
  const ActorRelations actors(TestOptions().affiliation);
  auto got = CollectFigures(ptrs, {kRsf, kSdArmy}, actors);
  if (figures) *figures = got;
  return RangeOf(got);
}

TEST(FatalitiesTest, LowBestHigh) {
  using R = document::FatalityRange;
  const auto doctors = Actor("sd-doctors", "Sudan Doctors' Union", 0);
  const std::vector<Case> cases = {
      {"no toll", {}, std::nullopt},
      {"one figure", {{12, "a.example"}}, R{12, 12, 12}},
      {"the figure most sources give is best", {{10, "a"}, {25, "b"}, {25, "c"}, {40, "d"}},
       R{10, 25, 40}},
      {"no figure twice: the median (lower)", {{10, "a"}, {25, "b"}, {40, "c"}, {70, "d"}},
       R{10, 25, 70}},
      {"tied counts: the median", {{10, "a"}, {10, "b"}, {30, "c"}, {30, "d"}}, R{10, 10, 30}},
      {"one claimant quoted by three outlets is one source",
       {{56, "a", "Sudan Doctors' Union"}, {56, "b", "Sudan Doctors' Union"},
        {56, "c", "Sudan Doctors' Union"}, {83, "d"}, {97, "e"}},
       R{56, 83, 97}},
      {"a party's claim is kept out", {{12, "a"}, {300, "b", "Rapid Support Forces"}}, R{12, 12, 12}},
      {"claims by the army and its government, by id",
       {{12, "a"}, {250, "b", "", Actor("sd-government", "Government of Sudan", 1)},
        {14, "c", "", kSdArmy}},
       R{12, 12, 12}},
      {"only partisan figures: their range, flagged",
       {{300, "b", "Rapid Support Forces"}, {40, "c", "", kSdArmy}}, R{40, 40, 300, true}},
      {"a running total is not this event's toll", {{12, "a"}, {420, "b", "", doctors, true}},
       R{12, 12, 12}},
      {"a denying report's figure does not count", {{12, "a"}, {0, "b", "", kRsf, false, true}},
       R{12, 12, 12}},
  };
  for (const auto& c : cases) {
    const auto got = RangeOfTolls(c.tolls);
    ASSERT_EQ(got.has_value(), c.want.has_value()) << c.name;
    if (!got) continue;
    EXPECT_EQ(got->low, c.want->low) << c.name;
    EXPECT_EQ(got->best, c.want->best) << c.name;
    EXPECT_EQ(got->high, c.want->high) << c.name;
    EXPECT_EQ(got->partisan, c.want->partisan) << c.name;
  }
}

TEST(FatalitiesTest, FiguresSayWhoGaveThemAndHow) {
  std::vector<document::FatalityFigure> figures;
  RangeOfTolls({{12, "a.example"}, {300, "b.example", "Rapid Support Forces"},
                {420, "c.example", "", kSohr, true}},
               &figures);
  ASSERT_EQ(figures.size(), 3u);
  EXPECT_EQ(figures[0].source, "a.example");  // the outlet's own figure
  EXPECT_FALSE(figures[0].partisan);
  EXPECT_EQ(figures[1].source, "Rapid Support Forces");
  EXPECT_TRUE(figures[1].partisan);
  EXPECT_EQ(figures[2].source, "Syrian Observatory for Human Rights");
  EXPECT_TRUE(figures[2].cumulative);
  EXPECT_EQ(figures[2].doc, "d3");
}

}  // namespace
}  // namespace sitrep::fusion
