// Parsing and lookup of per-language abbreviation lists.
#include "sitrep/text/abbreviations.h"

#include <unicode/uchar.h>

#include "sitrep/base/file.h"
#include "sitrep/base/tsv.h"

namespace sitrep::text {

StatusOr<Abbreviations> Abbreviations::Parse(std::string_view contents, std::string_view source) {
  SITREP_ASSIGN_OR_RETURN(std::vector<TsvRow> rows, ParseTsv(contents, source, {.trim = true}));
  Abbreviations out;
  for (const TsvRow& row : rows) {
    // "No.<TAB>+digit" or, as the lists are written, "No. +digit".
    std::string_view word = row.fields[0], flag = row.fields.size() > 1 ? row.fields[1] : "";
    if (const size_t sp = word.find(' '); sp != std::string_view::npos && flag.empty()) {
      flag = word.substr(word.find_first_not_of(' ', sp));
      word = word.substr(0, sp);
    }
    Follow follow = Follow::kAny;
    if (!flag.empty()) {
      if (flag != "+digit") return TsvError(source, row.line, "unknown flag '" + std::string(flag) + "'");
      follow = Follow::kDigit;
    }
    if (word.back() != '.') return TsvError(source, row.line, "an abbreviation ends with '.'");
    out.entries_[std::string(word)] = follow;
  }
  return out;
}

StatusOr<Abbreviations> Abbreviations::Load(const std::string& path) {
  SITREP_ASSIGN_OR_RETURN(std::string contents, ReadFile(path));
  return Parse(contents, path);
}

bool Abbreviations::Suppresses(std::string_view word, char32_t next) const {
  auto it = entries_.find(std::string(word));
  if (it == entries_.end() && !word.empty() && word[0] >= 'A' && word[0] <= 'Z') {
    std::string lowered(word);
    lowered[0] = static_cast<char>(lowered[0] - 'A' + 'a');
    it = entries_.find(lowered);
  }
  if (it == entries_.end()) return false;
  if (it->second == Follow::kDigit) return next != 0 && u_isdigit(static_cast<UChar32>(next));
  return true;
}

}  // namespace sitrep::text
