// Work units of a document (work_budget.h): tokens and mentions are counted
// per sentence with one binary search each (Document::SentenceAt), so the
// count itself is O(n log n) in the layers' sizes and holds no copy of them.
#include "sitrep/pipeline/work_budget.h"

#include <vector>

namespace sitrep::pipeline {

uint64_t WorkUnits(const document::Document& doc) {
  std::vector<uint64_t> tokens(doc.sentences.size(), 0);
  std::vector<uint64_t> mentions(doc.sentences.size(), 0);
  uint64_t units = 0;
  for (const auto& t : doc.tokens) {
    const int s = doc.SentenceAt(t.span.begin);
    if (s < 0) {
      ++units;
    } else {
      ++tokens[s];
    }
  }
  for (const auto& m : doc.mentions) {
    const int s = doc.SentenceAt(m.span.begin);
    if (s >= 0) ++mentions[s];
  }
  // At most 16 Mi tokens times 16 Mi mentions: far inside 64 bits.
  for (size_t s = 0; s < tokens.size(); ++s) units += tokens[s] * (1 + mentions[s]);
  return units;
}

bool WithinBudget(const WorkBudget& budget, uint64_t units) {
  return budget.max_units == 0 || units <= budget.max_units;
}

std::string OverBudgetMessage(const WorkBudget& budget, uint64_t units) {
  return std::to_string(units) + " work units, over the budget of " +
         std::to_string(budget.max_units) + "; text and entities only";
}

}  // namespace sitrep::pipeline
