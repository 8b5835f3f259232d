// Indonesian names of divisions and towns: a division word before the name
// (names.tsv division_prefix: "Kabupaten Bekasi", "Kota Gao", "Provinsi
// Aceh") is read without it when the whole names nothing, "di" (in) between
// two names is no particle joining them, and a province is found under its
// Indonesian name with the direction after it ("Jawa Barat", "Sulawesi
// Tengah"; data/kb/places/indonesia.tsv). A name that is whole with its
// prefix ("Kota Kinabalu") stays whole. All sentences are written for this test.
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

}  // namespace
}  // namespace sitrep::entities
