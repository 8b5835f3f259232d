// The per-document work budget (issue 15): re2's "fall back", as data. After
// text and entities, the pipeline counts the work the later stages (time,
// events, battles) would do on a document, in work units read off the layers
// already there, and a document over the budget gets text and entities only,
// with one Diagnostic saying so, instead of stalling a corpus. The count is a
// pure function of the document (no clock), so output stays deterministic:
// the same document is degraded on every machine, at every load.
#ifndef SITREP_PIPELINE_WORK_BUDGET_H_
#define SITREP_PIPELINE_WORK_BUDGET_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "sitrep/document/document.h"

namespace sitrep::pipeline {

// The default limit, about a few seconds of the later stages on one core (a
// unit measured ~60 ns there, on a document dense with mentions). Ordinary
// prose costs about 0.5 units per byte, so the largest document the reader
// accepts (16 MiB) of it stays far within; the densest visible document (a
// list of place names) costs 9.5 per byte and passes up to ~5 MB; one name
// repeated (a mention every word, ~40 per byte) goes over past ~1.2 MB.
inline constexpr uint64_t kDefaultMaxWorkUnits = 50'000'000;

struct WorkBudget {
  // The most work units a document may cost the stages after entities;
  // 0 = no limit.
  uint64_t max_units = kDefaultMaxWorkUnits;
};

// The Diagnostic stage of the "over the work budget" notice.
inline constexpr std::string_view kBudgetStage = "budget";

// Returns the work units of `doc`'s later stages. One unit is one token read
// once: those stages read each sentence's tokens once for the sentence and once
// more for each mention in it (role rules, participants, the scopes of cues),
// so a sentence costs tokens * (1 + mentions). Tokens outside every sentence
// cost one unit each. REQUIRES: the text layer is there (and the entities
// layer, when the pipeline has that stage).
uint64_t WorkUnits(const document::Document& doc);

// Returns true when `units` is within `budget`.
bool WithinBudget(const WorkBudget& budget, uint64_t units);

// Returns the notice of a document over the budget ("… work units, over the
// budget of …; text and entities only").
std::string OverBudgetMessage(const WorkBudget& budget, uint64_t units);

}  // namespace sitrep::pipeline

#endif  // SITREP_PIPELINE_WORK_BUDGET_H_
