// Tests of the wikitext cleaner: templates, links, references, comments, tags.
#include "sitrep/base/paths.h"
#include "sitrep/battles/wikitext_markup.h"

#include <gtest/gtest.h>

#include "sitrep/battles/lexicon_fixture_internal.h"

namespace sitrep::battles {
namespace {

const InfoboxLexicon& Lex() { return EnglishLexicon(); }

TEST(WikitextMarkupTest, Clean) {
  struct Case {
    const char* in;
    const char* out;
  } cases[] = {
      {"{{flagicon|Syria}} [[Syrian Arab Republic]]", " Syrian Arab Republic"},
      {"{{flag|Syria}}", "Syria"},
      {"{{flagdeco|Syria}}[[Hezbollah]]", "Hezbollah"},
      {"[[Islamic State of Iraq and the Levant|Islamic State]]", "Islamic State"},
      {"Abu Layla al-Shami {{KIA}}", "Abu Layla al-Shami  (KIA)"},
      {"Narin Afrin {{WIA}}", "Narin Afrin  (WIA)"},
      {"Abu X{{POW}}", "Abu X (POW)"},
      {"295 killed<ref name=\"a\">{{cite web|url=x|title=y}}</ref>", "295 killed"},
      {"295 killed<ref name=a />", "295 killed"},
      {"241 killed{{efn|Per SOHR.}}", "241 killed"},
      {"a<!-- hidden | comment -->b", "ab"},
      {"a<br />b<br>c<br/>d", "a\nb\nc\nd"},
      {"{{small|(from 19 May)}}", "(from 19 May)"},
      {"{{nowrap|30 captured}}", "30 captured"},
      {"{{ubl|A|B}}", "\n* A\n* B\n"},
      {"{{plainlist|\n* A\n* B\n}}", "\n* A\n* B\n"},
      {"'''Bold''' and ''italic''", "Bold and italic"},
      {"[[File:Map.png|thumb|A [[map]]]]Text", "Text"},
      {"{{start date|2013|11|15}}", "2013-11-15"},
      {"10&nbsp;km &ndash; east", "10 km \xE2\x80\x93 east"},
      {"{{Unknown template|x}}kept", "kept"},
      {"{{lang|ar|جبهة النصرة}}", "جبهة النصرة"},
      {"[http://example.org Example site]", "Example site"},
  };
  for (const auto& c : cases) EXPECT_EQ(CleanWikitext(c.in, Lex()), c.out) << c.in;
}

TEST(WikitextMarkupTest, SplitTopLevelSkipsNested) {
  const std::string s = "a|{{b|c}}|[[d|e]]|f";
  const auto parts = SplitTopLevel(s, '|');
  ASSERT_EQ(parts.size(), 4u);
  EXPECT_EQ(s.substr(parts[1].first, parts[1].second - parts[1].first), "{{b|c}}");
  EXPECT_EQ(s.substr(parts[2].first, parts[2].second - parts[2].first), "[[d|e]]");
}

TEST(WikitextMarkupTest, BlankingKeepsOffsets) {
  const std::string s = "x<ref>a|b</ref>y<!--c-->z";
  const std::string b = BlankCommentsAndRefs(s);
  ASSERT_EQ(b.size(), s.size());
  EXPECT_EQ(b[0], 'x');
  EXPECT_EQ(b.find('y'), s.find('y'));
  EXPECT_EQ(b.find('|'), std::string::npos);
}

}  // namespace
}  // namespace sitrep::battles
