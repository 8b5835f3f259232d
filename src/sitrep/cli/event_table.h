// Human-readable table of events: date, type, actors, place, claimed by.
#ifndef SITREP_CLI_EVENT_TABLE_H_
#define SITREP_CLI_EVENT_TABLE_H_

#include <ostream>
#include <vector>

#include "sitrep/document/event.h"

namespace sitrep::cli {

void PrintEventTable(const std::vector<document::Event>& events, std::ostream& out);

}  // namespace sitrep::cli

#endif  // SITREP_CLI_EVENT_TABLE_H_
