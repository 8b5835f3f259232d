// Abbreviation lists for sentence segmentation: words ending in a period after
// which a sentence does not end ("Gen. Badi Ali", "No. 3", "Jan. 5"). The lists
// are data, one per language, in data/lang/<code>/abbreviations.txt:
//
//   # comment
//   Gen.            always an abbreviation
//   No. +digit      only when a number follows ("No. 3"; "He said No." ends)
//
// An entry written in lower case also matches with its first letter capitalized
// ("approx." matches "Approx."); other entries match exactly. Immutable and
// thread-safe once built.
#ifndef SITREP_TEXT_ABBREVIATIONS_H_
#define SITREP_TEXT_ABBREVIATIONS_H_

#include <string>
#include <string_view>
#include <unordered_map>

#include "sitrep/base/status.h"

namespace sitrep::text {

class Abbreviations {
 public:
  // Returns the list parsed from the file's contents; `source` names it in errors.
  static StatusOr<Abbreviations> Parse(std::string_view contents, std::string_view source);
  // Returns the list in `path`; an error if unreadable or malformed.
  static StatusOr<Abbreviations> Load(const std::string& path);

  // Returns true when a period ending `word` (which includes the period) does
  // not end the sentence, given the first non-space character after it (0 at
  // the end of the line).
  bool Suppresses(std::string_view word, char32_t next) const;
  size_t size() const { return entries_.size(); }

 private:
  enum class Follow { kAny, kDigit };
  std::unordered_map<std::string, Follow> entries_;
};

}  // namespace sitrep::text

#endif  // SITREP_TEXT_ABBREVIATIONS_H_
