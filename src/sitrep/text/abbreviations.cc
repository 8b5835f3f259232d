// Parsing and lookup of per-language abbreviation lists.
#include "sitrep/text/abbreviations.h"

#include <unicode/uchar.h>

#include "sitrep/base/file.h"

namespace sitrep::text {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

}  // namespace

StatusOr<Abbreviations> Abbreviations::Parse(std::string_view contents, std::string_view source) {
  Abbreviations out;
  size_t line_no = 0;
  while (!contents.empty()) {
    const size_t nl = contents.find('\n');
    std::string_view line = Trim(contents.substr(0, nl));
    contents = nl == std::string_view::npos ? std::string_view() : contents.substr(nl + 1);
    ++line_no;
    if (line.empty() || line.front() == '#') continue;
    Follow follow = Follow::kAny;
    if (const size_t sp = line.find_first_of(" \t"); sp != std::string_view::npos) {
      const std::string_view flag = Trim(line.substr(sp));
      line = line.substr(0, sp);
      if (flag != "+digit") {
        return InvalidArgumentError(std::string(source) + ":" + std::to_string(line_no) +
                                    ": unknown flag '" + std::string(flag) + "'");
      }
      follow = Follow::kDigit;
    }
    if (line.back() != '.') {
      return InvalidArgumentError(std::string(source) + ":" + std::to_string(line_no) +
                                  ": an abbreviation ends with '.'");
    }
    out.entries_[std::string(line)] = follow;
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
