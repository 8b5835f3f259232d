// Tests of the columns the layout of a flattened infobox gives its side
// fields: leading tabs, tab-parted rows (one table row a line, or one cell's
// lines with the tab where the next cell starts), "vs." lines, and none.
#include "sitrep/battles/infobox_columns.h"

#include <gtest/gtest.h>

#include "sitrep/battles/lexicon_fixture_internal.h"

namespace sitrep::battles {
namespace {

struct ColumnCase {
  const char* what;
  const char* field;
  std::vector<std::string> lines;  // a leading run of '>' is that many leading tabs
  int row_cells;                   // the widest row of the box's side fields
  std::vector<std::pair<std::string, int>> want;  // item -> column
};

std::vector<std::pair<std::string, int>> Columns(const ColumnCase& c) {
  Block block;
  block.field = c.field;
  block.row_cells = c.row_cells;
  size_t pos = 0;
  for (const std::string& l : c.lines) {
    const size_t tabs = l.find_first_not_of('>');
    const std::string_view text = std::string_view(l).substr(tabs == std::string::npos ? 0 : tabs);
    block.lines.push_back({text, {pos, pos + text.size()}, static_cast<int>(tabs), 0, false,
                           false});
    pos += l.size() + 1;
  }
  bool cut = false;
  std::vector<std::pair<std::string, int>> out;
  for (const InfoLine& l : BlockLines(block, EnglishLexicon(), cut)) {
    out.emplace_back(l.text, l.column);
  }
  EXPECT_FALSE(cut) << c.what;
  return out;
}

TEST(InfoboxColumnsTest, EachItemInTheColumnItsLayoutShows) {
  const std::vector<ColumnCase> cases = {
      {"one table row a line (commanders of two armies, side by side)",
       "commanders",
       {"Ulysses S. Grant\tRobert E. Lee", "William T. Sherman\tJames Longstreet"},
       2,
       {{"Ulysses S. Grant", 0},
        {"Robert E. Lee", 1},
        {"William T. Sherman", 0},
        {"James Longstreet", 1}}},
      {"casualty rows, the box's width read from the block itself",
       "casualties",
       {"1,200 killed\t3,100 killed", "4,000 wounded\t900 captured"},
       0,
       {{"1,200 killed", 0}, {"3,100 killed", 1}, {"4,000 wounded", 0}, {"900 captured", 1}}},
      {"one cell's lines, the tab where the next cell starts (two sides)",
       "commanders",
       {"George Meade", "John F. Reynolds\tRobert E. Lee", "Richard S. Ewell"},
       2,
       {{"George Meade", 0},
        {"John F. Reynolds", 0},
        {"Robert E. Lee", 1},
        {"Richard S. Ewell", 1}}},
      {"one cell's lines in a box of three sides",
       "belligerents",
       {"France", "United Kingdom\tOttoman Empire\tRussian Empire"},
       3,
       {{"France", 0}, {"United Kingdom", 0}, {"Ottoman Empire", 1}, {"Russian Empire", 2}}},
      {"one cell's lines in a box of three sides, a tab on two lines",
       "commanders",
       {"Raglan", "Canrobert\tOmar Pasha", "Menshikov"},
       3,
       {{"Raglan", 0}, {"Canrobert", 0}, {"Omar Pasha", 1}, {"Menshikov", 1}}},
      {"leading tabs are absolute columns (the HTML reader's layout)",
       "belligerents",
       {"Iraq", "Peshmerga", ">Islamic State"},
       2,
       {{"Iraq", 0}, {"Peshmerga", 0}, {"Islamic State", 1}}},
      {"'vs.' between the sides",
       "belligerents",
       {"Kingdom of Prussia", "vs.", "Second French Empire"},
       0,
       {{"Kingdom of Prussia", 0}, {"Second French Empire", 1}}},
      {"no layout: the side splitter decides",
       "commanders",
       {"Helmuth von Moltke", "Patrice de MacMahon"},
       0,
       {{"Helmuth von Moltke", -1}, {"Patrice de MacMahon", -1}}},
  };
  for (const auto& c : cases) EXPECT_EQ(Columns(c), c.want) << c.what;
}

}  // namespace
}  // namespace sitrep::battles
