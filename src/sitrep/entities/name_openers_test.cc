// What may open a place name in English text, and what only stands before one:
// an abbreviated word with its dot opens it ("St. Louis", "St. Petersburg"),
// a function word opening the sentence does not ("Though Mombasa's port",
// "Under Saskatchewan law"), so the place is read alone, as before a person's
// titles ("California Governor Gavin Newsom") and party members ("Texas
// Republicans"); the Holy See is the Vatican's name. Sentences written for this test.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "sitrep/entities/linker_test_util.h"

namespace sitrep::entities {
namespace {

using testing::Link;
using testing::MentionOf;

TEST(NameOpenersTest, PlaceFoundWhole) {
  const std::vector<testing::PlaceCase> cases = {
      {"Ukrainian refugees from Kharkiv reached St. Petersburg by train.", "St. Petersburg", "RU"},
      {"The veteran returned to St. Louis after two tours in Iraq.", "St. Louis", "US"},
      {"Though Mombasa\u2019s port reopened, fuel convoys to Juba stayed stuck at the border.", "Mombasa", "KE"},
      {"Under Saskatchewan law the reservists were paid for their deployment to Latvia.", "Saskatchewan", "CA"},
      {"Despite Peshawar's curfew, protesters gathered after the drone strike.", "Peshawar", "PK"},
      {"The Holy See called for a ceasefire in Gaza and in Sudan.", "Holy See", "VA"},
      // A place qualifying a person's title, or party members.
      {"California Governor Gavin Newsom said the Guard would not deploy to the border.", "California", "US"},
      {"Mombasa Governor Abdulswamad Nassir said the port strike was over.", "Mombasa", "KE"},
      {"Oklahoma Gov. Kevin Stitt sent troops after the tornado.", "Oklahoma", "US"},
      {"Texas Republicans blocked the bill on sending aid to Ukraine.", "Texas", "US"},
      // A hyphenated division's own name is no ordinary word, however small its towns.
      {"Floods cut the road to Gilgit-Baltistan, and landslides blocked the valley.", "Gilgit-Baltistan", "PK"},
      // Airports by their own names, and a town's airport as the airport.
      {"Flights from Heathrow to Juba were cancelled after the coup.", "Heathrow", "GB"},
      {"Shelling closed Khartoum airport and the army said it held the runway.", "Khartoum airport", "SD"},
  };
  for (const auto& c : cases) testing::ExpectPlace(c);
  // The titled person stays the person.
  const auto doc = Link("California Governor Gavin Newsom said the Guard would not deploy.", "en");
  const auto* person = MentionOf(doc, "Gavin Newsom");
  ASSERT_NE(person, nullptr);
  EXPECT_EQ(person->kind, document::MentionKind::kPerson);
}

// A small town named before the story names its country is read again once
// the whole document is known; a surname beside a speech verb is not.
TEST(NameOpenersTest, LoneTownReadAgainWithTheDocumentsCountries) {
  const auto doc = Link(
      "Convoys bound for Cirencester were turned back overnight. Police in Gloucester and Cheltenham "
      "said the road would reopen. Later, Johnson said the closure was needed.",
      "en");
  const auto* town = MentionOf(doc, "Cirencester");
  ASSERT_NE(town, nullptr);
  ASSERT_TRUE(town->entity);
  EXPECT_EQ(town->entity->country, "GB");
  const auto* person = MentionOf(doc, "Johnson");
  EXPECT_TRUE(person == nullptr || person->kind != document::MentionKind::kPlace);
}

}  // namespace
}  // namespace sitrep::entities
