// From the lines under one label of a flattened infobox to InfoLines: items
// split ("A; B", "A • B", and "Label: A, B, C" on the label's own line), list
// bullets noted, and, for the side fields, the column each item stands in
// when the layout still shows it:
//  - leading tabs, one per column (the HTML reader's layout of table.infobox);
//  - tabs inside a line, each starting the next column (a browser's copy of a
//    table row, "Label<TAB>side 1<TAB>side 2");
//  - a side number on the label ("Combatant 2:") or the label repeated;
//  - "vs." between the sides, alone or inline; ';' between the sides of a
//    value listed at two levels ("Belligerents: Syria, Russia; FSA, Nusra").
// A casualties row with no indent after indented ones is the full-width row
// all sides share (InfoLine::kAllSides); without indents, so are the last
// casualty lines after the last tab when they name civilians or totals.
// A line of tab-parted cells that, carried on from the line before, would run
// past the widest such line of the box is the table's next row: it starts
// again at the first column ("Nimitz<TAB>Kuribayashi" then "Smith<TAB>Ichimaru").
// An item opened by a side word and number ("* Side 2: Islamic State") is in
// that column, and so are the lines after it.
// Without any of these the columns stay unknown (-1) for the side splitter.
#ifndef SITREP_BATTLES_INFOBOX_COLUMNS_H_
#define SITREP_BATTLES_INFOBOX_COLUMNS_H_

#include <string>
#include <string_view>
#include <vector>

#include "sitrep/battles/infobox_lexicon.h"
#include "sitrep/battles/raw_infobox.h"

namespace sitrep::battles {

// One line under a label, as the text has it.
struct BlockLine {
  std::string_view text;  // trimmed of spaces (leading tabs counted, not kept); may hold tabs
  document::Span span;    // the bytes of `text` in the document (the whole line when cleaned)
  int tabs = 0;           // leading tabs
  int blanks_before = 0;  // blank lines before it
  bool cleaned = false;   // `text` is not the document's bytes (a markdown row made over)
  bool inline_value = false;  // the value on the label's own line ("Belligerents: A, B")
};

// The lines under one label.
struct Block {
  std::string field;
  // The side the label names (numbered, or the n-th time it is repeated), or
  // InfoLine::kAllSides for an unnumbered casualties label after numbered ones.
  int side = -1;
  int row_cells = 0;  // the most tab-parted cells a line of the box's side fields holds
  std::vector<BlockLine> lines;
};

// Returns the most tab-parted cells a line of `block` holds.
int RowCells(const Block& block);

// Returns the InfoLines of `block`, at most kMaxFieldLines of at most
// kMaxLineBytes each; sets `cut` when it had to leave some out.
Lines BlockLines(const Block& block, const InfoboxLexicon& lex, bool& cut);

}  // namespace sitrep::battles

#endif  // SITREP_BATTLES_INFOBOX_COLUMNS_H_
