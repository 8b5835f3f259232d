// ACLED CSV export: stored events written with ACLED's column names and order,
// so existing ACLED tooling (acledR, pandas scripts keyed on ACLED columns)
// reads sitrep's output unchanged. Fields ACLED derives (disorder_type,
// interaction, civilian_targeting) follow ACLED's codebook rules; fields sitrep
// cannot know (region, admin2/3, source_scale) are left empty.
#ifndef SITREP_EXPORT_ACLED_CSV_H_
#define SITREP_EXPORT_ACLED_CSV_H_

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "sitrep/store/store.h"

namespace sitrep::exporter {

// ACLED's columns, in ACLED's order.
const std::vector<std::string>& AcledColumns();

// Returns `field` quoted per RFC 4180 when it holds a comma, quote, CR or LF
// (inner quotes doubled), else unchanged.
std::string CsvField(std::string_view field);

// Returns a cell's text made safe for spreadsheets: every control character
// (C0, DEL, C1 — newlines and tabs too) becomes a space, and a cell that a
// spreadsheet would run as a formula — starting with '=', '+', '-' or '@' —
// gets a leading apostrophe ("'=HYPERLINK(…)"), unless it is a number
// ("-12.5"). OWASP's advice for CSV injection; applied to every data cell.
std::string SpreadsheetSafe(std::string_view cell);

// Returns ACLED's disorder_type for an event type / sub-event type pair.
std::string DisorderType(std::string_view event_type, std::string_view sub_event_type);

// Returns ACLED's interaction code: the two inter codes, smaller first
// (inter1*10+inter2 ordered), a sole actor as code*10, 0 with no actors.
int InteractionCode(int inter1, int inter2);

// Writes the header and one CRLF-terminated row per event, each cell
// SpreadsheetSafe, then CsvField.
void WriteAcledCsv(const std::vector<store::StoredEvent>& events, std::ostream& out);

}  // namespace sitrep::exporter

#endif  // SITREP_EXPORT_ACLED_CSV_H_
