// Pass "guards": which guard rules a candidate out, in both languages.
#include <gtest/gtest.h>

#include "sitrep/events/passes_testutil.h"

namespace sitrep::events {
namespace {

struct GuardRow {
  const char* lang;
  const char* text;
  const char* guards;  // failed guards of each candidate, candidates joined by '|'
};

void PrintTo(const GuardRow& r, std::ostream* os) { *os << r.text; }

const GuardRow kRows[] = {
    {"en", "The army could capture Mosul within days.", "irrealis"},
    {"en", "The Houthis threatened to attack Marib.", "irrealis"},
    {"en", "An air strike on Idlib killed five people.", "|killing-in-strike"},
    {"en", "Rebels seized Goma after the army withdrew.", "|withdrawal-in-take"},
    {"en", "Rebels seized towns in Syria.", "country-level-take"},
    {"en", "The African Union condemned the attack on Kidal.", "reference"},
    {"en", "Since the war began, 300 civilians have been killed in Mekelle.", "background"},
    {"en", "A gas explosion killed four workers in Lahore.", "accident|accident"},
    {"en", "Protesters marched in Nairobi against the gas explosion.", "||accident"},
    {"en", "Insurgents intended to take control of Pemba.", "irrealis"},
    {"en", "Gunmen ambushed a police patrol near Gao.", ""},
    {"en", "Fighting broke out overnight.", "no-place"},
    {"ja", "反政府勢力はアレッポを占領するだろう。", "irrealis"},
    {"ja", "イラク軍はモスルを奪還した。", ""},
    {"ja", "国連はハルツームでの攻撃を非難した。", "reference"},
    {"ja", "地震でカトマンズの村人10人が死亡した。", "accident"},
};

class GuardPassTest : public ::testing::TestWithParam<GuardRow> {};

TEST_P(GuardPassTest, NamesTheFailedGuards) {
  const GuardRow& r = GetParam();
  const auto run = testing::RunPasses(r.text, r.lang);
  std::string got;
  for (size_t i = 0; i < run.candidates.size(); ++i)
    got += (i ? "|" : "") + testing::Guards(run.candidates[i]);
  EXPECT_EQ(got, r.guards);
}

INSTANTIATE_TEST_SUITE_P(Rows, GuardPassTest, ::testing::ValuesIn(kRows));

TEST(GuardPassTest, NoDateWithoutAnyDate) {
  const auto run = testing::RunPasses("Gunmen ambushed a police patrol near Gao.", "en", "");
  ASSERT_EQ(run.candidates.size(), 1u);
  EXPECT_EQ(testing::Guards(run.candidates[0]), "no-date");
}

}  // namespace
}  // namespace sitrep::events
