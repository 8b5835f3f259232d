// Test seed for the API tests: four events from three wars in English,
// Arabic and Japanese, in three documents (one with markup in its text).
#ifndef SITREP_API_API_TESTUTIL_H_
#define SITREP_API_API_TESTUTIL_H_

#include <gtest/gtest.h>

#include "sitrep/store/store.h"

namespace sitrep::api {

inline document::Event MakeEvent(std::string type, std::string sub, std::string date, std::string place,
                          std::string country, double lat, double lon, std::string sentence) {
  document::Event e;
  e.event_type = std::move(type);
  e.sub_event_type = std::move(sub);
  e.date = std::move(date);
  e.time_precision = 1;
  e.place = document::PlaceRef{"geonames:" + place, place, lat, lon, country, "", 1};
  e.actor1 = document::ActorRef{"actor:x", "Military Forces of " + country, 1};
  e.claims.push_back({{"src", "Local officials", 0}, document::Stance::kDenies, "denied"});
  e.evidence.sentence = std::move(sentence);
  return e;
}

// Stores the seed documents in `store`.
inline void SeedStore(store::Store& store) {
  const std::string en = "Troops shelled Bakhmut on Monday. <script>alert(1)</script>";
  document::Document a("news/en-1", en);
  a.title = "Front line report";
  a.url = "https://example.org/en-1";
  a.lang = "en";
  a.events = {MakeEvent("Explosions/Remote violence", "Shelling/artillery/missile attack",
                        "2023-01-09", "Bakhmut", "UA", 48.59, 38.0,
                        "Troops shelled Bakhmut on Monday.")};
  a.events[0].id = "news/en-1#e1";
  a.events[0].evidence.span = {0, 33};
  document::Document b("news/ar-1", "اشتباكات في حلب بين الفصائل.");
  b.lang = "ar";
  b.events = {MakeEvent("Battles", "Armed clash", "2016-08-01", "Aleppo", "SY", 36.2, 37.16,
                        "اشتباكات في حلب بين الفصائل."),
              MakeEvent("Battles", "Armed clash", "2016-08-02", "Aleppo", "SY", 36.2, 37.16,
                        "اشتباكات جديدة في حلب.")};
  b.events[0].id = "news/ar-1#e1";
  b.events[1].id = "news/ar-1#e2";
  document::Document c("news/ja-1", "ヤンゴンで抗議デモが行われた。");
  c.lang = "ja";
  c.events = {MakeEvent("Protests", "Peaceful protest", "2021-02-10", "Yangon", "MM", 16.8,
                        96.15, "ヤンゴンで抗議デモが行われた。")};
  c.events[0].id = "news/ja-1#e1";
  for (auto* d : {&a, &b, &c}) ASSERT_TRUE(store.PutDocument(*d).ok());
}

}  // namespace sitrep::api

#endif  // SITREP_API_API_TESTUTIL_H_
