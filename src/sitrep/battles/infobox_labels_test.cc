// Table-driven tests of label lines in the styles flattened infoboxes come in,
// and of what is not a label (prose that starts with a label's word).
#include "sitrep/battles/infobox_labels.h"

#include <gtest/gtest.h>

#include "sitrep/battles/lexicon_fixture_internal.h"

namespace sitrep::battles {
namespace {

const InfoboxLexicon& Lex() { return EnglishLexicon(); }

TEST(InfoboxLabelsTest, EveryStyle) {
  struct Case {
    const char* line;
    const char* field;
    int side;
    const char* value;  // the text from value_begin
  } cases[] = {
      {"Belligerents", "belligerents", -1, ""},
      {"Belligerents:", "belligerents", -1, ""},
      {"Combatants", "belligerents", -1, ""},
      {"Commanders and leaders", "commanders", -1, ""},
      {"Commander", "commanders", -1, ""},
      {"Casualties and losses:", "casualties", -1, ""},
      {"Casualties & losses", "casualties", -1, ""},
      {"Units involved", "units", -1, ""},
      {"Date: 3 March 2015", "date", -1, "3 March 2015"},
      {"DATE : 3 March 2015", "date", -1, "3 March 2015"},
      {"Date\t3 March 2015", "date", -1, "3 March 2015"},
      {"Date 3 March 2015", "date", -1, "3 March 2015"},
      {"Date15 November – 15 December 2013", "date", -1, "15 November – 15 December 2013"},
      {"LocationQalamoun Mountains", "location", -1, "Qalamoun Mountains"},
      {"Strength~10,000 troops", "strength", -1, "~10,000 troops"},
      {"- Result: Stalemate", "result", -1, "Stalemate"},
      {"• Status: Ongoing", "status", -1, "Ongoing"},
      {"* Territorial changes: none", "territory", -1, "none"},
      {"Location：Aleppo", "location", -1, "Aleppo"},
      {"Combatant 2: Rebels", "belligerents", 1, "Rebels"},
      {"Commander 1", "commanders", 0, ""},
      {"Strength 2\t3,000", "strength", 1, "3,000"},
      {"combatant1 = Syria", "belligerents", 0, "Syria"},
      {"commander2a = Abu X", "commanders", 1, "Abu X"},
      {"casualties3 = 200 civilians", "casualties", 2, "200 civilians"},
      {"Part of: the Syrian civil war", "part_of", -1, "the Syrian civil war"},
      {"Conflict: Battle of Aleppo", "name", -1, "Battle of Aleppo"},
  };
  for (const auto& c : cases) {
    const auto m = MatchLabel(c.line, Lex());
    ASSERT_TRUE(m) << c.line;
    EXPECT_EQ(m->field, c.field) << c.line;
    EXPECT_EQ(m->side, c.side) << c.line;
    EXPECT_EQ(std::string_view(c.line).substr(m->value_begin), c.value) << c.line;
  }
}

TEST(InfoboxLabelsTest, ProseIsNoLabel) {
  for (const char* line :
       {"Results of the offensive were mixed.", "Dated 5 May, the letter said", "Datelines",
        "Location of the front", "date of birth", "Strength of the rebels grew",
        "Part of the city fell", "Commanders said they would", "units of the army", "Casualtiesx",
        "combatant = no number", "2015: a year", "(Date)", ""}) {
    EXPECT_FALSE(MatchLabel(line, Lex())) << line;
  }
}

TEST(InfoboxLabelsTest, MarkersCaptionsBulletsPipes) {
  EXPECT_TRUE(IsInfoboxMarker("Infobox", Lex()));
  EXPECT_TRUE(IsInfoboxMarker("Infobox military conflict", Lex()));
  EXPECT_FALSE(IsInfoboxMarker("Infoboxes are tables", Lex()));
  EXPECT_EQ(PartOfCaption("Part of the Syrian civil war", Lex()).value_or(""),
            "Syrian civil war");
  EXPECT_FALSE(PartOfCaption("Partial control", Lex()));
  EXPECT_EQ(BulletLength("\xE2\x80\xA2 Syrian Army"), 4u);
  EXPECT_EQ(BulletLength("- Hezbollah"), 2u);
  EXPECT_EQ(BulletLength("-5 degrees"), 0u);
  EXPECT_EQ(UnpipeLine("| Date | 3 March 2015 |"), "Date\t3 March 2015");
  EXPECT_EQ(UnpipeLine("| | Rebels |"), "\tRebels");
  EXPECT_EQ(UnpipeLine("|---|:---:|"), "");
  EXPECT_EQ(UnpipeLine("| date = 3 March 2015"), "date = 3 March 2015");
  EXPECT_EQ(UnpipeLine("Date: x | y"), "Date: x | y");
}

}  // namespace
}  // namespace sitrep::battles
