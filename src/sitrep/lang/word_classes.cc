// Loading and lookup of a pack's word classes.
#include "sitrep/lang/word_classes.h"

#include <algorithm>

#include "sitrep/base/file.h"
#include "sitrep/base/tsv.h"

namespace sitrep::lang {
namespace {

std::string_view TrimSpaces(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

}  // namespace

StatusOr<WordClasses> WordClasses::ForPack(const LanguagePack& pack) {
  const auto path = pack.Table("word_classes");
  if (!path) return WordClasses();
  SITREP_ASSIGN_OR_RETURN(std::string contents, ReadFile(*path));
  return Parse(contents, *path);
}

StatusOr<WordClasses> WordClasses::Parse(std::string_view tsv, std::string_view source) {
  SITREP_ASSIGN_OR_RETURN(std::vector<TsvRow> rows, ParseTsv(tsv, source, {.min_fields = 2}));
  WordClasses out;
  for (TsvRow& row : rows) {
    if (row.fields[1].empty()) return TsvError(source, row.line, "empty word");
    out.classes_[row.fields[0]].push_back(
        {std::move(row.fields[1]), row.fields.size() > 2 ? std::move(row.fields[2]) : ""});
  }
  return out;
}

const std::vector<ClassWord>& WordClasses::Of(std::string_view name) const {
  static const std::vector<ClassWord> kNone;
  auto it = classes_.find(name);
  return it == classes_.end() ? kNone : it->second;
}

bool WordClasses::Has(std::string_view name, std::string_view word) const {
  const auto& words = Of(name);
  return std::any_of(words.begin(), words.end(), [&](const ClassWord& w) { return w.word == word; });
}

bool WordClasses::JoinsWith(std::string_view name, std::string_view gap) const {
  const std::string_view core = TrimSpaces(gap);
  return !core.empty() && Has(name, core);
}

}  // namespace sitrep::lang
