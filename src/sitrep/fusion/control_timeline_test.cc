// Control timelines from hand-built fused transfers in several wars.
#include "sitrep/fusion/control_timeline.h"

#include <gtest/gtest.h>

#include "sitrep/fusion/fusion_testutil.h"

namespace sitrep::fusion {
namespace {

using namespace testing;
using document::FusedEvent;

const char* kTake = "Non-state actor overtakes territory";
const char* kRegain = "Government regains territory";
const char* kHandover = "Non-violent transfer of territory";

struct T {
  std::string id;
  std::string date;
  document::PlaceRef place;
  std::string sub;
  std::optional<document::ActorRef> actor1;
  std::optional<document::ActorRef> actor2 = std::nullopt;
  int sources = 1;
  bool some_deny = false;  // a report denies it
  bool all_deny = false;   // every report denies it
  std::vector<document::Contradiction> contradictions = {};
};

FusedEvent Fused(const T& t) {
  FusedEvent f;
  f.id = t.id;
  f.event.id = t.id;
  f.event.event_type = t.sub == kHandover ? "Strategic developments" : "Battles";
  f.event.sub_event_type = t.sub;
  f.event.date = t.date;
  f.event.time_precision = 1;
  f.event.place = t.place;
  f.event.actor1 = t.actor1;
  f.event.actor2 = t.actor2;
  f.event.negated = t.all_deny;
  f.contradictions = t.contradictions;
  for (int i = 0; i < t.sources; ++i) {
    f.sources.push_back({t.id + "-d" + std::to_string(i), t.id + "#e1", "en", "o", t.date});
  }
  if (t.some_deny || t.all_deny) {
    document::FusedClaim c;
    c.source = kSyArmy;
    c.stance = document::Stance::kDenies;
    c.doc = t.id + "-d0";
    f.claims.push_back(c);
  }
  return f;
}

std::vector<std::string> Timeline(const std::vector<T>& ts) {
  std::vector<FusedEvent> fused;
  for (const auto& t : ts) fused.push_back(Fused(t));
  const ActorRelations actors(TestOptions().affiliation);
  std::vector<std::string> out;
  for (const auto& c : ControlTimeline(fused, actors)) {
    std::string basis;
    for (const auto& b : c.basis) basis += (basis.empty() ? "" : ",") + b;
    out.push_back(c.place.name + ": " + (c.controller ? c.controller->name : "nobody known") + " " +
                  c.from + ".." + c.until + (c.contested ? " contested" : "") + " [" + basis + "]");
  }
  return out;
}

using V = std::vector<std::string>;

TEST(ControlTimelineTest, TakeNamesWhoHeldThePlaceBefore) {
  EXPECT_EQ(Timeline({{"f1", "2024-12-05", kHama, kTake, kHts, kSyArmy, 3}}),
            (V{"Hama: Military Forces of Syria ..2024-12-05 [f1]",
               "Hama: Hayat Tahrir al-Sham 2024-12-05.. [f1]"}));
}

TEST(ControlTimelineTest, RetakenLater) {
  EXPECT_EQ(Timeline({{"f2", "2023-05-20", kBakhmut, kRegain, kRuArmy},
                      {"f1", "2023-01-10", kBakhmut, kRegain, kUaArmy}}),
            (V{"Bakhmut: Military Forces of Ukraine 2023-01-10..2023-05-20 [f1]",
               "Bakhmut: Military Forces of Russia 2023-05-20.. [f2]"}));
}

TEST(ControlTimelineTest, TheSameSideAgainContinuesTheInterval) {
  // Wagner belongs to the Russian state, as the army does.
  EXPECT_EQ(Timeline({{"f1", "2023-01-12", kSoledar, kTake, kWagner, kUaArmy},
                      {"f2", "2023-01-16", kSoledar, kRegain, kRuArmy}}),
            (V{"Soledar: Military Forces of Ukraine ..2023-01-12 [f1]",
               "Soledar: Wagner Group 2023-01-12.. [f1,f2]"}));
}

TEST(ControlTimelineTest, ASuburbSaysNothingAboutTheCity) {
  EXPECT_EQ(Timeline({{"f1", "2024-12-07", kDarayya, kTake, kSyRebels}}),
            (V{"Darayya: Syrian rebels 2024-12-07.. [f1]"}));
}

TEST(ControlTimelineTest, WithdrawalThenTake) {
  EXPECT_EQ(Timeline({{"f1", "2024-12-07", kHoms, kHandover, kSyArmy},
                      {"f2", "2024-12-08", kHoms, kTake, kHts}}),
            (V{"Homs: Military Forces of Syria ..2024-12-07 [f1]",
               "Homs: nobody known 2024-12-07..2024-12-08 [f1]",
               "Homs: Hayat Tahrir al-Sham 2024-12-08.. [f2]"}));
}

TEST(ControlTimelineTest, WithdrawalOfTheHolder) {
  EXPECT_EQ(Timeline({{"f1", "2023-04-20", kOmdurman, kRegain, kSdArmy},
                      {"f2", "2023-06-01", kOmdurman, kHandover, kSdArmy, kRsf}}),
            (V{"Omdurman: Military Forces of Sudan 2023-04-20..2023-06-01 [f1]",
               "Omdurman: Rapid Support Forces 2023-06-01.. [f2]"}));
}

TEST(ControlTimelineTest, TakeWithoutAFight) {
  EXPECT_EQ(Timeline({{"f1", "2024-12-06", kSalamiyah, kHandover, kHts}}),
            (V{"Salamiyah: Hayat Tahrir al-Sham 2024-12-06.. [f1]"}));
}

TEST(ControlTimelineTest, DenialsContest) {
  EXPECT_EQ(Timeline({{"f1", "2024-12-05", kHama, kTake, kHts, std::nullopt, 2, true}}),
            (V{"Hama: Hayat Tahrir al-Sham 2024-12-05.. contested [f1]"}));
  // A transfer every report denies changes nothing but contests the interval.
  EXPECT_EQ(Timeline({{"f1", "2024-12-05", kHama, kTake, kHts},
                      {"f2", "2024-12-06", kHama, kRegain, kSyArmy, std::nullopt, 1, false, true}}),
            (V{"Hama: Hayat Tahrir al-Sham 2024-12-05.. contested [f1,f2]"}));
}

TEST(ControlTimelineTest, RivalGainersOnOneDay) {
  EXPECT_EQ(Timeline({{"f1", "2024-12-05", kHama, kRegain, kSyArmy},
                      {"f2", "2024-12-05", kHama, kTake, kHts, std::nullopt, 4}}),
            (V{"Hama: Hayat Tahrir al-Sham 2024-12-05.. contested [f2,f1]"}));
}

// One fused record of a take (source d0) and of the losing side's own report
// of its withdrawal (d1), whose actor1 (the army) differs from the take's.
T TakeAndTheLosersAccount(const std::string& date, const document::PlaceRef& place,
                          const document::ActorRef& taker, const document::ActorRef& loser,
                          const std::string& losers_sub) {
  T t{"f1", date, place, kTake, taker, std::nullopt, 2};
  const document::FusedSource d0{"f1-d0", "f1#e1", "en", "o", date};
  const document::FusedSource d1{"f1-d1", "f1#e1", "ar", "o", date};
  t.contradictions = {{"actor1", {{taker.name, taker.id, {d0}}, {loser.name, loser.id, {d1}}}},
                      {"sub_event_type", {{kTake, "", {d0}}, {losers_sub, "", {d1}}}}};
  return t;
}

TEST(ControlTimelineTest, TheLosersWithdrawalInATakesRecordContestsNothing) {
  EXPECT_EQ(Timeline({TakeAndTheLosersAccount("2024-12-05", kHama, kHts, kSyArmy, kHandover)}),
            (V{"Hama: Hayat Tahrir al-Sham 2024-12-05.. [f1]"}));
  EXPECT_EQ(Timeline({TakeAndTheLosersAccount("2023-12-18", kWadMadani, kRsf, kSdArmy, kHandover)}),
            (V{"Wad Madani: Rapid Support Forces 2023-12-18.. [f1]"}));
  // The same record where the other side claims to have taken it: rival gainers.
  EXPECT_EQ(Timeline({TakeAndTheLosersAccount("2024-12-05", kHama, kHts, kSyArmy, kRegain)}),
            (V{"Hama: Hayat Tahrir al-Sham 2024-12-05.. contested [f1]"}));
}

TEST(ControlTimelineTest, OtherEventsAndUndatedOnesAreLeftOut) {
  T clash{"f1", "2024-12-05", kHama, "Armed clash", kHts};
  T undated{"f2", "", kHoms, kTake, kHts};
  EXPECT_TRUE(Timeline({clash, undated}).empty());
  // A fused event some of whose reports call it a take is a transfer.
  FusedEvent f = Fused(clash);
  f.contradictions = {{"sub_event_type", {{"Armed clash", "", {}}, {kTake, "", {}}}}};
  EXPECT_TRUE(IsTransfer(f));
}

}  // namespace
}  // namespace sitrep::fusion
