// A name opening with a capital beyond Latin-1 (Ž, Ł, Ş, Č, Š, Đ: Latin
// Extended-A and Additional) is a capitalised name like any other: before, the
// candidate finder read 'Žilina' or 'Łódź' as a lowercase word and no step saw
// it. All sentences are written for this test.
#include <gtest/gtest.h>

#include "sitrep/entities/linker_test_util.h"

namespace sitrep::entities {
namespace {

TEST(DiacriticCapitalsTest, ANameOpeningWithAnExtendedLatinCapitalIsFound) {
  const testing::PlaceCase cases[] = {
      {"Protesters marched in Łódź on Saturday, police said.", "Łódź", "PL"},
      {"Shelling hit Şanlıurfa province near the border.", "Şanlıurfa", "TR"},
      {"Flooding struck Čačak overnight, cutting two roads.", "Čačak", "RS"},
      {"Drones struck a fuel depot near Šiauliai.", "Šiauliai", "LT"},
      {"A typhoon made landfall near Đà Nẵng on Sunday.", "Đà Nẵng", "VN"},
  };
  for (const auto& c : cases) testing::ExpectPlace(c);
}

}  // namespace
}  // namespace sitrep::entities
