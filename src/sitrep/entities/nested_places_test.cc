// NestedPlacePass: a place or country named inside an organization's or an
// actor's name is a nested mention (Document::nested_mentions) linked to that
// place, while the name stays one actor mention in Document::mentions and no
// place mention appears there inside it. Sentences written for this test,
// about several wars; a name with no place inside has no nested mention.
#include <gtest/gtest.h>

#include "sitrep/entities/linker_test_util.h"

namespace sitrep::entities {
namespace {

using testing::Link;

struct NestedCase {
  const char* lang;
  const char* text;
  const char* inner;    // the nested mention's text ("" = none expected)
  const char* country;  // its entity's country
  bool nationality;
};

const NestedCase kCases[] = {
    {"en", "The Khartoum Chamber of Commerce said fuel prices had doubled since the fighting began.",
     "Khartoum", "SD", false},
    {"en", "The Kherson Regional Council said two people were killed in Beryslav.", "Kherson", "UA", false},
    {"en", "Malian troops and their Russian allies entered Kidal in the morning.", "Malian", "ML", true},
    {"en", "The Bank of Khartoum suspended transfers to Nyala.", "Khartoum", "SD", false},
    {"en", "Somali forces pushed the militants out of villages near Baidoa.", "Somali", "SO", true},
    {"en", "Turkish forces shelled villages near Afrin.", "", "", false},  // a common word alone: left inside
    {"en", "Soldiers of the Myanmar army burned houses in a village of Sagaing Region.", "Myanmar", "MM", false},
    {"en", "The Rapid Support Forces said they had taken the base after two days of fighting.", "", "", false},
    {"ja", "ロシア軍はハルキウ州の村を砲撃した。", "", "", false},  // a compound: no word of its own
    // A given name inside a name: a big city of that own name, a capital or in the story's countries.
    {"en", "Reporters at The Washington Post said the senator from Ohio resigned.", "Washington", "US", false},
    {"en", "The Dallas Morning News said the mayor of Houston resigned.", "Dallas", "US", false},
    {"en", "The Victoria Foundation gave grants to schools in Kenya.", "", "", false},
};

class NestedPlaceTest : public ::testing::TestWithParam<NestedCase> {};

TEST_P(NestedPlaceTest, PlaceInsideAnActorIsNested) {
  const NestedCase& c = GetParam();
  const document::Document doc = Link(c.text, c.lang);
  const std::string text = c.text;
  const document::Mention* nested = nullptr;
  for (const auto& m : doc.nested_mentions) {
    EXPECT_TRUE(m.nested);
    if (m.text == c.inner) nested = &m;
  }
  if (std::string(c.inner).empty()) {
    EXPECT_TRUE(doc.nested_mentions.empty()) << doc.nested_mentions[0].text;
    return;
  }
  ASSERT_NE(nested, nullptr) << c.inner << " not nested in: " << c.text;
  ASSERT_TRUE(nested->entity);
  EXPECT_EQ(nested->entity->country, c.country);
  EXPECT_EQ(nested->nationality, c.nationality);
  // The enclosing actor stays one mention, and nothing in `mentions` overlaps the nested span.
  bool inside_actor = false;
  for (const auto& m : doc.mentions) {
    EXPECT_FALSE(m.nested);
    const bool overlaps = m.span.begin < nested->span.end && nested->span.begin < m.span.end;
    if (!overlaps) continue;
    EXPECT_EQ(m.kind, document::MentionKind::kActor) << m.text;
    inside_actor |= m.span.begin <= nested->span.begin && nested->span.end <= m.span.end &&
                    m.span.size() > nested->span.size();
  }
  EXPECT_TRUE(inside_actor) << c.inner;
}

INSTANTIATE_TEST_SUITE_P(AllLanguages, NestedPlaceTest, ::testing::ValuesIn(kCases));

// A name led by a prominent place and going on in capitalised words nothing
// knows is something based there (a paper, a team): an unlinked actor with the
// place nested, not the place where something happened. A given name leading
// a person's name is no place.
TEST(NestedPlaceTest, PlaceLedNames) {
  struct Case {
    const char* text;
    const char* name;
    const char* place;
  };
  const Case cases[] = {
      {"A reporter for the Honolulu Star-Advertiser said the base was closed.", "Honolulu Star-Advertiser", "Honolulu"},
      {"The Multan Sultans flew home after the blast near the stadium in Lahore.", "Multan Sultans", "Multan"},
  };
  for (const Case& c : cases) {
    const document::Document doc = Link(c.text, "en");
    const document::Mention* actor = nullptr;
    for (const auto& m : doc.mentions) {
      EXPECT_NE(m.text, c.place) << "the place read alone in: " << c.text;
      if (m.text == c.name) actor = &m;
    }
    ASSERT_NE(actor, nullptr) << c.name << " in: " << c.text;
    EXPECT_EQ(actor->kind, document::MentionKind::kActor);
    bool nested = false;
    for (const auto& m : doc.nested_mentions) nested |= m.text == c.place && m.entity.has_value();
    EXPECT_TRUE(nested) << c.place << " not nested in " << c.name;
  }
  const document::Document person = Link("Paris Hilton arrived in Dubai on Monday.", "en");
  for (const auto& m : person.mentions) EXPECT_NE(m.text, "Paris Hilton") << "taken as an organization";
}

// A union of states named by the region it spans is its actor and, nested over
// the same span, that region's toponym; an organization named after a town is
// only the organization.
TEST(NestedPlaceTest, UnionNamedByItsRegion) {
  struct Case {
    const char* text;
    const char* name;
  };
  const Case cases[] = {
      {"EU foreign ministers agreed new sanctions on Belarus over the crackdown in Minsk.", "EU"},
      {"The European Union sent monitors to the border between Armenia and Azerbaijan.", "European Union"},
  };
  for (const Case& c : cases) {
    const document::Document doc = Link(c.text, "en");
    const document::Mention* actor = nullptr;
    for (const auto& m : doc.mentions) {
      if (m.text == c.name) actor = &m;
    }
    ASSERT_NE(actor, nullptr) << c.text;
    EXPECT_EQ(actor->kind, document::MentionKind::kActor) << c.text;
    const document::Mention* region = nullptr;
    for (const auto& m : doc.nested_mentions) {
      if (m.span.begin == actor->span.begin && m.span.end == actor->span.end) region = &m;
    }
    ASSERT_NE(region, nullptr) << c.name << " has no region: " << c.text;
    ASSERT_TRUE(region->entity);
    EXPECT_EQ(region->entity->id, "kb:europe");
    EXPECT_EQ(region->kind, document::MentionKind::kPlace);
  }
  const document::Document tv = Link("Al Mayadeen reported heavy shelling near Deir ez-Zor overnight.", "en");
  for (const auto& m : tv.nested_mentions) EXPECT_NE(m.text, "Al Mayadeen");
}

}  // namespace
}  // namespace sitrep::entities
