// Table-driven tests of infobox dates read through the time stage: ranges in
// the orders infoboxes write them, open ends, glued ends, and what is no date.
#include "sitrep/battles/infobox_time.h"

#include <gtest/gtest.h>

#include "sitrep/base/paths.h"

#include "sitrep/battles/lexicon_fixture_internal.h"

namespace sitrep::battles {
namespace {

const InfoboxLexicon& Lex() { return EnglishLexicon(); }

const DateReader& Reader() {
  static const auto reader = [] {
    auto packs = lang::PackSet::Discover(DataDir());
    EXPECT_TRUE(packs.ok()) << packs.status().ToString();
    return DateReader::Create(*packs);
  }();
  EXPECT_TRUE(reader.ok()) << reader.status().ToString();
  return **reader;
}

TEST(InfoboxTimeTest, Ranges) {
  struct Case {
    const char* text;
    const char* start;
    const char* end;
    bool ongoing;
  } cases[] = {
      {"15 November – 15 December 2013", "2013-11-15", "2013-12-15", false},
      {"December 2013 – April 2014", "2013-12", "2014-04", false},
      {"2–5 May 2015", "2015-05-02", "2015-05-05", false},
      {"November 15 – December 15, 2013", "2013-11-15", "2013-12-15", false},
      {"July 1–3, 1863", "1863-07-01", "1863-07-03", false},
      {"15 December – 10 January 2014", "2013-12-15", "2014-01-10", false},
      {"23 August 1942 – 2 February 1943", "1942-08-23", "1943-02-02", false},
      {"13 September 2014 – present", "2014-09-13", "", true},
      {"5 October 2017 – ongoing", "2017-10-05", "", true},
      {"2014-03-17 – 2014-04-26", "2014-03-17", "2014-04-26", false},
      {"5 May 2015", "2015-05-05", "2015-05-05", false},
      {"2013–2017", "2013", "2017", false},
      {"17 October 2016 – 20 July 2017 (9 months and 3 days)", "2016-10-17", "2017-07-20", false},
      // Glued ends, as some flattenings leave a range.
      {"3 March 20157 June 2016", "2015-03-03", "2016-06-07", false},
      {"14 January 201520 February 2015", "2015-01-14", "2015-02-20", false},
      {"March 2011June 2012", "2011-03", "2012-06", false},
      {"20112014", "2011", "2014", false},
  };
  for (const auto& c : cases) {
    auto r = Reader().Read(c.text, "en", Lex());
    ASSERT_TRUE(r) << c.text;
    EXPECT_EQ(r->start, c.start) << c.text;
    EXPECT_EQ(r->end, c.end) << c.text;
    EXPECT_EQ(r->ongoing, c.ongoing) << c.text;
  }
  for (const char* no : {"First phase", "1 month and 6 days", "Unknown", "", "Ongoing"}) {
    EXPECT_FALSE(Reader().Read(no, "en", Lex())) << no;
  }
}

TEST(InfoboxTimeTest, UnglueLeavesOtherNumbersAlone) {
  struct Case {
    const char* in;
    const char* out;
  } cases[] = {
      {"3 March 20157 June 2016", "3 March 2015 \xE2\x80\x93 7 June 2016"},
      {"March 3, 20157 June 2016", "March 3, 2015 \xE2\x80\x93 7 June 2016"},
      {"12000 troops", "12000 troops"},                // no month before it
      {"3 March 20157 soldiers", "3 March 20157 soldiers"},  // no month after it
      {"Resolution 21392014", "Resolution 21392014"},   // not two years in order? 2139 is no year
      {"June 2015", "June 2015"},
  };
  for (const auto& c : cases) EXPECT_EQ(UnglueDates(c.in, Lex()), c.out) << c.in;
}

}  // namespace
}  // namespace sitrep::battles
