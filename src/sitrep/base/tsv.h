// The one reader of sitrep's tab-separated tables (data/lang/<code>/*.tsv,
// data/kb/*.tsv, data/events/*.tsv, sectioned lists such as infobox.txt).
// Every table shares one shape: UTF-8 lines, a '#' in the first column starts a
// comment, blank lines are skipped, a trailing CR is dropped, cells are split on
// every tab (empty cells kept), and an optional "[name]" line opens a section.
// Errors name the file and line ("data/lang/en/counts.tsv:12: expected 2
// tab-separated columns"), so a bad row in a shipped table says where it is.
// Stateless; thread-safe.
#ifndef SITREP_BASE_TSV_H_
#define SITREP_BASE_TSV_H_

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "sitrep/base/status.h"

namespace sitrep {

struct TsvRow {
  int line = 0;                     // 1-based line number in the file
  std::string section;              // the latest "[name]" line (sectioned tables), else ""
  std::vector<std::string> fields;  // the cells, at least TsvOptions::min_fields of them
};

struct TsvOptions {
  size_t min_fields = 1;  // a data line with fewer cells is an error
  bool sections = false;  // "[name]" lines open sections instead of being data
  bool trim = false;      // strip spaces around each cell (hand-aligned lists)
};

// Returns the data rows of `contents`; `source` names it in errors.
StatusOr<std::vector<TsvRow>> ParseTsv(std::string_view contents, std::string_view source,
                                       TsvOptions options = {});

// Returns the data rows of the file at `path` (NotFound when it is missing).
StatusOr<std::vector<TsvRow>> ReadTsv(const std::string& path, TsvOptions options = {});

// Calls `on_row` for each data row of `path`; an error from `on_row` comes
// back prefixed with "path:line: ", and stops the reading.
Status ForEachTsvRow(const std::string& path, TsvOptions options,
                     const std::function<Status(const TsvRow&)>& on_row);

// Returns InvalidArgument "source:line: message", the shape of every table error.
Status TsvError(std::string_view source, int line, std::string_view message);

}  // namespace sitrep

#endif  // SITREP_BASE_TSV_H_
