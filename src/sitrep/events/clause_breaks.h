// ClauseBreaks: where the clause around a byte position of a sentence begins
// and ends, given the words (punctuation) that break clauses in a language.
// The role plug-ins answer ClauseStart/ClauseEnd with it. Role, guard, cue and
// confidence checks ask about every mention and trigger of a sentence, so the
// breaks of a sentence are found in one scan and each question is a binary
// search. The last sentences asked about are kept per thread, recognised by
// their content and break words (never by address), so callers stay
// thread-safe and a new sentence never gets another's breaks.
#ifndef SITREP_EVENTS_CLAUSE_BREAKS_H_
#define SITREP_EVENTS_CLAUSE_BREAKS_H_

#include <cstddef>
#include <string_view>
#include <vector>

namespace sitrep::events {

// The end of the last break that starts before `pos` (0 when none).
size_t ClauseBreakEndBefore(std::string_view sentence, size_t pos,
                            const std::vector<std::string_view>& breaks);

// Where the first break at or after `pos` starts (the sentence's size when none).
size_t ClauseBreakAtOrAfter(std::string_view sentence, size_t pos,
                            const std::vector<std::string_view>& breaks);

}  // namespace sitrep::events

#endif  // SITREP_EVENTS_CLAUSE_BREAKS_H_
