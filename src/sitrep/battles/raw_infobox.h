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
  // `column` of a line shared by all sides (a full-width row under the sides).
  static constexpr int kAllSides = -2;
  std::string text;       // cleaned text, without bullet and surrounding space
  document::Span span;    // source of the line in the document text
  int blanks_before = 0;  // blank lines between this line and the previous one
  bool bullet = false;    // was a list item ("•", "*")
  // The side (0-based) the layout gives the line (a tab column, a numbered or
  // repeated label, "vs."), kAllSides, or -1 when the layout was lost and the
  // side splitter must decide.
  int column = -1;
};
using Lines = std::vector<InfoLine>;

// A field of the infobox that could not be read (or only in part), for a
// Diagnostic on the document: the field's name, what went wrong, and where.
struct FieldProblem {
  std::string field;    // "date", "casualties", ... (the record's field)
  std::string message;  // "not understood", "figure too large to read", ...
  document::Span span;
};

// A field keeps at most this many lines (real infoboxes list a few dozen);
// readers drop the rest and say so with a FieldProblem.
inline constexpr size_t kMaxFieldLines = 200;
// A document gives at most this many records (a long article has a handful of
// infoboxes); past it the readers stop, and the stage says so.
inline constexpr size_t kMaxInfoboxes = 50;
// A line keeps at most this many bytes (a value line is a name or a figure).
inline constexpr size_t kMaxLineBytes = 1000;

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
  Lines date, location, result, territory, status;
  // Wikitext names each side's parameters; flattened text loses the columns,
  // so its blocks arrive in `unsplit` and the side splitter fills `sides`.
  std::vector<SideLines> sides;
  SideLines unsplit;
  Lines joint_casualties;  // a casualties row shared by the sides (civilians, totals)
  std::vector<FieldProblem> problems;  // what the reader could not take in
};

}  // namespace sitrep::battles

#endif  // SITREP_BATTLES_RAW_INFOBOX_H_
