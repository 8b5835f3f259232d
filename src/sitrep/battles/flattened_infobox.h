// Reader for infoboxes flattened to plain text, in whatever style the copy
// took (infobox_labels.h): a text dump with labels glued to values, "Label:
// value" lines and list items, a browser's or reader view's "Label<TAB>value"
// rows, a label alone on its line above its values, a markdown table, the
// layout the HTML reader writes for table.infobox (a side's cells indented by
// one tab per column), a leading "Infobox" line. The infobox is found by its
// vocabulary, never by line positions; several in one text are several
// boxes. Side blocks (Belligerents … Casualties) keep the columns the layout
// shows (InfoLine::column); where it shows none, side_splitter.h decides.
#ifndef SITREP_BATTLES_FLATTENED_INFOBOX_H_
#define SITREP_BATTLES_FLATTENED_INFOBOX_H_

#include <string_view>
#include <vector>

#include "sitrep/battles/infobox_lexicon.h"
#include "sitrep/battles/raw_infobox.h"

namespace sitrep::battles {

// Returns the flattened infoboxes in `text`, in order: each a cluster of label
// lines with at least three distinct fields, one of them Date or Belligerents,
// ended by a repeated Date/Location/Result/Status/Territory label, an
// "Infobox" line, or prose. `title` (the document title, "" when unknown)
// names the first box when it has no caption or extends it ("Battle of
// Qalamoun (2013–2014)"). The side blocks arrive in `unsplit`.
std::vector<RawInfobox> FindFlattenedInfoboxes(std::string_view text, std::string_view title,
                                               const InfoboxLexicon& lex);

}  // namespace sitrep::battles

#endif  // SITREP_BATTLES_FLATTENED_INFOBOX_H_
