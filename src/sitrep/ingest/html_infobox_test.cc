// Tests of the infobox layout the HTML reader writes for table.infobox
// (html_infobox.cc): caption, label rows, header rows, side columns indented
// by tabs, pictures and icons and citation marks dropped, nested tables,
// empty cells, a pathologically deep cell and deeply nested tables.
#include <gtest/gtest.h>

#include <string>

#include "sitrep/ingest/html_text.h"

namespace sitrep::ingest {
namespace {

struct Case {
  const char* name;
  const char* html;
  const char* text;
};

TEST(HtmlInfoboxTest, LayoutTable) {
  const Case cases[] = {
      {"label row", R"(<table class="infobox"><tr><th>Date</th><td>4 July 1863</td></tr></table>)",
       "Date\t4 July 1863"},
      {"label row with several lines",
       R"(<table class="infobox vevent"><tr><th>Result</th><td>Victory<ul><li>Town taken</li></ul></td></tr></table>)",
       "Result\nVictory\n\xE2\x80\xA2 Town taken"},
      {"caption and full-width rows",
       R"(<table class="infobox"><caption>Siege of X</caption><tr><td colspan="2">Part of the Y war</td></tr></table>)",
       "Siege of X\nPart of the Y war"},
      {"header and side columns",
       R"(<table class="infobox"><tr><th colspan="2">Belligerents</th></tr>)"
       R"(<tr><td>A<br>B</td><td>C</td></tr></table>)",
       "Belligerents\nA\nB\n\tC"},
      {"three columns and an empty one",
       R"(<table class="infobox"><tr><td>A</td><td></td><td>C</td></tr></table>)",
       "A\n\t\n\t\tC"},
      {"plain lists have no bullets",
       R"(<table class="infobox"><tr><td><div class="plainlist"><ul><li>A</li><li>B</li></ul></div></td><td>C</td></tr></table>)",
       "A\nB\n\tC"},
      {"icons, marks and hidden keys dropped",
       R"(<table class="infobox"><tr><th>Place</th><td><img src="f.png" width="23">&#160;Town<sup class="reference">[1]</sup><span style="display: none">1863-07-04</span></td></tr></table>)",
       "Place\tTown"},
      {"picture rows dropped with their caption",
       R"(<table class="infobox"><tr><td colspan="2"><img src="map.png" width="300"><div>Map of the area</div></td></tr><tr><th>Date</th><td>1863</td></tr></table>)",
       "Date\t1863"},
      {"rows of a nested table",
       R"(<table class="infobox"><tr><td colspan="2"><table><tr><th>Date</th><td>1863</td></tr><tr><th>Place</th><td>Town</td></tr></table></td></tr></table>)",
       "Date\t1863\nPlace\tTown"},
      {"rows of a table nested twice",
       R"(<table class="infobox"><tr><td><table><tr><td><table><tr><th>Date</th><td>1863</td></tr></table></td></tr></table></td></tr></table>)",
       "Date\t1863"},
      {"header cells only", R"(<table class="infobox"><tr><th>Side A</th><th>Side B</th></tr></table>)",
       "Side A Side B"},
  };
  for (const auto& c : cases) EXPECT_EQ(ExtractHtml(c.html).text, c.text) << c.name;
}

TEST(HtmlInfoboxTest, BodyAroundTheBoxStaysText) {
  const auto c = ExtractHtml(
      R"(<h1>Siege</h1><table class="infobox"><tr><th>Date</th><td>1863</td></tr></table>)"
      R"(<p>The siege began.</p><table><tr><td>k</td><td>v</td></tr></table>)");
  EXPECT_EQ(c.text, "Siege\n\nDate\t1863\n\nThe siege began.\n\nk\tv");
}

TEST(HtmlInfoboxTest, DeepCellDoesNotOverflow) {
  std::string html = R"(<table class="infobox"><tr><th>Result</th><td>)";
  for (int i = 0; i < 100000; ++i) html += "<span>";
  html += "deep</td></tr></table>";
  EXPECT_EQ(ExtractHtml(html).text, "Result\tdeep");
}

TEST(HtmlInfoboxTest, DeeplyNestedTablesAreCellText) {
  // Tables nested in single-cell rows are read as rows three levels deep;
  // below that their text is the cell's, however deep the page goes.
  std::string html = R"(<table class="infobox">)";
  constexpr int kDepth = 20000;
  for (int i = 0; i < kDepth; ++i) html += "<tr><td><table>";
  html += "<tr><th>Date</th><td>9 May 1945</td></tr>";
  for (int i = 0; i < kDepth; ++i) html += "</table></td></tr>";
  html += "</table>";
  EXPECT_EQ(ExtractHtml(html).text, "Date 9 May 1945");  // one cell's text, not a label row
}

}  // namespace
}  // namespace sitrep::ingest
