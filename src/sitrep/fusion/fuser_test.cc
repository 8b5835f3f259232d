// The fusion stage on hand-built reports: one offensive told by several
// outlets in two languages, with differing tolls, a denial, a wrong date in one
// report and a different fight nearby on the same day; and the result does
// not depend on the order the reports come in.
#include "sitrep/fusion/fuser.h"

#include <algorithm>
#include <random>

#include <gtest/gtest.h>

#include "sitrep/document/fused_json.h"
#include "sitrep/fusion/fusion_testutil.h"

namespace sitrep::fusion {
namespace {

using namespace testing;

Report Hama(std::string doc, std::string outlet, std::string lang, std::string published) {
  Report r;
  r.doc = std::move(doc);
  r.outlet = std::move(outlet);
  r.lang = std::move(lang);
  r.published = published;
  r.date = "2024-12-05";
  r.place = kHama;
  r.sub_event_type = "Non-state actor overtakes territory";
  r.actor1 = kHts;
  r.actor2 = kSyArmy;
  return r;
}

std::vector<Member> Offensive() {
  std::vector<Member> m;
  Report a = Hama("wire-en", "wire.example", "en", "2024-12-05");
  a.fatalities = 20;
  m.push_back(MakeMember(a));
  Report b = Hama("daily-ja", "daily.example.jp", "ja", "2024-12-06");
  b.fatalities = 31;
  b.toll_claimed_by = "Syrian Observatory for Human Rights";
  b.claim_source = kSohr;
  m.push_back(MakeMember(b));
  Report c = Hama("paper-en", "paper.example", "en", "2024-12-06");
  c.date = "2024-12-07";  // wrong in this report
  c.fatalities = 20;
  m.push_back(MakeMember(c));
  Report d = Hama("tv-ja", "tv.example.jp", "ja", "2024-12-06");
  d.event_type = "Strategic developments";
  d.sub_event_type = "Non-violent transfer of territory";
  d.actor1 = kSyArmy;
  d.actor2.reset();
  d.claim_source = kSyArmy;
  d.denies = true;  // the army denies it withdrew
  m.push_back(MakeMember(d));
  // A different town taken the same day, 30 km away.
  Report e = Hama("wire-en", "wire.example", "en", "2024-12-05");
  e.ordinal = 2;
  e.place = kSalamiyah;
  e.fatalities = 4;
  m.push_back(MakeMember(e));
  Report f = e;
  f.doc = "paper-en";
  f.outlet = "paper.example";
  f.published = "2024-12-06";
  m.push_back(MakeMember(f));
  return m;
}

TEST(FuserTest, OneRecordPerRealEvent) {
  const Fuser fuser(TestOptions());
  std::vector<Member> members = Offensive();
  const auto fused = fuser.Fuse(members);
  ASSERT_EQ(fused.size(), 2u);
  const auto& fall = fused[0];
  EXPECT_EQ(fall.merge.members, 4);
  EXPECT_EQ(fall.event.sub_event_type, "Non-state actor overtakes territory");
  EXPECT_EQ(fall.event.date, "2024-12-05");  // two day-precise reports against one
  EXPECT_EQ(fall.event.place->id, "geonames:Hama");
  EXPECT_EQ(fall.event.actor1->id, "actor:hts");
  ASSERT_TRUE(fall.fatalities.has_value());
  EXPECT_EQ(fall.fatalities->low, 20);
  EXPECT_EQ(fall.fatalities->best, 20);  // two outlets give 20
  EXPECT_EQ(fall.fatalities->high, 31);
  EXPECT_EQ(fall.event.fatalities, 20);
  EXPECT_FALSE(fall.merge.reasons.empty());
  ASSERT_TRUE(fall.merge.score.has_value());
  std::vector<std::string> fields;
  for (const auto& c : fall.contradictions) fields.push_back(c.field);
  // The army's (denied) withdrawal names the side that left, not a rival taker.
  EXPECT_EQ(fields, (std::vector<std::string>{"date", "sub_event_type", "fatalities"}));
  const auto& date = fall.contradictions[0];
  ASSERT_EQ(date.values.size(), 2u);
  EXPECT_EQ(date.values[0].value, "2024-12-05");
  EXPECT_EQ(date.values[1].value, "2024-12-07");
  EXPECT_EQ(date.values[1].sources[0].doc, "paper-en");
  // The denial stays a claim on the same fused event.
  const bool denial = std::any_of(fall.claims.begin(), fall.claims.end(), [](const auto& c) {
    return c.stance == document::Stance::kDenies && c.doc == "tv-ja" && c.lang == "ja";
  });
  EXPECT_TRUE(denial);
  std::vector<std::string> langs;
  for (const auto& s : fall.sources) langs.push_back(s.lang);
  EXPECT_EQ(langs, (std::vector<std::string>{"en", "ja", "en", "ja"}));  // earliest published first
  const auto& clash = fused[1];
  EXPECT_EQ(clash.merge.members, 2);
  EXPECT_EQ(clash.event.place->id, "geonames:Salamiyah");
  EXPECT_EQ(clash.fatalities->best, 4);
  EXPECT_TRUE(clash.contradictions.empty());
}

TEST(FuserTest, ControlFromTheFusedTransfers) {
  const Fuser fuser(TestOptions());
  std::vector<Member> members = Offensive();
  const auto control = fuser.Control(fuser.Fuse(members));
  ASSERT_EQ(control.size(), 4u);  // Hama's two intervals, then Salamiyah's
  EXPECT_EQ(control[0].controller->id, "actor:sy-military");
  EXPECT_EQ(control[0].until, "2024-12-05");
  EXPECT_EQ(control[1].controller->id, "actor:hts");
  EXPECT_EQ(control[1].from, "2024-12-05");
  EXPECT_TRUE(control[1].contested);  // the army's denial
}

TEST(FuserTest, OrderOfInputDoesNotMatter) {
  const Fuser fuser(TestOptions());
  std::vector<Member> members = Offensive();
  std::string want;
  for (const auto& f : fuser.Fuse(members)) want += document::FusedEventToJson(f).dump() + "\n";
  std::mt19937 rng(7);
  for (int round = 0; round < 10; ++round) {
    std::vector<Member> shuffled = Offensive();
    std::shuffle(shuffled.begin(), shuffled.end(), rng);
    std::string got;
    for (const auto& f : fuser.Fuse(shuffled)) got += document::FusedEventToJson(f).dump() + "\n";
    EXPECT_EQ(got, want) << "round " << round;
  }
}

TEST(FuserTest, VagueAndUndatedReportsStayAlone) {
  const Fuser fuser(TestOptions());
  Report year = Hama("a", "a.example", "en", "2024-12-06");
  year.date = "2024-01-01";
  year.date_end = "2024-12-31";
  year.time_precision = 3;
  Report undated = Hama("b", "b.example", "en", "");
  undated.date.clear();
  std::vector<Member> members = {MakeMember(Hama("c", "c.example", "en", "2024-12-05")),
                                 MakeMember(year), MakeMember(undated)};
  EXPECT_EQ(fuser.Fuse(members).size(), 3u);
}

}  // namespace
}  // namespace sitrep::fusion
