// Pass "roles": the sub-event type a territorial take gets from its actor. A
// state's forces that take ground in their own country regain it; abroad
// they overtake it, as ACLED codes a foreign state actor with the non-state
// ones. The tiny dictionary has no countries, so each case gives the actor's
// and the place's country to the document's mentions.
#include <gtest/gtest.h>

#include "sitrep/events/event_table_testutil.h"

namespace sitrep::events {
namespace {

TEST(RolePassTest, AStateTakingGroundAbroadOvertakesIt) {
  const struct {
    const char* lang;
    const char* text;
    const char* place_country;
    const char* type;
  } kCases[] = {
      {"en", "The Iraqi army seized a village near Aleppo on Monday.", "SY", "Non-state actor overtakes territory"},
      {"en", "The Iraqi army seized a village near Aleppo on Monday.", "IQ", "Government regains territory"},
      {"en", "The Iraqi army recaptured a village near Aleppo on Monday.", "SY", "Non-state actor overtakes territory"},
      {"ja", "イラク軍は月曜日、アレッポ近郊の村を制圧した。", "SY", "Non-state actor overtakes territory"},
      {"ja", "イラク軍は月曜日、アレッポ近郊の村を制圧した。", "IQ", "Government regains territory"},
  };
  for (const auto& k : kCases) {
    auto doc = sitrep::testing::MakeDocument(k.text, k.lang);
    for (auto& m : doc.mentions) {
      if (!m.entity) continue;
      if (m.entity->name == "Military Forces of Iraq") m.entity->country = "IQ";
      if (m.entity->name == "Aleppo") m.entity->country = k.place_country;
    }
    ASSERT_TRUE(testing::Extractor().Annotate(doc).ok());
    std::string got;
    for (const auto& e : doc.events) got += (got.empty() ? "" : " | ") + e.sub_event_type;
    EXPECT_EQ(got, k.type) << k.text << " (place in " << k.place_country << ")";
  }
}

}  // namespace
}  // namespace sitrep::events
