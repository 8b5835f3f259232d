// Publication-date inference: the date a document gives as its own when
// neither its metadata nor --published dates it. The time stage anchors every
// relative expression ("on Monday", "25日") on this date, so a wrong guess
// moves every event; the rules prefer no date to a doubtful one.
//
// In order of trust:
//   1. a leading date: one of the first lines of the text is a date, alone or
//      with a time, a weekday or a bracketed source ("2025-04-01",
//      "14.02.2025", "2025.02.14 08:30", "2025年1月26日 09:40",
//      "【キーウ＝共同】2025年4月15日");
//   2. a dateline date: a line opening with the place (in capitals, or a
//      few capitalized words before a comma) and a dash, with a full date
//      between ("SANAA, 14.02.2025 - …", "Maiduguri, 14.03.2025 – …",
//      "KYIV, April 15, 2025 (Reuters) - …");
//   3. when the text is narrated from a "now" (it uses deictic expressions),
//      the latest full date it names.
// A photo caption's date is never used ("Photo: …, 3 February 2025"): caption
// lines open with a cue of the language's timex lexicon (category "caption").
// Numeric dates in rules 1 and 2 are read here (ISO, dotted, slashed, with
// the lexicon's numeric_order for slashed day/month), the others come from
// the grammar's un-anchored pass.
#ifndef SITREP_TIME_PUBLICATION_DATE_H_
#define SITREP_TIME_PUBLICATION_DATE_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sitrep/base/date.h"
#include "sitrep/time/timex_internal.h"

namespace sitrep::time {

struct PublicationDate {
  Date date;
  std::string basis;  // "leading date", "dateline date", "latest date in the text"
};

// Returns the inferred publication date of `text`, or nullopt when nothing
// dates it. `unanchored`: the grammar's matches without an anchor.
std::optional<PublicationDate> InferPublicationDate(std::string_view text,
                                                    const std::vector<Match>& unanchored,
                                                    const Lexicon& lex);

// Returns the numeric date starting at `pos` ("2025-04-01", "2025.02.14",
// "2025/02/14", "14.02.2025", "02/14/2025") and sets `end`; nullopt when none.
// Dotted day-first forms are read day first; slashed ones by `order` ("mdy" or
// "dmy") unless one part exceeds 12.
std::optional<Date> NumericDateAt(std::string_view text, size_t pos, std::string_view order,
                                  size_t& end);

}  // namespace sitrep::time

#endif  // SITREP_TIME_PUBLICATION_DATE_H_
