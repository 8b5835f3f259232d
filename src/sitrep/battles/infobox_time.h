// Infobox dates through the time stage: a Date value ("15 November – 15
// December 2013", "July 1–3, 1863", "13 September 2014 – present") is handed
// to time::TimexAnnotator as a small document of its own, and the TIMEX3
// values it gives ("2013-11-15/2013-12-15") become the range. Two infobox
// habits are the battles stage's to undo first: a flattening that glued the
// two ends of a range together ("3 March 20157 June 2016"), and an open end
// written as a word ("present", "ongoing").
#ifndef SITREP_BATTLES_INFOBOX_TIME_H_
#define SITREP_BATTLES_INFOBOX_TIME_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "sitrep/base/status.h"
#include "sitrep/battles/infobox_lexicon.h"
#include "sitrep/lang/pack_set.h"
#include "sitrep/time/timex_annotator.h"

namespace sitrep::battles {

struct DateRange {
  std::string start;     // ISO 8601 at the precision written: YYYY-MM-DD, YYYY-MM or YYYY
  std::string end;       // "" when ongoing
  bool ongoing = false;  // "– present"
  // 1 the day is known, 2 the month, 3 only the year (of the coarser end).
  int precision = 1;
};

// Reads date values. Immutable after Create; Read is const and thread-safe
// (the annotator is).
class DateReader {
 public:
  // Reads with the time grammars of `packs`.
  static StatusOr<std::unique_ptr<DateReader>> Create(const lang::PackSet& packs);
  // Returns the range written in `text` (language `lang`, "" = guess), or
  // nullopt when the time stage finds no dated year in it.
  std::optional<DateRange> Read(std::string_view text, const std::string& lang,
                                const InfoboxLexicon& lex) const;

 private:
  explicit DateReader(std::unique_ptr<time::TimexAnnotator> timex) : timex_(std::move(timex)) {}
  std::unique_ptr<time::TimexAnnotator> timex_;
};

// Returns `text` with the ends of a glued range apart: "3 March 20157 June
// 2016" -> "3 March 2015 – 7 June 2016", "March 2015June 2016" -> "March 2015
// – June 2016", "20132014" -> "2013 – 2014". A year is glued when its four
// digits run on into a day (1-31) or a month name that starts the next date,
// right after a month name (or, for two years, alone).
std::string UnglueDates(std::string_view text, const InfoboxLexicon& lex);

}  // namespace sitrep::battles

#endif  // SITREP_BATTLES_INFOBOX_TIME_H_
