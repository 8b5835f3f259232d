// Human-readable table of events: date, type, actors, place, claimed by.
#ifndef SITREP_EXPORT_EVENT_TABLE_H_
#define SITREP_EXPORT_EVENT_TABLE_H_

#include <ostream>
#include <string>
#include <vector>

#include "sitrep/document/event.h"

namespace sitrep::exporter {

void PrintEventTable(const std::vector<document::Event>& events, std::ostream& out);

// Returns `s` cut to `width` code points (with "~" when cut), padded to
// `width`; newlines and tabs become spaces and every other control, bidi
// override or byte that is not UTF-8 a visible escape (base/display.h), so
// no text from input can steer the terminal. Shared by the table printers.
std::string Cell(const std::string& s, size_t width);

}  // namespace sitrep::exporter

#endif  // SITREP_EXPORT_EVENT_TABLE_H_
