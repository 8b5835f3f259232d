// Indonesian reporting on Papua's highlands and on Myanmar's Rakhine names
// regencies, districts and towns the world gazetteer lacks or knows only with
// no people (data/kb/places/conflict_regions.tsv): "Kabupaten X" is the regency
// (ADM2), "Distrik X"/"Kota X" the town, "Provinsi X" the province, and a
// town of the Arakan Army war links in Myanmar, not to a namesake found by
// sound elsewhere. "Puncak" alone is also the word for a peak: only the
// prefixed form is the regency. All sentences are written for this test.
#include <gtest/gtest.h>

#include <string>

#include "sitrep/entities/linker_test_util.h"

namespace sitrep::entities {
namespace {

using testing::Link;
using testing::MentionOf;

struct LevelCase {
  const char* text;
  const char* surface;  // the mention, as written (with its prefix)
  const char* country;
  const char* feature;  // its entity's GeoNames feature
  const char* lang = "id";
};

TEST(PapuaRakhinePlacesTest, APrefixedNameLinksAtItsLevel) {
  const LevelCase cases[] = {
      {"Ratusan warga mengungsi dari Distrik Beoga setelah sekolah dibakar.", "Distrik Beoga", "ID", "PPLA3"},
      {"Dua guru tewas ditembak di Kabupaten Puncak pada Kamis pagi.", "Kabupaten Puncak", "ID", "ADM2"},
      {"Gubernur Provinsi Papua Tengah meninjau pengungsi di Nabire.", "Provinsi Papua Tengah", "ID", "ADM1"},
      {"Pesawat perintis ditahan di Kota Dekai oleh kelompok bersenjata.", "Kota Dekai", "ID", "PPLA2"},
      {"Warga dari Kabupaten Nduga tiba di Wamena dengan truk.", "Kabupaten Nduga", "ID", "ADM2"},
      {"Tentara Arakan merebut pos polisi di Kyauktaw dan Mrauk-U.", "Kyauktaw", "MM", "PPL"},
      {"Fighting spread from Minbya to Mrauk-U as the junta lost more posts in Rakhine.", "Minbya", "MM", "PPL", "en"},
  };
  for (const auto& c : cases) {
    const document::Document doc = Link(c.text, c.lang);
    const document::Mention* m = MentionOf(doc, c.surface);
    ASSERT_NE(m, nullptr) << "no mention of " << c.surface << " in: " << c.text;
    ASSERT_TRUE(m->entity) << c.surface << " unlinked in: " << c.text;
    EXPECT_EQ(m->text, c.surface) << c.text;
    EXPECT_EQ(m->entity->country, c.country) << c.text << " -> " << m->entity->name;
    EXPECT_EQ(m->entity->feature, c.feature) << c.text << " -> " << m->entity->name;
  }
}

TEST(PapuaRakhinePlacesTest, APeakIsNoRegency) {
  for (const std::string text : {"Para pendaki mencapai puncak gunung itu sebelum badai datang.",
                                 "Puncak gunung itu tertutup kabut sejak pagi, kata pemandu di Wamena."}) {
    const auto doc = Link(text, "id");
    for (const auto& m : doc.mentions) {
      EXPECT_FALSE(m.entity && m.entity->id == "kb:id-puncak") << m.text << " linked to the regency in: " << text;
    }
  }
}

}  // namespace
}  // namespace sitrep::entities
