// libFuzzer target: the events stage — triggers, role rules, places, dates,
// counts, negation, claims and the merge — over the layers it requires (text,
// entities, time), as the pipeline runs them but without its work budget, so
// every input reaches the event passes. The first byte picks the language and
// whether a publication date is given (fuzz_stages.h). Every event must point
// at its evidence inside the text, carry no negative figure, and read back
// from its JSON.
#include <cstddef>
#include <cstdint>

#include "fuzz/fuzz_check.h"
#include "fuzz/fuzz_stages.h"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  sitrep::fuzz::Text();
  sitrep::fuzz::Linker();
  sitrep::fuzz::Time();
  sitrep::fuzz::Events();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto doc = sitrep::fuzz::DocumentOf(data, size);
  if (!doc || !sitrep::fuzz::Text().Annotate(*doc).ok()) return 0;
  (void)sitrep::fuzz::Linker().Annotate(*doc);
  (void)sitrep::fuzz::Time().Annotate(*doc);
  (void)sitrep::fuzz::Events().Annotate(*doc);
  for (const auto& e : doc->events) {
    if (e.date) sitrep::fuzz::RequireDateOrEmpty(*e.date, "event date");
    if (e.date_end) sitrep::fuzz::RequireDateOrEmpty(*e.date_end, "event end date");
    if (e.date && e.date_end && *e.date_end < *e.date)
      sitrep::fuzz::Fail("event ends before it starts");
    for (const auto& r : e.restatements)
      if (r.span.end > doc->text().size()) sitrep::fuzz::Fail("restatement outside the text");
  }
  sitrep::fuzz::RequireSound(*doc);
  return 0;
}
