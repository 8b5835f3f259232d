// Shared helpers of the knowledge base's data-file loaders (knowledge_base.cc,
// state_actors.cc): the row reader over data/kb's tab-separated files and the
// '|'-separated alias lists. Internal to kb/.
#ifndef SITREP_KB_DATA_FILES_INTERNAL_H_
#define SITREP_KB_DATA_FILES_INTERNAL_H_

#include <functional>
#include <string>
#include <vector>

#include "sitrep/base/status.h"

namespace sitrep::kb {

// Calls `row` for each data line of a TSV file with at least `min_fields`
// ('#' lines and blank lines are skipped). Returns the first error, naming the
// file and line.
Status ForEachRow(const std::string& path, size_t min_fields,
                  const std::function<Status(const std::vector<std::string>&)>& row);

// Returns the non-empty '|'-separated entries of `s`.
std::vector<std::string> Aliases(const std::string& s);

}  // namespace sitrep::kb

#endif  // SITREP_KB_DATA_FILES_INTERNAL_H_
