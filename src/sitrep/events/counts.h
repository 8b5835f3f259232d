// Counts: the figures a sentence gives — killed, injured, captured, arrested,
// troops, displaced — with approximations ("about", "約", "more than"), ranges
// ("25,000–30,000") and vague quantities coded by ACLED's table
// (data/events/vague_numbers.tsv: "dozens" → 12); number words ("four")
// come from the pack's timex table. Internal to events/.
#ifndef SITREP_EVENTS_COUNTS_H_
#define SITREP_EVENTS_COUNTS_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "sitrep/document/event.h"
#include "sitrep/events/lexicon.h"
#include "sitrep/lang/word_classes.h"

namespace sitrep::events {

struct CountLexicons {
  const Lexicon* kinds = nullptr;                 // counts.tsv: pattern, kind
  const std::map<std::string, long>* vague = nullptr;  // word -> ACLED value
  bool words = true;  // the pack matches words (spaced scripts), not substrings
  // approx_before/approx_after, range, multiplier, date_unit (lang/word_classes.h)
  const lang::WordClasses* classes = nullptr;
  const std::map<std::string, long>* number_words = nullptr;  // "four" -> 4, exact
};

// Returns the counts in `sentence`, in text order.
std::vector<document::Count> FindCounts(std::string_view sentence, const CountLexicons& lex);

// Returns the lowest credible fatality figure (ACLED's rule), or nullopt.
std::optional<long> Fatalities(const std::vector<document::Count>& counts);

}  // namespace sitrep::events

#endif  // SITREP_EVENTS_COUNTS_H_
