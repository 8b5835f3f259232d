// A kunya ("Abu", "Umm") opening a name makes it a person, unless the whole
// name is a prominent place: "Abu Dhabi" is the emirate's capital in any
// sentence, "Abu Mohammed al-Adnani" stays a person. Sentences written for this
// test; needs the compiled world gazetteer (skipped without it).
#include <gtest/gtest.h>

#include <ostream>
#include <string>

#include "sitrep/entities/linker_test_util.h"

namespace sitrep::entities {
namespace {

struct KunyaCase {
  const char* text;
  const char* name;
  document::MentionKind kind;
};

const KunyaCase kCases[] = {
    {"Talks opened in Abu Dhabi on Tuesday between the two delegations.", "Abu Dhabi", document::MentionKind::kPlace},
    {"An Abu Dhabi-based fund bought the port in Berbera.", "Abu Dhabi", document::MentionKind::kPlace},
    {"Abu Hamza al-Masri was sentenced in New York.", "Abu Hamza al-Masri", document::MentionKind::kPerson},
    {"Commander Abu Yasser said his men held the bridge near Raqqa.", "Abu Yasser", document::MentionKind::kPerson},
};

void PrintTo(const KunyaCase& c, std::ostream* os) { *os << c.name; }

class KunyaPlaceTest : public ::testing::TestWithParam<KunyaCase> {};

TEST_P(KunyaPlaceTest, AKunyaNamesAPersonUnlessTheNameIsAProminentPlace) {
  const KunyaCase& c = GetParam();
  if (testing::SharedLinker().Lookup("Hamilton", "").size() < 3) GTEST_SKIP() << "no world gazetteer";
  const document::Document doc = testing::Link(c.text, "en");
  const size_t at = std::string(c.text).find(c.name);
  bool found = false;
  for (const auto& m : doc.mentions) {
    if (m.span.begin != at) continue;
    found = true;
    EXPECT_EQ(m.kind, c.kind) << c.name << " in: " << c.text;
  }
  EXPECT_TRUE(found) << c.name << " in: " << c.text;
}

INSTANTIATE_TEST_SUITE_P(Cases, KunyaPlaceTest, ::testing::ValuesIn(kCases));

}  // namespace
}  // namespace sitrep::entities
