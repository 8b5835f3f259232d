// Table-driven tests of the infobox line readers: strength, casualties,
// headings, commanders, names.
#include "sitrep/base/paths.h"
#include "sitrep/battles/infobox_figures.h"

#include <gtest/gtest.h>

#include "sitrep/battles/lexicon_fixture_internal.h"


namespace sitrep::battles {
namespace {

const InfoboxLexicon& Lex() { return EnglishLexicon(); }

TEST(InfoboxFiguresTest, Strength) {
  struct Case {
    const char* line;
    std::optional<long> value, low, high;
    bool approx;
    const char* who;
    const char* claimed_by;
  } cases[] = {
      {"~10,000 Syrian Army troops (deployed for the assault on Yabrud)",
       10000,
       {},
       {},
       true,
       "Syrian Army troops",
       ""},
      {"15,000 Hezbollah fighters (opposition claim)",
       15000,
       {},
       {},
       false,
       "Hezbollah fighters",
       "opposition"},
      {"25,000–30,000 rebels", {}, 25000, 30000, false, "rebels", ""},
      {"2,000–3,000 (per SOHR)", {}, 2000, 3000, false, "", "SOHR"},
      {"Over 3,000 rebels", 3000, {}, {}, true, "rebels", ""},
      {"800 Hezbollah fighters (according to Al-Manar)",
       800,
       {},
       {},
       false,
       "Hezbollah fighters",
       "Al-Manar"},
      {"\"Several hundred\" Christian militiamen", {}, {}, {}, false, "Christian militiamen", ""},
      {"Several thousand rebels", {}, {}, {}, false, "rebels", ""},
      {"500+ fighters per SOHR", 500, {}, {}, true, "fighters", "SOHR"},
  };
  for (const auto& c : cases) {
    const auto s = ParseStrength(c.line, Lex());
    EXPECT_EQ(s.value, c.value) << c.line;
    EXPECT_EQ(s.low, c.low) << c.line;
    EXPECT_EQ(s.high, c.high) << c.line;
    EXPECT_EQ(s.approx, c.approx) << c.line;
    EXPECT_EQ(s.who, c.who) << c.line;
    EXPECT_EQ(s.claimed_by, c.claimed_by) << c.line;
  }
}

TEST(InfoboxFiguresTest, Casualties) {
  using Figures = std::map<std::string, long>;
  struct Case {
    const char* line;
    Figures figures;
    const char* note;
    const char* claimed_by;
    const char* text;
  } cases[] = {
      {"180 killed (47 Hezbollah fighters; Army claim)",
       {{"killed", 180}},
       "47 Hezbollah fighters",
       "Army",
       nullptr},
      {"1,800 killed and injured (140 Hezbollah fighters; opposition claim)",
       {{"killed_and_injured", 1800}},
       "140 Hezbollah fighters",
       "opposition",
       nullptr},
      {"100 killed and captured (An-Nabk battle; Army claim)",
       {{"killed_and_captured", 100}},
       "An-Nabk battle",
       "Army",
       nullptr},
      {"1,479 killed, including at least 13 commanders (Army claim)",
       {{"killed", 1479}},
       "including at least 13 commanders",
       "Army",
       nullptr},
      {"Low hundreds of losses (opposition claim)", {}, "", "opposition", "Low hundreds of losses"},
      {"Unknown", {}, "", "", "Unknown"},
      {"34 killed, 15 captured", {{"killed", 34}, {"captured", 15}}, "", "", nullptr},
      {"210–260 killed (per SOHR)", {{"killed", 210}, {"killed_high", 260}}, "", "SOHR", nullptr},
      {"1,196+ killed (per SOHR)", {{"killed", 1196}}, "", "SOHR", nullptr},
      {"12 soldiers killed, 30 wounded according to the SOHR",
       {{"killed", 12}, {"injured", 30}},
       "",
       "SOHR",
       nullptr},
  };
  for (const auto& c : cases) {
    const auto k = ParseCasualty(c.line, "P", Lex());
    EXPECT_EQ(k.figures, c.figures) << c.line;
    EXPECT_EQ(k.note, c.note) << c.line;
    EXPECT_EQ(k.claimed_by, c.claimed_by) << c.line;
    EXPECT_EQ(k.phase, "P");
    if (c.text) {
      EXPECT_EQ(k.text, c.text) << c.line;
    }
  }
}

TEST(InfoboxFiguresTest, Headings) {
  auto h = ParseListHeading("First phase:", Lex());
  ASSERT_TRUE(h);
  EXPECT_EQ(h->phase, "First phase");
  h = ParseListHeading("Per SOHR:", Lex());
  ASSERT_TRUE(h);
  EXPECT_EQ(h->claimant, "SOHR");
  EXPECT_FALSE(ParseListHeading("180 killed", Lex()));
  EXPECT_FALSE(ParseListHeading("Hezbollah", Lex()));
}

TEST(InfoboxFiguresTest, Commanders) {
  struct Case {
    const char* line;
    const char* name;
    const char* note;
    const char* role;
  } cases[] = {
      {"Gen. Badi Ali", "Badi Ali", "", ""},
      {"Abu Malek al-Tallah (WIA)", "Abu Malek al-Tallah", "WIA", ""},
      {"Hassan Suleiman \xE2\x80\xA0", "Hassan Suleiman", "KIA", ""},
      {"Abu Layla al-Shami (KIA)", "Abu Layla al-Shami", "KIA", ""},
      {"Maj. Gen. Mohammad Khaddour", "Mohammad Khaddour", "", ""},
      {"Col. Suhayl al-Hasan (WIA) (Tiger Forces commander)", "Suhayl al-Hasan", "WIA",
       "Tiger Forces commander"},
  };
  for (const auto& c : cases) {
    auto k = ParseCommander(c.line, Lex(), nullptr);
    ASSERT_TRUE(k) << c.line;
    EXPECT_EQ(k->name, c.name) << c.line;
    EXPECT_EQ(k->note, c.note) << c.line;
    EXPECT_EQ(k->role, c.role) << c.line;
  }
  std::string role;
  EXPECT_FALSE(ParseCommander("(Qalamoun deputy commander", Lex(), &role));
  EXPECT_EQ(role, "Qalamoun deputy commander");
}

TEST(InfoboxFiguresTest, CleanName) {
  EXPECT_EQ(CleanName("Liwa'a Zulfiqar (Iraqi militia)"), "Liwa'a Zulfiqar");
  EXPECT_EQ(CleanName("Hezbollah[3]"), "Hezbollah");
  EXPECT_EQ(CleanName("  Syrian Army ,"), "Syrian Army");
}

}  // namespace
}  // namespace sitrep::battles
