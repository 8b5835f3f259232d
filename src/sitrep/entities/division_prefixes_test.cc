// Indonesian names of divisions and towns: a division word before the name
// (names.tsv division_prefix: "Kabupaten Bekasi", "Kota Gao", "Provinsi
// Aceh") is read without it when the whole names nothing, "di" (in) between
// two names is no particle joining them, and a province is found under its
// Indonesian name with the direction after it ("Jawa Barat", "Sulawesi
// Tengah"; data/kb/places/indonesia.tsv). A name that is whole with its
// prefix ("Kota Kinabalu") stays whole. Arabic names of conflict places the
// Arabic gazetteer table lacks are curated (conflict_regions.tsv). All
// sentences are written for this test.
#include <gtest/gtest.h>

#include <string>

#include "sitrep/entities/linker_test_util.h"

namespace sitrep::entities {
namespace {

using testing::ExpectPlace;
using testing::PlaceCase;

TEST(DivisionPrefixTest, IndonesianPlacesAfterADivisionWord) {
  const PlaceCase cases[] = {
      {"Banjir merendam ratusan rumah di Kabupaten Bekasi sejak Senin.", "Bekasi", "ID"},
      {"Kelompok bersenjata menyerang Kota Gao di Mali utara.", "Gao", "ML"},
      {"Gempa mengguncang Provinsi Aceh pada dini hari.", "Aceh", "ID"},
      {"Pengungsi tiba di Kota Kandahar di Afghanistan selatan.", "Kandahar", "AF"},
      {"Kerusuhan pecah di Kabupaten Bogor, Jawa Barat, pada Sabtu.", "Jawa Barat", "ID"},
      {"Aparat berjaga di Poso, Sulawesi Tengah, setelah ledakan.", "Sulawesi Tengah", "ID"},
      {"Tentara Israel menyerbu kamp Jenin di Tepi Barat.", "Tepi Barat", "PS"},
  };
  for (const auto& c : cases) ExpectPlace(c, "id");
}

TEST(DivisionPrefixTest, ANameWholeWithItsPrefixStaysWhole) {
  const auto m = ExpectPlace({"Banjir melanda Kota Kinabalu di Sabah.", "Kota Kinabalu", "MY"}, "id");
  ASSERT_TRUE(m);
  EXPECT_EQ(m->text, "Kota Kinabalu");
}

// Arabic reports put the place word before the name (ولاية بورنو, مدينة غاو, بلدة ديفا); the
// names of the Sahel's and Nigeria's conflict places link in their countries, not to a
// namesake found by sound (يوبي is no town in Japan, بيني none in Italy).
TEST(DivisionPrefixTest, ArabicNamesOfConflictPlaces) {
  const PlaceCase cases[] = {
      {"وهاجم مسلحون قرية في ولاية بورنو شمال شرق نيجيريا.", "بورنو", "NG"},
      {"ونزح السكان من قرى في ولاية يوبي بعد الهجوم.", "يوبي", "NG"},
      {"وقال سكان في مدينة غاو إن انفجارا وقع قرب السوق.", "غاو", "ML"},
      {"وقتل مدنيون في هجوم على مدينة بيني شرق الكونغو.", "بيني", "CD"},
      {"وأغلقت السلطات الطريق إلى بلدة ديفا.", "ديفا", "NE"},
  };
  for (const auto& c : cases) ExpectPlace(c, "ar");
}

}  // namespace
}  // namespace sitrep::entities
