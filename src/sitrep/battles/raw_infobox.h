// RawInfobox: an infobox cut into labelled lines, the meeting point of the two
// readers (flattened_infobox.h for text, wikitext_infobox.h for MediaWiki
// source) and the record builder (infobox_record.h). Every line keeps the span
// of the document text it came from, so evidence can point back to it.
#ifndef SITREP_BATTLES_RAW_INFOBOX_H_
#define SITREP_BATTLES_RAW_INFOBOX_H_

#include <string>
#include <vector>

#include "sitrep/document/span.h"

namespace sitrep::battles {

struct InfoLine {
  std::string text;       // cleaned text, without bullet and surrounding space
  document::Span span;    // source of the line in the document text
  int blanks_before = 0;  // blank lines between this line and the previous one
  bool bullet = false;    // was a list item ("•", "*")
};
using Lines = std::vector<InfoLine>;

// The per-side blocks of the infobox.
struct SideLines {
  Lines belligerents, commanders, units, strength, casualties;
};

struct RawInfobox {
  std::string format;   // "flattened" | "wikitext"
  document::Span span;  // the whole infobox
  std::string name;     // the caption ("Battle of Qalamoun")
  document::Span name_span;
  std::string part_of;
  Lines date, location, result, territory;
  // Wikitext names each side's parameters; flattened text loses the columns,
  // so its blocks arrive in `unsplit` and the side splitter fills `sides`.
  std::vector<SideLines> sides;
  SideLines unsplit;
  Lines joint_casualties;  // a casualties row shared by the sides (civilians, totals)
};

}  // namespace sitrep::battles

#endif  // SITREP_BATTLES_RAW_INFOBOX_H_
