// Field-by-field tests of the Arabic and Indonesian infobox packs on
// infoboxes written for these tests (testdata/battles/cases/ar_*, id_*; facts
// from public knowledge), battles of several wars in the renderings users
// have: Mosul 2016–17 as the Arabic wiki's wikitext (English parameter
// names, Arabic templates, Arabic-Indic digits with the Arabic thousands
// separator, a civilians row), El Alamein 1942 as "Label: value" lines with
// Arabic commas and semicolons and tab columns, Surabaya 1945 as labels alone
// and "Label<TAB>value" rows with side columns (Indonesian '.' thousands,
// "20 ribu"), Marawi 2017 as "- Label N: value" items with claims in
// parentheses, an unnumbered shared casualties row and "1,1 juta"; and
// Surabaya again as a saved page.
#include <gtest/gtest.h>

#include "sitrep/battles/battle_cases_internal.h"

namespace sitrep::battles {
namespace {

using namespace cases;  // NOLINT: the case helpers

const Want kMosulAr{
    .name = "معركة الموصل (2016–2017)",
    .part_of = "الحرب الأهلية العراقية (2014–2017)",
    .start = "2016-10-16",
    .end = "2017-07-20",
    .location = "الموصل, محافظة نينوى, العراق",
    .result = "انتصار القوات العراقية",
    .territory = {"القوات العراقية تستعيد السيطرة على الموصل"},
    .sides = {{.belligerents = {"العراق", "إقليم كردستان", "الولايات المتحدة"},
               .commanders = {"حيدر العبادي", "عبد الوهاب الساعدي"},
               .strength = {{"value", 100000, "الحكومة العراقية"}},
               .casualties = {{"killed", 1200, ""}, {"injured", 8200, ""}}},
              {.belligerents = {"الدولة الإسلامية"},
               .commanders = {"أبو بكر البغدادي"},
               .strength = {{"low", 3000, ""}, {"high", 5000, ""}},
               .casualties = {{"killed", 16467, ""}}}},
    .joint = {{"killed", 9000, ""}},
};

const Want kAlamein{
    .name = "معركة العلمين الثانية",
    .part_of = "الحرب العالمية الثانية",
    .start = "1942-10-23",
    .end = "1942-11-11",
    .location = "العلمين, مصر",
    .result = "انتصار الحلفاء",
    .sides = {{.belligerents = {"المملكة المتحدة", "أستراليا", "نيوزيلندا"},
               .commanders = {"برنارد مونتغمري"},
               .strength = {{"value", 195000, ""}},
               .casualties = {{"killed_and_injured", 13560, ""}}},
              {.belligerents = {"ألمانيا", "إيطاليا"},
               .commanders = {"إرفين رومل"},
               .strength = {{"value", 116000, ""}},
               .casualties = {{"captured", 30000, ""}}}},
};

const Want kSurabaya{
    .name = "Pertempuran Surabaya",
    .part_of = "Revolusi Nasional Indonesia",
    .start = "1945-10-27",
    .end = "1945-11-20",
    .location = "Surabaya, Jawa Timur, Indonesia",
    .result = "Kemenangan taktis Britania; kota Surabaya dikuasai pasukan Britania",
    .sides = {{.belligerents = {"Britania Raya"},
               .commanders = {"Mallaby", "Eric Carden Robert Mansergh"},
               .notes = {{"Mallaby", "KIA"}},
               .strength = {{"value", 30000, ""}},
               .casualties = {{"killed", 600, ""}, {"killed_high", 2000, ""}}},
              {.belligerents = {"Indonesia", "Belanda"},
               .commanders = {"Sutomo", "Sungkono"},
               .strength = {{"value", 20000, ""}},
               .casualties = {{"killed", 6300, ""},
                              {"killed_high", 15000, ""},
                              {"displaced", 200000, ""}}}},
};

const Want kMarawi{
    .name = "Pengepungan Marawi",
    .part_of = "Pemberontakan Islam di Filipina",
    .start = "2017-05-23",
    .end = "2017-10-23",
    .location = "Marawi, Lanao del Sur, Filipina",
    .result = "Kemenangan pemerintah Filipina",
    .sides = {{.belligerents = {"Filipina"},
               .commanders = {"Rodrigo Duterte", "Eduardo Año"},
               .strength = {{"low", 3000, "pemerintah"}, {"high", 6500, "pemerintah"}},
               .casualties = {{"killed", 168, ""}, {"injured", 1400, ""}}},
              {.belligerents = {"Kelompok Maute", "Kelompok Abu Sayyaf"},
               .commanders = {"Isnilon Hapilon", "Omar Maute"},
               .notes = {{"Isnilon Hapilon", "KIA"}, {"Omar Maute", "KIA"}},
               .strength = {{"value", 1000, ""}},
               .casualties = {{"killed", 978, "militer Filipina"}, {"captured", 12, ""}}}},
    .joint = {{"killed", 87, ""}, {"displaced", 1100000, ""}},
};

class ArabicIndonesianTest : public ::testing::TestWithParam<Case> {};

TEST_P(ArabicIndonesianTest, EveryFieldAsWritten) {
  const auto doc = Annotated(GetParam().file, GetParam().lang);
  ASSERT_EQ(doc.battles.size(), 1u) << GetParam().file;
  Check(doc.battles[0], *GetParam().want, GetParam().file);
  EXPECT_TRUE(doc.diagnostics.empty()) << GetParam().file << ": " << doc.diagnostics[0].message;
}

INSTANTIATE_TEST_SUITE_P(ArabicAndIndonesianInfoboxes, ArabicIndonesianTest,
                         ::testing::Values(Case{"ar_mosul.wiki", &kMosulAr, "ar"},
                                           Case{"ar_alamein_keyvalue.txt", &kAlamein, "ar"},
                                           Case{"id_surabaya.txt", &kSurabaya, "id"},
                                           Case{"id_surabaya.html", &kSurabaya},
                                           Case{"id_marawi_keyvalue.txt", &kMarawi, "id"}),
                         CaseName);

}  // namespace
}  // namespace sitrep::battles
