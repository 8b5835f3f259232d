// Date ranges as infoboxes write them: "15 November – 15 December 2013",
// "December 2013 – April 2014", "2–5 May 2015", "November 15 – December 15,
// 2013", "15 November 2013 – present", "2014-03-17". A small, general parser
// kept behind this one function; it should give way to the time stage's range
// normalization once that stage offers one.
#ifndef SITREP_BATTLES_INFOBOX_DATES_H_
#define SITREP_BATTLES_INFOBOX_DATES_H_

#include <optional>
#include <string>
#include <string_view>

#include "sitrep/battles/infobox_lexicon.h"

namespace sitrep::battles {

struct DateRange {
  std::string start;     // ISO 8601 at the precision written: YYYY-MM-DD, YYYY-MM or YYYY
  std::string end;       // "" when ongoing
  bool ongoing = false;  // "– present"
  // 1 the day is known, 2 the month, 3 only the year (of the coarser end).
  int precision = 1;
};

// Returns the range written in `text`, or nullopt when it names no year.
// Missing parts are shared across the dash: the left side borrows year and
// month from the right ("2–5 May 2015"), the right borrows from the left.
std::optional<DateRange> ParseDateRange(std::string_view text, const InfoboxLexicon& lex);

}  // namespace sitrep::battles

#endif  // SITREP_BATTLES_INFOBOX_DATES_H_
