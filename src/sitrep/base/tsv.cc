// The shared TSV reader: one pass over the bytes, cells split on tabs.
#include "sitrep/base/tsv.h"

#include "sitrep/base/file.h"

namespace sitrep {
namespace {

std::string_view TrimSpaces(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

std::vector<std::string> SplitCells(std::string_view line, bool trim) {
  std::vector<std::string> cells;
  while (true) {
    const size_t tab = line.find('\t');
    std::string_view cell = line.substr(0, tab);
    cells.emplace_back(trim ? TrimSpaces(cell) : cell);
    if (tab == std::string_view::npos) break;
    line.remove_prefix(tab + 1);
  }
  return cells;
}

bool IsSectionLine(std::string_view line) {
  return line.size() >= 2 && line.front() == '[' && line.back() == ']' &&
         line.find('\t') == std::string_view::npos;
}

}  // namespace

Status TsvError(std::string_view source, int line, std::string_view message) {
  return InvalidArgumentError(std::string(source) + ":" + std::to_string(line) + ": " +
                              std::string(message));
}

StatusOr<std::vector<TsvRow>> ParseTsv(std::string_view contents, std::string_view source,
                                       TsvOptions options) {
  std::vector<TsvRow> rows;
  std::string section;
  int line_no = 0;
  while (!contents.empty()) {
    const size_t nl = contents.find('\n');
    std::string_view line = contents.substr(0, nl);
    contents = nl == std::string_view::npos ? std::string_view() : contents.substr(nl + 1);
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (options.trim) line = TrimSpaces(line);
    if (line.empty() || line.front() == '#') continue;
    if (options.sections && IsSectionLine(line)) {
      section = std::string(line.substr(1, line.size() - 2));
      continue;
    }
    TsvRow row{line_no, section, SplitCells(line, options.trim)};
    if (row.fields.size() < options.min_fields) {
      return TsvError(source, line_no,
                      "expected " + std::to_string(options.min_fields) +
                          " tab-separated columns, found " + std::to_string(row.fields.size()));
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

StatusOr<std::vector<TsvRow>> ReadTsv(const std::string& path, TsvOptions options) {
  SITREP_ASSIGN_OR_RETURN(std::string contents, ReadFile(path));
  return ParseTsv(contents, path, options);
}

Status ForEachTsvRow(const std::string& path, TsvOptions options,
                     const std::function<Status(const TsvRow&)>& on_row) {
  SITREP_ASSIGN_OR_RETURN(std::vector<TsvRow> rows, ReadTsv(path, options));
  for (const TsvRow& row : rows) {
    Status s = on_row(row);
    if (!s.ok()) return s.WithContext(path + ":" + std::to_string(row.line));
  }
  return OkStatus();
}

}  // namespace sitrep
