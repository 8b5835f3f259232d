// Merge evidence on hand-built pairs of reports from several wars: what merges,
// what stays apart, and what can never be one event.
#include "sitrep/fusion/merge_evidence.h"

#include <gtest/gtest.h>

#include "sitrep/fusion/fusion_testutil.h"

namespace sitrep::fusion {
namespace {

using namespace testing;

enum class Want { kMerge, kApart, kIncompatible };

struct Case {
  const char* name;
  Report a, b;
  Want want;
};

Report R(std::string doc, std::string date, document::PlaceRef place) {
  Report r;
  r.doc = std::move(doc);
  r.outlet = r.doc + ".example";
  r.published = date;
  r.date = std::move(date);
  r.place = std::move(place);
  return r;
}

Report With(Report r, std::function<void(Report&)> edit) {
  edit(r);
  return r;
}

TEST(MergeEvidenceTest, Table) {
  const Report hama = With(R("a", "2024-12-05", kHama), [](Report& r) {
    r.sub_event_type = "Non-state actor overtakes territory";
    r.actor1 = kHts;
    r.actor2 = kSyArmy;
  });
  const Report clash = With(R("a", "2023-01-12", kSoledar), [](Report& r) {
    r.actor1 = kWagner;
    r.actor2 = kUaArmy;
  });
  const Report sudan = With(R("a", "2023-04-16", kKhartoum), [](Report& r) {
    r.actor1 = kRsf;
    r.actor2 = kSdArmy;
  });
  auto other = [](Report r, std::function<void(Report&)> edit = [](Report&) {}) {
    r.doc = "b";
    r.outlet = "b.example";
    edit(r);
    return r;
  };
  const std::vector<Case> cases = {
      {"same town, same day, same actors", hama, other(hama), Want::kMerge},
      {"same town, same day, no actors", hama,
       other(hama, [](Report& r) { r.actor1.reset(); r.actor2.reset(); }), Want::kMerge},
      {"a day off, another sub-type, no actors", hama, other(hama, [](Report& r) {
         r.date = "2024-12-06";
         r.sub_event_type = "Armed clash";
         r.actor1.reset();
         r.actor2.reset();
       }), Want::kMerge},
      {"province-level place, same day, no actors", hama,
       other(hama, [](Report& r) { r.place = kHamaProvince; r.actor1.reset(); r.actor2.reset(); }),
       Want::kMerge},
      {"province-level place and a day off", hama, other(hama, [](Report& r) {
         r.place = kHamaProvince;
         r.date = "2024-12-04";
         r.actor2.reset();
       }), Want::kMerge},
      {"publication date standing in (week precision)", hama, other(hama, [](Report& r) {
         r.date = "2024-12-07";
         r.time_precision = 2;
       }), Want::kMerge},
      {"the same fall told as a handover", hama, other(hama, [](Report& r) {
         r.event_type = "Strategic developments";
         r.sub_event_type = "Non-violent transfer of territory";
       }), Want::kMerge},
      {"the army's withdrawal against the rebels' take", hama, other(hama, [](Report& r) {
         r.event_type = "Strategic developments";
         r.sub_event_type = "Non-violent transfer of territory";
         r.actor1 = kSyArmy;
         r.actor2.reset();
         r.date = "2024-12-06";
       }), Want::kMerge},
      {"an event and its denial in one report", hama, With(hama, [](Report& r) {
         r.ordinal = 2;
         r.claim_source = kSyArmy;
         r.denies = true;
       }), Want::kMerge},
      {"one transfer told two days apart, same actors", hama,
       other(hama, [](Report& r) { r.date = "2024-12-07"; }), Want::kMerge},
      {"two days apart without actors is not enough", hama,
       other(hama, [](Report& r) { r.date = "2024-12-07"; r.actor1.reset(); r.actor2.reset(); }),
       Want::kApart},
      {"a suburb 8 km from the capital, same day and actors",
       With(hama, [](Report& r) { r.place = kDamascus; }),
       other(hama, [](Report& r) { r.place = kDarayya; }), Want::kApart},
      {"two towns, same day, same actors and the same specific toll",
       With(hama, [](Report& r) { r.place = kDamascus; r.fatalities = 23; }),
       other(hama, [](Report& r) { r.place = kDarayya; r.fatalities = 23; }), Want::kMerge},
      {"Soledar and Bakhmut are two fights", clash,
       other(clash, [](Report& r) { r.place = kBakhmut; }), Want::kApart},
      {"Khartoum and Omdurman are two fights", sudan,
       other(sudan, [](Report& r) { r.place = kOmdurman; }), Want::kApart},
      {"Khartoum and Wad Madani are too far apart", sudan,
       other(sudan, [](Report& r) { r.place = kWadMadani; }), Want::kIncompatible},
      {"one clash told from both sides", clash,
       other(clash, [](Report& r) { std::swap(r.actor1, r.actor2); }), Want::kMerge},
      {"clashes two days apart are two events", clash,
       other(clash, [](Report& r) { r.date = "2023-01-14"; }), Want::kIncompatible},
      {"two places of one report", hama,
       With(hama, [](Report& r) { r.ordinal = 2; r.place = kSalamiyah; }), Want::kIncompatible},
      {"one report telling one event twice (headline, body)", hama,
       With(hama, [](Report& r) { r.ordinal = 2; r.time_precision = 2; r.date = "2024-12-06"; }),
       Want::kMerge},
      {"a clash told two days after a take, same actors", hama, other(hama, [](Report& r) {
         r.sub_event_type = "Armed clash";
         r.date = "2024-12-07";
       }), Want::kMerge},
      {"another country", sudan, other(sudan, [](Report& r) { r.place = kBakhmut; }),
       Want::kIncompatible},
      {"other types", clash,
       other(clash, [](Report& r) { r.event_type = "Protests"; r.sub_event_type = "Peaceful protest"; }),
       Want::kIncompatible},
      {"an arrest is not a looting",
       With(clash, [](Report& r) { r.event_type = "Strategic developments"; r.sub_event_type = "Arrests"; }),
       other(clash, [](Report& r) {
         r.event_type = "Strategic developments";
         r.sub_event_type = "Looting/property destruction";
       }),
       Want::kIncompatible},
      {"undated", clash, other(clash, [](Report& r) { r.date.clear(); }), Want::kIncompatible},
      {"unplaced, both actors and sub-type agree", sudan,
       other(sudan, [](Report& r) { r.place.reset(); }), Want::kMerge},
      {"unplaced with one actor is not enough", sudan,
       other(sudan, [](Report& r) { r.place.reset(); r.actor2.reset(); }), Want::kApart},
      {"the country only, one actor", sudan, other(sudan, [](Report& r) {
         r.place = document::PlaceRef{"country:SD", "Sudan", 15.0, 30.0, "SD", "", 3};
         r.actor2.reset();
       }), Want::kApart},
  };
  const ActorRelations actors(TestOptions().affiliation);
  const MergeEvidence evidence(actors);
  for (const auto& c : cases) {
    const Member a = MakeMember(c.a), b = MakeMember(c.b);
    const PairVerdict v = evidence.Score(a, b);
    const PairVerdict w = evidence.Score(b, a);
    std::string why;
    for (const auto& r : v.reasons) why += r + "; ";
    EXPECT_EQ(v.compatible, w.compatible) << c.name << ": not symmetric";
    EXPECT_DOUBLE_EQ(v.score, w.score) << c.name << ": not symmetric";
    const bool merges = v.compatible && v.score >= evidence.weights().threshold;
    switch (c.want) {
      case Want::kMerge: EXPECT_TRUE(merges) << c.name << " score " << v.score << ": " << why; break;
      case Want::kApart:
        EXPECT_TRUE(v.compatible && !merges) << c.name << " score " << v.score << ": " << why;
        break;
      case Want::kIncompatible: EXPECT_FALSE(v.compatible) << c.name << ": " << why; break;
    }
    if (v.compatible) EXPECT_FALSE(v.reasons.empty()) << c.name;
  }
}

TEST(MergeEvidenceTest, ReasonsNameTheEvidence) {
  Report a = R("a", "2024-12-05", kHama);
  a.actor1 = kHts;
  Report b = a;
  b.doc = "b";
  b.date = "2024-12-06";
  const ActorRelations actors;
  const MergeEvidence evidence(actors);
  const PairVerdict v = evidence.Score(MakeMember(a), MakeMember(b));
  ASSERT_TRUE(v.compatible);
  EXPECT_EQ(v.reasons, (std::vector<std::string>{
                           "a day apart (2024-12-05 / 2024-12-06)", "same place Hama (geonames:Hama)",
                           "same actor1 Hayat Tahrir al-Sham", "same sub-event type"}));
  EXPECT_DOUBLE_EQ(v.score, 0.4 + 1.5 + 0.5 + 0.3);
}

}  // namespace
}  // namespace sitrep::fusion
